"""The settings dialog's "Storage" page: where the library is kept, how much room it takes, and a button
that opens the folder in the file manager."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QWidget
from shiboken6 import isValid

from iam_desktop.paths import default_data_dir, folder_size
from iam_desktop.ui.i18n import format_size, translate
from iam_desktop.ui.icons import icon
from iam_desktop.ui.operations import Operation, Pool
from iam_desktop.ui.status_label import StatusLabel
from iam_desktop.ui.theme import Role


def open_folder(folder: Path) -> bool:
    """Show `folder` in the system's file manager; False if no program could open it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class StoragePage(QWidget):
    """The data folder, its size (added up in the background) and Open.

    Attributes: folder (the data folder), path_label, size_label, open_button, message.
    """

    def __init__(self, folder: Path | None = None, parent: QWidget | None = None) -> None:
        """`folder`: the data folder (default: the one this app uses)."""
        super().__init__(parent)
        self.folder = folder if folder is not None else default_data_dir()
        self.path_label = QLabel(str(self.folder))
        self.path_label.setWordWrap(True)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.size_label = QLabel(translate("storage_page", "Adding up…"))
        self.open_button = QPushButton(icon("folder"), translate("storage_page", "Open"))
        self.open_button.setToolTip(translate("storage_page", "Show the data folder in the file manager"))
        self.open_button.clicked.connect(self.open)
        self.message = StatusLabel()
        note = QLabel(
            translate(
                "storage_page",
                "The library holds your recordings' audio, their transcripts and notes: back it up with the rest of your files.",  # noqa: E501
            )
        )
        note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        form = QFormLayout(self)
        form.addRow(translate("storage_page", "Data folder:"), self.path_label)
        form.addRow(translate("storage_page", "Size:"), self.size_label)
        form.addRow("", row)
        form.addRow("", note)
        form.addRow("", self.message)
        self.measure()

    def measure(self) -> None:
        """Add up the folder's size again (in the background)."""
        folder = self.folder
        self.size_label.setText(translate("storage_page", "Adding up…"))
        Operation(self, lambda: folder_size(folder), pool=Pool.GENERAL).success(self._show_size).failure(
            self._failed
        ).run()

    def _show_size(self, size: int) -> None:
        if isValid(self):
            self.size_label.setText(format_size(size))

    def _failed(self, error: Exception) -> None:
        if isValid(self):
            self.size_label.setText(translate("storage_page", "unknown"))
            text = translate("storage_page", "The size could not be added up: {reason}")
            self.message.say(text.format(reason=error), Role.ERROR)

    def open(self) -> None:
        """Show the data folder in the file manager (or say that it could not be)."""
        if not open_folder(self.folder):
            text = translate("storage_page", "No program to show folders with was found.")
            self.message.say(text, Role.ERROR)
