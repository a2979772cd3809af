"""Where the licence and the billing e-mail address are kept: the OS keyring (secrets.SecretStore).

Both are personal: they are registered for redaction when read or stored, and never written to settings,
the database, logs or messages.
"""

from __future__ import annotations

import re

from iam_desktop.billing.errors import BillingError
from iam_desktop.redaction import remember_secret
from iam_desktop.secrets import SecretStore

#: the keyring names of the licence (the JWT) and of the e-mail address used to pay
LICENCE_SECRET = "licence"
EMAIL_SECRET = "billing_email"

_EMAIL = re.compile(r"[^@\s]+@[^@\s]+")
_MAX_EMAIL = 254


class LicenceStore:
    """The licence and the billing e-mail in the keyring. Every method raises SecretsUnavailable when the
    keyring cannot be used."""

    def __init__(self, secrets: SecretStore | None = None) -> None:
        self._secrets = secrets if secrets is not None else SecretStore()

    def token(self) -> str | None:
        """The stored licence token, or None."""
        return self._secrets.get(LICENCE_SECRET)

    def save_token(self, token: str) -> None:
        """Store (or replace) the licence token; callers verify it first."""
        remember_secret(token)
        self._secrets.set(LICENCE_SECRET, token)

    def clear(self) -> bool:
        """Forget the licence and the billing e-mail; False when no licence was stored."""
        had_licence = self._secrets.delete(LICENCE_SECRET)
        self._secrets.delete(EMAIL_SECRET)
        return had_licence

    def email(self) -> str | None:
        """The stored billing e-mail address, or None."""
        return self._secrets.get(EMAIL_SECRET)

    def save_email(self, email: str) -> None:
        """Store the billing e-mail address (surrounding spaces dropped). BillingError, never showing the
        address, unless it has one @ with text on both sides, no spaces, and at most 254 characters."""
        remember_secret(email)
        cleaned = email.strip() if isinstance(email, str) else ""
        remember_secret(cleaned)
        if not _EMAIL.fullmatch(cleaned) or len(cleaned) > _MAX_EMAIL:
            raise BillingError("That e-mail address does not look right: it needs one @, text on both sides "
                               "of it and no spaces. Type the address you pay with.")
        self._secrets.set(EMAIL_SECRET, cleaned)
