"""The transcript review pane with real widgets (offscreen), a real library and real audio playback.

The recording is the generated speech file imported into the library's store with a hand-made transcript
(four segments, words timed; the second starts 1 s in), so no model has to run. Playback tests need a
sound server: scripts/run-tests.sh starts a virtual one (see tests/audio/test_player.py).
"""

from __future__ import annotations

import re
import time
from dataclasses import replace

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QInputDialog, QMessageBox

from iam_desktop.audio.player import NO_OUTPUT_DEVICE, Player
from iam_desktop.audio.probe import probe
from iam_desktop.engines.local_whisper import LocalWhisperEngine
from iam_desktop.engines.provider import SingleEngine
from iam_desktop.jobs.runner import JobRunner
from iam_desktop.transcript import Segment, Transcript, Word
from iam_desktop.ui.main_window import MainWindow
from iam_desktop.ui.transcript_model import SPEAKER, TEXT, TIME, word_spans
from iam_desktop.ui.transcript_view import TranscriptView

LINES = [
    (0.0, 1.0, "Good morning everyone."),
    (1.0, 4.0, "Today we will talk about the new library building."),
    (4.0, 7.0, "The doors open at nine and the coffee shop"),
    (7.0, 9.5, "is on the second floor."),
]
ORIGINAL = [text for _, _, text in LINES]


def timed(start: float, end: float, text: str) -> Segment:
    tokens = text.split()
    step = (end - start) / len(tokens)
    words = tuple(Word(start + i * step, start + (i + 1) * step, f" {t}", 0.9) for i, t in enumerate(tokens))
    return Segment(start, end, text, words)


@pytest.fixture
def rid(library, speech_wav) -> int:
    """The speech file in the library's store, with a machine transcript of LINES."""
    info = probe(speech_wav)
    stored = library.store.import_file(speech_wav, info)
    recording_id = library.add_recording(
        title="speech", duration=info.duration, sample_rate=info.sample_rate, channels=info.channels,
        stored=stored, source_path=str(speech_wav),
    )  # fmt: skip
    transcript = Transcript("speech", info.duration, "local", "tiny", "en", [timed(*line) for line in LINES])
    library.save_transcript(recording_id, transcript)
    return recording_id


@pytest.fixture
def window(qtbot, library, rid):
    runner = JobRunner(library, SingleEngine(LocalWhisperEngine()))  # never loaded: no job runs here
    win = MainWindow(library, runner)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.show_recording(rid, 0.0)
    qtbot.waitUntil(lambda: win.transcript_view.playback.ready, timeout=10_000)
    yield win
    win.close()
    runner.shutdown(timeout=10)


def saved(qtbot, view: TranscriptView) -> None:
    """Wait until the edits asked so far are stored (they are written in the background)."""
    qtbot.waitUntil(view.writes.idle, timeout=5_000)


def stored_texts(library, rid) -> list[str]:
    return [s.text for s in library.get_transcript(rid).segments]


def stored(library, rid) -> list[Segment]:
    return library.get_transcript(rid).segments


def select(view: TranscriptView, *rows: int) -> None:
    view.table.select_row(rows[0])
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows[1:]:
        view.table.selectionModel().select(view.model.index(row, TEXT), flags)


def open_editor(qtbot, view: TranscriptView, row: int, column: int = TEXT):
    index = view.model.index(row, column)
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    view.table.selectionModel().setCurrentIndex(index, flags)
    view.table.edit(index)
    qtbot.waitUntil(view.table.editing, timeout=2_000)
    return view.table.indexWidget(index) or view.table.focusWidget()


# --- editing --------------------------------------------------------------------------------------


