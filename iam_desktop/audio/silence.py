"""Cutting long audio at its quietest moments, so that no word is split between two pieces."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import numpy as np

#: length of the frames whose loudness is compared when looking for a cut (seconds)
FRAME_SECONDS = 0.05


def quietest_point(samples: np.ndarray, start: int, end: int, sample_rate: int = 16000) -> int:
    """The sample index in [start, end) at the middle of the quietest short frame (by RMS)."""
    start, end = max(0, start), min(len(samples), end)
    frame = max(1, int(FRAME_SECONDS * sample_rate))
    if end - start <= frame:
        return (start + end) // 2
    usable = (end - start) // frame * frame
    window = samples[start : start + usable].astype(np.float64).reshape(-1, frame)
    energy = np.mean(window * window, axis=1)
    # among equally quiet frames take the one nearest the end (longest pieces, fewest cuts)
    best = len(energy) - 1 - int(np.argmin(energy[::-1]))
    return start + best * frame + frame // 2


def split_at_silences(
    samples: np.ndarray, max_samples: int, search_samples: int, sample_rate: int = 16000
) -> list[tuple[int, int]]:
    """Split into [start, end) ranges of at most `max_samples`, each cut at the quietest point within the
    last `search_samples` before the limit. The ranges cover the whole array without gaps."""
    return [
        (start, start + len(piece))
        for start, piece in cut_stream([samples], max_samples, search_samples, sample_rate)
    ]


def cut_stream(
    blocks: Iterable[np.ndarray], max_samples: int, search_samples: int, sample_rate: int = 16000
) -> Iterator[tuple[int, np.ndarray]]:
    """Re-cut a stream of sample blocks into pieces of at most `max_samples`, cut at silences.

    Yields (offset of the piece in samples, piece). Memory stays bounded by about two pieces whatever
    the stream's length. The pieces, joined, are exactly the input.
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
            cut = quietest_point(buffer, max_samples - search_samples, max_samples, sample_rate)
            cut = max(1, min(cut, max_samples))
            yield offset, buffer[:cut]
            offset += cut
            rest = buffer[cut:]
            pending, pending_len = [rest], len(rest)
    if pending_len:
        yield offset, np.concatenate(pending)
