"""The library's own content-addressed copy of each imported file (videos keep only their audio)."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import logging
import os
import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, BinaryIO

from iam_desktop.errors import DiskFull, MediaError, StorageError
from iam_desktop.fsutil import fsync_folder, pending_file

if TYPE_CHECKING:  # NOTE: PyAV and numpy are imported where audio is written; opening a library needs none
    import numpy as np
    from av.audio.frame import AudioFrame
    from av.audio.stream import AudioStream
    from av.container import OutputContainer

    from iam_desktop.audio.probe import MediaInfo

log = logging.getLogger(__name__)

BLOCK_SIZE = 1024 * 1024
TEMP_PREFIX = ".import-"
TEMP_SUFFIX = ".part"
_SAFE_SUFFIX = re.compile(r"\.[a-z0-9]{1,10}")
# Deterministic output (no random track UIDs, no version strings) so that importing the same
# video twice yields the same bytes, hence the same hash.
_BITEXACT = {"fflags": "+bitexact"}


@dataclass(frozen=True)
class StoredAudio:
    """One file in the store."""

    sha256: str
    #: posix path relative to the store root, e.g. "ab/ab12…64hex.mp3"
    relpath: str
    size: int
    #: this call wrote the file (False: the same content was already stored, perhaps for another recording)
    created: bool = field(default=False, compare=False)


def _is_disk_full(exc: BaseException | None) -> bool:
    return isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT)


def _storage_error(exc: OSError) -> StorageError:
    if _is_disk_full(exc):
        return DiskFull("disk is full")
    return StorageError(f"cannot write to the library folder: {exc.strerror or exc}")


@contextlib.contextmanager
def _writing() -> Iterator[None]:
    """Turn any OSError raised while writing into a plain StorageError."""
    try:
        yield
    except OSError as exc:
        raise _storage_error(exc) from exc


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def _hash_file(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as f:
        while block := f.read(BLOCK_SIZE):
            digest.update(block)
            size += len(block)
    return digest.hexdigest(), size


class AudioStore:
    """Files stored as ``root/<first 2 hex>/<sha256><suffix>``; written atomically via temp files in root."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    # -- public API -------------------------------------------------------------------------------

    def import_file(self, path: str | os.PathLike[str], info: MediaInfo) -> StoredAudio:
        """Copy ``path`` into the store (only its audio track if it has video) and describe the copy.

        Raises StorageError if the library folder cannot be written, MediaError if the source
        cannot be read.
        """
        src = Path(path)
        if not info.has_video:
            suffix = src.suffix.lower()
            if not _SAFE_SUFFIX.fullmatch(suffix):
                suffix = ".audio"
            return self._store(lambda tmp: _copy_bytes(src, tmp), suffix)
        try:
            return self._store(lambda tmp: _remux_audio(src, tmp), ".mka")
        except StorageError as exc:
            if _is_disk_full(exc.__cause__):
                raise
            log.warning("remuxing the audio of %s failed (%s); storing it as FLAC", src, exc)
        except Exception as exc:  # remuxing can fail in many codec-specific ways; FLAC always works
            log.warning("remuxing the audio of %s failed (%s); storing it as FLAC", src, exc)
        return self._store(lambda tmp: _encode_flac(src, tmp), ".flac")

    def store_written(self, write: Callable[[Path], tuple[str, int]], suffix: str) -> StoredAudio:
        """Store a file that `write(temp_path)` produces; it returns the file's (sha256, size). Raises
        StorageError if the library folder cannot be written (a full disk says so)."""
        return self._store(write, suffix)

    def adopt_file(self, path: str | os.PathLike[str], suffix: str) -> StoredAudio:
        """Move a file that is already in the data folder into the store (a rename: no copy, so it works
        on a full disk). The file must be on the store's filesystem."""
        src = Path(path)
        with _writing():
            sha, size = _hash_file(src)
            relpath = f"{sha[:2]}/{sha}{suffix}"
            target = self.path_of(relpath)
            target.parent.mkdir(parents=True, exist_ok=True)
            created = not target.exists()
            if created:
                os.replace(src, target)
                fsync_folder(target.parent)
            else:
                src.unlink()
        return StoredAudio(sha256=sha, relpath=relpath, size=size, created=created)

    def path_of(self, relpath: str) -> Path:
        """Absolute path of a stored file."""
        rel = PurePosixPath(relpath)
        if rel.is_absolute() or ".." in rel.parts or not rel.parts:
            raise ValueError(f"not a path inside the audio store: {relpath!r}")
        return self.root.joinpath(*rel.parts)

    def discard(self, stored: StoredAudio) -> None:
        """Undo an import whose recording could not be added: delete the copy if that import wrote it (a
        copy that was already in the store stays). The caller makes sure no recording refers to it. Never
        raises: it runs while another error (a full disk) is being reported."""
        if not stored.created:
            return
        try:
            target = self.path_of(stored.relpath)
        except ValueError:
            return
        _remove_quietly(target)
        with contextlib.suppress(OSError):
            target.parent.rmdir()  # only when empty
        log.info("discarded the unused copy %s", stored.relpath)

    def remove(self, relpath: str) -> None:
        """Delete a stored file; a file that is already gone is fine."""
        try:
            self.path_of(relpath).unlink(missing_ok=True)
        except OSError as exc:
            raise StorageError(f"cannot delete from the library folder: {exc.strerror or exc}") from exc

    def sweep_temp_files(self, older_than: float = 3600.0) -> int:
        """Delete temp files left by a crash mid-import (call at startup); return how many.

        Only files untouched for `older_than` seconds go: another process (the GUI while a CLI command
        starts) may be importing right now.
        """
        removed = 0
        cutoff = time.time() - older_than
        with contextlib.suppress(OSError):
            for entry in self.root.glob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}"):
                with contextlib.suppress(OSError):
                    if entry.stat().st_mtime > cutoff:
                        continue
                _remove_quietly(entry)
                removed += 1
        return removed

    # -- internals --------------------------------------------------------------------------------

    def _store(self, write: Callable[[Path], tuple[str, int]], suffix: str) -> StoredAudio:
        """Have ``write`` fill a fresh temp file, then move it to its content-addressed name."""
        with contextlib.ExitStack() as stack:
            with _writing():
                self.root.mkdir(parents=True, exist_ok=True)
                pending = stack.enter_context(pending_file(self.root, prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX))
                pending.close()  # ``write`` opens it by name (a muxer, a copy)
            target: Path | None = None
            made_folder = False
            try:
                with _writing():
                    sha, size = write(pending.path)
                    relpath = f"{sha[:2]}/{sha}{suffix}"
                    target = self.path_of(relpath)
                    if not target.parent.is_dir():
                        target.parent.mkdir()
                        made_folder = True
                    if not target.exists():  # else the same content is already stored: the temp goes
                        pending.commit(target)
            except BaseException:
                if target is not None and pending.committed:  # moved in but not durable: not stored after all
                    _remove_quietly(target)
                if target is not None and made_folder:
                    with contextlib.suppress(OSError):
                        target.parent.rmdir()
                raise
        return StoredAudio(sha256=sha, relpath=relpath, size=size, created=pending.committed)


