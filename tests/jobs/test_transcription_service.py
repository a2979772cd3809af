"""The transcription service end to end: cloud engine, fallback, crash isolation, resume after a kill."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from datetime import timedelta
from pathlib import Path

import numpy as np
import pytest
from fakes.openai_server import FakeOpenAI, Fault
from helpers import SPEECH_TEXT, wer, write_wav

from iam_desktop.audio.decode import decode_pcm
from iam_desktop.engines.factory import EngineFactory
from iam_desktop.engines.openai_engine import OpenAIEngine
from iam_desktop.engines.provider import SingleEngine
from iam_desktop.jobs.pipeline import run_transcription_job
from iam_desktop.jobs.runner import JobRunner
from iam_desktop.library import Library
from iam_desktop.library.schema import utcnow
from iam_desktop.paths import data_paths
from iam_desktop.settings import Settings, save_settings

pytestmark = pytest.mark.slow
KEY = "sk-test-key-123"


@pytest.fixture
def fake_openai():
    with FakeOpenAI(api_key=KEY) as server:
        yield server


def cloud(server, **kwargs):
    return OpenAIEngine(KEY, base_url=server.base_url, sleep=lambda _s: None, **kwargs)


def _job(library, path, **kwargs):
    values = {"engine": "openai", "model": "whisper-1", "language": "en", **kwargs}
    return library.jobs.create(str(path), **values)


def test_cloud_job_is_stored_like_a_local_one(library, fake_openai, speech_wav):
    job = _job(library, speech_wav)
    outcome = run_transcription_job(library, SingleEngine(cloud(fake_openai)), job)
    assert outcome.status == "done", outcome
    transcript = library.get_transcript(outcome.recording_id)
    assert (transcript.engine, transcript.model) == ("openai", "whisper-1")
    assert transcript.segments and all(seg.words for seg in transcript.segments)
    [request] = fake_openai.answered
    assert request.field("language") == "en" and request.field("response_format") == "verbose_json"
    assert request.auth == f"Bearer {KEY}"


def test_cloud_failure_falls_back_to_the_local_engine(library, fake_openai, engine, speech_wav):
    fake_openai.fail_next(*[Fault.status(500)] * 3)
    provider = SingleEngine(cloud(fake_openai, max_retries=2), fallback=engine)
    job = _job(library, speech_wav)
    outcome = run_transcription_job(library, provider, job)
    assert outcome.status == "done"
    info = library.jobs.get(job)
    assert "transcribed with the local model instead" in info.note and "did not answer" in info.note
    transcript = library.get_transcript(outcome.recording_id)
    assert transcript.engine == "local" and wer(SPEECH_TEXT, transcript.text) <= 0.3
    assert len(fake_openai.requests) == 3  # tried, retried twice, then gave up


def test_no_fallback_when_the_user_does_not_allow_it(library, fake_openai, engine, speech_wav):
    fake_openai.fail_next(*[Fault.status(503)] * 3)
    provider = SingleEngine(cloud(fake_openai, max_retries=2), fallback=engine)
    job = _job(library, speech_wav, allow_fallback=False)
    outcome = run_transcription_job(library, provider, job)
    assert outcome.status == "failed" and "did not answer after 3 attempts" in outcome.error
    assert library.get_transcript(outcome.recording_id) is None


def test_a_wrong_key_fails_plainly_without_retry_or_fallback(library, fake_openai, engine, speech_wav):
    provider = SingleEngine(OpenAIEngine("sk-wrong", base_url=fake_openai.base_url), fallback=engine)
    job = _job(library, speech_wav)
    outcome = run_transcription_job(library, provider, job)
    assert outcome.status == "failed" and "refused the API key" in outcome.error
    assert "sk-wrong" not in outcome.error
    assert len(fake_openai.requests) == 1


def test_a_crash_of_the_local_engine_fails_the_job_not_the_app(library, speech_wav, tmp_path):
    speech = decode_pcm(speech_wav).samples
    long_file = write_wav(tmp_path / "long.wav", np.concatenate([speech] * 40))
    factory = EngineFactory(Settings(language="en"))  # the app's engines: local model in a child process
    runner = JobRunner(library, factory)
    states: dict[int, str] = {}
    finished = threading.Event()
    transcribing = threading.Event()

    def listen(job):
        states[job.id] = job.status
        stage = job.stage
        if stage is not None and stage.step == "transcribe" and (stage.done or 0) > 0:
            transcribing.set()  # the child has reported work on the first piece: it is busy with it
        if job.finished and job.id == ids[-1]:
            finished.set()

    try:
        runner.add_listener(listen)
        ids = runner.submit([long_file], language="en")
        engine = factory.local(language="en")
        assert transcribing.wait(60)
        os.kill(engine.pid, signal.SIGKILL)  # as the kernel's out-of-memory killer would
        deadline = time.monotonic() + 30
        while not library.jobs.get(ids[0]).finished and time.monotonic() < deadline:
            time.sleep(0.05)
        crashed = library.jobs.get(ids[0])
        assert crashed.status == "failed" and "stopped unexpectedly" in crashed.error, crashed
        # the app goes on: the next job runs on a fresh engine process
        finished.clear()
        ids += runner.submit([speech_wav], language="en")
        assert finished.wait(120)
    finally:  # a failed assert must not leave the runner's threads to the next tests
        runner.shutdown()
        factory.close()
    assert library.jobs.get(ids[1]).status == "done"


def _cli(*args, env=None, **popen):
    command = [str(Path(sys.executable).parent / "iam-desktop"), *map(str, args)]
    return subprocess.Popen(command, env=env or os.environ.copy(), **popen)


def test_cli_transcribes_with_openai_and_estimates_the_cost(fake_openai, speech_wav, data_dir):
    env = dict(os.environ, OPENAI_API_KEY=KEY, OPENAI_BASE_URL=fake_openai.base_url)
    proc = _cli("transcribe", "--engine", "openai", "--json", speech_wav, env=env, stdout=subprocess.PIPE,
                stderr=subprocess.PIPE, text=True)  # fmt: skip
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert "estimated OpenAI cost: <$0.01 for 0:" in err and "whisper-1" in err
    assert KEY not in out + err
    [result] = json.loads(out)
    assert result["status"] == "done"
    library = Library.open(data_paths(data_dir))
    assert library.get_transcript(result["id"]).engine == "openai"
    library.close()


def test_a_killed_transcription_resumes_after_its_last_stored_chunk(data_dir, engine, speech_wav, tmp_path):
    paths = data_paths(data_dir)
    save_settings(paths, Settings(local_chunk_seconds=8.0))
    speech = decode_pcm(speech_wav).samples
    gap = np.zeros(16000, dtype=np.float32)
    long_file = write_wav(tmp_path / "long talk.wav", np.concatenate([speech, gap] * 6))
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    proc = _cli("transcribe", "--language", "en", long_file, **quiet)
    library = Library.open(paths)
    try:
        deadline = time.monotonic() + 90
        job = None
        while time.monotonic() < deadline:
            jobs = library.jobs.list_jobs()
            if jobs and len(library.jobs.chunks(jobs[0].id)) >= 2:
                job = jobs[0]
                break
            time.sleep(0.05)
        assert job is not None, "the CLI never stored a chunk"
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        stored = library.jobs.chunks(job.id)
        interrupted = library.jobs.get(job.id)
        assert interrupted.status == "running" and interrupted.owner.startswith("cli:")
        # time passes: the dead owner's heartbeat goes stale, so the next runner may take the job over
        library.jobs.update(job.id, heartbeat_at=utcnow() - timedelta(minutes=5))

        counted: list[float] = []

        class Counting:
            name, model_name, chunk_seconds = engine.name, engine.model_name, 8.0

            def check(self, options):
                engine.check(options)

            def transcribe(self, audio, options, **kw):
                counted.append(len(audio) / 16000)
                return engine.transcribe(audio, options, **kw)

        runner = JobRunner(library, SingleEngine(Counting()), adopt_orphans=True, role="gui")
        done = threading.Event()
        runner.add_listener(lambda j: j.id == job.id and j.finished and done.set())
        runner.start()
        assert done.wait(120)
        runner.shutdown()
        finished = library.jobs.get(job.id)
        assert finished.status == "done", finished
        total_chunks = len(stored) + len(counted)
        assert len(stored) >= 2 and total_chunks * 8.0 >= len(speech) * 6 / 16000 - 1
        assert sum(counted) < (len(speech) + len(gap)) * 6 / 16000 - 8  # stored chunks were not redone
        transcript = library.get_transcript(finished.recording_id)
        assert wer(" ".join([SPEECH_TEXT] * 6), transcript.text) <= 0.3
    finally:
        if proc.poll() is None:
            proc.kill()
        library.close()


def test_jobs_list_and_resume_from_the_command_line(data_dir, speech_wav):
    paths = data_paths(data_dir)
    library = Library.open(paths)
    queued = library.jobs.create(str(speech_wav), engine="local", language="en")  # left by a closed app
    library.close()
    listing = subprocess.run(
        [str(Path(sys.executable).parent / "iam-desktop"), "jobs", "list", "--json"],
        capture_output=True, text=True, check=True,
    )
    [item] = json.loads(listing.stdout)
    assert (item["id"], item["status"], item["progress"], item["engine"]) == (queued, "queued", 0.0, "local")
    assert set(item) >= {"id", "file", "status", "progress", "eta", "engine", "model", "language", "error"}
    resumed = subprocess.run(
        [str(Path(sys.executable).parent / "iam-desktop"), "jobs", "resume", "--json"],
        capture_output=True, text=True, timeout=180,
    )
    assert resumed.returncode == 0, resumed.stderr
    [done] = json.loads(resumed.stdout)
    assert (done["id"], done["status"]) == (queued, "done")


def test_cancel_own_cancels_every_job_the_runner_queued(library, engine, speech_wav):
    """What an interrupted command does (Ctrl+C, even while it was still queueing): every job it created
    ends cancelled — the one running at its next check, the waiting ones at once — none left queued."""
    runner = JobRunner(library, SingleEngine(engine))
    ids = runner.submit([speech_wav, speech_wav, speech_wav], language="en")
    runner.cancel_own()
    runner.shutdown(timeout=30)
    assert [library.jobs.get(job_id).status for job_id in ids] == ["cancelled"] * 3
