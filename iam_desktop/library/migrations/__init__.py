"""Alembic migrations of the library database (run by iam_desktop.library.database on open)."""
