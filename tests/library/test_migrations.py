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
    shutil.copy(Path(__file__).parents[1] / "data" / "library-rev0003.sqlite3", paths.database)
    library = Library.open(paths)
    try:
        assert current_revision(library._engine) == head_revision()
        [item] = library.list_recordings()
        assert item.title == "budget meeting"
        transcript = library.get_transcript(item.id)
        assert "budget meeting" in transcript.text.lower() and not transcript.edited
        assert [job.status for job in library.jobs.list_jobs()] == ["done", "failed"]
        assert library.jobs.list_jobs()[1].error == "file not found"
        # the upgrade built the full-text index of the old data
        assert [hit.id for hit in library.search("quarterly", prefix_last=False)] == [item.id]
        assert [hit.id for hit in library.search("budget", prefix_last=False)] == [item.id]
        # 0006 cut its one two-sentence segment into sentences, and the index points at the new ones
        assert [s.text for s in transcript.segments] == [
            "The quarterly budget meetings start set in.",
            "Maria will prevent the new cafe design.",
        ]
        [hit] = library.search("Maria", prefix_last=False)
        assert hit.start == transcript.segments[1].start > 0
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


def _words(text: str, start: float, step: float = 0.4) -> list:
    return [
        [round(start + i * step, 3), round(start + i * step + 0.3, 3), word, 0.9]
        for i, word in enumerate(text.split())
    ]


def test_0006_resegments_transcripts_and_keeps_edits(data_dir):
    """A library at revision 0005 with the engine's 30-second segments: a recording with only a machine
    transcript, and one the user edited (one segment's text corrected, one left alone, a speaker set).
    After the upgrade: sentence-sized segments, the corrected text untouched, speakers kept, and search
    finds the words at the time of their new segment."""
    import json

    from segment_checks import check_segments

    from iam_desktop.library import search_index

    paths = data_paths(data_dir)
    engine = open_engine(paths.database, upgrade=False)
    migrate(engine, "0005")
    engine.dispose()
    first = "Welcome to the meeting. The budget grew by ten percent this year. Nobody expected that."
    second = "After lunch we talked about the new bridge. The work starts in March. Questions came later."
    corrected = "The mayor answered every question, said the minutes."
    connection = sqlite3.connect(paths.database)
    with connection:
        for rid in (1, 2):
            connection.execute(
                "INSERT INTO recordings (id, title, duration, sample_rate, channels, sha256, audio_path, "
                f"created_at) VALUES ({rid}, 'talk {rid}', 60, 16000, 1, 'x', 'x/x.wav', '2026-01-02')"
            )
        connection.execute(
            "INSERT INTO transcripts (id, recording_id, engine, model, language, created_at, is_current,"
            " kind) VALUES (1, 1, 'local', 'tiny.en', 'en', '2026-01-02', 1, 'machine'),"
            " (2, 2, 'local', 'tiny.en', 'en', '2026-01-02', 0, 'machine'),"
            " (3, 2, 'local', 'tiny.en', 'en', '2026-01-03', 1, 'edited')"
        )
        rows = [
            (1, 0, first, _words(first, 0.0), None),
            (1, 1, second, _words(second, 30.0), None),
            (2, 0, first, _words(first, 0.0), None),
            (2, 1, second, _words(second, 30.0), None),
            (3, 0, first, _words(first, 0.0), "Ann"),
            (3, 1, corrected, _words(second, 30.0), "Bob"),
        ]
        for transcript_id, position, text, words, speaker in rows:
            connection.execute(
                'INSERT INTO segments (transcript_id, position, start, "end", text, words, speaker) '
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (transcript_id, position, words[0][0], 30.0 * (position + 1), text, json.dumps(words),
                 speaker),
            )
        # the index as the app keeps it at 0005: the segments of current transcripts
        connection.execute(
            "INSERT INTO segments_fts(rowid, text) SELECT s.id, s.text FROM segments s "
            "JOIN transcripts t ON t.id = s.transcript_id WHERE t.is_current = 1"
        )
    connection.close()

    library = Library.open(paths)
    try:
        machine = library.get_transcript(1)
        assert [s.text for s in machine.segments] == [
            "Welcome to the meeting.",
            "The budget grew by ten percent this year.",
            "Nobody expected that.",
            "After lunch we talked about the new bridge.",
            "The work starts in March.",
            "Questions came later.",
        ]
        check_segments(machine.segments, machine.segments)
        assert [w.text for s in machine.segments for w in s.words] == (first + " " + second).split()

        edited = library.get_transcript(2)
        assert edited.edited
        assert [(s.speaker, s.text) for s in edited.segments] == [
            ("Ann", "Welcome to the meeting."),
            ("Ann", "The budget grew by ten percent this year."),
            ("Ann", "Nobody expected that."),
            ("Bob", corrected),
        ]
        assert (edited.segments[-1].start, edited.segments[-1].end) == (30.0, 60.0)  # as the user left it
        # search finds the words at the time of their new segment; the corrected text in its old one
        hits = library.search("percent", prefix_last=False)
        assert {(h.id, h.start) for h in hits} == {(rid, machine.segments[1].start) for rid in (1, 2)}
        [hit] = library.search("March", prefix_last=False)
        assert (hit.id, hit.start) == (1, machine.segments[4].start) and hit.start > 30
        [hit] = library.search("mayor", prefix_last=False)
        assert (hit.id, hit.start) == (2, 30.0)
        with library._sessions() as session:
            search_index.integrity_check(session)
        # the machine transcript beside the edit was re-cut too: restoring it gives sentences
        library.edits.restore_original(2)
        assert [s.text for s in library.get_transcript(2).segments] == [s.text for s in machine.segments]
        assert {h.id for h in library.search("March", prefix_last=False)} == {1, 2}
    finally:
        library.close()
