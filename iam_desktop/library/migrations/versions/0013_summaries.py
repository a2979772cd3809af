"""Summaries: several per recording (summary, key points, action items, minutes, chapters), kept with the
transcript, searchable, marked stale when the transcript changes.

summaries: preset, engine ("offline" / "openai"), model, the user's instruction, the text, chapters (a JSON
list of [start, title]), when made and last changed, stale (the transcript changed much since), edited
(the user changed the text), drift (the share of the transcript's words edits changed since it was made,
summed over the edits: see summary_store), transcript_id (the transcript it was made from).
summaries_fts indexes their text (the tokenizer and prefixes of 0004), for the recordings not in the
trash. The downgrade drops both; no other table is touched.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

TOKENIZE = "unicode61 remove_diacritics 2"


def upgrade() -> None:
    op.create_table(
        "summaries",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "recording_id", sa.Integer(), sa.ForeignKey("recordings.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("preset", sa.String(30), nullable=False),
        sa.Column("engine", sa.String(50), nullable=False),
        sa.Column("model", sa.String(200), nullable=True),
        sa.Column("instruction", sa.Text(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("chapters", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("stale", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("edited", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("drift", sa.Float(), nullable=False, server_default="0"),
        sa.Column(
            "transcript_id", sa.Integer(), sa.ForeignKey("transcripts.id", ondelete="SET NULL"), nullable=True
        ),
    )
    op.create_index("ix_summaries_recording_id", "summaries", ["recording_id"])
    op.create_index("ix_summaries_transcript_id", "summaries", ["transcript_id"])
    op.execute(
        "CREATE VIRTUAL TABLE summaries_fts USING fts5(text, content='summaries', content_rowid='id', "
        f"tokenize='{TOKENIZE}', prefix='2 3')"
    )


def downgrade() -> None:
    # dropping summaries (which nothing points at) deletes nothing else, foreign keys on or off; the
    # recordings and transcripts tables are left as they are (no batch copy of them)
    op.execute("DROP TABLE summaries_fts")
    op.drop_index("ix_summaries_transcript_id", table_name="summaries")
    op.drop_index("ix_summaries_recording_id", table_name="summaries")
    op.drop_table("summaries")
