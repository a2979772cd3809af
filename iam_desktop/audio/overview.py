"""The overview of a recording: a compact min/max envelope of its whole audio, cached on disk, and the
moments to mark on it (matches, unsure words, speakers).

`load_overview(path, cache_dir)` returns an `Overview` of about `DEFAULT_BUCKETS` (minimum, maximum)
pairs spread evenly over the audio. The audio is decoded in a stream (`iter_pcm`): memory stays bounded
however long the file is, because the envelope is kept at a resolution that halves whenever it holds more
than a few times the buckets asked for (a block of samples merges with its neighbour). The result is
cached as `<cache_dir>/overview/<sha256 of the audio>.npz` (the folder private, 0700; the file 0600,
written atomically), so the second look at a recording costs one small read. Files in the audio store are
named by their hash already; any other file is hashed first. A damaged cache file is computed again.

`match_times`, `unsure_times` and `speaker_bands` turn a transcript's segments into what the window's
overview marks.
"""

from __future__ import annotations

import hashlib
import io
import logging
import re
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from iam_desktop.audio import SPEECH_SAMPLE_RATE
from iam_desktop.confidence import uncertain_words
from iam_desktop.errors import MediaError
from iam_desktop.fsutil import atomic_write
from iam_desktop.transcript import Segment

log = logging.getLogger(__name__)

#: (minimum, maximum) pairs in an overview: a few per pixel of the widest window
DEFAULT_BUCKETS = 3000
#: the envelope may hold this many times the buckets asked for before its resolution halves
_HEADROOM = 4
#: seconds of audio decoded at a time (a chunk is the largest array held: 160,000 float32 samples)
_CHUNK_SECONDS = 10.0
#: bumped when the cached content changes meaning; an older cache file is computed again
_CACHE_VERSION = 1
_FOLDER_MODE = 0o700
_SHA256_NAME = re.compile(r"[0-9a-f]{64}")
_HASH_BLOCK = 1024 * 1024


@dataclass(frozen=True)
class Overview:
    """The envelope of a recording's audio: bucket `i` covers seconds [i, i + 1) × duration / buckets.

    Attributes:
        minima: float32, the lowest sample of each bucket (-1 … 0 for real audio).
        maxima: float32, the highest sample of each bucket (0 … 1).
        duration: seconds of audio decoded (what the player plays).
        truncated: the file is damaged partway; the envelope covers what decoded before the damage.
    """

    minima: np.ndarray
    maxima: np.ndarray
    duration: float
    truncated: bool = False

    @property
    def buckets(self) -> int:
        """How many (minimum, maximum) pairs there are."""
        return len(self.minima)

    def peak(self) -> float:
        """The largest absolute sample level (0 for silence or no buckets)."""
        if not self.buckets:
            return 0.0
        return float(max(np.max(np.abs(self.minima)), np.max(np.abs(self.maxima))))


