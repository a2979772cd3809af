"""Decode any audio/video file to float32 mono 16 kHz PCM, streamed in chunks or all at once."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from av.audio.frame import AudioFrame
from av.audio.stream import AudioStream
from av.container import InputContainer

from iam_desktop.audio import SPEECH_SAMPLE_RATE
from iam_desktop.audio._headers import WAV_MISSING_SECONDS, mp3_counts_frames, ogg_is_cut, wav_missing_seconds
from iam_desktop.audio._media import (
    TRUNCATED,
    FrameDecoder,
    declared_duration,
    is_real_video,
    open_audio,
)
from iam_desktop.audio.resample import FrameResampler
from iam_desktop.errors import Cancelled, MediaError

# Formats whose declared duration is exact (from a header/index, not guessed from the bitrate):
# decoding clearly less than that means the file was cut short even if no decode error occurred. MP3 is
# exact only with a Xing/Info/VBRI header; WAV and Ogg are checked from their own structure instead
# (FFmpeg takes their length from the bytes present).
_EXACT_DURATION_FORMATS = frozenset(
    {"w64", "aiff", "caf", "flac", "mov,mp4,m4a,3gp,3g2,mj2", "matroska,webm"}
)
_SHORT_BY_SECONDS = 0.5
_SHORT_BY_FRACTION = 0.01


@dataclass
class DecodedAudio:
    """A whole file's audio as float32 mono samples at ``sample_rate``."""

    samples: np.ndarray
    sample_rate: int = SPEECH_SAMPLE_RATE
    #: decoding stopped early because the file is damaged; ``samples`` holds what was recovered
    truncated: bool = False

    @property
    def duration(self) -> float:
        """Length in seconds."""
        return len(self.samples) / self.sample_rate


class PcmStream:
    """Iterable of float32 mono 16 kHz chunks of ``chunk_seconds`` (the last one shorter): all channels
    mixed, or the one numbered ``channel`` alone (a meeting recording's microphone or computer audio; a
    channel the file lacks reads as its last one).

    Each iteration opens the file afresh and closes it when done or abandoned. Opening raises the
    same MediaError as probe(). When an iteration ends, ``truncated`` tells whether the file was
    damaged partway (decode error, or clearly shorter than its header claims); the chunks yielded
    are the audio recovered before the damage. ``cancelled()`` is polled once per decoded frame;
    when it returns True the iteration raises Cancelled.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        chunk_seconds: float = 30.0,
        cancelled: Callable[[], bool] | None = None,
        channel: int | None = None,
    ) -> None:
        if chunk_seconds <= 0:
            raise ValueError("chunk_seconds must be positive")
        self.channel = channel
        self.path = Path(path)
        self.chunk_samples = max(1, round(chunk_seconds * SPEECH_SAMPLE_RATE))
        self.cancelled = cancelled
        #: set at the end of an iteration: the file was damaged partway
        self.truncated = False
        #: samples yielded by the last iteration
        self.samples = 0

    def _check_cancelled(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise Cancelled()

    def __iter__(self) -> Iterator[np.ndarray]:
        self.truncated = False
        self.samples = 0
        self._check_cancelled()
        with open_audio(self.path) as (container, stream):
            declared = _expected_seconds(self.path, container, stream)
            decoder = FrameDecoder(self.path, container, stream)
            channels = stream.codec_context.channels or 1
            pick = None if self.channel is None else min(self.channel, channels - 1)
            layout = "mono" if pick is None else stream.codec_context.layout.name
            resampler = FrameResampler("flt", layout, SPEECH_SAMPLE_RATE)

            def samples_of(block: AudioFrame) -> np.ndarray:
                return _mono(block) if pick is None else _channel(block, pick, channels)

            pending: list[np.ndarray] = []
            pending_len = 0
            for frame in decoder:
                self._check_cancelled()
                for block in resampler.push(frame):
                    pending.append(samples_of(block))
                    pending_len += block.samples
                while pending_len >= self.chunk_samples:
                    chunk, pending, pending_len = _take(pending, self.chunk_samples)
                    self.samples += len(chunk)
                    yield chunk
            for block in resampler.push(None):
                pending.append(samples_of(block))
                pending_len += block.samples
            while pending_len > 0:
                chunk, pending, pending_len = _take(pending, min(self.chunk_samples, pending_len))
                self.samples += len(chunk)
                yield chunk
            cut = _cut_by_header(self.path, container.format.name)
            self.truncated = decoder.truncated or self._short_of(declared) or cut

    def _short_of(self, declared: float | None) -> bool:
        if declared is None:
            return False
        missing = declared - self.samples / SPEECH_SAMPLE_RATE
        return missing > max(_SHORT_BY_SECONDS, _SHORT_BY_FRACTION * declared)


def _expected_seconds(path: Path, container: InputContainer, stream: AudioStream) -> float | None:
    """The audio's declared length when it is exact; None when unknown or only estimated (a video
    container's length says nothing about its audio track)."""
    if stream.duration is None and any(is_real_video(s) for s in container.streams.video):
        return None
    name = container.format.name
    if name not in _EXACT_DURATION_FORMATS and not (name == "mp3" and mp3_counts_frames(path)):
        return None
    return declared_duration(container, stream)


def _cut_by_header(path: Path, format_name: str) -> bool:
    """Whether the file's own structure says it ends early (WAV data chunk, Ogg pages)."""
    if format_name == "wav":
        return wav_missing_seconds(path) > WAV_MISSING_SECONDS
    if format_name == "ogg":
        return ogg_is_cut(path)
    return False


def _mono(frame: AudioFrame) -> np.ndarray:
    return frame.to_ndarray().reshape(-1).astype(np.float32, copy=False)


def _channel(frame: AudioFrame, channel: int, channels: int) -> np.ndarray:
    """One channel of a packed float frame."""
    return frame.to_ndarray().reshape(-1, channels)[:, channel].astype(np.float32)


def _take(blocks: list[np.ndarray], n: int) -> tuple[np.ndarray, list[np.ndarray], int]:
    """Split the first ``n`` samples off ``blocks``; return (chunk, remaining blocks, remaining length)."""
    joined = np.concatenate(blocks) if len(blocks) > 1 else blocks[0]
    rest = joined[n:]
    return joined[:n], ([rest] if len(rest) else []), len(rest)


def iter_pcm(
    path: str | os.PathLike[str],
    chunk_seconds: float = 30.0,
    cancelled: Callable[[], bool] | None = None,
) -> PcmStream:
    """Stream ``path`` as float32 mono 16 kHz chunks; see PcmStream (check ``.truncated`` after)."""
    return PcmStream(path, chunk_seconds, cancelled)


def decode_pcm(path: str | os.PathLike[str], cancelled: Callable[[], bool] | None = None) -> DecodedAudio:
    """Decode the whole of ``path`` to float32 mono 16 kHz.

    Raises MediaError (same reasons as probe(); TRUNCATED if no sample decodes) or Cancelled.
    """
    stream = PcmStream(path, chunk_seconds=60.0, cancelled=cancelled)
    chunks = list(stream)
    if not chunks:
        raise MediaError(Path(path), TRUNCATED)
    samples = np.concatenate(chunks) if len(chunks) > 1 else chunks[0].copy()
    return DecodedAudio(samples=samples, sample_rate=SPEECH_SAMPLE_RATE, truncated=stream.truncated)
