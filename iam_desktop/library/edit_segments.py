"""The pure part of transcript edits (no database): the new segment list an edit makes from the current
one, how a changed text keeps the words it still holds, splitting and nudging, speaker names, search
patterns. See iam_desktop.library.editing for the rules (words, undo)."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import replace
from difflib import SequenceMatcher

from iam_desktop.errors import IamError
from iam_desktop.library.records import SegmentRecord
from iam_desktop.transcript import Segment, Word

#: the shortest a segment can be made by nudging its edges (seconds)
MIN_LENGTH = 0.05
MAX_SPEAKER = 100

#: a segment of the new list, with the ID of the row it keeps (None: a new row)
Item = tuple[int | None, Segment]


class EditError(IamError):
    """An edit that cannot be made (no transcript, no such segment, a split that leaves nothing…)."""


def unchanged_items(rows: list[SegmentRecord]) -> list[Item]:
    return [(r.id, r.segment) for r in rows]


def segment_at(rows: list[SegmentRecord], position: int) -> SegmentRecord:
    if not 0 <= position < len(rows):
        raise EditError(f"the transcript has no segment {position}")
    return rows[position]


def kept_words(words: tuple[Word, ...], text: str) -> tuple[Word, ...]:
    """The words whose text still appears, in order, among the whitespace-separated tokens of `text`."""
    if not words:
        return ()
    matcher = SequenceMatcher(None, [w.text.strip() for w in words], text.split(), autojunk=False)
    kept: list[Word] = []
    for tag, i1, i2, _j1, _j2 in matcher.get_opcodes():
        if tag == "equal":
            kept.extend(words[i1:i2])
    return tuple(kept)


def retexted(seg: SegmentRecord, text: str) -> Segment:
    return replace(seg.segment, text=text, words=kept_words(seg.words, text))


def word_offsets(text: str, words: tuple[Word, ...]) -> list[int] | None:
    """Where each word starts in `text`, or None if the words cannot all be found in order."""
    offsets: list[int] = []
    cursor = 0
    for word in words:
        token = word.text.strip()
        found = text.find(token, cursor) if token else cursor
        if found < 0:
            return None
        offsets.append(found)
        cursor = found + len(token)
    return offsets


def split_segment(seg: Segment, at: int) -> tuple[Segment, Segment]:
    """Split at character `at`: at the first word of the second part when the words can be placed in the
    text, else in proportion to the characters."""
    left, right = seg.text[:at].rstrip(), seg.text[at:].lstrip()
    if not left.strip() or not right.strip():
        raise EditError("cannot split there: one part would have no text")
    offsets = word_offsets(seg.text, seg.words)
    if offsets is not None and any(o < at for o in offsets) and any(o >= at for o in offsets):
        first_words = tuple(w for w, o in zip(seg.words, offsets, strict=True) if o < at)
        second_words = seg.words[len(first_words) :]
        moment = second_words[0].start
    else:
        moment = seg.start + (seg.end - seg.start) * at / len(seg.text)
        first_words = tuple(w for w in seg.words if (w.start + w.end) / 2 < moment)
        second_words = seg.words[len(first_words) :]
    moment = min(max(moment, seg.start), seg.end)
    return (
        Segment(seg.start, moment, left, clamp_words(first_words, seg.start, moment), seg.speaker),
        Segment(moment, seg.end, right, clamp_words(second_words, moment, seg.end), seg.speaker),
    )


def clamp_words(words: Iterable[Word], start: float, end: float) -> tuple[Word, ...]:
    def clamp(t: float) -> float:
        return min(max(t, start), end)

    return tuple(replace(w, start=clamp(w.start), end=clamp(w.end)) for w in words)


def nudged(rows: list[SegmentRecord], position: int, duration: float, ds: float, de: float) -> Segment:
    """The segment with its edges moved by ds/de seconds, clamped: not into its neighbours (nor further
    into one it already overlaps), within 0..duration, and at least MIN_LENGTH long."""
    seg = rows[position]
    lower = rows[position - 1].end if position > 0 else 0.0
    upper = rows[position + 1].start if position + 1 < len(rows) else (duration if duration > 0 else math.inf)
    lo, hi = max(0.0, min(lower, seg.start)), max(upper, seg.end)
    start, end = seg.start, seg.end
    if ds and ds == de:  # a move keeps the length
        shift = min(max(ds, lo - seg.start), hi - seg.end)
        start, end = seg.start + shift, seg.end + shift
    else:
        if ds:
            start = min(max(seg.start + ds, lo), hi)
        if de:
            end = min(max(seg.end + de, lo), hi)
        if end - start < MIN_LENGTH:
            if ds and not de:
                start = max(lo, end - MIN_LENGTH)
            else:
                end = min(hi, start + MIN_LENGTH)
                start = max(lo, min(start, end - MIN_LENGTH))
    if end <= start:
        return seg.segment
    return Segment(start, end, seg.text, clamp_words(seg.words, start, end), seg.speaker)


def clean_speaker(name: str | None) -> str | None:
    cleaned = " ".join(name.split()) if name else ""
    if len(cleaned) > MAX_SPEAKER:
        raise EditError(f"a speaker name can be at most {MAX_SPEAKER} characters long")
    return cleaned or None


def find_pattern(text: str, case_sensitive: bool) -> re.Pattern[str]:
    if not text:
        raise EditError("nothing to find: the search text is empty")
    return re.compile(re.escape(text), 0 if case_sensitive else re.IGNORECASE)
