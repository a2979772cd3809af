"""One logging set-up for the window, the CLI and the engine's child process: the data folder's log file
(logs/iam-desktop.log, rotated at 1 MB, 5 kept, mode 0600) plus warnings on stderr, every secret redacted.

Several processes write the same file (the window, its engine child, CLI commands): a plain
RotatingFileHandler would rotate under the others' feet (they keep writing into the renamed file, and
rotate it again). `SharedRotatingFileHandler` therefore takes an inter-process lock (flock on
logs/iam-desktop.log.lock) around each record, reopens the file when another process has rotated it, and
rotates under that lock — so every process can use the same handler, rotation included.

A log file that cannot be written (a read-only data folder, a full disk at start-up) never stops the app:
logging falls back to stderr only, with one warning saying so.
"""

from __future__ import annotations

import contextlib
import io
import logging
import logging.handlers
import os
import sys
from pathlib import Path

from iam_desktop.library.file_lock import FileLock
from iam_desktop.paths import DataPaths
from iam_desktop.redaction import RedactingFilter

LOG_NAME = "iam-desktop.log"
#: rotate at about this size; keep this many older files (iam-desktop.log.1 … .5)
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FILE_FORMAT = "%(asctime)s %(levelname)s [%(process)d %(threadName)s] %(name)s: %(message)s"
STDERR_FORMAT = "%(levelname)s %(name)s: %(message)s"
#: `extra=FILE_ONLY` keeps a record out of stderr (a CLI prints its own one-line `error:` instead)
FILE_ONLY = {"iam_file_only": True}
#: marks the handlers installed here, so configuring again replaces them instead of adding more
_MARK = "_iam_desktop_handler"

log = logging.getLogger(__name__)


def log_path(paths: DataPaths) -> Path:
    """Where the log is written (whether or not it can be)."""
    return paths.logs / LOG_NAME


class SharedRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A RotatingFileHandler safe to share between processes, creating its files 0600 (see module doc)."""

    def __init__(
        self, filename: Path, *, max_bytes: int = MAX_BYTES, backup_count: int = BACKUP_COUNT
    ) -> None:
        self._process_lock = FileLock(Path(f"{filename}.lock"))
        super().__init__(filename, maxBytes=max_bytes, backupCount=backup_count, encoding="utf-8")

    def _open(self) -> io.TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        with contextlib.suppress(OSError):  # a log written by an older version was 0644
            if os.name == "posix" and os.fstat(fd).st_mode & 0o077:
                os.fchmod(fd, 0o600)
        return open(fd, "a", encoding=self.encoding, errors=self.errors)

    def _rotated_elsewhere(self) -> bool:
        """True when the file at our name is no longer the one we write (another process rotated it)."""
        if self.stream is None:
            return False
        try:
            ours, named = os.fstat(self.stream.fileno()), os.stat(self.baseFilename)
        except OSError:
            return True
        return (ours.st_dev, ours.st_ino) != (named.st_dev, named.st_ino)

    def emit(self, record: logging.LogRecord) -> None:
        try:
            locked = self._process_lock.acquire(timeout=2.0)
        except OSError:
            locked = False  # the lock file cannot be made: write anyway (rotation may then race)
        try:
            if self.stream is not None and self._rotated_elsewhere():
                self.stream.close()
                self.stream = self._open()
            super().emit(record)  # rotates first when the file is full
        finally:
            if locked:
                self._process_lock.release()

    def handleError(self, record: logging.LogRecord) -> None:
        """A line that cannot be written (a full disk, a folder gone) is dropped quietly: the terminal gets
        no "--- Logging error ---" traceback on top of the message the user needs, and the app goes on."""
        if isinstance(sys.exc_info()[1], OSError):
            return
        super().handleError(record)

    def close(self) -> None:
        super().close()
        self._process_lock.release()


class _OneLineFormatter(logging.Formatter):
    """For stderr when the log file is written: the message only; tracebacks go to the file."""

    def format(self, record: logging.LogRecord) -> str:
        saved = record.exc_info, record.exc_text, record.stack_info
        record.exc_info, record.exc_text, record.stack_info = None, None, None
        try:
            return super().format(record)
        finally:
            record.exc_info, record.exc_text, record.stack_info = saved


def _not_file_only(record: logging.LogRecord) -> bool:
    return not getattr(record, "iam_file_only", False)


def _remove_ours(root: logging.Logger) -> None:
    for handler in list(root.handlers):
        if getattr(handler, _MARK, False):
            root.removeHandler(handler)
            handler.close()


def _install(
    root: logging.Logger, handler: logging.Handler, level: int, formatter: logging.Formatter
) -> None:
    handler.setLevel(level)
    handler.setFormatter(formatter)
    handler.addFilter(RedactingFilter())
    setattr(handler, _MARK, True)
    root.addHandler(handler)


def configure(
    paths: DataPaths | None, *, verbose: bool = False, stderr: bool = True, file_level: int = logging.INFO
) -> Path | None:
    """Log to the data folder's log file (INFO and up; DEBUG with `verbose`) and, with `stderr`, WARNING
    and up to stderr (INFO with `verbose`; one line each: tracebacks only in the file, and records
    logged with `extra=FILE_ONLY` not at all). Calling it again replaces the handlers it installed.

    Returns the log file's path, or None when it cannot be written: then only stderr is used (it is
    then used even without `stderr`), after one warning saying why (none when the data folder itself is
    unusable: whoever uses it reports that). Never raises.
    """
    root = logging.getLogger()
    _remove_ours(root)
    file_level = logging.DEBUG if verbose else file_level
    stderr_level = logging.INFO if verbose else logging.WARNING
    written: Path | None = None
    problem = None
    if paths is not None:
        target = log_path(paths)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            _install(root, SharedRotatingFileHandler(target), file_level, logging.Formatter(FILE_FORMAT))
            written = target
        except OSError as exc:
            reason = exc.strerror or str(exc)
            problem = f"the log file {target} cannot be written ({reason}); logging to stderr only"
    if stderr or written is None:
        to_stderr = logging.StreamHandler(sys.stderr)
        to_stderr.addFilter(_not_file_only)
        if written is not None:  # tracebacks are in the file
            _install(root, to_stderr, stderr_level, _OneLineFormatter(STDERR_FORMAT))
        else:
            _install(root, to_stderr, stderr_level, logging.Formatter(STDERR_FORMAT))
    root.setLevel(min(file_level, stderr_level) if written is not None else stderr_level)
    if problem and paths is not None and paths.root.is_dir():  # else the data folder's own error says it
        log.warning("%s", problem)
    return written


def current_log_file() -> Path | None:
    """The log file `configure` set up in this process, or None (handed to the engine's child process)."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, SharedRotatingFileHandler) and getattr(handler, _MARK, False):
            return Path(handler.baseFilename)
    return None


def configure_child(log_file: Path | None) -> None:
    """In a child process (the local engine): write to the parent's log file, rotation included (the
    handler is safe across processes), errors also to stderr. Never raises."""
    root = logging.getLogger()
    _remove_ours(root)
    if log_file is not None:
        try:
            _install(root, SharedRotatingFileHandler(log_file), logging.INFO, logging.Formatter(FILE_FORMAT))
        except OSError:
            log_file = None
    to_stderr = logging.StreamHandler(sys.stderr)
    _install(root, to_stderr, logging.WARNING,
             _OneLineFormatter(STDERR_FORMAT) if log_file else logging.Formatter(STDERR_FORMAT))  # fmt: skip
    root.setLevel(logging.INFO)
