"""Keyring backends for tests: an in-memory stand-in for keyrings.alt's plaintext file, a failing one, and
whether the private Secret Service that scripts/run-tests.sh starts is there."""

from __future__ import annotations

import os

import pytest
from keyring.backend import KeyringBackend
from keyring.compat import properties
from keyring.errors import PasswordDeleteError

#: scripts/run-tests.sh sets this when pytest runs on its private D-Bus session with an unlocked keyring
SECRET_SERVICE_ENV = "IAM_TEST_SECRET_SERVICE"


def require_secret_service() -> None:
    """Skip unless the private Secret Service of run-tests.sh is running (the user's own keyring is
    never used by the tests: they would overwrite the real OpenAI key)."""
    if os.environ.get(SECRET_SERVICE_ENV) != "1":
        pytest.skip("no private Secret Service: run through scripts/run-tests.sh (or `make test`), which "
                    "starts an unlocked gnome-keyring on its own D-Bus session")


class PlaintextKeyring(KeyringBackend):
    """Behaves like keyrings.alt.file.PlaintextKeyring (secrets in the clear), but in memory."""

    @properties.classproperty
    def priority(cls) -> float:
        raise RuntimeError("a test double: keyring must never pick it by itself")

    def __init__(self) -> None:
        super().__init__()
        self.stored: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.stored.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.stored[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.stored.pop((service, username), None) is None:
            raise PasswordDeleteError("not found")


PlaintextKeyring.__module__ = "keyrings.alt.file"  # what the real one reports


class RaisingKeyring(PlaintextKeyring):
    """A backend whose every operation raises `error` (locked keyring, D-Bus gone…)."""

    def __init__(self, error: Exception) -> None:
        super().__init__()
        self.error = error

    def get_password(self, service: str, username: str) -> str | None:
        raise self.error

    def set_password(self, service: str, username: str, password: str) -> None:
        raise self.error
