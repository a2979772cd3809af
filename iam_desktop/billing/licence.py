"""Licences: Ed25519-signed JWTs, verified offline against the keys shipped with the app (keys.py).

A licence is `header.payload.signature`, each part unpadded base64url; the header is
`{"alg": "EdDSA", "typ": "JWT", "kid": "<key id>"}` and the payload holds the claims:

    iss "iam-desktop-billing", sub (the licence id), plan, email, iid (the installation ID), iat,
    period_start, period_end (epoch seconds, UTC), limits {"cloud_minutes": int, "features": [str]},
    and optionally amount (minor units), currency, invoice_url.

Only `alg: EdDSA` is accepted: `none`, HS256 (a classic forgery signs with the public key as an HMAC
secret) and anything else are refused before any key is used. A licence works until its period end plus
GRACE (7 days), so a paying user keeps the paid plan through a week offline. Refusals are LicenceRefused
with a reason (errors.REASONS) and a plain sentence that never shows the token or the e-mail address.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qs, urlsplit

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from jwt.api_jws import PyJWS
from jwt.exceptions import InvalidSignatureError, PyJWTError

from iam_desktop.billing import keys
from iam_desktop.billing.catalogue import load_catalogue
from iam_desktop.billing.errors import BillingError, LicenceRefused
from iam_desktop.redaction import remember_secret

#: how long after its period end a licence keeps working (offline use until it can be refreshed)
GRACE = timedelta(days=7)
#: the issuer claim every licence carries
ISSUER = "iam-desktop-billing"
#: the only signature algorithm accepted
ALGORITHM = "EdDSA"
#: the URL scheme of activation links: iam-desktop://activate?licence=<token>
URL_SCHEME = "iam-desktop"
#: no licence is anywhere near this long; longer text is refused before it is parsed
MAX_TOKEN_LENGTH = 16_384

_TOKEN = re.compile(r"[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*")
# a name from a licence that may be shown in a message (a kid or plan id: never an address or a token)
_SHOWABLE = re.compile(r"[A-Za-z0-9._-]{1,40}")
_MALFORMED = ("This is not an IAM Desktop licence ({}): paste the whole licence exactly as you received it, "
              "or open its activation link again.")


@dataclass(frozen=True)
class Licence:
    """A verified licence. Datetimes are aware (UTC); `token` is the JWT itself (a secret: never log or
    show it, nor `email`; both are left out of repr)."""

    licence_id: str
    plan_id: str
    email: str = field(repr=False)
    installation_id: str
    issued_at: datetime
    period_start: datetime
    period_end: datetime
    cloud_minutes: int
    features: frozenset[str]
    amount: int | None
    currency: str | None
    invoice_url: str | None
    key_id: str
    token: str = field(repr=False)

    def grace_end(self, grace: timedelta = GRACE) -> datetime:
        """When the licence stops working: its period end plus `grace`."""
        return self.period_end + grace


def format_day(moment: datetime) -> str:
    """A UTC moment as a day for messages: "3 January 2027"."""
    day = moment.astimezone(UTC)
    return f"{day.day} {day:%B %Y}"


def licence_from_text(text: str) -> str:
    """The token in a pasted licence or an `iam-desktop://activate?licence=…` link (all whitespace removed,
    as a mail client may wrap a long token); LicenceRefused("malformed") when `text` is neither."""
    if not isinstance(text, str) or len(text) > 4 * MAX_TOKEN_LENGTH:
        raise LicenceRefused("malformed", _MALFORMED.format("it is far too long"))
    compact = "".join(text.split())
    if compact.lower().startswith(f"{URL_SCHEME}:"):
        compact = _token_of_link(compact)
    if not compact:
        raise LicenceRefused("malformed", _MALFORMED.format("nothing was pasted"))
    if len(compact) > MAX_TOKEN_LENGTH or not _TOKEN.fullmatch(compact):
        raise LicenceRefused("malformed", _MALFORMED.format("it is not three dot-separated parts"))
    remember_secret(compact)
    return compact


def _token_of_link(link: str) -> str:
    parts = urlsplit(link)
    place = (parts.netloc or parts.path).strip("/").lower()
    values = parse_qs(parts.query).get("licence", [])
    if parts.scheme.lower() != URL_SCHEME or place != "activate" or len(values) != 1:
        raise LicenceRefused("malformed", _MALFORMED.format(
            "the link is not an activation link: it should read iam-desktop://activate?licence=…"))
    return "".join(values[0].split())


def verify_licence(token: str, *, installation_id: str, now: datetime | None = None,
                   grace: timedelta = GRACE) -> Licence:
    """The licence `token` stands for, if it is signed by a trusted key, issued for `installation_id` and a
    known plan, and `now` (default: the current time) is no later than its period end plus `grace`.
    Otherwise LicenceRefused with its reason (malformed, tampered, foreign_key, wrong_installation,
    unknown_plan, expired — checked in that order)."""
    licence = check_licence(token, installation_id=installation_id)
    moment = _aware(now)
    if moment > licence.grace_end(grace):
        raise LicenceRefused("expired", (
            f"This licence ended on {format_day(licence.period_end)} and its {grace.days} days of offline "
            f"grace on {format_day(licence.grace_end(grace))}: renew the subscription, then activate the new "
            "licence (or refresh it on the Subscription page)."))
    return licence


def check_licence(token: str, *, installation_id: str) -> Licence:
    """Everything `verify_licence` checks except the dates: how the app reads a stored licence that may
    have ended (to say which plan ended). LicenceRefused as there."""
    if not isinstance(token, str) or len(token) > MAX_TOKEN_LENGTH:
        raise LicenceRefused("malformed", _MALFORMED.format("it is far too long"))
    header, payload = _decode_parts(token)
    key_id = _check_signature(token, header)
    licence = _claims(payload, token=token, key_id=key_id)
    remember_secret(licence.email)
    if licence.installation_id != installation_id:
        raise LicenceRefused("wrong_installation", (
            "This licence was issued for another installation of IAM Desktop: activate the licence issued "
            "for this one (its installation ID is on the Subscription page), or ask the seller to move it."))
    try:
        load_catalogue().plan(licence.plan_id)
    except BillingError as exc:
        shown = f" ({licence.plan_id})" if _SHOWABLE.fullmatch(licence.plan_id) else ""
        raise LicenceRefused("unknown_plan", (
            f"This licence is for a plan this version of IAM Desktop does not know{shown}: update "
            "IAM Desktop, then activate the licence again.")) from exc
    return licence


def _aware(now: datetime | None) -> datetime:
    if now is None:
        return datetime.now(UTC)
    if now.tzinfo is None:
        raise ValueError("now must be an aware datetime")
    return now


def _decode_parts(token: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The header and payload objects of `token`; LicenceRefused("malformed") unless it is three parts of
    canonical base64url, the first two JSON objects."""
    parts = token.split(".")
    if len(parts) != 3 or not parts[0] or not parts[1]:
        raise LicenceRefused("malformed", _MALFORMED.format("it is not three dot-separated parts"))
    decoded: list[dict[str, Any]] = []
    for what, part in (("header", parts[0]), ("content", parts[1])):
        try:
            value = json.loads(keys.b64url_decode(part))
        except ValueError as exc:  # bad base64, bad UTF-8 (UnicodeDecodeError is a ValueError), bad JSON
            raise LicenceRefused("malformed", _MALFORMED.format(f"its {what} cannot be read")) from exc
        if not isinstance(value, dict):
            raise LicenceRefused("malformed", _MALFORMED.format(f"its {what} is not a JSON object"))
        decoded.append(value)
    try:
        if parts[2]:  # an empty signature is read, and refused as not matching
            keys.b64url_decode(parts[2])
    except ValueError as exc:
        raise LicenceRefused("malformed", _MALFORMED.format("its signature cannot be read")) from exc
    return decoded[0], decoded[1]