def test_inline_edit_is_stored_and_undone_and_redone(qtbot, window, library, rid):
    view = window.transcript_view
    editor = open_editor(qtbot, view, 0)
    qtbot.waitUntil(lambda: editor.cursorPosition() == len(ORIGINAL[0]), timeout=2_000)  # nothing selected
    editor.setText("Good evening everyone.")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # commits on the next turn of the event loop
    qtbot.waitUntil(lambda: not view.table.editing(), timeout=2_000)
    assert view.segment_texts()[0] == "Good evening everyone."  # shown at once
    saved(qtbot, view)

    assert stored_texts(library, rid)[0] == "Good evening everyone."
    assert library.get_transcript(rid).edited
    assert view.segment_texts()[0] == "Good evening everyone."
    assert "edited" in view.header.text() and view.restore_action.isEnabled()
    assert view.undo_action.text() == "Undo Edit text"

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2_000)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Undo
    saved(qtbot, view)
    assert stored_texts(library, rid) == ORIGINAL and view.segment_texts() == ORIGINAL
    assert not library.get_transcript(rid).edited  # undoing the first edit leaves the machine transcript
    assert not view.restore_action.isEnabled()

    qtbot.keyClick(
        view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    saved(qtbot, view)
    assert stored_texts(library, rid)[0] == "Good evening everyone."
    assert view.segment_texts()[0] == "Good evening everyone."


def test_split_merge_nudge_through_the_actions(qtbot, window, library, rid):
    view = window.transcript_view
    # split the selected segment at its middle word
    select(view, 1)
    view.split_action.trigger()
    saved(qtbot, view)
    assert stored_texts(library, rid)[1:3] == ["Today we will talk about", "the new library building."]
    assert view.table.rowCount() == 5
    # split at the text cursor while editing, keeping what was typed: one undo step
    editor = open_editor(qtbot, view, 3)
    editor.setText("The doors open at nine, and the coffee shop")
    editor.setCursorPosition(len("The doors open at nine,"))
    view.split_action.trigger()
    assert not view.table.editing()
    saved(qtbot, view)
    assert stored_texts(library, rid)[3:5] == ["The doors open at nine,", "and the coffee shop"]
    view.undo_action.trigger()
    saved(qtbot, view)
    assert stored_texts(library, rid)[3] == ORIGINAL[2]

    # merge joins it back
    select(view, 1)
    view.merge_action.trigger()
    saved(qtbot, view)
    assert stored_texts(library, rid) == ORIGINAL
    assert view.segment_texts() == ORIGINAL

    # nudges of one segment: each 0.1 s, joined into one undo step
    select(view, 2)
    view.nudge_actions[1].trigger()  # start later
    view.nudge_actions[1].trigger()
    view.nudge_actions[2].trigger()  # end earlier
    view.nudge_actions[3].trigger()  # end later: back
    view.nudge_actions[2].trigger()
    saved(qtbot, view)
    seg = stored(library, rid)[2]
    assert (seg.start, seg.end) == pytest.approx((4.2, 6.9))
    assert view.model.segment(2).start == pytest.approx(4.2)
    assert view.model.index(2, TIME).data() == "0:04"  # the start, in the margin (whole seconds)
    assert view.model.index(2, TIME).data(Qt.ItemDataRole.ToolTipRole).startswith("0:04.2 – 0:06.9")
    view.nudge_actions[0].trigger()  # start earlier
    view.nudge_actions[0].trigger()
    view.nudge_actions[0].trigger()  # not into the previous segment, which ends at 4.0
    saved(qtbot, view)
    assert stored(library, rid)[2].start == pytest.approx(4.0)
    view.undo_action.trigger()
    saved(qtbot, view)
    seg = stored(library, rid)[2]
    assert (seg.start, seg.end) == pytest.approx((4.0, 7.0))
    assert not view.undo_stack.canUndo() or view.undo_stack.undoText() != "Nudge segment"


def test_speakers_are_set_by_action_shown_when_they_change_and_renamed(
    qtbot, window, library, rid, monkeypatch
):
    view = window.transcript_view
    assert view.table.isColumnHidden(SPEAKER)  # no empty speaker column: names go above the text
    heights = [view.table.rowHeight(row) for row in range(4)]
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Alice", True))
    select(view, 0, 1)
    view.speaker_action.trigger()
    saved(qtbot, view)
    assert [s.speaker for s in stored(library, rid)] == ["Alice", "Alice", None, None]

    offered = []

    def ask(_parent, _title, _label, choices, *_args):
        offered.extend(choices)
        return "Bob", True

    monkeypatch.setattr(QInputDialog, "getItem", ask)
    select(view, 2)
    view.speaker_action.trigger()
    assert "Alice" in offered  # the speakers named so far
    saved(qtbot, view)
    assert [s.speaker for s in stored(library, rid)] == ["Alice", "Alice", "Bob", None]
    assert view.model.index(2, SPEAKER).data() == "Bob"
    # the name is shown where the speaker changes (and only there), on a line of its own
    assert [view.model.speaker_label(row) for row in range(4)] == ["Alice", "", "Bob", ""]
    assert view.table.rowHeight(0) > heights[0] and view.table.rowHeight(2) > heights[2]
    assert view.table.rowHeight(1) == heights[1]

    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Alice", True))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Alicia", True))
    view.rename_speaker_action.trigger()
    saved(qtbot, view)
    assert [s.speaker for s in stored(library, rid)] == ["Alicia", "Alicia", "Bob", None]
    view.undo_action.trigger()
    saved(qtbot, view)
    assert [s.speaker for s in stored(library, rid)] == ["Alice", "Alice", "Bob", None]


