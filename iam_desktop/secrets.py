"""The only place secrets (API keys, later storage credentials and the licence) are read and written.

Secrets live in the OS keyring under the service "IAM Desktop": the Secret Service (gnome-keyring,
KWallet) on Linux, the Keychain on macOS, the Credential Manager on Windows. Backends that may keep them
unencrypted (keyrings.alt's files, anything unknown) are refused unless the user opts in with
IAM_ALLOW_PLAINTEXT_KEYRING=1; a keyring that cannot store anything is always refused. Secret values are
never logged, printed or written anywhere else. `keyring` is imported only when a secret is first used.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Iterator
from typing import TYPE_CHECKING

from iam_desktop.errors import SecretsUnavailable

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

log = logging.getLogger(__name__)

#: the keyring service every secret of the app is stored under (the secret's name is the "username")
SERVICE = "IAM Desktop"
#: set to 1 to let the app use a keyring backend that may store secrets unencrypted
ALLOW_PLAINTEXT_ENV = "IAM_ALLOW_PLAINTEXT_KEYRING"

#: well-known secret names
OPENAI_API_KEY = "openai_api_key"
#: the environment variable that overrides the stored OpenAI key
OPENAI_API_KEY_ENV = "OPENAI_API_KEY"

# (module, class) of the backends that keep secrets encrypted by the OS; subclasses count too
_SECURE_BACKENDS = frozenset({
    ("keyring.backends.SecretService", "Keyring"),
    ("keyring.backends.libsecret", "Keyring"),
    ("keyring.backends.kwallet", "DBusKeyring"),
    ("keyring.backends.kwallet", "DBusKeyringKWallet4"),
    ("keyring.backends.macOS", "Keyring"),
    ("keyring.backends.Windows", "WinVaultKeyring"),
})
# backends that store nothing at all: refused even with the opt-in
_NO_STORAGE_BACKENDS = frozenset({("keyring.backends.fail", "Keyring"), ("keyring.backends.null", "Keyring")})

_FIX = (
    "on Linux install and unlock gnome-keyring or KWallet (any Secret Service provider, started by the "
    "desktop session); on macOS and Windows the system keychain is used"
)


def _is(backend: object, kinds: frozenset[tuple[str, str]]) -> bool:
    return any((cls.__module__, cls.__qualname__) in kinds for cls in type(backend).__mro__)


def _plaintext_allowed() -> bool:
    return os.environ.get(ALLOW_PLAINTEXT_ENV, "").strip().lower() in {"1", "true", "yes"}


def _choose_backend(backend: KeyringBackend) -> KeyringBackend:
    """The backend to use given keyring's choice `backend`, or SecretsUnavailable."""
    from keyring.backends.chainer import ChainerBackend

    candidates = list(backend.backends) if isinstance(backend, ChainerBackend) else [backend]
    for candidate in candidates:  # a chainer lists its members by priority; use the best secure one
        if _is(candidate, _SECURE_BACKENDS):
            return candidate
    usable = [c for c in candidates if not _is(c, _NO_STORAGE_BACKENDS)]
    if not usable:
        raise SecretsUnavailable(f"no secure OS keyring is available: {_FIX}.")
    if not _plaintext_allowed():
        raise SecretsUnavailable(
            f"no secure OS keyring is available (only '{usable[0].name}', which may store secrets "
            f"unencrypted): {_FIX}. To use that keyring anyway, set {ALLOW_PLAINTEXT_ENV}=1."
        )
    log.warning("using keyring backend %r, which may store secrets unencrypted (%s=1)",
                usable[0].name, ALLOW_PLAINTEXT_ENV)
    return usable[0]


class SecretStore:
    """Named secrets in the OS keyring. The backend is picked (and checked) on first use.

    Every method raises SecretsUnavailable when no acceptable keyring exists or the keyring fails.
    """

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        """`backend`: use this keyring backend instead of keyring's default choice (still checked)."""
        self._requested = backend
        self._backend: KeyringBackend | None = None

    def _resolve(self) -> KeyringBackend:
        if self._backend is None:
            if self._requested is None:
                import keyring

                self._backend = _choose_backend(keyring.get_keyring())
            else:
                self._backend = _choose_backend(self._requested)
        return self._backend

    def backend_name(self) -> str:
        """A readable name of the keyring in use, e.g. "SecretService Keyring"."""
        return str(self._resolve().name)

    def get(self, name: str) -> str | None:
        """The secret called `name`, or None if none is stored."""
        backend = self._resolve()
        with _keyring_errors(backend):
            value = backend.get_password(SERVICE, _check_name(name))
        return value or None

    def set(self, name: str, value: str) -> None:
        """Store (or replace) the secret called `name`."""
        if not isinstance(value, str) or not value:
            raise ValueError(f"secret {name!r} must be a non-empty string")
        backend = self._resolve()
        with _keyring_errors(backend):
            backend.set_password(SERVICE, _check_name(name), value)
        log.info("secret %r stored in %s", name, backend.name)

    def delete(self, name: str) -> bool:
        """Remove the secret called `name`; False if none was stored."""
        if self.get(name) is None:
            return False
        backend = self._resolve()
        with _keyring_errors(backend):
            backend.delete_password(SERVICE, name)
        log.info("secret %r deleted from %s", name, backend.name)
        return True


def openai_api_key(store: SecretStore | None = None) -> tuple[str | None, str]:
    """The OpenAI API key and where it came from: "environment" (OPENAI_API_KEY, which overrides the
    keyring), "keyring", or "none" (key None). The keyring is not touched when the environment has one;
    raises SecretsUnavailable when it must be read and cannot be."""
    from_env = os.environ.get(OPENAI_API_KEY_ENV, "").strip()
    if from_env:
        return from_env, "environment"
    stored = (store or SecretStore()).get(OPENAI_API_KEY)
    return (stored, "keyring") if stored else (None, "none")


def _check_name(name: str) -> str:
    if not isinstance(name, str) or not name.strip():
        raise ValueError("a secret needs a non-empty name")
    return name


@contextlib.contextmanager
def _keyring_errors(backend: KeyringBackend) -> Iterator[None]:
    """Turn the keyring's own failures (locked, unreachable, refused) into SecretsUnavailable."""
    from keyring.errors import KeyringError, KeyringLocked

    try:
        yield
    except KeyringLocked as exc:
        raise SecretsUnavailable(
            f"the OS keyring ({backend.name}) is locked: unlock it (log in to the desktop session or "
            "open the keyring manager) and try again"
        ) from exc
    except Exception as exc:
        if isinstance(exc, KeyringError | OSError) or _is_secretstorage_error(exc):
            raise SecretsUnavailable(f"the OS keyring ({backend.name}) failed: {exc}") from exc
        raise


def _is_secretstorage_error(exc: BaseException) -> bool:
    try:
        from secretstorage.exceptions import SecretStorageException
    except ImportError:
        return False
    return isinstance(exc, SecretStorageException)
