"""The settings dialog's "Watch folders" page: folders whose new audio and video files are transcribed,
and the exports written for each.

Changes go straight to the library (like the vocabulary): OK or Cancel of the dialog does not undo them.
Every library call runs in the background (ui/background.py)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iam_desktop.export.formats import EXPORT_FORMATS
from iam_desktop.library.watch_store import WatchFolderInfo, WatchStore
from iam_desktop.ui.accessibility import announce
from iam_desktop.ui.changes import Change, ChangeBus, Kind
from iam_desktop.ui.i18n import translate
from iam_desktop.ui.stored_changes import StoredChanges
from iam_desktop.ui.theme import Role
from iam_desktop.watch.folders import watch_folder

# (the English of these texts: shown through `translate`)
#: what the page is for
HINT = str(QT_TRANSLATE_NOOP("watch_folders_page", "New audio and video files in these folders (and their sub-folders) are transcribed with the offline model once they are completely copied — each content only once — and exported as chosen, while the app is open."))  # noqa: E501
#: the table's columns
COLUMNS = (
    str(QT_TRANSLATE_NOOP("watch_folders_page", "Folder")),
    str(QT_TRANSLATE_NOOP("watch_folders_page", "Export")),
    str(QT_TRANSLATE_NOOP("watch_folders_page", "Export to")),
)
#: where the exports go without an export folder
NEXT_TO_FILE = str(QT_TRANSLATE_NOOP("watch_folders_page", "next to the file"))


def next_to_file() -> str:
    """ "next to the file" in the window's language."""
    return translate("watch_folders_page", NEXT_TO_FILE)