def test_restore_original_asks_and_can_be_undone(qtbot, window, library, rid, monkeypatch):
    view = window.transcript_view
    view.edit_text(1, "Today we talk about the library.")
    view.edit_text(3, "is upstairs.")
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    view.restore_action.trigger()  # declined
    saved(qtbot, view)
    assert library.get_transcript(rid).edited
    view.restore_action.trigger()
    assert not view.undo_action.isEnabled()  # edits wait: what it brings back is not known yet
    saved(qtbot, view)
    transcript = library.get_transcript(rid)
    assert not transcript.edited and [s.text for s in transcript.segments] == ORIGINAL
    assert view.segment_texts() == ORIGINAL and not view.restore_action.isEnabled()
    view.undo_action.trigger()
    saved(qtbot, view)
    assert stored_texts(library, rid)[1::2] == ["Today we talk about the library.", "is upstairs."]
    assert view.restore_action.isEnabled()


def test_find_and_replace(qtbot, window, library, rid):
    view = window.transcript_view
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2_000)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.find_bar.isVisible() and view.find_bar.find_edit.hasFocus()
    qtbot.keyClicks(view.find_bar.find_edit, "THE")
    qtbot.keyClick(view.find_bar.find_edit, Qt.Key.Key_Return)
    assert view.table.selected_rows() == [1] and view.find_bar.status_label.text() == "1 of 4"
    view.find_bar.next_button.click()
    assert view.table.selected_rows() == [2] and view.find_bar.status_label.text() == "2 of 4"
    view.find_bar.previous_button.click()
    assert view.table.selected_rows() == [1]
    view.find_bar.previous_button.click()  # wraps around to the last match
    assert view.table.selected_rows() == [3] and view.find_bar.status_label.text() == "4 of 4"

    qtbot.keyClick(view.table, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert view.find_bar.replace_edit.isVisible()
    view.find_bar.find_edit.setText("the")
    view.find_bar.replace_edit.setText("a")
    view.find_bar.replace_all_button.click()
    saved(qtbot, view)
    texts = stored_texts(library, rid)
    assert texts[1] == "Today we will talk about a new library building."
    assert texts[2] == "a doors open at nine and a coffee shop"
    assert view.find_bar.status_label.text() == "Replaced 4"
    view.undo_action.trigger()  # one step undoes them all
    saved(qtbot, view)
    assert stored_texts(library, rid) == ORIGINAL

    view.find_bar.find_edit.setText("coffee")
    view.find_bar.replace_edit.setText("tea")
    view.find_bar.replace_button.click()
    saved(qtbot, view)
    assert stored_texts(library, rid)[2] == "The doors open at nine and the tea shop"
    assert view.find_bar.status_label.text() == "Not found"


# --- playback -------------------------------------------------------------------------------------


def test_search_hit_cues_the_audio(qtbot, window, library, rid):
    view = window.transcript_view
    view.show_message("Nothing", "nothing shown")
    assert not view.playback.ready and not view.split_action.isEnabled()
    window.show_recording(rid, 3.0)
    qtbot.waitUntil(lambda: view.playback.ready, timeout=10_000)
    assert window.player.position == pytest.approx(3.0, abs=0.01)
    assert view.table.selected_rows() == [1]
    assert view.playback.position_label.text() == "0:03"
    assert view.model.playing_row == 1


def test_playback_follows_the_transcript(qtbot, window, library, rid, sound_server):
    view, player = window.transcript_view, window.player
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2_000)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Space)  # play
    assert player.playing and view.playback.play_button.text() == "Pause"
    qtbot.waitUntil(lambda: player.position > 0.2, timeout=3_000)
    assert view.model.playing_row == 0
    qtbot.wait(1500)
    assert player.position == pytest.approx(1.5, abs=0.4)
    qtbot.waitUntil(lambda: view.model.playing_row == 1, timeout=1_000)
    assert view.playback.word_label.text() in " ".join(ORIGINAL[1].split())
    assert view.playback.slider.value() >= 10  # tenths of a second

    # a click on a segment's time seeks there, still playing
    rect = view.table.visualRect(view.model.index(2, TIME))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert player.position == pytest.approx(4.0, abs=0.1) and player.playing
    qtbot.waitUntil(lambda: view.model.playing_row == 2, timeout=1_000)

    # twice as fast: about two seconds of audio in one second
    view.playback.speed_combo.setCurrentIndex(view.playback.speed_combo.findData(2.0))
    assert player.speed == 2.0
    qtbot.wait(400)  # what was queued at the old speed plays first
    start, began = player.position, time.monotonic()
    qtbot.wait(1000)
    advanced = (player.position - start) / (time.monotonic() - began)
    assert advanced == pytest.approx(2.0, rel=0.15)

    qtbot.keyClick(view.table, Qt.Key.Key_Space)  # pause
    assert not player.playing and view.playback.play_button.text() == "Play"
    held = player.position
    qtbot.keyClick(view.table, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)  # back 5 s
    assert player.position == pytest.approx(held - 5.0, abs=0.01)
    assert view.model.playing_row == view.model.row_at(held - 5.0)


