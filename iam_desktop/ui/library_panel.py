"""The library list with its search box: shows recordings (or search hits) and reports the user's pick."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from iam_desktop.library.library import Library
from iam_desktop.timefmt import clock

#: how long typing must pause before the search runs (milliseconds)
SEARCH_DELAY_MS = 200
ROLE_ID = Qt.ItemDataRole.UserRole
ROLE_START = Qt.ItemDataRole.UserRole + 1


class LibraryPanel(QWidget):
    """Recordings newest first; typing in the search box lists matching segments instead.

    Signals:
        recording_selected: (recording ID, seconds to show) when the user picks an item or a hit.
    """

    #: recording ID, position in seconds (0.0 for a plain item)
    recording_selected = Signal(int, float)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self.search_box = QLineEdit(placeholderText="Search transcripts and titles…")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setAcceptDrops(False)
        self.list = QListWidget()
        self.list.setObjectName("libraryList")
        self.list.setAlternatingRowColors(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_box)
        layout.addWidget(self.list)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search_box.textChanged.connect(self._search_timer.start)
        self.list.currentItemChanged.connect(self._on_current_changed)

    def refresh(self, select_id: int | None = None) -> None:
        """Reload the list (or the search hits), keeping the selection where possible."""
        current = self.list.currentItem()
        keep = select_id if select_id is not None else (current.data(ROLE_ID) if current else None)
        self.list.blockSignals(True)
        self.list.clear()
        query = self.search_box.text().strip()
        if query:
            for hit in self._library.search(query):
                item = QListWidgetItem(f"{hit.title}  ·  {clock(hit.start)}\n{hit.snippet}")
                item.setData(ROLE_ID, hit.id)
                item.setData(ROLE_START, hit.start)
                self.list.addItem(item)
        else:
            for rec in self._library.list_recordings():
                status = "" if rec.status == "done" else f"  ·  {rec.status}"
                created = f"{rec.created_at.astimezone():%Y-%m-%d %H:%M}"
                item = QListWidgetItem(f"{rec.title}\n{clock(rec.duration)}  ·  {created}{status}")
                item.setData(ROLE_ID, rec.id)
                item.setData(ROLE_START, 0.0)
                self.list.addItem(item)
        self.list.blockSignals(False)
        if keep is not None:
            for row in range(self.list.count()):
                if self.list.item(row).data(ROLE_ID) == keep:
                    self.list.setCurrentRow(row)
                    break

    def selected_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(ROLE_ID))

    def _on_current_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self.recording_selected.emit(int(current.data(ROLE_ID)), float(current.data(ROLE_START)))
