"""The engine interface every transcription engine implements (local Whisper now, cloud later)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

from iam_desktop.transcript import Segment

#: progress callback: fraction of the audio done, 0.0 to 1.0
ProgressCallback = Callable[[float], None]
#: polled by engines between units of work; True means stop and raise Cancelled
CancelCheck = Callable[[], bool]


@dataclass
class EngineResult:
    """What an engine hands back: timed segments and the language it transcribed."""

    segments: list[Segment] = field(default_factory=list)
    language: str | None = None


class TranscriptionEngine(Protocol):
    """A speech-to-text engine.

    Attributes:
        name: short engine name stored with each transcript ("local", "openai").
        model_name: the model it runs ("tiny.en").
    """

    name: str
    model_name: str

    def check_language(self, language: str | None) -> None:
        """Raise EngineError if this engine cannot transcribe `language` (None = detect)."""
        ...

    def transcribe(
        self,
        audio: np.ndarray,
        *,
        language: str | None = None,
        progress: ProgressCallback | None = None,
        cancelled: CancelCheck | None = None,
    ) -> EngineResult:
        """Transcribe 16 kHz mono float32 samples. Raises Cancelled, EngineError."""
        ...
