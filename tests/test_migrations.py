"""Alembic migrations: a library made at the first revision upgrades without losing anything."""

from __future__ import annotations

import sqlite3

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from iam_desktop.library import Library
from iam_desktop.library.database import current_revision, head_revision, migrate, open_engine
from iam_desktop.library.schema import Base
from iam_desktop.paths import data_paths


def test_upgrade_from_first_revision_keeps_data(data_dir):
    paths = data_paths(data_dir)
    engine = open_engine(paths.database, upgrade=False)
    migrate(engine, "0001")
    engine.dispose()
    connection = sqlite3.connect(paths.database)
    assert {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")} >= {
        "recordings",
        "transcripts",
        "segments",
    }
    assert "jobs" not in {
        r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
    }
    connection.execute(
        "INSERT INTO recordings (id, title, duration, sample_rate, channels, sha256, audio_path, source_path,"
        " created_at) VALUES (1, 'Old talk', 61.5, 48000, 1, 'aa', 'aa/x.wav', NULL, '2026-01-02 03:04:05')"
    )
    connection.execute(
        "INSERT INTO transcripts (id, recording_id, engine, model, language, created_at)"
        " VALUES (1, 1, 'local', 'tiny.en', 'en', '2026-01-02 03:05:00')"
    )
    connection.execute(
        'INSERT INTO segments (transcript_id, position, start, "end", text, words)'
        " VALUES (1, 0, 1.5, 3.0, 'kept across upgrades', '[[1.5, 2.0, \"kept\", 0.9]]')"
    )
    connection.commit()
    connection.close()

    library = Library.open(paths)  # the app migrates on start
    try:
        assert current_revision(library._engine) == head_revision() != "0001"
        [item] = library.list_recordings()
        assert (item.title, item.duration, item.status) == ("Old talk", 61.5, "done")
        transcript = library.get_transcript(1)
        assert transcript.segments[0].text == "kept across upgrades"
        assert transcript.segments[0].words[0].text == "kept"
        job = library.jobs.create("/a.wav", engine="local", model="tiny.en", language=None)
        assert library.jobs.get(job).status == "queued"
    finally:
        library.close()


def test_migrations_match_the_models(library):
    """The schema the migrations build is the one the ORM models describe (nothing forgotten)."""
    def not_fts(obj, name, type_, reflected, compare_to):
        return not (type_ == "table" and name and "_fts" in name)  # FTS5 tables live outside the ORM

    with library._engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_object": not_fts})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_opening_twice_is_harmless(data_dir):
    paths = data_paths(data_dir)
    Library.open(paths).close()
    library = Library.open(paths)
    assert current_revision(library._engine) == head_revision()
    library.close()


def test_a_library_made_by_the_previous_version_upgrades_without_loss(data_dir):
    """tests/data/library-rev0003.sqlite3 was written by the app at schema 0003 (commit 845def3): one
    transcribed recording and a failed job. Opening it with this version keeps everything and makes it
    searchable."""
    import shutil
    from pathlib import Path

    from iam_desktop.library import search_index

    paths = data_paths(data_dir)
    shutil.copy(Path(__file__).parent / "data" / "library-rev0003.sqlite3", paths.database)
    library = Library.open(paths)
    try:
        assert current_revision(library._engine) == head_revision()
        [item] = library.list_recordings()
        assert item.title == "budget meeting"
        transcript = library.get_transcript(item.id)
        assert "budget meeting" in transcript.text.lower() and not transcript.edited
        assert [job.status for job in library.jobs.list()] == ["done", "failed"]
        assert library.jobs.list()[1].error == "file not found"
        # the upgrade built the full-text index of the old data
        assert [hit.id for hit in library.search("quarterly", prefix_last=False)] == [item.id]
        assert [hit.id for hit in library.search("budget", prefix_last=False)] == [item.id]
        # and the new features work on it
        library.items.add_tags(item.id, ["finance"])
        assert library.items.tags_of(item.id) == ["finance"]
        library.edits.edit_text(item.id, 0, "Edited after the upgrade.")
        assert library.get_transcript(item.id).edited
        library.edits.restore_original(item.id)
        assert "budget meeting" in library.get_transcript(item.id).text.lower()
        with library._sessions() as session:
            search_index.integrity_check(session)
    finally:
        library.close()