class _Envelope:
    """Min/max of consecutive blocks of `block` samples, fed in chunks; the blocks double in size (pairs
    merge) whenever there are more than `cap` of them. `carry_*` is the block being filled."""

    def __init__(self, cap: int) -> None:
        self.cap = max(2, cap)
        self.block = 1
        self.samples = 0
        self.minima = np.empty(0, np.float32)
        self.maxima = np.empty(0, np.float32)
        self.carry_len = 0
        self.carry_min = 0.0
        self.carry_max = 0.0

    def feed(self, chunk: np.ndarray) -> None:
        self.samples += len(chunk)
        at = 0
        if self.carry_len:
            at = min(self.block - self.carry_len, len(chunk))
            self._add_to_carry(chunk[:at])
            if self.carry_len == self.block:
                self._append(np.array([self.carry_min], np.float32), np.array([self.carry_max], np.float32))
                self.carry_len = 0
        whole = (len(chunk) - at) // self.block
        if whole:
            blocks = chunk[at : at + whole * self.block].reshape(whole, self.block)
            self._append(blocks.min(axis=1), blocks.max(axis=1))
            at += whole * self.block
        if at < len(chunk):
            self._add_to_carry(chunk[at:])

    def finish(self) -> tuple[np.ndarray, np.ndarray]:
        """The blocks, the last one (perhaps shorter) included."""
        if self.carry_len:
            self._append(np.array([self.carry_min], np.float32), np.array([self.carry_max], np.float32))
            self.carry_len = 0
        return self.minima, self.maxima

    def _add_to_carry(self, samples: np.ndarray) -> None:
        if not len(samples):
            return
        low, high = float(samples.min()), float(samples.max())
        if self.carry_len:
            low, high = min(low, self.carry_min), max(high, self.carry_max)
        self.carry_min, self.carry_max = low, high
        self.carry_len += len(samples)

    def _append(self, minima: np.ndarray, maxima: np.ndarray) -> None:
        self.minima = np.concatenate([self.minima, minima])
        self.maxima = np.concatenate([self.maxima, maxima])
        while len(self.minima) > self.cap:
            self._halve()

    def _halve(self) -> None:
        """Merge the blocks in pairs (an odd last one joins the block being filled, which stays shorter
        than the new block size: one old block plus less than one more)."""
        if len(self.minima) % 2:
            last_min, last_max = float(self.minima[-1]), float(self.maxima[-1])
            if self.carry_len:
                last_min, last_max = min(last_min, self.carry_min), max(last_max, self.carry_max)
            self.carry_min, self.carry_max = last_min, last_max
            self.carry_len += self.block
            self.minima, self.maxima = self.minima[:-1], self.maxima[:-1]
        self.minima = self.minima.reshape(-1, 2).min(axis=1)
        self.maxima = self.maxima.reshape(-1, 2).max(axis=1)
        self.block *= 2


def _reduce(values: np.ndarray, buckets: int, pick: np.ufunc) -> np.ndarray:
    """`values` grouped into `buckets` nearly equal runs, each reduced with `pick` (np.minimum…)."""
    if len(values) <= buckets:
        return values.astype(np.float32, copy=False)
    edges = np.linspace(0, len(values), buckets, endpoint=False).astype(np.intp)
    return pick.reduceat(values, edges).astype(np.float32, copy=False)


def compute_overview(
    path: Path, buckets: int = DEFAULT_BUCKETS, cancelled: Callable[[], bool] | None = None
) -> Overview:
    """Decode `path` in a stream and return its envelope in at most `buckets` pairs.

    Raises MediaError (missing, empty, not media, no audio, nothing decodes) or Cancelled.
    """
    if buckets < 1:
        raise ValueError("buckets must be positive")
    envelope = _Envelope(buckets * _HEADROOM)
    from iam_desktop.audio._media import TRUNCATED  # NOTE: PyAV is imported on first use, not at start-up
    from iam_desktop.audio.decode import iter_pcm

    stream = iter_pcm(path, chunk_seconds=_CHUNK_SECONDS, cancelled=cancelled)
    for chunk in stream:
        envelope.feed(chunk)
    if not envelope.samples:
        raise MediaError(path, TRUNCATED)
    minima, maxima = envelope.finish()
    return Overview(
        minima=_reduce(minima, buckets, np.minimum),
        maxima=_reduce(maxima, buckets, np.maximum),
        duration=envelope.samples / SPEECH_SAMPLE_RATE,
        truncated=stream.truncated,
    )


def audio_key(path: Path) -> str:
    """The sha256 of the file's content: the name of a file in the (content-addressed) audio store, else
    computed. Raises MediaError if the file cannot be read."""
    if _SHA256_NAME.fullmatch(path.stem):
        return path.stem
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as f:
            while block := f.read(_HASH_BLOCK):
                digest.update(block)
    except OSError as exc:
        raise MediaError(path, exc.strerror or str(exc)) from None
    return digest.hexdigest()


def cache_file(cache_dir: Path, key: str) -> Path:
    """Where the overview of the audio whose sha256 is `key` is cached."""
    return cache_dir / "overview" / f"{key}.npz"


