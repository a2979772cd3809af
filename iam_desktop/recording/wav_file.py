"""A 16-bit PCM WAV file that is valid on disk at every flush, and the repair of one cut short by a crash.

The header's two size fields are rewritten at each flush, and the data is fsynced, so a file left by a
killed process or a power cut holds all audio up to its last flush (the writer flushes at least every
second). `repair_wav` fixes what a crash between two flushes can leave: sizes that do not match the data
and a half-written last frame.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import numpy as np

HEADER_SIZE = 44
SAMPLE_WIDTH = 2  # bytes: 16-bit PCM
#: a WAV's sizes are 32-bit; a part is closed and a new one begun well before that
MAX_DATA_BYTES = 0xFFFFFFFF - HEADER_SIZE


@dataclass(frozen=True)
class WavInfo:
    """What a WAV header says (after repair, what the file holds)."""

    sample_rate: int
    channels: int
    frames: int

    @property
    def duration(self) -> float:
        return self.frames / self.sample_rate if self.sample_rate else 0.0


def _header(sample_rate: int, channels: int, data_bytes: int) -> bytes:
    block_align = channels * SAMPLE_WIDTH
    return (
        b"RIFF" + struct.pack("<I", HEADER_SIZE - 8 + data_bytes) + b"WAVE"
        + b"fmt " + struct.pack("<IHHIIHH", 16, 1, channels, sample_rate, sample_rate * block_align,
                                block_align, SAMPLE_WIDTH * 8)
        + b"data" + struct.pack("<I", data_bytes)
    )  # fmt: skip


class WavWriter:
    """Appends int16 frames to a new WAV file; `flush()` makes everything written so far durable.

    Not thread-safe: one writer thread owns it. Raises OSError as the OS does (ENOSPC on a full disk); after
    an error the file on disk is still a valid WAV of what was flushed, and `close()` may still be called.
    """

    def __init__(self, path: str | os.PathLike[str], sample_rate: int, channels: int) -> None:
        self.path = Path(path)
        self.sample_rate = int(sample_rate)
        self.channels = int(channels)
        self._block_align = self.channels * SAMPLE_WIDTH
        self._data_bytes = 0
        self._flushed_bytes = 0
        self._file: BinaryIO | None = open(self.path, "xb")
        try:
            self._file.write(_header(self.sample_rate, self.channels, 0))
            self._sync()
        except BaseException:
            self._file.close()
            raise

    @property
    def frames(self) -> int:
        """Frames written (flushed or not)."""
        return self._data_bytes // self._block_align

    @property
    def size(self) -> int:
        """Bytes of the file, header included."""
        return HEADER_SIZE + self._data_bytes

    def room(self) -> int:
        """How many more frames fit in this file."""
        return (MAX_DATA_BYTES - self._data_bytes) // self._block_align

    def write(self, frames: np.ndarray) -> None:
        """Append frames: int16, shape (n, channels) (or (n,) for mono)."""
        if self._file is None:
            raise ValueError("write to a closed WavWriter")
        data = np.ascontiguousarray(frames, dtype="<i2")
        if data.ndim == 1:
            data = data.reshape(-1, 1)
        if data.shape[1] != self.channels:
            raise ValueError(f"expected {self.channels} channel(s), got {data.shape[1]}")
        payload = data.tobytes()
        if self._data_bytes + len(payload) > MAX_DATA_BYTES:
            raise ValueError("WAV file is full: start a new part")
        self._file.write(payload)
        self._data_bytes += len(payload)

    def flush(self) -> None:
        """Write the sizes into the header and make the file durable (fsync)."""
        if self._file is None or self._flushed_bytes == self._data_bytes:
            return
        f = self._file
        f.flush()
        end = f.tell()
        f.seek(0)
        f.write(_header(self.sample_rate, self.channels, self._data_bytes))
        f.seek(end)
        self._sync()
        self._flushed_bytes = self._data_bytes

    def close(self) -> None:
        """Flush and close (safe to call twice, and after a write error)."""
        f, self._file = self._file, None
        if f is None:
            return
        try:
            f.flush()
            f.seek(0)
            f.write(_header(self.sample_rate, self.channels, self._data_bytes))
            f.flush()
            os.fsync(f.fileno())
        finally:
            f.close()

    def _sync(self) -> None:
        assert self._file is not None
        self._file.flush()
        os.fsync(self._file.fileno())


def read_header(path: str | os.PathLike[str]) -> WavInfo:
    """The format and size a WAV file's header gives. Raises ValueError if it is not one of ours."""
    with open(path, "rb") as f:
        head = f.read(HEADER_SIZE)
    ours = head[:4] == b"RIFF" and head[8:16] == b"WAVEfmt " and head[36:40] == b"data"
    if len(head) < HEADER_SIZE or not ours:
        raise ValueError(f"{path} is not a 16-bit PCM WAV written by IAM Desktop")
    _size, fmt, channels, rate, _byte_rate, block_align, bits = struct.unpack("<IHHIIHH", head[16:36])
    if fmt != 1 or bits != 16 or channels < 1 or rate < 1 or block_align != channels * SAMPLE_WIDTH:
        raise ValueError(f"{path} is not a 16-bit PCM WAV written by IAM Desktop")
    (data_bytes,) = struct.unpack("<I", head[40:44])
    return WavInfo(rate, channels, data_bytes // block_align)


def repair_wav(path: str | os.PathLike[str]) -> WavInfo:
    """Make a WAV left by a crash consistent: sizes from the data actually on disk, a half-written last
    frame cut off. Returns what the file holds. Raises ValueError if the header itself is unusable (a crash
    before the first flush), OSError if the file cannot be written."""
    path = Path(path)
    info = read_header(path)
    block_align = info.channels * SAMPLE_WIDTH
    on_disk = path.stat().st_size - HEADER_SIZE
    frames = max(0, min(on_disk, MAX_DATA_BYTES)) // block_align
    data_bytes = frames * block_align
    if frames != info.frames or on_disk != data_bytes:
        with open(path, "r+b") as f:
            f.truncate(HEADER_SIZE + data_bytes)
            f.seek(0)
            f.write(_header(info.sample_rate, info.channels, data_bytes))
            f.flush()
            os.fsync(f.fileno())
    return WavInfo(info.sample_rate, info.channels, frames)


def read_frames(path: str | os.PathLike[str], block_frames: int = 1 << 16) -> Iterator[np.ndarray]:
    """Yield the frames of one of our WAV files as int16 arrays of shape (n, channels)."""
    info = read_header(path)
    block_align = info.channels * SAMPLE_WIDTH
    remaining = info.frames
    with open(path, "rb") as f:
        f.seek(HEADER_SIZE)
        while remaining > 0:
            data = f.read(min(remaining, block_frames) * block_align)
            if not data:
                return
            usable = len(data) // block_align * block_align
            block = np.frombuffer(data[:usable], dtype="<i2").reshape(-1, info.channels)
            remaining -= len(block)
            yield block
