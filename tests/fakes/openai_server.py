"""A local stand-in for OpenAI's speech-to-text endpoints, with fault injection, for tests and benchmarks.

It speaks the documented wire format of ``POST /v1/audio/transcriptions`` and ``/v1/audio/translations``
(multipart/form-data: file, model, language, prompt, response_format, timestamp_granularities[]), checks
``Authorization: Bearer <key>``, refuses bodies over 25 MB (413, judged by Content-Length before reading),
decodes the upload with PyAV and answers with a deterministic transcript made by a `responder`. It also
answers ``GET /v1/models`` (OpenAI's list format; 401 for a wrong key), which key checks use.

    with FakeOpenAI(api_key="sk-test", latency=0.2) as server:
        server.fail_next(Fault.status(429, headers={"Retry-After": "1"}), Fault.drop())
        engine = OpenAIEngine("sk-test", base_url=server.base_url)
        ...
        assert server.max_concurrency <= 4
        assert [r.status for r in server.requests] == [429, None, 200]

Faults (consumed one per request, in order, by requests that pass the key check) may also be given as
tuples: ("status", 429), ("status", 429, {"Retry-After": "1"}), ("status", 429, {}, "insufficient_quota"),
("delay", 1.5), ("drop",), ("echo", 401), ("echo", 401, "masked").
"""

from __future__ import annotations

import email.parser
import email.policy
import io
import json
import socket
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import av
import numpy as np

#: OpenAI's upload limit
MAX_BODY_BYTES = 25 * 1024 * 1024
#: the rate the uploaded audio is decoded at before it is handed to a responder
RATE = 16000

#: (start, end, text) in seconds from the start of the uploaded file
Spoken = tuple[float, float, str]
#: makes the transcript of an upload: (decoded mono float32 samples at RATE, form fields) → what was said
Responder = Callable[[np.ndarray, dict[str, list[str]]], list[Spoken]]

_LANGUAGE_NAMES = {
    "en": "english",
    "de": "german",
    "fr": "french",
    "es": "spanish",
    "it": "italian",
    "nl": "dutch",
    "pt": "portuguese",
    "ja": "japanese",
    "zh": "chinese",
}
_ENDPOINTS = ("/v1/audio/transcriptions", "/v1/audio/translations")
_TIMESTAMP_MODELS = ("whisper-1",)
#: what GET /v1/models lists
MODEL_IDS = ("whisper-1", "gpt-4o-transcribe", "gpt-4o-mini-transcribe")


@dataclass(frozen=True)
class Fault:
    """What to do to one request instead of (or before) answering it normally."""

    kind: str  # "status", "delay", "drop" or "echo"
    http_status: int = 0
    headers: dict[str, str] = field(default_factory=dict)
    code: str | None = None
    message: str | None = None
    seconds: float = 0.0

    @classmethod
    def status(
        cls, status: int, *, headers: dict[str, str] | None = None, code: str | None = None,
        message: str | None = None,
    ) -> Fault:  # fmt: skip
        """Answer with this HTTP status and OpenAI's error body (`code` e.g. "insufficient_quota")."""
        return cls("status", http_status=status, headers=dict(headers or {}), code=code, message=message)

    @classmethod
    def delay(cls, seconds: float) -> Fault:
        """Wait this long, then answer normally (lets a client time out)."""
        return cls("delay", seconds=seconds)

    @classmethod
    def drop(cls) -> Fault:
        """Read the request, then close the connection without any answer."""
        return cls("drop")

    @classmethod
    def echo(cls, status: int = 401, *, masked: bool = False) -> Fault:
        """Answer with this status and an error message that repeats the bearer key received: whole, or
        `masked` as OpenAI does (its first 8 and last 4 characters, stars between)."""
        return cls("echo", http_status=status, code="masked" if masked else None)

    @classmethod
    def quota(cls) -> Fault:
        """429 insufficient_quota, as OpenAI answers when the account has no credit left."""
        return cls.status(429, code="insufficient_quota")


