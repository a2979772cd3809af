"""Sentence-sized segments: re-segment existing transcripts from their word timings (edits kept).

Every transcript's segments are cut again by iam_desktop.segmentation.resegment (sentence ends, pauses,
at most 15 s and two subtitle lines), the same cut new transcripts get. A machine transcript is re-cut as
one stream of words per speaker. The user's work is kept: a segment whose text is no longer its words
joined (corrected text) stays exactly as it is, in any transcript; in an edited transcript (kind
"edited") the segment ends are kept too (nothing is joined across a split the user made); speakers are
kept. Segments without words stay as they are. Only transcripts whose segments change are rewritten
(new rows, positions from 0), and the full-text index of segments is rebuilt from the current
transcripts, so a search hit gives the time of the new, shorter segment.

The segmenter is imported rather than copied: it is pure (plain Segment/Word values in and out, no
database, no settings), so this upgrade gives the segments the app itself would make. Its signature
`resegment(segments, language, *, keep_edits, keep_ends)` must stay callable as here
(tests/library/test_migrations.py runs this migration on a library file written at revision 0003 and on one
built at 0005).

Downgrade keeps the shorter segments: they are valid segments at revision 0005 too.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""

import json
from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa
from alembic import op

from iam_desktop.segmentation import resegment
from iam_desktop.transcript import Segment, Word

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _segments(rows: Iterable[Any]) -> list[Segment]:
    segments = []
    for _id, start, end, text, words, speaker in rows:
        stored = json.loads(words) if isinstance(words, str) else (words or [])
        segments.append(
            Segment(
                float(start),
                float(end),
                text,
                tuple(Word(float(w[0]), float(w[1]), str(w[2]), float(w[3])) for w in stored),
                speaker,
            )
        )
    return segments


def upgrade() -> None:
    connection = op.get_bind()
    transcripts = connection.execute(sa.text("SELECT id, kind, language FROM transcripts ORDER BY id")).all()
    changed = False
    for transcript_id, kind, language in transcripts:
        rows = connection.execute(
            sa.text(
                'SELECT id, start, "end", text, words, speaker FROM segments WHERE transcript_id = :t '
                "ORDER BY position, id"
            ),
            {"t": transcript_id},
        ).all()
        old = _segments(rows)
        new = resegment(old, language, keep_edits=True, keep_ends=kind == "edited")
        if new == old:
            continue
        changed = True
        connection.execute(sa.text("DELETE FROM segments WHERE transcript_id = :t"), {"t": transcript_id})
        connection.execute(
            sa.text(
                'INSERT INTO segments (transcript_id, position, start, "end", text, words, speaker) '
                "VALUES (:t, :position, :start, :end, :text, :words, :speaker)"
            ),
            [
                {
                    "t": transcript_id,
                    "position": position,
                    "start": float(s.start),
                    "end": float(s.end),
                    "text": s.text,
                    "words": json.dumps(
                        [[float(w.start), float(w.end), w.text, float(w.probability)] for w in s.words]
                    ),
                    "speaker": s.speaker,
                }
                for position, s in enumerate(new)
            ],
        )
    if changed:  # the index of segments, from the current transcripts of recordings not in the trash
        connection.execute(sa.text("INSERT INTO segments_fts(segments_fts) VALUES ('delete-all')"))
        connection.execute(
            sa.text(
                "INSERT INTO segments_fts(rowid, text) SELECT s.id, s.text FROM segments s "
                "JOIN transcripts t ON t.id = s.transcript_id JOIN recordings r ON r.id = t.recording_id "
                "WHERE t.is_current = 1 AND r.deleted_at IS NULL"
            )
        )


def downgrade() -> None:
    pass  # the shorter segments are valid at revision 0005 as well
