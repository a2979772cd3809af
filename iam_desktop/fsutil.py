"""Durable, atomic file writes: the one way the app replaces a file's content.

A new content goes to a temporary file in the target's folder (so the rename cannot cross file systems),
which is fsynced, renamed over the target with os.replace, and then the folder is fsynced, so that the
target holds either the old content or the whole new one, even after a crash or a power cut. The
temporary file is removed on any failure, a full disk included; the error itself is raised unchanged
(callers turn it into their own plain message: StorageError, DiskFull, ExportError).

- `atomic_write(path, data)`: the whole content at once (settings, manifests, small model files);
- `atomic_writer(path)`: a binary file to write in pieces, committed when the `with` block ends;
- `pending_file(folder)`: a temporary file for writers that need its path (a PyAV muxer) or decide the
  final name only once it is written (content-addressed copies); `PendingFile.commit(target)` moves it.

New files are created 0600 by default (transcripts, recordings and settings are personal data); pass
`mode` for anything else (the process umask still applies).
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

#: mode of the files these helpers create, unless told otherwise: readable by their owner only
PRIVATE_FILE_MODE = 0o600
_TEMP_ATTEMPTS = 16
_CREATE_FLAGS = (
    os.O_WRONLY | os.O_CREAT | os.O_EXCL
    | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOINHERIT", 0)
)


def fsync_folder(folder: Path) -> None:
    """Make a rename inside `folder` durable (POSIX; best effort, not possible or needed on Windows)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_all(fd: int, data: bytes | memoryview) -> None:
    """Write all of `data` to the file descriptor `fd`, however short the single writes are."""
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


class PendingFile:
    """A new, empty temporary file (hidden, beside its future name), open for writing as `fd`.

    Write through `write()` / `fd`, or `close()` it and let another writer open `path` by name.
    `commit(target)` makes it durable and gives it its final name; leaving the `pending_file` block
    without a commit removes it (the content was not wanted after all: an error, or the same content
    already stored).

    Attributes:
        path: where the temporary file is.
        fd: its descriptor, open for writing until `close()`, commit or the end of the block.
        committed: commit() has renamed it to its target (set before the folder is fsynced).
    """

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self.fd = fd
        self.committed = False
        self._open = True

    def write(self, data: bytes | memoryview) -> None:
        """Append `data` (all of it) to the file."""
        write_all(self.fd, data)

    def commit(self, target: Path) -> None:
        """fsync the file, rename it over `target` (in the same folder) and fsync the folder."""
        if not self._open:  # written by name, through a handle of its own: open it again to fsync it
            self.fd = os.open(self.path, os.O_WRONLY | getattr(os, "O_BINARY", 0))
            self._open = True
        os.fsync(self.fd)
        self.close()
        os.replace(self.path, target)
        self.committed = True
        fsync_folder(target.parent)

    def close(self) -> None:
        """Close the descriptor (the file stays until commit or the end of the block)."""
        if self._open:
            self._open = False
            os.close(self.fd)


@contextlib.contextmanager
def pending_file(
    folder: Path, *, prefix: str = ".", suffix: str = ".tmp", mode: int = PRIVATE_FILE_MODE
) -> Iterator[PendingFile]:
    """A new temporary file `<prefix><random><suffix>` in `folder`, created with `mode`, removed at the end
    of the block unless it was committed. Raises OSError if it cannot be created."""
    fd, path = _create(folder, prefix, suffix, mode)
    pending = PendingFile(path, fd)
    try:
        yield pending
    finally:
        with contextlib.suppress(OSError):
            pending.close()
        if not pending.committed:
            with contextlib.suppress(OSError):
                os.unlink(path)


@contextlib.contextmanager
def atomic_writer(path: Path, *, mode: int = PRIVATE_FILE_MODE) -> Iterator[PendingFile]:
    """Write `path` in pieces (`.write(data)` on what this yields): it gets the new content only when the
    block ends without an error, and then durably; on an error it is untouched and no temporary remains."""
    with pending_file(path.parent, prefix=f".{path.name}.", mode=mode) as pending:
        yield pending
        pending.commit(path)


def atomic_write(path: Path, data: bytes | str, *, mode: int = PRIVATE_FILE_MODE) -> None:
    """Replace `path`'s content with `data` (a str is written as UTF-8), atomically and durably.

    Raises OSError (ENOSPC on a full disk, ENOENT if the folder is missing); the old content is then
    intact and no temporary file is left."""
    content = data.encode("utf-8") if isinstance(data, str) else data
    with atomic_writer(path, mode=mode) as out:
        out.write(content)


def _create(folder: Path, prefix: str, suffix: str, mode: int) -> tuple[int, Path]:
    for _ in range(_TEMP_ATTEMPTS):
        path = folder / f"{prefix}{secrets.token_hex(4)}{suffix}"
        try:
            return os.open(path, _CREATE_FLAGS, mode), path
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary file name", str(folder))
