"""A damaged library file, for real: garbage over pages that opening does not read, a 0-byte file beside
audio copies, two schema versions. Real `iam-desktop` processes must say so in one `error:` line, write
nothing more into the file (its bytes hashed), and `library recover` must give the recordings back."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
from pathlib import Path

import pytest
from helpers import iam_desktop_command
from library_helpers import TITLES, damage

from iam_desktop.errors import LibraryDamaged, StorageError
from iam_desktop.library import Library
from iam_desktop.library.integrity import check
from iam_desktop.paths import data_paths


def cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*iam_desktop_command(), *args], capture_output=True, text=True, encoding="utf-8",
        env=env or os.environ.copy(), timeout=120, check=False,
    )  # fmt: skip


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_plain_error(proc: subprocess.CompletedProcess[str], *words: str) -> None:
    assert proc.returncode != 0, proc.stdout
    assert "Traceback" not in proc.stderr, proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.startswith("error: ")]
    assert lines, proc.stderr
    for word in words:
        assert word in proc.stderr, proc.stderr






@pytest.mark.parametrize("offset", [16 * 1024, 96 * 1024])
def test_damaged_library_is_never_written_to_and_recovers(full_library: Path, speech_wav: Path, offset: int):
    damage(full_library, offset)
    assert not check(full_library).ok  # SQLite itself finds the damage
    before = digest(full_library)

    # commands that write: refused before touching the file, in one plain line
    for args in (
        ("transcribe", str(speech_wav)),
        ("library", "tag", "1", "urgent"),
        ("library", "delete", "2"),
        ("vocabulary", "add", "Quayside"),
    ):
        proc = cli(*args)
        assert_plain_error(proc, "damaged", "library recover")
        assert digest(full_library) == before, args

    # reading a damaged page: the same plain error, not a traceback
    proc = cli("library", "search", "lighthouse")
    if proc.returncode != 0:
        assert_plain_error(proc, "damaged")
    assert digest(full_library) == before

    # recovery keeps the damaged file and gives back what it holds
    proc = cli("library", "recover")
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    kept = [p for p in full_library.parent.iterdir() if p.name.startswith("library.sqlite3.damaged-")]
    assert [digest(p) for p in kept if not p.name.endswith(("-wal", "-shm"))] == [before]
    assert check(full_library, full=True).ok
    library = Library.open(data_paths(full_library.parent))
    try:
        library.health.verify(full=True)
        titles = {item.title for item in library.list_recordings()}
        assert len(titles & set(TITLES)) >= len(TITLES) - 1  # at most the damaged page's rows are lost
        assert library.search("lighthouse")  # the index was rebuilt from what was recovered
        recovered = [r.id for r in library.list_recordings() if library.get_transcript(r.id)]
        assert len(recovered) >= len(TITLES) - 2
    finally:
        library.close()
    # and the library takes writes again
    proc = cli("library", "tag", str(recovered[0]), "recovered")
    assert proc.returncode == 0, proc.stderr


def test_background_check_marks_the_library_damaged(full_library: Path):
    damage(full_library, 96 * 1024)
    library = Library.open(data_paths(full_library.parent))
    seen: list[str] = []
    try:
        library.health.add_listener(lambda health: seen.append(health.message or ""))
        assert library.health.wait(30)
        assert library.health.damaged
        assert seen and "library recover" in seen[0]
        with pytest.raises(LibraryDamaged):
            library.items.add_tags(1, ["urgent"])
    finally:
        library.close()


def test_a_sound_library_passes_its_check(full_library: Path):
    library = Library.open(data_paths(full_library.parent))
    try:
        assert library.health.wait(30)
        assert library.health.state == "ok"
        assert library.health.verify(full=True).ok
        assert library.items.add_tags(1, ["fine"]) == ["fine"]
    finally:
        library.close()


def test_recover_output_leaves_the_library_alone(full_library: Path, tmp_path: Path):
    damage(full_library, 16 * 1024)
    before = digest(full_library)
    target = tmp_path / "copy.sqlite3"
    proc = cli("library", "recover", "--output", str(target))
    assert proc.returncode == 0, proc.stderr
    assert digest(full_library) == before
    assert check(target, full=True).ok


def test_recover_is_refused_while_the_library_is_open(full_library: Path):
    damage(full_library, 96 * 1024)
    before = digest(full_library)
    library = Library.open(data_paths(full_library.parent))  # this process holds it open
    try:
        proc = cli("library", "recover")
        assert_plain_error(proc, "open in another")
        assert digest(full_library) == before
    finally:
        library.close()


def test_empty_database_beside_audio_is_refused_and_kept(full_library: Path):
    full_library.write_bytes(b"")
    audio = sorted(p for p in full_library.parent.joinpath("audio").rglob("*") if p.is_file())
    assert len(audio) == len(TITLES)
    proc = cli("library", "list")
    assert_plain_error(proc, "is empty but 8 audio files")
    assert full_library.stat().st_size == 0
    assert sorted(p for p in full_library.parent.joinpath("audio").rglob("*") if p.is_file()) == audio
    proc = cli("library", "recover")  # a new library; the empty file kept, the audio untouched
    assert proc.returncode == 0, proc.stderr
    assert cli("library", "list", "--json").stdout.strip() == "[]"
    assert sorted(p for p in full_library.parent.joinpath("audio").rglob("*") if p.is_file()) == audio
    assert [p.stat().st_size for p in full_library.parent.glob("library.sqlite3.damaged-*")] == [0]


def test_empty_database_without_audio_is_a_new_library(data_dir: Path):
    paths = data_paths(data_dir)
    paths.database.write_bytes(b"")
    proc = cli("library", "list", "--json")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"


def test_two_schema_versions_are_a_plain_error(data_dir: Path):
    paths = data_paths(data_dir)
    Library.open(paths).close()
    connection = sqlite3.connect(paths.database)
    connection.execute("INSERT INTO alembic_version VALUES ('0001')")
    connection.commit()
    connection.close()
    with pytest.raises(StorageError, match="2 schema versions"):
        Library.open(paths)
    proc = cli("library", "list")
    assert_plain_error(proc, "schema versions")
