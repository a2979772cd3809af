"""Summaries kept with the recording they summarise (`library.summaries`): several per recording, editable,
searchable (summaries_fts, kept in step here), marked stale when the transcript changes much.

Records in and out are iam_desktop.summaries.model.Summary (no ORM rows leave the library).

When a summary becomes stale (out of date; it is never made fresh again, a new one is made instead):
  - a new transcript becomes the recording's current one (a transcription job completes, the recording is
    transcribed again): `mark_stale_in`, called by the library where it stores a transcript;
  - edits of the transcript change more than STALE_SHARE of its words: every edit (and restoring the
    original transcript, which is an edit like any other here) adds the share of words it changed to each
    fresh summary's `drift`, and a summary whose drift passes STALE_SHARE is stale. So many small
    corrections add up, and restoring the original after a few typo fixes does not make a summary of
    that original stale. A word is a run of letters and digits, case-folded: a change of case or
    punctuation, of speakers (naming, renaming, labelling), of timings, a split or a merge changes no
    word. An edit undone counts again (it changes the words again).
An edit of the summary's own text makes it `edited`, not stale.
"""

from __future__ import annotations

import builtins
import re
from collections import Counter
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from datetime import datetime

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from iam_desktop.errors import IamError
from iam_desktop.library import search_index
from iam_desktop.library.recording_store import NoSuchRecording
from iam_desktop.library.records import aware
from iam_desktop.library.schema import Recording, SummaryRow, utcnow
from iam_desktop.library.schema import Transcript as TranscriptRow
from iam_desktop.summaries.model import PRESETS, Chapter, Summary

#: a summary is stale once edits have changed more than this share of the transcript's words
STALE_SHARE = 0.10

_WORD = re.compile(r"\w+")


class NoSuchSummary(IamError):
    """A summary ID that is not in the library."""

    def __init__(self, summary_id: int) -> None:
        super().__init__(f"no summary with ID {summary_id}")
        self.summary_id = summary_id


class SummaryStore:
    """Add, list, read, edit and delete the summaries of recordings (see the module for staleness)."""

    def __init__(self, session: Callable[[], AbstractContextManager[Session]]) -> None:
        self._session = session

    def add(self, recording_id: int, summary: Summary, *, transcript_id: int | None = None) -> Summary:
        """Store `summary` with the recording; returns it with its id, recording_id and created_at.

        `transcript_id` is the transcript it was made from (see `current_transcript_id`; None: the
        current one). A summary made from a transcript that is no longer current (the recording was
        transcribed again meanwhile) is stored stale. Its own created_at, stale and edited are kept when
        set. Raises NoSuchRecording, or ValueError for a preset not in PRESETS."""
        if summary.preset not in PRESETS:
            raise ValueError(f"unknown preset {summary.preset!r}: one of {', '.join(PRESETS)}")
        with self._session() as session:
            _require_recording(session, recording_id)
            current = search_index.current_transcript_id(session, recording_id)
            made_from = current if transcript_id is None else transcript_id
            if made_from is not None and session.get(TranscriptRow, made_from) is None:
                made_from = None  # gone since
            now = utcnow()
            row = SummaryRow(
                recording_id=recording_id,
                preset=summary.preset,
                engine=summary.engine,
                model=summary.model,
                instruction=summary.instruction,
                text=summary.text,
                chapters=[[float(c.start), str(c.title)] for c in summary.chapters],
                created_at=summary.created_at or now,
                updated_at=now,
                stale=summary.stale or made_from != current,
                edited=summary.edited,
                drift=0.0,
                transcript_id=made_from,
            )
            session.add(row)
            session.flush()
            if search_index.is_searchable(session, recording_id):
                search_index.index_summary(session, row.id)
            return _summary(row)

    def list(self, recording_id: int) -> builtins.list[Summary]:
        """The recording's summaries, newest first. Raises NoSuchRecording."""
        with self._session() as session:
            _require_recording(session, recording_id)
            rows = session.scalars(
                select(SummaryRow)
                .where(SummaryRow.recording_id == recording_id)
                .order_by(SummaryRow.created_at.desc(), SummaryRow.id.desc())
            )
            return [_summary(row) for row in rows]

    def get(self, summary_id: int) -> Summary:
        """One summary. Raises NoSuchSummary."""
        with self._session() as session:
            return _summary(_row(session, summary_id))

    def latest(self, recording_id: int, preset: str | None = None) -> Summary | None:
        """The newest summary of the recording (of `preset`, if given), stale or not; None without one.
        Raises NoSuchRecording."""
        return next((s for s in self.list(recording_id) if preset is None or s.preset == preset), None)

    def for_export(self, recording_id: int, *, stale: bool = False) -> builtins.list[Summary]:
        """What an export shows by default: the newest summary of each preset, in the order of PRESETS,
        leaving out stale ones (with `stale`, the newest of each preset, stale or not). Raises
        NoSuchRecording."""
        newest: dict[str, Summary] = {}
        for summary in self.list(recording_id):
            if stale or not summary.stale:
                newest.setdefault(summary.preset, summary)
        return [newest[preset] for preset in PRESETS if preset in newest]

    def current_transcript_id(self, recording_id: int) -> int | None:
        """The ID of the recording's current transcript (None without one): read it before making a
        summary and pass it to `add`, so that a summary of a transcript replaced meanwhile is stored
        stale. Raises NoSuchRecording."""
        with self._session() as session:
            _require_recording(session, recording_id)
            return search_index.current_transcript_id(session, recording_id)

    def update_text(self, summary_id: int, text: str) -> Summary:
        """Replace a summary's text with the user's; it is then `edited` (not stale: the transcript did
        not change). The same text again changes nothing. Raises NoSuchSummary."""
        with self._session() as session:
            row = _row(session, summary_id)
            if row.text == text:
                return _summary(row)
            searchable = search_index.is_searchable(session, row.recording_id)
            if searchable:  # the old text leaves the index before it changes
                search_index.unindex_summary(session, summary_id)
            row.text = text
            row.edited = True
            row.updated_at = utcnow()
            session.flush()
            if searchable:
                search_index.index_summary(session, summary_id)
            return _summary(row)

    def delete(self, summary_id: int) -> None:
        """Delete a summary for good. Raises NoSuchSummary."""
        with self._session() as session:
            row = _row(session, summary_id)
            if search_index.is_searchable(session, row.recording_id):
                search_index.unindex_summary(session, summary_id)
            session.execute(delete(SummaryRow).where(SummaryRow.id == summary_id))

    def mark_stale(self, recording_id: int) -> int:
        """Mark every summary of the recording stale; returns how many were fresh. Raises
        NoSuchRecording."""
        with self._session() as session:
            _require_recording(session, recording_id)
            return mark_stale_in(session, recording_id)


