"""Which words the engine was unsure of, and moving from one to the next (the review pane's F8).

A word is *unsure* when the engine gave it a probability below UNSURE_BELOW. The threshold was chosen on
measured figures (2026-12-01, tiny.en, beam 5, word timestamps; the three espeak-ng voices of the
benchmark's meeting text and the real English clips of the shared speech set, 532 words, 26 of them
wrong): the median word has 0.97; below 0.5 lie 6 % of all words (about one per subtitle line) and
10 of the 26 wrong ones; below 0.6 lie 11 % of the words (16 wrong ones); below 0.3 only 3 % but
just 1 wrong word. The app's batched path gives the same picture (6 % below 0.5). 0.5 marks few enough
words to stay calm and still leads to the words most worth a second listen. Whisper is also sometimes
confidently wrong (a misheard word at 0.98), so the marks guide a review, they do not replace one.

Engines that give no word probabilities (the cloud models) store 1.0: nothing of theirs is marked.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from iam_desktop.transcript import Segment, Word

#: a word whose probability is below this is marked as unsure
UNSURE_BELOW = 0.5

#: (segment index, word index) of a word in a transcript
Position = tuple[int, int]


def is_unsure(word: Word, threshold: float = UNSURE_BELOW) -> bool:
    """The engine was unsure of `word`: a probability below `threshold`. A word without letters or
    digits (punctuation on its own) or without a usable probability never is."""
    p = word.probability
    return math.isfinite(p) and p < threshold and any(c.isalnum() for c in word.text)


def uncertain_words(segments: Sequence[Segment], threshold: float = UNSURE_BELOW) -> list[Position]:
    """Every unsure word of `segments`, in reading order."""
    return [
        (row, n)
        for row, segment in enumerate(segments)
        for n, word in enumerate(segment.words)
        if is_unsure(word, threshold)
    ]


def next_uncertain(
    positions: Sequence[Position], current: Position | None, backwards: bool = False
) -> tuple[int, bool] | None:
    """Where to go from `current`: the index into `positions` (sorted, as uncertain_words gives them) of
    the first one after `current` (with `backwards`: the last one before it), and whether the search
    wrapped around the end (the start). `current` None: the first (the last) one. None if there are
    no positions.

    `current` need not be one of the positions: (row, -1) finds the first unsure word of `row` or
    after it."""
    if not positions:
        return None
    if current is None:
        return (len(positions) - 1 if backwards else 0), False
    if backwards:
        at = bisect_left(positions, current) - 1
        return (at, False) if at >= 0 else (len(positions) - 1, True)
    at = bisect_right(positions, current)
    return (at, False) if at < len(positions) else (0, True)


def describe(probability: float) -> str:
    """How an unsure word is described to the user: "Unsure (42%)"."""
    return f"Unsure ({max(0.0, min(1.0, probability)):.0%})"
