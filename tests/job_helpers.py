"""Start, watch and query real iam-desktop processes that run jobs; an engine that holds its first job."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import threading
import time
from pathlib import Path

import pytest
from helpers import iam_desktop_command as _command

from iam_desktop.paths import DATA_DIR_ENV


def start(*args: str | os.PathLike[str], data: Path, cwd: Path | None = None, **env: str) -> subprocess.Popen:
    environment = {**os.environ, DATA_DIR_ENV: str(data), **env}
    return subprocess.Popen(
        [*_command(), *map(str, args)], cwd=cwd, env=environment, text=True, encoding="utf-8",
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip


def finish(proc: subprocess.Popen, timeout: float = 180) -> tuple[int, str, str]:
    """Wait for `proc`; a process still running after `timeout` is a hang: killed, and the test fails."""
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        pytest.fail(f"{proc.args} hung for {timeout} s; stderr: {err}")
    return proc.returncode, out, err


def query(data: Path, sql: str) -> list[tuple]:
    """Read the library database the way another process would (read-only)."""
    database = data / "library.sqlite3"
    if not database.exists():
        return []
    try:
        connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=5)
        try:
            return connection.execute(sql).fetchall()
        finally:
            connection.close()
    except sqlite3.OperationalError:  # not created yet
        return []


def one_transcript_per_file(data: Path) -> dict[str, int]:
    """source path -> number of recordings made from it; also checks each has exactly one current
    transcript."""
    counts: dict[str, int] = {}
    for (source, current) in query(
        data,
        "SELECT r.source_path, (SELECT count(*) FROM transcripts t"
        " WHERE t.recording_id = r.id AND t.is_current) FROM recordings r",
    ):
        counts[source] = counts.get(source, 0) + 1
        assert current == 1, f"{source} has {current} current transcripts"
    return counts



def stop_outside_a_write(proc: subprocess.Popen, data: Path, attempts: int = 100) -> None:
    """SIGSTOP `proc` at a moment it holds no write lock on the library. A stop that falls inside one of
    its (millisecond) writes keeps the library locked for every process until SIGCONT: that case has a test
    of its own (test_resume_says_so_when_another_process_keeps_the_library_locked)."""
    database = data / "library.sqlite3"
    for _ in range(attempts):
        proc.send_signal(signal.SIGSTOP)
        probe = sqlite3.connect(database, timeout=0)
        try:
            probe.execute("BEGIN IMMEDIATE")  # free: the stop fell between two writes
            probe.rollback()
            return
        except sqlite3.OperationalError:  # locked: the stop fell inside a write; let it finish
            proc.send_signal(signal.SIGCONT)
            time.sleep(0.02)
        finally:
            probe.close()
    pytest.fail(f"{proc.args} could not be stopped outside a write in {attempts} attempts")


class BlockingEngine:
    """Holds the first job until released: anything added meanwhile would wait behind it."""

    name = "stub"
    model_name = "stub"
    chunk_seconds = 300.0

    def __init__(self) -> None:
        self.release = threading.Event()
        self.started = threading.Event()

    def check(self, options) -> None:
        pass

    def transcribe(self, audio, options, *, progress=None, cancelled=None):
        from iam_desktop.engines.base import EngineResult

        self.started.set()
        while not self.release.wait(0.05):
            if cancelled and cancelled():
                from iam_desktop.errors import Cancelled

                raise Cancelled("cancelled")
        return EngineResult(segments=[], language="en")
