"""What the live view draws: a fixed-size min/max envelope of the last seconds, the level and clipping.

The writer thread feeds every captured block in; the GUI takes a snapshot at its frame rate. Memory and
the cost of a snapshot are the same after hours as after a minute: only the last `window_seconds` are kept.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass

import numpy as np

#: envelope points per second of audio
ENVELOPE_RATE = 200
#: seconds of envelope kept for the scrolling waveform
WINDOW_SECONDS = 10.0
#: a sample at or above this fraction of full scale counts as clipped
CLIP_LEVEL = 0.999
#: how long the clipping warning stays on after the last clipped sample (seconds)
CLIP_HOLD_SECONDS = 2.0
#: the level shown is the peak over this much of the newest audio (seconds)
LEVEL_SECONDS = 0.05
#: the quietest level reported (dBFS); silence reads as this
FLOOR_DBFS = -90.0


@dataclass(frozen=True)
class LevelSnapshot:
    """The live view's data at one moment.

    Attributes:
        minima, maxima: the envelope, oldest first, one point per 1/`rate` s, values in -1..1 (float32);
            shorter than the window at the start of a recording.
        rate: envelope points per second.
        end_time: seconds of audio up to the newest point.
        peak_dbfs: the peak of the newest audio (FLOOR_DBFS for silence).
        rms_dbfs: its RMS level.
        clipping: a sample reached full scale in the last CLIP_HOLD_SECONDS.
        clipped_blocks: blocks with a clipped sample since the start.
    """

    minima: np.ndarray
    maxima: np.ndarray
    rate: int
    end_time: float
    peak_dbfs: float
    rms_dbfs: float
    clipping: bool
    clipped_blocks: int


def to_dbfs(value: float) -> float:
    """An amplitude (0..1 of full scale) in dBFS, never below FLOOR_DBFS."""
    return FLOOR_DBFS if value <= 0 else max(FLOOR_DBFS, 20.0 * math.log10(value))


class LevelTracker:
    """Turns captured blocks into a LevelSnapshot. Thread-safe: one thread feeds, any thread snapshots."""

    def __init__(
        self, sample_rate: int, *, rate: int = ENVELOPE_RATE, window_seconds: float = WINDOW_SECONDS
    ) -> None:
        self.sample_rate = int(sample_rate)
        self.rate = int(rate)
        self._per_point = max(1, round(self.sample_rate / self.rate))
        self._size = max(1, int(window_seconds * self.rate))
        self._min = np.zeros(self._size, np.float32)
        self._max = np.zeros(self._size, np.float32)
        self._count = 0  # points written in all (the ring's write position is count % size)
        self._carry = np.zeros(0, np.float32)  # samples not yet making a whole point
        self._frames = 0
        self._peak = 0.0
        self._rms = 0.0
        self._last_clip_at: float | None = None
        self._clipped_blocks = 0
        self._lock = threading.Lock()

    def feed(self, block: np.ndarray) -> None:
        """Add captured audio: float in -1..1 or int16, shape (frames,) or (frames, channels)."""
        samples = np.asarray(block)
        if samples.dtype == np.int16:
            samples = samples.astype(np.float32) / 32768.0
        else:
            samples = samples.astype(np.float32, copy=False)
        if samples.ndim == 2:
            # the loudest channel at each instant, with its sign: the envelope shows every channel
            pick = np.abs(samples).argmax(axis=1)
            samples = samples[np.arange(len(samples)), pick]
        if not len(samples):
            return
        newest = samples[-max(1, int(LEVEL_SECONDS * self.sample_rate)):]
        peak = float(np.abs(newest).max())
        rms = float(np.sqrt(np.mean(np.square(newest, dtype=np.float64))))
        clipped = bool(np.abs(samples).max() >= CLIP_LEVEL)
        joined = np.concatenate([self._carry, samples]) if len(self._carry) else samples
        whole = len(joined) // self._per_point * self._per_point
        points = joined[:whole].reshape(-1, self._per_point)
        with self._lock:
            self._frames += len(samples)
            self._peak, self._rms = peak, rms
            if clipped:
                self._clipped_blocks += 1
                self._last_clip_at = self._frames / self.sample_rate
            if len(points):
                self._write(points.min(axis=1), points.max(axis=1))
            self._carry = joined[whole:].copy()

    def _write(self, minima: np.ndarray, maxima: np.ndarray) -> None:
        if len(minima) > self._size:  # only the newest window's worth can be seen
            self._count += len(minima) - self._size
            minima, maxima = minima[-self._size:], maxima[-self._size:]
        start = self._count % self._size
        first = min(len(minima), self._size - start)
        self._min[start:start + first], self._max[start:start + first] = minima[:first], maxima[:first]
        rest = len(minima) - first
        if rest:
            self._min[:rest], self._max[:rest] = minima[first:], maxima[first:]
        self._count += len(minima)

    def snapshot(self) -> LevelSnapshot:
        with self._lock:
            n = min(self._count, self._size)
            start = (self._count - n) % self._size
            order = (np.arange(n) + start) % self._size
            end_time = self._frames / self.sample_rate
            clipping = self._last_clip_at is not None and end_time - self._last_clip_at <= CLIP_HOLD_SECONDS
            return LevelSnapshot(
                minima=self._min[order].copy(),
                maxima=self._max[order].copy(),
                rate=self.rate,
                end_time=end_time,
                peak_dbfs=to_dbfs(self._peak),
                rms_dbfs=to_dbfs(self._rms),
                clipping=clipping,
                clipped_blocks=self._clipped_blocks,
            )
