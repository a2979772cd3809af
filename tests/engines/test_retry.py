"""The retry policy on its own: backoff with full jitter, Retry-After, give-up and cancel behaviour."""

from __future__ import annotations

import email.utils

import pytest

from iam_desktop.engines.retry import (
    RetriesExhausted,
    RetryPolicy,
    backoff_delay,
    call_with_retries,
    parse_retry_after,
)
from iam_desktop.errors import Cancelled


class Flaky(Exception):
    def __init__(self, wait: float | None = None) -> None:
        super().__init__("flaky")
        self.wait = wait


class Fatal(Exception):
    pass


def failing(times: int, error: Exception | None = None, result: str = "ok"):
    calls = []

    def func() -> str:
        calls.append(1)
        if len(calls) <= times:
            raise error or Flaky()
        return result

    return func, calls


def retry(func, sleeps: list[float], **kw):
    kw.setdefault("is_retryable", lambda e: isinstance(e, Flaky))
    kw.setdefault("retry_after", lambda e: getattr(e, "wait", None))
    return call_with_retries(func, sleep=sleeps.append, **kw)


def test_success_after_failures_with_full_jitter_backoff():
    func, calls = failing(4)
    sleeps: list[float] = []
    assert retry(func, sleeps, rand=lambda: 0.5, max_retries=5) == "ok"
    assert len(calls) == 5
    assert sleeps == [0.5, 1.0, 2.0, 4.0]  # half of 1, 2, 4, 8 s


def test_backoff_is_capped_and_random_below_the_ceiling():
    assert backoff_delay(10, rand=lambda: 0.999) == pytest.approx(30 * 0.999)
    assert backoff_delay(1000, rand=lambda: 0.5) == 15.0
    delays = [backoff_delay(3) for _ in range(200)]
    assert all(0 <= d < 8 for d in delays)
    assert max(delays) - min(delays) > 2  # full jitter spreads the waits


def test_server_wait_overrides_backoff_and_is_capped():
    sleeps: list[float] = []
    calls = iter([Flaky(wait=7.0), Flaky(wait=10_000.0), None])

    def func() -> str:
        error = next(calls)
        if error:
            raise error
        return "ok"

    assert retry(func, sleeps, max_retry_after=120.0) == "ok"
    assert sleeps == [7.0, 120.0]


def test_not_retryable_error_propagates_at_once():
    func, calls = failing(1, Fatal("no"))
    sleeps: list[float] = []
    with pytest.raises(Fatal):
        retry(func, sleeps)
    assert len(calls) == 1 and sleeps == []


def test_gives_up_after_max_retries():
    func, calls = failing(100)
    sleeps: list[float] = []
    with pytest.raises(RetriesExhausted) as info:
        retry(func, sleeps, max_retries=3)
    assert info.value.attempts == 4 and len(calls) == 4 and len(sleeps) == 3
    assert isinstance(info.value.last_error, Flaky)


def test_no_retries_means_one_attempt():
    func, calls = failing(1)
    with pytest.raises(RetriesExhausted):
        retry(func, [], max_retries=0)
    assert len(calls) == 1


def test_cancel_is_checked_before_every_attempt():
    func, calls = failing(100)
    sleeps: list[float] = []
    with pytest.raises(Cancelled):
        retry(func, sleeps, cancelled=lambda: len(sleeps) >= 2)
    assert len(calls) == 2
    with pytest.raises(Cancelled):
        retry(func, [], cancelled=lambda: True)
    assert len(calls) == 2


def test_on_retry_is_told_each_wait():
    func, _ = failing(2)
    told = []
    retry(func, [], rand=lambda: 0.0, on_retry=lambda n, d, e: told.append((n, d, type(e))))
    assert told == [(0, 0.0, Flaky), (1, 0.0, Flaky)]


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"Retry-After": "3"}, 3.0),
        ({"retry-after": "1.5"}, 1.5),
        ({"retry-after-ms": "250"}, 0.25),
        ({"retry-after-ms": "250", "Retry-After": "9"}, 0.25),  # milliseconds win
        ({"RETRY-AFTER-MS": "nonsense", "Retry-After": "2"}, 2.0),
        ({"Retry-After": "-4"}, 0.0),
        ({"Retry-After": "soon"}, None),
        ({}, None),
        (None, None),
    ],
)
def test_parse_retry_after(headers, expected):
    assert parse_retry_after(headers) == expected


def test_parse_retry_after_http_date():
    now = 1_700_000_000.0
    future = email.utils.formatdate(now + 42, usegmt=True)
    past = email.utils.formatdate(now - 42, usegmt=True)
    assert parse_retry_after({"Retry-After": future}, now=lambda: now) == pytest.approx(42, abs=1)
    assert parse_retry_after({"Retry-After": past}, now=lambda: now) == 0.0


class Unreachable(Flaky):
    pass


def test_a_policy_narrows_retries_and_backoff_for_its_kind_of_error():
    quick = RetryPolicy(retries=1, base=0.5, cap=0.5)
    policy = {Unreachable: quick}.get

    func, calls = failing(100, Unreachable())
    sleeps: list[float] = []
    with pytest.raises(RetriesExhausted) as info:
        retry(func, sleeps, max_retries=5, rand=lambda: 0.999, policy=lambda e: policy(type(e)))
    assert info.value.attempts == 2 and len(calls) == 2
    assert sleeps == [pytest.approx(0.4995)]  # one wait, under the policy's cap

    func, calls = failing(100)  # other errors keep the call's own limits
    sleeps = []
    with pytest.raises(RetriesExhausted):
        retry(func, sleeps, max_retries=5, rand=lambda: 0.5, policy=lambda e: policy(type(e)))
    assert len(calls) == 6 and sleeps == [0.5, 1.0, 2.0, 4.0, 8.0]


def test_a_policy_counts_the_retries_already_made_and_never_exceeds_max_retries():
    errors = iter([Flaky(), Flaky(), Unreachable(), Unreachable()])

    def func() -> str:
        raise next(errors)

    sleeps: list[float] = []
    policy = lambda e: RetryPolicy(retries=1) if isinstance(e, Unreachable) else None  # noqa: E731
    with pytest.raises(RetriesExhausted) as info:
        retry(func, sleeps, max_retries=5, rand=lambda: 0.0, policy=policy)
    assert info.value.attempts == 3 and isinstance(info.value.last_error, Unreachable)

    func, calls = failing(100, Unreachable())
    with pytest.raises(RetriesExhausted):
        retry(func, [], max_retries=1, policy=lambda e: RetryPolicy(retries=9))
    assert len(calls) == 2


def test_the_servers_wait_still_wins_under_a_policy():
    sleeps: list[float] = []
    func, _ = failing(1, Flaky(wait=3.0))
    assert retry(func, sleeps, policy=lambda e: RetryPolicy(retries=2, base=0.1, cap=0.1)) == "ok"
    assert sleeps == [3.0]
