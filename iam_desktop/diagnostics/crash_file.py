"""Telling a crash from a clean exit, and keeping what a crash left for the next start.

While the app runs it holds `logs/crash-<pid>.txt`: a header (version, start time, pid) that
`faulthandler` appends the Python stacks of every thread to on a fatal signal (SIGSEGV, SIGFPE, SIGABRT,
SIGBUS, SIGILL) — and an inter-process lock on it, which the OS drops when the process ends, however it
ends. A clean exit (`CrashFile.close`) deletes the file. So at the next start a crash file nobody holds
is an unclean exit (a crash, a kill, a power cut): `pending_crash_report` returns its details once and
moves it to `logs/last-crash.txt` (replacing the one before), where it stays for reference. Files still
held belong to another running instance and are left alone.
"""

from __future__ import annotations

import contextlib
import faulthandler
import logging
import os
import platform
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from iam_desktop import __version__
from iam_desktop.library.file_lock import FileLock
from iam_desktop.paths import DataPaths

log = logging.getLogger(__name__)

ARCHIVE_NAME = "last-crash.txt"
_PREFIX, _SUFFIX = "crash-", ".txt"


@dataclass(frozen=True)
class CrashReport:
    """What an unclean exit left: `details` (the header and any stacks faulthandler wrote; a kill or a
    power cut leaves none), `archived` (where the file was moved), `has_traceback`."""

    details: str
    archived: Path | None
    has_traceback: bool


class CrashFile:
    """This process's crash file (see the module doc); `close()` at a clean exit."""

    def __init__(self, path: Path, lock: FileLock, handle: int) -> None:
        self.path = path
        self._lock = lock
        self._fd = handle

    @classmethod
    def open(cls, paths: DataPaths) -> CrashFile | None:
        """Start watching this process: create and lock the crash file, point faulthandler at it. None
        (logged, never raised) when the logs folder cannot be written."""
        path = paths.logs / f"{_PREFIX}{os.getpid()}{_SUFFIX}"
        lock = FileLock(path)
        try:
            paths.logs.mkdir(parents=True, exist_ok=True)
            lock.acquire(timeout=0)
            fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_TRUNC, 0o600)
        except OSError as exc:
            lock.release()
            log.info("no crash file (%s): a crash will not be reported at the next start", exc)
            return None
        header = (
            f"IAM Desktop {__version__} (Python {platform.python_version()}, {platform.platform()})\n"
            f"started {datetime.now().astimezone().isoformat(timespec='seconds')}, process {os.getpid()}\n"
        )
        with contextlib.suppress(OSError):
            os.write(fd, header.encode("utf-8"))
        faulthandler.enable(file=fd, all_threads=True)
        return cls(path, lock, fd)

    def close(self) -> None:
        """A clean exit: stop faulthandler writing here and delete the file. Safe to call twice."""
        if self._fd < 0:
            return
        faulthandler.disable()
        with contextlib.suppress(OSError):
            os.close(self._fd)
        self._fd = -1
        with contextlib.suppress(OSError):
            self.path.unlink()
        self._lock.release()


def pending_crash_report(paths: DataPaths) -> CrashReport | None:
    """The details of the last unclean exit not yet reported (then archived, so it is reported once), or
    None. Never raises."""
    try:
        candidates = sorted(paths.logs.glob(f"{_PREFIX}*{_SUFFIX}"), key=lambda p: p.stat().st_mtime)
    except OSError:
        return None
    found: CrashReport | None = None
    for path in candidates:
        lock = FileLock(path)
        try:
            if not lock.acquire(timeout=0):
                continue  # another instance is running and holds it
            try:
                details = path.read_text(encoding="utf-8", errors="replace")
            finally:
                lock.release()
            archive = paths.logs / ARCHIVE_NAME
            archived: Path | None = archive
            try:
                os.replace(path, archive)
            except OSError:
                archived = None
                path.unlink(missing_ok=True)
        except OSError as exc:
            log.warning("could not read the crash file %s: %s", path, exc)
            continue
        found = CrashReport(details, archived, has_traceback="most recent call first" in details)
    return found
