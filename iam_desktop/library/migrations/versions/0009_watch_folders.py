"""Watch folders: the watched folders with their export options, and the files seen in them (content
hash), so that none is transcribed twice.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "watch_folders",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("path", sa.Text(), nullable=False, unique=True),
        sa.Column("export_formats", sa.JSON(), nullable=False),
        sa.Column("export_dir", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "watched_files",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("folder", sa.Text(), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("mtime_ns", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("job_id", sa.Integer(), sa.ForeignKey("jobs.id", ondelete="SET NULL"), nullable=True),
        sa.Column(
            "recording_id", sa.Integer(), sa.ForeignKey("recordings.id", ondelete="SET NULL"), nullable=True
        ),
        sa.Column("export_formats", sa.JSON(), nullable=False),
        sa.Column("export_dir", sa.Text(), nullable=True),
        sa.Column("exported_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("export_error", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index(
        "uq_watched_files_sha256_original",
        "watched_files",
        ["sha256"],
        unique=True,
        sqlite_where=sa.text("status != 'duplicate'"),
    )
    op.create_index("ix_watched_files_sha256", "watched_files", ["sha256"])
    op.create_index("ix_watched_files_path", "watched_files", ["path"])
    op.create_index("ix_watched_files_status", "watched_files", ["status"])


def downgrade() -> None:
    op.drop_table("watched_files")
    op.drop_table("watch_folders")
