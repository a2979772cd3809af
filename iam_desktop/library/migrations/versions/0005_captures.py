"""Live recordings: each recording made in the app carries the ID of the capture it was saved from, so
that saving a capture again (after a crash mid-save) never adds it twice.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("recordings") as batch:
        batch.add_column(sa.Column("capture_id", sa.String(40), nullable=True))
        batch.create_index("ix_recordings_capture_id", ["capture_id"], unique=True)


def downgrade() -> None:
    with op.batch_alter_table("recordings") as batch:
        batch.drop_index("ix_recordings_capture_id")
        batch.drop_column("capture_id")
