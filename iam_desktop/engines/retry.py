"""Retrying a flaky network call: exponential backoff with full jitter, honouring the server's Retry-After.

How often and how patiently depends on the failure (a `RetryPolicy` per kind of error): a server that is
busy (429, 5xx) deserves the long schedule, while a connection refused or a name that does not resolve is
not worth more than one quick retry — a cloud that cannot be reached should hand over to the fallback in
about a second, not after half a minute.
"""

from __future__ import annotations

import email.utils
import math
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TypeVar

from iam_desktop.errors import Cancelled

T = TypeVar("T")

#: first backoff ceiling (seconds); doubles with every retry
BASE_DELAY = 1.0
#: the backoff ceiling never grows beyond this (seconds)
MAX_DELAY = 30.0
#: a server-requested wait longer than this is shortened to it (seconds)
MAX_RETRY_AFTER = 120.0


@dataclass(frozen=True)
class RetryPolicy:
    """How to retry one kind of error: at most `retries` retries in the whole call (the call's own
    `max_retries` still applies, whichever is smaller), with the full-jitter backoff of `base` and `cap`."""

    retries: int
    base: float = BASE_DELAY
    cap: float = MAX_DELAY


class RetriesExhausted(Exception):
    """Every attempt failed with a retryable error.

    Attributes:
        attempts: how many times the call was made.
        last_error: the error of the last attempt.
    """

    def __init__(self, attempts: int, last_error: BaseException) -> None:
        super().__init__(f"gave up after {attempts} attempts: {last_error}")
        self.attempts = attempts
        self.last_error = last_error


def backoff_delay(
    retry_number: int,
    *,
    base: float = BASE_DELAY,
    cap: float = MAX_DELAY,
    rand: Callable[[], float] = random.random,
) -> float:
    """Full jitter: a uniformly random wait in [0, min(cap, base * 2**retry_number)).

    `retry_number` counts from 0 (the wait before the first retry)."""
    ceiling = min(cap, base * 2.0 ** min(retry_number, 60))
    return ceiling * rand()


def parse_retry_after(
    headers: Mapping[str, str] | None, *, now: Callable[[], float] = time.time
) -> float | None:
    """Seconds the server asks us to wait, from `retry-after-ms`, or `Retry-After` as seconds or an HTTP
    date; None if neither is present or readable. Header names are matched case-insensitively."""
    if not headers:
        return None
    lowered = {str(k).lower(): str(v).strip() for k, v in headers.items()}
    for name, divisor in (("retry-after-ms", 1000.0), ("retry-after", 1.0)):
        value = lowered.get(name)
        if value is None:
            continue
        try:
            seconds = float(value) / divisor
        except ValueError:
            continue
        if math.isfinite(seconds):
            return max(0.0, seconds)
    value = lowered.get("retry-after")
    if not value:
        return None
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, when.timestamp() - now())


def call_with_retries(
    func: Callable[[], T],
    *,
    is_retryable: Callable[[BaseException], bool],
    retry_after: Callable[[BaseException], float | None] | None = None,
    max_retries: int = 5,
    base: float = BASE_DELAY,
    cap: float = MAX_DELAY,
    max_retry_after: float = MAX_RETRY_AFTER,
    sleep: Callable[[float], object] = time.sleep,
    cancelled: Callable[[], bool] | None = None,
    on_retry: Callable[[int, float, BaseException], None] | None = None,
    rand: Callable[[], float] = random.random,
    policy: Callable[[BaseException], RetryPolicy | None] | None = None,
) -> T:
    """Call `func` until it returns, at most `max_retries` + 1 times.

    An exception for which `is_retryable` is false propagates at once. A retryable one is followed by a
    wait: what `retry_after(exc)` says (the server's wish, capped at `max_retry_after`) if it says
    anything, else the full-jitter backoff. `policy(exc)` may narrow this for the kind of error: fewer
    retries (counting every retry made so far, whatever its error) and its own backoff `base` and `cap`
    (None: `max_retries`, `base` and `cap`). `on_retry(retry_number, delay, exc)` is told before each
    wait. `cancelled` is checked before every attempt (raising Cancelled).

    Raises RetriesExhausted when the last attempt failed with a retryable error.
    """
    if max_retries < 0:
        raise ValueError("max_retries must not be negative")
    for attempt in range(max_retries + 1):
        if cancelled is not None and cancelled():
            raise Cancelled("cancelled")
        try:
            return func()
        except Exception as exc:
            if not is_retryable(exc):
                raise
            rule = policy(exc) if policy is not None else None
            allowed = max_retries if rule is None else min(max_retries, max(0, rule.retries))
            if attempt >= allowed:
                raise RetriesExhausted(attempt + 1, exc) from exc
            wanted = retry_after(exc) if retry_after is not None else None
            if wanted is not None:
                delay = min(max(0.0, wanted), max_retry_after)
            elif rule is not None:
                delay = backoff_delay(attempt, base=rule.base, cap=rule.cap, rand=rand)
            else:
                delay = backoff_delay(attempt, base=base, cap=cap, rand=rand)
            if on_retry is not None:
                on_retry(attempt, delay, exc)
            sleep(delay)
    raise AssertionError("unreachable")  # pragma: no cover
