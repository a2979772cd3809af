"""Requests to OpenAI that fail: which are retried and how (a policy per kind of failure), the plain words
a user reads for each (never holding a key), and checking a key with one cheap request.

A busy server (429, 5xx) gets the engine's long schedule; a refused connection or a name that does not
resolve (the cloud cannot be reached: the job falls back at once) one quick retry; dropped connections and
timeouts a few short ones. Everything else is a refusal retrying cannot fix.
"""

from __future__ import annotations

import errno
import os
import re
import socket

import openai

from iam_desktop.engines.retry import RetryPolicy, parse_retry_after
from iam_desktop.errors import CloudRefused, CloudUnavailable
from iam_desktop.redaction import redact, remember_secret
from iam_desktop.secrets import InvalidSecret, clean_key

_SECRET = re.compile(r"\b(sk-|sess-)[A-Za-z0-9_\-*]{4,}")
#: nothing listens there, or the name does not resolve: one quick retry, then the fallback
UNREACHABLE_RETRIES = RetryPolicy(retries=1, base=0.5, cap=0.5)
#: the connection was accepted, then dropped or reset: a few short retries
DROPPED_RETRIES = RetryPolicy(retries=3, base=0.5, cap=2.0)
#: the request timed out (each attempt already waited the whole timeout): two retries
TIMEOUT_RETRIES = RetryPolicy(retries=2, base=1.0, cap=4.0)
_UNREACHABLE_ERRNOS = frozenset({errno.ECONNREFUSED, errno.ENETUNREACH, errno.EHOSTUNREACH})


def redact_message(text: str) -> str:
    """Remove every key in use (in any form, or echoed in part) and anything that looks like an API key
    from a message meant for the user or a log."""
    return _SECRET.sub("[key hidden]", redact(text))


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


def retry_after(exc: BaseException) -> float | None:
    if isinstance(exc, openai.APIStatusError):
        return parse_retry_after(exc.response.headers)
    return None


def _server_message(exc: openai.APIStatusError) -> str:
    body = exc.body
    message = body.get("message") if isinstance(body, dict) else None
    return redact_message(str(message or exc.message or "").strip())


def reason(exc: BaseException) -> str:
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
    return redact_message(str(exc))


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
        raise CloudUnavailable(f"OpenAI could not check the key: {reason(exc)}") from exc
    except openai.APIConnectionError as exc:
        raise CloudUnavailable(f"OpenAI could not be reached at {client.base_url}: {reason(exc)}") from exc
    except openai.OpenAIError as exc:
        raise CloudUnavailable(f"OpenAI could not be used: {redact_message(str(exc))}") from exc
    finally:
        client.close()
