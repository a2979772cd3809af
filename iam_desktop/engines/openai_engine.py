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
built from what the server sent passes `redaction.redact`.
"""

from __future__ import annotations

import bisect
import errno
import json
import logging
import os
import re
import socket
import threading
import warnings
from collections import Counter
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from typing import Any

import numpy as np
import openai

from iam_desktop.audio.silence import split_at_silences
from iam_desktop.engines.base import (
    ENGINE_SAMPLE_RATE,
    CancelCheck,
    EngineResult,
    ProgressCallback,
    TranscribeOptions,
)
from iam_desktop.engines.retry import RetriesExhausted, RetryPolicy, call_with_retries, parse_retry_after
from iam_desktop.engines.upload_audio import EncodedAudio, encode_piece
from iam_desktop.errors import Cancelled, CloudRefused, CloudUnavailable, EngineError
from iam_desktop.redaction import redact, remember_secret
from iam_desktop.secrets import InvalidSecret, clean_key
from iam_desktop.transcript import Segment, Word
from iam_desktop.vocabulary import whisper_prompt

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


@dataclass(frozen=True)
class ModelInfo:
    """What a model can do and the answer format it is asked for."""

    response_format: str
    timestamps: bool
    translates: bool


MODELS: dict[str, ModelInfo] = {
    "whisper-1": ModelInfo("verbose_json", timestamps=True, translates=True),
    "gpt-4o-transcribe": ModelInfo("json", timestamps=False, translates=False),
    "gpt-4o-mini-transcribe": ModelInfo("json", timestamps=False, translates=False),
}

# verbose_json names the language in words ("english"); Whisper's language table maps it back to a code.
_WHISPER_LANGUAGES = (
    "en english,zh chinese,de german,es spanish,ru russian,ko korean,fr french,ja japanese,pt portuguese,"
    "tr turkish,pl polish,ca catalan,nl dutch,ar arabic,sv swedish,it italian,id indonesian,hi hindi,"
    "fi finnish,vi vietnamese,he hebrew,uk ukrainian,el greek,ms malay,cs czech,ro romanian,da danish,"
    "hu hungarian,ta tamil,no norwegian,th thai,ur urdu,hr croatian,bg bulgarian,lt lithuanian,la latin,"
    "mi maori,ml malayalam,cy welsh,sk slovak,te telugu,fa persian,lv latvian,bn bengali,sr serbian,"
    "az azerbaijani,sl slovenian,kn kannada,et estonian,mk macedonian,br breton,eu basque,is icelandic,"
    "hy armenian,ne nepali,mn mongolian,bs bosnian,kk kazakh,sq albanian,sw swahili,gl galician,mr marathi,"
    "pa punjabi,si sinhala,km khmer,sn shona,yo yoruba,so somali,af afrikaans,oc occitan,ka georgian,"
    "be belarusian,tg tajik,sd sindhi,gu gujarati,am amharic,yi yiddish,lo lao,uz uzbek,fo faroese,"
    "ht haitian creole,ps pashto,tk turkmen,nn nynorsk,mt maltese,sa sanskrit,lb luxembourgish,my myanmar,"
    "bo tibetan,tl tagalog,mg malagasy,as assamese,tt tatar,haw hawaiian,ln lingala,ha hausa,ba bashkir,"
    "jw javanese,su sundanese,yue cantonese"
)
_LANGUAGE_CODES = {
    name: code for code, name in (item.split(" ", 1) for item in _WHISPER_LANGUAGES.split(","))
}
_SECRET = re.compile(r"\b(sk-|sess-)[A-Za-z0-9_\-*]{4,}")
#: nothing listens there, or the name does not resolve: one quick retry, then the fallback
UNREACHABLE_RETRIES = RetryPolicy(retries=1, base=0.5, cap=0.5)
#: the connection was accepted, then dropped or reset: a few short retries
DROPPED_RETRIES = RetryPolicy(retries=3, base=0.5, cap=2.0)
#: the request timed out (each attempt already waited the whole timeout): two retries
TIMEOUT_RETRIES = RetryPolicy(retries=2, base=1.0, cap=4.0)
_UNREACHABLE_ERRNOS = frozenset({errno.ECONNREFUSED, errno.ENETUNREACH, errno.EHOSTUNREACH})


def language_code(name: str | None) -> str | None:
    """The ISO 639-1 code for a language named as verbose_json names it ("english" gives "en").

    A code stays a code; None and unknown names give None."""
    if not name:
        return None
    name = name.strip().lower()
    if name in _LANGUAGE_CODES:
        return _LANGUAGE_CODES[name]
    if name in _LANGUAGE_CODES.values():
        return name
    return None


def _redact(text: str) -> str:
    """Remove every key in use (in any form, or echoed in part) and anything that looks like an API key
    from a message meant for the user or a log."""
    return _SECRET.sub("[key hidden]", redact(text))


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
        max_samples = max(1, int(self._piece_seconds * ENGINE_SAMPLE_RATE))
        search = int(SEARCH_SECONDS * ENGINE_SAMPLE_RATE)
        ranges = split_at_silences(audio, max_samples, search, ENGINE_SAMPLE_RATE)
        if len(ranges) > 1 and ranges[-1][1] - ranges[-1][0] < _MIN_PIECE_SECONDS * ENGINE_SAMPLE_RATE:
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
            found, language = self._parse(answer, offset / ENGINE_SAMPLE_RATE, seconds)
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
        seconds = len(samples) / ENGINE_SAMPLE_RATE
        limit = self._max_upload_bytes - min(_ENVELOPE_BYTES, self._max_upload_bytes // 100)
        if len(encoded.data) <= limit:
            return [(start, encoded, seconds)]
        if seconds < 2 * _MIN_SPLIT_SECONDS:
            raise CloudRefused(
                f"the audio cannot be sent to OpenAI: {seconds:.1f} s of it still take {len(encoded.data)} "
                f"bytes once encoded, over the upload limit of {self._max_upload_bytes} bytes"
            )
        half = (len(samples) + 1) // 2
        search = min(int(SEARCH_SECONDS * ENGINE_SAMPLE_RATE), half // 2)
        out: list[tuple[int, EncodedAudio, float]] = []
        for a, b in split_at_silences(samples, half + search // 2, search, ENGINE_SAMPLE_RATE):
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
            log.info("OpenAI request failed (%s); retry %d in %.1f s", _reason(exc), retry_number + 1, delay)

        try:
            return call_with_retries(
                attempt,
                is_retryable=is_retryable,
                retry_after=_retry_after,
                max_retries=self._max_retries,
                sleep=self._sleep or stop.wait,
                cancelled=stop.is_set,
                on_retry=on_retry,
                policy=retry_policy,
            )
        except RetriesExhausted as exc:
            raise CloudUnavailable(
                f"OpenAI did not answer after {exc.attempts} attempts: {_reason(exc.last_error)}"
            ) from exc.last_error
        except openai.APIStatusError as exc:
            raise refusal(exc) from exc
        except openai.OpenAIError as exc:
            raise CloudUnavailable(f"OpenAI could not be used: {_redact(str(exc))}") from exc

    # -- answers ----------------------------------------------------------------------------------

    def _parse(self, answer: dict, offset: float, seconds: float) -> tuple[list[Segment], str | None]:
        """Turn one answer into segments on the whole audio's clock (`offset` = the upload's start)."""
        language = language_code(answer.get("language"))
        raw_segments = answer.get("segments")
        if not isinstance(raw_segments, list):  # json: text only, one segment spanning the upload
            text = str(answer.get("text") or "").strip()
            if not text:
                return [], language
            return [Segment(round(offset, 3), round(offset + seconds, 3), text)], language
        words = [
            Word(_clock(w.get("start"), offset, seconds), _clock(w.get("end"), offset, seconds), text)
            for w in answer.get("words") or ()
            if isinstance(w, dict) and (text := str(w.get("word") or "").strip())
        ]
        words.sort(key=lambda w: w.start)
        segments: list[Segment] = []
        dropped: list[tuple[float, float]] = []
        for s in raw_segments:
            if not isinstance(s, dict):
                continue
            text = str(s.get("text") or "").strip()
            start, end = _clock(s.get("start"), offset, seconds), _clock(s.get("end"), offset, seconds)
            if not text or _is_hallucination(s):
                dropped.append((start, end))
            else:
                segments.append(Segment(start, max(start, end), text))
        segments.sort(key=lambda s: s.start)
        words = [w for w in words if not any(a <= (w.start + w.end) / 2 < b for a, b in dropped)]
        return _attach_words(segments, words), language

    def _fallback_language(self, options: TranscribeOptions) -> str | None:
        return "en" if options.task == "translate" else options.language


# -- error handling (module level so that tests can use them directly) -------------------------------


def _error_code(exc: openai.APIStatusError) -> str:
    return f"{exc.code or ''} {exc.type or ''}".lower()


def is_retryable(exc: BaseException) -> bool:
    """Rate limits (but not an exhausted quota), 408, 409, 5xx, timeouts and dropped connections."""
    if isinstance(exc, openai.APIConnectionError):  # includes APITimeoutError
        return True
    if isinstance(exc, openai.APIStatusError):
        if exc.status_code == 429:
            return "insufficient_quota" not in _error_code(exc)
        return exc.status_code in (408, 409) or exc.status_code >= 500
    return False


def _causes(exc: BaseException) -> list[BaseException]:
    """`exc` and the errors it was raised from or during, outermost first."""
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in chain and len(chain) < 20:
        chain.append(current)
        current = current.__cause__ or current.__context__
    return chain


def is_unreachable(exc: BaseException) -> bool:
    """A connection refused, a network or host unreachable, or a name that does not resolve: the cloud
    cannot be reached now (retrying at once is no use)."""
    if not isinstance(exc, openai.APIConnectionError) or isinstance(exc, openai.APITimeoutError):
        return False
    return any(
        isinstance(cause, ConnectionRefusedError | socket.gaierror)
        or (isinstance(cause, OSError) and cause.errno in _UNREACHABLE_ERRNOS)
        for cause in _causes(exc)
    )


def retry_policy(exc: BaseException) -> RetryPolicy | None:
    """How a failed request is retried (None: the engine's max_retries with the long backoff, for rate
    limits and server errors)."""
    if isinstance(exc, openai.APITimeoutError):
        return TIMEOUT_RETRIES
    if is_unreachable(exc):
        return UNREACHABLE_RETRIES
    if isinstance(exc, openai.APIConnectionError):
        return DROPPED_RETRIES
    return None


def _retry_after(exc: BaseException) -> float | None:
    if isinstance(exc, openai.APIStatusError):
        return parse_retry_after(exc.response.headers)
    return None


def _server_message(exc: openai.APIStatusError) -> str:
    body = exc.body
    message = body.get("message") if isinstance(body, dict) else None
    return _redact(str(message or exc.message or "").strip())


def _reason(exc: BaseException) -> str:
    """A short plain reason for a failed attempt."""
    if isinstance(exc, openai.APITimeoutError):
        return "the request timed out"
    if is_unreachable(exc):
        if any(isinstance(cause, socket.gaierror) for cause in _causes(exc)):
            return "the server's name could not be resolved (offline?)"
        return "the connection was refused or the network is unreachable"
    if isinstance(exc, openai.APIConnectionError):
        return "the connection failed or was dropped"
    if isinstance(exc, openai.APIStatusError):
        if exc.status_code == 429:
            return "rate limited (429)"
        if exc.status_code >= 500:
            return f"server error ({exc.status_code})"
        return f"HTTP {exc.status_code}"
    return _redact(str(exc))


def refusal(exc: openai.APIStatusError) -> CloudRefused:
    """The plain-language CloudRefused for a response that retrying cannot fix."""
    status, message = exc.status_code, _server_message(exc)
    if status in (401, 403):
        return CloudRefused(
            f"OpenAI refused the API key ({status}); check the key in the settings"
            + (f": {message}" if message else "")
        )
    if status == 429:
        return CloudRefused(
            "your OpenAI quota is exhausted; check your plan and billing details on platform.openai.com"
        )
    if status == 413:
        return CloudRefused("OpenAI refused the file: it is too large (413)")
    if status == 400 and (exc.param == "file" or re.search(r"\b(file|audio)\b", message, re.I)):
        return CloudRefused(f"OpenAI refused the file: {message or 'bad request (400)'}")
    if status == 404:
        return CloudRefused(f"OpenAI does not offer this model or endpoint (404): {message}")
    return CloudRefused(f"OpenAI refused the request ({status}): {message}")


# -- answer helpers -------------------------------------------------------------------------------


def _clock(value: object, offset: float, seconds: float) -> float:
    """A time within an upload (clamped to it) on the whole audio's clock, rounded to milliseconds."""
    try:
        t = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        t = 0.0
    return round(offset + min(max(0.0, t), seconds), 3)


