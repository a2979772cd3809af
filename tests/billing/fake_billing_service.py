"""A real HTTP server on 127.0.0.1 that plays the seller's billing service (README, "The billing service"):
POST /v1/checkout, POST /v1/portal, GET /v1/licence, with configurable answers, injectable faults and a
log of every request it got.

    with running_billing_service() as fake:
        fake.fail_next(500, times=2)
        service = BillingService(fake.url, retries=3, backoff=0.01)
        ...
        assert fake.requests[-1].json == {...}
"""

from __future__ import annotations

import json
import socket
import threading
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

CHECKOUT_URL = "https://checkout.stripe.com/c/pay/cs_test_fake#fidkdWxOYHwnPyd1blpxYHZxWjA0"
PORTAL_URL = "https://billing.stripe.com/p/session/test_fake_session"


@dataclass(frozen=True)
class Recorded:
    """One request the fake got: method, path (without query), query parameters, JSON body (None when the
    body was empty or not JSON) and headers."""

    method: str
    path: str
    query: dict[str, list[str]]
    json: Any
    headers: dict[str, str]


@dataclass
class _Fault:
    kind: str  # "status" | "sleep" | "garbage" | "no_url" | "drop"
    status: int = 500
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0


class FakeBillingService:
    """The server's state. Answers: `checkout_url`, `portal_url`, `licence` (the JSON object GET
    /v1/licence returns; None = 404). Faults are queued and each is used up by one request, in order;
    when none is queued the normal answer is given."""

    def __init__(self) -> None:
        self.checkout_url = CHECKOUT_URL
        self.portal_url = PORTAL_URL
        self.licence: dict[str, Any] | None = {"licence": None, "history": []}
        self.requests: list[Recorded] = []
        self._faults: deque[_Fault] = deque()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._server = _Server(("127.0.0.1", 0), _handler_for(self))
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="fake-billing",
            daemon=True,
        )

    @property
    def url(self) -> str:
        """The base address to give BillingService (http://127.0.0.1:PORT)."""
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    # faults, each used by the next request(s) in the order queued

    def fail_next(
        self,
        status: int = 500,
        *,
        times: int = 1,
        error: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        """Answer the next `times` requests with `status` (and {"error": error} when given)."""
        body = {"error": error} if error is not None else {}
        for _ in range(times):
            self._queue(_Fault("status", status=status, body=body, headers=dict(headers or {})))

    def throttle_next(self, retry_after: str, *, times: int = 1) -> None:
        """Answer the next `times` requests with 429 Too Many Requests and this Retry-After header."""
        self.fail_next(429, times=times, error="slow down", headers={"Retry-After": retry_after})

    def sleep_next(self, seconds: float, *, times: int = 1) -> None:
        """Wait `seconds` before answering the next `times` requests (longer than the client's timeout to
        make it give up); the wait ends early when the server stops."""
        for _ in range(times):
            self._queue(_Fault("sleep", seconds=seconds))

    def garbage_next(self, *, times: int = 1) -> None:
        """Answer 200 with a body that is not JSON."""
        for _ in range(times):
            self._queue(_Fault("garbage"))

    def no_url_next(self, *, times: int = 1) -> None:
        """Answer 200 with a JSON object without "url"."""
        for _ in range(times):
            self._queue(_Fault("no_url"))

    def drop_next(self, *, times: int = 1) -> None:
        """Close the connection without answering the next `times` requests."""
        for _ in range(times):
            self._queue(_Fault("drop"))

    def paths(self) -> list[str]:
        """The method and path of every request so far, e.g. ["POST /v1/checkout"]."""
        with self._lock:
            return [f"{r.method} {r.path}" for r in self.requests]

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def _queue(self, fault: _Fault) -> None:
        with self._lock:
            self._faults.append(fault)

    def _record_and_next_fault(self, recorded: Recorded) -> _Fault | None:
        with self._lock:
            self.requests.append(recorded)
            return self._faults.popleft() if self._faults else None


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a dropped or abandoned connection is what the faults are for: no traceback on stderr


@contextmanager
def running_billing_service() -> Iterator[FakeBillingService]:
    """A started FakeBillingService, stopped at the end of the block."""
    fake = FakeBillingService()
    fake.start()
    try:
        yield fake
    finally:
        fake.stop()


def _handler_for(fake: FakeBillingService) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            self._serve()

        def do_POST(self) -> None:
            self._serve()

        def log_message(self, format: str, *args: Any) -> None:
            pass

        def _serve(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            try:
                body = json.loads(raw) if raw else None
            except ValueError:
                body = None
            parts = urlsplit(self.path)
            recorded = Recorded(
                self.command, parts.path, parse_qs(parts.query), body, dict(self.headers.items())
            )
            fault = fake._record_and_next_fault(recorded)
            if fault is not None and fault.kind == "sleep":
                if fake._stop.wait(fault.seconds):
                    self._drop()
                    return
                fault = None
            try:
                if fault is None:
                    self._answer(parts.path)
                elif fault.kind == "drop":
                    self._drop()
                elif fault.kind == "garbage":
                    self._send(200, b"<html>Service temporarily unavailable</html>", "text/html")
                elif fault.kind == "no_url":
                    self._json(200, {"id": "cs_test_fake"})
                else:
                    self._json(fault.status, fault.body, fault.headers)
            except OSError:  # the client gave up (its timeout) before the answer
                self.close_connection = True

        def _answer(self, path: str) -> None:
            if self.command == "POST" and path == "/v1/checkout":
                self._json(200, {"url": fake.checkout_url})
            elif self.command == "POST" and path == "/v1/portal":
                self._json(200, {"url": fake.portal_url})
            elif self.command == "GET" and path == "/v1/licence":
                if fake.licence is None:
                    self._json(404, {"error": "No licence for this installation."})
                else:
                    self._json(200, fake.licence)
            else:
                self._json(404, {"error": f"No such endpoint: {self.command} {path}"})

        def _json(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
            self._send(status, json.dumps(body).encode(), "application/json", headers)

        def _send(
            self, status: int, data: bytes, content_type: str, headers: dict[str, str] | None = None
        ) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)

        def _drop(self) -> None:
            self.close_connection = True
            try:
                self.connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    return Handler
