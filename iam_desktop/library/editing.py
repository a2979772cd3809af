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
trash: trashed recordings are not indexed). So do the recording's summaries: an edit (restoring the
original too) that changes many of the transcript's words makes them stale (summary_store.note_edit).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractContextManager
from dataclasses import replace

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from iam_desktop.library import search_index, summary_store
from iam_desktop.library.edit_rows import (
    current_transcript,
    load_segments,
    make_edited_copy,
    write_segments,
)
from iam_desktop.library.edit_segments import (
    MAX_SPEAKER,
    MIN_LENGTH,
    EditError,
    Item,
    clean_speaker,
    find_pattern,
    nudged,
    retexted,
    segment_at,
    split_segment,
    unchanged_items,
)
from iam_desktop.library.records import EditResult, SegmentRecord
from iam_desktop.library.schema import Transcript as TranscriptRow
from iam_desktop.transcript import Segment

#: what other modules import from here (the helpers live in edit_segments and edit_rows)
__all__ = ["MAX_SPEAKER", "MIN_LENGTH", "Change", "EditError", "Item", "TranscriptEditor", "preview"]

#: an edit: (current rows, recording duration) -> (new list, how many things changed)
Change = Callable[[list[SegmentRecord], float], tuple[list[Item], int]]


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
                current, _ = current_transcript(session, recording_id)
            except EditError:
                return []
            return load_segments(session, current.id)

    def is_edited(self, recording_id: int) -> bool:
        """Whether the current transcript is the user's edited copy."""
        with self._session() as session:
            try:
                return current_transcript(session, recording_id)[0].kind == "edited"
            except EditError:
                return False

    def speakers(self, recording_id: int) -> list[str]:
        """The speaker names of the current transcript, in order of first appearance."""
        names = (r.speaker for r in self.segments(recording_id) if r.speaker)
        return list(dict.fromkeys(names))

    def find(self, recording_id: int, text: str, case_sensitive: bool = False) -> list[tuple[int, int]]:
        """Every occurrence of `text` as (segment position, character offset in the segment's text)."""
        pattern = find_pattern(text, case_sensitive)
        rows = self.segments(recording_id)
        return [(r.position, match.start()) for r in rows for match in pattern.finditer(r.text)]

    # --- edits ------------------------------------------------------------------------------------

    def edit_text(self, recording_id: int, position: int, text: str) -> EditResult:
        """Replace a segment's text (times kept; words as the module says)."""

        def change(rows: list[SegmentRecord], _duration: float) -> tuple[list[Item], int]:
            seg = segment_at(rows, position)
            items = unchanged_items(rows)
            if seg.text != text:
                items[position] = (seg.id, retexted(seg, text))
            return items, int(seg.text != text)

        return self._edit(recording_id, change)

    def split(self, recording_id: int, position: int, at_char: int) -> EditResult:
        """Split a segment before character `at_char` of its text into two (both keep the speaker)."""

        def change(rows: list[SegmentRecord], _duration: float) -> tuple[list[Item], int]:
            seg = segment_at(rows, position)
            if not 0 < at_char < len(seg.text):
                raise EditError("cannot split there: one part would have no text")
            first, second = split_segment(seg.segment, at_char)
            items = unchanged_items(rows)
            items[position : position + 1] = [(seg.id, first), (None, second)]
            return items, 1

        return self._edit(recording_id, change)

    def merge(self, recording_id: int, position: int) -> EditResult:
        """Join a segment with the next one: texts joined by a space, from the first one's start to the
        later end, words joined, the first one's speaker (or the second's if the first has none)."""

        def change(rows: list[SegmentRecord], _duration: float) -> tuple[list[Item], int]:
            first = segment_at(rows, position)
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
            items = unchanged_items(rows)
            items[position : position + 2] = [(first.id, merged)]
            return items, 1

        return self._edit(recording_id, change)

    def nudge(self, recording_id: int, position: int, start_delta: float, end_delta: float) -> EditResult:
        """Move a segment's start and end by these seconds (equal deltas move it whole), clamped so that it
        does not run into its neighbours or outside the recording and stays at least MIN_LENGTH long."""

        def change(rows: list[SegmentRecord], duration: float) -> tuple[list[Item], int]:
            seg = segment_at(rows, position)
            moved = nudged(rows, position, duration, float(start_delta), float(end_delta))
            items = unchanged_items(rows)
            items[position] = (seg.id, moved)
            return items, int(moved != seg.segment)

        return self._edit(recording_id, change)

    def set_speaker(self, recording_id: int, positions: Iterable[int], name: str | None) -> EditResult:
        """Say who speaks in these segments (None or empty: nobody named)."""
        speaker = clean_speaker(name)
        wanted = list(positions)

        def change(rows: list[SegmentRecord], _duration: float) -> tuple[list[Item], int]:
            items = unchanged_items(rows)
            count = 0
            for position in dict.fromkeys(wanted):
                seg = segment_at(rows, position)
                if seg.speaker != speaker:
                    items[position] = (seg.id, replace(seg.segment, speaker=speaker))
                    count += 1
            return items, count

        return self._edit(recording_id, change)

    def rename_speaker(self, recording_id: int, old: str, new: str | None) -> EditResult:
        """Rename a speaker in every segment (None or empty `new`: those segments lose their speaker)."""
        old_name, new_name = clean_speaker(old), clean_speaker(new)

        def change(rows: list[SegmentRecord], _duration: float) -> tuple[list[Item], int]:
            items = unchanged_items(rows)
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
        pattern = find_pattern(find, case_sensitive)

        def change(rows: list[SegmentRecord], _duration: float) -> tuple[list[Item], int]:
            items = unchanged_items(rows)
            total = 0
            for seg in rows:
                text, count = pattern.subn(lambda _m: replacement, seg.text)
                if count and text != seg.text:
                    items[seg.position] = (seg.id, retexted(seg, text))
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
            current, _ = current_transcript(session, recording_id)
            before = load_segments(session, current.id)
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
            after = load_segments(session, original)
            summary_store.note_edit(session, recording_id, (r.text for r in before), (r.text for r in after))
            return EditResult(tuple(before), tuple(after), 1, False, original)

    # --- the one way every edit is written ----------------------------------------------------------

    def _edit(self, recording_id: int, change: Change) -> EditResult:
        with self._session() as session:
            current, duration = current_transcript(session, recording_id)
            rows = load_segments(session, current.id)
            items, count = change(rows, duration)
            if [seg for _, seg in items] == [r.segment for r in rows]:
                return EditResult(tuple(rows), tuple(rows), 0, False, current.id)
            transcript_id, created = current.id, current.kind != "edited"
            if created:
                transcript_id, id_map = make_edited_copy(session, recording_id, current)
                rows = [replace(r, id=id_map[r.id]) for r in rows]
                items = [(None if i is None else id_map.get(i), seg) for i, seg in items]
            searchable = search_index.is_searchable(session, recording_id)
            after = write_segments(session, transcript_id, rows, items, searchable)
            summary_store.note_edit(session, recording_id, (r.text for r in rows), (r.text for r in after))
            return EditResult(tuple(rows), tuple(after), max(count, 1), created, transcript_id)


