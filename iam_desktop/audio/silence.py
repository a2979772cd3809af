"""Finding pauses in speech: where to cut long audio so that no word is split, and what is silence.

One cut finder for the whole app: the transcription pipeline (`cut_stream`), the cloud engine's pieces
(`split_at_silences`) and the live preview while recording (`find_pause`) all cut where `find_pause`
says. It averages the loudness over PAUSE_SECONDS, so the short silent closure of a "p" or "t" inside a
word (30-80 ms, as quiet as a pause in a single 50 ms frame) does not count as a pause; among the
quietest stretches it takes the latest (long pieces, few cuts) and cuts in its middle.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import numpy as np

from iam_desktop.audio import SPEECH_SAMPLE_RATE

#: a stretch whose every 50 ms frame is quieter than this RMS (about -50 dBFS) is silence
SILENCE_RMS = 0.003
#: length of the frames whose loudness is measured (seconds)
FRAME_SECONDS = 0.05
#: loudness is averaged over this much audio when looking for a pause, so that the short silent closure
#: of a "p" or "t" inside a word does not count as one (seconds)
PAUSE_SECONDS = 0.25
#: frames at most this many times louder than the quietest one count as equally quiet (the latest wins)
QUIET_FACTOR = 4.0


def frame_energy(samples: np.ndarray, frame: int) -> np.ndarray:
    """Mean square of each whole `frame`-sample frame (a shorter tail is left out)."""
    usable = len(samples) // frame * frame
    if usable == 0:
        return np.zeros(0, np.float64)
    window = samples[:usable].astype(np.float64).reshape(-1, frame)
    return np.einsum("ij,ij->i", window, window) / frame


def is_silent(
    samples: np.ndarray, threshold: float = SILENCE_RMS, sample_rate: int = SPEECH_SAMPLE_RATE
) -> bool:
    """True if no short frame of `samples` is louder than `threshold` RMS (nothing worth transcribing)."""
    if len(samples) == 0:
        return True
    frame = max(1, int(FRAME_SECONDS * sample_rate))
    energy = frame_energy(samples, frame)
    tail = samples[len(energy) * frame :].astype(np.float64)
    loudest = float(energy.max()) if len(energy) else 0.0
    if len(tail):
        loudest = max(loudest, float(np.mean(tail * tail)))
    return loudest < threshold * threshold


def find_pause(samples: np.ndarray, lo: int, hi: int, sample_rate: int = SPEECH_SAMPLE_RATE) -> int:
    """Where to cut `samples` between sample indices lo and hi: the middle of the latest of the quietest
    pauses there (loudness averaged over PAUSE_SECONDS, audio beyond [lo, hi) used as context).

    With no pause at all (continuous speech) it is the quietest moment, which is the best one can do.
    """
    lo, hi = max(0, lo), min(len(samples), hi)
    frame = max(1, int(FRAME_SECONDS * sample_rate))
    if hi - lo <= frame:
        return hi
    energy = frame_energy(samples, frame)
    # average over PAUSE_SECONDS, centred, fewer frames at the edges (no zero padding: it would make
    # the start and end of the audio look quiet)
    half = max(0, int(round(PAUSE_SECONDS / FRAME_SECONDS)) // 2)
    total = np.concatenate(([0.0], np.cumsum(energy)))
    index = np.arange(len(energy))
    left, right = np.maximum(index - half, 0), np.minimum(index + half + 1, len(energy))
    smooth = (total[right] - total[left]) / (right - left)
    first, last = -(-lo // frame), min(len(energy), hi // frame)  # frames wholly inside [lo, hi)
    if last <= first:
        return (lo + hi) // 2
    region = smooth[first:last]
    quiet = region <= max(float(region.min()) * QUIET_FACTOR, 1e-12)
    end = len(region) - 1 - int(np.argmax(quiet[::-1]))  # the latest quiet frame
    start = end
    while start > 0 and quiet[start - 1]:
        start -= 1
    middle = first + (start + end) // 2
    return int(min(hi, max(lo, middle * frame + frame // 2)))


def split_at_silences(
    samples: np.ndarray, max_samples: int, search_samples: int, sample_rate: int = SPEECH_SAMPLE_RATE
) -> list[tuple[int, int]]:
    """Split into [start, end) ranges of at most `max_samples`, each cut at a pause (`find_pause`) within
    the last `search_samples` before the limit. The ranges cover the whole array without gaps."""
    return [
        (start, start + len(piece))
        for start, piece in cut_stream([samples], max_samples, search_samples, sample_rate)
    ]


def cut_stream(
    blocks: Iterable[np.ndarray], max_samples: int, search_samples: int, sample_rate: int = SPEECH_SAMPLE_RATE
) -> Iterator[tuple[int, np.ndarray]]:
    """Re-cut a stream of sample blocks into pieces of at most `max_samples`, cut at pauses.

    Each cut is `find_pause` within the last `search_samples` before the limit (the audio after the
    limit, as far as it has arrived, is context for the loudness average). Yields (offset of the piece in
    samples, piece). Memory stays bounded by about two pieces whatever the stream's length. The pieces,
    joined, are exactly the input.
    """
    if max_samples <= 0:
        raise ValueError("max_samples must be positive")
    search_samples = max(1, min(search_samples, max_samples // 2 or 1))
    pending: list[np.ndarray] = []
    pending_len = 0
    offset = 0
    for block in blocks:
        if len(block) == 0:
            continue
        pending.append(np.asarray(block, dtype=np.float32))
        pending_len += len(block)
        while pending_len > max_samples:
            buffer = np.concatenate(pending)
            cut = find_pause(buffer, max_samples - search_samples, max_samples, sample_rate)
            cut = max(1, min(cut, max_samples))
            yield offset, buffer[:cut]
            offset += cut
            rest = buffer[cut:]
            pending, pending_len = [rest], len(rest)
    if pending_len:
        yield offset, np.concatenate(pending)
