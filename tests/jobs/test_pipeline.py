"""The transcription pipeline and the job runner with the real local model: import, chunks, resume."""

from __future__ import annotations

import subprocess
import threading

import numpy as np
import pytest
from helpers import SPEECH_TEXT, wer, write_wav

from iam_desktop.audio.decode import decode_pcm
from iam_desktop.engines.provider import SingleEngine
from iam_desktop.jobs.pipeline import run_transcription_job
from iam_desktop.jobs.runner import JobRunner

pytestmark = pytest.mark.slow


class CountingEngine:
    """The real engine, with a chunk length of our choosing, counting what it is asked to transcribe."""

    def __init__(self, engine, chunk_seconds=None, cancel_after=None):
        self.inner = engine
        self.name, self.model_name = engine.name, engine.model_name
        if chunk_seconds:
            self.chunk_seconds = chunk_seconds
        self.calls: list[float] = []
        self.completed = 0
        self.cancel_after = cancel_after

    def check(self, options):
        self.inner.check(options)

    def transcribe(self, audio, options, *, progress=None, cancelled=None):
        self.calls.append(len(audio) / 16000)
        result = self.inner.transcribe(audio, options, progress=progress, cancelled=cancelled)
        self.completed += 1
        return result

    def cancelled(self):
        """A cancel that arrives once `cancel_after` chunks are finished."""
        return self.cancel_after is not None and self.completed >= self.cancel_after


def _job(library, path, **options):
    return library.jobs.create(
        str(path), engine="local", model=None, language=options.pop("language", "en"), **options
    )


def test_speech_is_transcribed_stored_and_copied(library, engine, speech_wav):
    seen = []
    job = _job(library, speech_wav)
    outcome = run_transcription_job(
        library, SingleEngine(engine), job, progress=lambda f, eta: seen.append(f)
    )
    assert outcome.status == "done", outcome
    rid = outcome.recording_id
    info = library.jobs.get(job)
    assert (info.status, info.progress, info.recording_id, info.error) == ("done", 1.0, rid, None)
    transcript = library.get_transcript(rid)
    assert wer(SPEECH_TEXT, transcript.text) <= 0.3, transcript.text
    assert transcript.language == "en" and transcript.model == "tiny.en"
    recording = library.get_recording(rid)
    assert recording.title == "speech" and recording.sample_rate == 16000
    assert abs(recording.duration - 10) < 4
    for seg in transcript.segments:
        assert 0 <= seg.start < seg.end <= recording.duration + 0.5
        assert seg.words and all(seg.start - 0.5 <= w.start <= w.end <= seg.end + 0.5 for w in seg.words)
    assert seen == sorted(seen) and seen[-1] == 1.0
    copy = library.audio_file(rid)
    assert copy.read_bytes() == speech_wav.read_bytes()
    assert library.jobs.chunks(job) == []  # the resume data goes once the transcript is stored


def test_silence_gives_an_empty_transcript(library, engine, silence_wav):
    outcome = run_transcription_job(library, SingleEngine(engine), _job(library, silence_wav))
    transcript = library.get_transcript(outcome.recording_id)
    assert transcript is not None and transcript.segments == []


def test_bad_file_fails_the_job_and_stores_nothing(library, engine, bad_files):
    for path, reason in bad_files.values():
        job = _job(library, path)
        outcome = run_transcription_job(library, SingleEngine(engine), job)
        info = library.jobs.get(job)
        assert (outcome.status, outcome.error) == ("failed", reason)
        assert (info.status, info.error, info.recording_id) == ("failed", reason, None)
    assert library.list_recordings() == []
    assert not any(p.is_file() for p in library.paths.audio.rglob("*"))


def test_unsupported_language_fails_plainly(library, engine, speech_wav):
    job = _job(library, speech_wav, language="de")
    outcome = run_transcription_job(library, SingleEngine(engine), job)
    assert outcome.status == "failed" and "English" in library.jobs.get(job).error


def test_cancel_before_transcription(library, engine, speech_wav):
    job = _job(library, speech_wav)
    outcome = run_transcription_job(library, SingleEngine(engine), job, cancelled=lambda: True)
    assert outcome.status == "cancelled"


def test_long_file_is_cut_into_chunks_with_continuous_timestamps(library, engine, speech_wav, tmp_path):
    speech = decode_pcm(speech_wav).samples
    gap = np.zeros(16000 * 2, dtype=np.float32)
    long_file = write_wav(tmp_path / "three times.wav", np.concatenate([speech, gap, speech, gap, speech]))
    counting = CountingEngine(engine, chunk_seconds=14)
    outcome = run_transcription_job(library, SingleEngine(counting), _job(library, long_file))
    assert outcome.status == "done"
    assert len(counting.calls) == 3 and all(c <= 14 for c in counting.calls)
    transcript = library.get_transcript(outcome.recording_id)
    starts = [s.start for s in transcript.segments]
    assert starts == sorted(starts) and transcript.segments[-1].end > 2 * len(speech) / 16000
    assert wer(" ".join([SPEECH_TEXT] * 3), transcript.text) <= 0.3


