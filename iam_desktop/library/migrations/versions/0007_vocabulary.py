"""Vocabulary: the library's glossary and a job's own vocabulary.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("jobs") as batch:
        batch.add_column(sa.Column("vocabulary", sa.JSON(), nullable=True))
    # the library's glossary; term_key (the term case-folded) makes a term unique whatever its case
    op.create_table(
        "vocabulary_terms",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("term", sa.String(100), nullable=False),
        sa.Column("term_key", sa.String(400), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_vocabulary_terms_term_key", "vocabulary_terms", ["term_key"], unique=True)


def downgrade() -> None:
    op.drop_index("ix_vocabulary_terms_term_key", table_name="vocabulary_terms")
    op.drop_table("vocabulary_terms")
    with op.batch_alter_table("jobs") as batch:
        batch.drop_column("vocabulary")
