"""Library review: notes, trash, tags, speakers, edited transcripts beside the machine ones, and the
full-text index (FTS5) of current transcripts and titles.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

TOKENIZE = "unicode61 remove_diacritics 2"


def upgrade() -> None:
    with op.batch_alter_table("recordings") as batch:
        batch.add_column(sa.Column("notes", sa.Text(), nullable=True))
        batch.add_column(sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True))
        batch.create_index("ix_recordings_deleted_at", ["deleted_at"])
        batch.create_index("ix_recordings_created_at", ["created_at"])
    with op.batch_alter_table("transcripts") as batch:
        batch.add_column(sa.Column("is_current", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch.add_column(sa.Column("kind", sa.String(20), nullable=False, server_default="machine"))
        batch.add_column(sa.Column("based_on_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            "fk_transcripts_based_on", "transcripts", ["based_on_id"], ["id"], ondelete="SET NULL"
        )
    with op.batch_alter_table("segments") as batch:
        batch.add_column(sa.Column("speaker", sa.String(100), nullable=True))
    op.create_table(
        "tags",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(100), nullable=False, unique=True),
    )
    op.create_table(
        "recording_tags",
        sa.Column(
            "recording_id", sa.Integer(), sa.ForeignKey("recordings.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("tag_id", sa.Integer(), sa.ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True),
    )
    op.create_index("ix_recording_tags_tag_id", "recording_tags", ["tag_id"])
    # the newest transcript of each recording is its current one
    op.execute(
        "UPDATE transcripts SET is_current = 1 "
        "WHERE id IN (SELECT max(id) FROM transcripts GROUP BY recording_id)"
    )
    op.execute(
        "CREATE VIRTUAL TABLE segments_fts USING fts5(text, content='segments', content_rowid='id', "
        f"tokenize='{TOKENIZE}', prefix='2 3')"
    )
    op.execute(
        "CREATE VIRTUAL TABLE recordings_fts USING fts5(title, notes, content='recordings', "
        f"content_rowid='id', tokenize='{TOKENIZE}', prefix='2 3')"
    )
    op.execute(
        "INSERT INTO segments_fts(rowid, text) SELECT s.id, s.text FROM segments s "
        "JOIN transcripts t ON t.id = s.transcript_id JOIN recordings r ON r.id = t.recording_id "
        "WHERE t.is_current = 1 AND r.deleted_at IS NULL"
    )
    op.execute(
        "INSERT INTO recordings_fts(rowid, title, notes) "
        "SELECT id, title, coalesce(notes, '') FROM recordings WHERE deleted_at IS NULL"
    )


def downgrade() -> None:
    op.execute("DROP TABLE recordings_fts")
    op.execute("DROP TABLE segments_fts")
    op.drop_table("recording_tags")
    op.drop_table("tags")
    with op.batch_alter_table("segments") as batch:
        batch.drop_column("speaker")
    with op.batch_alter_table("transcripts") as batch:
        batch.drop_constraint("fk_transcripts_based_on", type_="foreignkey")
        batch.drop_column("based_on_id")
        batch.drop_column("kind")
        batch.drop_column("is_current")
    with op.batch_alter_table("recordings") as batch:
        batch.drop_index("ix_recordings_created_at")
        batch.drop_index("ix_recordings_deleted_at")
        batch.drop_column("deleted_at")
        batch.drop_column("notes")
