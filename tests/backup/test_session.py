"""Opening a backup set on a real S3-compatible server: creating it, unlocking it, and plain errors."""

from __future__ import annotations

import dataclasses
import json

import pytest

from iam_desktop.backup.credentials import Credentials
from iam_desktop.backup.errors import BackupNotConfigured, ConnectionProblem, WrongPassphrase
from iam_desktop.backup.session import (
    change_passphrase,
    open_session,
    session_from_settings,
    target_from_settings,
)


def test_a_new_set_is_created_once_and_unlocked_after(backup_settings, s3_server, bucket, credentials):
    target = target_from_settings(backup_settings)
    with pytest.raises(BackupNotConfigured, match="there is no backup"):
        open_session(target, credentials)
    created = open_session(target, credentials, create=True)
    stored = s3_server.objects(bucket)
    assert list(stored) == ["iam/keys"]
    document = json.loads(stored["iam/keys"].read_bytes())
    assert created.keys.master.hex() not in stored["iam/keys"].read_text()
    assert document["kdf"]["name"] == "scrypt"
    again = session_from_settings(backup_settings)
    assert again.keys.master == created.keys.master


def test_a_wrong_passphrase_and_a_new_one(backup_settings, credentials):
    target = target_from_settings(backup_settings)
    session = open_session(target, credentials, create=True)
    with pytest.raises(WrongPassphrase):
        open_session(target, Credentials(credentials.secret_access_key, "not the passphrase"))
    change_passphrase(session, "a brand new passphrase")
    with pytest.raises(WrongPassphrase):
        open_session(target, credentials)
    reopened = open_session(target, Credentials(credentials.secret_access_key, "a brand new passphrase"))
    assert reopened.keys.master == session.keys.master


def test_a_wrong_secret_key_is_named_plainly(backup_settings, credentials):
    target = target_from_settings(backup_settings)
    with pytest.raises(ConnectionProblem, match="refused the access key") as caught:
        open_session(target, Credentials("wrong-secret-0123456789", credentials.passphrase), create=True)
    assert "wrong-secret-0123456789" not in str(caught.value)


def test_an_unreachable_server_is_named_plainly(backup_settings, credentials):
    target = dataclasses.replace(target_from_settings(backup_settings), endpoint="http://127.0.0.1:9")
    from iam_desktop.backup.client import make_client

    client = make_client(target, credentials.secret_access_key, max_attempts=1, connect_timeout=2)
    with pytest.raises(ConnectionProblem, match="cannot reach http://127.0.0.1:9"):
        open_session(target, credentials, client=client)


def test_a_missing_bucket_is_named_plainly(backup_settings, credentials):
    target = dataclasses.replace(target_from_settings(backup_settings), bucket="no-such-bucket")
    with pytest.raises(ConnectionProblem, match="no bucket called 'no-such-bucket'"):
        open_session(target, credentials, create=True)
