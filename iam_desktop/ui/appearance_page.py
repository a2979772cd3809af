"""The settings dialog's "Appearance" page: the theme, System / Light / Dark."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QButtonGroup, QLabel, QRadioButton, QVBoxLayout, QWidget

from iam_desktop.settings import Settings
from iam_desktop.ui.i18n import translate
from iam_desktop.ui.theme import THEME_MODES

#: what each theme is called on the page (English; shown translated)
THEME_LABELS = {
    "system": str(QT_TRANSLATE_NOOP("appearance_page", "System — follow the desktop's light or dark look")),
    "light": str(QT_TRANSLATE_NOOP("appearance_page", "Light")),
    "dark": str(QT_TRANSLATE_NOOP("appearance_page", "Dark")),
}


class AppearancePage(QWidget):
    """One radio button per theme. `values()` gives the chosen options by Settings name; the dialog
    applies the theme once it is accepted.

    Attributes: buttons (theme name → its QRadioButton).
    """

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        layout = QVBoxLayout(self)
        title = QLabel(translate("appearance_page", "Theme:"))
        layout.addWidget(title)
        for mode in THEME_MODES:
            button = QRadioButton(translate("appearance_page", THEME_LABELS[mode]))
            button.setAccessibleDescription(title.text().rstrip(":"))
            button.setChecked(mode == settings.theme)
            self._group.addButton(button)
            self.buttons[mode] = button
            layout.addWidget(button)
        layout.addStretch(1)

    def theme(self) -> str:
        """The theme chosen ("system", "light" or "dark")."""
        return next((mode for mode, button in self.buttons.items() if button.isChecked()), "system")

    def values(self) -> dict[str, Any]:
        """The chosen options, by their Settings names."""
        return {"theme": self.theme()}
