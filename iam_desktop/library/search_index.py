"""Keeping the full-text index (SQLite FTS5) in step with the library, inside the caller's transaction.

Only what a user should find is indexed: the segments of each recording's *current* transcript, and the
title and notes of recordings that are not in the trash. Every change of those goes through the functions
here, called by the storage layer in the same transaction as the change itself, so the index can never
disagree with the data (external-content FTS5 tables need the old text to remove an entry: call the
`unindex_*` function *before* changing or deleting rows, the `index_*` one after).

A segment is indexed by its text and its speaker's name (segments_fts has the columns text, speaker): a
change of either one, even of the speaker alone, is an unindex before and an index after. A 'delete' must
give the old value of every column, exactly as it was indexed, or the index keeps stray words.

Summaries (summaries_fts, their text) are indexed like the transcript: those of recordings not in the
trash, all of a recording's summaries (stale ones too), in and out with its current transcript.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import text
from sqlalchemy.orm import Session

#: what segments_fts holds of a segment (its columns, filled from the segments row `s`)
_SEGMENT_INDEX = (
    "INSERT INTO segments_fts(rowid, text, speaker) SELECT s.id, s.text, s.speaker FROM segments s"
)
_SEGMENT_UNINDEX = (
    "INSERT INTO segments_fts(segments_fts, rowid, text, speaker) "
    "SELECT 'delete', s.id, s.text, s.speaker FROM segments s"
)


def index_transcript(session: Session, transcript_id: int) -> None:
    """Add every segment of a transcript to the index."""
    session.execute(
        text(f"{_SEGMENT_INDEX} WHERE s.transcript_id = :t"),
        {"t": transcript_id},
    )


def unindex_transcript(session: Session, transcript_id: int) -> None:
    """Remove every segment of a transcript from the index (before its rows change or go)."""
    session.execute(
        text(f"{_SEGMENT_UNINDEX} WHERE s.transcript_id = :t"),
        {"t": transcript_id},
    )


def index_segments(session: Session, segment_ids: Iterable[int]) -> None:
    """Add these segments (of a current transcript) to the index, e.g. after an edit."""
    for segment_id in segment_ids:
        session.execute(
            text(f"{_SEGMENT_INDEX} WHERE s.id = :s"),
            {"s": segment_id},
        )


def unindex_segments(session: Session, segment_ids: Iterable[int]) -> None:
    """Remove these segments from the index (before their text or speaker changes or the rows go)."""
    for segment_id in segment_ids:
        session.execute(
            text(f"{_SEGMENT_UNINDEX} WHERE s.id = :s"),
            {"s": segment_id},
        )


_SUMMARY_INDEX = "INSERT INTO summaries_fts(rowid, text) SELECT m.id, m.text FROM summaries m"
_SUMMARY_UNINDEX = (
    "INSERT INTO summaries_fts(summaries_fts, rowid, text) SELECT 'delete', m.id, m.text FROM summaries m"
)


def index_summary(session: Session, summary_id: int) -> None:
    """Add a summary's text to the index (after it is stored or its text changed)."""
    session.execute(text(f"{_SUMMARY_INDEX} WHERE m.id = :m"), {"m": summary_id})


def unindex_summary(session: Session, summary_id: int) -> None:
    """Remove a summary's text from the index (before its text changes or the row goes)."""
    session.execute(text(f"{_SUMMARY_UNINDEX} WHERE m.id = :m"), {"m": summary_id})


def index_summaries(session: Session, recording_id: int) -> None:
    """Add every summary of a recording to the index."""
    session.execute(text(f"{_SUMMARY_INDEX} WHERE m.recording_id = :r"), {"r": recording_id})


def unindex_summaries(session: Session, recording_id: int) -> None:
    """Remove every summary of a recording from the index."""
    session.execute(text(f"{_SUMMARY_UNINDEX} WHERE m.recording_id = :r"), {"r": recording_id})


