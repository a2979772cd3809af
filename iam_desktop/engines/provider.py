"""How a job gets its engine: the interface the pipeline asks, so tests and the app can supply their own."""

from __future__ import annotations

from typing import Protocol

import numpy as np

from iam_desktop.engines.base import CancelCheck, DetectedLanguage, EngineOptions, TranscriptionEngine


class LanguageDetector(Protocol):
    """An engine that can tell the language of some speech (the local multilingual model)."""

    def detect_language(
        self, audio: np.ndarray, *, cancelled: CancelCheck | None = None
    ) -> DetectedLanguage | None:
        """The language of the first 30 s of speech in 16 kHz mono samples; None when there is none."""
        ...


class EngineProvider(Protocol):
    """Hands out (and keeps, between jobs) the engines jobs run on."""

    def engine_for(self, options: EngineOptions) -> TranscriptionEngine:
        """The engine a job asked for (its engine, model, language and task). Raises EngineError."""
        ...

    def fallback_for(self, options: EngineOptions) -> TranscriptionEngine:
        """The local engine to use when the job's cloud engine cannot be reached."""
        ...

    def detector_for(self, options: EngineOptions) -> LanguageDetector | None:
        """The engine that detects the language before the job picks its model, when the job leaves both
        the language and the model to the app; None when there is nothing to choose."""
        ...


class SingleEngine:
    """A provider that always hands out the same engine (the CLI of a fixed model; tests)."""

    def __init__(self, engine: TranscriptionEngine, fallback: TranscriptionEngine | None = None) -> None:
        self._engine = engine
        self._fallback = fallback or engine

    def engine_for(self, options: EngineOptions) -> TranscriptionEngine:
        return self._engine

    def fallback_for(self, options: EngineOptions) -> TranscriptionEngine:
        return self._fallback

    def detector_for(self, options: EngineOptions) -> LanguageDetector | None:
        return None  # one engine: nothing to choose
