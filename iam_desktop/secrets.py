"""The only place secrets (API keys, later storage credentials and the licence) are read and written.

Secrets live in the OS keyring under the service "IAM Desktop": the Secret Service (gnome-keyring,
KWallet) on Linux, the Keychain on macOS, the Credential Manager on Windows. Backends that may keep them
unencrypted (keyrings.alt's files, anything unknown) are refused unless the user opts in with
IAM_ALLOW_PLAINTEXT_KEYRING=1; a keyring that cannot store anything is always refused. Secret values are
never logged, printed or written anywhere else. `keyring` is imported only when a secret is first used.

Every key entered (`keys set`, the settings page, OPENAI_API_KEY) passes `clean_key`: whitespace and
invisible characters a paste may carry (zero-width spaces, byte-order marks) are dropped, and control
characters, non-ASCII letters and absurd lengths are refused with an error that never shows the value.
Every secret value read or stored is registered with `redaction.remember_secret`, so that it is redacted
from every message, log line and stored error.
"""

from __future__ import annotations

import contextlib
import logging
import os
import unicodedata
from collections.abc import Iterator
from typing import TYPE_CHECKING

from iam_desktop.errors import IamError, SecretsUnavailable
from iam_desktop.platform_support import keyring_hint
from iam_desktop.redaction import remember_secret

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

#: the shortest and the longest key `clean_key` accepts (OpenAI's keys are about 50–200 characters)
MIN_KEY_LENGTH = 8
MAX_KEY_LENGTH = 512
#: what to add when the keyring cannot give the OpenAI key
_USE_ENV = f"or set {OPENAI_API_KEY_ENV} in the environment, which is used without any keyring"


class InvalidSecret(IamError):
    """A key that cannot be right (control characters, non-ASCII letters, absurd length). The message
    says what is wrong without showing the value."""


def clean_key(value: str, *, label: str = "the API key") -> str:
    """`value` without surrounding whitespace and without invisible (Unicode format) characters anywhere,
    e.g. U+200B, U+FEFF, U+2060 picked up by a copy and paste; InvalidSecret (naming `label`, never the
    value) when what is left is empty, shorter than 8 or longer than 512 characters, or holds a space, a
    control character or any character that is not printable ASCII."""
    if not isinstance(value, str):
        raise InvalidSecret(f"{label} must be text")
    if len(value) > 4 * MAX_KEY_LENGTH:
        raise InvalidSecret(f"{label} is far too long ({len(value)} characters): paste the key alone")
    key = "".join(ch for ch in value if unicodedata.category(ch) != "Cf").strip()
    if not key:
        raise InvalidSecret(f"{label} is empty")
    for position, ch in enumerate(key, 1):
        if ch.isspace():
            raise InvalidSecret(f"{label} contains a space or a line break (character {position}): "
                                "paste the key alone, on one line")
        if unicodedata.category(ch) == "Cc":
            raise InvalidSecret(f"{label} contains a control character (U+{ord(ch):04X} at character "
                                f"{position}): paste the key again")
        if not " " < ch < "\x7f":
            raise InvalidSecret(f"{label} contains a character that is not plain ASCII (U+{ord(ch):04X} at "
                                f"character {position}); API keys are made of ASCII letters, digits and "
                                "signs only: copy the key again from the provider's page")
    if len(key) < MIN_KEY_LENGTH:
        raise InvalidSecret(f"{label} is too short ({len(key)} characters): paste the whole key")
    if len(key) > MAX_KEY_LENGTH:
        raise InvalidSecret(f"{label} is too long ({len(key)} characters, at most {MAX_KEY_LENGTH}): "
                            "paste the key alone")
    return key


#: what to do about a missing keyring, for this system's keyring
_FIX = keyring_hint()


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
                self._backend = _choose_backend(_default_backend())
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
        if value:
            remember_secret(value)
        return value or None

    def set(self, name: str, value: str) -> None:
        """Store (or replace) the secret called `name` as given (keys entered by the user go through
        `save_openai_api_key` or `clean_key` first)."""
        if not isinstance(value, str) or not value:
            raise ValueError(f"secret {name!r} must be a non-empty string")
        remember_secret(value)
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


def save_openai_api_key(value: str, store: SecretStore | None = None) -> None:
    """Store an OpenAI API key the user entered, cleaned by `clean_key` (InvalidSecret, naming no value,
    when it cannot be a key: nothing is then stored)."""
    remember_secret(value)
    (store or SecretStore()).set(OPENAI_API_KEY, clean_key(value, label="the OpenAI API key"))


def openai_api_key(store: SecretStore | None = None) -> tuple[str | None, str]:
    """The OpenAI API key (cleaned by `clean_key`) and where it came from: "environment" (OPENAI_API_KEY,
    which overrides the keyring), "keyring", or "none" (key None). The keyring is not touched when the
    environment has one. Raises SecretsUnavailable (saying that OPENAI_API_KEY works without a keyring)
    when the keyring must be read and cannot be, InvalidSecret when the key found cannot be a key."""
    raw = os.environ.get(OPENAI_API_KEY_ENV, "")
    remember_secret(raw)
    if raw.strip():
        return clean_key(raw, label=f"the key in {OPENAI_API_KEY_ENV}"), "environment"
    try:
        stored = (store or SecretStore()).get(OPENAI_API_KEY)
    except SecretsUnavailable as exc:
        raise SecretsUnavailable(f"{str(exc).rstrip('.')}; {_USE_ENV}.") from exc
    if not stored:
        return None, "none"
    return clean_key(stored, label="the OpenAI API key stored in the OS keyring"), "keyring"


def _default_backend() -> KeyringBackend:
    """keyring's own choice of backend; SecretsUnavailable (not a traceback) when it cannot load the one
    asked for by PYTHON_KEYRING_BACKEND or a keyringrc.cfg."""
    try:
        import keyring

        return keyring.get_keyring()
    except Exception as exc:  # ImportError, AttributeError, ValueError… from loading a named backend
        asked = os.environ.get("PYTHON_KEYRING_BACKEND")
        where = f"PYTHON_KEYRING_BACKEND={asked!r}" if asked is not None else "the keyring configuration"
        raise SecretsUnavailable(
            f"the keyring backend named by {where} cannot be loaded ({type(exc).__name__}: {exc}): "
            "correct or unset it"
        ) from exc


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