# --- used by the library inside its own transactions ------------------------------------------------


def mark_stale_in(session: Session, recording_id: int) -> int:
    """Mark the recording's fresh summaries stale (a new transcript became current); how many."""
    fresh = _fresh_ids(session, recording_id)
    if fresh:
        session.execute(update(SummaryRow).where(SummaryRow.id.in_(fresh)).values(stale=True))
    return len(fresh)


def note_edit(session: Session, recording_id: int, before: Iterable[str], after: Iterable[str]) -> None:
    """An edit changed the current transcript's segment texts from `before` to `after`: add the share of
    words it changed to the fresh summaries' drift, and mark those whose drift passes STALE_SHARE stale."""
    fresh = _fresh_ids(session, recording_id)
    if not fresh:
        return
    share = changed_share(before, after)
    if share <= 0:
        return
    session.execute(update(SummaryRow).where(SummaryRow.id.in_(fresh)).values(drift=SummaryRow.drift + share))
    session.execute(
        update(SummaryRow).where(SummaryRow.id.in_(fresh), SummaryRow.drift > STALE_SHARE).values(stale=True)
    )


def words(text: str) -> builtins.list[str]:
    """The words of a text as staleness counts them: runs of letters and digits, case-folded."""
    return _WORD.findall(text.casefold())


def changed_share(before: Iterable[str], after: Iterable[str]) -> float:
    """The share of words changed between two lists of segment texts: words removed or added (the larger
    count; a word replaced counts once), over the larger word count. Moving words between segments (a
    split, a merge) changes none. 0.0 for two empty texts."""
    old, new = Counter(before), Counter(after)
    gone, came = old - new, new - old  # only the segments whose text differs are looked at word by word
    removed: Counter[str] = Counter()
    added: Counter[str] = Counter()
    for text, count in gone.items():
        for word in words(text):
            removed[word] += count
    for text, count in came.items():
        for word in words(text):
            added[word] += count
    changed = max(sum((removed - added).values()), sum((added - removed).values()))
    if not changed:
        return 0.0
    total = max(_word_count(old), _word_count(new), 1)
    return changed / total


def _word_count(texts: Counter[str]) -> int:
    return sum(len(words(text)) * count for text, count in texts.items())


def _fresh_ids(session: Session, recording_id: int) -> builtins.list[int]:
    return list(
        session.scalars(
            select(SummaryRow.id).where(SummaryRow.recording_id == recording_id, SummaryRow.stale.is_(False))
        )
    )


def _require_recording(session: Session, recording_id: int) -> None:
    if session.scalar(select(Recording.id).where(Recording.id == recording_id)) is None:
        raise NoSuchRecording(recording_id)


def _row(session: Session, summary_id: int) -> SummaryRow:
    row = session.get(SummaryRow, summary_id)
    if row is None:
        raise NoSuchSummary(summary_id)
    return row


def _summary(row: SummaryRow) -> Summary:
    created: datetime = aware(row.created_at)
    return Summary(
        preset=row.preset,
        engine=row.engine,
        text=row.text,
        model=row.model,
        chapters=_chapters(row.chapters),
        instruction=row.instruction,
        id=row.id,
        recording_id=row.recording_id,
        created_at=created,
        stale=bool(row.stale),
        edited=bool(row.edited),
    )


def _chapters(stored: list | None) -> tuple[Chapter, ...]:
    """The chapters from their JSON ([[start, title], …])."""
    return tuple(Chapter(float(start), str(title)) for start, title in stored or ())
