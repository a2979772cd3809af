"""The local library: SQLite database (SQLAlchemy + Alembic) and the content-addressed audio store."""

from iam_desktop.library.library import Library
from iam_desktop.library.records import JobInfo, RecordingInfo, RecordingSummary, SearchHit

__all__ = ["JobInfo", "Library", "RecordingInfo", "RecordingSummary", "SearchHit"]
