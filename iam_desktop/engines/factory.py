"""The app's engine provider: builds engines from the settings, the keyring and the installed models,
and keeps them (a loaded local model, an open HTTP client) for the next job."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from iam_desktop.engines.base import EngineOptions, TranscriptionEngine
from iam_desktop.engines.provider import LanguageDetector
from iam_desktop.errors import EngineError, NotConfigured
from iam_desktop.secrets import InvalidSecret, SecretStore, openai_api_key
from iam_desktop.settings import Settings, openai_base_url

if TYPE_CHECKING:
    from iam_desktop.engines.models import ModelSpec

ENGINES = ("local", "openai")
#: the models the OpenAI engine offers
OPENAI_MODELS = ("whisper-1", "gpt-4o-transcribe", "gpt-4o-mini-transcribe")


#: the job error without a key, as the window shows it (the command line adds how to set one there)
NO_KEY = "no OpenAI API key: add one in Settings → Cloud"


class EngineFactory:
    """Hands out engines by name. Local engines run in a child process (LocalProcessEngine), one per
    model, kept alive between jobs; close() stops them."""

    def __init__(
        self, settings: Settings, secrets: SecretStore | None = None, *, isolate: bool = True
    ) -> None:
        self._settings = settings
        self._secrets = secrets
        self._isolate = isolate
        self._local: dict[str, TranscriptionEngine] = {}
        self._previews: dict[str, TranscriptionEngine] = {}
        self._lock = threading.Lock()

    def engine(
        self, name: str, *, model: str | None = None, language: str | None = None, task: str = "transcribe"
    ) -> TranscriptionEngine:
        """The engine `name` ("local" or "openai") with `model` (None: chosen from the settings and the
        language). Raises EngineError in plain words (unknown engine or model, no API key…)."""
        if name == "local":
            return self.local(model=model, language=language, task=task)
        if name == "openai":
            return self.openai(model=model)
        raise EngineError(f"unknown engine {name!r}: choose one of {', '.join(ENGINES)}")

    def local(
        self, *, model: str | None = None, language: str | None = None, task: str = "transcribe"
    ) -> TranscriptionEngine:
        from iam_desktop.engines.models import choose_model

        spec = choose_model(
            language, task, model or self._settings.local_model, self._settings.extra_model_dirs
        )
        with self._lock:
            engine = self._local.get(spec.name)
            if engine is None:
                engine = self._local[spec.name] = self._build_local(spec)
            engine.chunk_seconds = self._settings.local_chunk_seconds  # read by the job pipeline
            return engine

    def preview(self, language: str | None = None) -> TranscriptionEngine:
        """The local engine for live transcripts while recording: its own model instance (so that it never
        waits for a long job, nor holds one up), greedy decoding for speed; kept for the next recording."""
        from iam_desktop.engines.models import choose_model

        settings = self._settings
        spec = choose_model(language, "transcribe", settings.local_model, settings.extra_model_dirs)
        with self._lock:
            engine = self._previews.get(spec.name)
            if engine is None:
                engine = self._previews[spec.name] = self._build_local(spec, beam_size=1)
            return engine

    def _build_local(self, spec: ModelSpec, *, beam_size: int = 2) -> TranscriptionEngine:
        """A local engine for `spec`: in a child process (isolate), else in this process."""
        if self._isolate:
            from iam_desktop.engines.local_process import LocalProcessEngine

            return LocalProcessEngine(spec, extra_dirs=self._settings.extra_model_dirs, beam_size=beam_size)
        from iam_desktop.engines.local_whisper import LocalWhisperEngine

        return LocalWhisperEngine(spec, beam_size=beam_size)

    def openai(self, *, model: str | None = None) -> TranscriptionEngine:
        model = model or self._settings.openai_model
        if model not in OPENAI_MODELS:
            raise EngineError(f"unknown OpenAI model {model!r}: choose one of {', '.join(OPENAI_MODELS)}")
        try:
            key, _source = openai_api_key(self._secrets)
        except InvalidSecret as exc:  # e.g. a key pasted with an accented letter: says so, never shows it
            raise NotConfigured(str(exc)) from exc
        if not key:
            raise NotConfigured(NO_KEY)
        from iam_desktop.engines.openai_engine import OpenAIEngine

        engine = OpenAIEngine(key, model=model, base_url=openai_base_url(self._settings))
        engine.chunk_seconds = self._settings.cloud_chunk_seconds  # read by the job pipeline
        return engine

    def update_settings(self, settings: Settings) -> None:
        """Use new settings from the next job on (local engines already running are kept)."""
        self._settings = settings

    # --- EngineProvider ---------------------------------------------------------------------------

    def engine_for(self, options: EngineOptions) -> TranscriptionEngine:
        return self.engine(options.engine, model=options.model, language=options.language, task=options.task)

    def fallback_for(self, options: EngineOptions) -> TranscriptionEngine:
        return self.local(language=options.language, task=options.task)

    def detector_for(self, options: EngineOptions) -> LanguageDetector | None:
        """The multilingual local model, when a local job leaves the language to detection and the model
        to the app (no model named by the job or the settings) and transcribes: English then goes to the
        faster English model, any other language to the multilingual one. None otherwise (a user's choice
        always wins; translation always needs the multilingual model)."""
        if options.engine != "local" or options.language or options.model or self._settings.local_model:
            return None
        if options.task != "transcribe":
            return None
        try:
            engine = self.local(language=None)  # the multilingual model the automatic choice takes
        except EngineError:
            return None  # no multilingual model: the English one will do
        return engine if hasattr(engine, "detect_language") else None  # type: ignore[return-value]

    def close(self) -> None:
        with self._lock:
            engines = [*self._local.values(), *self._previews.values()]
            self._local, self._previews = {}, {}
        for engine in engines:
            close = getattr(engine, "close", None)
            if close is not None:
                close()
