"""Who holds a job: every write of a worker is compare-and-set on its owner, so a worker that lost its job
(stopped past its lease, taken over) writes nothing more; holders whose process is gone are known at once."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from iam_desktop.audio.store import StoredAudio
from iam_desktop.errors import JobLost
from iam_desktop.jobs.owners import new_owner_id, owner_is_dead
from iam_desktop.jobs.runner import absolute_path
from iam_desktop.library.records import ChunkRecord
from iam_desktop.transcript import Segment, Transcript


def _stolen_job(library) -> int:
    """A job claimed by worker A, then taken over by worker B (A's lease ran out)."""
    job = library.jobs.create("/x/a.wav", engine="local", owner="A")
    library.jobs.update(job, owner="B", status="running")
    return job


def _stored(library, tmp_path: Path) -> StoredAudio:
    return StoredAudio(sha256="ab" * 32, relpath="ab/" + "ab" * 32 + ".wav", size=1004)


def test_a_worker_that_lost_its_job_writes_nothing(library, tmp_path):
    job = _stolen_job(library)
    stored = _stored(library, tmp_path)
    with pytest.raises(JobLost):
        library.add_job_recording(
            job, held_by="A", title="a", duration=1.0, sample_rate=16000, channels=1, stored=stored,
            source_path="/x/a.wav",
        )  # fmt: skip
    assert library.list_recordings() == [] and library.jobs.get(job).recording_id is None
    chunk = ChunkRecord(position=0, start=0.0, end=1.0, engine="local", model="m", language="en", segments=[])
    with pytest.raises(JobLost):
        library.jobs.save_chunk(job, chunk, progress=0.5, eta_seconds=1.0, held_by="A")
    assert library.jobs.chunks(job) == []
    with pytest.raises(JobLost):
        library.jobs.update(job, held_by="A", status="failed", error="boom")
    with pytest.raises(JobLost):
        library.jobs.drop_chunks(job, held_by="A")
    info = library.jobs.get(job)
    assert (info.owner, info.status, info.error, info.progress) == ("B", "running", None, 0.0)


def test_a_job_finished_by_its_new_owner_is_not_finished_again(library, tmp_path):
    job = _stolen_job(library)
    rid = library.add_job_recording(
        job, held_by="B", title="a", duration=1.0, sample_rate=16000, channels=1,
        stored=_stored(library, tmp_path), source_path="/x/a.wav",
    )  # fmt: skip
    transcript = Transcript(title="a", duration=1.0, engine="local", model="m", language="en",
                            segments=[Segment(start=0.0, end=1.0, text="hello")])  # fmt: skip
    library.complete_job(job, rid, transcript, None, held_by="B")
    with pytest.raises(JobLost):  # A wakes up with its own result
        library.complete_job(job, rid, transcript, "late", held_by="A")
    assert library.get_transcript(rid).text == "hello" and library.jobs.get(job).note is None
    # a resumed job (it has its recording) never adds a second one
    again = library.add_job_recording(
        job, held_by="B", title="a", duration=1.0, sample_rate=16000, channels=1,
        stored=_stored(library, tmp_path), source_path="/x/a.wav",
    )  # fmt: skip
    assert again == rid and len(library.list_recordings()) == 1


def test_a_write_renews_the_lease(library):
    job = library.jobs.create("/x/a.wav", engine="local", owner="A")
    before = library.jobs.get(job).heartbeat_at
    library.jobs.update(job, held_by="A", progress=0.3)
    assert library.jobs.get(job).heartbeat_at > before


def test_holders_whose_process_ended_are_released_at_once(library):
    ended = subprocess.Popen([sys.executable, "-c", "pass"])
    ended.wait()
    dead = new_owner_id("cli").replace(f":{os.getpid()}:", f":{ended.pid}:")
    alive = new_owner_id("cli")  # this very process
    elsewhere = "cli:another-machine:1:abcd1234"
    owners = (dead, alive, elsewhere)
    jobs = {owner: library.jobs.create("/x/a.wav", engine="local", owner=owner) for owner in owners}
    assert owner_is_dead(dead) and not owner_is_dead(alive) and not owner_is_dead(elsewhere)
    assert not owner_is_dead("not an owner id")
    assert library.jobs.release_holders(owner_is_dead) == 1
    assert library.jobs.get(jobs[dead]).owner is None and library.jobs.get(jobs[dead]).status == "queued"
    assert library.jobs.get(jobs[alive]).owner == alive
    assert library.jobs.get(jobs[elsewhere]).owner == elsewhere


def test_queued_paths_are_absolute(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "talk.wav").write_bytes(b"")
    (tmp_path / "link.wav").symlink_to("talk.wav")
    assert absolute_path("talk.wav") == str(tmp_path.resolve() / "talk.wav")
    assert absolute_path("link.wav") == str(tmp_path.resolve() / "talk.wav")
    (tmp_path / "loop").symlink_to("loop")
    assert absolute_path("loop") == str(tmp_path / "loop")  # a loop stays as given (the job reports it)


@pytest.mark.slow
def test_each_job_ends_once_for_the_listeners(library, engine, speech_wav):
    from iam_desktop.engines.provider import SingleEngine
    from iam_desktop.jobs.runner import JobRunner

    runner = JobRunner(library, SingleEngine(engine), role="cli")
    ended: list[int] = []
    all_done = threading.Event()

    def listen(job) -> None:
        if job.finished:
            ended.append(job.id)
            if len(ended) >= 3:
                all_done.set()

    runner.add_listener(listen)
    try:
        ids = runner.submit([speech_wav] * 3, language="en")
        assert all_done.wait(180)
        runner.shutdown()
    finally:
        runner.shutdown()
    assert sorted(ended) == sorted(ids)  # each once: none told twice
