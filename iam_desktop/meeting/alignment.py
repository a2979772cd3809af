"""The two tracks of a meeting capture put on one timeline: the computer audio onto the microphone's.

Each track's clock file pairs frame indices with the moment they were captured (`time.monotonic()`,
`<frame> <seconds>` a line, see recording/capture_folder.py). `TrackClock` turns those anchors into
time(frame) for the whole track: pieces where the stream ran without a break (a pause or a reopened stream
shows as a jump in time while the frames stay contiguous), within each a straight line fitted to the lower
envelope of the anchors (a callback is only ever late, never early), so the true rate of the sound card is
measured, not assumed: two cards 100 ppm apart drift 360 ms in an hour.

`aligned_blocks` then builds the stereo capture block by block: channel 0 the microphone as recorded (its
channels averaged, never resampled), channel 1 the computer audio resampled to the microphone's rate
(FFmpeg's swresample, band-limited: nothing above the new Nyquist frequency folds back) and read at the
positions the two clocks give (cubic interpolation), silent where the computer audio has no sound at that
moment. Memory stays bounded (about ten seconds of each track at a time) whatever the length.
"""

from __future__ import annotations

import itertools
import logging
import math
import os
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np

from iam_desktop.audio.resample import StreamResampler
from iam_desktop.recording.wav_file import HEADER_SIZE, SAMPLE_WIDTH, read_header

log = logging.getLogger(__name__)

#: a jump of (seconds - frame/rate) larger than this between the lower envelopes before and after two
#: anchors is a break in the stream (pause, reopened stream, lost audio), not scheduling jitter
GAP_SECONDS = 0.1
#: anchors on each side whose earliest time stands for the stream's time there (a few seconds)
_GAP_ANCHORS = 6
#: the earliest anchor of each window this long is a point of the lower envelope
_WINDOW_SECONDS = 5.0
#: a piece spanning less than this takes its rate from the track's longer pieces (too short to measure)
_MIN_FIT_SECONDS = 30.0
#: lower-envelope points later than the fitted line by more than this (and than 4 spreads) are outliers
_OUTLIER_SECONDS = 0.003
#: the length of the blocks aligned_blocks yields, in seconds of microphone audio
BLOCK_SECONDS = 10.0
#: output samples computed at a time (their temporaries stay in the processor's cache)
_STEP = 1 << 16
#: samples resampled ahead of a seek and thrown away (the filter settling after starting from silence)
_WARMUP = 256

Anchor = tuple[int, float]
#: a piece's line: residual (seconds - frame / rate) = a + b * (frame - x0), as (a, b, x0)
_Line = tuple[float, float, float]


def read_clock(path: str | os.PathLike[str]) -> list[Anchor]:
    """The anchors (frame, seconds) of a clock file, in file order. Lines that do not parse are skipped,
    as is a last line without its newline (cut off by a crash); a missing or unreadable file has none."""
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        return []
    except OSError as exc:
        log.warning("clock file %s could not be read (%s): aligning without it", path, exc)
        return []
    anchors: list[Anchor] = []
    for line in data.split(b"\n")[:-1]:  # the piece after the last newline is empty or cut off
        fields = line.split()
        if len(fields) != 2:
            continue
        try:
            frame, seconds = int(fields[0]), float(fields[1])
        except ValueError:
            continue
        if frame >= 0 and math.isfinite(seconds):
            anchors.append((frame, seconds))
    return anchors