def _check_signature(token: str, header: dict[str, Any]) -> str:
    """The id of the trusted key that signed `token`; LicenceRefused otherwise: tampered (not EdDSA, or a
    known key's signature does not match), foreign_key (an unknown key id, or no key id and no trusted key
    verifies it)."""
    if header.get("alg") != ALGORITHM or header.get("typ", "JWT") != "JWT":
        raise LicenceRefused("tampered", (
            "This licence is not signed the way IAM Desktop licences are (its signature algorithm was "
            "changed): it has been edited or forged. Use the licence exactly as the seller sent it."))
    trusted = keys.trusted_keys()
    kid = header.get("kid")
    if kid is None:
        for candidate, public in trusted.items():
            if _signed_by(token, public):
                return candidate
        raise _foreign(None)
    if not isinstance(kid, str) or kid not in trusted:
        raise _foreign(kid)
    if not _signed_by(token, trusted[kid]):
        raise LicenceRefused("tampered", (
            "This licence's signature does not match its content: it was changed after it was issued. Use "
            "the licence exactly as the seller sent it, or ask for a new one."))
    return kid


def _signed_by(token: str, public: Ed25519PublicKey) -> bool:
    try:
        PyJWS().decode_complete(token, public, algorithms=[ALGORITHM])
    except InvalidSignatureError:
        return False
    except PyJWTError as exc:  # anything else PyJWT finds wrong with the token's form
        raise LicenceRefused("malformed", _MALFORMED.format("its signature cannot be read")) from exc
    return True