@contextlib.contextmanager
def _open_source(src: Path) -> Iterator[BinaryIO]:
    from iam_desktop.audio._media import NOT_FOUND, PERMISSION_DENIED

    try:
        f = open(src, "rb")
    except (FileNotFoundError, NotADirectoryError) as exc:
        raise MediaError(src, NOT_FOUND) from exc
    except PermissionError as exc:
        raise MediaError(src, PERMISSION_DENIED) from exc
    except OSError as exc:
        raise MediaError(src, f"cannot read the file: {exc.strerror or exc}") from exc
    with f:
        yield f


def _copy_bytes(src: Path, tmp: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with _open_source(src) as inp, open(tmp, "wb") as out:
        while True:
            try:
                block = inp.read(BLOCK_SIZE)
            except OSError as exc:
                raise MediaError(src, f"cannot read the file: {exc.strerror or exc}") from exc
            if not block:
                break
            digest.update(block)
            out.write(block)
            size += len(block)
        out.flush()
    return digest.hexdigest(), size


def _remux_audio(src: Path, tmp: Path) -> tuple[str, int]:
    """Copy the first audio stream's packets, unchanged, into a Matroska audio file."""
    import av

    muxed = 0
    with av.open(str(src), metadata_errors="replace") as inp:
        in_stream = inp.streams.audio[0]
        with av.open(str(tmp), "w", format="matroska", container_options=_BITEXACT) as out:
            out_stream = out.add_stream_from_template(in_stream)
            for packet in inp.demux(in_stream):
                if packet.dts is None:  # flush packet
                    continue
                packet.stream = out_stream
                out.mux(packet)
                muxed += 1
    if not muxed:
        raise ValueError("no audio packets to remux")
    return _hash_file(tmp)


def _encode_flac(src: Path, tmp: Path) -> tuple[str, int]:
    """Decode the first audio stream and encode it losslessly as FLAC (16-bit, mono or stereo)."""
    import av

    from iam_desktop.audio._media import FrameDecoder, open_audio
    from iam_desktop.audio.resample import FrameResampler

    with open_audio(src) as (inp, in_stream):
        rate = in_stream.codec_context.sample_rate or 48000
        layout = "mono" if in_stream.codec_context.channels == 1 else "stereo"
        resampler = FrameResampler("s16", layout, rate)
        with av.open(str(tmp), "w", format="flac", container_options=_BITEXACT) as out:
            out_stream = out.add_stream("flac", rate=rate, layout=layout)
            pts = 0
            for frame in FrameDecoder(src, inp, in_stream):
                for converted in resampler.push(frame):
                    pts = _mux_frame(out, out_stream, converted, pts, rate)
            for converted in resampler.push(None):
                pts = _mux_frame(out, out_stream, converted, pts, rate)
            out.mux(out_stream.encode(None))
    return _hash_file(tmp)


def encode_pcm_flac(blocks: Iterable[np.ndarray], rate: int, channels: int, tmp: Path) -> tuple[str, int]:
    """Encode 16-bit PCM blocks (int16, shape (frames, channels)) losslessly as FLAC into `tmp`; returns
    the file's (sha256, size). Deterministic: the same audio gives the same bytes."""
    import av
    import numpy as np
    from av.audio.frame import AudioFrame

    layout = "mono" if channels == 1 else "stereo"
    with av.open(str(tmp), "w", format="flac", container_options=_BITEXACT) as out:
        out_stream = out.add_stream("flac", rate=rate, layout=layout)
        pts = 0
        for block in blocks:
            if not len(block):
                continue
            packed = np.ascontiguousarray(block, dtype=np.int16).reshape(1, -1)
            frame = AudioFrame.from_ndarray(packed, format="s16", layout=layout)
            frame.sample_rate = rate
            pts = _mux_frame(out, out_stream, frame, pts, rate)
        out.mux(out_stream.encode(None))
    return _hash_file(tmp)


def _mux_frame(out: OutputContainer, stream: AudioStream, frame: AudioFrame, pts: int, rate: int) -> int:
    frame.pts = pts
    frame.time_base = Fraction(1, rate)
    out.mux(stream.encode(frame))
    return pts + frame.samples