def as_fault(spec: Fault | tuple) -> Fault:
    """Accept a Fault or a tuple such as ("status", 429, {"Retry-After": "1"}, "rate_limit_exceeded")."""
    if isinstance(spec, Fault):
        return spec
    kind, *args = spec
    if kind == "status":
        status = int(args[0])
        headers = dict(args[1]) if len(args) > 1 and args[1] else {}
        code = args[2] if len(args) > 2 else None
        return Fault.status(status, headers=headers, code=code)
    if kind == "delay":
        return Fault.delay(float(args[0]))
    if kind == "drop":
        return Fault.drop()
    if kind == "echo":
        return Fault.echo(int(args[0]) if args else 401, masked=len(args) > 1 and args[1] == "masked")
    raise ValueError(f"unknown fault {spec!r}")


@dataclass
class RecordedRequest:
    """One request the server saw (times are time.monotonic())."""

    path: str
    auth: str | None
    content_length: int
    started: float
    fields: dict[str, list[str]] = field(default_factory=dict)
    file_name: str | None = None
    file_type: str | None = None
    file_size: int = 0
    duration: float | None = None  # of the decoded upload, seconds
    status: int | None = None  # None: dropped without an answer
    fault: Fault | None = None
    ended: float | None = None

    def field(self, name: str) -> str | None:
        values = self.fields.get(name)
        return values[0] if values else None


def tone_responder(samples: np.ndarray, fields: dict[str, list[str]]) -> list[Spoken]:
    """Report every non-silent stretch as the word "tone" (stretches closer than 0.2 s are merged)."""
    return [(start, end, "tone") for start, end in loud_stretches(samples)]


def loud_stretches(
    samples: np.ndarray,
    *,
    threshold: float = 0.02,
    frame: float = 0.01,
    merge_gap: float = 0.2,
    min_length: float = 0.03,
) -> list[tuple[float, float]]:
    """(start, end) seconds of the stretches whose RMS over `frame`-long frames exceeds `threshold`;
    stretches closer than `merge_gap` are merged, clicks shorter than `min_length` ignored."""
    n = int(frame * RATE)
    usable = len(samples) // n * n
    if usable == 0:
        return []
    rms = np.sqrt(np.mean(samples[:usable].astype(np.float64).reshape(-1, n) ** 2, axis=1))
    loud = np.concatenate([[False], rms > threshold, [False]])
    edges = np.flatnonzero(np.diff(loud.astype(np.int8)))
    stretches: list[list[float]] = []
    for a, b in zip(edges[::2], edges[1::2], strict=True):
        start, end = a * frame, b * frame
        if stretches and start - stretches[-1][1] < merge_gap:
            stretches[-1][1] = end
        else:
            stretches.append([start, end])
    return [(round(a, 3), round(b, 3)) for a, b in stretches if b - a >= min_length]


def paced_responder(samples: np.ndarray, fields: dict[str, list[str]]) -> list[Spoken]:
    """One segment per five seconds of upload, whatever it holds (for load tests with decode=False)."""
    seconds = len(samples) / RATE
    return [(t, min(t + 4.0, seconds), f"segment at {t:.0f}") for t in np.arange(0.0, seconds - 0.5, 5.0)]


def upload_duration(data: bytes) -> float:
    """The uploaded file's duration from its container, without decoding it (cheap)."""
    with av.open(io.BytesIO(data)) as container:
        stream = container.streams.audio[0]
        if stream.duration is not None and stream.time_base is not None:
            return float(stream.duration * stream.time_base)
        if container.duration is not None:
            return container.duration / 1_000_000
    return len(decode_upload(data)) / RATE


def decode_upload(data: bytes) -> np.ndarray:
    """Decode any audio file PyAV reads into mono float32 samples at RATE."""
    blocks: list[np.ndarray] = []
    resampler = av.AudioResampler(format="flt", layout="mono", rate=RATE)
    with av.open(io.BytesIO(data)) as container:
        for frame in container.decode(audio=0):
            for out in resampler.resample(frame):
                blocks.append(out.to_ndarray().reshape(-1))
        for out in resampler.resample(None):
            blocks.append(out.to_ndarray().reshape(-1))
    return np.concatenate(blocks) if blocks else np.zeros(0, dtype=np.float32)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    fake: FakeOpenAI

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # clients that time out and hang up are expected here


