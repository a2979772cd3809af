"""The offline engine: faster-whisper (CTranslate2) on the CPU with a model from a local directory."""

from __future__ import annotations

import os
import threading

import numpy as np

from iam_desktop.engines.base import CancelCheck, EngineResult, ProgressCallback
from iam_desktop.engines.models import ModelSpec, bundled_model, verify_model
from iam_desktop.errors import Cancelled, EngineError
from iam_desktop.transcript import Segment, Word

# NOTE: never reach for the model hub; models are loaded from directories only.
os.environ.setdefault("HF_HUB_OFFLINE", "1")

SAMPLE_RATE = 16000


class LocalWhisperEngine:
    """faster-whisper with VAD and word timestamps; the model is loaded on first use and then reused.

    One transcription runs at a time per engine (a lock guards the model); create one engine per process
    and share it.
    """

    name = "local"

    def __init__(
        self, spec: ModelSpec | None = None, *, beam_size: int = 5, compute_type: str = "int8"
    ) -> None:
        self.spec = spec or bundled_model()
        self.model_name = self.spec.name
        self._beam_size = beam_size
        self._compute_type = compute_type
        self._model = None
        self._lock = threading.Lock()

    def load(self) -> None:
        """Load the model now (otherwise the first transcription does)."""
        with self._lock:
            self._load_locked()

    def _load_locked(self) -> None:
        if self._model is not None:
            return
        verify_model(self.spec)
        from faster_whisper import WhisperModel  # heavy import, kept off the app's start-up path

        try:
            self._model = WhisperModel(str(self.spec.path), device="cpu", compute_type=self._compute_type)
        except (RuntimeError, ValueError, OSError) as exc:
            raise EngineError(f"the speech model {self.spec.name} could not be loaded: {exc}") from exc

    def check_language(self, language: str | None) -> None:
        if language and not self.spec.multilingual and language.lower() != "en":
            raise EngineError(
                f"the model {self.spec.name} transcribes English only; language {language!r} is not available"
            )

    def transcribe(
        self,
        audio: np.ndarray,
        *,
        language: str | None = None,
        progress: ProgressCallback | None = None,
        cancelled: CancelCheck | None = None,
    ) -> EngineResult:
        self.check_language(language)
        if not self.spec.multilingual:
            language = "en"
        duration = len(audio) / SAMPLE_RATE
        segments: list[Segment] = []
        with self._lock:
            self._load_locked()
            if cancelled and cancelled():
                raise Cancelled("cancelled")
            pieces, info = self._model.transcribe(
                np.ascontiguousarray(audio, dtype=np.float32),
                language=language,
                beam_size=self._beam_size,
                vad_filter=True,
                word_timestamps=True,
            )
            for piece in pieces:  # a lazy generator: each step decodes one window
                text = piece.text.strip()
                if text:
                    words = tuple(
                        Word(float(w.start), float(w.end), w.word.strip(), float(w.probability))
                        for w in (piece.words or ())
                    )
                    segments.append(Segment(float(piece.start), float(piece.end), text, words))
                if progress and duration > 0:
                    progress(min(1.0, float(piece.end) / duration))
                if cancelled and cancelled():
                    raise Cancelled("cancelled")
        if progress:
            progress(1.0)
        return EngineResult(segments=segments, language=info.language if info else language)
