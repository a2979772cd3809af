"""The job queue under real faults: a disk that fills while a result is saved, a process stopped past its
lease (SIGSTOP) or killed (SIGKILL) at the worst moment, Ctrl+C, a closed or full output, a resume from
another working folder. Each test runs the real `iam-desktop` in subprocesses with the real local model."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers import fill_disk, needs_root, tiny_filesystem
from helpers import iam_desktop_command as _command
from job_helpers import finish, one_transcript_per_file, query, start, stop_outside_a_write

from iam_desktop.paths import DATA_DIR_ENV

pytestmark = pytest.mark.slow

#: a short lease, so that a stopped process loses its job within the test (seconds)
SHORT_LEASE = "3"






def run(
    *args: str | os.PathLike[str], data: Path, cwd: Path | None = None, **env: str
) -> tuple[int, str, str]:
    return finish(start(*args, data=data, cwd=cwd, **env))




def wait_for(condition: Callable[[], bool], timeout: float = 120, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.005)




def assert_clean_stderr(err: str) -> None:
    assert "Traceback" not in err and "Exception" not in err, err


@needs_root
def test_a_disk_that_fills_while_the_result_is_saved_ends_with_one_error(tmp_path, long_speech_wav):
    with tiny_filesystem(tmp_path / "small", "8m") as root:
        data = root / "data"
        proc = start("transcribe", "--language", "en", long_speech_wav, data=data)
        # the file is imported (its recording attached to the job): now the disk fills up
        wait_for(lambda: query(data, "SELECT recording_id FROM jobs WHERE recording_id IS NOT NULL"),
                 what="the import")  # fmt: skip
        filler = fill_disk(root)
        code, out, err = finish(proc, timeout=120)
        assert code == 1, (code, out, err)
        assert_clean_stderr(err)
        lines = [line for line in err.splitlines() if line.strip()]
        assert len(lines) == 1 and lines[0].startswith("error: ") and "disk is full" in lines[0], err
        # space again: the job was left to be taken over, and finishes, once, with what was imported
        filler.unlink()
        code, out, err = run("jobs", "resume", data=data)
        assert code == 0, err
        assert list(one_transcript_per_file(data).values()) == [1]
        assert query(data, "SELECT status FROM jobs") == [("done",)]


def test_a_job_taken_over_from_a_stopped_process_is_done_once(tmp_path, long_speech_wav):
    data = tmp_path / "data"
    first = start(
        "transcribe", "--language", "en", long_speech_wav, data=data, IAM_JOB_LEASE_SECONDS=SHORT_LEASE
    )
    wait_for(lambda: query(data, "SELECT 1 FROM jobs WHERE status = 'running' AND recording_id IS NOT NULL"),
             what="the job running")  # fmt: skip
    stop_outside_a_write(first, data)
    try:
        time.sleep(float(SHORT_LEASE) + 1)  # the lease runs out: another process may take the job over
        code, out, err = run("jobs", "resume", data=data, IAM_JOB_LEASE_SECONDS=SHORT_LEASE)
        assert code == 0 and out.startswith("1\tdone"), (code, out, err)
        transcript_rows = query(data, "SELECT id FROM transcripts")
    finally:
        first.send_signal(signal.SIGCONT)
    code, out, err = finish(first, timeout=120)  # it gives the job up, and tells how it ended
    assert code == 0 and out.startswith("1\t") and "took job 1 over and finished it" in err, (code, out, err)
    assert_clean_stderr(err)
    assert query(data, "SELECT id FROM transcripts") == transcript_rows  # nothing written after it woke
    assert list(one_transcript_per_file(data).values()) == [1]
    assert query(data, "SELECT status FROM jobs") == [("done",)]


def test_a_kill_right_after_the_import_never_gives_a_second_recording(tmp_path, speech_wav):
    for attempt in range(2):
        data = tmp_path / f"data-{attempt}"
        proc = start("transcribe", "--language", "en", speech_wav, data=data)
        wait_for(lambda: query(data, "SELECT id FROM recordings"), what="the recording")  # noqa: B023
        proc.kill()
        proc.communicate()
        code, out, err = run("jobs", "resume", data=data)  # at once: the holder is known to be dead
        assert code == 0 and "done" in out, (code, out, err)
        assert one_transcript_per_file(data) == {str(speech_wav.resolve()): 1}


def test_a_job_resumes_from_another_working_folder(tmp_path, speech_wav):
    data, here, there = tmp_path / "data", tmp_path / "a", tmp_path / "b"
    here.mkdir()
    there.mkdir()
    (here / "talk.wav").write_bytes(speech_wav.read_bytes())
    proc = start("transcribe", "talk.wav", data=data, cwd=here)
    wait_for(lambda: query(data, "SELECT id FROM jobs"), what="the job")
    proc.kill()
    proc.communicate()
    assert query(data, "SELECT source_path FROM jobs") == [(str((here / "talk.wav").resolve()),)]
    code, out, err = run("jobs", "resume", data=data, cwd=there)
    assert code == 0 and "\tdone\t" in out, (code, out, err)


def test_resume_says_which_job_a_stopped_process_still_holds(tmp_path, long_speech_wav):
    data = tmp_path / "data"
    first = start("transcribe", "--language", "en", long_speech_wav, data=data)
    wait_for(lambda: query(data, "SELECT 1 FROM jobs WHERE status = 'running'"), what="the job running")
    stop_outside_a_write(first, data)
    try:
        code, out, err = run("jobs", "resume", data=data)
    finally:
        first.send_signal(signal.SIGCONT)
    assert code == 1 and out == "", (code, out, err)
    assert f"job 1 is held by another running process (pid {first.pid}" in err, err
    assert "can be taken over in" in err
    code, out, err = finish(first)  # the stopped process goes on and finishes its job
    assert code == 0, err
    assert query(data, "SELECT status FROM jobs") == [("done",)]


def test_ctrl_c_cancels_every_job_of_the_command(tmp_path, long_speech_wav, speech_wav):
    data = tmp_path / "data"
    proc = start("transcribe", "--language", "en", long_speech_wav, speech_wav, speech_wav, data=data)
    wait_for(lambda: query(data, "SELECT 1 FROM jobs WHERE status = 'running'"), what="the first job running")
    proc.send_signal(signal.SIGINT)
    code, out, err = finish(proc)
    assert code == 130 and "interrupted" in err, (code, err)
    assert_clean_stderr(err)
    assert [status for (status,) in query(data, "SELECT status FROM jobs ORDER BY id")] == ["cancelled"] * 3


def test_a_closed_output_ends_the_command_quietly_and_leaves_no_job_waiting(tmp_path, speech_wav):
    data = tmp_path / "data"
    files = [tmp_path / f"talk-{n}.wav" for n in range(3)]
    for file in files:
        file.write_bytes(speech_wav.read_bytes())
    proc = start("transcribe", "--language", "en", *files, data=data)
    proc.stdout.close()  # the reader is gone before the first line (`| head -0`)
    err = proc.stderr.read()
    assert proc.wait(timeout=180) == 141, err
    assert_clean_stderr(err)
    statuses = [status for (status,) in query(data, "SELECT status FROM jobs ORDER BY id")]
    assert statuses[0] == "done" and not {"queued", "running"} & set(statuses), statuses
    # a listing whose reader is gone, and a full output
    listing = start("library", "list", data=data)
    listing.stdout.close()
    err = listing.stderr.read()
    assert listing.wait(timeout=60) == 141 and err == "", err
    with open("/dev/full", "w") as full:
        proc = subprocess.run(
            [*_command(), "library", "list"], stdout=full, stderr=subprocess.PIPE, text=True,
            env={**os.environ, DATA_DIR_ENV: str(data)}, timeout=60,
        )  # fmt: skip
    assert proc.returncode == 1 and proc.stderr.startswith("error: cannot write the output"), proc.stderr
    assert_clean_stderr(proc.stderr)


def test_library_transcribe_makes_a_new_current_transcript(tmp_path, speech_wav):
    data = tmp_path / "data"
    code, out, err = run("transcribe", "--language", "en", speech_wav, data=data)
    assert code == 0, err
    recording_id = out.split("\t")[0]
    code, out, err = run("library", "transcribe", recording_id, "--language", "en", "--json", data=data)
    assert code == 0, err
    assert json.loads(out)[0]["status"] == "done"
    rows = query(data, "SELECT is_current FROM transcripts ORDER BY id")
    assert [bool(current) for (current,) in rows] == [False, True]
    assert len(query(data, "SELECT id FROM recordings")) == 1
    code, out, err = run("library", "transcribe", "99", data=data)
    assert code == 1 and err.strip() == "error: no recording with ID 99", err


def test_resume_says_so_when_another_process_keeps_the_library_locked(tmp_path, speech_wav):
    """A process stopped (or stuck) inside a write keeps the library's write lock: `jobs resume` cannot
    claim the queued job. It must say so and end, not spin silently for ever; once the lock is gone the
    job is done."""
    import sqlite3

    from iam_desktop.library import Library
    from iam_desktop.paths import data_paths

    data = tmp_path / "data"
    library = Library.open(data_paths(data))
    try:
        job_id = library.jobs.create(str(speech_wav), engine="local", language="en")
    finally:
        library.close()
    holder = sqlite3.connect(data / "library.sqlite3", timeout=5)
    holder.execute("BEGIN IMMEDIATE")  # what a process stopped inside a write holds
    try:
        began = time.monotonic()
        code, out, err = finish(
            start("jobs", "resume", data=data, IAM_DB_BUSY_TIMEOUT_MS="300", IAM_QUEUE_PATIENCE_SECONDS="2"),
            timeout=60,
        )
        assert code == 1, (out, err)
        assert "Traceback" not in err
        lines = [line for line in err.splitlines() if line.startswith("error: ")]
        assert len(lines) == 1 and "locked" in lines[0], err
        assert time.monotonic() - began < 45
    finally:
        holder.rollback()
        holder.close()
    assert query(data, f"SELECT status FROM jobs WHERE id = {job_id}") == [("queued",)]
    code, out, err = finish(start("jobs", "resume", data=data))
    assert code == 0, err
    assert query(data, f"SELECT status FROM jobs WHERE id = {job_id}") == [("done",)]