class FakeOpenAI:
    """The fake server. Attributes a test may set at any time: `latency` (seconds added to every request
    before its answer), `responder`, `api_key`."""

    def __init__(
        self,
        api_key: str = "sk-test-key",
        *,
        latency: float = 0.0,
        responder: Responder = tone_responder,
        max_body: int = MAX_BODY_BYTES,
        decode: bool = True,
    ) -> None:
        self.api_key = api_key
        self.latency = latency
        self.responder = responder
        #: decode every upload for the responder; False hands it silence of the upload's length instead
        #: (measured from the container: cheap, for load tests and benchmarks)
        self.decode = decode
        self.max_body = max_body
        self._faults: deque[Fault] = deque()
        self._requests: list[RecordedRequest] = []
        self._lock = threading.Lock()
        self._active = 0
        self._max_active = 0
        self._stopping = threading.Event()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    # -- life cycle -------------------------------------------------------------------------------

    def start(self) -> FakeOpenAI:
        server = _Server(("127.0.0.1", 0), _Handler)
        server.fake = self
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, args=(0.05,), name="fake-openai", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()  # wakes handlers sleeping for latency or a delay fault
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> FakeOpenAI:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        """What to give the client as base_url, e.g. http://127.0.0.1:40123/v1."""
        assert self._server is not None, "start the server first"
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/v1"

    # -- configuration ----------------------------------------------------------------------------

    def fail_next(self, *faults: Fault | tuple) -> None:
        """Queue faults for the next requests, one each, in order."""
        with self._lock:
            self._faults.extend(as_fault(f) for f in faults)

    @property
    def faults_left(self) -> int:
        with self._lock:
            return len(self._faults)

    # -- what happened ----------------------------------------------------------------------------

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request so far, in arrival order (a copy)."""
        with self._lock:
            return list(self._requests)

    @property
    def answered(self) -> list[RecordedRequest]:
        """The requests answered with a transcript (status 200)."""
        return [r for r in self.requests if r.status == 200]

    @property
    def max_concurrency(self) -> int:
        """The most requests ever handled at the same time."""
        with self._lock:
            return self._max_active

    # -- used by the handler ----------------------------------------------------------------------

    def _begin(self, record: RecordedRequest) -> None:
        with self._lock:
            self._requests.append(record)
            self._active += 1
            self._max_active = max(self._max_active, self._active)

    def _end(self, record: RecordedRequest) -> None:
        with self._lock:
            self._active -= 1
            record.ended = time.monotonic()

    def _next_fault(self) -> Fault | None:
        with self._lock:
            return self._faults.popleft() if self._faults else None

    def _wait(self, seconds: float) -> None:
        if seconds > 0:
            self._stopping.wait(seconds)


def _error_body(message: str, type_: str, code: str | None, param: str | None = None) -> dict:
    return {"error": {"message": message, "type": type_, "param": param, "code": code}}


_STATUS_ERRORS = {
    400: ("Invalid request.", "invalid_request_error", None),
    401: ("Incorrect API key provided.", "invalid_request_error", "invalid_api_key"),
    408: ("Request timed out.", "timeout", None),
    409: ("Conflict.", "invalid_request_error", None),
    413: ("Maximum content size limit (26214400) exceeded.", "invalid_request_error", None),
    429: ("Rate limit reached for requests.", "requests", "rate_limit_exceeded"),
}
_QUOTA_MESSAGE = "You exceeded your current quota, please check your plan and billing details."


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_POST(self) -> None:
        fake = self.server.fake
        length = int(self.headers.get("Content-Length") or 0)
        record = RecordedRequest(
            path=self.path.split("?", 1)[0],
            auth=self.headers.get("Authorization"),
            content_length=length,
            started=time.monotonic(),
        )
        fake._begin(record)
        try:
            self._handle(fake, record, length)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True
        finally:
            fake._end(record)

    def _handle(self, fake: FakeOpenAI, record: RecordedRequest, length: int) -> None:
        if record.path not in _ENDPOINTS:
            self._drain(length)
            return self._error(
                record, 404, f"Invalid URL (POST {record.path})", "invalid_request_error", None
            )
        if length > fake.max_body:  # judged before reading; the body is then read and thrown away
            self._error(record, 413, *_STATUS_ERRORS[413])
            self._drain(length)
            self.close_connection = True
            return None
        body = self.rfile.read(length)
        if self._refused_key(fake, record):
            return None
        upload = self._parse_form(record, body)
        if self._faulted(fake, record):
            return None
        return self._answer(fake, record, upload)

    def _refused_key(self, fake: FakeOpenAI, record: RecordedRequest) -> bool:
        """Answer 401 (and say so) unless the request carries the right bearer key."""
        if record.auth == f"Bearer {fake.api_key}":
            return False
        message = "Incorrect API key provided: sk-****. You can find your API key at platform.openai.com."
        self._error(record, 401, message, "invalid_request_error", "invalid_api_key")
        return True

    def _faulted(self, fake: FakeOpenAI, record: RecordedRequest) -> bool:
        """Wait the latency and apply the next queued fault; True when the fault already answered (or
        dropped) the request."""
        fault = fake._next_fault()
        record.fault = fault
        fake._wait(fake.latency)
        if fault is not None and fault.kind == "drop":
            record.status = None
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return True
        if fault is not None and fault.kind == "delay":
            fake._wait(fault.seconds)
        if fault is not None and fault.kind == "status":
            self._fault_status(record, fault)
            return True
        if fault is not None and fault.kind == "echo":
            key = (record.auth or "").removeprefix("Bearer ")
            shown = f"{key[:8]}{'*' * max(4, len(key) - 12)}{key[-4:]}" if fault.code == "masked" else key
            message = f"Incorrect API key provided: {shown}. Find your API key at platform.openai.com."
            self._error(record, fault.http_status, message, "invalid_request_error", "invalid_api_key")
            return True
        return False

    def do_GET(self) -> None:
        fake = self.server.fake
        record = RecordedRequest(
            path=self.path.split("?", 1)[0],
            auth=self.headers.get("Authorization"),
            content_length=0,
            started=time.monotonic(),
        )
        fake._begin(record)
        try:
            self._handle_get(fake, record)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True
        finally:
            fake._end(record)

    def _handle_get(self, fake: FakeOpenAI, record: RecordedRequest) -> None:
        if record.path != "/v1/models":
            return self._error(record, 404, f"Invalid URL (GET {record.path})", "invalid_request_error", None)
        if self._refused_key(fake, record) or self._faulted(fake, record):
            return None
        models = [
            {"id": model_id, "object": "model", "created": 1677610602, "owned_by": "openai"}
            for model_id in MODEL_IDS
        ]
        return self._json(record, 200, {"object": "list", "data": models})

    # -- parts ------------------------------------------------------------------------------------

    def _parse_form(self, record: RecordedRequest, body: bytes) -> bytes | None:
        """Record the form fields; return the uploaded file's bytes (None if there is none)."""
        upload = None
        head = f"Content-Type: {self.headers.get('Content-Type', '')}\r\n\r\n".encode("latin-1")
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
        if not message.is_multipart():
            return None
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            if name is None:
                continue
            payload = part.get_payload(decode=True) or b""
            filename = part.get_filename()
            if filename is not None:
                record.file_name, record.file_type = filename, part.get_content_type()
                record.file_size = len(payload)
                record.fields.setdefault(name, []).append(filename)
                upload = payload
            else:
                record.fields.setdefault(name, []).append(payload.decode("utf-8"))
        return upload

    def _answer(self, fake: FakeOpenAI, record: RecordedRequest, data: bytes | None) -> None:
        if data is None:
            return self._error(record, 400, "No file was uploaded.", "invalid_request_error", None, "file")
        try:
            if fake.decode:
                samples = decode_upload(data)
            else:
                samples = np.zeros(int(upload_duration(data) * RATE), dtype=np.float32)
        except (av.error.FFmpegError, ValueError, IndexError):
            message = "The audio file could not be decoded or its format is not supported."
            return self._error(record, 400, message, "invalid_request_error", None, "file")
        duration = len(samples) / RATE
        record.duration = duration
        model = record.field("model") or ""
        fmt = record.field("response_format") or "json"
        translating = record.path.endswith("/translations")
        if translating and model not in _TIMESTAMP_MODELS:
            return self._error(record, 400, f"Model {model} cannot translate.", "invalid_request_error", None)
        if fmt == "verbose_json" and model not in _TIMESTAMP_MODELS:
            message = f"response_format 'verbose_json' is not compatible with model '{model}'"
            return self._error(record, 400, message, "invalid_request_error", None, "response_format")
        spoken = sorted(fake.responder(samples, record.fields))
        text = " ".join(t for _, _, t in spoken)
        if fmt == "text":
            return self._send(record, 200, text.encode("utf-8"), "text/plain; charset=utf-8")
        if fmt == "json":
            return self._json(record, 200, {"text": text})
        if fmt != "verbose_json":
            return self._error(record, 400, f"response_format {fmt!r} is not supported here", "x", None)
        granularities = record.fields.get("timestamp_granularities[]") or ["segment"]
        code = "en" if translating else (record.field("language") or "en")
        answer: dict = {
            "task": "translate" if translating else "transcribe",
            "language": _LANGUAGE_NAMES.get(code, code),
            "duration": round(duration, 3),
            "text": text,
        }
        if "segment" in granularities or translating:
            answer["segments"] = [_segment(i, s, e, t) for i, (s, e, t) in enumerate(spoken)]
        if "word" in granularities and not translating:
            answer["words"] = [w for s, e, t in spoken for w in _words(s, e, t)]
        return self._json(record, 200, answer)

    def _fault_status(self, record: RecordedRequest, fault: Fault) -> None:
        if fault.code == "insufficient_quota":
            message, type_, code = _QUOTA_MESSAGE, "insufficient_quota", "insufficient_quota"
        elif fault.http_status >= 500:
            message, type_, code = (
                "The server had an error while processing your request.",
                "server_error",
                None,
            )
        else:
            message, type_, code = _STATUS_ERRORS.get(
                fault.http_status, ("Error.", "invalid_request_error", None)
            )
        code = fault.code or code
        return self._error(
            record, fault.http_status, fault.message or message, type_, code, headers=fault.headers
        )

    def _error(
        self,
        record: RecordedRequest,
        status: int,
        message: str,
        type_: str,
        code: str | None,
        param: str | None = None,
        *,
        headers: dict[str, str] | None = None,
    ) -> None:
        self._json(record, status, _error_body(message, type_, code, param), headers=headers)

    def _json(self, record: RecordedRequest, status: int, body: dict, *, headers: dict | None = None) -> None:
        self._send(record, status, json.dumps(body).encode("utf-8"), "application/json", headers)

    def _send(
        self, record: RecordedRequest, status: int, data: bytes, ctype: str, headers: dict | None = None
    ) -> None:
        record.status = status
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("x-request-id", f"req_fake_{id(record):x}")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)
        self.wfile.flush()

    def _drain(self, length: int) -> None:
        while length > 0:
            chunk = self.rfile.read(min(length, 1 << 20))
            if not chunk:
                break
            length -= len(chunk)


def _segment(index: int, start: float, end: float, text: str) -> dict:
    return {
        "id": index,
        "seek": int(start * 100),
        "start": round(start, 3),
        "end": round(end, 3),
        "text": " " + text,
        "tokens": [50364 + index],
        "temperature": 0.0,
        "avg_logprob": -0.2,
        "compression_ratio": 1.0,
        "no_speech_prob": 0.01,
    }


def _words(start: float, end: float, text: str) -> list[dict]:
    words = text.split()
    step = (end - start) / max(1, len(words))
    return [
        {"word": w, "start": round(start + i * step, 3), "end": round(start + (i + 1) * step, 3)}
        for i, w in enumerate(words)
    ]
