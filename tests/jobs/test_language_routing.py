"""Automatic language: detected once from the first 30 s of speech by the multilingual model, then English
goes to the English model and any other language to the multilingual one; stored and shown. A user's
explicit language or model always wins. Real models, in process."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import SPEECH_TEXT, wer

from iam_desktop.engines.factory import EngineFactory
from iam_desktop.engines.models import MODEL_CACHE_ENV
from iam_desktop.jobs.pipeline import run_transcription_job
from iam_desktop.settings import Settings

pytestmark = pytest.mark.slow

SHARED = next(
    (p for p in (Path(__file__).resolve().parents[3] / "shared", Path("/work/shared")) if p.is_dir()),
    Path("/work/shared"),
)
GERMAN = SHARED / "data" / "speech" / "de_leopard_test.wav"


class CountingFactory(EngineFactory):
    """The app's factory (engines in this process), counting the detections it is asked for."""

    def __init__(self, settings: Settings) -> None:
        super().__init__(settings, isolate=False)
        self.detections = 0

    def detector_for(self, job):
        detector = super().detector_for(job)
        if detector is None:
            return None
        factory = self

        class Counting:
            def detect_language(self, audio, *, cancelled=None):
                factory.detections += 1
                return detector.detect_language(audio, cancelled=cancelled)

        return Counting()


@pytest.fixture(scope="module")
def model_cache(tmp_path_factory: pytest.TempPathFactory):
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(MODEL_CACHE_ENV, str(tmp_path_factory.mktemp("model-cache")))
        yield


@pytest.fixture(scope="module")
def factory(model_cache):
    made = CountingFactory(Settings())
    yield made
    made.close()


def test_english_is_detected_and_goes_to_the_english_model(library, factory, speech_wav):
    before = factory.detections
    job = library.jobs.create(str(speech_wav), engine="local", language=None)
    outcome = run_transcription_job(library, factory, job)
    assert outcome.status == "done", outcome
    transcript = library.get_transcript(outcome.recording_id)
    assert (transcript.model, transcript.language) == ("tiny.en", "en")
    assert 0.5 < transcript.language_probability <= 1.0
    info = library.jobs.get(job)
    assert info.language is None  # the user's choice stays "detect"
    assert (info.detected_language, info.language_probability) == ("en", transcript.language_probability)
    assert info.to_json()["detected_language"] == "en"
    assert factory.detections == before + 1
    assert wer(SPEECH_TEXT, transcript.text) < 0.3


def test_another_language_goes_to_the_multilingual_model(library, factory):
    job = library.jobs.create(str(GERMAN), engine="local", language=None)
    outcome = run_transcription_job(library, factory, job)
    assert outcome.status == "done", outcome
    transcript = library.get_transcript(outcome.recording_id)
    assert (transcript.model, transcript.language) == ("base", "de")
    assert transcript.language_probability > 0.5
    # German words of the clip, whatever their case or compounding ("Portal liegende", "portalliegende")
    text = transcript.text.lower()
    assert "leichenhalle" in text or "portal" in text, transcript.text


def test_a_language_the_user_named_is_not_detected(library, factory, speech_wav):
    before = factory.detections
    job = library.jobs.create(str(speech_wav), engine="local", language="en")
    outcome = run_transcription_job(library, factory, job)
    transcript = library.get_transcript(outcome.recording_id)
    assert (transcript.model, transcript.language, transcript.language_probability) == ("tiny.en", "en", None)
    assert library.jobs.get(job).detected_language is None
    assert factory.detections == before


def test_a_model_the_user_named_is_not_replaced(library, model_cache, speech_wav):
    named = CountingFactory(Settings(local_model="base"))
    try:
        job = library.jobs.create(str(speech_wav), engine="local", language=None)
        outcome = run_transcription_job(library, named, job)
        transcript = library.get_transcript(outcome.recording_id)
        assert (transcript.model, transcript.language) == ("base", "en")  # base detected it by itself
        assert named.detections == 0
    finally:
        named.close()


def test_a_resumed_job_does_not_detect_again(library, factory, speech_wav):
    job = library.jobs.create(str(speech_wav), engine="local", language=None)
    # as an interrupted run left it
    library.jobs.update(job, detected_language="en", language_probability=0.9)
    before = factory.detections
    outcome = run_transcription_job(library, factory, job)
    transcript = library.get_transcript(outcome.recording_id)
    assert (transcript.model, transcript.language_probability) == ("tiny.en", 0.9)
    assert factory.detections == before


def test_silence_leaves_the_language_open(library, factory, silence_wav):
    job = library.jobs.create(str(silence_wav), engine="local", language=None)
    outcome = run_transcription_job(library, factory, job)
    assert outcome.status == "done", outcome
    assert library.jobs.get(job).detected_language is None
    assert library.get_transcript(outcome.recording_id).segments == []
