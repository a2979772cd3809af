"""A message line in a semantic colour (an error in red, success in green) that follows the theme: the
colour is looked up when the message is said, when the label is shown and whenever the palette changes."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import QLabel, QWidget

from iam_desktop.ui.theme import Role, semantic


def tint(widget: QWidget, role: Role | None) -> None:
    """Colour `widget`'s text in `role`'s variant for the application's palette (None: the palette's own
    text colour). Only the text colour is set: every other colour still comes from the theme."""
    palette = QPalette()  # resolves nothing: whatever is not set here is inherited
    if role is not None:
        color = semantic(role)
        palette.setColor(QPalette.ColorRole.WindowText, color)
        palette.setColor(QPalette.ColorRole.Text, color)
    widget.setPalette(palette)


class StatusLabel(QLabel):
    """A word-wrapped label whose text is said in a semantic colour (`say`)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.role: Role | None = None

    def say(self, text: str, role: Role | None = None) -> None:
        """Show `text` in `role`'s colour (None: the normal text colour)."""
        self.role = role
        self.setText(text)
        tint(self, role)

    def text_color(self) -> str:
        """The colour the text is drawn in now ("#rrggbb")."""
        return self.palette().color(QPalette.ColorRole.WindowText).name()

    def _recolour(self) -> None:
        if self.role is not None and self.text_color() != semantic(self.role).name():
            tint(self, self.role)  # (it sends a palette change itself, which then finds it right)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._recolour()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        self._recolour()  # the theme may have changed while it was hidden
        super().showEvent(event)
