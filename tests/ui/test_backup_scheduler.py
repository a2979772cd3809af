"""The scheduler without a server (ui/backup_scheduler.py): off means nothing is due, and the check
every minute is a timer. Backups it starts are tested against the real server in
tests/backup/test_backup_ui_scheduler.py."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from iam_desktop.backup.schedule import SETTLE
from iam_desktop.backup.state import BackupState, save_state
from iam_desktop.paths import data_paths
from iam_desktop.settings import Settings
from iam_desktop.ui.backup_scheduler import CHECK_INTERVAL_MS, BackupScheduler

ON = Settings(backup_provider="wasabi", backup_bucket="b", backup_access_id="AKIA0000")


def test_nothing_is_due_when_backups_are_off(qtbot) -> None:
    for settings in (Settings(), Settings(backup_provider="aws", backup_automatic=False)):
        scheduler = BackupScheduler(data_paths(), settings)
        with qtbot.assertNotEmitted(scheduler.started, wait=200):
            with qtbot.waitSignal(scheduler.state_changed, timeout=5000) as changed:
                scheduler.check()
        assert changed.args[1] is None


def test_it_checks_every_minute_and_follows_library_changes(qtbot) -> None:
    paths = data_paths()
    now = datetime.now(UTC)
    stamp = now.isoformat()
    save_state(paths, BackupState(last_success=stamp, last_snapshot="s", last_attempt=stamp))
    scheduler = BackupScheduler(paths, ON, clock=lambda: now, plan_refusal=lambda: None)  # a paid plan
    with qtbot.waitSignal(scheduler.state_changed, timeout=5000):
        scheduler.start()
    assert scheduler.timer.isActive() and scheduler.timer.interval() == CHECK_INTERVAL_MS
    assert scheduler.next_due == now + timedelta(hours=24)
    later = now + timedelta(minutes=2)
    scheduler.note_library_change(later)
    assert scheduler.next_due == later + SETTLE
    scheduler.note_library_change(now)  # an older change changes nothing
    assert scheduler.next_due == later + SETTLE
    scheduler.stop()
    assert not scheduler.timer.isActive()


def test_the_free_plan_starts_no_automatic_backup_and_says_why(qtbot) -> None:
    """Automatic backups are in the paid plans (the catalogue): with no licence (Free) a due backup is not
    started and `not_in_plan` tells the Backup page what to say; Back up now is not affected."""
    scheduler = BackupScheduler(data_paths(), ON)  # the plan from the (test's empty) keyring: Free
    with qtbot.assertNotEmitted(scheduler.started, wait=300):
        with qtbot.waitSignal(scheduler.state_changed, timeout=5000) as changed:
            scheduler.check()  # never backed up: it would be due at once
    assert changed.args[1] is None and scheduler.next_due is None
    assert scheduler.not_in_plan is not None
    assert "Automatic backup is not in the Free plan" in scheduler.not_in_plan
    assert "upgrade to Pro" in scheduler.not_in_plan
