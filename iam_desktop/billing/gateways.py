"""The payment gateways (Stripe, PayGate, Stitch) and the check every payment, portal or invoice address
passes before the browser opens it: https, port 443, no user name, and a host exactly on that gateway's
allow-list."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from urllib.parse import urlsplit

from iam_desktop.billing.errors import BillingError, UrlRefused

#: longer addresses are refused (no gateway page needs one)
MAX_URL_LENGTH = 4096


@dataclass(frozen=True)
class Gateway:
    """A payment gateway: its hosted pages live only on `hosts` (exact names, no wildcards)."""

    id: str
    name: str
    #: the currency it charges in: USD for Stripe, ZAR for PayGate and Stitch
    currency: str
    hosts: frozenset[str]


GATEWAYS: Mapping[str, Gateway] = MappingProxyType(
    {
        "stripe": Gateway(
            id="stripe",
            name="Stripe",
            currency="USD",
            hosts=frozenset(
                {
                    "checkout.stripe.com",
                    "buy.stripe.com",
                    "billing.stripe.com",
                    "invoice.stripe.com",
                    "pay.stripe.com",
                }
            ),
        ),
        "paygate": Gateway(
            id="paygate", name="PayGate", currency="ZAR", hosts=frozenset({"secure.paygate.co.za"})
        ),
        "stitch": Gateway(
            id="stitch",
            name="Stitch",
            currency="ZAR",
            hosts=frozenset({"secure.stitch.money", "express.stitch.money"}),
        ),
    }
)


def gateway(gateway_id: str) -> Gateway:
    """The gateway with this id; BillingError naming the choices when there is none."""
    try:
        return GATEWAYS[gateway_id]
    except (KeyError, TypeError):
        choices = ", ".join(GATEWAYS)
        raise BillingError(
            f"There is no payment gateway called {gateway_id!r}: choose one of {choices}."
        ) from None


def check_url(url: str, gateway_id: str) -> str:
    """`url` unchanged when it is safe to open as one of that gateway's pages: https, no user:password@,
    port absent or 443, host (lower-cased, IDNA-decoded) exactly on the gateway's allow-list, no backslash,
    whitespace or control characters, at most MAX_URL_LENGTH long. Otherwise UrlRefused saying why; the
    message shows at most scheme://host, never the path or query (they may carry an e-mail address)."""
    known = gateway(gateway_id)
    if not isinstance(url, str) or not url:
        raise _refused(known, "the address is empty")
    if len(url) > MAX_URL_LENGTH:
        raise _refused(known, f"the address is longer than {MAX_URL_LENGTH} characters")
    if any(char.isspace() or unicodedata.category(char) in ("Cc", "Cf") for char in url):
        raise _refused(known, "the address contains spaces or invisible characters")
    if "\\" in url:
        raise _refused(known, "the address contains a backslash")
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise _refused(known, "the address is not a valid web address") from None
    raw_host = parts.hostname or ""
    shown = _shown(parts.scheme, raw_host)
    if parts.scheme != "https":
        raise _refused(known, f"{shown} is not a secure (https) address")
    if "@" in parts.netloc or parts.username is not None or parts.password is not None:
        raise _refused(
            known, f"{shown} has a user name in front of the host, a trick to disguise the real host"
        )
    if port not in (None, 443):
        raise _refused(known, f"{shown} uses port {port} instead of the standard https port")
    host = _decoded_host(raw_host)
    if host is None or host not in known.hosts:
        raise _refused(known, f"{shown} is not one of {known.name}'s own addresses")
    return url


def _decoded_host(host: str) -> str | None:
    """The host lower-cased with its punycode (xn--) labels decoded; None when it is not a valid name."""
    host = host.lower()
    if not host.isascii():
        return host  # a Unicode name is compared as it is: never on an allow-list of plain ASCII names
    try:
        return host.encode("ascii").decode("idna").lower() if "xn--" in host else host
    except UnicodeError:
        return None


def _shown(scheme: str, host: str) -> str:
    """scheme://host for a message: ASCII only (a look-alike letter shows as its punycode), clipped."""
    try:
        ascii_host = host.encode("idna").decode("ascii") if not host.isascii() else host
    except UnicodeError:
        ascii_host = host.encode("ascii", "backslashreplace").decode("ascii")
    text = f"{scheme}://{ascii_host}" if scheme else ascii_host or "the address"
    return text if len(text) <= 120 else text[:117] + "..."


def _refused(known: Gateway, why: str) -> UrlRefused:
    return UrlRefused(
        f"A {known.name} page was not opened: {why}. Nothing was sent; if this keeps happening, tell the "
        "seller."
    )
