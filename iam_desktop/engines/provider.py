"""How a job gets its engine: the interface the pipeline asks, so tests and the app can supply their own."""

from __future__ import annotations

from typing import Protocol

from iam_desktop.engines.base import TranscriptionEngine
from iam_desktop.library.records import JobInfo


class EngineProvider(Protocol):
    """Hands out (and keeps, between jobs) the engines jobs run on."""

    def engine_for(self, job: JobInfo) -> TranscriptionEngine:
        """The engine the job asked for (its engine, model, language and task). Raises EngineError."""
        ...

    def fallback_for(self, job: JobInfo) -> TranscriptionEngine:
        """The local engine to use when the job's cloud engine cannot be reached."""
        ...


class SingleEngine:
    """A provider that always hands out the same engine (the CLI of a fixed model; tests)."""

    def __init__(self, engine: TranscriptionEngine, fallback: TranscriptionEngine | None = None) -> None:
        self._engine = engine
        self._fallback = fallback or engine

    def engine_for(self, job: JobInfo) -> TranscriptionEngine:
        return self._engine

    def fallback_for(self, job: JobInfo) -> TranscriptionEngine:
        return self._fallback
