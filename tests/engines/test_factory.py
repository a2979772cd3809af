"""The engine factory's engines for jobs and for the live preview (built, not run: no model is loaded)."""

from __future__ import annotations

from iam_desktop.engines.factory import EngineFactory
from iam_desktop.engines.local_process import LocalProcessEngine
from iam_desktop.engines.local_whisper import LocalWhisperEngine
from iam_desktop.settings import Settings


def test_the_preview_has_its_own_greedy_engine_kept_between_recordings():
    factory = EngineFactory(Settings(language="en"))
    try:
        job_engine, preview = factory.local(language="en"), factory.preview("en")
        assert isinstance(preview, LocalProcessEngine) and preview is not job_engine
        assert preview.model_name == job_engine.model_name == "tiny.en"
        assert preview._settings["beam_size"] == 1 and job_engine._settings["beam_size"] == 2
        assert factory.preview("en") is preview
        assert factory.preview(None).model_name == "base"  # detection needs the multilingual model
    finally:
        factory.close()


def test_in_process_engines_when_not_isolated():
    factory = EngineFactory(Settings(), isolate=False)
    preview = factory.preview("en")
    assert isinstance(preview, LocalWhisperEngine) and preview._beam_size == 1
    assert isinstance(factory.local(language="en"), LocalWhisperEngine)
