"""An open backup set: the client, the bucket, the layout and the unlocked keys, plus the small
encrypted objects (manifests) and listings every backup, restore and verify uses."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from iam_desktop.backup import crypto
from iam_desktop.backup.client import make_client, storage_errors
from iam_desktop.backup.credentials import Credentials, load_credentials
from iam_desktop.backup.errors import BackupNotConfigured, DamagedObject, MissingObject
from iam_desktop.backup.layout import Layout
from iam_desktop.backup.target import BackupTarget, check_target
from iam_desktop.secrets import SecretStore
from iam_desktop.settings import Settings


def target_from_settings(settings: Settings) -> BackupTarget:
    """The target the settings describe; BackupNotConfigured when there is none or it is incomplete."""
    if not settings.backup_provider:
        raise BackupNotConfigured(
            "no backup is set up: choose the storage in Settings → Backup (or iam-desktop backup configure)"
        )
    return check_target(BackupTarget(
        provider=settings.backup_provider, bucket=settings.backup_bucket.strip(),
        access_key_id=settings.backup_access_id.strip(), prefix=settings.backup_prefix,
        region=settings.backup_region or None, endpoint=settings.backup_endpoint or None,
    ))  # fmt: skip


@dataclass(frozen=True)
class BackupSession:
    """What every backup operation needs. `client` is a boto3 S3 client (thread-safe)."""

    target: BackupTarget
    client: Any
    keys: crypto.KeySet
    layout: Layout

    @property
    def bucket(self) -> str:
        return self.target.bucket

    def put_small(self, key: str, name: str, plaintext: bytes) -> None:
        """Encrypt and upload a small object whole (a manifest)."""
        blob = crypto.encrypt_bytes(self.keys, name, plaintext)
        with storage_errors(self.target):
            self.client.put_object(Bucket=self.bucket, Key=key, Body=blob)

    def get_small(self, key: str, name: str, what: str) -> bytes:
        """Download and decrypt a small object; MissingObject / DamagedObject naming `what`."""
        with storage_errors(self.target, missing=f"{what} is missing from the bucket"):
            blob = self.client.get_object(Bucket=self.bucket, Key=key)["Body"].read()
        try:
            return crypto.decrypt_bytes(self.keys, name, blob)
        except DamagedObject:
            raise DamagedObject(f"{what} in the bucket was altered or damaged") from None

    def list_objects(self, prefix: str) -> Iterator[tuple[str, int]]:
        """(key, size) of every object under `prefix`, page by page."""
        with storage_errors(self.target):
            pages = self.client.get_paginator("list_objects_v2").paginate(Bucket=self.bucket, Prefix=prefix)
            for page in pages:
                for item in page.get("Contents", []):
                    yield item["Key"], int(item["Size"])


def read_key_file(client: Any, target: BackupTarget, layout: Layout) -> dict[str, Any] | None:
    """The backup set's key file, or None when the bucket holds none yet under the prefix."""
    try:
        with storage_errors(target, missing="no key file"):
            body = client.get_object(Bucket=target.bucket, Key=layout.keys)["Body"].read()
    except MissingObject:
        return None
    try:
        document = json.loads(body)
    except ValueError:
        raise DamagedObject("the backup's key file is damaged (not JSON)") from None
    if not isinstance(document, dict):
        raise DamagedObject("the backup's key file is damaged")
    return document


def write_key_file(client: Any, target: BackupTarget, layout: Layout, keys: crypto.KeySet,
                   passphrase: str) -> None:  # fmt: skip
    """Store `keys` wrapped by `passphrase` (replacing any key file: a passphrase change)."""
    body = json.dumps(crypto.wrap_keys(keys, passphrase), indent=1).encode()
    with storage_errors(target):
        client.put_object(Bucket=target.bucket, Key=layout.keys, Body=body, ContentType="application/json")


def open_session(target: BackupTarget, credentials: Credentials, *, create: bool = False,
                 client: Any = None) -> BackupSession:  # fmt: skip
    """Connect and unlock the backup set at `target`. With `create`, a bucket without a key file gets a
    new backup set; without, that is BackupNotConfigured. WrongPassphrase, ConnectionProblem and
    DamagedObject say what is wrong; nothing is written unless a new set is created."""
    client = client or make_client(target, credentials.secret_access_key)
    layout = Layout(target.prefix)
    document = read_key_file(client, target, layout)
    if document is None:
        if not create:
            raise BackupNotConfigured(
                f"there is no backup in {target.describe()} under {layout.keys.rsplit('/', 1)[0] or '/'}; "
                "run a backup first (or check the bucket and prefix)"
            )
        keys = crypto.new_keyset()
        write_key_file(client, target, layout, keys, credentials.passphrase)
    else:
        keys = crypto.unwrap_keys(document, credentials.passphrase)
    return BackupSession(target=target, client=client, keys=keys, layout=layout)


def session_from_settings(settings: Settings, store: SecretStore | None = None, *,
                          create: bool = False) -> BackupSession:  # fmt: skip
    """open_session with the target from the settings and the secrets from the environment/keyring."""
    return open_session(target_from_settings(settings), load_credentials(store), create=create)


def change_passphrase(session: BackupSession, new_passphrase: str) -> None:
    """Re-wrap the master key with `new_passphrase`: one small object is rewritten, nothing else."""
    write_key_file(session.client, session.target, session.layout, session.keys, new_passphrase)
