"""The settings dialog's "Models" page: the installed Whisper models and the user's model folders.

The folders are scanned in the background; a folder is added only when it holds a model."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from iam_desktop.engines.models import ModelSpec, installed_models, user_models
from iam_desktop.ui.i18n import format_size, translate
from iam_desktop.ui.operations import Operation, Pool
from iam_desktop.ui.status_label import StatusLabel
from iam_desktop.ui.theme import Role

#: the table's columns (English: shown through `translate`)
COLUMNS = (
    str(QT_TRANSLATE_NOOP("models_page", "Name")),
    str(QT_TRANSLATE_NOOP("models_page", "Languages")),
    str(QT_TRANSLATE_NOOP("models_page", "Size")),
    str(QT_TRANSLATE_NOOP("models_page", "Where")),
)


def where_text(spec: ModelSpec) -> str:
    """ "Bundled" for a model installed with the app, else its folder."""
    if spec.bundled:
        return translate("models_page", "Bundled")
    return str(spec.path or spec.support_dir or "")


def languages_text(spec: ModelSpec) -> str:
    """What a model understands, in the window's language: "99 languages", "English only"."""
    if spec.multilingual:
        count = len(spec.language_codes)
        return translate("models_page", "%n languages", "", count)
    return translate("models_page", "English only")


class ModelsPage(QWidget):
    """A table of the installed models, and the list of extra model folders with Add and Remove.

    Signals:
        models_loaded: the installed models (list of ModelSpec), each time the table is filled.
    """

    #: list[ModelSpec]
    models_loaded = Signal(object)

    def __init__(self, extra_dirs: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dirs = list(extra_dirs)
        self._generation = 0
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setAccessibleName(translate("models_page", "Installed models"))
        self.table.setHorizontalHeaderLabels([translate("models_page", column) for column in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in range(len(COLUMNS) - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.folders = QListWidget()
        self.folders.setAccessibleName(translate("models_page", "Your model folders"))
        self.folders.setAccessibleDescription(
            translate("models_page", "Folders with CTranslate2 Whisper models, as faster-whisper uses")
        )
        self.folders.addItems(self._dirs)
        self.folders.currentRowChanged.connect(self._update_buttons)
        self.add_button = QPushButton(translate("models_page", "Add model folder…"))
        self.add_button.clicked.connect(self.choose_folder)
        self.remove_button = QPushButton(translate("models_page", "Remove folder"))
        self.remove_button.setAccessibleDescription(
            translate("models_page", "Forgets the selected folder; its files stay where they are")
        )
        self.remove_button.clicked.connect(self.remove_selected_folder)
        self.message = StatusLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        installed = QLabel(translate("models_page", "Installed models:"))
        installed.setBuddy(self.table)
        folders = QLabel(translate(
            "models_page", "Your model folders (CTranslate2 Whisper models, as faster-whisper uses):"
        ))  # fmt: skip
        folders.setBuddy(self.folders)
        layout = QVBoxLayout(self)
        layout.addWidget(installed)
        layout.addWidget(self.table, 3)
        layout.addWidget(folders)
        layout.addWidget(self.folders, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self._update_buttons()
        self.reload()

    def extra_dirs(self) -> list[str]:
        """The model folders as now listed."""
        return list(self._dirs)

    # --- the table -------------------------------------------------------------------------------

    def reload(self) -> None:
        """Look for the installed models again (in the background) and fill the table."""
        self._generation += 1
        generation, dirs = self._generation, list(self._dirs)
        self.message.say(translate("models_page", "Looking for models…"))
        # a failure is said on the page's message line
        Operation(self, lambda: installed_models(dirs), pool=Pool.GENERAL).success(
            lambda models: self._show_models(generation, models)
        ).failure(self._failed).run()

    def _show_models(self, generation: int, models: list[ModelSpec]) -> None:
        if not isValid(self) or generation != self._generation:
            return  # closed, or an older scan finished after a newer one started
        self.table.setRowCount(len(models))
        for row, spec in enumerate(models):
            values = (spec.name, languages_text(spec), format_size(spec.size_bytes), where_text(spec))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(row, column, item)
        self.message.say("")
        self.models_loaded.emit(list(models))

    # --- folders ---------------------------------------------------------------------------------

    def choose_folder(self) -> None:
        """Ask for a folder and add it if it holds a model."""
        folder = QFileDialog.getExistingDirectory(
            self, translate("models_page", "Choose a folder with a Whisper model")
        )
        if folder:
            self.add_folder(folder)

    def add_folder(self, folder: str) -> None:
        """Add `folder` to the model folders if it (or a folder directly in it) holds a model."""
        folder = str(Path(folder).expanduser())
        if folder in self._dirs:
            self._say(translate("models_page", "That folder is already listed."))
            return
        self._say(translate("models_page", "Looking for models in that folder…"))
        Operation(self, lambda: user_models([folder]), pool=Pool.GENERAL).success(
            lambda found: self._folder_checked(folder, found)
        ).failure(self._failed).run()

    def _folder_checked(self, folder: str, found: list[ModelSpec]) -> None:
        if not isValid(self):
            return
        if not found:
            text = translate("models_page", "No Whisper model found in that folder ({folder}).")
            self._say(text.format(folder=folder), Role.ERROR)
            return
        items = (self.table.item(row, 0) for row in range(self.table.rowCount()))
        listed = {item.text() for item in items if item is not None}
        if all(spec.name in listed for spec in found):
            names = ", ".join(spec.name for spec in found)
            text = translate("models_page", "The model in that folder is named like one already installed ({names}); rename its folder to use it.")  # noqa: E501
            self._say(text.format(names=names), Role.ERROR)
            return
        if folder not in self._dirs:
            self._dirs.append(folder)
            self.folders.addItem(folder)
        self.reload()

    def remove_selected_folder(self) -> None:
        """Forget the selected folder (its files stay where they are)."""
        row = self.folders.currentRow()
        if row < 0:
            return
        self.folders.takeItem(row)
        del self._dirs[row]
        self._update_buttons()
        self.reload()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.folders.currentRow() >= 0)

    def _failed(self, error: Exception) -> None:
        if isValid(self):
            self._say(str(error), Role.ERROR)

    def _say(self, text: str, role: Role | None = None) -> None:
        self.message.say(text, role)
