"""Persistent job queue: options, ownership and heartbeat, notes, ETA, and per-chunk results for resume.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("jobs") as batch:
        batch.add_column(sa.Column("task", sa.String(20), nullable=False, server_default="transcribe"))
        batch.add_column(sa.Column("prompt", sa.Text(), nullable=True))
        batch.add_column(sa.Column("allow_fallback", sa.Boolean(), nullable=False, server_default=sa.true()))
        batch.add_column(sa.Column("note", sa.Text(), nullable=True))
        batch.add_column(sa.Column("owner", sa.String(100), nullable=True))
        batch.add_column(sa.Column("heartbeat_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("eta_seconds", sa.Float(), nullable=True))
    op.create_table(
        "job_chunks",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("job_id", sa.Integer(), sa.ForeignKey("jobs.id", ondelete="CASCADE"), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("start", sa.Float(), nullable=False),
        sa.Column("end", sa.Float(), nullable=False),
        sa.Column("engine", sa.String(50), nullable=False),
        sa.Column("model", sa.String(200), nullable=False),
        sa.Column("language", sa.String(20), nullable=True),
        sa.Column("segments", sa.JSON(), nullable=False),
        sa.UniqueConstraint("job_id", "position", name="uq_job_chunks_job_position"),
    )


def downgrade() -> None:
    op.drop_table("job_chunks")
    with op.batch_alter_table("jobs") as batch:
        for name in ("eta_seconds", "heartbeat_at", "owner", "note", "allow_fallback", "prompt", "task"):
            batch.drop_column(name)