class WatchFoldersPage(StoredChanges, QWidget):
    """The watched folders in a table with Add and Remove; below, the export formats and the export folder
    of the selected folder (changing them saves them), or of the next folder added when none is selected.

    Attributes: table, add_button, remove_button, format_boxes (format -> QCheckBox), export_dir_label,
    choose_dir_button, next_to_file_button, message.
    """

    def __init__(
        self, store: WatchStore, parent: QWidget | None = None, *, bus: ChangeBus | None = None
    ) -> None:
        super().__init__(parent)
        self._store = store
        self.bus = bus
        self._folders: list[WatchFolderInfo] = []
        self._export_dir: str | None = None
        self._busy = True  # until the folders are loaded, and while a change is being saved
        self._showing = False  # filling the controls from a folder is not a change
        hint = QLabel(translate("watch_folders_page", HINT))
        hint.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setAccessibleName(translate("watch_folders_page", "Watched folders"))
        self.table.setAccessibleDescription(
            translate("watch_folders_page", "Select a folder to see and change its export options below")
        )
        self.table.setHorizontalHeaderLabels([translate("watch_folders_page", column) for column in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.add_button = QPushButton(translate("watch_folders_page", "Add folder…"))
        self.add_button.setAccessibleDescription(
            translate("watch_folders_page", "Watches a folder, with the export options chosen below")
        )
        self.add_button.clicked.connect(self.choose_folder)
        self.remove_button = QPushButton(translate("watch_folders_page", "Remove"))
        self.remove_button.setAccessibleName(
            translate("watch_folders_page", "Stop watching the selected folder")
        )
        self.remove_button.clicked.connect(self.remove_selected)
        self.format_boxes: dict[str, QCheckBox] = {}
        formats = QHBoxLayout()
        formats.addWidget(QLabel(translate("watch_folders_page", "Export:")))
        for fmt in EXPORT_FORMATS:
            box = QCheckBox(fmt.upper())
            name = translate("watch_folders_page", "Export {format}")
            box.setAccessibleName(name.format(format=fmt.upper()))
            box.toggled.connect(self._options_changed)
            self.format_boxes[fmt] = box
            formats.addWidget(box)
        formats.addStretch(1)
        self.export_dir_label = QLabel(next_to_file())
        self.choose_dir_button = QPushButton(translate("watch_folders_page", "Choose folder…"))
        self.choose_dir_button.setAccessibleName(translate("watch_folders_page", "Choose the export folder…"))
        self.choose_dir_button.clicked.connect(self.choose_export_dir)
        self.next_to_file_button = QPushButton(translate("watch_folders_page", "Next to the file"))
        self.next_to_file_button.setAccessibleName(
            translate("watch_folders_page", "Export next to each file")
        )
        self.next_to_file_button.clicked.connect(lambda: self.set_export_dir(None))
        target = QHBoxLayout()
        target.addWidget(QLabel(translate("watch_folders_page", "Export to:")))
        target.addWidget(self.export_dir_label, 1)
        target.addWidget(self.choose_dir_button)
        target.addWidget(self.next_to_file_button)
        self.message = QLabel(translate("watch_folders_page", "Loading…"))
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addLayout(formats)
        layout.addLayout(target)
        self._update_buttons()
        self._run(store.folders, lambda folders: self._show(folders, ""))

    # --- what is shown ---------------------------------------------------------------------------

    def folder_paths(self) -> list[str]:
        return [folder.path for folder in self._folders]

    def chosen_formats(self) -> list[str]:
        return [fmt for fmt, box in self.format_boxes.items() if box.isChecked()]

    def selected_folder(self) -> WatchFolderInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self._folders[rows[0].row()] if rows else None

    # --- actions ---------------------------------------------------------------------------------

    def choose_folder(self) -> None:
        title = translate("watch_folders_page", "Choose a folder to watch")
        folder = QFileDialog.getExistingDirectory(self, title)
        if folder:
            self.add_folder(folder)

    def add_folder(self, path: str) -> None:
        """Watch `path` with the export options now chosen."""
        if self._busy:
            return
        formats, export_dir, store = self.chosen_formats(), self._export_dir, self._store

        def add() -> tuple[WatchFolderInfo, list[WatchFolderInfo]]:
            folder = watch_folder(path, formats, export_dir)
            store.add_folder(folder)
            return folder, store.folders()

        watching = translate("watch_folders_page", "Watching {path}.")
        self._run(
            add,
            lambda result: self._show(result[1], watching.format(path=result[0].path), result[0].path),
            Change.of(Kind.WATCH),
        )

    def remove_selected(self) -> None:
        folder = self.selected_folder()
        if self._busy or folder is None:
            return
        store = self._store

        def remove() -> list[WatchFolderInfo]:
            store.remove_folder(folder.path)
            return store.folders()

        stopped = translate("watch_folders_page", "No longer watching {path}.").format(path=folder.path)
        self._run(remove, lambda folders: self._show(folders, stopped), Change.of(Kind.WATCH))

    def choose_export_dir(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, translate("watch_folders_page", "Choose the folder the exports go to")
        )
        if folder:
            self.set_export_dir(folder)

    def set_export_dir(self, folder: str | None) -> None:
        """Export into `folder` (None: next to each file); saved for the selected folder."""
        self._export_dir = folder
        self.export_dir_label.setText(folder or next_to_file())
        self._options_changed()

    def _options_changed(self) -> None:
        folder = self.selected_folder()
        if self._showing or self._busy or folder is None:
            return
        formats, export_dir, store = self.chosen_formats(), self._export_dir, self._store

        def change() -> list[WatchFolderInfo]:
            store.add_folder(watch_folder(folder.path, formats, export_dir))
            return store.folders()

        saved = translate("watch_folders_page", "Saved.")
        self._run(change, lambda folders: self._show(folders, saved, folder.path), Change.of(Kind.WATCH))

    # --- results ---------------------------------------------------------------------------------

    def _show(self, folders: list[WatchFolderInfo], note: str, select: str | None = None) -> None:
        self._busy = False
        self._folders = list(folders)
        self._showing = True
        try:
            self.table.setRowCount(len(folders))
            for row, folder in enumerate(folders):
                formats = ", ".join(folder.export_formats) or "—"
                texts = (folder.path, formats, folder.export_dir or next_to_file())
                for column, text in enumerate(texts):
                    self.table.setItem(row, column, QTableWidgetItem(text))
                if folder.path == select:
                    self.table.selectRow(row)
        finally:
            self._showing = False
        watched = len(folders)
        if watched:
            count = translate("watch_folders_page", "%n watched.", "", watched)
        else:
            count = translate("watch_folders_page", "No folder is watched.")
        text = " ".join(part for part in (note, count) if part)
        self._say(text)
        if note:  # (what the user just did: a screen reader says how it went)
            announce(self.message, text)
        self._update_buttons()

    def _say(self, text: str, role: Role | None = None) -> None:
        """Show `text` on the message line; a failure is also said at once to a screen reader."""
        super()._say(text, role)
        if role is Role.ERROR:
            announce(self.message, text, assertive=True)

    def _selection_changed(self) -> None:
        folder = self.selected_folder()
        if folder is not None:  # the controls show the selected folder's options
            self._showing = True
            try:
                for fmt, box in self.format_boxes.items():
                    box.setChecked(fmt in folder.export_formats)
                self._export_dir = folder.export_dir
                self.export_dir_label.setText(folder.export_dir or next_to_file())
            finally:
                self._showing = False
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(not self._busy)
        self.remove_button.setEnabled(not self._busy and self.selected_folder() is not None)
