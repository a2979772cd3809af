"""The client of the seller's billing service: a small HTTP contract (README, "The billing service") that
gives checkout and customer-portal addresses and the current licence. Timeouts on every call; connection
errors, timeouts, 429 and 5xx are retried with exponential backoff. The addresses it returns are checked by
checkout.py, not here."""

from __future__ import annotations

import ipaddress
import json
import logging
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

import requests

from iam_desktop import __version__
from iam_desktop.billing.errors import BillingError, BillingServiceError
from iam_desktop.billing.history import HistoryEntry
from iam_desktop.redaction import redact, remember_secret

log = logging.getLogger(__name__)

USER_AGENT = f"IAM-Desktop/{__version__}"
#: the longest Retry-After (seconds) a 429 answer is waited for; a longer one ends the call
MAX_RETRY_AFTER = 10.0
#: answers larger than this are not read
MAX_ANSWER_BYTES = 1024 * 1024
#: a refusal's text longer than this is clipped
_MAX_ERROR_TEXT = 300
_LOOPBACK_NAMES = ("localhost",)


@dataclass(frozen=True)
class LicenceAnswer:
    """The service's answer about this installation's licence: the token (None when it has none) and the
    periods paid for."""

    licence: str | None
    history: tuple[HistoryEntry, ...]


class _Retry(Exception):
    """An attempt failed in a way worth trying again; `wait` overrides the backoff (Retry-After)."""

    def __init__(self, problem: str, wait: float | None = None) -> None:
        super().__init__(problem)
        self.problem = problem
        self.wait = wait


class BillingService:
    """The seller's billing service at `base_url` (https, or http on this computer only, for testing).

    Each call makes up to 1 + `retries` attempts, each with `timeout` seconds to connect and to wait for
    data, sleeping `backoff` * 2**n between them (or the service's Retry-After, up to MAX_RETRY_AFTER).
    Every failure ends in BillingServiceError with a plain message; nothing is retried after a 4xx answer
    or an answer that is not the documented JSON."""

    def __init__(
        self, base_url: str, *, timeout: float = 10.0, retries: int = 3, backoff: float = 0.5
    ) -> None:
        self.base_url = _checked_base(base_url)
        self.timeout = timeout
        self.retries = max(0, retries)
        self.backoff = backoff
        self._session = requests.Session()
        self._session.headers.update({"User-Agent": USER_AGENT, "Accept": "application/json"})

    def checkout_url(self, plan_id: str, gateway_id: str, email: str, installation_id: str) -> str:
        """A hosted payment page for `plan_id` on `gateway_id`, prefilled with `email` and tied to this
        installation (POST /v1/checkout)."""
        remember_secret(email)
        body = {"plan": plan_id, "gateway": gateway_id, "email": email, "installation_id": installation_id}
        return _url_of(self._call("POST", "/v1/checkout", body=body))

    def portal_url(self, gateway_id: str, installation_id: str, email: str | None) -> str:
        """The gateway's customer portal for this customer (POST /v1/portal)."""
        if email:
            remember_secret(email)
        body = {"gateway": gateway_id, "installation_id": installation_id, "email": email}
        return _url_of(self._call("POST", "/v1/portal", body=body))

    def fetch_licence(self, installation_id: str) -> LicenceAnswer:
        """This installation's current licence and billing history (GET /v1/licence); a 404 means none."""
        answer = self._call(
            "GET", "/v1/licence", params={"installation_id": installation_id}, none_on_404=True
        )
        if answer is None:
            return LicenceAnswer(licence=None, history=())
        licence = answer.get("licence")
        if licence is not None and not (isinstance(licence, str) and licence.strip()):
            raise _nonsense("its licence is not a text")
        if licence is not None:
            remember_secret(licence)
        raw_history = answer.get("history", [])
        if not isinstance(raw_history, list):
            raise _nonsense("its history is not a list")
        history = []
        for item in raw_history:
            try:
                history.append(HistoryEntry.from_json(item))
            except ValueError as exc:
                log.warning("Skipping an entry of the billing service's history: %s", exc)
        return LicenceAnswer(licence=licence.strip() if licence else None, history=tuple(history))

    def _call(
        self,
        method: str,
        path: str,
        *,
        body: Mapping[str, Any] | None = None,
        params: Mapping[str, str] | None = None,
        none_on_404: bool = False,
    ) -> dict[str, Any] | None:
        attempts = 1 + self.retries
        problem = ""
        for attempt in range(attempts):
            try:
                return self._attempt(method, path, body, params, none_on_404)
            except _Retry as retry:
                problem = retry.problem
                if attempt + 1 == attempts:
                    break
                wait = retry.wait if retry.wait is not None else self.backoff * 2**attempt
                log.info("Billing service %s %s: %s; trying again in %.1f s", method, path, problem, wait)
                time.sleep(wait)
        raise BillingServiceError(
            f"The billing service is not answering ({problem}; tried {attempts} times). Check the internet "
            "connection and try again later."
        )

    def _attempt(
        self,
        method: str,
        path: str,
        body: Mapping[str, Any] | None,
        params: Mapping[str, str] | None,
        none_on_404: bool,
    ) -> dict[str, Any] | None:
        try:
            with self._session.request(
                method,
                self.base_url + path,
                json=body,
                params=params,
                timeout=(self.timeout, self.timeout),
                allow_redirects=False,
                stream=True,
            ) as response:
                content = _read_capped(response)
                status = response.status_code
                retry_after = response.headers.get("Retry-After")
        except requests.Timeout:
            raise _Retry(f"no answer within {self.timeout:g} s") from None
        except (requests.ConnectionError, requests.exceptions.ChunkedEncodingError) as exc:
            raise _Retry(_connection_problem(exc)) from None
        except requests.RequestException as exc:
            raise BillingServiceError(
                f"The billing service could not be asked ({type(exc).__name__}). Check the billing service "
                "address in the settings."
            ) from None
        if status == 429:
            wait = _retry_after(retry_after)
            if wait is None or wait > MAX_RETRY_AFTER:
                raise BillingServiceError(
                    "The billing service is busy (too many requests): try again in a few minutes."
                )
            raise _Retry("busy (HTTP 429)", wait)
        if status >= 500:
            raise _Retry(f"HTTP {status}")
        if status == 404 and none_on_404:
            return None
        if status >= 400:
            raise BillingServiceError(_refusal(status, content))
        if not 200 <= status < 300:
            raise _nonsense(f"it answered HTTP {status}")
        try:
            answer = json.loads(content)
        except ValueError:
            raise _nonsense("the answer is not JSON") from None
        if not isinstance(answer, dict):
            raise _nonsense("the answer is not a JSON object")
        return answer


