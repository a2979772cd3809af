"""The engine interface every transcription engine implements (local Whisper, OpenAI cloud)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

from iam_desktop.transcript import Segment

#: progress callback: fraction of the audio handed over that is done, 0.0 to 1.0
ProgressCallback = Callable[[float], None]
#: polled by engines between units of work; True means stop and raise Cancelled
CancelCheck = Callable[[], bool]



@dataclass(frozen=True)
class TranscribeOptions:
    """What the user asked for, engine-independent.

    Attributes:
        language: ISO 639-1 code spoken in the audio ("en", "de"), or None to detect it.
        task: "transcribe" (text in the spoken language) or "translate" (English text).
        prompt: optional context hint (free text).
        vocabulary: terms the audio may contain (names, places, jargon), the library's glossary and the
            job's own terms merged, in that order of priority (the job's first).
    """

    language: str | None = None
    task: str = "transcribe"
    prompt: str | None = None
    vocabulary: tuple[str, ...] = ()


@dataclass(frozen=True)
class EngineOptions:
    """Which engine a job asks for: what an EngineProvider needs to hand one out (the jobs layer builds it
    from the job; the engines never see a job).

    Attributes:
        engine: "local" or "openai".
        model: the model the job names (None: chosen from the settings and the language).
        language: ISO 639-1 code, or None to detect it.
        task: "transcribe" or "translate".
    """

    engine: str
    model: str | None = None
    language: str | None = None
    task: str = "transcribe"


@dataclass
class EngineResult:
    """What an engine hands back: timed segments (seconds from the start of the audio it was given)
    and the language it heard.

    Attributes:
        windows / redecoded: how many decoding windows the local engine used, and how many of them it
            decoded a second time because the first pass left speech without words or looped.
    """

    segments: list[Segment] = field(default_factory=list)
    language: str | None = None
    windows: int = 0
    redecoded: int = 0


@dataclass(frozen=True)
class DetectedLanguage:
    """The language an engine heard in the first stretch of speech, and how sure it is (0..1)."""

    language: str
    probability: float


class TranscriptionEngine(Protocol):
    """A speech-to-text engine.

    Attributes:
        name: short engine name stored with each transcript ("local", "openai").
        model_name: the model it runs ("tiny.en", "base", "whisper-1").
        chunk_seconds: the length of the pieces the job pipeline cuts the audio into (seconds).
    """

    name: str
    model_name: str
    #: how long a piece of audio the job pipeline hands over at a time (seconds); set by the factory
    chunk_seconds: float

    def check(self, options: TranscribeOptions) -> None:
        """Raise EngineError, in plain words, if this engine cannot do what `options` ask (a language
        the model lacks, translation it cannot do, no API key…). Cheap: no network, no model load."""
        ...

    def transcribe(
        self,
        audio: np.ndarray,
        options: TranscribeOptions,
        *,
        progress: ProgressCallback | None = None,
        cancelled: CancelCheck | None = None,
    ) -> EngineResult:
        """Transcribe 16 kHz mono float32 samples. Raises Cancelled, EngineError (and its subclasses)."""
        ...
