"""Editing a recording's transcript while keeping the machine transcript intact.

The first edit of a recording copies its current machine transcript into a new transcript row
(kind "edited", based_on_id = the machine one) and makes the copy current; later edits change the copy.
`restore_original` makes the machine transcript current again and deletes the copy.

Undo and redo: every operation is one transaction and returns an EditResult holding the full segment
list before and after it. Undo = `replace_segments(recording_id, result.before)`, redo =
`replace_segments(recording_id, result.after)` (or, to undo the edit that made the copy,
`restore_original`). `replace_segments` reuses the rows whose IDs it is given, so the IDs of unchanged
segments stay stable across undo and redo.

Word timings: a segment whose text is unchanged keeps its words. When the text changes (edit_text,
replace_all), the old words that still appear, in order, as whole whitespace-separated tokens of the new
text keep their timings; words that were changed or removed are dropped, and new words get none. Split
divides the words at the split point, merge joins them, nudge clamps them into the segment's new span.

The full-text index follows every change in the same transaction (only when the recording is not in the
trash: trashed recordings are not indexed).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, replace
from difflib import SequenceMatcher

from sqlalchemy import delete, insert, literal, select, update
from sqlalchemy.orm import Session

from iam_desktop.errors import IamError
from iam_desktop.library import search_index
from iam_desktop.library.recording_store import NoSuchRecording
from iam_desktop.library.records import EditResult, SegmentRecord
from iam_desktop.library.schema import Recording, SegmentRow, utcnow
from iam_desktop.library.schema import Transcript as TranscriptRow
from iam_desktop.transcript import Segment, Word

#: the shortest a segment can be made by nudging its edges (seconds)
MIN_LENGTH = 0.05
MAX_SPEAKER = 100

#: a segment of the new list, with the ID of the row it keeps (None: a new row)
Item = tuple[int | None, Segment]
#: an edit: (current rows, recording duration) -> (new list, how many things changed)
Change = Callable[[list[SegmentRecord], float], tuple[list[Item], int]]


class EditError(IamError):
    """An edit that cannot be made (no transcript, no such segment, a split that leaves nothing…)."""


@dataclass(frozen=True)
class _Current:
    id: int
    kind: str
    based_on_id: int | None
    engine: str
    model: str
    language: str | None
    language_probability: float | None


# --- reading and writing rows -----------------------------------------------------------------------


def _words_json(words: Iterable[Word]) -> list:
    return [[float(w.start), float(w.end), w.text, float(w.probability)] for w in words]


def _load(session: Session, transcript_id: int) -> list[SegmentRecord]:
    rows = session.execute(
        select(
            SegmentRow.id, SegmentRow.start, SegmentRow.end, SegmentRow.text, SegmentRow.words,
            SegmentRow.speaker,
        ).where(SegmentRow.transcript_id == transcript_id).order_by(SegmentRow.position, SegmentRow.id)
    ).all()  # fmt: skip
    return [
        SegmentRecord(
            id=r[0],
            position=i,
            start=r[1],
            end=r[2],
            text=r[3],
            words=tuple(Word(w[0], w[1], w[2], w[3]) for w in r[4] or ()),
            speaker=r[5],
        )
        for i, r in enumerate(rows)
    ]


def _current(session: Session, recording_id: int) -> tuple[_Current, float]:
    duration = session.scalar(select(Recording.duration).where(Recording.id == recording_id))
    if duration is None:
        raise NoSuchRecording(recording_id)
    row = session.execute(
        select(
            TranscriptRow.id, TranscriptRow.kind, TranscriptRow.based_on_id, TranscriptRow.engine,
            TranscriptRow.model, TranscriptRow.language, TranscriptRow.language_probability,
        ).where(TranscriptRow.recording_id == recording_id, TranscriptRow.is_current.is_(True))
    ).first()  # fmt: skip
    if row is None:
        raise EditError(f"recording {recording_id} has no transcript")
    return _Current(*row), float(duration)


def _make_copy(session: Session, recording_id: int, machine: _Current) -> tuple[int, dict[int, int]]:
    """Copy the machine transcript into an edited one and make it current; returns its ID and a map
    from the machine segments' IDs to the copies'."""
    copy_id = session.execute(
        insert(TranscriptRow).values(
            recording_id=recording_id, engine=machine.engine, model=machine.model,
            language=machine.language, language_probability=machine.language_probability,
            created_at=utcnow(), is_current=False, kind="edited",
            based_on_id=machine.id,
        )
    ).inserted_primary_key[0]  # fmt: skip
    columns = ("position", "start", "end", "text", "words", "speaker")
    session.execute(
        insert(SegmentRow).from_select(
            ("transcript_id", *columns),
            select(literal(copy_id), *(getattr(SegmentRow, c) for c in columns))
            .where(SegmentRow.transcript_id == machine.id)
            .order_by(SegmentRow.position, SegmentRow.id),
        )
    )
    search_index.set_current(session, recording_id, copy_id)
    originals = [r.id for r in _load(session, machine.id)]
    copies = [r.id for r in _load(session, copy_id)]
    return copy_id, dict(zip(originals, copies, strict=True))


def _write(
    session: Session, transcript_id: int, before: list[SegmentRecord], items: list[Item], searchable: bool
) -> list[SegmentRecord]:
    """Make the transcript's rows hold `items`, touching only rows that change; keeps the index in step
    (old text out before the rows change, new text in after)."""
    existing = {r.id: r for r in before}
    used: set[int] = set()
    plan: list[SegmentRecord] = []
    for position, (segment_id, seg) in enumerate(items):
        keep = segment_id is not None and segment_id in existing and segment_id not in used
        if keep:
            used.add(segment_id)
        plan.append(
            SegmentRecord(
                id=segment_id if keep else 0,
                position=position,
                start=float(seg.start),
                end=float(seg.end),
                text=seg.text,
                words=tuple(seg.words),
                speaker=seg.speaker,
            )
        )
    gone = [r.id for r in before if r.id not in used]
    retext = [r.id for r in plan if r.id and existing[r.id].text != r.text]
    if searchable:
        search_index.unindex_segments(session, gone + retext)
    if gone:
        session.execute(delete(SegmentRow).where(SegmentRow.id.in_(gone)))
    changed = [_values(r) | {"id": r.id} for r in plan if r.id and r != existing[r.id]]
    if changed:
        session.execute(update(SegmentRow), changed)
    fresh = [r for r in plan if not r.id]
    new_ids: list[int] = []
    if fresh:
        new_ids = list(
            session.scalars(
                insert(SegmentRow).returning(SegmentRow.id, sort_by_parameter_order=True),
                [_values(r) | {"transcript_id": transcript_id} for r in fresh],
            )
        )
        ids = iter(new_ids)
        plan = [r if r.id else replace(r, id=next(ids)) for r in plan]
    if searchable:
        search_index.index_segments(session, retext + new_ids)
    return plan


def _values(record: SegmentRecord) -> dict:
    return {
        "position": record.position, "start": record.start, "end": record.end, "text": record.text,
        "words": _words_json(record.words), "speaker": record.speaker,
    }  # fmt: skip


# --- pure helpers -----------------------------------------------------------------------------------


def _unchanged(rows: list[SegmentRecord]) -> list[Item]:
    return [(r.id, r.segment) for r in rows]


def _at(rows: list[SegmentRecord], position: int) -> SegmentRecord:
    if not 0 <= position < len(rows):
        raise EditError(f"the transcript has no segment {position}")
    return rows[position]


def _kept_words(words: tuple[Word, ...], text: str) -> tuple[Word, ...]:
    """The words whose text still appears, in order, among the whitespace-separated tokens of `text`."""
    if not words:
        return ()
    matcher = SequenceMatcher(None, [w.text.strip() for w in words], text.split(), autojunk=False)
    kept: list[Word] = []
    for tag, i1, i2, _j1, _j2 in matcher.get_opcodes():
        if tag == "equal":
            kept.extend(words[i1:i2])
    return tuple(kept)


def _retexted(seg: SegmentRecord, text: str) -> Segment:
    return replace(seg.segment, text=text, words=_kept_words(seg.words, text))


def _word_offsets(text: str, words: tuple[Word, ...]) -> list[int] | None:
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


def _split_segment(seg: Segment, at: int) -> tuple[Segment, Segment]:
    """Split at character `at`: at the first word of the second part when the words can be placed in the
    text, else in proportion to the characters."""
    left, right = seg.text[:at].rstrip(), seg.text[at:].lstrip()
    if not left.strip() or not right.strip():
        raise EditError("cannot split there: one part would have no text")
    offsets = _word_offsets(seg.text, seg.words)
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
        Segment(seg.start, moment, left, _clamp_words(first_words, seg.start, moment), seg.speaker),
        Segment(moment, seg.end, right, _clamp_words(second_words, moment, seg.end), seg.speaker),
    )


def _clamp_words(words: Iterable[Word], start: float, end: float) -> tuple[Word, ...]:
    def clamp(t: float) -> float:
        return min(max(t, start), end)

    return tuple(replace(w, start=clamp(w.start), end=clamp(w.end)) for w in words)


def _nudged(rows: list[SegmentRecord], position: int, duration: float, ds: float, de: float) -> Segment:
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
    return Segment(start, end, seg.text, _clamp_words(seg.words, start, end), seg.speaker)


def _clean_speaker(name: str | None) -> str | None:
    cleaned = " ".join(name.split()) if name else ""
    if len(cleaned) > MAX_SPEAKER:
        raise EditError(f"a speaker name can be at most {MAX_SPEAKER} characters long")
    return cleaned or None


def _pattern(text: str, case_sensitive: bool) -> re.Pattern[str]:
    if not text:
        raise EditError("nothing to find: the search text is empty")
    return re.compile(re.escape(text), 0 if case_sensitive else re.IGNORECASE)


# --- the editor -------------------------------------------------------------------------------------


class TranscriptEditor:
    """Edits of recordings' current transcripts (`library.edits`); see the module for undo and words.

    `position` is a segment's index in the current transcript (0-based), as in `segments()`.
    """

    def __init__(self, session: Callable[[], AbstractContextManager[Session]]) -> None:
        self._session = session

    # --- reading ----------------------------------------------------------------------------------

    def segments(self, recording_id: int) -> list[SegmentRecord]:
        """The current transcript's segments with their row IDs ([] without a transcript)."""
        with self._session() as session:
            try:
                current, _ = _current(session, recording_id)
            except EditError:
                return []
            return _load(session, current.id)

    def is_edited(self, recording_id: int) -> bool:
        """Whether the current transcript is the user's edited copy."""
        with self._session() as session:
            try:
                return _current(session, recording_id)[0].kind == "edited"
            except EditError:
                return False

    def speakers(self, recording_id: int) -> list[str]:
        """The speaker names of the current transcript, in order of first appearance."""
        names = (r.speaker for r in self.segments(recording_id) if r.speaker)
        return list(dict.fromkeys(names))

    def find(self, recording_id: int, text: str, case_sensitive: bool = False) -> list[tuple[int, int]]:
        """Every occurrence of `text` as (segment position, character offset in the segment's text)."""
        pattern = _pattern(text, case_sensitive)
        rows = self.segments(recording_id)
        return [(r.position, match.start()) for r in rows for match in pattern.finditer(r.text)]

    # --- edits ------------------------------------------------------------------------------------

    def edit_text(self, recording_id: int, position: int, text: str) -> EditResult:
        """Replace a segment's text (times kept; words as the module says)."""

        def change(rows: list[SegmentRecord], _duration: float) -> tuple[list[Item], int]:
            seg = _at(rows, position)
            items = _unchanged(rows)
            if seg.text != text:
                items[position] = (seg.id, _retexted(seg, text))
            return items, int(seg.text != text)

        return self._edit(recording_id, change)

    def split(self, recording_id: int, position: int, at_char: int) -> EditResult:
        """Split a segment before character `at_char` of its text into two (both keep the speaker)."""

        def change(rows: list[SegmentRecord], _duration: float) -> tuple[list[Item], int]:
            seg = _at(rows, position)
            if not 0 < at_char < len(seg.text):
                raise EditError("cannot split there: one part would have no text")
            first, second = _split_segment(seg.segment, at_char)
            items = _unchanged(rows)
            items[position : position + 1] = [(seg.id, first), (None, second)]
            return items, 1

        return self._edit(recording_id, change)

    def merge(self, recording_id: int, position: int) -> EditResult:
        """Join a segment with the next one: texts joined by a space, from the first one's start to the
        later end, words joined, the first one's speaker (or the second's if the first has none)."""

        def change(rows: list[SegmentRecord], _duration: float) -> tuple[list[Item], int]:
            first = _at(rows, position)
            if position + 1 >= len(rows):
                raise EditError("the last segment has no next one to merge with")
            second = rows[position + 1]
            merged = Segment(
                first.start,
                max(first.end, second.end),
                " ".join(t for t in (first.text.strip(), second.text.strip()) if t),
                first.words + second.words,
                first.speaker if first.speaker is not None else second.speaker,
            )
            items = _unchanged(rows)
            items[position : position + 2] = [(first.id, merged)]
            return items, 1

        return self._edit(recording_id, change)

    def nudge(self, recording_id: int, position: int, start_delta: float, end_delta: float) -> EditResult:
        """Move a segment's start and end by these seconds (equal deltas move it whole), clamped so that it
        does not run into its neighbours or outside the recording and stays at least MIN_LENGTH long."""

        def change(rows: list[SegmentRecord], duration: float) -> tuple[list[Item], int]:
            seg = _at(rows, position)
            moved = _nudged(rows, position, duration, float(start_delta), float(end_delta))
            items = _unchanged(rows)
            items[position] = (seg.id, moved)
            return items, int(moved != seg.segment)

        return self._edit(recording_id, change)

    def set_speaker(self, recording_id: int, positions: Iterable[int], name: str | None) -> EditResult:
        """Say who speaks in these segments (None or empty: nobody named)."""
        speaker = _clean_speaker(name)
        wanted = list(positions)

        def change(rows: list[SegmentRecord], _duration: float) -> tuple[list[Item], int]:
            items = _unchanged(rows)
            count = 0
            for position in dict.fromkeys(wanted):
                seg = _at(rows, position)
                if seg.speaker != speaker:
                    items[position] = (seg.id, replace(seg.segment, speaker=speaker))
                    count += 1
            return items, count

        return self._edit(recording_id, change)

    def rename_speaker(self, recording_id: int, old: str, new: str | None) -> EditResult:
        """Rename a speaker in every segment (None or empty `new`: those segments lose their speaker)."""
        old_name, new_name = _clean_speaker(old), _clean_speaker(new)

        def change(rows: list[SegmentRecord], _duration: float) -> tuple[list[Item], int]:
            items = _unchanged(rows)
            count = 0
            for seg in rows:
                if seg.speaker is not None and seg.speaker == old_name and old_name != new_name:
                    items[seg.position] = (seg.id, replace(seg.segment, speaker=new_name))
                    count += 1
            return items, count

        return self._edit(recording_id, change)

    def replace_all(
        self, recording_id: int, find: str, replacement: str, case_sensitive: bool = False
    ) -> EditResult:
        """Replace every occurrence of `find` in the transcript; result.count is the number replaced."""
        pattern = _pattern(find, case_sensitive)

        def change(rows: list[SegmentRecord], _duration: float) -> tuple[list[Item], int]:
            items = _unchanged(rows)
            total = 0
            for seg in rows:
                text, count = pattern.subn(lambda _m: replacement, seg.text)
                if count and text != seg.text:
                    items[seg.position] = (seg.id, _retexted(seg, text))
                total += count if text != seg.text else 0
            return items, total

        return self._edit(recording_id, change)

    def replace_segments(self, recording_id: int, segments: Sequence[Segment | SegmentRecord]) -> EditResult:
        """Make the current transcript exactly `segments` (for undo and redo). Rows whose IDs are given
        (SegmentRecord) are reused; plain Segments become new rows."""
        wanted: list[Item] = [
            (s.id, s.segment) if isinstance(s, SegmentRecord) else (None, s) for s in segments
        ]

        def change(rows: list[SegmentRecord], _duration: float) -> tuple[list[Item], int]:
            differing = sum(1 for r, (_, seg) in zip(rows, wanted, strict=False) if r.segment != seg)
            return wanted, differing + abs(len(rows) - len(wanted))

        return self._edit(recording_id, change)

    def restore_original(self, recording_id: int) -> EditResult:
        """Make the machine transcript current again and delete the edited copy (no-op if not edited)."""
        with self._session() as session:
            current, _ = _current(session, recording_id)
            before = _load(session, current.id)
            if current.kind != "edited":
                return EditResult(tuple(before), tuple(before), 0, False, current.id)
            original = session.scalar(
                select(TranscriptRow.id).where(
                    TranscriptRow.recording_id == recording_id,
                    TranscriptRow.kind == "machine",
                    TranscriptRow.id == current.based_on_id,
                )
            ) or session.scalar(
                select(TranscriptRow.id)
                .where(TranscriptRow.recording_id == recording_id, TranscriptRow.kind == "machine")
                .order_by(TranscriptRow.id.desc())
            )
            if original is None:
                raise EditError(f"the original transcript of recording {recording_id} is gone")
            search_index.set_current(session, recording_id, original)
            session.execute(delete(TranscriptRow).where(TranscriptRow.id == current.id))  # segments cascade
            return EditResult(tuple(before), tuple(_load(session, original)), 1, False, original)

    # --- the one way every edit is written ----------------------------------------------------------

    def _edit(self, recording_id: int, change: Change) -> EditResult:
        with self._session() as session:
            current, duration = _current(session, recording_id)
            rows = _load(session, current.id)
            items, count = change(rows, duration)
            if [seg for _, seg in items] == [r.segment for r in rows]:
                return EditResult(tuple(rows), tuple(rows), 0, False, current.id)
            transcript_id, created = current.id, current.kind != "edited"
            if created:
                transcript_id, id_map = _make_copy(session, recording_id, current)
                rows = [replace(r, id=id_map[r.id]) for r in rows]
                items = [(None if i is None else id_map.get(i), seg) for i, seg in items]
            searchable = search_index.is_searchable(session, recording_id)
            after = _write(session, transcript_id, rows, items, searchable)
            return EditResult(tuple(rows), tuple(after), max(count, 1), created, transcript_id)
