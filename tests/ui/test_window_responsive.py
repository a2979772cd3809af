"""The window keeps painting while another process holds the library's write lock: its writes wait on the
library's thread, never on the GUI thread; once the lock is gone they go through and the list shows them,
and a lock held past the busy timeout ends in a plain message."""

from __future__ import annotations

import sqlite3
import time

import pytest
from library_helpers import add_recording
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLineEdit, QMessageBox

from iam_desktop.engines.provider import SingleEngine
from iam_desktop.jobs.runner import JobRunner
from iam_desktop.library import Library
from iam_desktop.library.database import busy_timeout_ms
from iam_desktop.paths import data_paths
from iam_desktop.ui.main_window import MainWindow
from iam_desktop.ui.operations import wait_for_operations


class Heartbeat:
    """A timer ticking every 10 ms on the GUI thread; `gaps` are the times between two ticks."""

    def __init__(self) -> None:
        self.gaps: list[float] = []
        self._last = time.monotonic()
        self.timer = QTimer(interval=10)
        self.timer.timeout.connect(self._beat)
        self.timer.start()

    def _beat(self) -> None:
        now = time.monotonic()
        self.gaps.append(now - self._last)
        self._last = now


def open_window(qtbot, library: Library) -> MainWindow:
    runner = JobRunner(library, SingleEngine(object()))  # not started: no job runs here
    window = MainWindow(library, runner)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.library_panel.model.rowCount() == 1, timeout=5_000)
    return window


def rename_through_the_menu(qtbot, window: MainWindow, monkeypatch, title: str) -> None:
    """Rename (F2) edits the title in place; Enter saves it."""
    panel = window.library_panel
    panel.list.setCurrentIndex(panel.model.index(0))
    panel.recording_actions.rename_action.trigger()
    editor = panel.list.findChild(QLineEdit, "titleEditor")
    assert editor is not None
    editor.setText(title)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def hold_write_lock(library: Library) -> sqlite3.Connection:
    """Another process's writer: a connection of its own that takes the write lock and keeps it."""
    blocker = sqlite3.connect(library.paths.database, timeout=5, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    return blocker


def test_the_window_keeps_painting_while_another_process_holds_the_write_lock(qtbot, library, monkeypatch):
    assert busy_timeout_ms() >= 5_000  # a lock held for a second is waited for, not reported
    rid = add_recording(library, "Kick-off")
    window = open_window(qtbot, library)
    blocker = hold_write_lock(library)
    try:
        heartbeat = Heartbeat()
        rename_through_the_menu(qtbot, window, monkeypatch, "Kick-off call")
        started = time.monotonic()
        while time.monotonic() - started < 1.0:  # the rename waits for the lock meanwhile
            qtbot.wait(50)
            assert not window.grab().isNull()  # the window paints
        assert library.get_recording(rid).title == "Kick-off"  # not through yet: the lock is held
        heartbeat.timer.stop()
    finally:
        blocker.rollback()
        blocker.close()
    qtbot.waitUntil(lambda: library.get_recording(rid).title == "Kick-off call", timeout=10_000)
    qtbot.waitUntil(lambda: window.library_panel.model.index(0).data() == "Kick-off call", timeout=5_000)
    assert window.findChild(QMessageBox, "operationFailure") is None  # waited, not failed
    assert len(heartbeat.gaps) > 50, "the GUI thread hardly ran"
    assert max(heartbeat.gaps) < 0.1, f"the GUI thread stalled for {max(heartbeat.gaps):.2f} s"


@pytest.fixture
def impatient_library(data_dir, monkeypatch):
    """A library whose busy timeout is short (the same setting users' libraries have, shortened)."""
    monkeypatch.setenv("IAM_DB_BUSY_TIMEOUT_MS", "300")
    lib = Library.open(data_paths(data_dir))
    yield lib
    wait_for_operations(5_000)
    lib.close()


def test_a_lock_held_past_the_busy_timeout_ends_in_a_plain_message(qtbot, impatient_library, monkeypatch):
    library = impatient_library
    rid = add_recording(library, "Kick-off")
    window = open_window(qtbot, library)
    blocker = hold_write_lock(library)
    try:
        rename_through_the_menu(qtbot, window, monkeypatch, "Kick-off call")
        qtbot.waitUntil(lambda: window.findChild(QMessageBox, "operationFailure") is not None, timeout=10_000)
    finally:
        blocker.rollback()
        blocker.close()
    box = window.findChild(QMessageBox, "operationFailure")
    assert "database is locked" in box.text() and not box.detailedText()  # the user's situation, no defect
    assert "database is locked" in window.statusBar().currentMessage()
    box.accept()
    assert library.get_recording(rid).title == "Kick-off"
    window.library_panel.recording_actions.rename(rid, "Kick-off call")  # once the lock is gone it works
    qtbot.waitUntil(lambda: "Kick-off call" in window.library_panel.model.index(0).data(), timeout=10_000)
