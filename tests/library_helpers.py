"""Library fixtures shared by the library, CLI and window tests: recordings, transcripts, the index."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from iam_desktop.audio.store import StoredAudio
from iam_desktop.library import Library, search_index
from iam_desktop.paths import data_paths
from iam_desktop.transcript import Segment, Transcript, Word


def add_recording(
    library: Library,
    title: str = "Interview",
    duration: float = 30.0,
    *,
    content: str = "a",
    audio: bool = False,
) -> int:
    """A recording whose audio copy is named after `content` (same content: same copy)."""
    sha = (content * 64)[:64]
    stored = StoredAudio(sha256=sha, relpath=f"{sha[:2]}/{sha}.wav", size=4)
    if audio:
        path = library.store.path_of(stored.relpath)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"RIFF")
    return library.add_recording(
        title=title, duration=duration, sample_rate=16000, channels=1, stored=stored, source_path=None
    )


def machine_transcript(*texts: str, engine: str = "local", language: str | None = "en") -> Transcript:
    """Segments of 5 s every 10 s, with a word timing for each word spread evenly over the segment."""
    segments = []
    for i, line in enumerate(texts):
        start, end = i * 10.0, i * 10.0 + 5.0
        tokens = line.split()
        step = (end - start) / len(tokens)
        words = tuple(
            Word(start + k * step, start + (k + 1) * step, f" {t}", 0.9) for k, t in enumerate(tokens)
        )
        segments.append(Segment(start, end, line, words))
    return Transcript(
        title="t", duration=len(texts) * 10.0, engine=engine, model="m", language=language, segments=segments
    )


def indexed(library: Library, word: str, table: str = "segments_fts") -> set[int]:
    """The rowids the full-text index holds for `word` (straight from the index, not via search)."""
    with library._engine.connect() as conn:
        return {
            row[0]
            for row in conn.execute(text(f"SELECT rowid FROM {table} WHERE {table} MATCH :w"), {"w": word})
        }


def assert_index_in_step(library: Library) -> None:
    """The index is undamaged and holds exactly what a rebuild from the data would put in it."""
    session = library._sessions()
    try:
        search_index.integrity_check(session)
        session.execute(text("CREATE VIRTUAL TABLE temp.sv USING fts5vocab(main, segments_fts, instance)"))
        session.execute(text("CREATE VIRTUAL TABLE temp.rv USING fts5vocab(main, recordings_fts, instance)"))

        def snapshot() -> tuple[list, list]:
            return (
                sorted(tuple(r) for r in session.execute(text("SELECT * FROM temp.sv"))),
                sorted(tuple(r) for r in session.execute(text("SELECT * FROM temp.rv"))),
            )

        actual = snapshot()
        search_index.rebuild(session)
        expected = snapshot()
    finally:
        session.rollback()
        session.close()
    assert actual == expected



TITLES = [f"Harbour meeting {n}" for n in range(8)]


@pytest.fixture
def full_library(data_dir: Path) -> Path:
    """A real library of eight recordings with long transcripts (well over 100 KB), closed cleanly so that
    everything is in the main file (no -wal beside it)."""
    library = Library.open(data_paths(data_dir))
    try:
        for n, title in enumerate(TITLES):
            rid = add_recording(library, title, content=chr(ord("a") + n), audio=True)
            lines = [f"item {n} line {k} the lighthouse keeper counted the ships" for k in range(120)]
            library.save_transcript(rid, machine_transcript(*lines))
    finally:
        library.close()
    database = data_paths(data_dir).database
    assert database.stat().st_size > 200_000
    assert not database.with_name(database.name + "-wal").exists()
    return database


def damage(database: Path, offset: int) -> None:
    """Write garbage over the page at `offset` (pages are 4 KB)."""
    with open(database, "r+b") as handle:
        handle.seek(offset)
        handle.write(b"\xde\xad\xbe\xef" * 1024)

