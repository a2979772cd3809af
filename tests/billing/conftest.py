"""Fixtures of the billing tests: trusted test keys (the shipped key is never used to sign anything here)
and the licence store on the private keyring."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from keyring_fakes import require_secret_service
from licence_helpers import TestKey, make_key, trust

from iam_desktop.billing.licence_store import EMAIL_SECRET, LICENCE_SECRET, LicenceStore
from iam_desktop.paths import DataPaths, data_paths
from iam_desktop.secrets import SecretStore


@pytest.fixture(scope="session")
def _session_keys() -> tuple[TestKey, TestKey]:
    return make_key("test-2026-1"), make_key("test-2027-1")


@pytest.fixture
def test_key(_session_keys: tuple[TestKey, TestKey], monkeypatch: pytest.MonkeyPatch) -> TestKey:
    """A key pair that this test trusts (it alone)."""
    trust(monkeypatch, _session_keys[0])
    return _session_keys[0]


@pytest.fixture
def second_key(_session_keys: tuple[TestKey, TestKey]) -> TestKey:
    """Another key pair, not trusted unless a test says so (rotation)."""
    return _session_keys[1]


@pytest.fixture
def paths() -> DataPaths:
    """The test's own data folder."""
    return data_paths()


@pytest.fixture
def licence_store() -> Iterator[LicenceStore]:
    """A LicenceStore on the real (private) keyring, without a licence or billing e-mail before and after."""
    require_secret_service()
    secrets = SecretStore()
    for name in (LICENCE_SECRET, EMAIL_SECRET):
        secrets.delete(name)
    yield LicenceStore(secrets)
    for name in (LICENCE_SECRET, EMAIL_SECRET):
        secrets.delete(name)
