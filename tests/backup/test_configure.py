"""Setting the backup up against a real S3-compatible server and the real OS keyring (the private Secret
Service of scripts/run-tests.sh): it is kept only once the storage works and the backup set opens, and a
failure at any step saves nothing."""

from __future__ import annotations

import contextlib
import dataclasses
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.errors import KeyringError
from keyring_fakes import RaisingKeyring

from iam_desktop.backup.configure import change_backup_passphrase, configure, disable_backup
from iam_desktop.backup.credentials import (
    PASSPHRASE,
    PASSPHRASE_ENV,
    S3_SECRET,
    S3_SECRET_ENV,
    Credentials,
    load_credentials,
)
from iam_desktop.backup.errors import BackupNotConfigured, ConnectionProblem, WrongPassphrase
from iam_desktop.backup.session import open_session, session_from_settings
from iam_desktop.backup.state import BackupState, load_state, save_state
from iam_desktop.backup.target import BackupTarget
from iam_desktop.errors import SecretsUnavailable, StorageError
from iam_desktop.paths import DataPaths, data_paths
from iam_desktop.secrets import ALLOW_PLAINTEXT_ENV, SecretStore
from iam_desktop.settings import load_settings, settings_file

PASSPHRASE_TEXT = "correct horse battery staple"


@pytest.fixture
def paths() -> DataPaths:
    return data_paths()


@pytest.fixture
def target(s3_server, bucket) -> BackupTarget:
    return BackupTarget("custom", bucket, s3_server.key_id, prefix="iam", endpoint=s3_server.endpoint)


def keyring_of(store: SecretStore) -> tuple[str | None, str | None]:
    return store.get(S3_SECRET), store.get(PASSPHRASE)


def test_a_new_bucket_gets_a_backup_set_and_everything_is_kept(s3_server, bucket, paths, store, target):
    save_state(paths, BackupState(last_success="2026-01-01T00:00:00+00:00", last_snapshot="old"))
    steps: list[str] = []
    spaced = dataclasses.replace(target, bucket=f" {bucket} ", prefix="/iam/", endpoint=f"{target.endpoint}/")
    entered = Credentials(f" {s3_server.secret}\n", PASSPHRASE_TEXT)
    saved = configure(paths, load_settings(paths), spaced, entered, store, report=steps.append)
    assert steps[-2:] == ["can write, read back and delete", "created a new backup set"]
    assert steps[0] == f"reached {s3_server.endpoint}"
    kept = (saved.backup_provider, saved.backup_bucket, saved.backup_prefix, saved.backup_endpoint,
            saved.backup_access_id)  # fmt: skip
    assert kept == ("custom", bucket, "iam", s3_server.endpoint, s3_server.key_id)
    assert load_settings(paths) == saved
    assert keyring_of(store) == (s3_server.secret, PASSPHRASE_TEXT)
    text = settings_file(paths).read_text()
    assert s3_server.secret not in text and PASSPHRASE_TEXT not in text
    assert list(s3_server.objects(bucket)) == ["iam/keys"]
    assert load_state(paths) == BackupState()  # the old state was another bucket's
    session_from_settings(saved, store)  # what every later backup does: it opens


def test_an_existing_set_is_unlocked_by_its_passphrase(s3_server, paths, store, target, tmp_path: Path):
    credentials = Credentials(s3_server.secret, PASSPHRASE_TEXT)
    first = open_session(target, credentials, create=True)
    save_state(paths, BackupState(last_success="2026-01-01T00:00:00+00:00"))
    configure(paths, load_settings(paths), target, credentials, store)
    steps: list[str] = []
    configure(paths, load_settings(paths), target, credentials, store, report=steps.append)  # the same place
    assert steps[-1] == "unlocked the backup set already there"
    assert load_state(paths).last_success is None  # reset once, when the place changed
    assert session_from_settings(load_settings(paths), store).keys.master == first.keys.master


def test_a_wrong_passphrase_saves_nothing(s3_server, bucket, paths, store, target):
    open_session(target, Credentials(s3_server.secret, PASSPHRASE_TEXT), create=True)
    store.set(S3_SECRET, "kept-secret-0123456789")
    before = settings_file(paths).read_bytes() if settings_file(paths).exists() else None
    with pytest.raises(WrongPassphrase):
        wrong = Credentials(s3_server.secret, "not the passphrase")
        configure(paths, load_settings(paths), target, wrong, store)
    assert keyring_of(store) == ("kept-secret-0123456789", None)
    assert (settings_file(paths).read_bytes() if settings_file(paths).exists() else None) == before
    assert load_settings(paths).backup_provider is None


@pytest.mark.parametrize("problem", ["wrong secret", "missing bucket", "short passphrase", "bad endpoint"])
def test_a_failing_step_saves_nothing_and_writes_nothing(problem, s3_server, bucket, paths, store, target):
    credentials = Credentials(s3_server.secret, PASSPHRASE_TEXT)
    expected: tuple[type[Exception], str] = {
        "wrong secret": (ConnectionProblem, "refused the access key"),
        "missing bucket": (ConnectionProblem, "no bucket called 'no-such-bucket'"),
        "short passphrase": (BackupNotConfigured, "passphrase is too short"),
        "bad endpoint": (BackupNotConfigured, "must start with https:// or http://"),
    }[problem]
    if problem == "wrong secret":
        credentials = Credentials("Wrong-Secret-0123456789", PASSPHRASE_TEXT)
    elif problem == "missing bucket":
        target = dataclasses.replace(target, bucket="no-such-bucket")
    elif problem == "short passphrase":
        credentials = Credentials(s3_server.secret, "short")
    else:
        target = dataclasses.replace(target, endpoint="127.0.0.1:9000")
    with pytest.raises(expected[0], match=expected[1]):
        configure(paths, load_settings(paths), target, credentials, store)
    assert keyring_of(store) == (None, None)
    assert not settings_file(paths).exists()
    assert s3_server.objects(bucket) == {}


