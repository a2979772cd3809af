"""The automatic backups' scheduler (ui/backup_scheduler.py) against the real S3 server: it starts a
backup when one is due, not when automatic backups are off or the last one is recent, and waits after a
failure."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from backup_builders import make_library

from iam_desktop.backup.schedule import RETRY_FIRST, SETTLE, parse_time
from iam_desktop.backup.session import session_from_settings
from iam_desktop.backup.state import load_state
from iam_desktop.paths import data_paths
from iam_desktop.settings import Settings
from iam_desktop.ui.backup_scheduler import BackupScheduler

pytestmark = pytest.mark.timeout(120)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def ready(backup_settings: Settings) -> Settings:
    """A library of four recordings and a backup set in the bucket (as Save on the page makes it)."""
    paths = data_paths()
    make_library(paths)
    session_from_settings(backup_settings, create=True)
    return backup_settings


def test_a_due_backup_starts_off_the_gui_thread_and_is_recorded(qtbot, ready: Settings) -> None:
    paths = data_paths()
    clock = Clock()
    scheduler = BackupScheduler(paths, ready, clock=clock, plan_refusal=lambda: None)  # a paid plan
    threads: list[str] = []
    scheduler.progress.connect(lambda _p: threads.append(threading.current_thread().name))
    worker_threads: list[str] = []
    scheduler.started.connect(lambda _name: worker_threads.append(scheduler.worker._thread.name))  # type: ignore[union-attr]
    with qtbot.waitSignal(scheduler.started, timeout=10000) as started:
        scheduler.check()  # never backed up: due at once
    assert started.args == ["backup"]
    assert worker_threads == ["iam-backup-backup"]
    with qtbot.waitSignal(scheduler.finished, timeout=60000) as finished:
        pass
    assert finished.args[0].files_total == 5  # the library file and four audio files
    assert threads and set(threads) == {threading.main_thread().name}  # delivered on the GUI thread
    qtbot.waitUntil(lambda: scheduler.state.last_success is not None, timeout=5000)
    assert load_state(paths).last_snapshot == finished.args[0].snapshot_id
    # just backed up: the next one is a day later, and a check starts nothing
    assert scheduler.next_due == parse_time(scheduler.state.last_success) + timedelta(hours=24)
    with qtbot.assertNotEmitted(scheduler.started, wait=500):
        scheduler.check()
        qtbot.waitUntil(lambda: not scheduler._checking, timeout=5000)


def test_a_library_change_is_backed_up_once_it_settled(qtbot, ready: Settings) -> None:
    paths = data_paths()
    clock = Clock()
    scheduler = BackupScheduler(paths, ready, clock=clock, plan_refusal=lambda: None)  # a paid plan
    with qtbot.waitSignal(scheduler.finished, timeout=60000):
        scheduler.check()
    qtbot.waitUntil(lambda: scheduler.state.last_success is not None and not scheduler._checking,
                    timeout=5000)  # fmt: skip
    clock.now += timedelta(minutes=1)
    scheduler.note_library_change()
    assert scheduler.next_due == clock.now + SETTLE
    with qtbot.assertNotEmitted(scheduler.started, wait=300):
        scheduler.check()  # not settled yet
        qtbot.waitUntil(lambda: not scheduler._checking, timeout=5000)
    clock.now += SETTLE + timedelta(seconds=1)
    with qtbot.waitSignal(scheduler.started, timeout=10000):
        scheduler.check()
    with qtbot.waitSignal(scheduler.finished, timeout=60000):
        pass


def test_nothing_starts_when_automatic_backups_are_off_or_not_set_up(qtbot, ready: Settings) -> None:
    paths = data_paths()
    for settings in (replace(ready, backup_automatic=False), replace(ready, backup_provider=None)):
        scheduler = BackupScheduler(paths, settings)
        with qtbot.assertNotEmitted(scheduler.started, wait=500):
            with qtbot.waitSignal(scheduler.state_changed, timeout=5000) as changed:
                scheduler.check()
        assert changed.args[1] is None
        assert scheduler.next_due is None
    assert load_state(paths).last_attempt is None


def test_after_a_failure_it_waits_before_trying_again(qtbot, backup_settings: Settings,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    paths = data_paths()
    make_library(paths)
    monkeypatch.setenv("IAM_S3_SECRET_ACCESS_KEY", "WRONGSECRETWRONGSECRET")
    clock = Clock()
    scheduler = BackupScheduler(paths, backup_settings, clock=clock, plan_refusal=lambda: None)
    with qtbot.waitSignal(scheduler.failed, timeout=60000) as failed:
        scheduler.check()
    assert "key" in failed.args[0].lower()
    assert scheduler.failures == 1
    qtbot.waitUntil(lambda: scheduler.state.last_error is not None and not scheduler._checking, timeout=5000)
    attempt = parse_time(scheduler.state.last_attempt)
    assert attempt is not None
    assert scheduler.next_due == attempt + RETRY_FIRST  # recorded in the state file: it survives a restart
    assert load_state(paths).last_error == scheduler.state.last_error
    with qtbot.assertNotEmitted(scheduler.started, wait=300):
        scheduler.check()
        qtbot.waitUntil(lambda: not scheduler._checking, timeout=5000)
