"""Writing exports (text and documents) to disk atomically, and safe file names for them.

`write_export` renders first (`render_bytes`), then looks at what stands at the target:
- nothing, or a regular file: the bytes go to a temporary file in the target's folder, which is fsynced
  and renamed over the target with os.replace, so the final name never holds a half-written file and an
  existing file is only replaced once the new one is complete. A replaced file keeps its mode (and, best
  effort, its owner); a new file is created 0600 (transcripts are personal data, like the library);
- a symlink: followed to its final target, which is written as above (the link stays a link);
- a FIFO or a character device (a pipe another program reads, /dev/null, a terminal): the bytes are
  written straight into it, never replacing it; a FIFO nobody reads is an error at once, not a hang;
- a folder, a socket, a block device: refused.
Any OSError becomes an ExportError with a plain message (and removes the temporary file).
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
from collections.abc import Sequence
from pathlib import Path

from iam_desktop.errors import ExportError
from iam_desktop.export.formats import EXPORT_FORMATS, render_bytes
from iam_desktop.fsutil import pending_file, write_all
from iam_desktop.summaries.model import Summary
from iam_desktop.transcript import Transcript

_DISK_FULL = {errno.ENOSPC} | ({errno.EDQUOT} if hasattr(errno, "EDQUOT") else set())
_NEW_FILE_MODE = 0o600
_SEPARATORS = tuple(sep for sep in (os.sep, os.altsep) if sep)


def _error(target: Path, exc: OSError) -> ExportError:
    """A plain-language ExportError for an OSError met while writing `target`."""
    if exc.errno in _DISK_FULL:
        return ExportError(f"cannot write {target}: disk is full")
    if exc.errno in (errno.ENOENT, errno.ENOTDIR) and not target.parent.is_dir():
        return ExportError(f"folder does not exist: {target.parent}")
    return ExportError(f"cannot write {target}: {exc.strerror or exc}")


def _final_target(target: Path) -> Path:
    """The path to write: `target` itself, or where its chain of symlinks ends (which may not exist yet)."""
    if not os.path.islink(target):
        return target
    return Path(os.path.realpath(target))  # a loop stays unresolved; lstat/open then fail with ELOOP


def _kind(mode: int) -> str | None:
    """A refused file kind's name, or None for a kind write_export can write."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISSOCK(mode):
        return "a socket, not a file"
    if stat.S_ISBLK(mode):
        return "a block device, not a file"
    if stat.S_ISREG(mode) or stat.S_ISFIFO(mode) or stat.S_ISCHR(mode):
        return None
    return "not a regular file"


def _stream(target: Path, real: Path, data: bytes) -> None:
    """Write `data` straight into a FIFO or character device, which stays what it is.

    The open does not wait: a FIFO without a reader gives ENXIO, reported as such; once open, writes
    block as usual (a reader that reads slowly is waited for)."""
    flags = os.O_WRONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(real, flags)
    except OSError as exc:
        if exc.errno == errno.ENXIO and stat.S_ISFIFO(os.stat(real).st_mode):
            raise ExportError(f"cannot write {target}: nobody is reading FIFO {target}") from None
        raise
    try:
        kind = _kind(os.fstat(fd).st_mode)  # it may have changed since it was looked at
        if kind is not None:
            raise ExportError(f"cannot write {target}: it is {kind}")
        if os.name == "posix":
            os.set_blocking(fd, True)
        write_all(fd, data)
    finally:
        os.close(fd)


def _keep_owner_and_mode(fd: int, existing: os.stat_result) -> None:
    """Give the temporary file the owner (best effort: root, or a group of ours) and mode of the file it
    replaces; the owner first, as a change of owner clears set-ID bits."""
    if os.name != "posix":
        return
    own = os.fstat(fd)
    if (own.st_uid, own.st_gid) != (existing.st_uid, existing.st_gid):
        with contextlib.suppress(OSError):
            os.fchown(fd, existing.st_uid, existing.st_gid)
    with contextlib.suppress(OSError):  # a file system without POSIX modes (FAT): the file stays 0600
        os.fchmod(fd, stat.S_IMODE(existing.st_mode))


def _replace(target: Path, real: Path, data: bytes, existing: os.stat_result | None) -> None:
    """Write `data` to a temporary file beside `real` and rename it over `real` (atomic replacement)."""
    with contextlib.ExitStack() as stack:
        try:
            temp = pending_file(real.parent, prefix=f".{real.name}.", mode=_NEW_FILE_MODE)
            pending = stack.enter_context(temp)
        except OSError as exc:
            raise _error(real, exc) from None
        try:
            if existing is not None:
                _keep_owner_and_mode(pending.fd, existing)
            pending.write(data)
            pending.commit(real)
        except OSError as exc:  # anything else (KeyboardInterrupt) propagates as it is; the temp goes
            raise _error(target, exc) from None


def write_export(
    transcript: Transcript,
    fmt: str,
    path: str | os.PathLike[str],
    *,
    timestamps: bool | None = None,
    speakers: bool = True,
    summaries: Sequence[Summary] = (),
) -> Path:
    """Write the transcript in format `fmt` (one of EXPORT_FORMATS) to `path`; returns `path` as a Path.

    Text formats are UTF-8; `timestamps` / `speakers` / `summaries` are the options of `render_bytes`
    (summaries: shown before the transcript; none by default). What stands at
    `path` decides how (see the module): a regular file is replaced atomically keeping its mode, a new
    one is 0600, a symlink is written through, a FIFO or character device is written into. Raises
    ExportError for an unknown format, a missing folder, a name ending in a separator (a folder), a
    folder, socket or block device at `path`, a FIFO nobody reads, a full disk or any other write
    failure; in every case but a FIFO or device, nothing is left under the final name except the file
    that was there before.
    """
    if isinstance(path, str) and path.endswith(_SEPARATORS) and path.rstrip("".join(_SEPARATORS)):
        raise ExportError(f"cannot write {path}: a name ending in {path[-1]} is a folder")
    target = Path(path)
    data = render_bytes(transcript, fmt, timestamps=timestamps, speakers=speakers, summaries=summaries)
    real = _final_target(target)
    try:
        existing: os.stat_result | None = os.stat(real)
    except FileNotFoundError:
        existing = None
    except OSError as exc:  # a symlink loop, a file in place of a folder, no permission
        raise _error(target, exc) from None
    if existing is None:
        if not real.parent.is_dir():
            raise ExportError(f"folder does not exist: {real.parent}")
        _replace(target, real, data, None)
        return target
    kind = _kind(existing.st_mode)
    if kind is not None:
        raise ExportError(f"cannot write {target}: it is {kind}")
    if stat.S_ISREG(existing.st_mode):
        _replace(target, real, data, existing)
        return target
    try:
        _stream(target, real, data)
    except OSError as exc:
        raise _error(target, exc) from None
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
