"""Opening an up-to-date library without Alembic: HEAD_REVISION must be Alembic's head, and anything else
still goes through Alembic's checks and upgrade."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import create_engine

from iam_desktop.errors import StorageError
from iam_desktop.library.database import HEAD_REVISION, current_revision, head_revision, migrate, open_engine
from iam_desktop.paths import data_paths


def test_the_fast_path_knows_the_newest_migration():
    assert HEAD_REVISION == head_revision(), "a migration was added: update database.HEAD_REVISION"


def test_a_library_one_revision_behind_is_still_upgraded(data_dir):
    path = data_paths(data_dir).database
    engine = create_engine(f"sqlite:///{path}")
    migrate(engine, "0008")
    engine.dispose()
    engine = open_engine(path)
    try:
        assert current_revision(engine) == HEAD_REVISION
    finally:
        engine.dispose()


def test_two_schema_versions_are_still_refused(data_dir):
    path = data_paths(data_dir).database
    open_engine(path).dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("INSERT INTO alembic_version (version_num) VALUES ('0001')")
    connection.close()
    with pytest.raises(StorageError, match="schema versions at once"):
        open_engine(path)