def _foreign(kid: object) -> LicenceRefused:
    shown = f" (key {kid})" if isinstance(kid, str) and _SHOWABLE.fullmatch(kid) else ""
    return LicenceRefused("foreign_key", (
        f"This licence is not signed by a key IAM Desktop trusts{shown}: it was not issued for this app, or "
        "this version is too old to know the seller's new key. Update IAM Desktop, or ask the seller."))


def _claims(payload: dict[str, Any], *, token: str, key_id: str) -> Licence:
    """The Licence of verified `payload`; LicenceRefused("malformed") naming the claim that is missing or
    of the wrong type."""
    if payload.get("iss") != ISSUER:
        raise _bad_claim("iss")
    limits = payload.get("limits")
    if not isinstance(limits, dict):
        raise _bad_claim("limits")
    features = limits.get("features")
    if not isinstance(features, list) or not all(isinstance(f, str) for f in features):
        raise _bad_claim("limits.features")
    cloud_minutes = _integer(limits, "cloud_minutes", where="limits.")
    period_start = _moment(payload, "period_start")
    period_end = _moment(payload, "period_end")
    if period_end <= period_start:
        raise LicenceRefused("malformed", _MALFORMED.format("its period ends before it starts"))
    amount = payload.get("amount")
    if amount is not None:
        amount = _integer(payload, "amount")
    return Licence(
        licence_id=_text(payload, "sub"), plan_id=_text(payload, "plan"), email=_text(payload, "email"),
        installation_id=_text(payload, "iid"), issued_at=_moment(payload, "iat"),
        period_start=period_start, period_end=period_end, cloud_minutes=cloud_minutes,
        features=frozenset(features), amount=amount,
        currency=_optional_text(payload, "currency"), invoice_url=_optional_text(payload, "invoice_url"),
        key_id=key_id, token=token,
    )


def _bad_claim(name: str) -> LicenceRefused:
    return LicenceRefused("malformed", _MALFORMED.format(f"its {name} claim is missing or not valid"))


def _text(claims: dict[str, Any], name: str) -> str:
    value = claims.get(name)
    if not isinstance(value, str) or not value.strip():
        raise _bad_claim(name)
    return value


def _optional_text(claims: dict[str, Any], name: str) -> str | None:
    value = claims.get(name)
    if value is None:
        return None
    return _text(claims, name)


def _integer(claims: dict[str, Any], name: str, *, where: str = "") -> int:
    value = claims.get(name)
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) \
            or value != int(value) or value < 0:
        raise _bad_claim(where + name)
    return int(value)


def _moment(claims: dict[str, Any], name: str) -> datetime:
    seconds = _integer(claims, name)
    try:
        return datetime.fromtimestamp(seconds, UTC)
    except (OverflowError, OSError, ValueError) as exc:
        raise _bad_claim(name) from exc
