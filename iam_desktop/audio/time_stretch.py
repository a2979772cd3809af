"""Pitch-preserving speed change for speech (WSOLA), all at once or streamed block by block."""

from __future__ import annotations

import numpy as np

MIN_SPEED = 0.5
MAX_SPEED = 2.0

# Frame 40 ms, half overlap; each frame may slide up to 10 ms to line up with the previous one, which
# covers one period of any voice (>= 100 Hz) and most of one for deep voices.
_FRAME_SECONDS = 0.040
_TOLERANCE_SECONDS = 0.010


def check_speed(speed: float) -> float:
    """Return ``speed`` as a float; ValueError unless it is within MIN_SPEED..MAX_SPEED."""
    speed = float(speed)
    if not MIN_SPEED <= speed <= MAX_SPEED:
        raise ValueError(f"speed must be between {MIN_SPEED} and {MAX_SPEED}, not {speed}")
    return speed


class Stretcher:
    """Streaming WSOLA (waveform-similarity overlap-add) of mono float32 audio.

    Output sample ``m`` plays about source sample ``m * speed``, at the same pitch. Feed the source
    in blocks of any size with push(), which returns the output that is final so far; flush() once
    at the end returns the rest, so that the whole output is ``round(source_length / speed)`` long.
    At speed 1.0 the output is the input, unchanged. Not thread-safe: one producer thread.
    """

    def __init__(self, sample_rate: int, speed: float = 1.0) -> None:
        self.speed = check_speed(speed)
        self.sample_rate = sample_rate
        self._frame = 2 * max(8, round(_FRAME_SECONDS * sample_rate / 2))
        self._hop = self._frame // 2
        self._tolerance = max(1, round(_TOLERANCE_SECONDS * sample_rate))
        # periodic Hann: copies shifted by half a frame sum to exactly 1
        n = np.arange(self._frame)
        self._window = (0.5 - 0.5 * np.cos(2 * np.pi * n / self._frame)).astype(np.float32)
        self._source = np.zeros(0, np.float32)  # buffered source, starting at absolute index _base
        self._base = 0
        self._pushed = 0  # source samples received
        self._emitted = 0  # output samples returned
        self._frames = 0  # analysis frames added so far
        self._previous = -1  # absolute start of the previous frame's chosen source segment
        self._overlap = np.zeros(self._frame, np.float32)  # output [frames * hop, frames * hop + frame)
        self._done = False

    @property
    def emitted(self) -> int:
        """Output samples returned so far."""
        return self._emitted

    def push(self, samples: np.ndarray) -> np.ndarray:
        """Add source samples; return the output that is complete so far (possibly empty)."""
        if self._done:
            raise RuntimeError("push() after flush()")
        samples = np.asarray(samples, np.float32).reshape(-1)
        self._pushed += len(samples)
        if self.speed == 1.0:
            self._emitted += len(samples)
            return samples.copy()
        self._source = np.concatenate((self._source, samples)) if len(self._source) else samples.copy()
        return self._run()

    def flush(self) -> np.ndarray:
        """Return the rest of the output; the stretcher is finished afterwards."""
        if self._done:
            return np.zeros(0, np.float32)
        self._done = True
        if self.speed == 1.0:
            return np.zeros(0, np.float32)
        target = round(self._pushed / self.speed)
        parts = []
        padding = np.zeros(self._frame + 2 * self._tolerance, np.float32)
        while self._emitted < target:
            self._source = np.concatenate((self._source, padding))
            parts.append(self._run(limit=target))
        if self._emitted < target:  # pragma: no cover - _run always reaches the target above
            parts.append(np.zeros(target - self._emitted, np.float32))
        return np.concatenate(parts) if parts else np.zeros(0, np.float32)

    def _run(self, limit: int | None = None) -> np.ndarray:
        """Add every frame whose source is buffered; return the finished output (at most up to limit)."""
        frame, hop, tol = self._frame, self._hop, self._tolerance
        analysis_hop = self.speed * hop
        end = self._base + len(self._source)
        outputs = []
        while limit is None or self._emitted < limit:
            nominal = round(self._frames * analysis_hop)
            need = nominal + tol + frame
            if self._previous >= 0:
                need = max(need, self._previous + hop + frame)
            if need > end:
                break
            start = self._align(nominal)
            self._overlap += self._window * self._slice(start, frame)
            out = self._overlap[:hop].copy()
            self._overlap[:hop] = self._overlap[hop:]
            self._overlap[hop:] = 0.0
            self._previous = start
            self._frames += 1
            if limit is not None:
                out = out[: limit - self._emitted]
            self._emitted += len(out)
            outputs.append(out)
        # drop the source no later frame can reach
        keep_from = min(round(self._frames * analysis_hop) - tol, self._previous + hop)
        drop = min(max(0, keep_from - self._base), len(self._source))
        if drop:
            self._source = self._source[drop:]
            self._base += drop
        return np.concatenate(outputs) if outputs else np.zeros(0, np.float32)

    def _align(self, nominal: int) -> int:
        """Start of the source segment near ``nominal`` most similar to the previous segment's sequel."""
        if self._previous < 0:
            return nominal
        sequel = self._slice(self._previous + self._hop, self._frame)
        low = max(nominal - self._tolerance, self._base)
        high = nominal + self._tolerance
        candidates = self._slice(low, high - low + self._frame)
        scores = np.correlate(candidates, sequel, mode="valid")
        return low + int(np.argmax(scores))

    def _slice(self, start: int, length: int) -> np.ndarray:
        offset = start - self._base
        return self._source[offset : offset + length]


def stretch(samples: np.ndarray, speed: float, sample_rate: int) -> np.ndarray:
    """Play ``samples`` (mono) ``speed`` times as fast at the same pitch; speed 0.5..2.0.

    The result is ``round(len(samples) / speed)`` float32 samples; speed 1.0 returns a copy.
    """
    stretcher = Stretcher(sample_rate, speed)
    head = stretcher.push(samples)
    return np.concatenate((head, stretcher.flush()))
