"""A local stand-in for OpenAI's chat-completions endpoint, with fault injection, for the summary tests.

It speaks the wire format of ``POST /v1/chat/completions``: a JSON body with ``model`` and ``messages``
(and ``stream``, ``stream_options``), ``Authorization: Bearer <key>`` checked (401 in OpenAI's error
shape otherwise). Streamed (``"stream": true``), the answer comes as server-sent events over a chunked
response: ``data: {chat.completion.chunk}\\n\\n`` with the role first, then a few words of
``choices[0].delta.content`` per chunk, a last chunk with ``finish_reason: "stop"`` (and a usage chunk
when ``stream_options.include_usage`` asks), then ``data: [DONE]``. Not streamed, it is one
``chat.completion`` with ``choices[0].message.content`` and ``usage``.

The answer's text comes from a `responder` (messages, body) → text; the default one, `echo_responder`,
tells what it saw (the first and last moments and their first words), and for a prompt asking for
chapters ("'[m:ss] Title'") answers chapter lines. Every request is recorded (its JSON body, the answer,
how many chunks were sent, whether the client hung up first).

    with FakeChat(api_key="sk-test", chunk_delay=0.01) as server:
        server.fail_next(Fault.status(429, headers={"Retry-After": "0.3"}), StreamCut(after=2))
        ...
        assert [r.status for r in server.requests] == [429, 200, 200]

Faults (one per request that passes the key check, in order) are the transcription fake's (`Fault`:
status, quota, delay, drop, echo; or their tuples) and `StreamCut(after=N)`: stream N content chunks,
then shut the connection without the end of the answer.
"""

from __future__ import annotations

import json
import re
import select
import socket
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import ThreadingHTTPServer

from fakes import openai_server
from fakes.openai_server import Fault, RecordedRequest, as_fault

ENDPOINT = "/v1/chat/completions"
#: makes the answer's text: (the request's messages, its whole JSON body) → text
Responder = Callable[[list[dict], dict], str]

_MOMENT = re.compile(r"^\s*(?:-\s*)?\[(\d+(?::\d{2}){1,2})\]\s*(.*)$")


@dataclass(frozen=True)
class StreamCut:
    """Stream `after` content chunks of the answer, then shut the connection (no finish, no [DONE])."""

    after: int


def _content(message: dict) -> str:
    content = message.get("content")
    if isinstance(content, list):  # content parts
        return "".join(str(p.get("text", "")) for p in content if isinstance(p, dict))
    return str(content or "")


def moments(text: str) -> list[tuple[str, str]]:
    """(time, rest of the line) of every line of `text` that starts with "[m:ss]" (or "- [m:ss]")."""
    found = []
    for line in text.splitlines():
        match = _MOMENT.match(line)
        if match:
            found.append((match.group(1), match.group(2)))
    return found


def _first_words(text: str, count: int = 3) -> str:
    text = text.split(": ", 1)[1] if re.match(r"^[\w .'-]{1,40}: ", text) else text  # a speaker's label
    return " ".join(text.split()[:count])


