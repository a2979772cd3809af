"""Reading one content object back: streamed, decrypted and checked in bounded memory.

Every object is checked four ways before anything relies on it: each chunk's authentication tag (it
decrypts), the SHA-256 and the size of the plaintext against the snapshot's entry, and the object's name
against the keyed hash of that SHA-256. Any failure is DamagedObject naming the file plainly; an object
that is not there is MissingObject. A connection that breaks off while the body is read is taken up again
where it stopped (an HTTP Range request), a few times, before it is reported as ConnectionProblem.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from iam_desktop.backup import crypto
from iam_desktop.backup.client import storage_errors
from iam_desktop.backup.control import Control
from iam_desktop.backup.errors import ConnectionProblem, DamagedObject
from iam_desktop.backup.manifest import FileEntry
from iam_desktop.backup.session import BackupSession

#: how many times a download may break off without getting RESUME_PROGRESS further before it is given up
MAX_RESUMES = 5
RESUME_PROGRESS = crypto.CHUNK_SIZE
#: seconds before the first resume (doubled for each further one, at most MAX_RESUME_DELAY)
RESUME_DELAY = 0.2
MAX_RESUME_DELAY = 5.0


def describe(entry: FileEntry) -> str:
    """How the user is told which file a problem is about."""
    return f"the backup copy of {entry.path}"


def stored_objects(session: BackupSession) -> dict[str, int]:
    """Every content object in the bucket: name → size in bytes (one listing)."""
    layout = session.layout
    return {layout.name_of(key): size for key, size in session.list_objects(layout.data_prefix)}


def download(session: BackupSession, entry: FileEntry, destination: Path,
             control: Control | None = None) -> None:  # fmt: skip
    """Download the object of `entry` into the new file `destination` (0600, fsynced), checked as the
    module says. On any failure the file is removed and the error raised (DamagedObject, MissingObject,
    ConnectionProblem, Cancelled, or OSError when the file cannot be written)."""
    fd = os.open(destination, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            _transfer(session, entry, handle.write, control)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            destination.unlink()
        raise


def read_back(session: BackupSession, entry: FileEntry, control: Control | None = None) -> None:
    """Download and check the object of `entry` without writing anything (verify)."""
    _transfer(session, entry, None, control)


def _transfer(session: BackupSession, entry: FileEntry, write: Callable[[bytes], Any] | None,
              control: Control | None) -> None:  # fmt: skip
    label = describe(entry)
    if session.keys.content_name(entry.sha256) != entry.name:
        raise DamagedObject(f"the backup's list of files does not match {label} (its name is wrong)")
    reader = _ObjectReader(session, entry, control)
    digest = hashlib.sha256()
    size = 0
    try:
        reader.open()
        for plain in crypto.decrypt_stream(session.keys, entry.name, reader.read):
            size += len(plain)
            if size > entry.size:
                raise DamagedObject(f"{label} was altered or damaged (it is longer than the file was)")
            digest.update(plain)
            if write is not None:
                write(plain)
            if control is not None:
                control.checkpoint()
    except DamagedObject as exc:
        if str(exc).startswith(label):
            raise
        detail = "it is truncated" if "truncated" in str(exc) else "it fails its authentication check"
        raise DamagedObject(f"{label} was altered or damaged ({detail})") from None
    finally:
        reader.close()
    if size != entry.size:
        raise DamagedObject(f"{label} was altered or damaged ({size} bytes instead of {entry.size})")
    sha = digest.hexdigest()
    if sha != entry.sha256 or session.keys.content_name(sha) != entry.name:
        raise DamagedObject(f"{label} was altered or damaged (its checksum does not match)")


def _dropped() -> tuple[type[BaseException], ...]:
    """The errors of a connection that broke off while a body was read."""
    from botocore import exceptions as bx
    from urllib3 import exceptions as ux

    return (bx.ReadTimeoutError, bx.ResponseStreamingError, bx.IncompleteReadError, bx.ConnectionClosedError,
            ux.HTTPError, OSError)  # fmt: skip


class _ObjectReader:
    """The body of one object as a `read(n)` function that takes a broken-off download up again with a
    Range request from the byte it stopped at. Counts the bytes received on `control`."""

    def __init__(self, session: BackupSession, entry: FileEntry, control: Control | None) -> None:
        self._session = session
        self._entry = entry
        self._key = session.layout.data(entry.name)
        self._control = control
        self._expected = crypto.encrypted_size(entry.size)
        self._body: Any = None
        self.position = 0
        self._failures = 0
        self._failed_at = 0

    def open(self) -> None:
        """Start (or take up again at `position`) the download."""
        session, label = self._session, describe(self._entry)
        request: dict[str, Any] = {"Bucket": session.bucket, "Key": self._key}
        if self.position:
            request["Range"] = f"bytes={self.position}-"
        with storage_errors(session.target, missing=f"{label} is missing from the bucket"):
            response = session.client.get_object(**request)
        body = response["Body"]
        if not self.position:
            length = int(response.get("ContentLength", -1))
            if length != self._expected:
                body.close()
                raise DamagedObject(
                    f"{label} was altered or damaged (the bucket holds {length} bytes instead of "
                    f"{self._expected}{': it is truncated' if 0 <= length < self._expected else ''})"
                )
        elif not str(response.get("ContentRange", "")).startswith(f"bytes {self.position}-"):
            # NOTE: some servers answer a range with status 200 (rclone) but all say which bytes follow
            body.close()
            raise ConnectionProblem(f"the storage cannot resume the download of {label}; try again")
        self._body = body

    def read(self, size: int) -> bytes:
        dropped = _dropped()
        while True:
            if self._body is None:
                self.open()
            try:
                data: bytes = self._body.read(size)
            except dropped as exc:
                self.close()
                if self.position - self._failed_at >= RESUME_PROGRESS:
                    self._failures = 0
                self._failures += 1
                self._failed_at = self.position
                if self._failures > MAX_RESUMES:
                    raise ConnectionProblem(
                        f"the connection broke off {self._failures} times while {describe(self._entry)} was "
                        "downloaded; check the network connection and try again"
                    ) from exc
                if self._control is not None:
                    self._control.checkpoint()
                time.sleep(min(MAX_RESUME_DELAY, RESUME_DELAY * 2 ** (self._failures - 1)))
                continue
            self.position += len(data)
            if self._control is not None and data:
                self._control.transferred(len(data))
            return data

    def close(self) -> None:
        body, self._body = self._body, None
        if body is not None:
            with contextlib.suppress(Exception):
                body.close()
