"""Streaming conversion of captured audio blocks to the engines' format: 16 kHz mono float32.

The recorder's writer thread pushes every captured block through a StreamResampler, so the live preview
(and anything else that needs engine-format audio) gets it as the recording goes. PyAV's resampler
(FFmpeg's swresample) does the work: fast, good quality, and it keeps its filter state between blocks,
so the joined outputs equal resampling the whole signal at once.
"""

from __future__ import annotations

import logging

import av
import numpy as np

from iam_desktop.engines.base import ENGINE_SAMPLE_RATE

log = logging.getLogger(__name__)

_EMPTY = np.zeros(0, np.float32)


def to_mono_float(block: np.ndarray, channels: int) -> np.ndarray:
    """A captured block (int16 or float, shape (frames, channels) or (frames,) — interleaved if 1-D and
    `channels` > 1) as mono float32 in [-1, 1], the channels averaged."""
    data = np.asarray(block)
    if data.ndim == 2 and data.shape[1] != channels:
        raise ValueError(f"a block of shape {data.shape} does not have {channels} channels")
    if data.dtype.kind in "iu":
        info = np.iinfo(data.dtype)
        scale = np.float32(1.0 / (float(info.max) + 1.0))
        if data.dtype.kind == "u":  # unsigned PCM (8-bit WAV style) is centred on the middle
            data = data.astype(np.float32) - np.float32((float(info.max) + 1.0) / 2.0)
            scale = np.float32(2.0) * scale
        data = data.astype(np.float32, copy=False) * scale
    else:
        data = data.astype(np.float32, copy=False)
    if channels > 1:
        frames = data.reshape(-1, channels)
        mono = frames[:, 0].astype(np.float32)  # a copy; summing column by column is ~20x faster than
        for c in range(1, channels):  # .mean(axis=1) over a short axis
            mono += frames[:, c]
        mono *= np.float32(1.0 / channels)
        data = mono
    else:
        data = data.reshape(-1)
    return np.ascontiguousarray(data, dtype=np.float32)


class StreamResampler:
    """Turn captured blocks at any rate and channel count into 16 kHz mono float32, block by block.

    State is kept between blocks: the outputs of process() for all blocks, followed by flush(), equal
    (within the resampler's precision) the whole signal resampled at once, and their total length is
    round(frames_in * 16000 / sample_rate) give or take a sample. Audio already at 16 kHz passes through
    untouched (only the channels are averaged and the samples converted to float32).

    Not thread-safe: one thread (the recorder's writer thread) owns it.
    """

    def __init__(self, sample_rate: int, channels: int) -> None:
        if sample_rate <= 0:
            raise ValueError(f"sample rate must be positive, not {sample_rate}")
        if channels <= 0:
            raise ValueError(f"channel count must be positive, not {channels}")
        self.sample_rate = int(sample_rate)
        self.channels = int(channels)
        #: frames taken in and samples handed out so far
        self.frames_in = 0
        self.samples_out = 0
        self._passthrough = self.sample_rate == ENGINE_SAMPLE_RATE
        self._resampler: av.AudioResampler | None = None

    def process(self, block: np.ndarray) -> np.ndarray:
        """Resample one captured block; returns the 16 kHz mono float32 samples ready so far (possibly a
        few fewer than the block's share: the resampler holds back a short filter delay until flush())."""
        mono = to_mono_float(block, self.channels)
        self.frames_in += len(mono)
        if self._passthrough:
            # never hand out a view of the caller's buffer (capture libraries reuse theirs)
            out = mono.copy() if np.may_share_memory(mono, block) else mono
            self.samples_out += len(out)
            return out
        if len(mono) == 0:
            return _EMPTY
        if self._resampler is None:
            self._resampler = av.AudioResampler(format="flt", layout="mono", rate=ENGINE_SAMPLE_RATE)
        frame = av.AudioFrame.from_ndarray(mono.reshape(1, -1), format="flt", layout="mono")
        frame.sample_rate = self.sample_rate
        return self._collect(self._resampler.resample(frame))

    def flush(self) -> np.ndarray:
        """The samples still held in the resampler at the end of the stream. The resampler can be used
        again afterwards for a new stream."""
        if self._resampler is None:
            return _EMPTY
        out = self._collect(self._resampler.resample(None))
        self._resampler = None
        return out

    def _collect(self, frames: list[av.AudioFrame]) -> np.ndarray:
        if not frames:
            return _EMPTY
        parts = [f.to_ndarray().reshape(-1) for f in frames]
        out = parts[0] if len(parts) == 1 else np.concatenate(parts)
        out = np.ascontiguousarray(out, dtype=np.float32)
        self.samples_out += len(out)
        return out
