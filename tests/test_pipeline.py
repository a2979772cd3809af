"""The transcription pipeline and the job runner with the real local model."""

from __future__ import annotations

import threading

import pytest
from helpers import SPEECH_TEXT, wer

from iam_desktop.jobs.pipeline import run_transcription_job
from iam_desktop.jobs.runner import JobRunner

pytestmark = pytest.mark.slow


def _job(library, path, language=None):
    return library.create_job(str(path), engine="local", model="tiny.en", language=language)


def test_speech_is_transcribed_stored_and_copied(library, engine, speech_wav):
    seen = []
    job = _job(library, speech_wav)
    rid = run_transcription_job(library, engine, job, progress=seen.append)
    assert rid is not None
    info = library.get_job(job)
    assert (info.status, info.progress, info.recording_id, info.error) == ("done", 1.0, rid, None)
    assert info.started_at <= info.finished_at
    transcript = library.get_transcript(rid)
    assert wer(SPEECH_TEXT, transcript.text) <= 0.3, transcript.text
    assert transcript.language == "en" and transcript.model == "tiny.en"
    recording = library.get_recording(rid)
    assert recording.title == "speech" and recording.sample_rate == 16000
    assert abs(recording.duration - 10) < 4
    # segment and word timings are ordered and inside the recording
    for seg in transcript.segments:
        assert 0 <= seg.start < seg.end <= recording.duration + 0.5
        assert seg.words and all(seg.start - 0.5 <= w.start <= w.end <= seg.end + 0.5 for w in seg.words)
    # progress only grows and ends at 1
    assert seen == sorted(seen) and seen[-1] == 1.0
    # the library's own copy survives the original moving away
    copy = library.audio_file(rid)
    assert copy.read_bytes() == speech_wav.read_bytes()
    assert copy.is_relative_to(library.paths.audio)


def test_silence_gives_an_empty_transcript(library, engine, silence_wav):
    rid = run_transcription_job(library, engine, _job(library, silence_wav))
    transcript = library.get_transcript(rid)
    assert transcript is not None and transcript.segments == []


def test_bad_file_fails_the_job_and_stores_nothing(library, engine, bad_files):
    for path, reason in bad_files.values():
        job = _job(library, path)
        assert run_transcription_job(library, engine, job) is None
        info = library.get_job(job)
        assert (info.status, info.error, info.recording_id) == ("failed", reason, None)
    assert library.list_recordings() == []
    assert not any(p.is_file() for p in library.paths.audio.rglob("*"))


def test_unsupported_language_fails_plainly(library, engine, speech_wav):
    job = _job(library, speech_wav, language="de")
    assert run_transcription_job(library, engine, job) is None
    assert "English only" in library.get_job(job).error


def test_cancel_before_transcription(library, engine, speech_wav):
    job = _job(library, speech_wav)
    assert run_transcription_job(library, engine, job, cancelled=lambda: True) is None
    assert library.get_job(job).status == "cancelled"


def test_runner_runs_jobs_off_the_calling_thread(library, engine, speech_wav, bad_files):
    runner = JobRunner(library, engine)
    updates = []
    finished = threading.Event()

    def listen(job):
        updates.append((job, threading.current_thread().name))
        if job.finished and job.id == ids[-1]:
            finished.set()

    runner.add_listener(listen)
    ids = runner.submit([bad_files["empty"][0], speech_wav])
    assert finished.wait(120)
    runner.shutdown()
    final = {job_id: library.get_job(job_id) for job_id in ids}
    assert final[ids[0]].status == "failed" and final[ids[0]].error == "file is empty"
    assert final[ids[1]].status == "done"
    # the work (running, finishing) happens on the runner's thread, never on the caller's
    assert any(job.status == "running" for job, _ in updates)
    assert {name for job, name in updates if job.status != "queued"} == {"iam-jobs"}


def test_runner_cancel_and_shutdown(library, engine, speech_wav):
    runner = JobRunner(library, engine)
    done = threading.Event()
    runner.add_listener(lambda job: job.finished and done.set())
    [job_id] = runner.submit([speech_wav])
    runner.cancel(job_id)
    assert done.wait(60)
    runner.shutdown()
    assert library.get_job(job_id).status == "cancelled"


def test_damaged_file_is_transcribed_as_far_as_it_reads_and_says_so(library, engine, speech_wav, tmp_path):
    import subprocess

    flac = tmp_path / "cut off.flac"
    subprocess.run(["sox", str(speech_wav), str(flac)], check=True)
    data = flac.read_bytes()
    flac.write_bytes(data[: len(data) // 2])
    job = _job(library, flac)
    rid = run_transcription_job(library, engine, job)
    info = library.get_job(job)
    assert info.status == "done" and rid is not None
    assert info.error.startswith("file is truncated: only the first 0:0")
    recording = library.get_recording(rid)
    assert 2 < recording.duration < 8
    assert "good morning" in library.get_transcript(rid).text.lower()
