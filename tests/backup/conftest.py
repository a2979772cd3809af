"""Fixtures of the backup tests: one real S3-compatible server per test session (a new bucket per test),
settings pointing at it, and the secrets in the environment (no keyring needed unless a test asks)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring_fakes import require_secret_service
from s3_helpers import S3Server, start_server

from iam_desktop.backup.credentials import PASSPHRASE as PASSPHRASE_NAME
from iam_desktop.backup.credentials import PASSPHRASE_ENV, S3_SECRET, S3_SECRET_ENV, Credentials
from iam_desktop.cli.backup_command import NEW_PASSPHRASE_ENV
from iam_desktop.paths import data_paths
from iam_desktop.secrets import SecretStore
from iam_desktop.settings import load_settings, save_settings

PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True)
def quick_key_derivation(monkeypatch: pytest.MonkeyPatch) -> None:
    """Key files made in this process use scrypt with N=2^12 (the cost is stored in each key file and read
    back from it, so every code path is the same; only the time differs: ~0.01 s instead of ~0.2 s per
    unlock). test_crypto checks the real default; the CLI's child processes use it too."""
    from iam_desktop.backup import crypto

    monkeypatch.setattr(crypto, "SCRYPT_N", 1 << 12)


@pytest.fixture(scope="session")
def s3_server(tmp_path_factory: pytest.TempPathFactory):
    server = start_server(tmp_path_factory.mktemp("s3"))
    yield server
    server.stop()


@pytest.fixture
def bucket(s3_server: S3Server) -> str:
    return s3_server.new_bucket()


@pytest.fixture
def backup_settings(s3_server: S3Server, bucket: str, data_dir: Path, monkeypatch: pytest.MonkeyPatch):
    """Settings of the test's data folder pointing at its bucket (saved), with the secret key and the
    passphrase in the environment."""
    paths = data_paths().ensure()
    settings = dataclasses.replace(
        load_settings(paths), backup_provider="custom", backup_endpoint=s3_server.endpoint,
        backup_bucket=bucket, backup_access_id=s3_server.key_id, backup_prefix="iam",
    )  # fmt: skip
    save_settings(paths, settings)
    monkeypatch.setenv(S3_SECRET_ENV, s3_server.secret)
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    return settings


@pytest.fixture
def store(monkeypatch: pytest.MonkeyPatch) -> Iterator[SecretStore]:
    """The real (private) keyring without backup secrets before and after; none in the environment."""
    require_secret_service()
    for name in (S3_SECRET_ENV, PASSPHRASE_ENV, NEW_PASSPHRASE_ENV):
        monkeypatch.delenv(name, raising=False)
    secrets = SecretStore()
    for name in (S3_SECRET, PASSPHRASE_NAME):
        secrets.delete(name)
    yield secrets
    for name in (S3_SECRET, PASSPHRASE_NAME):
        secrets.delete(name)


@pytest.fixture
def credentials(s3_server: S3Server) -> Credentials:
    return Credentials(s3_server.secret, PASSPHRASE)
