"""What the settings pages that change stored things (vocabulary, watch folders) share: one operation at a
time, their buttons disabled meanwhile, a message line that says how it went, and the change published on
the window's bus."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QLabel, QWidget
from shiboken6 import isValid

from iam_desktop.ui.changes import Change, ChangeBus
from iam_desktop.ui.operations import Operation
from iam_desktop.ui.status_label import tint
from iam_desktop.ui.theme import Role

T = TypeVar("T")


class StoredChanges:
    """A mixin for a QWidget page (put it first among the bases). The page sets `message` (a QLabel),
    `_busy` and `bus` (the window's ChangeBus, or None), and implements `_update_buttons`. A failure is said
    on the page's message line, next to what the user just did (not by the default handler)."""

    message: QLabel
    bus: ChangeBus | None
    _busy: bool

    def _update_buttons(self) -> None:
        raise NotImplementedError

    def _run(
        self, func: Callable[[], T], on_success: Callable[[T], None], change: Change | None = None
    ) -> None:
        """Run `func` (which must not touch widgets) as an operation on the library; `on_success` gets its
        result; `change`: what it changed (published on `bus`)."""
        assert isinstance(self, QWidget), "StoredChanges is a mixin for widgets"
        self._busy = True
        self._update_buttons()
        operation = Operation(self, func).success(on_success).failure(self._failed)
        if change is not None:
            operation.changes(self.bus, change)
        operation.run()

    def _failed(self, error: Exception) -> None:
        if not isValid(self):
            return
        self._busy = False
        self._say(str(error), Role.ERROR)
        self._update_buttons()

    def _say(self, text: str, role: Role | None = None) -> None:
        """Show `text` on the message line, in `role`'s colour for the palette in use (None: plain)."""
        self.message.setText(text)
        tint(self.message, role)
