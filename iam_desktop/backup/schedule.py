"""When the next automatic backup is due: a while after the library last changed, at least daily, and
after a failure not before a retry delay that doubles with each failure in a row (Qt-free, no clock of its
own: the caller gives the times)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Protocol

from iam_desktop.settings import Settings

#: a backup follows new recordings and transcripts once the library has been quiet this long
SETTLE = timedelta(minutes=10)
#: the longest time between two successful backups while the app runs
DAILY = timedelta(hours=24)
#: the wait after the first failure in a row; it doubles with each further failure, up to RETRY_MAX
RETRY_FIRST = timedelta(minutes=15)
RETRY_MAX = timedelta(hours=6)


class StateLike(Protocol):
    """What the schedule reads of `iam_desktop.backup.state.BackupState` (ISO 8601 times or None)."""

    @property
    def last_success(self) -> str | None: ...

    @property
    def last_error(self) -> str | None: ...

    @property
    def last_attempt(self) -> str | None: ...


def parse_time(text: str | None) -> datetime | None:
    """An ISO 8601 time as an aware datetime (a time without a zone is taken as UTC); None for None or
    text that is not a time (a damaged state file must not stop the schedule)."""
    if not text:
        return None
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


def retry_delay(failures: int) -> timedelta:
    """The wait after `failures` failed attempts in a row (1: RETRY_FIRST, then doubling, at most
    RETRY_MAX)."""
    steps = max(0, failures - 1)
    if steps >= 16:  # (far past the cap; avoids a huge power)
        return RETRY_MAX
    return min(RETRY_MAX, RETRY_FIRST * (2**steps))


def last_attempt_failed(state: StateLike) -> bool:
    """True when the newest attempt ended in an error (it is newer than the last success)."""
    attempt, success = parse_time(state.last_attempt), parse_time(state.last_success)
    if not state.last_error or attempt is None:
        return False
    return success is None or attempt > success


def next_backup_due(
    state: StateLike,
    settings: Settings,
    *,
    now: datetime,
    last_library_change: datetime | None,
    failures: int = 1,
) -> datetime | None:
    """When the next automatic backup should start (at or before `now`: it is due); None when automatic
    backups are off or no storage is set up.

    - never backed up: due at once;
    - the library changed after the last success: SETTLE after that change;
    - in any case DAILY after the last success;
    - when the newest attempt failed, not before `retry_delay(failures)` after it (`failures`: how many
      attempts in a row have failed, at least 1; the caller counts them).
    """
    if not settings.backup_automatic or not settings.backup_provider:
        return None
    success = parse_time(state.last_success)
    change = last_library_change
    if change is not None and change.tzinfo is None:
        change = change.replace(tzinfo=UTC)
    if success is None:
        due = now
    else:
        due = success + DAILY
        if change is not None and change > success:
            due = min(due, change + SETTLE)
    if last_attempt_failed(state):
        attempt = parse_time(state.last_attempt)
        assert attempt is not None  # (last_attempt_failed checked it)
        due = max(due, attempt + retry_delay(max(1, failures)))
    return due