class TrackClock:
    """When each frame of a track was captured: time(frame) piecewise linear, one piece per stretch the
    stream ran without a break, each with its own start and measured rate.

    Frames outside the anchors' range take the time of the nearest piece's line (the first piece reaches
    back to frame 0, the last one on to the track's end). A piece after a break begins at its first
    anchor's frame: the frames between the last anchor before a break and the first after it are taken
    to be before it (an anchor for the first block after each (re)start makes the boundary exact).
    """

    def __init__(self, sample_rate: int, frames: int, pieces: Sequence[tuple[int, float, float]]) -> None:
        """`pieces`: (first frame, time of frame 0 on this piece's line, seconds per frame), first frames
        increasing, the first 0. Use `fit` or `nominal` rather than this."""
        if sample_rate <= 0:
            raise ValueError(f"sample rate must be positive, not {sample_rate}")
        if not pieces or pieces[0][0] != 0:
            raise ValueError("the first piece of a clock starts at frame 0")
        self.sample_rate = int(sample_rate)
        self.frames = max(0, int(frames))
        self._first = np.array([p[0] for p in pieces], np.int64)
        self._t0 = np.array([p[1] for p in pieces], np.float64)
        self._spf = np.array([p[2] for p in pieces], np.float64)
        if np.any(np.diff(self._first) <= 0) or np.any(self._spf <= 0):
            raise ValueError("clock pieces must start at increasing frames and run forward")
        self._spans = self._visible_spans()

    @classmethod
    def nominal(cls, sample_rate: int, frames: int, start: float = 0.0) -> TrackClock:
        """A clock running at exactly `sample_rate` from `start` (no anchors: nothing measured)."""
        return cls(sample_rate, frames, [(0, start, 1.0 / sample_rate)])

    @classmethod
    def fit(cls, anchors: Sequence[Anchor], sample_rate: int, frames: int) -> TrackClock:
        """The clock that the anchors of a track measure (`frames`: the frames the track holds; anchors
        past them still help the fit). No anchor: `nominal`; one: the nominal rate from that anchor."""
        if not anchors:
            return cls.nominal(sample_rate, frames)
        f, s = _clean(anchors)
        rate = float(sample_rate)
        residual = s - f / rate
        starts = _piece_starts(residual)
        bounds = [*starts, len(f)]
        fits: list[_Line | None] = []
        for lo, hi in itertools.pairwise(bounds):
            fits.append(_fit_line(f[lo:hi], residual[lo:hi], rate))
        slope = _track_slope(fits, f, bounds)
        pieces: list[tuple[int, float, float]] = []
        for k, (lo, hi) in enumerate(itertools.pairwise(bounds)):
            line = fits[k] or _fit_offset(f[lo:hi], residual[lo:hi], rate, slope)
            a, b, x0 = line
            first = 0 if k == 0 else int(f[lo])
            if k > 0 and first >= frames > 0:
                break  # anchors past the audio kept
            pieces.append((first, a - b * x0, 1.0 / rate + b))
        return cls(sample_rate, frames, pieces)

    @property
    def pieces(self) -> int:
        """How many stretches without a break the track has (1 + its gaps)."""
        return len(self._first)

    @property
    def drift_ppm(self) -> float:
        """How much faster than its nominal rate the track really ran, in parts per million (its pieces
        weighted by their length)."""
        ends = np.append(self._first[1:], max(self.frames, int(self._first[-1]) + 1))
        weights = np.maximum(ends - self._first, 1).astype(np.float64)
        ppm = (1.0 / (self._spf * self.sample_rate) - 1.0) * 1e6
        return float(np.average(ppm, weights=weights))

    def time_of(self, frames: np.ndarray) -> np.ndarray:
        """The capture time (seconds, float64) of each frame position (may be fractional)."""
        pos = np.asarray(frames, np.float64)
        if len(self._first) == 1:
            return self._t0[0] + pos * self._spf[0]
        piece = np.searchsorted(self._first, pos, side="right") - 1
        np.maximum(piece, 0, out=piece)
        return self._t0[piece] + pos * self._spf[piece]

    def frame_at(self, times: np.ndarray) -> np.ndarray:
        """The frame position (float64, fractional) captured at each time; NaN where the track has no audio
        then: before it started, in a gap, after its last frame."""
        t = np.asarray(times, np.float64)
        starts, ends, piece = self._spans
        out = np.full(t.shape, np.nan)
        if not len(starts):
            return out
        span = np.searchsorted(starts, t, side="right") - 1
        if t.size and span.min() == span.max() >= 0:  # all in one span (the usual case): no masks
            k = piece[span.flat[0]]
            out = (t - self._t0[k]) / self._spf[k]
            out[~(t < ends[span.flat[0]])] = np.nan
            return out
        inside = (span >= 0) & (t < ends[np.maximum(span, 0)])
        k = piece[span[inside]]
        out[inside] = (t[inside] - self._t0[k]) / self._spf[k]
        return out

    def _visible_spans(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The times each piece covers, as sorted disjoint spans (start, end, piece); where two pieces
        claim the same moment (time ran backwards across a break) the later piece wins."""
        ends_f = np.append(self._first[1:], self.frames).astype(np.float64)
        spans: list[tuple[float, float, int]] = []
        for k in range(len(self._first)):
            if ends_f[k] <= self._first[k]:
                continue  # the track ended before this piece began
            a = float(self._t0[k] + self._first[k] * self._spf[k])
            b = float(self._t0[k] + ends_f[k] * self._spf[k])
            kept = []
            for s, e, p in spans:
                if s < a:
                    kept.append((s, min(e, a), p))
                if e > b:
                    kept.append((max(s, b), e, p))
            spans = sorted([*kept, (a, b, k)])
        return (np.array([s[0] for s in spans], np.float64), np.array([s[1] for s in spans], np.float64),
                np.array([s[2] for s in spans], np.int64))  # fmt: skip


def _clean(anchors: Sequence[Anchor]) -> tuple[np.ndarray, np.ndarray]:
    """Anchors sorted by frame, one per frame (its earliest time: callbacks are only late)."""
    arr = np.array(anchors, np.float64).reshape(-1, 2)
    order = np.lexsort((arr[:, 1], arr[:, 0]))
    arr = arr[order]
    keep = np.ones(len(arr), bool)
    keep[1:] = arr[1:, 0] != arr[:-1, 0]
    return arr[keep, 0], arr[keep, 1]


def _piece_starts(residual: np.ndarray) -> list[int]:
    """Indices of the anchors that begin a new piece: where the earliest residual of the next few anchors
    differs from that of the last few by more than GAP_SECONDS (a single late anchor never splits)."""
    r = residual.tolist()
    starts, start = [0], 0
    for i in range(len(r) - 1):
        before = min(r[max(start, i - _GAP_ANCHORS + 1) : i + 1])
        after = min(r[i + 1 : i + 1 + _GAP_ANCHORS])
        if abs(after - before) > GAP_SECONDS:
            starts.append(i + 1)
            start = i + 1
    return starts


def _envelope(f: np.ndarray, residual: np.ndarray, rate: float) -> tuple[np.ndarray, np.ndarray]:
    """The lower envelope: the earliest anchor of each window of _WINDOW_SECONDS."""
    window = np.floor((f - f[0]) / (rate * _WINDOW_SECONDS)).astype(np.int64)
    order = np.lexsort((residual, window))
    first = np.ones(len(order), bool)
    first[1:] = window[order][1:] != window[order][:-1]
    pick = order[first]
    return f[pick], residual[pick]


def _fit_line(f: np.ndarray, residual: np.ndarray, rate: float) -> _Line | None:
    """residual = a + b * (frame - x0), least squares on the lower envelope with late outliers dropped;
    None when the piece is too short to measure its rate."""
    x, y = _envelope(f, residual, rate)
    if len(x) < 3 or (x[-1] - x[0]) < _MIN_FIT_SECONDS * rate:
        return None
    x0 = float(x[0])
    x = x - x0
    keep = np.ones(len(x), bool)
    for _ in range(10):
        b, a = np.polyfit(x[keep], y[keep], 1)
        late = _late(y - (a + b * x), keep)
        if late is None:
            break
        keep &= ~late
    return float(a), float(b), x0


def _fit_offset(f: np.ndarray, residual: np.ndarray, rate: float, slope: float) -> _Line:
    """As _fit_line with the slope given (a short piece): only the offset is fitted."""
    x, y = _envelope(f, residual, rate)
    x0 = float(x[0])
    x = x - x0
    keep = np.ones(len(x), bool)
    for _ in range(10):
        a = float(np.mean(y[keep] - slope * x[keep]))
        late = _late(y - (a + slope * x), keep)
        if late is None:
            break
        keep &= ~late
    return a, slope, x0


def _late(deviation: np.ndarray, keep: np.ndarray) -> np.ndarray | None:
    """The kept points much later than the line (None if none, or if dropping them left too few)."""
    kept = deviation[keep]
    centre = float(np.median(kept))
    spread = 1.4826 * float(np.median(np.abs(kept - centre)))
    late = keep & (deviation > centre + max(4.0 * spread, _OUTLIER_SECONDS))
    if not late.any() or int(keep.sum() - late.sum()) < 2:
        return None
    return late


def _track_slope(fits: Sequence[_Line | None], f: np.ndarray, bounds: list[int]) -> float:
    """The rate offset of the pieces long enough to measure (weighted by their length), for the short
    ones; 0 (the nominal rate) if none is."""
    slopes, weights = [], []
    for k, line in enumerate(fits):
        if line is not None:
            slopes.append(line[1])
            weights.append(float(f[bounds[k + 1] - 1] - f[bounds[k]]) + 1.0)
    return float(np.average(slopes, weights=weights)) if slopes else 0.0


class PartReader:
    """Random access to a track written as WAV parts: one frame space over all of them, in order.

    The parts must be valid WAV files of ours (repaired after a crash) of one rate and channel count;
    a track without parts has no frames (and one channel).
    """

    def __init__(self, paths: Sequence[str | os.PathLike[str]]) -> None:
        infos = [read_header(p) for p in paths]
        formats = {(i.sample_rate, i.channels) for i in infos}
        if len(formats) > 1:
            raise ValueError(f"the parts of one track differ in format: {sorted(formats)}")
        self.paths = [Path(p) for p in paths]
        self.sample_rate = infos[0].sample_rate if infos else 0
        self.channels = infos[0].channels if infos else 1
        self._starts = np.cumsum([0] + [i.frames for i in infos]).tolist()
        self.frames: int = self._starts[-1]

    def read(self, start: int, count: int) -> np.ndarray:
        """Frames [start, start + count) as int16 of shape (count, channels); zeros outside the track."""
        out = np.zeros((max(0, count), self.channels), np.int16)
        end = start + count
        for k, path in enumerate(self.paths):
            lo, hi = max(start, self._starts[k]), min(end, self._starts[k + 1])
            if lo >= hi:
                continue
            offset = HEADER_SIZE + (lo - self._starts[k]) * self.channels * SAMPLE_WIDTH
            data = np.fromfile(path, dtype="<i2", count=(hi - lo) * self.channels, offset=offset)
            got = len(data) // self.channels
            out[lo - start : lo - start + got] = data[: got * self.channels].reshape(-1, self.channels)
        return out


def _mono(block: np.ndarray) -> np.ndarray:
    """int16 frames (n, channels) as mono float32, in int16 units (the channels averaged)."""
    mono = block[:, 0].astype(np.float32)
    for c in range(1, block.shape[1]):
        mono += block[:, c]
    if block.shape[1] > 1:
        mono *= np.float32(1.0 / block.shape[1])
    return mono


def _to_int16(samples: np.ndarray) -> np.ndarray:
    return np.clip(np.rint(samples), -32768, 32767).astype(np.int16)


class _MonoStream:
    """A track's mono downmix at another rate, as float32 in int16 units, read window by window moving
    forward (a window behind the last one, or far ahead of it, starts the resampler afresh there)."""

    def __init__(self, reader: PartReader, rate: int, chunk_frames: int) -> None:
        self._reader = reader
        self._resampling = reader.sample_rate != rate
        g = math.gcd(reader.sample_rate, rate)
        self._step_in, self._step_out = reader.sample_rate // g, rate // g
        self._chunk = max(4096, chunk_frames * reader.sample_rate // rate)
        self._rate = rate
        self._resampler: StreamResampler | None = None
        self._started = False
        self._buffer = np.zeros(0, np.float32)
        self._start = 0  # output index of _buffer[0]
        self._next_in = 0  # the next source frame to feed
        self._done = True

    def window(self, lo: int, hi: int) -> np.ndarray:
        """Samples [lo, hi) at the output rate (zeros outside the track)."""
        end = self._start + len(self._buffer)
        if not self._started or lo < self._start or lo > end + 2 * self._chunk:
            self._seek(lo)
        parts = [self._buffer]
        end = self._start + len(self._buffer)
        while end < hi and not self._done:
            fresh = self._feed()
            parts.append(fresh)
            end += len(fresh)
        held = np.concatenate(parts) if len(parts) > 1 else parts[0]
        drop = max(0, lo - self._start)  # nothing before lo is asked for again (windows move forward)
        self._buffer = held[drop:]
        self._start += drop
        out = np.zeros(hi - lo, np.float32)
        take = self._buffer[: hi - self._start]
        out[self._start - lo : self._start - lo + len(take)] = take
        return out

    def _seek(self, lo: int) -> None:
        warmup = _WARMUP if self._resampling else 0
        out_start = max(0, lo - warmup) // self._step_out * self._step_out
        self._started = True
        self._start = out_start
        self._next_in = out_start // self._step_out * self._step_in
        self._buffer = np.zeros(0, np.float32)
        self._done = self._next_in >= self._reader.frames
        self._resampler = None
        if self._resampling:
            self._resampler = StreamResampler(self._reader.sample_rate, 1, self._rate)

    def _feed(self) -> np.ndarray:
        count = min(self._chunk, self._reader.frames - self._next_in)
        mono = _mono(self._reader.read(self._next_in, count))
        self._next_in += count
        self._done = self._next_in >= self._reader.frames
        if self._resampler is None:
            return mono
        scale = np.float32(1.0 / 32768.0)
        out = self._resampler.process(mono * scale)
        if self._done:
            out = np.concatenate([out, self._resampler.flush()])
        out *= np.float32(32768.0)
        return out


def _cubic(window: np.ndarray, positions: np.ndarray) -> np.ndarray:
    """Catmull-Rom interpolation of `window` at `positions` (float64, each >= 1 and < len - 2)."""
    i = positions.astype(np.int64)
    t = (positions - i).astype(np.float32)
    xm1, x0, x1, x2 = window[i - 1], window[i], window[i + 1], window[i + 2]
    inner = np.float32(3.0) * (x0 - x1) + x2 - xm1
    inner *= t
    inner += np.float32(2.0) * xm1 - np.float32(5.0) * x0 + np.float32(4.0) * x1 - x2
    inner *= t
    inner += x1 - xm1
    inner *= np.float32(0.5) * t
    inner += x0
    return inner


def _place(stream: _MonoStream, positions: np.ndarray) -> np.ndarray:
    """The stream's samples at `positions` (output-rate sample positions, NaN: silence), as int16."""
    values = np.zeros(len(positions), np.float32)
    valid = ~np.isnan(positions)
    idx = np.flatnonzero(valid)
    if not len(idx):
        return values.astype(np.int16)
    pos = positions[idx]
    step = np.diff(pos)
    # a run is contiguous in both: no silence within it, no jump of the position (a break in either track)
    breaks = np.flatnonzero((np.diff(idx) != 1) | (step <= 0) | (step > 4.0)) + 1
    for run_idx, run_pos in zip(np.split(idx, breaks), np.split(pos, breaks), strict=True):
        lo = int(math.floor(float(run_pos[0]))) - 1
        hi = int(math.floor(float(run_pos[-1]))) + 3
        values[run_idx] = _cubic(stream.window(lo, hi), run_pos - lo)
    return _to_int16(values)


def aligned_blocks(mic: PartReader, mic_clock: TrackClock, system: PartReader, system_clock: TrackClock,
                   block_frames: int | None = None) -> Iterator[np.ndarray]:  # fmt: skip
    """The meeting as int16 stereo blocks (n, 2) at the microphone's rate, covering exactly its frames:
    column 0 the microphone (its channels averaged), column 1 the computer audio placed on the
    microphone's timeline through the two clocks (silent where it has no sound at that moment)."""
    block = block_frames or max(1, int(BLOCK_SECONDS * mic.sample_rate))
    stream = _MonoStream(system, mic.sample_rate, block) if system.frames else None
    scale = mic.sample_rate / system.sample_rate if system.sample_rate else 1.0
    for start in range(0, mic.frames, block):
        n = min(block, mic.frames - start)
        out = np.empty((n, 2), np.int16)
        frames = mic.read(start, n)
        out[:, 0] = frames[:, 0] if mic.channels == 1 else _to_int16(_mono(frames))
        if stream is None:
            out[:, 1] = 0
            yield out
            continue
        for lo in range(0, n, _STEP):  # in steps that fit the processor's cache: 5 times faster
            hi = min(n, lo + _STEP)
            times = mic_clock.time_of(np.arange(start + lo, start + hi, dtype=np.float64))
            out[lo:hi, 1] = _place(stream, system_clock.frame_at(times) * scale)
        yield out


def align_capture(mic_parts: Sequence[str | os.PathLike[str]], mic_clock_path: str | os.PathLike[str],
                  system_parts: Sequence[str | os.PathLike[str]], system_clock_path: str | os.PathLike[str],
                  ) -> tuple[Iterator[np.ndarray], int]:  # fmt: skip
    """A two-track capture as one stereo track at the microphone's rate: (blocks of int16 (n, 2), frame
    count), ready for `encode_pcm_flac(blocks, mic_rate, 2, path)`. The parts must be repaired WAVs of
    ours. Without anchors on both sides the two tracks are lined up by their first frames."""
    mic, system = PartReader(mic_parts), PartReader(system_parts)
    if not mic.frames:
        return iter(()), 0
    mic_anchors, system_anchors = read_clock(mic_clock_path), read_clock(system_clock_path)
    if mic_anchors and system_anchors:
        mic_clock = TrackClock.fit(mic_anchors, mic.sample_rate, mic.frames)
        system_clock = TrackClock.fit(system_anchors, system.sample_rate, system.frames)
        log.info("meeting alignment: microphone %+.1f ppm in %d piece(s), computer audio %+.1f ppm in %d "
                 "piece(s)", mic_clock.drift_ppm, mic_clock.pieces, system_clock.drift_ppm,
                 system_clock.pieces)  # fmt: skip
    else:
        if system.frames:
            log.warning("meeting alignment: no clock anchors for the %s; tracks lined up by their start",
                        "microphone" if not mic_anchors else "computer audio")  # fmt: skip
        mic_clock = TrackClock.nominal(mic.sample_rate, mic.frames)
        system_clock = TrackClock.nominal(max(1, system.sample_rate), system.frames)
    return aligned_blocks(mic, mic_clock, system, system_clock), mic.frames