def load_overview(
    path: Path,
    cache_dir: Path,
    buckets: int = DEFAULT_BUCKETS,
    cancelled: Callable[[], bool] | None = None,
) -> Overview:
    """The overview of `path`: from the cache in `cache_dir` if there, else computed and cached.

    Raises MediaError (the audio cannot be used) or Cancelled. A cache that cannot be read is computed
    again; one that cannot be written is only logged (the overview is still returned).
    """
    from iam_desktop.audio._media import check_file

    check_file(path)
    target = cache_file(cache_dir, audio_key(path))
    cached = _read_cache(target, buckets)
    if cached is not None:
        return cached
    overview = compute_overview(path, buckets, cancelled)
    _write_cache(target, overview, buckets)
    return overview


def _read_cache(target: Path, buckets: int) -> Overview | None:
    if not target.is_file():
        return None
    try:
        with np.load(target, allow_pickle=False) as data:
            header = data["header"]
            minima, maxima = data["minima"], data["maxima"]
        version, wanted, duration, truncated = (float(v) for v in header)
        valid = (
            version == _CACHE_VERSION and wanted == buckets and 0 < len(minima) <= buckets
            and minima.shape == maxima.shape and minima.ndim == 1 and np.isfinite(duration) and duration > 0
        )  # fmt: skip
        if valid:
            return Overview(
                minima.astype(np.float32), maxima.astype(np.float32), float(duration), bool(truncated)
            )
    except (OSError, ValueError, KeyError, TypeError, EOFError, zipfile.BadZipFile) as exc:
        log.warning("the waveform overview cached in %s cannot be read (%s); computing it again", target, exc)
        return None
    log.info("the waveform overview cached in %s is out of date; computing it again", target)
    return None


def _write_cache(target: Path, overview: Overview, buckets: int) -> None:
    buffer = io.BytesIO()
    header = np.array([_CACHE_VERSION, buckets, overview.duration, overview.truncated], np.float64)
    np.savez(buffer, header=header, minima=overview.minima, maxima=overview.maxima)
    try:
        target.parent.parent.mkdir(parents=True, exist_ok=True, mode=_FOLDER_MODE)
        target.parent.mkdir(exist_ok=True, mode=_FOLDER_MODE)
        atomic_write(target, buffer.getvalue())
    except OSError as exc:
        log.warning("cannot cache the waveform overview in %s: %s", target, exc.strerror or exc)


# --- what to mark ------------------------------------------------------------------------------------


def _time_of(segment: Segment, offset: int) -> float:
    """When the character at `offset` of the segment's text is spoken: the start of the word that holds it
    (found in the text in order), else a time in proportion to the offset."""
    at, best = 0, None
    for word in segment.words:
        token = word.text.strip()
        found_at = segment.text.find(token, at) if token else -1
        if found_at < 0 or found_at > offset:
            break
        best, at = word.start, found_at + len(token)
    if best is not None:
        return best
    share = offset / max(1, len(segment.text))
    return segment.start + share * max(0.0, segment.end - segment.start)


def match_times(segments: Sequence[Segment], pattern: re.Pattern[str] | None) -> list[float]:
    """The moments (seconds) where `pattern` matches the segments' texts, in order (None: none)."""
    if pattern is None:
        return []
    return [_time_of(s, m.start()) for s in segments for m in pattern.finditer(s.text)]


def unsure_times(segments: Sequence[Segment]) -> list[float]:
    """The start (seconds) of every word the engine was unsure of (see iam_desktop.confidence)."""
    return [segments[row].words[n].start for row, n in uncertain_words(segments)]


def speaker_bands(segments: Sequence[Segment]) -> list[tuple[float, float, int]]:
    """(start, end, speaker index) of each run of segments with one named speaker; the speakers are
    numbered in order of first appearance. Segments without a speaker get no band."""
    numbers: dict[str, int] = {}
    bands: list[tuple[float, float, int]] = []
    previous: int | None = None
    for segment in segments:
        index = numbers.setdefault(segment.speaker, len(numbers)) if segment.speaker else None
        if index is not None and index == previous:
            bands[-1] = (bands[-1][0], max(bands[-1][1], segment.end), index)
        elif index is not None:
            bands.append((segment.start, segment.end, index))
        previous = index
    return bands
