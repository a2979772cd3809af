"""The one resampler: FFmpeg's swresample through PyAV, for files, captured audio and playback.

- `FrameResampler` converts decoded PyAV frames to one format, layout and rate, coping with the input
  changing midway (decoding a file, re-encoding an import as FLAC);
- `StreamResampler` converts NumPy blocks at any rate and channel count to mono float32 at another rate,
  block by block: captured audio to 16 kHz for the live preview, and 16 kHz speech to a sound card that
  refuses 16 kHz in the player.

swresample is fast, of good quality (band-limited, no aliasing) and keeps its filter state between
blocks, so the joined outputs equal resampling the whole signal at once, without a shift in time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from iam_desktop.audio import SPEECH_SAMPLE_RATE

if TYPE_CHECKING:  # NOTE: PyAV is imported when audio is resampled (the window's start needs none of it)
    import av
    from av.audio.frame import AudioFrame

_EMPTY = np.zeros(0, np.float32)


class FrameResampler:
    """av.AudioResampler that copes with the input format, layout or rate changing midway."""

    def __init__(self, format: str, layout: str, rate: int) -> None:
        self._target = (format, layout, rate)
        self._resampler: av.AudioResampler | None = None
        self._key: tuple[str, str, int] | None = None

    def push(self, frame: AudioFrame | None) -> list[AudioFrame]:
        """Resample ``frame``; None flushes what is buffered."""
        out: list[AudioFrame] = []
        if frame is not None:
            key = (frame.format.name, frame.layout.name, frame.sample_rate)
            if key != self._key:
                out.extend(self.push(None))
                import av

                fmt, layout, rate = self._target
                self._resampler = av.AudioResampler(format=fmt, layout=layout, rate=rate)
                self._key = key
        if self._resampler is None:
            return out
        out.extend(self._resampler.resample(frame))
        if frame is None:
            self._resampler, self._key = None, None
        return out


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
    """Turn blocks at `sample_rate` with `channels` into mono float32 at `out_rate`, block by block.

    State is kept between blocks: the outputs of process() for all blocks, followed by flush(), equal
    (within the resampler's precision) the whole signal resampled at once, and their total length is
    round(frames_in * out_rate / sample_rate) give or take a sample. Audio already at `out_rate` passes
    through untouched (only the channels are averaged and the samples converted to float32).

    Not thread-safe: one thread (the recorder's writer thread, the player's feeder) owns it.
    """

    def __init__(self, sample_rate: int, channels: int, out_rate: int = SPEECH_SAMPLE_RATE) -> None:
        if sample_rate <= 0 or out_rate <= 0:
            raise ValueError(f"sample rates must be positive, not {sample_rate} and {out_rate}")
        if channels <= 0:
            raise ValueError(f"channel count must be positive, not {channels}")
        self.sample_rate = int(sample_rate)
        self.channels = int(channels)
        self.out_rate = int(out_rate)
        self._passthrough = self.sample_rate == self.out_rate
        self._resampler = FrameResampler("flt", "mono", self.out_rate)

    def process(self, block: np.ndarray) -> np.ndarray:
        """Resample one block; returns the mono float32 samples ready so far (possibly a few fewer than
        the block's share: the resampler holds back a short filter delay until flush())."""
        mono = to_mono_float(block, self.channels)
        if self._passthrough:
            # never hand out a view of the caller's buffer (capture libraries reuse theirs)
            out = mono.copy() if np.may_share_memory(mono, block) else mono
            return out
        if len(mono) == 0:
            return _EMPTY
        from av.audio.frame import AudioFrame

        frame = AudioFrame.from_ndarray(mono.reshape(1, -1), format="flt", layout="mono")
        frame.sample_rate = self.sample_rate
        return self._collect(self._resampler.push(frame))

    def flush(self) -> np.ndarray:
        """The samples still held in the resampler at the end of the stream. The resampler can be used
        again afterwards for a new stream."""
        if self._passthrough:
            return _EMPTY
        return self._collect(self._resampler.push(None))

    def _collect(self, frames: list[AudioFrame]) -> np.ndarray:
        if not frames:
            return _EMPTY
        parts = [f.to_ndarray().reshape(-1) for f in frames]
        out = parts[0] if len(parts) == 1 else np.concatenate(parts)
        return np.ascontiguousarray(out, dtype=np.float32)
