"""The billing service client against a real local HTTP server speaking the contract: the exact requests
sent, the answers understood, and every failure (5xx, 429, timeouts, garbage, dropped connections, 4xx)
ending in a plain BillingServiceError within a bounded time."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date

import pytest
from fake_billing_service import CHECKOUT_URL, PORTAL_URL, FakeBillingService, running_billing_service

from iam_desktop import __version__
from iam_desktop.billing.errors import BillingError, BillingServiceError
from iam_desktop.billing.history import HistoryEntry
from iam_desktop.billing.service import BillingService, LicenceAnswer
from iam_desktop.redaction import redact

INSTALLATION = "3f0b6d1e-8a7c-4d2e-9b1a-5c6d7e8f9a0b"
EMAIL = "ann+iam@example.com"
TOKEN = "eyJhbGciOiJFZERTQSJ9.eyJwbGFuIjoicHJvIn0.c2lnbmF0dXJlLWJ5dGVz"


@pytest.fixture
def fake() -> Iterator[FakeBillingService]:
    with running_billing_service() as server:
        yield server


def client(fake: FakeBillingService, **options: float) -> BillingService:
    options = {"timeout": 2.0, "retries": 3, "backoff": 0.01, **options}
    return BillingService(fake.url, timeout=options["timeout"], retries=int(options["retries"]),
                          backoff=options["backoff"])  # fmt: skip


def test_checkout_posts_the_documented_json_and_returns_the_url(fake: FakeBillingService):
    url = client(fake).checkout_url("pro", "stripe", EMAIL, INSTALLATION)
    assert url == CHECKOUT_URL
    assert fake.paths() == ["POST /v1/checkout"]
    sent = fake.requests[0]
    assert sent.json == {"plan": "pro", "gateway": "stripe", "email": EMAIL, "installation_id": INSTALLATION}
    assert sent.headers["Content-Type"] == "application/json"
    assert sent.headers["User-Agent"] == f"IAM-Desktop/{__version__}"
    assert sent.query == {}


def test_portal_posts_the_documented_json_with_or_without_an_email(fake: FakeBillingService):
    service = client(fake)
    assert service.portal_url("paygate", INSTALLATION, EMAIL) == PORTAL_URL
    assert service.portal_url("stitch", INSTALLATION, None) == PORTAL_URL
    assert fake.paths() == ["POST /v1/portal", "POST /v1/portal"]
    assert fake.requests[0].json == {"gateway": "paygate", "installation_id": INSTALLATION, "email": EMAIL}
    assert fake.requests[1].json == {"gateway": "stitch", "installation_id": INSTALLATION, "email": None}


def test_a_base_address_with_a_path_and_trailing_slash_is_kept(fake: FakeBillingService):
    service = BillingService(fake.url + "/shop/", backoff=0.01)
    assert service.base_url == fake.url + "/shop"
    with pytest.raises(BillingServiceError, match="No such endpoint: POST /shop/v1/checkout"):
        service.checkout_url("pro", "stripe", EMAIL, INSTALLATION)


def test_fetch_licence_sends_the_installation_and_reads_licence_and_history(fake: FakeBillingService):
    fake.licence = {
        "licence": TOKEN,
        "history": [
            {"plan": "pro", "period_start": "2026-01-01", "period_end": "2026-01-31", "amount": 900,
             "currency": "USD", "invoice_url": "https://invoice.stripe.com/i/acct_1/live_a"},
            {"plan": "pro", "period_start": "2026-02-01", "period_end": "2026-02-28"},
            {"plan": "pro", "period_start": "not a date", "period_end": "2026-02-28"},  # skipped
        ],
    }  # fmt: skip
    answer = client(fake).fetch_licence(INSTALLATION)
    assert fake.paths() == ["GET /v1/licence"]
    assert fake.requests[0].query == {"installation_id": [INSTALLATION]}
    assert fake.requests[0].json is None
    assert answer == LicenceAnswer(
        licence=TOKEN,
        history=(
            HistoryEntry("pro", date(2026, 1, 1), date(2026, 1, 31), 900, "USD",
                         "https://invoice.stripe.com/i/acct_1/live_a"),
            HistoryEntry("pro", date(2026, 2, 1), date(2026, 2, 28)),
        ),
    )  # fmt: skip
    assert TOKEN not in redact(f"got {TOKEN}")  # the licence received is redacted from logs from now on


def test_no_licence_yet_is_null_or_404(fake: FakeBillingService):
    assert client(fake).fetch_licence(INSTALLATION) == LicenceAnswer(None, ())
    fake.licence = None  # the fake answers 404
    assert client(fake).fetch_licence(INSTALLATION) == LicenceAnswer(None, ())


@pytest.mark.parametrize(
    "body",
    [{"licence": 42, "history": []}, {"licence": "   "}, {"licence": None, "history": {"plan": "pro"}}],
)
def test_a_licence_answer_of_the_wrong_shape_is_refused(fake: FakeBillingService, body):
    fake.licence = body
    with pytest.raises(BillingServiceError, match="cannot use"):
        client(fake).fetch_licence(INSTALLATION)


def test_500s_are_retried_until_the_service_answers(fake: FakeBillingService):
    fake.fail_next(500, times=2)
    assert client(fake).checkout_url("pro", "stripe", EMAIL, INSTALLATION) == CHECKOUT_URL
    assert fake.paths() == ["POST /v1/checkout"] * 3
    assert all(r.json == fake.requests[0].json for r in fake.requests)  # each attempt sends the same


def test_5xx_past_the_retries_is_a_billing_service_error(fake: FakeBillingService):
    fake.fail_next(503, times=10)
    with pytest.raises(BillingServiceError, match=r"not answering \(HTTP 503; tried 3 times\)"):
        client(fake, retries=2).portal_url("stripe", INSTALLATION, None)
    assert len(fake.requests) == 3


def test_429_waits_for_retry_after_then_tries_again(fake: FakeBillingService):
    fake.throttle_next("1")
    started = time.monotonic()
    assert client(fake, backoff=0.0).checkout_url("pro", "stripe", EMAIL, INSTALLATION) == CHECKOUT_URL
    assert time.monotonic() - started >= 0.95  # the service's one second, not the (zero) backoff
    assert len(fake.requests) == 2


def test_429_asking_for_a_long_wait_ends_the_call_at_once(fake: FakeBillingService):
    fake.throttle_next("3600")
    started = time.monotonic()
    with pytest.raises(BillingServiceError, match="busy"):
        client(fake).checkout_url("pro", "stripe", EMAIL, INSTALLATION)
    assert time.monotonic() - started < 2
    assert len(fake.requests) == 1


def test_a_service_that_never_answers_gives_up_within_the_timeouts(fake: FakeBillingService):
    fake.sleep_next(30, times=10)
    started = time.monotonic()
    with pytest.raises(BillingServiceError, match=r"no answer within 0.3 s; tried 3 times"):
        client(fake, timeout=0.3, retries=2, backoff=0.05).checkout_url("pro", "stripe", EMAIL, INSTALLATION)
    elapsed = time.monotonic() - started
    assert 0.9 <= elapsed < 3  # three attempts of 0.3 s plus 0.05 + 0.1 s of backoff, not 30 s
    assert len(fake.requests) == 3


def test_a_slow_answer_once_is_retried(fake: FakeBillingService):
    fake.sleep_next(5)
    assert client(fake, timeout=0.3).portal_url("stripe", INSTALLATION, None) == PORTAL_URL
    assert len(fake.requests) == 2


def test_garbage_instead_of_json_is_refused_without_retrying(fake: FakeBillingService):
    fake.garbage_next()
    with pytest.raises(BillingServiceError, match="not JSON"):
        client(fake).checkout_url("pro", "stripe", EMAIL, INSTALLATION)
    assert len(fake.requests) == 1


def test_json_without_a_url_is_refused(fake: FakeBillingService):
    fake.no_url_next(times=2)
    with pytest.raises(BillingServiceError, match='no "url"'):
        client(fake).checkout_url("pro", "stripe", EMAIL, INSTALLATION)
    with pytest.raises(BillingServiceError, match='no "url"'):
        client(fake).portal_url("stripe", INSTALLATION, EMAIL)


def test_a_dropped_connection_is_retried_then_reported(fake: FakeBillingService):
    fake.drop_next()
    assert client(fake).checkout_url("pro", "stripe", EMAIL, INSTALLATION) == CHECKOUT_URL
    assert len(fake.requests) == 2
    fake.drop_next(times=10)
    with pytest.raises(BillingServiceError, match="connection broke off; tried 2 times"):
        client(fake, retries=1).checkout_url("pro", "stripe", EMAIL, INSTALLATION)


def test_nothing_listening_is_reported_as_unreachable():
    with running_billing_service() as gone:
        url = gone.url
    with pytest.raises(BillingServiceError, match="connection was refused; tried 2 times"):
        BillingService(url, retries=1, backoff=0.01).fetch_licence(INSTALLATION)


def test_a_4xx_shows_the_services_message_without_retrying_or_the_email(fake: FakeBillingService):
    fake.fail_next(422, error=f"No customer with the e-mail {EMAIL}:\nsubscribe first.")
    with pytest.raises(BillingServiceError) as refused:
        client(fake).checkout_url("pro", "stripe", EMAIL, INSTALLATION)
    assert str(refused.value).startswith(
        "The billing service refused the request: No customer with the e-mail"
    )
    assert "subscribe first." in str(refused.value)
    assert EMAIL not in str(refused.value) and "\n" not in str(refused.value)
    assert len(fake.requests) == 1


def test_a_4xx_without_a_message_names_the_status(fake: FakeBillingService):
    fake.fail_next(403)
    with pytest.raises(BillingServiceError, match=r"refused the request \(HTTP 403\)"):
        client(fake).portal_url("stripe", INSTALLATION, None)


@pytest.mark.parametrize(
    "base",
    [
        "http://billing.example.com",
        "http://10.0.0.5:8080",
        "ftp://billing.example.com",
        "billing.example.com",
        "https://user:pw@billing.example.com",
        "https://billing.example.com/?key=1",
        "https://:443",
        "http://",
    ],
)
def test_a_base_address_that_is_not_https_or_this_computer_is_refused(base: str):
    with pytest.raises(BillingError, match="billing service address"):
        BillingService(base)


@pytest.mark.parametrize(
    "base",
    [
        "https://billing.example.com",
        "https://billing.example.com/iam/",
        "http://127.0.0.1:8765",
        "http://localhost:8765",
        "http://[::1]:8765",
        "http://127.1.2.3",
    ],
)
def test_https_anywhere_and_http_to_this_computer_are_accepted(base: str):
    assert BillingService(base).base_url == base.rstrip("/")
