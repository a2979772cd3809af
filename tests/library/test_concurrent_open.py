"""Real `iam-desktop` processes started at the same moment: on a new data folder (the first open creates
and migrates the database once, under a lock), and tagging with a new tag name (created once)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from library_helpers import add_recording

from iam_desktop.library import Library
from iam_desktop.library.database import head_revision
from iam_desktop.paths import DATA_DIR_ENV, data_paths


def start(data_dir: Path, *args: str) -> subprocess.Popen[str]:
    script = Path(sys.executable).parent / "iam-desktop"
    command = [str(script)] if script.is_file() else [sys.executable, "-m", "iam_desktop"]
    env = {**os.environ, DATA_DIR_ENV: str(data_dir)}
    return subprocess.Popen(
        [*command, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )


def run_together(data_dir: Path, count: int, *args: str) -> list[tuple[int, str, str]]:
    processes = [start(data_dir, *args) for _ in range(count)]
    results = []
    for process in processes:
        out, err = process.communicate(timeout=180)
        results.append((process.returncode, out, err))
    return results


def test_three_commands_on_a_new_data_folder_all_succeed(tmp_path: Path):
    for attempt in range(7):  # 21 processes
        folder = tmp_path / f"new-{attempt}"
        for code, out, err in run_together(folder, 3, "library", "list", "--json"):
            assert (code, err) == (0, ""), (attempt, err)
            assert json.loads(out) == []
        connection = sqlite3.connect(folder / "library.sqlite3")
        try:
            assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [
                (head_revision(),)
            ]
            assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        finally:
            connection.close()


def test_the_same_new_tag_from_three_processes_at_once(data_dir: Path):
    library = Library.open(data_paths(data_dir))
    try:
        rid = add_recording(library, "Harbour tour")
    finally:
        library.close()
    for attempt in range(3):
        tag = f"Urgent{attempt}"
        # a write lock held while they start: all three read the tags (no such tag yet), then wait to write
        holder = sqlite3.connect(data_dir / "library.sqlite3", timeout=30)
        holder.execute("BEGIN IMMEDIATE")
        processes = [start(data_dir, "library", "tag", str(rid), tag) for _ in range(3)]
        time.sleep(8)  # (they start in 2-3 s on a busy machine)
        holder.rollback()
        holder.close()
        for process in processes:
            out, err = process.communicate(timeout=180)
            assert (process.returncode, err) == (0, ""), (attempt, err)
            assert tag in out
    library = Library.open(data_paths(data_dir))
    try:
        assert library.items.tags_of(rid) == sorted((f"Urgent{n}" for n in range(3)), key=str.casefold)
        assert len(library.items.all_tags()) == 3
    finally:
        library.close()


def test_a_database_locked_by_another_process_gives_no_tracebacks(data_dir: Path, speech_wav: Path):
    """Another process holds the write lock far longer than the busy timeout while a transcription runs:
    its heartbeats and progress writes fail for a while; that is one plain line at most, never a traceback."""
    assert run_together(data_dir, 1, "library", "list")[0][0] == 0
    os.environ["IAM_DB_BUSY_TIMEOUT_MS"] = "1500"
    try:
        process = start(data_dir, "transcribe", str(speech_wav))
    finally:
        del os.environ["IAM_DB_BUSY_TIMEOUT_MS"]
    database = data_dir / "library.sqlite3"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:  # until the job is in the queue and being worked on
        probe = sqlite3.connect(database, timeout=5)
        try:
            running = probe.execute("SELECT count(*) FROM jobs WHERE status = 'running'").fetchone()[0]
        finally:
            probe.close()
        if running or process.poll() is not None:
            break
        time.sleep(0.2)
    holder = sqlite3.connect(database, timeout=30)
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("UPDATE recordings SET title = title")
    time.sleep(12)  # eight busy timeouts, several heartbeats
    holder.rollback()
    holder.close()
    _out, err = process.communicate(timeout=300)
    assert "Traceback" not in err, err
    assert len([line for line in err.splitlines() if line.strip()]) <= 1, err
