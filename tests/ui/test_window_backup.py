"""The window's backups: the scheduler hears of library changes and new settings, the first start offers
a restore, the Backup page's saved configuration reaches the window, and an agreed restore closes the
window for the app to run it."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtWidgets import QApplication

from iam_desktop.engines.provider import SingleEngine
from iam_desktop.jobs.runner import JobRunner
from iam_desktop.settings import Settings
from iam_desktop.ui.changes import Change, Kind
from iam_desktop.ui.main_window import MainWindow
from iam_desktop.ui.restore_dialog import RestoreDialog, RestorePlan


@pytest.fixture
def window(qtbot, library):
    runner = JobRunner(library, SingleEngine(object()))
    win = MainWindow(library, runner)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    runner.shutdown(timeout=10)


def test_the_first_start_offers_a_restore_and_opens_the_restore_dialog(qtbot, window):
    qtbot.waitUntil(lambda: window.welcome.is_first_start() and window.welcome.restore_link.isVisible())
    window.welcome.restore_link.click()
    def shown() -> list[RestoreDialog]:
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, RestoreDialog) and w.isVisible()]

    qtbot.waitUntil(lambda: bool(shown()))
    dialog = shown()[0]
    dialog.reject()
    window.welcome.set_first_start(False)
    assert not window.welcome.restore_link.isVisible()  # a library with recordings: no restore offered


def test_library_changes_and_new_settings_reach_the_scheduler(window):
    scheduler = window.backups.scheduler
    assert scheduler.last_change is None
    window.changes.publish(Change.of(Kind.JOBS))
    assert scheduler.last_change is None  # a queued job is nothing to back up
    window.changes.publish(Change.of(Kind.TRANSCRIPT, ids=[1]))
    assert scheduler.last_change is not None
    new = dataclasses.replace(window.settings, backup_keep=7)
    window.apply_settings(new)
    assert scheduler.settings.backup_keep == 7


def test_the_backup_pages_saved_configuration_reaches_the_window(qtbot, window):
    window.open_settings()
    dialog = window.settings_dialog
    assert dialog is not None and "Backup" in dialog.page_names()
    saved = dataclasses.replace(window.settings, backup_provider="custom", backup_bucket="b")
    dialog.backup_page.settings_saved.emit(saved)
    assert window.settings.backup_bucket == "b" and window.backups.scheduler.settings.backup_bucket == "b"
    dialog.reject()


def test_an_agreed_restore_closes_the_window_and_is_kept_for_the_app(qtbot, window):
    plan = RestorePlan("ab" * 16, created="2026-12-01T10:00:00+00:00", force=False, settings=Settings())
    window.backups.restore_and_restart(plan)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert window.backups.restore_plan is plan