def echo_responder(messages: list[dict], body: dict) -> str:
    """A deterministic answer from what the request holds: for a chapters prompt, "[m:ss] first words"
    lines (the first moment and every few after it, at most 6); otherwise notes on the first and the last
    moment and how many lines were seen."""
    system = "\n".join(_content(m) for m in messages if m.get("role") in ("system", "developer"))
    user = "\n".join(_content(m) for m in messages if m.get("role") == "user")
    seen = moments(user)
    if not seen:
        return "Nothing with a time was seen."
    if "'[m:ss] Title'" in system:
        step = max(1, -(-len(seen) // 6))
        return "\n".join(f"[{t}] {_first_words(rest)}" for t, rest in seen[::step])
    (first, first_text), (last, last_text) = seen[0], seen[-1]
    return (
        f"- [{first}] {_first_words(first_text, 4)}\n"
        f"- [{last}] {_first_words(last_text, 4)}\n"
        f"Saw {len(seen)} lines from [{first}] to [{last}]."
    )


def rough_tokens(text: str) -> int:
    """The fake's own token count (characters/4), for usage and its context limit."""
    return max(1, len(text) // 4)


@dataclass
class ChatRequest(RecordedRequest):
    """One request the server saw (times are time.monotonic()); `fault` is the transcription fake's
    fault applied to it, `cut` a StreamCut."""

    body: dict = field(default_factory=dict)
    answer: str | None = None  # the whole text the responder made
    chunks_sent: int = 0  # content chunks written
    hung_up: bool = False  # the client closed the connection before the answer's end
    cut: StreamCut | None = None

    @property
    def messages(self) -> list[dict]:
        messages = self.body.get("messages")
        return messages if isinstance(messages, list) else []

    @property
    def system(self) -> str:
        return "\n".join(_content(m) for m in self.messages if m.get("role") in ("system", "developer"))

    @property
    def user(self) -> str:
        return "\n".join(_content(m) for m in self.messages if m.get("role") == "user")

    @property
    def stream(self) -> bool:
        return bool(self.body.get("stream"))


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    fake: FakeChat

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # clients that hang up are expected here


class FakeChat:
    """The fake server. Attributes a test may set at any time: `responder`, `latency` (seconds before
    every answer), `chunk_delay` (seconds between two streamed chunks), `words_per_chunk`,
    `context_window` (tokens by `rough_tokens`; longer requests get OpenAI's 400
    context_length_exceeded; None: no limit), `api_key`."""

    def __init__(
        self,
        api_key: str = "sk-test-key",
        *,
        responder: Responder = echo_responder,
        latency: float = 0.0,
        chunk_delay: float = 0.0,
        words_per_chunk: int = 2,
        context_window: int | None = None,
    ) -> None:
        self.api_key = api_key
        self.responder = responder
        self.latency = latency
        self.chunk_delay = chunk_delay
        self.words_per_chunk = words_per_chunk
        self.context_window = context_window
        self._faults: deque[Fault | StreamCut] = deque()
        self._requests: list[ChatRequest] = []
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> FakeChat:
        server = _Server(("127.0.0.1", 0), _Handler)
        server.fake = self
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, args=(0.05,), name="fake-chat", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> FakeChat:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        """What to give the client as base_url, e.g. http://127.0.0.1:40123/v1."""
        assert self._server is not None, "start the server first"
        return f"http://127.0.0.1:{self._server.server_port}/v1"

    def fail_next(self, *faults: Fault | StreamCut | tuple) -> None:
        """Queue faults for the next requests, one each, in order."""
        with self._lock:
            self._faults.extend(f if isinstance(f, StreamCut) else as_fault(f) for f in faults)

    @property
    def faults_left(self) -> int:
        with self._lock:
            return len(self._faults)

    @property
    def requests(self) -> list[ChatRequest]:
        """Every request so far, in arrival order (a copy of the list)."""
        with self._lock:
            return list(self._requests)

    @property
    def answered(self) -> list[ChatRequest]:
        """The requests answered in full (status 200, not cut off, not hung up on)."""
        return [r for r in self.requests if r.status == 200 and not r.hung_up and r.cut is None]

    def wait_until(self, condition: Callable[[], bool], timeout: float = 5.0) -> bool:
        """Poll `condition` until it holds (True) or `timeout` seconds pass (False)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if condition():
                return True
            time.sleep(0.01)
        return condition()

    def _record(self, record: ChatRequest) -> None:
        with self._lock:
            self._requests.append(record)

    def _next_fault(self) -> Fault | StreamCut | None:
        with self._lock:
            return self._faults.popleft() if self._faults else None


class _Handler(openai_server._Handler):
    """The transcription fake's handler (its error answers and faults), answering chat completions."""

    server: _Server  # type: ignore[assignment]

    def do_POST(self) -> None:
        fake = self.server.fake
        length = int(self.headers.get("Content-Length") or 0)
        record = ChatRequest(
            path=self.path.split("?", 1)[0], auth=self.headers.get("Authorization"), content_length=length,
            started=time.monotonic(),
        )  # fmt: skip
        fake._record(record)
        try:
            self._chat(fake, record)
        except (BrokenPipeError, ConnectionResetError):
            record.hung_up = True
            self.close_connection = True
        finally:
            record.ended = time.monotonic()

    def _chat(self, fake: FakeChat, record: ChatRequest) -> None:
        raw = self.rfile.read(record.content_length)
        if record.path != ENDPOINT:
            return self._error(
                record, 404, f"Invalid URL (POST {record.path})", "invalid_request_error", None
            )
        if record.auth != f"Bearer {fake.api_key}":
            message = "Incorrect API key provided: sk-****. You can find your API key at platform.openai.com."
            return self._error(record, 401, message, "invalid_request_error", "invalid_api_key")
        try:
            body = json.loads(raw or b"{}")
        except ValueError:
            return self._error(record, 400, "We could not parse the JSON body of your request.",
                               "invalid_request_error", None)  # fmt: skip
        record.body = body if isinstance(body, dict) else {}
        messages = record.messages
        if not isinstance(record.body.get("model"), str) or not messages:
            return self._error(record, 400, "you must provide a model parameter and messages",
                               "invalid_request_error", None)  # fmt: skip
        if self._chat_faulted(fake, record):
            return None
        if fake.context_window is not None:
            used = sum(rough_tokens(_content(m)) for m in messages)
            if used > fake.context_window:
                message = (
                    f"This model's maximum context length is {fake.context_window} tokens. However, your "
                    f"messages resulted in {used} tokens. Please reduce the length of the messages."
                )
                return self._error(record, 400, message, "invalid_request_error", "context_length_exceeded",
                                   "messages")  # fmt: skip
        record.answer = fake.responder(messages, record.body)
        if record.stream:
            return self._stream(fake, record)
        return self._complete(record)

    def _pause(self, fake: FakeChat, seconds: float) -> bool:
        """Wait `seconds`, watching the connection: False as soon as the client hangs up (or the server
        stops)."""
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            if fake._stopping.is_set():
                return False
            readable, _, _ = select.select([self.connection], [], [], min(left, 0.02))
            if readable:
                try:
                    if self.connection.recv(1, socket.MSG_PEEK) == b"":
                        return False
                except OSError:
                    return False
        return True

    def _chat_faulted(self, fake: FakeChat, record: ChatRequest) -> bool:
        """Wait the latency and apply the next fault; True when it already answered (or dropped)."""
        fault = fake._next_fault()
        if isinstance(fault, StreamCut):
            record.cut, fault = fault, None
        record.fault = fault
        if not self._pause(fake, fake.latency):
            record.hung_up = True
            return True
        if fault is None:
            return False
        if fault.kind == "drop":
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return True
        if fault.kind == "delay" and not self._pause(fake, fault.seconds):
            record.hung_up = True
            self.close_connection = True
            return True
        if fault.kind == "status":
            self._fault_status(record, fault)
            return True
        if fault.kind == "echo":
            key = (record.auth or "").removeprefix("Bearer ")
            shown = f"{key[:8]}{'*' * max(4, len(key) - 12)}{key[-4:]}" if fault.code == "masked" else key
            message = f"Incorrect API key provided: {shown}. Find your API key at platform.openai.com."
            self._error(record, fault.http_status, message, "invalid_request_error", "invalid_api_key")
            return True
        return False

    # -- answers ----------------------------------------------------------------------------------

    def _usage(self, record: ChatRequest) -> dict:
        prompt = sum(rough_tokens(_content(m)) for m in record.messages)
        completion = rough_tokens(record.answer or "")
        return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}

    def _complete(self, record: ChatRequest) -> None:
        answer = {
            "id": f"chatcmpl-fake{id(record):x}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": record.body["model"],
            "choices": [{
                "index": 0,
                "message": {"role": "assistant", "content": record.answer, "refusal": None},
                "logprobs": None,
                "finish_reason": "stop",
            }],
            "usage": self._usage(record),
        }  # fmt: skip
        self._json(record, 200, answer)

    def _deltas(self, fake: FakeChat, text: str) -> list[str]:
        pieces = re.findall(r"\s+|\S+\s*", text)
        n = max(1, fake.words_per_chunk)
        return ["".join(pieces[i : i + n]) for i in range(0, len(pieces), n)]

    def _stream(self, fake: FakeChat, record: ChatRequest) -> None:
        cut = record.cut

        def chunk(delta: dict, finish: str | None = None) -> dict:
            return {
                "id": f"chatcmpl-fake{id(record):x}", "object": "chat.completion.chunk",
                "created": int(time.time()), "model": record.body["model"], "system_fingerprint": "fp_fake",
                "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}],
            }  # fmt: skip

        record.status = 200
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream; charset=utf-8")
        self.send_header("Transfer-Encoding", "chunked")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("x-request-id", f"req_fake_{id(record):x}")
        self.end_headers()
        self._event(chunk({"role": "assistant", "content": "", "refusal": None}))
        for delta in self._deltas(fake, record.answer or ""):
            if cut is not None and record.chunks_sent >= cut.after:
                self.close_connection = True
                self.connection.shutdown(socket.SHUT_RDWR)
                return
            if record.chunks_sent and not self._pause(fake, fake.chunk_delay):
                record.hung_up = True
                self.close_connection = True
                return
            self._event(chunk({"content": delta}))
            record.chunks_sent += 1
        self._event(chunk({}, "stop"))
        options = record.body.get("stream_options")
        if isinstance(options, dict) and options.get("include_usage"):
            usage = {**chunk({}), "choices": [], "usage": self._usage(record)}
            self._event(usage)
        self._write_chunk(b"data: [DONE]\n\n")
        self.wfile.write(b"0\r\n\r\n")
        self.wfile.flush()

    def _event(self, data: dict) -> None:
        self._write_chunk(f"data: {json.dumps(data)}\n\n".encode())

    def _write_chunk(self, data: bytes) -> None:
        self.wfile.write(f"{len(data):x}\r\n".encode("ascii") + data + b"\r\n")
        self.wfile.flush()
