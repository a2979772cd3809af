"""The settings dialog's "OpenAI key" page: whether a key is stored (never its value), and entering,
testing and removing one. Every keyring access and the key test run in the background."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget
from shiboken6 import isValid

from iam_desktop.errors import NotConfigured, SecretsUnavailable
from iam_desktop.secrets import (
    OPENAI_API_KEY,
    OPENAI_API_KEY_ENV,
    SecretStore,
    openai_api_key,
    save_openai_api_key,
)
from iam_desktop.ui.i18n import translate
from iam_desktop.ui.operations import Operation, Pool
from iam_desktop.ui.status_label import StatusLabel
from iam_desktop.ui.theme import Role

#: a sentence of a keyring problem that tells the user to set an environment variable or run something
_COMMAND_SENTENCE = re.compile(r"[^.;]*\bset [A-Z][A-Z0-9]*_[A-Z0-9_]+\b[^.;]*[.;]?")


@dataclass(frozen=True)
class KeyStatus:
    """What is known about the OpenAI key, without its value."""

    from_env: bool
    stored: bool
    backend: str | None
    problem: str | None  # why the keyring cannot be used, in plain words


def read_key_status(store: SecretStore) -> KeyStatus:
    """Look at the environment and the keyring (may be slow: run it in the background)."""
    from_env = bool(os.environ.get(OPENAI_API_KEY_ENV, "").strip())
    try:
        stored = store.get(OPENAI_API_KEY) is not None
        return KeyStatus(from_env, stored, store.backend_name(), None)
    except SecretsUnavailable as exc:
        return KeyStatus(from_env, False, None, str(exc))


def plain_problem(problem: str) -> str:
    """A keyring problem without its sentences about environment variables (the page's text is for
    people who never open a terminal; the whole message is in the status line's tooltip)."""
    plain = _COMMAND_SENTENCE.sub("", problem).strip().rstrip(";:,").strip()
    return plain or problem


def status_text(status: KeyStatus) -> str:
    """The page's one-line summary of `status`."""
    variable = OPENAI_API_KEY_ENV
    if status.from_env:
        if status.stored:
            text = translate(
                "api_key_page",
                "Using {variable} from the environment (it overrides the key stored in the OS keyring)",
            )
        elif status.problem:
            text = translate("api_key_page", "Using {variable} from the environment; the OS keyring cannot be used: {problem}")  # noqa: E501
        else:
            text = translate("api_key_page", "Using {variable} from the environment")
        return text.format(variable=variable, problem=plain_problem(status.problem or ""))
    if status.problem:
        text = translate("api_key_page", "The OS keyring cannot be used, so a key cannot be saved: {problem}")
        return text.format(problem=plain_problem(status.problem))
    if status.stored:
        text = translate("api_key_page", "A key is stored in the OS keyring ({backend})")
        return text.format(backend=status.backend)
    return translate("api_key_page", "No key stored")


class ApiKeyPage(QWidget):
    """Shows whether an OpenAI key is stored and lets the user save, test or remove one. Every keyring and
    network call is an operation on the general pool; its failure is said on the page's result line.

    `base_url` gives the address to test against (None = OpenAI's), read when Test is pressed.
    """

    def __init__(
        self,
        store: SecretStore | None = None,
        base_url: Callable[[], str | None] = lambda: None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store or SecretStore()
        self._base_url = base_url
        self._status: KeyStatus | None = None
        self._busy = True  # until the status is known, and while a keyring or network call runs
        self.status = StatusLabel(translate("api_key_page", "Looking for a stored key…"))
        self.key_edit = QLineEdit()
        self.key_edit.setAccessibleName(translate("api_key_page", "OpenAI API key"))
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setPlaceholderText(translate("api_key_page", "Paste a new OpenAI API key (sk-…)"))
        self.key_edit.textChanged.connect(self._update_buttons)
        self.save_button = QPushButton(translate("api_key_page", "Save"))
        self.save_button.setToolTip(translate("api_key_page", "Keep the key entered in the OS keyring"))
        self.save_button.clicked.connect(self.save_key)
        self.test_button = QPushButton(translate("api_key_page", "Test"))
        self.test_button.setToolTip(
            translate("api_key_page", "Check the key with one request to the service")
        )
        self.test_button.clicked.connect(self.test_key)
        self.remove_button = QPushButton(translate("api_key_page", "Remove"))
        self.remove_button.setToolTip(translate("api_key_page", "Delete the stored key from the OS keyring"))
        self.remove_button.clicked.connect(self.remove_key)
        self.result = StatusLabel()
        hint = QLabel(
            translate(
                "api_key_page",
                "The key is kept in the OS keyring, never in the settings file. Test checks the key you entered, or else the one in use.",  # noqa: E501
            )
        )
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.key_edit)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        layout.addWidget(hint)
        layout.addStretch(1)
        self._update_buttons()
        self.refresh()

    # --- status ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the key's status again (in the background)."""
        self._busy = True
        self._update_buttons()
        store = self._store
        Operation(self, lambda: read_key_status(store), pool=Pool.GENERAL).success(self._show_status).failure(
            self._failed
        ).run()

    def _show_status(self, status: KeyStatus) -> None:
        if not isValid(self):
            return
        self._status = status
        self._busy = False
        self.status.say(status_text(status), Role.ERROR if status.problem and not status.from_env else None)
        self.status.setToolTip(status.problem or "")
        self._update_buttons()

    def _update_buttons(self) -> None:
        status = self._status
        keyring_ok = status is not None and status.problem is None and not self._busy
        has_text = bool(self.key_edit.text().strip())
        key_in_use = status is not None and (status.from_env or status.stored)
        self.save_button.setEnabled(keyring_ok and has_text)
        self.remove_button.setEnabled(keyring_ok and status is not None and status.stored)
        # a typed (or environment) key can be tested even when the keyring cannot be used
        self.test_button.setEnabled(not self._busy and (has_text or key_in_use))

    # --- actions ---------------------------------------------------------------------------------

    def save_key(self) -> None:
        """Store the entered key in the keyring; the field is cleared once it is stored."""
        key = self.key_edit.text().strip()
        if not key:
            self._say(translate("api_key_page", "Enter a key first."), Role.ERROR)
            return
        self._busy = True
        self._update_buttons()
        store = self._store
        # the key is cleaned and checked (secrets.clean_key)
        Operation(self, lambda: save_openai_api_key(key, store), pool=Pool.GENERAL).success(
            self._saved
        ).failure(self._failed).run()

    def _saved(self, _result: object) -> None:
        if not isValid(self):
            return
        self.key_edit.clear()
        self._say(translate("api_key_page", "Key saved."), Role.SUCCESS)
        self.refresh()

    def test_key(self) -> None:
        """Check the entered key (else the one in use) with one request to the service."""
        typed = self.key_edit.text().strip() or None
        store, base_url = self._store, self._base_url()

        def check() -> None:
            from iam_desktop.engines.openai_engine import verify_api_key  # the HTTP client loads slowly

            key = typed or openai_api_key(store)[0]
            if not key:
                raise NotConfigured(translate("api_key_page", "there is no key to test: enter one above"))
            verify_api_key(key, base_url)

        self._busy = True
        self._update_buttons()
        self._say(translate("api_key_page", "Testing the key…"))
        Operation(self, check, pool=Pool.GENERAL).success(self._tested).failure(self._failed).run()

    def _tested(self, _result: object) -> None:
        if not isValid(self):
            return
        self._busy = False
        self._say(translate("api_key_page", "Key works"), Role.SUCCESS)
        self._update_buttons()

    def remove_key(self) -> None:
        """Delete the stored key from the keyring."""
        self._busy = True
        self._update_buttons()
        store = self._store
        Operation(self, lambda: store.delete(OPENAI_API_KEY), pool=Pool.GENERAL).success(
            self._removed
        ).failure(self._failed).run()

    def _removed(self, deleted: bool) -> None:
        if not isValid(self):
            return
        removed = translate("api_key_page", "Key removed.")
        self._say(removed if deleted else translate("api_key_page", "No key was stored."), Role.SUCCESS)
        self.refresh()

    # --- messages --------------------------------------------------------------------------------

    def _failed(self, error: Exception) -> None:
        if not isValid(self):
            return
        self._busy = False
        message = plain_problem(str(error)) if isinstance(error, SecretsUnavailable) else str(error)
        self._say(message[:1].upper() + message[1:], Role.ERROR)
        self._update_buttons()

    def _say(self, text: str, role: Role | None = None) -> None:
        self.result.say(text, role)
