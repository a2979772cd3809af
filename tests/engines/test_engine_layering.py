"""The engines layer stands below the library: it is handed EngineOptions, never a job record, and
importing any engine module loads nothing of iam_desktop.library or iam_desktop.jobs."""

from __future__ import annotations

import subprocess
import sys

from iam_desktop.engines.base import EngineOptions
from iam_desktop.engines.factory import EngineFactory
from iam_desktop.jobs.pipeline import engine_options
from iam_desktop.library import Library
from iam_desktop.settings import Settings


def test_engine_modules_import_no_library_or_jobs():
    code = (
        "import sys\n"
        "import iam_desktop.engines.base, iam_desktop.engines.provider, iam_desktop.engines.factory\n"
        "import iam_desktop.engines.openai_engine, iam_desktop.engines.local_process\n"
        "print(sorted(m for m in sys.modules if m.startswith(('iam_desktop.library', 'iam_desktop.jobs'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=99)
    assert out.stdout.strip() == "[]"


def test_jobs_build_the_engine_options_from_the_job(library: Library):
    job_id = library.jobs.create("talk.wav", engine="local", model="tiny.en", language=None)
    job = library.jobs.get(job_id)
    assert job is not None
    assert engine_options(job) == EngineOptions("local", "tiny.en", None, "transcribe")
    assert engine_options(job, language="de").language == "de"  # the detected language wins


def test_the_factory_detects_only_when_the_job_leaves_language_and_model_open():
    factory = EngineFactory(Settings(local_model=""), isolate=False)
    try:
        assert factory.detector_for(EngineOptions("local", "tiny.en")) is None  # a named model
        assert factory.detector_for(EngineOptions("local", None, "en")) is None  # a named language
        assert factory.detector_for(EngineOptions("openai")) is None
        assert factory.detector_for(EngineOptions("local", task="translate")) is None
    finally:
        factory.close()
