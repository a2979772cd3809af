"""Search by speaker: the full-text index of segments gets a second column, the segment's speaker.

segments_fts is made again with the columns (text, speaker) — the tokenizer and prefixes of 0004 — and
filled, as search_index keeps it, from the segments of the current transcripts of recordings not in the
trash. The downgrade makes the index of 0004 (text only) again.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-04
"""

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

TOKENIZE = "unicode61 remove_diacritics 2"
# the segments the index holds: those of current transcripts of recordings not in the trash
INDEXED = (
    "FROM segments s JOIN transcripts t ON t.id = s.transcript_id JOIN recordings r ON r.id = t.recording_id "
    "WHERE t.is_current = 1 AND r.deleted_at IS NULL"
)


def _make_index(columns: str) -> None:
    op.execute("DROP TABLE segments_fts")
    op.execute(
        f"CREATE VIRTUAL TABLE segments_fts USING fts5({columns}, content='segments', content_rowid='id', "
        f"tokenize='{TOKENIZE}', prefix='2 3')"
    )
    values = ", ".join(f"s.{column.strip()}" for column in columns.split(","))
    op.execute(f"INSERT INTO segments_fts(rowid, {columns}) SELECT s.id, {values} {INDEXED}")


def upgrade() -> None:
    _make_index("text, speaker")


def downgrade() -> None:
    _make_index("text")