def test_the_word_being_heard_is_marked_in_its_cell(qtbot, window, library, rid, sound_server):
    view, player = window.transcript_view, window.player
    delegate = view.table.itemDelegateForColumn(TEXT)
    assert word_spans(view.model.segment(2)) == tuple(
        (m.start(), m.end()) for m in re.finditer(r"\S+", ORIGINAL[2])
    )
    view.cue(1.0)
    view.playback.play()
    qtbot.waitUntil(lambda: view.model.current_word[0] == 1 and player.position > 1.5, timeout=3_000)
    view.playback.pause()
    row, word = view.model.current_word
    segment = view.model.segment(row)
    assert segment.words[word].start <= player.position < segment.words[word].end + 0.1
    start, end = delegate.highlighted_span(view.model.index(row, TEXT))
    assert segment.text[start:end] == segment.words[word].text.strip().rstrip(".")
    assert view.playback.word_label.text() == segment.words[word].text.strip()
    assert delegate.highlighted_span(view.model.index(0, TEXT)) is None  # only the word being heard
    view.table.viewport().repaint()  # paints the mark without complaint

    # a word the text no longer has is not marked; the others still are
    edited = replace(view.model.segment(1), text="Today we shall talk about the new LIBRARY building!")
    spans = word_spans(edited)
    assert spans[2] is None and spans[3] is not None
    assert [edited.text[slice(*span)] for span in spans[7:]] == ["LIBRARY", "building"]


def test_clicking_a_word_plays_from_it(qtbot, window, library, rid):
    view, player = window.transcript_view, window.player
    window.resize(1400, 700)
    qtbot.waitUntil(lambda: view.table.rowHeight(1) < 2 * view.table.fontMetrics().lineSpacing() + 8)
    # the third word of row 1 ("will"), found from the font metrics alone
    rect = view.table.visualRect(view.model.index(1, TEXT))
    metrics = QFontMetrics(view.table.font())
    x = rect.left() + 3 + metrics.horizontalAdvance("Today we ") + metrics.horizontalAdvance("will") // 2
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, rect.center().y()))
    will = view.model.segment(1).words[2]
    assert player.position == pytest.approx(will.start, abs=0.15)
    assert view.model.current_word == (1, 2) and not view.table.editing()
    assert view.table.word_rect(1, 2).contains(QPoint(x, rect.center().y()))

    # wrapped: a word on the second line of a narrow cell
    view.table.horizontalHeader().setSectionResizeMode(
        TEXT, view.table.horizontalHeader().ResizeMode.Interactive
    )
    view.table.setColumnWidth(TEXT, metrics.horizontalAdvance("Today we will talk about the"))
    view.table.resizeRowsToContents()
    assert view.table.rowHeight(1) > 2 * metrics.lineSpacing()
    last = len(view.model.segment(1).words) - 1
    where = view.table.word_rect(1, last)
    assert where.top() > view.table.word_rect(1, 0).bottom() - 2  # on a line of its own below the first
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=where.center())
    assert player.position == pytest.approx(view.model.segment(1).words[last].start, abs=0.15)
    # a click beside the text does not seek
    beside = QPoint(view.table.visualRect(view.model.index(1, TEXT)).right() - 2, where.center().y())
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=beside)
    assert player.position == pytest.approx(view.model.segment(1).words[last].start, abs=0.15)

    # a double-click (press, release, double-click) still edits, whatever the first click did
    center = view.table.visualRect(view.model.index(2, TEXT)).center()
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=center)
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=center)
    qtbot.waitUntil(view.table.editing, timeout=2_000)
    assert view.table.text_editor()[0] == 2


def test_no_output_device_is_said_plainly(qtbot, library, rid):
    player = Player(device="no such sound card")
    view = TranscriptView(library, player)
    qtbot.addWidget(view)
    view.show_transcript(library.get_transcript(rid))
    qtbot.waitUntil(lambda: view.playback.ready, timeout=10_000)
    view.play_from(1)
    assert NO_OUTPUT_DEVICE in view.playback.message_label.text()
    assert not view.playback.play_button.isEnabled() and not player.playing
    view.cue(4.0)  # still usable for reviewing
    assert player.position == pytest.approx(4.0, abs=0.01)
    player.close()


def test_the_header_says_which_language_was_detected_and_how_surely(qtbot, library, rid, window):
    view = window.transcript_view
    assert "English" in view.header.text() and "detected" not in view.header.text()  # the user named it
    transcript = library.get_transcript(rid)
    library.save_transcript(rid, replace(transcript, language="de", language_probability=0.874))
    window.show_recording(rid, 0.0)
    qtbot.waitUntil(lambda: "German (detected, 87%)" in view.header.text(), timeout=5_000)
