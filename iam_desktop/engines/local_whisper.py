"""The offline engine: faster-whisper (CTranslate2) on the CPU with an installed model, in this process."""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from iam_desktop.audio import SPEECH_SAMPLE_RATE
from iam_desktop.engines.base import (
    CancelCheck,
    DetectedLanguage,
    EngineResult,
    ProgressCallback,
    TranscribeOptions,
)
from iam_desktop.engines.models import (
    ModelSpec,
    bundled_model,
    check_model_files,
    model_in_memory,
    prepare_model,
)
from iam_desktop.engines.quality import clean_segments
from iam_desktop.engines.speech_windows import (
    LOOP_COMPRESSION,
    UNCOVERED_LIMIT,
    WINDOW_SECONDS,
    Window,
    speech_windows,
    uncovered_speech,
    window_of,
)
from iam_desktop.errors import Cancelled, EngineError
from iam_desktop.transcript import Segment, Word
from iam_desktop.vocabulary import whisper_prompt

if TYPE_CHECKING:
    from faster_whisper import WhisperModel

# NOTE: never reach for the model hub; models are loaded from directories (or bytes) only.
os.environ.setdefault("HF_HUB_OFFLINE", "1")

log = logging.getLogger(__name__)

SR = SPEECH_SAMPLE_RATE
#: room for the vocabulary and prompt in the local model's context (estimated tokens; Whisper reads 224)
LOCAL_PROMPT_TOKENS = 120


def check_options(spec: ModelSpec, options: TranscribeOptions) -> None:
    """Raise EngineError, in plain words, if the model `spec` cannot do what `options` ask or its files are
    damaged (the cheap check of models.check_model_files, so a job fails before its file is imported)."""
    reason = spec.cannot_do(options.language, options.task)
    if reason:
        raise EngineError(reason)
    check_model_files(spec)


