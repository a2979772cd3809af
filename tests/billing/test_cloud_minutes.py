"""The plan's cloud minutes in real jobs: counted after each chunk the cloud transcribed, and refused
before anything is sent once used up — in the job pipeline and in `iam-desktop transcribe`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from fakes.openai_server import FakeOpenAI
from licence_helpers import EMAIL, current_licence

from iam_desktop.audio.probe import probe
from iam_desktop.billing.activation import activate
from iam_desktop.billing.installation import installation_id
from iam_desktop.billing.usage import UsageMeter
from iam_desktop.engines.openai_engine import OpenAIEngine
from iam_desktop.engines.provider import SingleEngine
from iam_desktop.jobs.pipeline import run_transcription_job
from iam_desktop.library.status import JobStatus
from iam_desktop.paths import data_paths

KEY = "sk-test-key-quota-123"


@pytest.fixture
def fake_openai():
    with FakeOpenAI(api_key=KEY) as server:
        yield server


def cloud_job(library, path, server, **kwargs):
    job = library.jobs.create(str(path), engine="openai", model="whisper-1", language="en", **kwargs)
    engine = OpenAIEngine(KEY, base_url=server.base_url, sleep=lambda _s: None)
    return job, engine


def test_a_cloud_job_counts_the_audio_it_sent(library, fake_openai, speech_wav, licence_store):
    job, cloud = cloud_job(library, speech_wav, fake_openai)
    outcome = run_transcription_job(library, SingleEngine(cloud), job)
    assert outcome.status == JobStatus.DONE, outcome
    used = UsageMeter(library.paths).month_seconds()
    assert used == pytest.approx(probe(speech_wav).duration, abs=0.1)


def test_a_used_up_month_fails_the_job_before_anything_is_sent(
    library, fake_openai, engine, speech_wav, licence_store
):
    UsageMeter(library.paths).record(30 * 60)  # the free plan's 30 minutes
    job, cloud = cloud_job(library, speech_wav, fake_openai, allow_fallback=True)
    outcome = run_transcription_job(library, SingleEngine(cloud, fallback=engine), job)
    assert outcome.status == JobStatus.FAILED
    assert "cloud minutes of the Free plan are used up" in outcome.error
    assert "Upgrade to Pro" in outcome.error
    assert fake_openai.requests == []  # not one byte of audio went out, and no silent local run either
    assert library.jobs.get(job).error == outcome.error


def test_a_paid_licence_gives_its_minutes(library, fake_openai, speech_wav, licence_store, test_key):
    token = current_licence(test_key, "pro", installation=installation_id(library.paths))
    activate(token, library.paths, licence_store)
    UsageMeter(library.paths).record(45 * 60)  # over Free's 30, well under Pro's 600
    job, cloud = cloud_job(library, speech_wav, fake_openai)
    outcome = run_transcription_job(library, SingleEngine(cloud), job)
    assert outcome.status == JobStatus.DONE, outcome
    assert len(fake_openai.answered) == 1
    assert EMAIL not in (outcome.error or "")


def test_the_cli_refuses_cloud_work_past_the_plan_and_sends_nothing(
    fake_openai, speech_wav, data_dir, licence_store
):
    UsageMeter(data_paths().ensure()).record(29.99 * 60)
    env = dict(os.environ, OPENAI_API_KEY=KEY, OPENAI_BASE_URL=fake_openai.base_url)
    command = [str(Path(sys.executable).parent / "iam-desktop"), "transcribe", "--engine", "openai", "--json",
               str(speech_wav)]  # fmt: skip
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 8, done.stderr
    assert "This month's 30 cloud minutes of the Free plan are used up" in done.stderr
    assert "Upgrade to Pro" in done.stderr and "--engine local" in done.stderr
    assert fake_openai.requests == []
    assert json.loads(done.stdout or "[]") == []
