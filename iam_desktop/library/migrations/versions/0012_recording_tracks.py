"""Meeting recordings: the microphone and the computer's audio as the two channels of one recording.

recordings.tracks: NULL = an ordinary recording (its channels are one sound); "microphone,system" = channel
0 is the microphone and channel 1 the computer's audio (iam_desktop.meeting), transcribed on their own.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("recordings") as batch:
        batch.add_column(sa.Column("tracks", sa.String(length=100), nullable=True))


def downgrade() -> None:
    # SQLite's own DROP COLUMN (3.35+), not a batch copy of the table: dropping the old recordings table
    # would delete every transcript through ON DELETE CASCADE wherever foreign keys are on
    op.drop_column("recordings", "tracks")
