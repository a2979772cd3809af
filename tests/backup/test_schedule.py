"""When the next automatic backup is due (backup/schedule.py), with explicit times."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from iam_desktop.backup.schedule import (
    DAILY,
    RETRY_FIRST,
    RETRY_MAX,
    SETTLE,
    next_backup_due,
    parse_time,
    retry_delay,
)
from iam_desktop.backup.state import BackupState
from iam_desktop.settings import Settings

NOW = datetime(2025, 3, 10, 12, 0, tzinfo=UTC)
ON = Settings(backup_provider="wasabi", backup_bucket="b", backup_access_id="id", backup_automatic=True)


def iso(when: datetime) -> str:
    return when.isoformat()


def state(*, success: datetime | None = None, attempt: datetime | None = None,
          error: str | None = None) -> BackupState:  # fmt: skip
    return BackupState(
        last_success=iso(success) if success else None,
        last_snapshot="snap" if success else None,
        last_error=error,
        last_attempt=iso(attempt) if attempt else (iso(success) if success else None),
    )


def test_off_when_automatic_backups_are_off_or_no_storage_is_set_up() -> None:
    fresh = state()
    off = replace(ON, backup_automatic=False)
    assert next_backup_due(fresh, off, now=NOW, last_library_change=NOW) is None
    assert next_backup_due(fresh, replace(ON, backup_provider=None), now=NOW, last_library_change=NOW) is None
    assert next_backup_due(fresh, Settings(), now=NOW, last_library_change=None) is None


def test_never_backed_up_is_due_at_once() -> None:
    assert next_backup_due(state(), ON, now=NOW, last_library_change=None) == NOW


def test_daily_after_the_last_success_without_changes() -> None:
    success = NOW - timedelta(hours=3)
    assert next_backup_due(state(success=success), ON, now=NOW, last_library_change=None) == success + DAILY
    older_change = success - timedelta(minutes=1)  # already in the last backup
    due = next_backup_due(state(success=success), ON, now=NOW, last_library_change=older_change)
    assert due == success + DAILY


def test_a_change_after_the_last_success_is_backed_up_once_it_settled() -> None:
    success = NOW - timedelta(hours=3)
    change = NOW - timedelta(minutes=4)
    due = next_backup_due(state(success=success), ON, now=NOW, last_library_change=change)
    assert due == change + SETTLE
    assert due > NOW  # not yet: the library changed 4 minutes ago
    later = change + timedelta(minutes=3)  # another change pushes it back
    assert next_backup_due(state(success=success), ON, now=NOW, last_library_change=later) == later + SETTLE
    # a naive change time is taken as UTC
    naive = later.replace(tzinfo=None)
    assert next_backup_due(state(success=success), ON, now=NOW, last_library_change=naive) == later + SETTLE


def test_daily_wins_when_it_comes_before_the_settled_change() -> None:
    success = NOW - DAILY + timedelta(minutes=2)
    change = NOW - timedelta(minutes=1)
    due = next_backup_due(state(success=success), ON, now=NOW, last_library_change=change)
    assert due == success + DAILY


def test_after_a_failure_it_retries_with_a_doubling_delay_up_to_the_cap() -> None:
    success = NOW - timedelta(days=2)
    attempt = NOW - timedelta(minutes=5)
    failed = state(success=success, attempt=attempt, error="the storage could not be reached")
    due = next_backup_due(failed, ON, now=NOW, last_library_change=None)
    assert due == attempt + RETRY_FIRST
    for failures, delay in ((2, 2 * RETRY_FIRST), (3, 4 * RETRY_FIRST), (50, RETRY_MAX)):
        due = next_backup_due(failed, ON, now=NOW, last_library_change=None, failures=failures)
        assert due == attempt + delay
    never = state(attempt=attempt, error="wrong key")  # the very first backup failed
    assert next_backup_due(never, ON, now=NOW, last_library_change=None) == attempt + RETRY_FIRST


def test_an_old_error_before_the_last_success_does_not_delay() -> None:
    success = NOW - timedelta(hours=1)
    old = BackupState(last_success=iso(success), last_snapshot="s", last_error="old problem",
                      last_attempt=iso(success - timedelta(hours=2)))  # fmt: skip
    assert next_backup_due(old, ON, now=NOW, last_library_change=None) == success + DAILY


def test_the_retry_never_brings_a_backup_forward() -> None:
    success = NOW - timedelta(hours=1)
    attempt = NOW - timedelta(minutes=30)  # failed; the daily backup is still 23 hours away
    failed = state(success=success, attempt=attempt, error="x")
    assert next_backup_due(failed, ON, now=NOW, last_library_change=None) == success + DAILY


@pytest.mark.parametrize(
    ("failures", "minutes"), [(0, 15), (1, 15), (2, 30), (3, 60), (4, 120), (5, 240), (6, 360), (7, 360)]
)
def test_retry_delay(failures: int, minutes: int) -> None:
    assert retry_delay(failures) == timedelta(minutes=minutes)


def test_parse_time() -> None:
    assert parse_time(None) is None
    assert parse_time("") is None
    assert parse_time("not a time") is None
    assert parse_time("2025-03-10T12:00:00") == NOW  # no zone: UTC
    assert parse_time("2025-03-10T13:00:00+01:00") == NOW
    damaged = BackupState(last_success="garbage", last_snapshot=None, last_error=None, last_attempt=None)
    assert next_backup_due(damaged, ON, now=NOW, last_library_change=None) == NOW