# --- the same edits in memory -----------------------------------------------------------------------


def preview(
    segments: Sequence[Segment], duration: float, edit: Callable[[TranscriptEditor, int], EditResult]
) -> EditResult:
    """What `edit(editor, recording_id)` (a call of one TranscriptEditor edit) would make of a transcript of
    `segments` in a recording `duration` seconds long, computed in memory by the same rules, writing
    nothing: a view shows an edit at once and stores the same call in the background.

    The result's row IDs are stand-ins (new rows: 0) and created_copy is False. Raises EditError as the
    edit would; restore_original cannot be previewed (it needs the machine transcript)."""
    return edit(_Preview(segments, duration), 0)


def _no_library() -> AbstractContextManager[Session]:
    raise EditError("this edit needs the library: it cannot be previewed")


class _Preview(TranscriptEditor):
    """A TranscriptEditor over segments in memory (see `preview`)."""

    def __init__(self, segments: Sequence[Segment], duration: float) -> None:
        super().__init__(_no_library)
        self._rows = [
            SegmentRecord(n + 1, n, s.start, s.end, s.text, tuple(s.words), s.speaker)
            for n, s in enumerate(segments)
        ]
        self._duration = duration

    def _edit(self, recording_id: int, change: Change) -> EditResult:
        rows = self._rows
        items, count = change(rows, self._duration)
        if [seg for _, seg in items] == [r.segment for r in rows]:
            return EditResult(tuple(rows), tuple(rows), 0)
        after = tuple(
            SegmentRecord(i or 0, n, s.start, s.end, s.text, tuple(s.words), s.speaker)
            for n, (i, s) in enumerate(items)
        )
        return EditResult(tuple(rows), after, max(count, 1))
