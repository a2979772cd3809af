"""Detected language: the language probability stored with each transcript and job.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("jobs") as batch:
        batch.add_column(sa.Column("detected_language", sa.String(20), nullable=True))
        batch.add_column(sa.Column("language_probability", sa.Float(), nullable=True))
    with op.batch_alter_table("transcripts") as batch:
        batch.add_column(sa.Column("language_probability", sa.Float(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("transcripts") as batch:
        batch.drop_column("language_probability")
    with op.batch_alter_table("jobs") as batch:
        batch.drop_column("language_probability")
        batch.drop_column("detected_language")