class LocalWhisperEngine:
    """faster-whisper with VAD, batched decoding, a second pass over the windows that went wrong, word
    timestamps and the quality guards of engines.quality.

    The model is loaded on first use (or by load()) and then reused. One transcription runs at a time
    per engine (a lock guards the model); create one engine per model and share it. The beam sizes were
    chosen by benchmarks/bench_transcribe.py: two beams in the batched first pass and five for the windows
    decoded again are faster than plain faster-whisper (five beams, one window after another) at no loss
    of accuracy on a varied test set.
    """

    name = "local"
    #: length of the pieces the job pipeline hands over (seconds); the app sets it from the settings
    chunk_seconds = 300.0

    def __init__(
        self,
        spec: ModelSpec | None = None,
        *,
        beam_size: int = 2,
        repair_beam_size: int = 5,
        compute_type: str = "int8",
        cpu_threads: int = 0,
        batch_size: int = 8,
    ) -> None:
        self.spec = spec or bundled_model()
        self.model_name = self.spec.name
        self._beam_size = beam_size
        self._repair_beam_size = repair_beam_size
        #: windows decoded together (faster-whisper's batched pipeline); 1 = one after another
        self._batch_size = batch_size
        self._compute_type = compute_type
        self._cpu_threads = cpu_threads
        self._model: WhisperModel | None = None
        self._lock = threading.Lock()

    def load(self, *, cancelled: CancelCheck | None = None) -> None:
        """Verify and load the model now (otherwise the first transcription does); Cancelled if
        `cancelled` says so before the load (in this process a load cannot be stopped midway)."""
        if cancelled and cancelled():
            raise Cancelled("cancelled")
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

    @property
    def _loaded(self) -> WhisperModel:
        """The model, once `_load_locked` has loaded it."""
        if self._model is None:
            raise EngineError(f"the speech model {self.spec.name} is not loaded")
        return self._model

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
        """Transcribe (or translate) 16 kHz mono float32 samples; raises Cancelled or EngineError.

        Voice activity detection finds the speech and groups it into windows of at most 30 s; the windows
        are decoded in batches (batch_size at a time, beam_size beams) with word timings and the
        vocabulary as the prompt. A window whose words leave speech uncovered (the decoder stopped early
        and dropped sentences) or whose text loops is decoded again, cut in two at its longest pause, with
        repair_beam_size beams; the second try is kept if it covers more. With batch_size 1 every window
        is decoded one after another instead (the live preview)."""
        self.check(options)
        language = options.language.strip().lower() if options.language else None
        if not self.spec.multilingual:
            language = "en"  # with an English-only model "detect" means English
        samples = np.ascontiguousarray(audio, dtype=np.float32).reshape(-1)
        duration = len(samples) / SPEECH_SAMPLE_RATE
        report = progress or (lambda _fraction: None)
        stop = cancelled or (lambda: False)
        with self._lock:
            self._load_locked()
            if stop():
                raise Cancelled("cancelled")
            _same_draws()
            windows = speech_windows(self._speech(samples)) if duration > 0 else []
            if not windows:
                report(1.0)
                return EngineResult(segments=[], language=language)
            prompt = whisper_prompt(options.vocabulary, options.prompt, budget=LOCAL_PROMPT_TOKENS)
            decoded, detected = self._decode(samples, windows, language, options, prompt, self._beam_size,
                                             lambda end: report(min(0.95, end / duration)), stop)  # fmt: skip
            language = language or detected
            redo = [i for i, pieces in enumerate(decoded) if _needs_redo(windows[i], pieces)]
            if redo and self._batch_size > 1:
                self._repair(samples, windows, decoded, redo, language, options, prompt, stop)
        report(1.0)
        segments = clean_segments([piece.segment for pieces in decoded for piece in pieces])
        if not segments and options.language is None and self.spec.multilingual:
            language = None  # nothing heard: Whisper's guess on silence means nothing
        return EngineResult(segments=segments, language=language, windows=len(windows), redecoded=len(redo))

    def detect_language(
        self, audio: np.ndarray, *, cancelled: CancelCheck | None = None
    ) -> DetectedLanguage | None:
        """The language of the first 30 s of speech in the samples and its probability (the model's
        language token), or None when there is no speech. An English-only model always says English."""
        samples = np.ascontiguousarray(audio, dtype=np.float32).reshape(-1)
        with self._lock:
            if not self.spec.multilingual:
                return DetectedLanguage("en", 1.0)
            self._load_locked()
            speech = self._speech(samples)
            if not speech:
                return None
            clip = np.concatenate([samples[int(a * SR) : int(b * SR)] for a, b in speech])[: 30 * SR]
            language, probability, _all = self._loaded.detect_language(clip)
        return DetectedLanguage(str(language), float(probability))

    # --- decoding ---------------------------------------------------------------------------------

    def _speech(self, samples: np.ndarray) -> list[tuple[float, float]]:
        """Stretches of speech (seconds), none longer than a window, by Silero VAD (faster-whisper's)."""
        from faster_whisper.vad import VadOptions, get_speech_timestamps

        found = get_speech_timestamps(
            samples, VadOptions(max_speech_duration_s=WINDOW_SECONDS, min_silence_duration_ms=160)
        )
        return [(stretch["start"] / SR, stretch["end"] / SR) for stretch in found]

    def _decode(
        self,
        samples: np.ndarray,
        windows: list[Window],
        language: str | None,
        options: TranscribeOptions,
        prompt: str | None,
        beam_size: int,
        reached: Callable[[float], None],
        stop: CancelCheck,
    ) -> tuple[list[list[_Piece]], str | None]:
        """Decode the windows; the pieces of text of each window and the language the model heard."""
        common = {
            "language": language,
            "task": options.task,
            "beam_size": beam_size,
            "word_timestamps": True,
            "initial_prompt": prompt,
        }
        if self._batch_size > 1:
            pieces, info = self._batched(samples, windows, common)
        else:  # one window after another, no context carried over (fewer loops)
            pieces, info = self._loaded.transcribe(
                samples, vad_filter=True, condition_on_previous_text=False, **common
            )
        decoded: list[list[_Piece]] = [[] for _ in windows]
        try:
            for piece in pieces:  # a lazy generator: each step decodes a batch (or a window)
                words = tuple(
                    Word(float(w.start), float(w.end), w.word.strip(), float(w.probability))
                    for w in (piece.words or ())
                )
                text = piece.text.strip()
                if text:
                    segment = Segment(float(piece.start), float(piece.end), text, words)
                    index = window_of(windows, segment.start, segment.end)
                    decoded[index].append(_Piece(segment, float(piece.compression_ratio)))
                reached(float(piece.end))
                if stop():
                    raise Cancelled("cancelled")
        finally:
            pieces.close()
        return decoded, (info.language if info is not None and info.language else None)

    def _batched(
        self, samples: np.ndarray, windows: list[Window], common: dict
    ) -> tuple[Generator[Any, None, None], Any]:
        """The windows decoded batch_size at a time (faster-whisper's batched pipeline), the first few in a
        smaller batch so that progress is heard early; the decoded pieces (lazily) and the first batch's
        information (its language, detected from the first 30 s as the whole call would). The batches are
        separate calls so that each one's end is reported as soon as it is decoded; the word-timing state
        is carried from one call to the next, as within one call."""
        from faster_whisper import BatchedInferencePipeline

        pipeline = BatchedInferencePipeline(self._loaded)
        first = max(1, self._batch_size // 4)
        groups = [windows[:first]] + [
            windows[i : i + self._batch_size] for i in range(first, len(windows), self._batch_size)
        ]

        def clips(group: list[Window]) -> list[dict[str, float]]:
            return [{"start": w.start, "end": w.end} for w in group]

        head, info = pipeline.transcribe(
            samples, batch_size=first, clip_timestamps=clips(groups[0]), **common
        )
        options = {**common, "language": common["language"] or (info.language if info is not None else None)}

        def pieces() -> Generator[Any, None, None]:
            carried = 0.0
            for n, group in enumerate(groups):
                batch = head if n == 0 else pipeline.transcribe(
                    samples, batch_size=self._batch_size, clip_timestamps=clips(group), **options
                )[0]
                pipeline.last_speech_timestamp = carried
                try:
                    for piece in batch:
                        carried = pipeline.last_speech_timestamp  # before the generator's end resets it
                        yield piece
                finally:
                    batch.close()

        return pieces(), info

    def _repair(
        self,
        samples: np.ndarray,
        windows: list[Window],
        decoded: list[list[_Piece]],
        redo: list[int],
        language: str | None,
        options: TranscribeOptions,
        prompt: str | None,
        stop: CancelCheck,
    ) -> None:
        """Decode the windows `redo` again in halves; keep a window's new text where it covers more."""
        halves = [half for i in redo for half in windows[i].halves()]
        again, _ = self._decode(
            samples, halves, language, options, prompt, self._repair_beam_size, lambda _end: None, stop
        )
        for n, i in enumerate(redo):
            new = again[2 * n] + again[2 * n + 1]
            if _badness(windows[i], new) < _badness(windows[i], decoded[i]):
                decoded[i] = new
        log.info("decoded %d of %d windows again", len(redo), len(windows))


@dataclass(frozen=True)
class _Piece:
    """A piece of decoded text and how well it compresses (high: the decoder looped)."""

    segment: Segment
    compression: float


def _badness(window: Window, pieces: list[_Piece]) -> tuple[bool, float]:
    """How wrong a window's text looks: looping first, then seconds of speech without words."""
    words = [(w.start, w.end) for piece in pieces for w in piece.segment.words]
    looped = any(piece.compression > LOOP_COMPRESSION for piece in pieces)
    return looped, uncovered_speech(window, words)


def _needs_redo(window: Window, pieces: list[_Piece]) -> bool:
    looped, uncovered = _badness(window, pieces)
    return looped or uncovered >= UNCOVERED_LIMIT


def _same_draws() -> None:
    """Start the decoder's random draws (temperature fallback samples) from the same seed for every
    transcription: the same audio gives the same transcript, whatever was transcribed before it in this
    process."""
    import ctranslate2

    ctranslate2.set_random_seed(0)
