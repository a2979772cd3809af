"""The public keys licences are verified against: `resources/billing/licence-keys.json`, shipped with the app.

The file holds `{"keys": [{"kid": "...", "ed25519": "<base64url of the raw 32-byte public key>"}]}`. Several
keys may be trusted at once (key rotation: a new key signs new licences while licences signed by the old
one stay valid until the old key is removed from the file). There is deliberately no override by
environment variable or setting: that would let anyone mint licences. Tests replace `trusted_keys` in
process (monkeypatch `iam_desktop.billing.keys.trusted_keys`).
"""

from __future__ import annotations

import base64
import binascii
import functools
import json
import re
from collections.abc import Mapping
from types import MappingProxyType

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from iam_desktop.billing.errors import BillingError
from iam_desktop.resource_files import resource_path

#: where the trusted public keys are, inside the app's resources
KEYS_FILE = ("billing", "licence-keys.json")
_B64URL = re.compile(r"[A-Za-z0-9_-]+")
_DAMAGED = "The app's licence keys file ({}) is damaged: {}. Reinstall IAM Desktop."


def b64url_decode(text: str) -> bytes:
    """The bytes of the unpadded base64url `text`; ValueError unless it is canonical base64url (only the
    URL-safe alphabet, no padding, no stray bits), so that one token has exactly one spelling."""
    if not isinstance(text, str) or not _B64URL.fullmatch(text) or len(text) % 4 == 1:
        raise ValueError("not base64url")
    try:
        data = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError) as exc:
        raise ValueError("not base64url") from exc
    if b64url_encode(data) != text:
        raise ValueError("not canonical base64url")
    return data


def b64url_encode(data: bytes) -> str:
    """`data` as unpadded base64url text (how JWTs and the keys file spell bytes)."""
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def parse_keys(text: str) -> dict[str, Ed25519PublicKey]:
    """The keys of a licence-keys.json text, by kid; ValueError saying what is wrong."""
    try:
        document = json.loads(text)
    except ValueError as exc:
        raise ValueError("it is not JSON") from exc
    entries = document.get("keys") if isinstance(document, dict) else None
    if not isinstance(entries, list) or not entries:
        raise ValueError('it has no "keys" list')
    found: dict[str, Ed25519PublicKey] = {}
    for number, entry in enumerate(entries, 1):
        kid = entry.get("kid") if isinstance(entry, dict) else None
        raw = entry.get("ed25519") if isinstance(entry, dict) else None
        if not isinstance(kid, str) or not kid.strip() or not isinstance(raw, str):
            raise ValueError(f'key {number} needs a "kid" and an "ed25519" text')
        if kid in found:
            raise ValueError(f"key id {kid!r} appears twice")
        try:
            public = b64url_decode(raw)
        except ValueError as exc:
            raise ValueError(f"key {kid!r} is not base64url") from exc
        if len(public) != 32:
            raise ValueError(f"key {kid!r} is {len(public)} bytes long, not 32")
        found[kid] = Ed25519PublicKey.from_public_bytes(public)
    return found


@functools.cache
def trusted_keys() -> Mapping[str, Ed25519PublicKey]:
    """The trusted public keys by key id (read once). BillingError when the shipped file is missing or
    damaged (no licence can then be verified; the app stays on the free plan)."""
    path = resource_path(*KEYS_FILE)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise BillingError(_DAMAGED.format(path, f"it cannot be read ({exc})")) from exc
    try:
        return MappingProxyType(parse_keys(text))
    except ValueError as exc:
        raise BillingError(_DAMAGED.format(path, exc)) from exc
