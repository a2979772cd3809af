"""This installation's ID: a random UUID4 kept in the data folder (`installation-id`, 0600).

Licences name the installation they were bought for, so a licence copied to another machine is refused.
The ID is made on first need and never changes afterwards; it identifies nothing about the user.
"""

from __future__ import annotations

import contextlib
import logging
import os
import uuid
from pathlib import Path

from iam_desktop.errors import StorageError
from iam_desktop.fsutil import fsync_folder, pending_file
from iam_desktop.paths import DataPaths

log = logging.getLogger(__name__)

#: the file in the data folder that holds the ID
INSTALLATION_FILE = "installation-id"


def installation_id(paths: DataPaths) -> str:
    """The installation ID (a UUID4 in canonical form), made and stored on first call. Two processes
    starting together get the same one. StorageError when the data folder cannot be read or written."""
    path = paths.root / INSTALLATION_FILE
    try:
        existing = _read(path)
        if existing is not None:
            return existing
        _create(path, str(uuid.uuid4()))
        made = _read(path)
    except OSError as exc:
        raise StorageError(f"cannot keep this installation's ID in {path}: {exc.strerror or exc}") from exc
    if made is None:
        raise StorageError(f"cannot keep this installation's ID in {path}: it did not read back")
    return made


def _read(path: Path) -> str | None:
    """The ID in `path`; None when it is missing, or damaged (replaced then: with a warning)."""
    try:
        text = path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        return None
    except UnicodeDecodeError:
        text = ""
    with contextlib.suppress(ValueError):
        if str(uuid.UUID(text)) == text:
            return text
    log.warning("the installation ID in %s is damaged; a new one is made (licences must be issued again)",
                path)
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
    return None


def _create(path: Path, value: str) -> None:
    """Write `value` to `path` unless another process made it first (a hard link never replaces)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with pending_file(path.parent, prefix=f".{path.name}.") as pending:
        pending.write(f"{value}\n".encode("ascii"))
        os.fsync(pending.fd)
        pending.close()
        try:
            os.link(pending.path, path)
        except FileExistsError:
            return
        except OSError:  # a file system without hard links: an atomic replace (the race is then possible)
            pending.commit(path)
            return
        fsync_folder(path.parent)
