"""Fixtures of the billing tests: trusted test keys (the shipped key is never used to sign anything here)
and the licence store on the private keyring."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from licence_helpers import TestKey, clean_licence_store, make_key, trust

from iam_desktop.billing.licence_store import LicenceStore
from iam_desktop.paths import DataPaths, data_paths


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
    with clean_licence_store() as store:
        yield store
