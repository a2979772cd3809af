"""Locks between processes on a small file in the data folder (flock on POSIX, msvcrt on Windows).

Used for the first-open migration (one process creates and upgrades the database, the others wait) and
for the "library is open" marker every open library holds shared, which `library recover` checks before
it swaps the database file.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from iam_desktop.platform_support import has_shared_file_locks

#: how often a waiting process tries a lock again
POLL_INTERVAL = 0.05


class FileLock:
    """One lock on `path` (created 0600 if missing). Not re-entrant; release() is safe to call twice."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self, *, shared: bool = False, timeout: float | None = None) -> bool:
        """Take the lock, waiting up to `timeout` seconds (None: forever, 0: only try). Returns False when
        another process still held it then. Raises OSError when the lock file cannot be opened.
        NOTE: on Windows a shared lock is not available; it is then not taken and True is returned."""
        if self._fd is not None:
            return True
        if shared and not has_shared_file_locks():  # pragma: no cover - Windows only
            return True
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        deadline = None if timeout is None else time.monotonic() + timeout
        try:
            while not _try_lock(fd, shared=shared):
                if deadline is not None and time.monotonic() >= deadline:
                    os.close(fd)
                    return False
                time.sleep(POLL_INTERVAL)
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd
        return True

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> FileLock:
        self.acquire()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


# NOTE: a direct sys.platform test, so that mypy checks each branch only for its own system
if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int, *, shared: bool) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import errno
    import fcntl

    def _try_lock(fd: int, *, shared: bool) -> bool:
        try:
            fcntl.flock(fd, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                return False
            raise
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
