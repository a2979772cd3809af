"""The transcript for a screen reader: each row read as one sentence (start time, speaker, text), the number
of Find matches announced once typing settles, replacements announced, the playback controls named. A real
library file and the real review pane offscreen (no player)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from library_helpers import add_recording, machine_transcript
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from iam_desktop.library import Library
from iam_desktop.ui import accessibility
from iam_desktop.ui.transcript_model import SPEAKER, TEXT, TIME
from iam_desktop.ui.transcript_view import TranscriptView

LINES = ["Good morning everyone.", "The doors open at nine.", "The coffee shop is on the second floor."]


@pytest.fixture
def view(qtbot, library: Library) -> TranscriptView:
    rid = add_recording(library, duration=80.0)
    transcript = machine_transcript(*LINES)
    # segments start at 0 s and 10 s; the last one is moved to 1:05 and given a speaker
    last = transcript.segments[2]
    transcript.segments[2] = replace(last, start=65.0, end=70.0, speaker="Alice", words=())
    transcript.segments[1] = replace(transcript.segments[1], speaker="Bob")
    library.save_transcript(rid, transcript)
    pane = TranscriptView(library, None)
    qtbot.addWidget(pane)
    pane.resize(800, 500)
    pane.show()
    qtbot.waitExposed(pane)
    pane.show_transcript(library.get_transcript(rid))
    accessibility.recent_announcements.clear()
    return pane


def spoken(view: TranscriptView, row: int, column: int = TEXT) -> str:
    return str(view.model.index(row, column).data(Qt.ItemDataRole.AccessibleTextRole))


def test_each_row_is_read_as_time_speaker_and_text(view):
    assert spoken(view, 0) == "0:00: Good morning everyone."
    assert spoken(view, 1) == "0:10, Bob: The doors open at nine."
    assert spoken(view, 2) == "1:05, Alice: The coffee shop is on the second floor."
    # whichever cell of the row has the focus, the whole row is read
    assert spoken(view, 2, TIME) == spoken(view, 2, SPEAKER) == spoken(view, 2)
    # and that is what the table tells the accessibility layer about its cells
    table = QAccessible.queryAccessibleInterface(view.table)
    names = [table.child(i).text(QAccessible.Text.Name) for i in range(table.childCount())]
    assert "0:10, Bob: The doors open at nine." in names
    assert view.table.accessibleName() == "Transcript" and view.table.accessibleDescription()


def test_an_edit_is_read_in_the_rows_sentence(qtbot, view):
    view.edit_text(0, "Good evening everyone.")
    assert spoken(view, 0) == "0:00: Good evening everyone."
    view.set_speaker("Carol", [0])
    assert spoken(view, 0) == "0:00, Carol: Good evening everyone."
    qtbot.waitUntil(view.writes.idle, timeout=5_000)


def matches_said() -> list[str]:
    return [text for text in accessibility.recent_announcements if "match" in text]


def test_the_number_of_matches_is_announced_once_typing_settles(qtbot, view):
    view.find_action.trigger()
    qtbot.keyClicks(view.find_bar.find_edit, "the")
    assert matches_said() == []  # not while typing
    qtbot.waitUntil(lambda: matches_said() == ["3 matches"], timeout=3_000)  # The, The, the (case ignored)

    view.find_bar.case_box.setChecked(True)
    view.find_bar.find_edit.setText("The")  # (right after: one announcement for both changes)
    qtbot.waitUntil(lambda: matches_said()[-1:] == ["2 matches"], timeout=3_000)
    qtbot.keyClicks(view.find_bar.find_edit, "xyz")
    qtbot.waitUntil(lambda: matches_said()[-1:] == ["No matches"], timeout=3_000)
    assert len(matches_said()) == 3  # one announcement per settled search

    # Enter goes to a match and says which one, with its segment's text
    view.find_bar.find_edit.setText("doors")
    qtbot.keyClick(view.find_bar.find_edit, Qt.Key.Key_Return)
    assert accessibility.recent_announcements[-1] == "Match 1 of 1: The doors open at nine."


def test_closing_the_bar_before_typing_settles_announces_nothing(qtbot, view):
    view.find_action.trigger()
    qtbot.keyClicks(view.find_bar.find_edit, "the")
    view.find_bar.close_bar()
    qtbot.wait(900)
    assert matches_said() == []


def test_replacements_are_announced(qtbot, view):
    view.replace_action.trigger()
    view.find_bar.find_edit.setText("the")
    view.find_bar.replace_edit.setText("a")
    qtbot.mouseClick(view.find_bar.replace_all_button, Qt.MouseButton.LeftButton)
    assert "3 replacements" in accessibility.recent_announcements
    assert view.find_bar.status_label.text() == "Replaced 3"
    qtbot.waitUntil(view.writes.idle, timeout=5_000)


def test_the_playback_controls_are_named_for_a_screen_reader(view):
    bar = view.playback
    assert bar.slider.accessibleName() == "Playback position" and bar.slider.accessibleDescription()
    assert bar.speed_combo.accessibleName() == "Playback speed" and bar.speed_combo.accessibleDescription()
    assert bar.back_button.accessibleName() == "Back 5 seconds"
    assert bar.forward_button.accessibleName() == "Forward 5 seconds"
    assert [bar.speed_combo.itemText(i) for i in range(3)] == ["0.5×", "0.75×", "1×"]
    assert bar.slider.singleStep() == 10  # the arrow keys move one second (the slider counts tenths)