def test_an_interrupted_job_resumes_after_its_last_chunk(library, engine, speech_wav, tmp_path):
    speech = decode_pcm(speech_wav).samples
    gap = np.zeros(16000 * 2, dtype=np.float32)
    long_file = write_wav(tmp_path / "resume me.wav", np.concatenate([speech, gap, speech, gap, speech]))
    job = _job(library, long_file)
    first = CountingEngine(engine, chunk_seconds=14, cancel_after=1)
    outcome = run_transcription_job(library, SingleEngine(first), job, cancelled=first.cancelled)
    assert outcome.status == "cancelled" and len(first.calls) == 1
    stored = library.jobs.chunks(job)
    assert [c.position for c in stored] == [0] and library.jobs.get(job).progress > 0.2

    second = CountingEngine(engine, chunk_seconds=14)
    outcome = run_transcription_job(library, SingleEngine(second), job)
    assert outcome.status == "done"
    assert len(second.calls) == 2  # the first chunk was not done again
    transcript = library.get_transcript(outcome.recording_id)
    assert wer(" ".join([SPEECH_TEXT] * 3), transcript.text) <= 0.3


def test_damaged_file_is_transcribed_as_far_as_it_reads_and_says_so(library, engine, speech_wav, tmp_path):
    flac = tmp_path / "cut off.flac"
    subprocess.run(["sox", str(speech_wav), str(flac)], check=True)
    data = flac.read_bytes()
    flac.write_bytes(data[: len(data) // 2])
    job = _job(library, flac)
    outcome = run_transcription_job(library, SingleEngine(engine), job)
    info = library.jobs.get(job)
    assert info.status == "done" and outcome.recording_id is not None
    assert info.note.startswith("file is truncated: only the first 0:0")
    recording = library.get_recording(outcome.recording_id)
    assert 2 < recording.duration < 8
    assert "good morning" in library.get_transcript(outcome.recording_id).text.lower()


def test_runner_runs_jobs_off_the_calling_thread(library, engine, speech_wav, bad_files):
    runner = JobRunner(library, SingleEngine(engine), defaults={"language": "en"})
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
    final = {job_id: library.jobs.get(job_id) for job_id in ids}
    assert final[ids[0]].status == "failed" and final[ids[0]].error == "file is empty"
    assert final[ids[1]].status == "done"
    assert any(job.status == "running" for job, _ in updates)
    assert {name for job, name in updates if job.status != "queued"} == {"iam-jobs"}


def test_runner_cancel(library, engine, speech_wav):
    runner = JobRunner(library, SingleEngine(engine))
    done = threading.Event()
    runner.add_listener(lambda job: job.finished and done.set())
    [job_id] = runner.submit([speech_wav], language="en")
    runner.cancel(job_id)
    assert done.wait(60)
    runner.shutdown()
    assert library.jobs.get(job_id).status == "cancelled"


def test_closing_releases_jobs_and_the_next_runner_finishes_them(library, engine, speech_wav, tmp_path):
    files = [tmp_path / f"talk {i}.wav" for i in range(3)]
    for path in files:
        path.write_bytes(speech_wav.read_bytes())
    first = JobRunner(library, SingleEngine(engine), role="gui", adopt_orphans=True)
    started = threading.Event()
    first.add_listener(lambda job: job.status == "running" and started.set())
    ids = first.submit(files, language="en")
    assert started.wait(60)
    first.shutdown()  # the app closes half-way
    states = [library.jobs.get(i) for i in ids]
    assert all(job.status in ("queued", "done") for job in states), states
    assert any(job.status == "queued" for job in states)
    assert all(job.owner is None for job in states if job.status == "queued")

    second = JobRunner(library, SingleEngine(engine), role="gui", adopt_orphans=True)
    all_done = threading.Event()
    second.add_listener(lambda job: all(library.jobs.get(i).status == "done" for i in ids) and all_done.set())
    second.start()
    assert all_done.wait(120)
    second.shutdown()
    assert len(library.list_recordings()) == 3


def test_a_cli_runner_leaves_other_peoples_jobs_alone(library, engine, speech_wav):
    orphan = library.jobs.create(str(speech_wav), engine="local", language="en")
    cli = JobRunner(library, SingleEngine(engine), role="cli")  # adopt_orphans off
    done = threading.Event()
    cli.add_listener(lambda job: job.finished and done.set())
    [own] = cli.submit([speech_wav], language="en")
    assert done.wait(60)
    cli.shutdown()
    assert library.jobs.get(own).status == "done"
    assert library.jobs.get(orphan).status == "queued"
