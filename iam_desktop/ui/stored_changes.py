"""What the settings pages that change stored things (vocabulary, watch folders) share: one background call
at a time, their buttons disabled meanwhile, and a message line that says how it went."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLabel
from shiboken6 import isValid

from iam_desktop.ui.background import run_in_background

#: how a message about a failure looks
ERROR_STYLE = "color: #b00020;"


class StoredChanges:
    """A mixin for a QWidget page (put it first among the bases). The page sets `message` (a QLabel) and
    `_busy`, and implements `_update_buttons`."""

    message: QLabel
    _busy: bool

    def _update_buttons(self) -> None:
        raise NotImplementedError

    def _run(self, func: Callable[[], Any], on_success: Callable[[Any], None]) -> None:
        """Run `func` (which must not touch widgets) in the background; `on_success` gets its result."""
        self._busy = True
        self._update_buttons()
        run_in_background(owner=self, func=func, on_success=on_success, on_failure=self._failed)  # type: ignore[arg-type]

    def _failed(self, error: Exception) -> None:
        if not isValid(self):
            return
        self._busy = False
        self._say(str(error), ERROR_STYLE)
        self._update_buttons()

    def _say(self, text: str, style: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(style)
