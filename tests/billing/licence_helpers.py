"""Test licence keys and licences: real Ed25519 key pairs made by the vendor tool's own functions, trusted
in process by replacing `iam_desktop.billing.keys.trusted_keys` (the app has no other way to add a key)."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from iam_desktop.billing import keys
from iam_desktop.billing.installation import installation_id
from iam_desktop.billing.issue import make_key_pair, sign_licence
from iam_desktop.billing.licence_store import EMAIL_SECRET, LICENCE_SECRET, LicenceStore
from iam_desktop.paths import data_paths
from iam_desktop.secrets import SecretStore

#: a fixed "now" for tests: the default licence runs from a month before to a month after it
NOW = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)
EMAIL = "ada.lovelace@example.org"
INSTALLATION = "0b7d6c1e-4a5f-4c3e-9a1b-2c3d4e5f6a7b"


@dataclass(frozen=True)
class TestKey:
    """A key pair for signing test licences."""

    __test__ = False  # not a test class, despite its name

    kid: str
    private_pem: bytes
    public_b64: str

    @property
    def public(self) -> Ed25519PublicKey:
        return Ed25519PublicKey.from_public_bytes(keys.b64url_decode(self.public_b64))

    def private(self) -> Any:
        return serialization.load_pem_private_key(self.private_pem, password=None)

    def sign(self, *, plan_id: str = "pro", email: str = EMAIL, installation_id: str = INSTALLATION,
             period_start: datetime | None = None, period_end: datetime | None = None, **extra: Any) -> str:
        """A licence signed by this key through issue.sign_licence (defaults: pro, NOW ± 30 days)."""
        return sign_licence(
            self.private_pem, self.kid, plan_id=plan_id, email=email, installation_id=installation_id,
            period_start=period_start or NOW - timedelta(days=30),
            period_end=period_end or NOW + timedelta(days=30), **extra,
        )

    def sign_claims(self, claims: Mapping[str, Any], *, headers: Mapping[str, Any] | None = None) -> str:
        """Any claims, signed by this key with PyJWT directly (for licences the tool would never make)."""
        chosen = {"kid": self.kid} if headers is None else dict(headers)
        return jwt.encode(dict(claims), self.private(), algorithm="EdDSA", headers=chosen)


def make_key(kid: str) -> TestKey:
    pem, public = make_key_pair()
    return TestKey(kid, pem, public)


def trust(monkeypatch: pytest.MonkeyPatch, *test_keys: TestKey) -> None:
    """Make exactly `test_keys` the trusted keys of this test."""
    trusted = {key.kid: key.public for key in test_keys}
    monkeypatch.setattr(keys, "trusted_keys", lambda: trusted)


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def parts(token: str) -> tuple[dict[str, Any], dict[str, Any], str]:
    """The header and claims of `token` (decoded without any check) and its signature part."""
    head, body, signature = token.split(".")
    return (json.loads(base64.urlsafe_b64decode(head + "==")),
            json.loads(base64.urlsafe_b64decode(body + "==")), signature)


def reencode(token: str, *, header: Mapping[str, Any] | None = None, claims: Mapping[str, Any] | None = None,
             signature: str | None = None) -> str:
    """`token` with its header and/or claims replaced and re-encoded, keeping the old signature unless
    another is given: what someone editing a licence by hand produces."""
    old_header, old_claims, old_signature = parts(token)
    head = b64(json.dumps(dict(header if header is not None else old_header)).encode())
    body = b64(json.dumps(dict(claims if claims is not None else old_claims)).encode())
    return f"{head}.{body}.{old_signature if signature is None else signature}"


def current_licence(
    key: TestKey, plan_id: str = "pro", *, installation: str | None = None, **extra: Any
) -> str:
    """A licence signed by `key` that is in force now (from a few days ago to four weeks ahead), for this
    test's data folder (or `installation`)."""
    now = datetime.now(UTC)
    return key.sign(plan_id=plan_id, installation_id=installation or installation_id(data_paths().ensure()),
                    period_start=now - timedelta(days=2), period_end=now + timedelta(days=28), **extra)


@contextmanager
def clean_licence_store() -> Iterator[LicenceStore]:
    """A LicenceStore on the real (private) keyring, without a licence or billing e-mail before and after
    (skips without the private Secret Service of scripts/run-tests.sh)."""
    from keyring_fakes import require_secret_service

    require_secret_service()
    secrets = SecretStore()
    for name in (LICENCE_SECRET, EMAIL_SECRET):
        secrets.delete(name)
    try:
        yield LicenceStore(secrets)
    finally:
        for name in (LICENCE_SECRET, EMAIL_SECRET):
            secrets.delete(name)
