"""The library on real SQLite files: recordings, transcripts, jobs, search, and damaged files."""

from __future__ import annotations

import sqlite3

import pytest

from iam_desktop.audio.store import StoredAudio
from iam_desktop.errors import StorageError
from iam_desktop.library import Library
from iam_desktop.paths import data_paths
from iam_desktop.transcript import Segment, Transcript, Word


def _add(library: Library, title: str = "Interview", duration: float = 12.5) -> int:
    stored = StoredAudio(sha256="ab" * 32, relpath=f"ab/{'ab' * 32}.wav", size=10)
    return library.add_recording(
        title=title, duration=duration, sample_rate=44100, channels=2, stored=stored, source_path="/x/a.wav"
    )


def _transcript(*texts: str) -> Transcript:
    segments = [
        Segment(i * 5.0, i * 5.0 + 4.0, text, (Word(i * 5.0, i * 5.0 + 0.5, text.split()[0], 0.9),))
        for i, text in enumerate(texts)
    ]
    return Transcript(
        title="t", duration=20, engine="local", model="tiny.en", language="en", segments=segments
    )


def test_sqlite_file_is_wal_with_foreign_keys(library: Library):
    connection = sqlite3.connect(library.paths.database)
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    connection.close()
    with library._engine.connect() as conn:  # the app's own connections enforce foreign keys
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_recording_and_transcript_round_trip(library: Library):
    rid = _add(library)
    library.save_transcript(rid, _transcript("Hello there friend", "Second part here"))
    info = library.get_recording(rid)
    assert (info.title, info.duration, info.sample_rate, info.channels) == ("Interview", 12.5, 44100, 2)
    assert info.created_at.tzinfo is not None
    transcript = library.get_transcript(rid)
    assert [s.text for s in transcript.segments] == ["Hello there friend", "Second part here"]
    assert transcript.segments[1].start == 5.0 and transcript.segments[1].words[0].text == "Second"
    assert transcript.segments[0].words[0].probability == pytest.approx(0.9)
    assert (transcript.engine, transcript.model, transcript.language) == ("local", "tiny.en", "en")


def test_newest_transcript_wins(library: Library):
    rid = _add(library)
    library.save_transcript(rid, _transcript("old words"))
    library.save_transcript(rid, _transcript("new words"))
    assert library.get_transcript(rid).text == "new words"
    assert library.search("old") == []


def test_list_shows_newest_job_status(library: Library):
    first, second = _add(library, "first"), _add(library, "second")
    job = library.jobs.create("/x/a.wav", engine="local", model="tiny.en", language=None)
    library.jobs.update(job, recording_id=second, status="failed", error="boom")
    items = library.list_recordings()
    assert [i.id for i in items] == [second, first]  # newest first
    assert {i.id: i.status for i in items} == {first: "recorded", second: "failed"}  # no transcript yet
    assert library.jobs.get(job).error == "boom"


def test_search_finds_segments_and_titles_case_insensitively(library: Library):
    rid = _add(library, "Budget meeting")
    library.save_transcript(
        rid, _transcript("We discussed the Library hours", "Nothing else", "library again")
    )
    other = _add(library, "Lunch")
    library.save_transcript(other, _transcript("sandwiches"))
    hits = library.search("LIBRARY")
    # ranked: the short segment that is mostly the word comes first (bm25)
    assert [(h.id, h.start) for h in hits] == [(rid, 10.0), (rid, 0.0)]
    assert "«Library»" in hits[1].snippet and "«library»" in hits[0].snippet
    title_hits = library.search("budget")
    assert [(h.id, h.start) for h in title_hits] == [(rid, 0.0)]
    assert library.search("   ") == []
    assert library.search("unicode ça") == []


def test_unicode_search(library: Library):
    rid = _add(library, "Café")
    library.save_transcript(rid, _transcript("Ngiyabonga — CAFÉ au lait"))
    assert [h.id for h in library.search("café")] == [rid]


def test_deleting_a_recording_cascades(library: Library):
    from sqlalchemy import text

    rid = _add(library)
    library.save_transcript(rid, _transcript("a b c"))
    with library._engine.begin() as conn:
        conn.execute(text("DELETE FROM recordings WHERE id = :id"), {"id": rid})
        assert conn.execute(text("SELECT count(*) FROM segments")).scalar() == 0


def test_damaged_database_is_reported_and_left_alone(data_dir):
    paths = data_paths(data_dir)
    garbage = b"this is not a database" * 100
    paths.database.write_bytes(garbage)
    with pytest.raises(StorageError, match="is damaged.*library recover"):
        Library.open(paths)
    assert paths.database.read_bytes() == garbage


def test_library_from_a_newer_version_is_refused(data_dir):
    paths = data_paths(data_dir)
    Library.open(paths).close()
    connection = sqlite3.connect(paths.database)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    with pytest.raises(StorageError, match="newer version"):
        Library.open(paths)
