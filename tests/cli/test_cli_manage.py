"""`iam-desktop library tag|delete|restore` as real subprocesses: exit codes, messages, effects."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from library_helpers import add_recording, machine_transcript

from iam_desktop.library import Library
from iam_desktop.paths import data_paths


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    """Run the installed `iam-desktop` (IAM_DATA_DIR is the test's own data folder)."""
    script = Path(sys.executable).parent / "iam-desktop"
    command = [str(script)] if script.is_file() else [sys.executable, "-m", "iam_desktop"]
    return subprocess.run(
        [*command, *args], capture_output=True, text=True, encoding="utf-8", env=os.environ.copy(),
        timeout=120, check=False,
    )  # fmt: skip


@pytest.fixture
def rid(data_dir: Path) -> int:
    library = Library.open(data_paths(data_dir))
    try:
        recording_id = add_recording(library, "Harbour tour")
        library.save_transcript(recording_id, machine_transcript("the lighthouse keeper"))
        return recording_id
    finally:
        library.close()


def _listed() -> list[int]:
    proc = cli("library", "list", "--json")
    assert proc.returncode == 0, proc.stderr
    return [item["id"] for item in json.loads(proc.stdout)]


def _tags(data_dir: Path, recording_id: int) -> list[str]:
    library = Library.open(data_paths(data_dir))
    try:
        return library.items.tags_of(recording_id)
    finally:
        library.close()


def test_tag_adds_tags(data_dir: Path, rid: int):
    proc = cli("library", "tag", str(rid), "Work", "urgent")
    assert (proc.returncode, proc.stderr) == (0, "")
    assert proc.stdout.strip() == f"recording {rid}: tags urgent, Work"
    proc = cli("library", "tag", str(rid), "work", "Café")
    assert proc.returncode == 0
    assert _tags(data_dir, rid) == ["Café", "urgent", "Work"]


def test_tag_errors(data_dir: Path, rid: int):
    proc = cli("library", "tag", "999", "x")
    assert (proc.returncode, proc.stderr.strip()) == (1, "error: no recording with ID 999")
    proc = cli("library", "tag", str(rid), "ok", "   ")
    assert (proc.returncode, proc.stderr.strip()) == (1, "error: a tag cannot be empty")
    assert _tags(data_dir, rid) == []
    assert cli("library", "tag", str(rid)).returncode == 2  # no tag given: a usage error


def test_delete_and_restore(rid: int):
    proc = cli("library", "delete", str(rid))
    assert (proc.returncode, proc.stderr) == (0, "")
    assert "moved to the trash" in proc.stdout
    assert _listed() == []
    search = cli("library", "search", "lighthouse", "--json")
    assert search.returncode == 0 and json.loads(search.stdout) == []
    again = cli("library", "delete", str(rid))
    assert again.returncode == 0 and "already in the trash" in again.stdout

    proc = cli("library", "restore", str(rid))
    assert (proc.returncode, proc.stderr) == (0, "")
    assert "restored" in proc.stdout
    assert _listed() == [rid]
    search = cli("library", "search", "lighthouse", "--json")
    assert [hit["id"] for hit in json.loads(search.stdout)] == [rid]
    again = cli("library", "restore", str(rid))
    assert again.returncode == 0 and "not in the trash" in again.stdout


@pytest.mark.parametrize("action", ["delete", "restore"])
def test_unknown_id_fails_plainly(action: str):
    proc = cli("library", action, "424242")
    assert (proc.returncode, proc.stdout) == (1, "")
    assert proc.stderr.strip() == "error: no recording with ID 424242"
