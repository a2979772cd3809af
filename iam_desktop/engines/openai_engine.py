"""The cloud engine: OpenAI's speech-to-text API, fed compact pieces of the audio in parallel.

Models:
    whisper-1: ``verbose_json`` with segment and word timestamps, so segments and words are real. The only
        model that translates (through ``POST /v1/audio/translations``; translations have segments but
        no words).
    gpt-4o-transcribe, gpt-4o-mini-transcribe: these answer ``json`` only, that is text without any
        timing, so each piece becomes one segment spanning the whole piece, without words.

Long audio is cut at silences into pieces of at most `piece_seconds`, each encoded in memory (Opus in
Ogg, about 24 kbit/s) and sent by a bounded pool of threads; the answers are stitched back in order with
each piece's offset added. The client's own retries are off: every request goes through
`retry.call_with_retries` (backoff with full jitter, honouring Retry-After), with a policy per kind of
failure: a busy server (429, 5xx) gets the long schedule; a refused connection or a name that does not
resolve (the cloud cannot be reached: the job falls back at once) one quick retry; dropped connections
and timeouts a few short ones.

The key is checked with `secrets.clean_key` before it is used and registered for redaction; every message
built from what the server sent passes `redaction.redact`. The wire format (models, answers) lives in
`openai_wire`, the retry policies, error wording and the key check in `openai_http`.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import warnings
from collections import Counter
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from typing import Any

import numpy as np
import openai

from iam_desktop.audio import SPEECH_SAMPLE_RATE
from iam_desktop.audio.silence import split_at_silences
from iam_desktop.engines.base import (
    CancelCheck,
    EngineResult,
    ProgressCallback,
    TranscribeOptions,
)
from iam_desktop.engines.openai_http import (
    is_retryable,
    reason,
    redact_message,
    refusal,
    retry_after,
    retry_policy,
    verify_api_key,
)
from iam_desktop.engines.openai_wire import MODELS, language_code, parse_answer
from iam_desktop.engines.retry import RetriesExhausted, call_with_retries
from iam_desktop.engines.upload_audio import EncodedAudio, encode_piece
from iam_desktop.errors import Cancelled, CloudRefused, CloudUnavailable, EngineError
from iam_desktop.redaction import remember_secret
from iam_desktop.secrets import InvalidSecret, clean_key
from iam_desktop.transcript import Segment
from iam_desktop.vocabulary import whisper_prompt

#: what other modules and the tests import from here (the wire format and key check live next door)
__all__ = ["MODELS", "OpenAIEngine", "language_code", "verify_api_key"]

log = logging.getLogger(__name__)

# openai-python marks the translations endpoint deprecated (whisper-1 is due to shut down 2027-02-26);
# it still works, and the warning would only reach users as noise.
warnings.filterwarnings("ignore", message="deprecated", category=DeprecationWarning, module=r"openai\.")

#: OpenAI's limit on an uploaded file
MAX_UPLOAD_BYTES = 25 * 1024 * 1024
#: room left under the upload limit for the multipart envelope and the other form fields
_ENVELOPE_BYTES = 64 * 1024
#: how far back from a piece's limit a cut may move to find a silence (seconds)
SEARCH_SECONDS = 30.0
#: how often the caller's cancel check is polled while pieces are in flight (seconds)
CANCEL_POLL_SECONDS = 0.1
#: pieces shorter than this are not split further when too big to upload (seconds)
_MIN_SPLIT_SECONDS = 1.0
#: a last piece shorter than this joins the one before it, which may then exceed piece_seconds by that much
_MIN_PIECE_SECONDS = 1.0


@dataclass
class _Piece:
    """A stretch of the audio sent as one or more uploads."""

    index: int
    start: int  # first sample
    samples: np.ndarray


class OpenAIEngine:
    """Speech-to-text through the OpenAI API (see the module docstring for what each model gives).

    Thread-safe: one engine (and its HTTP client) may serve several jobs at once.
    """

    name = "openai"
    #: length of the audio the job pipeline hands over at a time (seconds); uploaded in parallel pieces
    chunk_seconds = 1800.0

    def __init__(
        self,
        api_key: str,
        *,
        model: str = "whisper-1",
        base_url: str | None = None,
        max_parallel: int = 4,
        max_retries: int = 5,
        piece_seconds: float = 600.0,
        max_upload_bytes: int = MAX_UPLOAD_BYTES,
        timeout: float = 120.0,
        sleep: Callable[[float], object] | None = None,
    ) -> None:
        """Pieces are at most `piece_seconds` long (a last scrap under a second joins the one before) and
        each upload at most `max_upload_bytes` (pieces whose file is bigger are split further).
        `base_url` defaults to $OPENAI_BASE_URL, else the client's default (https://api.openai.com/v1).
        `timeout` applies to each request; `max_retries` to each upload. `sleep` replaces the waits
        between retries (tests); by default they end early when the work is cancelled or fails."""
        if max_parallel < 1:
            raise ValueError("max_parallel must be at least 1")
        if piece_seconds <= 0:
            raise ValueError("piece_seconds must be positive")
        self.model_name = model
        remember_secret(api_key)
        self._api_key = api_key
        self._base_url = base_url or os.environ.get("OPENAI_BASE_URL") or None
        self._max_parallel = max_parallel
        self._max_retries = max_retries
        self._piece_seconds = piece_seconds
        self._max_upload_bytes = max_upload_bytes
        self._timeout = timeout
        self._sleep = sleep
        self._client: openai.OpenAI | None = None
        self._client_lock = threading.Lock()

    # -- the engine protocol ----------------------------------------------------------------------

    def check(self, options: TranscribeOptions) -> None:
        info = MODELS.get(self.model_name)
        if info is None:
            known = ", ".join(MODELS)
            raise EngineError(f"the OpenAI model {self.model_name!r} is not supported; use one of {known}")
        if not self._api_key:
            raise EngineError("no OpenAI API key is set; add one in the settings")
        try:
            self._api_key = clean_key(self._api_key, label="the OpenAI API key")
        except InvalidSecret as exc:
            raise EngineError(str(exc)) from exc
        if options.task not in ("transcribe", "translate"):
            raise EngineError(f"unknown task {options.task!r}")
        if options.task == "translate" and not info.translates:
            raise EngineError(
                f"translation into English needs the whisper-1 model; {self.model_name} can only transcribe"
            )

    def transcribe(
        self,
        audio: np.ndarray,
        options: TranscribeOptions,
        *,
        progress: ProgressCallback | None = None,
        cancelled: CancelCheck | None = None,
    ) -> EngineResult:
        self.check(options)
        if cancelled and cancelled():
            raise Cancelled("cancelled")
        audio = np.asarray(audio, dtype=np.float32)
        if len(audio) == 0:
            return EngineResult(segments=[], language=self._fallback_language(options))
        if progress:
            progress(0.0)
        max_samples = max(1, int(self._piece_seconds * SPEECH_SAMPLE_RATE))
        search = int(SEARCH_SECONDS * SPEECH_SAMPLE_RATE)
        ranges = split_at_silences(audio, max_samples, search, SPEECH_SAMPLE_RATE)
        if len(ranges) > 1 and ranges[-1][1] - ranges[-1][0] < _MIN_PIECE_SECONDS * SPEECH_SAMPLE_RATE:
            # a scrap of a tail is not worth a request (and the API refuses audio under 0.1 s)
            ranges[-2:] = [(ranges[-2][0], ranges[-1][1])]
        pieces = [_Piece(i, start, audio[start:end]) for i, (start, end) in enumerate(ranges)]
        stop = threading.Event()
        results = self._run_pieces(pieces, options, stop, progress, cancelled)
        segments = [segment for piece_segments, _ in results for segment in piece_segments]
        languages = Counter(language for _, language in results if language)
        language = languages.most_common(1)[0][0] if languages else self._fallback_language(options)
        if progress:
            progress(1.0)
        return EngineResult(segments=segments, language=language)

    def close(self) -> None:
        """Close the HTTP client's connections (a later transcription opens new ones)."""
        with self._client_lock:
            client, self._client = self._client, None
        if client is not None:
            client.close()

    # -- running the pieces -----------------------------------------------------------------------

    def _run_pieces(
        self,
        pieces: list[_Piece],
        options: TranscribeOptions,
        stop: threading.Event,
        progress: ProgressCallback | None,
        cancelled: CancelCheck | None,
    ) -> list[tuple[list[Segment], str | None]]:
        """Send every piece through a bounded pool; answers in piece order. Only this thread calls
        `progress` and `cancelled`; the workers watch `stop`."""
        total = sum(len(p.samples) for p in pieces)
        done_samples = 0
        results: list[tuple[list[Segment], str | None] | None] = [None] * len(pieces)
        pool = ThreadPoolExecutor(
            max_workers=min(self._max_parallel, len(pieces)), thread_name_prefix="openai"
        )
        failed = True
        try:
            futures: dict[Future, _Piece] = {
                pool.submit(self._transcribe_piece, piece, options, stop): piece for piece in pieces
            }
            pending = set(futures)
            while pending:
                if cancelled and cancelled():
                    raise Cancelled("cancelled")
                finished, pending = wait(
                    pending, timeout=CANCEL_POLL_SECONDS if cancelled else None, return_when=FIRST_COMPLETED
                )
                for future in finished:
                    piece = futures[future]
                    results[piece.index] = future.result()  # a piece's error ends the whole job
                    done_samples += len(piece.samples)
                if finished and progress:
                    progress(min(1.0, done_samples / total))
            failed = False
        finally:
            if failed:
                stop.set()  # workers stop before their next request or retry wait
            # in-flight requests are not waited for after a failure; their answers are dropped
            pool.shutdown(wait=not failed, cancel_futures=True)
        return [r for r in results if r is not None]

    def _transcribe_piece(
        self, piece: _Piece, options: TranscribeOptions, stop: threading.Event
    ) -> tuple[list[Segment], str | None]:
        """Encode (splitting further while too big) and send one piece; times are from the audio's start."""
        segments: list[Segment] = []
        languages: list[str] = []
        for offset, encoded, seconds in self._encode_fitting(piece.start, piece.samples, stop):
            if stop.is_set():
                raise Cancelled("cancelled")
            answer = self._request(encoded, options, stop)
            found, language = parse_answer(answer, offset / SPEECH_SAMPLE_RATE, seconds)
            segments.extend(found)
            if language:
                languages.append(language)
        return segments, (languages[0] if languages else None)

    def _encode_fitting(
        self, start: int, samples: np.ndarray, stop: threading.Event
    ) -> list[tuple[int, EncodedAudio, float]]:
        """Encode `samples`; if the file is over the upload limit, cut at silences into halves and retry.
        Returns (offset in samples, file, seconds) in order."""
        if stop.is_set():
            raise Cancelled("cancelled")
        encoded = encode_piece(samples)
        seconds = len(samples) / SPEECH_SAMPLE_RATE
        limit = self._max_upload_bytes - min(_ENVELOPE_BYTES, self._max_upload_bytes // 100)
        if len(encoded.data) <= limit:
            return [(start, encoded, seconds)]
        if seconds < 2 * _MIN_SPLIT_SECONDS:
            raise CloudRefused(
                f"the audio cannot be sent to OpenAI: {seconds:.1f} s of it still take {len(encoded.data)} "
                f"bytes once encoded, over the upload limit of {self._max_upload_bytes} bytes"
            )
        half = (len(samples) + 1) // 2
        search = min(int(SEARCH_SECONDS * SPEECH_SAMPLE_RATE), half // 2)
        out: list[tuple[int, EncodedAudio, float]] = []
        for a, b in split_at_silences(samples, half + search // 2, search, SPEECH_SAMPLE_RATE):
            out.extend(self._encode_fitting(start + a, samples[a:b], stop))
        return out

    # -- one request ------------------------------------------------------------------------------

    def _get_client(self) -> openai.OpenAI:
        with self._client_lock:
            if self._client is None:
                self._client = openai.OpenAI(
                    api_key=self._api_key, base_url=self._base_url, max_retries=0, timeout=self._timeout
                )
            return self._client

    def _request(self, encoded: EncodedAudio, options: TranscribeOptions, stop: threading.Event) -> dict:
        info = MODELS[self.model_name]
        client = self._get_client()
        file = (encoded.filename, encoded.data, encoded.mime)
        kwargs: dict[str, Any] = {"file": file, "model": self.model_name}
        prompt = whisper_prompt(options.vocabulary, options.prompt)  # the user's prompt and vocabulary
        if prompt:
            kwargs["prompt"] = prompt
        endpoint: Any  # the translations or the transcriptions endpoint: the same call, two client types
        if options.task == "translate":
            kwargs["response_format"] = "verbose_json"
            endpoint = client.audio.translations.with_raw_response
        else:
            kwargs["response_format"] = info.response_format
            if info.timestamps:
                kwargs["timestamp_granularities"] = ["segment", "word"]
            if options.language:
                kwargs["language"] = options.language
            endpoint = client.audio.transcriptions.with_raw_response

        def attempt() -> dict:
            try:
                raw = endpoint.create(**kwargs)
            except UnicodeEncodeError:  # a header that is not ASCII; never shows its value
                raise EngineError("the request to OpenAI could not be made: a header (the API key?) holds "
                                  "characters that are not plain ASCII") from None
            try:
                answer = json.loads(raw.text)
            except ValueError as exc:
                raise CloudUnavailable("OpenAI sent an answer that could not be read") from exc
            if not isinstance(answer, dict):
                raise CloudUnavailable("OpenAI sent an answer that could not be read")
            return answer

        def on_retry(retry_number: int, delay: float, exc: BaseException) -> None:
            log.info("OpenAI request failed (%s); retry %d in %.1f s", reason(exc), retry_number + 1, delay)

        try:
            return call_with_retries(
                attempt,
                is_retryable=is_retryable,
                retry_after=retry_after,
                max_retries=self._max_retries,
                sleep=self._sleep or stop.wait,
                cancelled=stop.is_set,
                on_retry=on_retry,
                policy=retry_policy,
            )
        except RetriesExhausted as exc:
            raise CloudUnavailable(
                f"OpenAI did not answer after {exc.attempts} attempts: {reason(exc.last_error)}"
            ) from exc.last_error
        except openai.APIStatusError as exc:
            raise refusal(exc) from exc
        except openai.OpenAIError as exc:
            raise CloudUnavailable(f"OpenAI could not be used: {redact_message(str(exc))}") from exc

    # -- answers ----------------------------------------------------------------------------------

    def _fallback_language(self, options: TranscribeOptions) -> str | None:
        return "en" if options.task == "translate" else options.language
