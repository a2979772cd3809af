"""Transcript edits are shown at once and stored in the background, in order: a real library file, the real
review pane (offscreen, no player), and a second SQLite connection that holds the library's write lock."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator

import pytest
from library_helpers import add_recording, machine_transcript
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox

from iam_desktop.library import Library
from iam_desktop.paths import data_paths
from iam_desktop.ui.changes import Change, ChangeBus, Kind
from iam_desktop.ui.transcript_view import TranscriptView

LINES = ["one two three", "four five six", "seven eight nine"]


def make_view(qtbot, library: Library, bus: ChangeBus | None = None) -> tuple[TranscriptView, int]:
    rid = add_recording(library)
    library.save_transcript(rid, machine_transcript(*LINES))
    view = TranscriptView(library, None, bus=bus)
    qtbot.addWidget(view)
    view.show_transcript(library.get_transcript(rid))
    return view, rid


def stored_texts(library: Library, rid: int) -> list[str]:
    return [s.text for s in library.get_transcript(rid).segments]


@pytest.fixture
def holder(library: Library) -> Iterator[sqlite3.Connection]:
    """Another connection to the library's file, as another program would open it."""
    connection = sqlite3.connect(library.paths.database, isolation_level=None)
    yield connection
    if connection.in_transaction:
        connection.execute("ROLLBACK")
    connection.close()


def test_an_edit_does_not_block_the_window_while_the_library_is_locked(qtbot, library, holder):
    view, rid = make_view(qtbot, library)
    ticks: list[float] = []
    timer = QTimer(view)
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))

    holder.execute("BEGIN IMMEDIATE")  # the write lock, until ROLLBACK
    timer.start()
    view.edit_text(0, "alpha beta gamma delta")
    view.split(0, len("alpha beta "))  # made meanwhile, on top of the first edit
    assert view.segment_texts()[:2] == ["alpha beta", "gamma delta"]  # shown at once
    qtbot.waitUntil(lambda: len(ticks) >= 15, timeout=5_000)  # the window goes on
    assert max(b - a for a, b in zip(ticks, ticks[1:], strict=False)) < 0.05
    assert not view.writes.idle() and stored_texts(library, rid) == LINES  # waiting for the lock
    timer.stop()

    holder.execute("ROLLBACK")
    qtbot.waitUntil(view.writes.idle, timeout=10_000)
    assert stored_texts(library, rid) == ["alpha beta", "gamma delta", *LINES[1:]]  # in the order asked
    assert library.get_transcript(rid).edited
    assert view.segment_texts() == stored_texts(library, rid) and view.undo_stack.count() == 2


@pytest.fixture
def impatient_library(data_dir, monkeypatch) -> Iterator[Library]:
    """A library whose writes give up after 0.3 s of waiting for another program's lock."""
    monkeypatch.setenv("IAM_DB_BUSY_TIMEOUT_MS", "300")
    library = Library.open(data_paths(data_dir))
    yield library
    library.close()


def test_a_failed_write_is_reported_and_what_is_stored_is_shown(qtbot, impatient_library):
    library = impatient_library
    view, rid = make_view(qtbot, library)
    view.edit_text(1, "four five")  # stored: one undo step the failure must not leave behind
    qtbot.waitUntil(view.writes.idle, timeout=5_000)
    holder = sqlite3.connect(library.paths.database, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        view.edit_text(0, "alpha beta gamma delta")
        view.split(0, len("alpha beta "))  # worked out on top of the edit that will fail: dropped with it
        qtbot.waitUntil(lambda: view.findChild(QMessageBox, "operationFailure") is not None, timeout=5_000)
        box = view.findChild(QMessageBox, "operationFailure")
        assert "locked" in box.text() and not box.detailedText()  # the user's problem, said plainly
        box.accept()
        qtbot.waitUntil(view.writes.idle, timeout=5_000)
        expected = [LINES[0], "four five", LINES[2]]
        assert stored_texts(library, rid) == expected
        assert view.segment_texts() == expected  # what is really stored
        assert not view.undo_stack.canUndo() and not view.undo_action.isEnabled()  # no history to desync
    finally:
        holder.execute("ROLLBACK")
        holder.close()

    view.edit_text(2, "seven")  # the library is free again: edits are stored as before
    qtbot.waitUntil(view.writes.idle, timeout=5_000)
    assert stored_texts(library, rid) == [LINES[0], "four five", "seven"]
    view.undo_action.trigger()
    qtbot.waitUntil(view.writes.idle, timeout=5_000)
    assert stored_texts(library, rid) == [LINES[0], "four five", LINES[2]]


def test_quick_undo_and_redo_are_stored_in_order(qtbot, library):
    view, rid = make_view(qtbot, library)
    view.edit_text(0, "one two three four")  # makes the edited copy
    view.split(0, len("one two "))
    view.merge(0)
    view.nudge(0.1, 0.0, row=0)
    for _ in range(4):  # none of them waits for the one before to be stored
        view.undo_action.trigger()
    assert view.segment_texts() == LINES and not view.restore_action.isEnabled()
    qtbot.waitUntil(view.writes.idle, timeout=5_000)
    assert stored_texts(library, rid) == LINES and not library.get_transcript(rid).edited
    for _ in range(4):
        view.redo_action.trigger()
    qtbot.waitUntil(view.writes.idle, timeout=5_000)
    segments = library.get_transcript(rid).segments
    assert [s.text for s in segments] == ["one two three four", *LINES[1:]]
    assert segments[0].start == pytest.approx(0.1) and view.model.segments() == segments


def test_edits_are_announced_and_changes_from_elsewhere_are_shown(qtbot, library):
    bus = ChangeBus()
    heard: list[Change] = []
    bus.changed.connect(heard.append)
    view, rid = make_view(qtbot, library, bus)
    view.edit_text(0, "uno")
    view.edit_text(1, "dos")
    qtbot.waitUntil(view.writes.idle, timeout=5_000)
    assert heard == [Change.of(Kind.TRANSCRIPT, ids=[rid])] and heard[0].source is view  # once per burst
    assert view.undo_stack.canUndo()

    # a re-transcription stored by another part of the app: the pane shows it, its history is gone
    library.save_transcript(rid, machine_transcript("a new transcript"))
    bus.publish(Change.of(Kind.TRANSCRIPT, ids=[rid]))
    qtbot.waitUntil(lambda: view.segment_texts() == ["a new transcript"], timeout=5_000)
    assert not view.undo_stack.canUndo()
    bus.publish(Change.of(Kind.TRANSCRIPT, ids=[rid + 1]))  # another recording's: nothing to read
    assert view.writes.idle()


def test_what_another_program_stored_meanwhile_wins(qtbot, library):
    view, rid = make_view(qtbot, library)
    library.edits.edit_text(rid, 2, "changed elsewhere")  # the pane does not know
    view.edit_text(0, "uno")
    qtbot.waitUntil(view.writes.idle, timeout=5_000)
    assert stored_texts(library, rid) == ["uno", LINES[1], "changed elsewhere"]
    assert view.segment_texts() == stored_texts(library, rid)
    assert not view.undo_stack.canUndo()  # its history did not describe the library
