"""Decoding windows from voice activity, and the check that tells a window whose decoder stopped early.

Whisper decodes at most 30 s at a time. The batched decoder (many windows at once, about twice as fast on a
CPU as one after another) sometimes ends a window's text early and drops the sentences after it; a
sequential decoder would have gone back for them. The words' timings show it: speech that voice activity
found but no word covers. Such a window is decoded again (iam_desktop.engines.local_whisper), cut in two at
its longest pause, so that each half asks less of the decoder.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

#: longest window the model takes (seconds)
WINDOW_SECONDS = 30.0
#: speech (seconds) a window may leave without words before it is decoded again
UNCOVERED_LIMIT = 1.5
#: time around a word's timing that counts as covered (word timings are approximate)
WORD_PAD = 0.25
#: a window's text compressing better than this is a repetition loop (Whisper's own threshold)
LOOP_COMPRESSION = 2.4


@dataclass(frozen=True)
class Window:
    """A stretch of audio decoded at once: from the first speech in it to the last (seconds), and the
    stretches of speech inside it."""

    start: float
    end: float
    speech: tuple[tuple[float, float], ...]

    @property
    def speech_seconds(self) -> float:
        return sum(b - a for a, b in self.speech)

    def halves(self) -> tuple[Window, Window]:
        """The window cut in two at its longest pause (in the middle when it is one stretch of speech)."""
        if len(self.speech) > 1:
            k = max(range(1, len(self.speech)), key=lambda j: self.speech[j][0] - self.speech[j - 1][1])
            cut = (self.speech[k - 1][1] + self.speech[k][0]) / 2
            return Window(self.start, cut, self.speech[:k]), Window(cut, self.end, self.speech[k:])
        cut = (self.start + self.end) / 2
        return Window(self.start, cut, ((self.start, cut),)), Window(cut, self.end, ((cut, self.end),))


def speech_windows(speech: Sequence[tuple[float, float]], limit: float = WINDOW_SECONDS) -> list[Window]:
    """Group stretches of speech (seconds, in time order, none longer than `limit`) into windows of at most
    `limit` seconds from the first speech to the last, greedily; the pauses between windows stay out."""
    windows: list[Window] = []
    for start, end in speech:
        if windows and end - windows[-1].start <= limit:
            last = windows[-1]
            windows[-1] = Window(last.start, end, (*last.speech, (start, end)))
        else:
            windows.append(Window(start, end, ((start, end),)))
    return windows


def uncovered_speech(window: Window, words: Sequence[tuple[float, float]], pad: float = WORD_PAD) -> float:
    """Seconds of the window's speech that no word (start, end; in time order) covers, each word widened
    by `pad` on both sides."""
    total = 0.0
    for start, end in window.speech:
        covered_to = start
        for word_start, word_end in words:
            a, b = word_start - pad, word_end + pad
            if b <= covered_to:
                continue
            if a >= end:
                break
            if a > covered_to:
                total += a - covered_to
            covered_to = max(covered_to, b)
        if covered_to < end:
            total += end - covered_to
    return total


def window_of(windows: Sequence[Window], start: float, end: float) -> int:
    """The index of the window a piece of text timed start..end belongs to (the one holding its middle,
    else the nearest)."""
    middle = (start + end) / 2

    def distance(i: int) -> float:
        w = windows[i]
        return 0.0 if w.start <= middle <= w.end else min(abs(w.start - middle), abs(w.end - middle))

    return min(range(len(windows)), key=distance)
