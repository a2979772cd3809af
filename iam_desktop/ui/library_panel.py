"""The library panel: search box, filter and sort bar, the recordings (read page by page) or the search hits,
and the actions on the selected recordings (context menu and keys), with Undo after a move to the trash."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from iam_desktop.library.library import Library
from iam_desktop.library.recording_store import TRASH_KEEP
from iam_desktop.ui.background import run_in_background
from iam_desktop.ui.library_filters import LibraryFilterBar
from iam_desktop.ui.library_model import ROLE_ID, ROLE_START, RecordingListModel
from iam_desktop.ui.recording_actions import Picked, RecordingActions, plural
from iam_desktop.ui.search_hits import HitDelegate, SearchHitModel

#: how long typing must pause before the search runs (milliseconds)
SEARCH_DELAY_MS = 200
#: how long a notice stays (milliseconds); one offering Undo stays as long as Undo is possible
NOTICE_MS = 8000


class NoticeBar(QFrame):
    """A short message under the list, with the Undo button while the message offers it; hides itself."""

    def __init__(self, undo: QToolButton, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="libraryNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel(wordWrap=True)
        self.undo_button = undo
        close = QToolButton(text="✕", autoRaise=True, toolTip="Hide this message")
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 2, 2)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.undo_button)
        layout.addWidget(close)
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def show_message(self, text: str, *, undo: bool = False, ms: int = NOTICE_MS) -> None:
        self.label.setText(text)
        self.undo_button.setVisible(undo)
        self._timer.start(ms)
        self.show()


class LibraryPanel(QWidget):
    """Recordings in the chosen filter and order (the trash on request), or the hits of the text in the
    search box; the selected recordings can be renamed, noted, tagged, exported, transcribed again and
    moved to the trash.

    Attributes: search_box, filters (LibraryFilterBar), model and list (the recordings and their view),
    hits_model and hits (the search hits and their view), actions (RecordingActions), notice (NoticeBar),
    count_label, trash_bar.

    Signals:
        recording_selected: (recording ID, seconds to show) when the user picks an item or a hit.
        retranscribe_requested: the IDs of the recordings the user wants transcribed again.
    """

    #: recording ID, position in seconds (0.0 for a plain item)
    recording_selected = Signal(int, float)
    #: list of recording IDs (the window queues them with its transcription options)
    retranscribe_requested = Signal(list)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._current_id: int | None = None
        self._restoring = False
        self._restore: tuple[int | None, set[int], int | None] = (None, set(), None)

        self.search_box = QLineEdit(placeholderText="Search transcripts and titles…")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setAcceptDrops(False)
        self.filters = LibraryFilterBar()
        self.model = RecordingListModel(library.items, self)
        self.list = self._make_view("libraryList")
        self.list.setUniformItemSizes(True)
        self.list.setModel(self.model)
        self.hits_model = SearchHitModel(library.search, self)
        self.hits = self._make_view("searchHits")
        self.hits.setItemDelegate(HitDelegate(self.hits))
        self.hits.setResizeMode(QListView.ResizeMode.Adjust)
        self.hits.setModel(self.hits_model)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.hits)

        self.actions = RecordingActions(library, self._picked, self.filters.in_trash, self)
        for view in (self.list, self.hits):
            self.actions.bind(view)
        undo = QToolButton(autoRaise=True)
        undo.setDefaultAction(self.actions.undo_action)
        self.notice = NoticeBar(undo)
        self.count_label = QLabel(objectName="libraryCount")
        self.trash_bar = self._make_trash_bar()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for widget in (
            self.search_box,
            self.filters,
            self.trash_bar,
            self.stack,
            self.notice,
            self.count_label,
        ):
            layout.addWidget(widget, 1 if widget is self.stack else 0)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._run_search)
        self.search_box.textChanged.connect(self._search_timer.start)
        self.filters.changed.connect(self._apply_filters)
        self.model.reloaded.connect(self._reloaded)
        self.model.rowsInserted.connect(self._show_count)
        self.model.load_failed.connect(self.notice.show_message)
        self.hits_model.modelReset.connect(self._show_count)
        self.hits_model.rowsInserted.connect(self._show_count)
        self.hits_model.search_failed.connect(self.notice.show_message)
        self.list.selectionModel().currentChanged.connect(self._on_current_recording)
        self.hits.selectionModel().currentChanged.connect(self._on_current_hit)
        self.list.activated.connect(self._pick)
        self.hits.activated.connect(self._pick)
        for view in (self.list, self.hits):
            view.selectionModel().selectionChanged.connect(self.actions.update_enabled)
            view.customContextMenuRequested.connect(lambda pos, v=view: self._context_menu(v, pos))
        self.actions.changed.connect(self._changed)
        self.actions.notice.connect(self.notice.show_message)
        self.actions.trashed.connect(self._trashed)
        self.actions.retranscribe_requested.connect(self.retranscribe_requested)
        self._apply_filters()

    def _make_view(self, name: str) -> QListView:
        view = QListView(objectName=name)
        view.setAlternatingRowColors(True)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.setWordWrap(True)
        view.setSpacing(1)
        return view

    def _make_trash_bar(self) -> QWidget:
        bar = QWidget(objectName="trashBar")
        note = QLabel(f"Recordings in the trash are deleted for good after {TRASH_KEEP.days} days.")
        note.setWordWrap(True)
        buttons = QHBoxLayout()
        for action in (self.actions.restore_action, self.actions.empty_trash_action):
            button = QToolButton()
            button.setDefaultAction(action)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(bar)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(note)
        layout.addLayout(buttons)
        bar.hide()
        return bar

    # --- loading ------------------------------------------------------------------------------------

    def refresh(self, select_id: int | None = None) -> None:
        """Read the list again with the same filter, keeping the selection and the scroll position where
        possible; `select_id`: make that recording the current one instead. (Search hits stay as they
        are: they are read again when the query changes or an action here changed the library.)"""
        self._remember_selection(select_id, keep_scroll=select_id is None)
        where, (sort, descending) = self.filters.recording_filter(), self.filters.sort_order()
        self.model.set_query(where, sort, descending, keep_rows=None)
        self._load_tags()

    def _changed(self) -> None:
        """After an action: the list, and the search hits (titles, the trash) may be different."""
        self.refresh()
        if self.hits_model.query:
            self.hits_model.set_query(self.hits_model.query)

    def _apply_filters(self) -> None:
        self._remember_selection(None, keep_scroll=False)
        where, (sort, descending) = self.filters.recording_filter(), self.filters.sort_order()
        self.model.set_query(where, sort, descending)
        self.trash_bar.setVisible(self.filters.in_trash())
        self.actions.update_enabled()
        self._load_tags()

    def _load_tags(self) -> None:
        items = self._library.items
        run_in_background(
            items.all_tags,
            owner=self,
            on_success=self.filters.set_tags,
            on_failure=lambda error: self.notice.show_message(str(error)),
        )

    def _remember_selection(self, select_id: int | None, *, keep_scroll: bool) -> None:
        current = self.list.currentIndex()
        current_id = (
            select_id if select_id is not None else (current.data(ROLE_ID) if current.isValid() else None)
        )
        selected = {index.data(ROLE_ID) for index in self.list.selectionModel().selectedIndexes()}
        if select_id is not None:
            selected = {select_id}
        scroll = self.list.verticalScrollBar().value() if keep_scroll else None
        self._restore = (current_id, selected, scroll)

    def _reloaded(self) -> None:
        """Select again what was selected (by ID) once the reloaded rows are in."""
        current_id, selected, scroll = self._restore
        selection = QItemSelection()
        for recording_id in selected:
            row = self.model.row_of(recording_id)
            if row is not None:
                index = self.model.index(row)
                selection.select(index, index)
        model = self.list.selectionModel()
        self._restoring = True
        try:
            model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            row = self.model.row_of(current_id) if current_id is not None else None
            if row is not None:
                model.setCurrentIndex(self.model.index(row), QItemSelectionModel.SelectionFlag.NoUpdate)
        finally:
            self._restoring = False
        if scroll is not None:
            self.list.verticalScrollBar().setValue(scroll)
        elif row is not None:
            self.list.scrollTo(self.model.index(row))
        self._show_count()
        self.actions.update_enabled()

    def _show_count(self) -> None:
        if self.stack.currentWidget() is self.hits:
            count = self.hits_model.rowCount()
            if not count:
                text = "Nothing found" if self.hits_model.query else ""
            else:
                text = plural(count, "hit") + (" or more" if self.hits_model.has_more() else "")
        elif self.filters.in_trash():
            text = f"{self.model.total:,} in the trash"
        else:
            text = plural(self.model.total, "recording")
        self.count_label.setText(text)

    # --- search -------------------------------------------------------------------------------------

    def _run_search(self) -> None:
        query = self.search_box.text().strip()
        self.hits_model.set_query(query)
        self.stack.setCurrentWidget(self.hits if query else self.list)
        self.filters.setEnabled(not query)
        self.filters.setToolTip("The filters apply to the list, not to search results" if query else "")
        self._show_count()
        self.actions.update_enabled()

    # --- selection ----------------------------------------------------------------------------------

    def _visible_view(self) -> QListView:
        return self.hits if self.stack.currentWidget() is self.hits else self.list

    def _picked(self) -> list[Picked]:
        """The selected recordings of the visible list, in list order (each once)."""
        view = self._visible_view()
        rows = sorted({index.row() for index in view.selectionModel().selectedIndexes()})
        picked: dict[int, Picked] = {}
        for row in rows:
            if view is self.list:
                item = self.model.summary(row)
                picked.setdefault(item.id, Picked(item.id, item.title, item))
            else:
                hit = self.hits_model.hit(row)
                summary_row = self.model.row_of(hit.id)
                summary = self.model.summary(summary_row) if summary_row is not None else None
                picked.setdefault(hit.id, Picked(hit.id, hit.title, summary))
        return list(picked.values())

    def selected_ids(self) -> list[int]:
        """The IDs of the selected recordings in the visible list."""
        return [p.id for p in self._picked()]

    def selected_id(self) -> int | None:
        """The current recording of the visible list (None if there is none)."""
        index = self._visible_view().currentIndex()
        return int(index.data(ROLE_ID)) if index.isValid() else None

    def _on_current_recording(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        recording_id = int(current.data(ROLE_ID))
        if self._restoring and recording_id == self._current_id:
            return  # the same recording again after a reload: nothing new to show
        self._current_id = recording_id
        self.recording_selected.emit(recording_id, 0.0)

    def _on_current_hit(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._pick(current)

    def _pick(self, index: QModelIndex) -> None:
        if index.isValid():
            self.recording_selected.emit(int(index.data(ROLE_ID)), float(index.data(ROLE_START)))

    # --- actions ------------------------------------------------------------------------------------

    def _context_menu(self, view: QListView, pos: QPoint) -> None:
        if not view.indexAt(pos).isValid() and not self.filters.in_trash():
            return
        menu = self.actions.menu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(view.viewport().mapToGlobal(pos))

    def _trashed(self, ids: list[int]) -> None:
        self.notice.show_message(
            f"Moved {plural(len(ids), 'recording')} to the trash.", undo=True, ms=self.actions.undo_ms
        )
