"""The backup's secrets: the storage's secret access key and the passphrase, in the OS keyring only.

Both may also come from the environment (IAM_S3_SECRET_ACCESS_KEY, IAM_BACKUP_PASSPHRASE), which then
wins and needs no keyring: scripts and headless machines use it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from iam_desktop.backup.errors import BackupNotConfigured
from iam_desktop.redaction import remember_secret
from iam_desktop.secrets import SecretStore, clean_key

#: keyring names
S3_SECRET = "s3_secret_access_key"
PASSPHRASE = "backup_passphrase"
#: environment variables that override the keyring
S3_SECRET_ENV = "IAM_S3_SECRET_ACCESS_KEY"
PASSPHRASE_ENV = "IAM_BACKUP_PASSPHRASE"
#: the shortest passphrase accepted for a new backup set
MIN_PASSPHRASE = 8


@dataclass(frozen=True, repr=False)
class Credentials:
    secret_access_key: str
    passphrase: str

    def __repr__(self) -> str:
        return "Credentials(…)"


def check_passphrase(passphrase: str) -> str:
    """`passphrase` when it is long enough for a new backup set; BackupNotConfigured otherwise."""
    remember_secret(passphrase)
    if len(passphrase) < MIN_PASSPHRASE:
        raise BackupNotConfigured(f"the passphrase is too short: use at least {MIN_PASSPHRASE} characters")
    return passphrase


def clean_secret_key(value: str) -> str:
    """The secret access key as entered, cleaned (InvalidSecret names no value)."""
    remember_secret(value)
    return clean_key(value, label="the secret access key")


def load_credentials(store: SecretStore | None = None) -> Credentials:
    """The secret access key and passphrase: from the environment, else from the keyring.
    BackupNotConfigured saying which is missing; SecretsUnavailable when the keyring cannot be read."""
    secret = os.environ.get(S3_SECRET_ENV, "")
    passphrase = os.environ.get(PASSPHRASE_ENV, "")
    remember_secret(secret)
    remember_secret(passphrase)
    if not secret or not passphrase:
        store = store or SecretStore()
        secret = secret or store.get(S3_SECRET) or ""
        passphrase = passphrase or store.get(PASSPHRASE) or ""
    if not secret:
        raise BackupNotConfigured("no secret access key is stored: set up the backup first "
                                  "(Settings → Backup, or iam-desktop backup configure)")
    if not passphrase:
        raise BackupNotConfigured("no backup passphrase is stored: set up the backup first "
                                  "(Settings → Backup, or iam-desktop backup configure)")
    return Credentials(clean_secret_key(secret), passphrase)


def save_credentials(credentials: Credentials, store: SecretStore | None = None) -> None:
    """Keep both secrets in the keyring."""
    store = store or SecretStore()
    store.set(S3_SECRET, credentials.secret_access_key)
    store.set(PASSPHRASE, credentials.passphrase)


def forget_credentials(store: SecretStore | None = None) -> None:
    """Remove both secrets from the keyring (when the backup is switched off)."""
    store = store or SecretStore()
    store.delete(S3_SECRET)
    store.delete(PASSPHRASE)