def _checked_base(base_url: str) -> str:
    """The service's base address without a trailing slash; BillingError unless it is https, or http to
    this computer (localhost, 127.0.0.0/8, ::1), with no user name, query or fragment."""
    fix = "Set the billing service address in the settings to the https:// address the seller gave."
    try:
        parts = urlsplit(base_url.strip())
        _ = parts.port  # parsing the port is the check that it is a number
    except (ValueError, AttributeError):
        raise BillingError(f"The billing service address is not a valid web address. {fix}") from None
    host = parts.hostname or ""
    if not host or parts.username is not None or "@" in parts.netloc or parts.query or parts.fragment:
        raise BillingError(
            f"The billing service address must be a plain web address like https://host/path. {fix}"
        )
    if parts.scheme == "http" and not _is_loopback(host):
        raise BillingError(
            "The billing service address must start with https:// (plain http:// is allowed only for this "
            f"computer, for testing). {fix}"
        )
    if parts.scheme not in ("https", "http"):
        raise BillingError(f"The billing service address must start with https://. {fix}")
    return parts.geturl().rstrip("/")


def _is_loopback(host: str) -> bool:
    if host.lower() in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _read_capped(response: requests.Response) -> bytes:
    content = bytearray()
    for chunk in response.iter_content(64 * 1024):
        content += chunk
        if len(content) > MAX_ANSWER_BYTES:
            raise _nonsense("the answer is too large")
    return bytes(content)


def _retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (seconds or an HTTP date); None when absent or unreadable."""
    if value is None:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _connection_problem(exc: Exception) -> str:
    text = str(exc).lower()
    if "name or service" in text or "nodename" in text or "getaddrinfo" in text:
        return "its name could not be looked up"
    if "refused" in text:
        return "the connection was refused"
    if "ssl" in text or "certificate" in text:
        return "its certificate could not be verified"
    return "the connection broke off"


def _refusal(status: int, content: bytes) -> str:
    text = ""
    try:
        answer = json.loads(content)
        if isinstance(answer, dict) and isinstance(answer.get("error"), str):
            text = answer["error"]
    except ValueError:
        pass
    text = " ".join("".join(c if c.isprintable() else " " for c in text).split())
    if len(text) > _MAX_ERROR_TEXT:
        text = text[: _MAX_ERROR_TEXT - 3] + "..."
    if not text:
        return (
            f"The billing service refused the request (HTTP {status}). Try again later or contact the seller."
        )
    return f"The billing service refused the request: {redact(text)}"


def _url_of(answer: dict[str, Any] | None) -> str:
    url = (answer or {}).get("url")
    if not isinstance(url, str) or not url:
        raise _nonsense('it gave no "url"')
    return url


def _nonsense(problem: str) -> BillingServiceError:
    return BillingServiceError(
        f"The billing service gave an answer IAM Desktop cannot use ({problem}). Try again later or contact "
        "the seller."
    )