def broken_keyring(monkeypatch: pytest.MonkeyPatch) -> SecretStore:
    monkeypatch.setenv(ALLOW_PLAINTEXT_ENV, "1")
    return SecretStore(RaisingKeyring(KeyringError("D-Bus went away")))


def test_a_broken_keyring_stops_before_the_bucket_is_touched(s3_server, bucket, paths, target, monkeypatch):
    monkeypatch.delenv(S3_SECRET_ENV, raising=False)
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE_TEXT)  # one secret in the environment is not enough
    with pytest.raises(SecretsUnavailable, match="D-Bus went away"):
        configure(paths, load_settings(paths), target, Credentials(s3_server.secret, PASSPHRASE_TEXT),
                  broken_keyring(monkeypatch))  # fmt: skip
    assert not settings_file(paths).exists()
    assert s3_server.objects(bucket) == {}


def test_without_a_keyring_the_environment_holds_the_secrets(s3_server, bucket, paths, target, monkeypatch):
    """A headless machine: both secrets in the environment, no keyring; the settings alone are saved."""
    monkeypatch.setenv(S3_SECRET_ENV, s3_server.secret)
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE_TEXT)
    steps: list[str] = []
    store = broken_keyring(monkeypatch)
    saved = configure(paths, load_settings(paths), target, Credentials(s3_server.secret, PASSPHRASE_TEXT),
                      store, report=steps.append)  # fmt: skip
    assert steps[-1] == ("the OS keyring cannot be used: the secrets stay in IAM_S3_SECRET_ACCESS_KEY and "
                         "IAM_BACKUP_PASSPHRASE only")  # fmt: skip
    assert load_settings(paths) == saved and saved.backup_bucket == bucket
    session_from_settings(saved, store)  # opens with the environment's secrets


@contextlib.contextmanager
def unwritable(folder: Path) -> Iterator[None]:
    """`folder` where no file can be created or replaced (immutable for root, read-only otherwise)."""
    if os.geteuid() != 0:
        folder.chmod(0o500)
        try:
            yield
        finally:
            folder.chmod(0o700)
        return
    if subprocess.run(["chattr", "+i", str(folder)], capture_output=True, check=False).returncode != 0:
        pytest.skip("cannot make a folder unwritable for root here (chattr +i)")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=True)


def test_settings_that_cannot_be_saved_put_the_keyring_back(s3_server, paths, store, target):
    store.set(PASSPHRASE, "the previous passphrase")
    with unwritable(paths.root), pytest.raises(StorageError, match="could not save the settings"):
        configure(paths, load_settings(paths), target, Credentials(s3_server.secret, PASSPHRASE_TEXT), store)
    assert keyring_of(store) == (None, "the previous passphrase")


def test_changing_the_passphrase_rewraps_the_key_and_updates_the_keyring(s3_server, paths, store, target):
    settings = configure(paths, load_settings(paths), target, Credentials(s3_server.secret, PASSPHRASE_TEXT),
                         store)  # fmt: skip
    master = session_from_settings(settings, store).keys.master
    with pytest.raises(BackupNotConfigured, match="too short"):
        change_backup_passphrase(settings, "short", store)
    assert change_backup_passphrase(settings, "a brand new passphrase", store) is True
    assert store.get(PASSPHRASE) == "a brand new passphrase"
    assert session_from_settings(settings, store).keys.master == master
    with pytest.raises(WrongPassphrase):
        open_session(target, Credentials(s3_server.secret, PASSPHRASE_TEXT))


def test_a_wrong_current_passphrase_changes_nothing(s3_server, paths, store, target):
    settings = configure(paths, load_settings(paths), target, Credentials(s3_server.secret, PASSPHRASE_TEXT),
                         store)  # fmt: skip
    store.set(PASSPHRASE, "somebody else's passphrase")
    with pytest.raises(WrongPassphrase):
        change_backup_passphrase(settings, "a brand new passphrase", store)
    assert store.get(PASSPHRASE) == "somebody else's passphrase"
    open_session(target, Credentials(s3_server.secret, PASSPHRASE_TEXT))  # still opens with the old one


def test_disabling_forgets_the_secrets_and_leaves_the_bucket(s3_server, bucket, paths, store, target):
    settings = configure(paths, load_settings(paths), target, Credentials(s3_server.secret, PASSPHRASE_TEXT),
                         store)  # fmt: skip
    off = disable_backup(paths, settings, store)
    assert off.backup_provider is None and load_settings(paths) == off
    assert off.backup_bucket == bucket  # the form keeps what was there, for setting it up again
    assert keyring_of(store) == (None, None)
    assert list(s3_server.objects(bucket)) == ["iam/keys"]
    with pytest.raises(BackupNotConfigured):
        load_credentials(store)
