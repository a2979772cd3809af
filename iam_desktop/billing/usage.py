"""The cloud minutes used, metered on this computer per local day: `cloud-usage.json` in the data folder.

Only audio the cloud engine transcribed is counted (a chunk is recorded once the service answered for it).
Several processes (the window, `iam-desktop transcribe`) may record at once: every read-modify-write holds
`cloud-usage.json.lock`. A damaged file is kept aside as `cloud-usage.json.damaged-<time>` and counting
starts again from nothing (logged), never a crash. Days older than `KEEP_DAYS` are dropped.
"""

from __future__ import annotations

import calendar
import json
import logging
import math
import time
from datetime import date, datetime, timedelta

from filelock import FileLock

from iam_desktop.errors import StorageError
from iam_desktop.fsutil import atomic_write
from iam_desktop.paths import DataPaths

log = logging.getLogger(__name__)

USAGE_FILE = "cloud-usage.json"
#: how long the daily figures are kept
KEEP_DAYS = 400


class UsageMeter:
    """Cloud-transcription seconds per local day."""

    def __init__(self, paths: DataPaths) -> None:
        self._path = paths.root / USAGE_FILE
        self._lock = FileLock(str(paths.root / (USAGE_FILE + ".lock")), timeout=30)

    def record(self, seconds: float, when: datetime | None = None) -> None:
        """Add `seconds` of cloud transcription on the local day of `when` (default now). Raises StorageError
        when the file cannot be written (full disk…); what was counted before is kept."""
        if not math.isfinite(seconds) or seconds <= 0:
            return
        day = _local(when).date().isoformat()
        try:
            with self._lock:
                days = self._read()
                days[day] = round(days.get(day, 0.0) + seconds, 3)
                cutoff = (_local(when).date() - timedelta(days=KEEP_DAYS)).isoformat()
                kept = {d: s for d, s in sorted(days.items()) if d >= cutoff}
                atomic_write(self._path, json.dumps({"version": 1, "days": kept}, indent=1) + "\n")
        except OSError as exc:
            raise StorageError(f"the cloud minutes used could not be saved: {exc.strerror or exc}") from exc

    def month_seconds(self, now: datetime | None = None) -> float:
        """The cloud seconds used in the calendar month of `now` (local time)."""
        return sum(seconds for _day, seconds in self.daily(now))

    def daily(self, now: datetime | None = None) -> list[tuple[date, float]]:
        """(day, seconds) for every day of the month of `now`, from the 1st to the month's last day."""
        today = _local(now).date()
        days = self._read()
        last = calendar.monthrange(today.year, today.month)[1]
        month = [today.replace(day=d) for d in range(1, last + 1)]
        return [(d, days.get(d.isoformat(), 0.0)) for d in month]

    def _read(self) -> dict[str, float]:
        try:
            raw = self._path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return {}
        except OSError as exc:
            log.warning("the cloud usage file could not be read (%s); counting from zero", exc)
            return {}
        try:
            data = json.loads(raw)
            days = data["days"]
            if not isinstance(days, dict):
                raise TypeError("days is not an object")
            return {
                date.fromisoformat(str(day)).isoformat(): float(seconds)
                for day, seconds in days.items()
                if isinstance(seconds, int | float) and math.isfinite(seconds) and seconds >= 0
            }
        except (ValueError, KeyError, TypeError) as exc:
            self._set_aside(exc)
            return {}

    def _set_aside(self, exc: Exception) -> None:
        aside = self._path.with_name(f"{USAGE_FILE}.damaged-{time.strftime('%Y%m%d-%H%M%S')}")
        log.warning("%s is damaged (%s); it is kept as %s and counting starts again", self._path.name, exc,
                    aside.name)
        try:
            self._path.replace(aside)
        except OSError:
            pass


def _local(when: datetime | None) -> datetime:
    """`when` in local time (an aware one is converted; a naive one is taken as local)."""
    if when is None:
        return datetime.now()
    return when.astimezone() if when.tzinfo is not None else when