def _is_hallucination(segment: dict) -> bool:
    """Whisper's own rule for text invented over silence: likely no speech and low confidence."""
    try:
        return float(segment.get("no_speech_prob", 0)) > 0.6 and float(segment.get("avg_logprob", 0)) < -1.0
    except (TypeError, ValueError):
        return False


def _attach_words(segments: list[Segment], words: list[Word]) -> list[Segment]:
    """Give each segment the words whose middle falls at or after its start and before the next
    segment's start (the API lists words apart from segments); earlier words go to the first segment."""
    if not words or not segments:
        return segments
    starts = [s.start for s in segments]
    buckets: list[list[Word]] = [[] for _ in segments]
    for word in words:
        index = max(0, bisect.bisect_right(starts, (word.start + word.end) / 2) - 1)
        buckets[index].append(word)
    return [Segment(s.start, s.end, s.text, tuple(b)) for s, b in zip(segments, buckets, strict=True)]


# -- checking a key -------------------------------------------------------------------------------


def verify_api_key(api_key: str, base_url: str | None = None, timeout: float = 15.0) -> None:
    """Check that the service accepts `api_key` with one cheap authenticated request (listing the models).

    `base_url` defaults as for OpenAIEngine ($OPENAI_BASE_URL, else OpenAI's). Returns quietly when the key
    works; raises CloudRefused when it is refused (401/403) or the request is refused for another reason
    retrying cannot fix, CloudUnavailable when the service cannot be reached or fails. Messages never
    contain the key."""
    remember_secret(api_key or "")
    if not (api_key or "").strip():
        raise CloudRefused("no API key was given")
    try:
        key = clean_key(api_key, label="the API key")
    except InvalidSecret as exc:
        raise CloudRefused(str(exc)) from exc
    client = openai.OpenAI(
        api_key=key,
        base_url=base_url or os.environ.get("OPENAI_BASE_URL") or None,
        max_retries=0,
        timeout=timeout,
    )
    try:
        client.models.list()
    except openai.APIStatusError as exc:
        if exc.status_code in (401, 403) or not is_retryable(exc):
            raise refusal(exc) from exc
        raise CloudUnavailable(f"OpenAI could not check the key: {_reason(exc)}") from exc
    except openai.APIConnectionError as exc:
        raise CloudUnavailable(f"OpenAI could not be reached at {client.base_url}: {_reason(exc)}") from exc
    except openai.OpenAIError as exc:
        raise CloudUnavailable(f"OpenAI could not be used: {_redact(str(exc))}") from exc
    finally:
        client.close()
