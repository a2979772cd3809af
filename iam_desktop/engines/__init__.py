"""Transcription engines behind one interface (iam_desktop.engines.base.TranscriptionEngine)."""

from iam_desktop.engines.base import EngineResult, TranscriptionEngine

__all__ = ["EngineResult", "TranscriptionEngine"]
