"""Setting the backup up, changing its passphrase and switching it off: the only writers of the backup's
settings and secrets.

`configure` keeps a target only once it works: the connection is tested and the backup set is created
(empty bucket) or unlocked (existing set: the passphrase must open it) before anything is saved, so a
typo never leaves half a configuration behind. The one thing that may already exist in the bucket when a
later step fails is a new, empty backup set's key file (configuring again with the same passphrase opens
it).
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable

from iam_desktop.backup.client import make_client
from iam_desktop.backup.connection import test_connection
from iam_desktop.backup.credentials import (
    PASSPHRASE,
    PASSPHRASE_ENV,
    S3_SECRET,
    S3_SECRET_ENV,
    Credentials,
    check_passphrase,
    clean_secret_key,
    forget_credentials,
    save_credentials,
)
from iam_desktop.backup.errors import BackupNotConfigured
from iam_desktop.backup.session import change_passphrase, open_session, session_from_settings
from iam_desktop.backup.state import BackupState, save_state
from iam_desktop.backup.target import BackupTarget, check_target, normalize_prefix
from iam_desktop.errors import SecretsUnavailable
from iam_desktop.paths import DataPaths
from iam_desktop.secrets import InvalidSecret, SecretStore
from iam_desktop.settings import Settings, load_settings, save_settings


def configure(paths: DataPaths, settings: Settings, target: BackupTarget, credentials: Credentials,
              store: SecretStore | None = None, *, report: Callable[[str], None] | None = None) -> Settings:
    """Check `target` and the passphrase, test the connection, create or unlock the backup set, then save
    the target in the settings (the other options as `settings` has them) and both secrets in the keyring.
    Returns the saved settings. Raises BackupNotConfigured (incomplete target, short passphrase),
    ConnectionProblem, WrongPassphrase, DamagedObject or SecretsUnavailable; nothing is saved then. A
    keyring that cannot be used is no obstacle when the environment holds both secrets (as given): only
    the settings are saved then, and the variables must stay set.
    `report` is told each step done, in plain words (the checks passed, then whether the backup set was
    created or unlocked)."""
    say = report or (lambda _step: None)
    target = _cleaned(target)
    try:
        secret = clean_secret_key(credentials.secret_access_key)
    except InvalidSecret as exc:
        raise BackupNotConfigured(str(exc)) from None
    passphrase = check_passphrase(credentials.passphrase)
    credentials = Credentials(secret, passphrase)
    store = store or SecretStore()
    try:
        previous: dict[str, str | None] | None = {name: store.get(name) for name in (S3_SECRET, PASSPHRASE)}
    except SecretsUnavailable:  # stop here, unless the environment holds both (a headless machine)
        from_environment = (os.environ.get(S3_SECRET_ENV, "").strip(), os.environ.get(PASSPHRASE_ENV))
        if from_environment != (secret, passphrase):
            raise
        previous = None
    before = _place(load_settings(paths))
    for check in test_connection(target, secret):
        say(check)
    client = make_client(target, secret)
    try:
        open_session(target, credentials, client=client)
        say("unlocked the backup set already there")
    except BackupNotConfigured:  # (the target was checked: no key file under the prefix yet)
        open_session(target, credentials, create=True, client=client)
        say("created a new backup set")
    saved = dataclasses.replace(
        settings, backup_provider=target.provider, backup_bucket=target.bucket, backup_prefix=target.prefix,
        backup_region=target.region, backup_endpoint=target.endpoint, backup_access_id=target.access_key_id,
    )  # fmt: skip
    try:
        if previous is not None:
            save_credentials(credentials, store)
        save_settings(paths, saved)
    except BaseException:
        if previous is not None:
            _put_back(store, previous)
        raise
    if previous is None:
        say(f"the OS keyring cannot be used: the secrets stay in {S3_SECRET_ENV} and {PASSPHRASE_ENV} only")
    if _place(saved) != before:
        save_state(paths, BackupState())  # the last backup and error were another bucket's
    return saved


def change_backup_passphrase(settings: Settings, new_passphrase: str,
                             store: SecretStore | None = None) -> bool:  # fmt: skip
    """Re-wrap the backup set's key with `new_passphrase` (opened with the current one, from the
    environment or the keyring) and keep the new one in the keyring. Returns False when the keyring could
    not be used but the current passphrase came from IAM_BACKUP_PASSPHRASE (that variable must then be
    changed); True otherwise. BackupNotConfigured, WrongPassphrase, ConnectionProblem, SecretsUnavailable
    say what is wrong; the old passphrase then still opens the set."""
    new_passphrase = check_passphrase(new_passphrase)
    store = store or SecretStore()
    session = session_from_settings(settings, store)
    try:
        previous: dict[str, str | None] | None = {PASSPHRASE: store.get(PASSPHRASE)}
        store.set(PASSPHRASE, new_passphrase)
    except SecretsUnavailable:
        if not os.environ.get(PASSPHRASE_ENV):
            raise
        previous = None
    try:
        change_passphrase(session, new_passphrase)
    except BaseException:
        if previous is not None:
            _put_back(store, previous)
        raise
    return previous is not None


def disable_backup(paths: DataPaths, settings: Settings, store: SecretStore | None = None) -> Settings:
    """Switch backups off: no storage in the settings, both secrets removed from the keyring. The bucket
    and its backups are left as they are (configuring the same target again with the passphrase opens
    them). A keyring that cannot be used is ignored only when the environment holds both secrets."""
    try:
        forget_credentials(store)
    except SecretsUnavailable:
        if not (os.environ.get(S3_SECRET_ENV) and os.environ.get(PASSPHRASE_ENV)):
            raise
    saved = dataclasses.replace(settings, backup_provider=None)
    save_settings(paths, saved)
    return saved


def _cleaned(target: BackupTarget) -> BackupTarget:
    """`target` with the surrounding spaces a form or a paste leaves removed, checked."""
    return check_target(dataclasses.replace(
        target, bucket=target.bucket.strip(), access_key_id=target.access_key_id.strip(),
        prefix=normalize_prefix(target.prefix), region=(target.region or "").strip() or None,
        endpoint=(target.endpoint or "").strip().rstrip("/") or None,
    ))  # fmt: skip


def _place(settings: Settings) -> tuple[object, ...]:
    """What identifies where backups go (a change makes the recorded state another bucket's)."""
    return (settings.backup_provider, settings.backup_endpoint, settings.backup_region,
            settings.backup_bucket, normalize_prefix(settings.backup_prefix))  # fmt: skip


def _put_back(store: SecretStore, previous: dict[str, str | None]) -> None:
    """Restore the keyring entries `previous` had (best effort: the first failure is the one reported)."""
    for name, value in previous.items():
        try:
            if value is None:
                store.delete(name)
            else:
                store.set(name, value)
        except Exception:  # the error that made us undo is the one the caller re-raises
            pass
