"""The offline engine: faster-whisper (CTranslate2) on the CPU with an installed model, in this process."""

from __future__ import annotations

import logging
import os
import threading

import numpy as np

from iam_desktop.engines.base import (
    ENGINE_SAMPLE_RATE,
    CancelCheck,
    EngineResult,
    ProgressCallback,
    TranscribeOptions,
)
from iam_desktop.engines.models import ModelSpec, bundled_model, model_in_memory, prepare_model
from iam_desktop.engines.quality import clean_segments
from iam_desktop.errors import Cancelled, EngineError
from iam_desktop.transcript import Segment, Word

# NOTE: never reach for the model hub; models are loaded from directories (or bytes) only.
os.environ.setdefault("HF_HUB_OFFLINE", "1")

log = logging.getLogger(__name__)


def check_options(spec: ModelSpec, options: TranscribeOptions) -> None:
    """Raise EngineError, in plain words, if the model `spec` cannot do what `options` ask."""
    reason = spec.cannot_do(options.language, options.task)
    if reason:
        raise EngineError(reason)


class LocalWhisperEngine:
    """faster-whisper with VAD, word timestamps and the quality guards of engines.quality.

    The model is loaded on first use (or by load()) and then reused. One transcription runs at a time
    per engine (a lock guards the model); create one engine per model and share it.
    """

    name = "local"
    #: length of the pieces the job pipeline hands over (seconds); the app sets it from the settings
    chunk_seconds = 300.0

    def __init__(
        self,
        spec: ModelSpec | None = None,
        *,
        beam_size: int = 5,
        compute_type: str = "int8",
        cpu_threads: int = 0,
        batch_size: int = 8,
    ) -> None:
        self.spec = spec or bundled_model()
        self.model_name = self.spec.name
        self._beam_size = beam_size
        #: windows decoded together (faster-whisper's batched pipeline); 1 = one after another
        self._batch_size = batch_size
        self._compute_type = compute_type
        self._cpu_threads = cpu_threads
        self._model = None
        self._lock = threading.Lock()

    def load(self) -> None:
        """Verify and load the model now (otherwise the first transcription does)."""
        with self._lock:
            self._load_locked()

    def _load_locked(self) -> None:
        if self._model is not None:
            return
        from faster_whisper import WhisperModel  # heavy import, kept off the app's start-up path

        settings = {"device": "cpu", "compute_type": self._compute_type, "cpu_threads": self._cpu_threads}
        try:
            source, files = str(prepare_model(self.spec)), None
        except OSError as exc:
            if not self.spec.parts:
                raise EngineError(f"the speech model {self.spec.name} could not be read: {exc}") from exc
            log.warning("cannot join %s in the model cache (%s); loading it from memory", self.spec.name, exc)
            try:
                source, files = f"<memory>/{self.spec.name}", model_in_memory(self.spec)
            except OSError as exc2:
                raise EngineError(f"the speech model {self.spec.name} could not be read: {exc2}") from exc2
        try:
            self._model = WhisperModel(source, files=files, **settings)
        except (RuntimeError, ValueError, OSError) as exc:
            raise EngineError(f"the speech model {self.spec.name} could not be loaded: {exc}") from exc

    def _run(self, samples: np.ndarray, language: str | None, options: TranscribeOptions) -> tuple:
        """Start faster-whisper on the samples: batched (speech stretches found by VAD decoded 8 at a
        time, about twice as fast on a CPU at the same accuracy — benchmarks/bench_transcribe.py) or, with
        batch_size 1, window after window."""
        common = {
            "language": language,
            "task": options.task,
            "beam_size": self._beam_size,
            "vad_filter": True,
            "word_timestamps": True,
            "initial_prompt": options.prompt or None,
        }
        if self._batch_size > 1:
            from faster_whisper import BatchedInferencePipeline

            batched = BatchedInferencePipeline(self._model)
            return batched.transcribe(samples, batch_size=self._batch_size, **common)
        return self._model.transcribe(samples, condition_on_previous_text=False, **common)  # fewer loops

    def check(self, options: TranscribeOptions) -> None:
        """EngineError if the model cannot do it: another language or translation with an English-only
        model, an unknown language code or task. No model load."""
        check_options(self.spec, options)

    def transcribe(
        self,
        audio: np.ndarray,
        options: TranscribeOptions,
        *,
        progress: ProgressCallback | None = None,
        cancelled: CancelCheck | None = None,
    ) -> EngineResult:
        """Transcribe (or translate) 16 kHz mono float32 samples; raises Cancelled or EngineError."""
        self.check(options)
        language = options.language.strip().lower() if options.language else None
        if not self.spec.multilingual:
            language = "en"  # with an English-only model "detect" means English
        samples = np.ascontiguousarray(audio, dtype=np.float32).reshape(-1)
        duration = len(samples) / ENGINE_SAMPLE_RATE
        segments: list[Segment] = []
        with self._lock:
            self._load_locked()
            if cancelled and cancelled():
                raise Cancelled("cancelled")
            if duration == 0:
                return EngineResult(segments=[], language=language)
            pieces, info = self._run(samples, language, options)
            try:
                for piece in pieces:  # a lazy generator: each step decodes one window
                    text = piece.text.strip()
                    if text:
                        words = tuple(
                            Word(float(w.start), float(w.end), w.word.strip(), float(w.probability))
                            for w in (piece.words or ())
                        )
                        segments.append(Segment(float(piece.start), float(piece.end), text, words))
                    if progress:
                        progress(min(1.0, float(piece.end) / duration))
                    if cancelled and cancelled():
                        raise Cancelled("cancelled")
            finally:
                pieces.close()
        if progress:
            progress(1.0)
        segments = clean_segments(segments)
        detected = info.language if info is not None and info.language else language
        if not segments and language is None:
            detected = None  # nothing heard: Whisper's guess on silence means nothing
        return EngineResult(segments=segments, language=detected)
