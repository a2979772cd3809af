"""Unsure words in the review pane: the amber underline, its tooltip, and F8 / Shift+F8 between them.

Real widgets (offscreen), a real library in the test's data folder and the generated speech file as the
recording's audio, with a stored transcript whose word probabilities are known.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QColor, QHelpEvent, QImage, QKeySequence
from PySide6.QtWidgets import QStyleOptionViewItem, QToolTip

from iam_desktop.audio.probe import probe
from iam_desktop.engines.local_whisper import LocalWhisperEngine
from iam_desktop.engines.provider import SingleEngine
from iam_desktop.jobs.runner import JobRunner
from iam_desktop.transcript import Segment, Transcript, Word
from iam_desktop.ui.main_window import MainWindow
from iam_desktop.ui.theme import Role, semantic
from iam_desktop.ui.transcript_model import TEXT

# (start, end, [(word, probability), …]); unsure (< 0.5): Good, library, nine, coffee
LINES = [
    (0.0, 1.0, [("Good", 0.30), ("morning", 0.98), ("everyone.", 0.95)]),
    (1.0, 4.0, [("Today", 0.97), ("we", 0.9), ("will", 0.99), ("talk", 0.95), ("about", 0.97), ("the", 0.9),
                ("new", 0.96), ("library", 0.42), ("building.", 0.99)]),
    (4.0, 7.0, [("The", 0.94), ("doors", 0.96), ("open", 0.84), ("at", 0.98), ("nine", 0.36), ("and", 0.73),
                ("the", 0.96), ("coffee", 0.49), ("shop", 0.98)]),
    (7.0, 9.5, [("is", 0.97), ("on", 0.99), ("the", 0.99), ("second", 0.97), ("floor.", 0.99)]),
]  # fmt: skip
UNSURE = [(0, 0), (1, 7), (2, 4), (2, 7)]


def segment(start: float, end: float, words: list[tuple[str, float]], sure: bool = False) -> Segment:
    step = (end - start) / len(words)
    timed = tuple(
        Word(start + i * step, start + (i + 1) * step, f" {w}", 0.99 if sure else p)
        for i, (w, p) in enumerate(words)
    )
    return Segment(start, end, " ".join(w for w, _ in words), timed)


def add_recording(library, speech_wav, sure: bool = False) -> int:
    info = probe(speech_wav)
    stored = library.store.import_file(speech_wav, info)
    rid = library.add_recording(
        title="speech", duration=info.duration, sample_rate=info.sample_rate, channels=info.channels,
        stored=stored, source_path=str(speech_wav),
    )  # fmt: skip
    segments = [segment(*line, sure=sure) for line in LINES]
    library.save_transcript(rid, Transcript("speech", info.duration, "local", "tiny.en", "en", segments))
    return rid


@pytest.fixture
def window(qtbot, library):
    runner = JobRunner(library, SingleEngine(LocalWhisperEngine()))  # never loaded: no job runs here
    win = MainWindow(library, runner)
    qtbot.addWidget(win)
    win.resize(1300, 700)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    runner.shutdown(timeout=10)


def open_recording(qtbot, window, rid: int):
    window.show_recording(rid, 0.0)
    view = window.transcript_view
    qtbot.waitUntil(lambda: view.playback.ready, timeout=10_000)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2_000)
    return view


def amber_pixels(image: QImage, area: QRect) -> int:
    """How many pixels of `area` are (nearly) the theme's UNSURE colour, the dotted line's."""
    amber, count = semantic(Role.UNSURE), 0
    for y in range(area.top(), area.bottom() + 1):
        for x in range(area.left(), area.right() + 1):
            c = QColor(image.pixel(x, y))
            if max(abs(a - b) for a, b in zip(c.getRgb()[:3], amber.getRgb()[:3], strict=True)) < 40:
                count += 1
    return count


def marks(view, row: int, word: int) -> int:
    image = view.table.viewport().grab().toImage()
    row_rect = view.table.visualRect(view.model.index(row, TEXT))
    word_rect = view.table.word_rect(row, word)
    assert not word_rect.isEmpty()
    # the band under the word: from the middle of its letters to the bottom of its row
    return amber_pixels(image, QRect(word_rect.left(), word_rect.center().y(), word_rect.width(),
                                     row_rect.bottom() - word_rect.center().y() + 1))


def test_unsure_words_are_underlined_and_counted(qtbot, window, library, speech_wav):
    rid = add_recording(library, speech_wav)
    view = open_recording(qtbot, window, rid)
    assert view.unsure_positions() == UNSURE
    assert "4 unsure words" in view.header.text() and "F8" in view.header.text()
    view.table.select_row(3)  # rows 0-2 unselected; row 3 selected (highlight colour) has no unsure word
    qtbot.wait(50)
    for row, word in UNSURE:
        assert marks(view, row, word) >= 3, (row, word)
    for row, word in [(0, 1), (1, 6), (1, 8), (2, 5), (2, 6), (3, 3)]:  # sure words, even beside unsure ones
        assert marks(view, row, word) == 0, (row, word)

    # on the selected row (the highlight colour) the line is still drawn
    view.table.select_row(2)
    qtbot.wait(50)
    assert marks(view, 2, 4) >= 3 and marks(view, 2, 5) == 0

    delegate = view.table.itemDelegateForColumn(TEXT)
    spans = delegate.unsure_spans(view.model.index(2, TEXT))
    text = view.model.segment(2).text
    assert [(text[a:b], p) for a, b, p in spans] == [("nine", 0.36), ("coffee", 0.49)]

    # a corrected word loses its mark (and its probability): the count follows
    view.edit_text(2, "The doors open at ten and the coffee shop")
    qtbot.wait(50)
    assert view.unsure_positions() == [(0, 0), (1, 7), (2, 6)]
    assert "3 unsure words" in view.header.text()
    assert [w.text for w in view.model.segment(2).words][3:5] == [" at", " and"]  # "ten": no word
    first, before_coffee = view.table.word_rect(2, 0), view.table.word_rect(2, 5)
    row_rect = view.table.visualRect(view.model.index(2, TEXT))
    image = view.table.viewport().grab().toImage()
    left_part = QRect(first.left(), row_rect.top(), before_coffee.left() - first.left(), row_rect.height())
    assert amber_pixels(image, left_part) == 0  # no line left on "The doors open at ten and the"
    assert marks(view, 2, 6) >= 3  # "coffee" keeps its line
    text = view.model.segment(2).text
    assert [text[a:b] for a, b, _ in delegate.unsure_spans(view.model.index(2, TEXT))] == ["coffee"]


def test_tooltip_says_how_unsure(qtbot, window, library, speech_wav):
    rid = add_recording(library, speech_wav)
    view = open_recording(qtbot, window, rid)
    delegate = view.table.itemDelegateForColumn(TEXT)
    index = view.model.index(1, TEXT)
    option = QStyleOptionViewItem()
    view.table.initViewItemOption(option)
    option.rect = view.table.visualRect(index)

    def tip(word: int) -> bool:
        pos = view.table.word_rect(1, word).center()
        event = QHelpEvent(QEvent.Type.ToolTip, pos, view.table.viewport().mapToGlobal(pos))
        return delegate.helpEvent(event, view.table, option, index)

    assert tip(7) and QToolTip.isVisible() and QToolTip.text() == "Unsure (42%)"  # "library"
    assert not tip(6)  # "new": sure, no tooltip
    qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=2_000)
    assert tip(7) and QToolTip.isVisible()


def test_f8_goes_from_unsure_word_to_unsure_word(qtbot, window, library, speech_wav):
    rid = add_recording(library, speech_wav)
    view, player = open_recording(qtbot, window, rid), window.player
    status = window.statusBar()
    view.table.setFocus()

    def press(backwards: bool = False) -> tuple[int, int]:
        modifier = Qt.KeyboardModifier.ShiftModifier if backwards else Qt.KeyboardModifier.NoModifier
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_F8, modifier)
        row, word = view.model.current_word
        assert view.table.selected_rows() == [row]
        assert player.position == pytest.approx(view.model.segment(row).words[word].start, abs=0.01)
        assert not player.playing  # cued, not started: Space plays it
        return row, word

    assert press() == (0, 0)  # from the start: the first word of the first segment counts
    assert status.currentMessage().startswith("Unsure word 1 of 4: “Good” (30%)")
    assert press() == (1, 7)
    assert press() == (2, 4)
    assert "3 of 4" in status.currentMessage() and "“nine” (36%)" in status.currentMessage()
    assert press() == (2, 7)
    assert press() == (0, 0)  # wraps around, and says so
    assert status.currentMessage().startswith("Back at the top — Unsure word 1 of 4")
    assert press(backwards=True) == (2, 7)
    assert status.currentMessage().startswith("Back at the end — Unsure word 4 of 4")
    assert press(backwards=True) == (2, 4)
    assert view.table.hasFocus()  # F2 now edits this segment
    qtbot.keyClick(view.table, Qt.Key.Key_F2)
    qtbot.waitUntil(view.table.editing, timeout=2_000)
    assert view.table.text_editor()[0] == 2
    view.table.discard_editor()

    # from a row the user chose: its first unsure word or the next after it
    view.table.select_row(3)
    view.table.setFocus()
    assert press() == (0, 0)  # none in or after row 3: wraps
    view.table.select_row(1)
    view.table.setFocus()
    assert press(backwards=True) == (1, 7)  # backwards from a row: its own last one first
    # from a word clicked: the next one after it
    rect = view.table.word_rect(2, 5)  # "and"
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.model.current_word == (2, 5)
    assert press() == (2, 7)


def test_f8_while_listening_goes_on_from_the_word_heard(qtbot, window, library, speech_wav, sound_server):
    rid = add_recording(library, speech_wav)
    view, player = open_recording(qtbot, window, rid), window.player
    view.table.setFocus()
    view.play_from(1)  # row 1 ("library" at 3.33 s), then row 2 ("nine" at 5.33 s, "coffee" at 6.33 s)
    qtbot.waitUntil(lambda: player.position > 3.9, timeout=6_000)  # past "library", before "nine"
    assert view.table.selected_rows() == [0]  # following the audio does not select rows
    qtbot.keyClick(view.table, Qt.Key.Key_F8)
    assert view.table.selected_rows() == [2]  # not row 0's "Good", where the selection was
    assert player.playing  # a cue while listening plays on from the word, like a click on it
    assert player.position == pytest.approx(5.333, abs=0.3)
    assert "“nine”" in window.statusBar().currentMessage()
    view.playback.pause()


def test_f8_while_typing_keeps_what_was_typed(qtbot, window, library, speech_wav):
    rid = add_recording(library, speech_wav)
    view = open_recording(qtbot, window, rid)
    view.next_unsure()
    view.next_unsure()
    view.next_unsure()
    assert view.model.current_word == (2, 4)  # "nine"
    qtbot.keyClick(view.table, Qt.Key.Key_F2)
    qtbot.waitUntil(view.table.editing, timeout=2_000)
    editor = view.table.text_editor()[1]
    editor.setText("The doors open at ten and the coffee shop")
    qtbot.keyClick(editor, Qt.Key.Key_F8)  # corrected: on to the next one
    assert not view.table.editing()
    qtbot.waitUntil(view.writes.idle, timeout=5_000)  # stored in the background
    assert library.get_transcript(rid).segments[2].text == "The doors open at ten and the coffee shop"
    assert view.model.current_word == (2, 6)  # "coffee" (the words after "ten" moved up by one)
    assert "Unsure word 3 of 3" in window.statusBar().currentMessage()


def test_no_unsure_words(qtbot, window, library, speech_wav):
    rid = add_recording(library, speech_wav, sure=True)
    view = open_recording(qtbot, window, rid)
    view.table.select_row(2)
    assert view.unsure_positions() == [] and "unsure" not in view.header.text()
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F8)
    assert window.statusBar().currentMessage() == "No unsure words in this transcript."
    assert view.table.selected_rows() == [2] and window.player.position == pytest.approx(0.0, abs=0.01)
    image = view.table.viewport().grab().toImage()
    for row in range(view.model.rowCount()):
        assert amber_pixels(image, view.table.visualRect(view.model.index(row, TEXT))) == 0


def test_the_actions_are_in_the_edit_menu_with_their_keys(qtbot, window, library, speech_wav):
    view = window.transcript_view
    assert view.next_unsure_action in window.edit_menu.actions()
    assert view.previous_unsure_action in window.edit_menu.actions()
    assert view.next_unsure_action.shortcut() == QKeySequence("F8")
    assert view.previous_unsure_action.shortcut() == QKeySequence("Shift+F8")
    assert not view.next_unsure_action.isEnabled()  # nothing shown yet
    open_recording(qtbot, window, add_recording(library, speech_wav))
    assert view.next_unsure_action.isEnabled() and view.previous_unsure_action.isEnabled()
