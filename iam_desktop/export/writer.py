"""Writing exports (text and documents) to disk atomically, and safe file names for them.

`write_export` renders first (`render_bytes`), then writes the bytes to a temporary file in the target's
folder, fsyncs it and renames it over the target with os.replace. Any OSError removes the temporary file
and becomes an ExportError with a plain message, so the final name never holds a half-written file and an
existing file there is only replaced once the new one is complete.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
from pathlib import Path

from iam_desktop.errors import ExportError
from iam_desktop.export.formats import EXPORT_FORMATS, render_bytes
from iam_desktop.fsutil import fsync_folder
from iam_desktop.transcript import Transcript

_DISK_FULL = {errno.ENOSPC} | ({errno.EDQUOT} if hasattr(errno, "EDQUOT") else set())
_TEMP_ATTEMPTS = 16


def _error(target: Path, exc: OSError) -> ExportError:
    """A plain-language ExportError for an OSError met while writing `target`."""
    if exc.errno in _DISK_FULL:
        return ExportError(f"cannot write {target}: disk is full")
    if exc.errno in (errno.ENOENT, errno.ENOTDIR) and not target.parent.is_dir():
        return ExportError(f"folder does not exist: {target.parent}")
    return ExportError(f"cannot write {target}: {exc.strerror or exc}")


def _create_temp(folder: Path, name: str) -> tuple[int, Path]:
    """Create a new, hidden temporary file next to the target (permissions follow the umask)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOINHERIT", 0)
    for _ in range(_TEMP_ATTEMPTS):
        temp = folder / f".{name}.{secrets.token_hex(4)}.tmp"
        try:
            return os.open(temp, flags, 0o666), temp
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary file name", str(folder))


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def write_export(
    transcript: Transcript,
    fmt: str,
    path: str | os.PathLike[str],
    *,
    timestamps: bool | None = None,
    speakers: bool = True,
) -> Path:
    """Write the transcript in format `fmt` (one of EXPORT_FORMATS) to `path` atomically; returns the path.

    Text formats are UTF-8; `timestamps` / `speakers` are the options of `render_bytes`. Raises
    ExportError for an unknown format, a missing folder, a full disk or any other write failure; in every
    such case nothing is left under the final name except the file that was there before.
    """
    target = Path(path)
    data = render_bytes(transcript, fmt, timestamps=timestamps, speakers=speakers)
    folder = target.parent
    if not folder.is_dir():
        raise ExportError(f"folder does not exist: {folder}")
    if target.is_dir():
        raise ExportError(f"cannot write {target}: it is a folder")
    try:
        fd, temp = _create_temp(folder, target.name)
    except OSError as exc:
        raise _error(target, exc) from None
    try:
        try:
            _write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        if isinstance(exc, OSError):
            raise _error(target, exc) from None
        raise
    fsync_folder(folder)
    return target


_INVALID = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"{p}{n}" for p in ("COM", "LPT") for n in range(1, 10)}
_MAX_STEM_BYTES = 200


def _truncate(text: str, limit: int) -> str:
    """At most `limit` UTF-8 bytes of text, never cutting a character in half."""
    return text.encode("utf-8")[:limit].decode("utf-8", errors="ignore")


def export_filename(stem: str, fmt: str) -> str:
    """`<stem>.<fmt>` safe on Windows, macOS and Linux.

    Characters invalid on any of them (`<>:"/\\|?*` and control characters) become "_"; leading and
    trailing spaces and dots are stripped (no hidden files, nothing Windows would drop); Windows device
    names such as "CON" get a "_" appended; the stem is kept within 200 UTF-8 bytes; an empty result
    becomes "transcript". ExportError for an unknown format (any of EXPORT_FORMATS is fine).
    """
    if fmt not in EXPORT_FORMATS:
        raise ExportError(f"unknown export format: {fmt}")
    clean = _truncate(_INVALID.sub("_", stem), _MAX_STEM_BYTES).strip(" .")
    if not clean:
        clean = "transcript"
    if clean.split(".")[0].upper().rstrip(" ") in _RESERVED:
        clean += "_"
    return f"{clean}.{fmt}"


def recording_filename(title: str, recording_id: int, fmt: str) -> str:
    """`<safe title>-<id>.<fmt>`, unique per recording: "Interview-12.pdf" (the ID survives any cut)."""
    stem = export_filename(title, fmt)[: -len(fmt) - 1]
    return f"{stem}-{int(recording_id)}.{fmt}"