def current_transcript_id(session: Session, recording_id: int) -> int | None:
    return session.execute(
        text("SELECT id FROM transcripts WHERE recording_id = :r AND is_current = 1"), {"r": recording_id}
    ).scalar()


def is_searchable(session: Session, recording_id: int) -> bool:
    """Whether the recording's content belongs in the index (it exists and is not in the trash)."""
    deleted = session.execute(
        text("SELECT deleted_at IS NULL FROM recordings WHERE id = :r"), {"r": recording_id}
    ).scalar()
    return bool(deleted)


def set_current(session: Session, recording_id: int, transcript_id: int) -> None:
    """Make `transcript_id` the recording's current transcript, moving the index over to it."""
    previous = current_transcript_id(session, recording_id)
    if previous == transcript_id:
        return
    searchable = is_searchable(session, recording_id)
    if previous is not None:
        if searchable:
            unindex_transcript(session, previous)
        session.execute(text("UPDATE transcripts SET is_current = 0 WHERE id = :t"), {"t": previous})
    session.execute(text("UPDATE transcripts SET is_current = 1 WHERE id = :t"), {"t": transcript_id})
    if searchable:
        index_transcript(session, transcript_id)


def index_recording(session: Session, recording_id: int, *, with_transcript: bool = True) -> None:
    """Add a recording's title and notes (and its current transcript and its summaries) to the index."""
    session.execute(
        text(
            "INSERT INTO recordings_fts(rowid, title, notes) "
            "SELECT id, title, coalesce(notes, '') FROM recordings WHERE id = :r"
        ),
        {"r": recording_id},
    )
    if not with_transcript:
        return
    current = current_transcript_id(session, recording_id)
    if current is not None:
        index_transcript(session, current)
    index_summaries(session, recording_id)


def unindex_recording(session: Session, recording_id: int, *, with_transcript: bool = True) -> None:
    """Remove a recording's title and notes (and its current transcript and its summaries) from the index
    (before a change of title or notes, or before it goes to the trash or is deleted)."""
    session.execute(
        text(
            "INSERT INTO recordings_fts(recordings_fts, rowid, title, notes) "
            "SELECT 'delete', id, title, coalesce(notes, '') FROM recordings WHERE id = :r"
        ),
        {"r": recording_id},
    )
    if with_transcript:
        current = current_transcript_id(session, recording_id)
        if current is not None:
            unindex_transcript(session, current)
        unindex_summaries(session, recording_id)


def rebuild(session: Session) -> None:
    """Rebuild the indexes from the data (repair; also what the migration does)."""
    session.execute(text("INSERT INTO segments_fts(segments_fts) VALUES ('delete-all')"))
    session.execute(text("INSERT INTO recordings_fts(recordings_fts) VALUES ('delete-all')"))
    session.execute(text("INSERT INTO summaries_fts(summaries_fts) VALUES ('delete-all')"))
    session.execute(
        text(
            f"{_SEGMENT_INDEX} JOIN transcripts t ON t.id = s.transcript_id "
            "JOIN recordings r ON r.id = t.recording_id WHERE t.is_current = 1 AND r.deleted_at IS NULL"
        )
    )
    session.execute(
        text(
            "INSERT INTO recordings_fts(rowid, title, notes) "
            "SELECT id, title, coalesce(notes, '') FROM recordings WHERE deleted_at IS NULL"
        )
    )
    session.execute(
        text(f"{_SUMMARY_INDEX} JOIN recordings r ON r.id = m.recording_id WHERE r.deleted_at IS NULL")
    )


def integrity_check(session: Session) -> None:
    """Raise if an index is internally damaged (FTS5's own check; for tests and repair). It cannot compare
    with the content tables: the index holds only part of them on purpose."""
    session.execute(text("INSERT INTO segments_fts(segments_fts) VALUES ('integrity-check')"))
    session.execute(text("INSERT INTO recordings_fts(recordings_fts) VALUES ('integrity-check')"))
    session.execute(text("INSERT INTO summaries_fts(summaries_fts) VALUES ('integrity-check')"))
