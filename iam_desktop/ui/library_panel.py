"""The library sidebar: a search field and one Filter button on top, the recordings (read page by page,
grouped by day, each a title and a grey line) or the search hits, and the actions on the selected
recordings (context menu and keys; F2 renames in place), with Undo after a move to the trash."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
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
from iam_desktop.library.records import JobInfo, RecordingFilter, TagCount
from iam_desktop.ui.accessibility import announce
from iam_desktop.ui.changes import Change, ChangeBus, Kind
from iam_desktop.ui.i18n import format_number, translate
from iam_desktop.ui.icons import icon
from iam_desktop.ui.library_delegate import LibraryListView
from iam_desktop.ui.library_filters import FilterButton, LibraryFilterBar
from iam_desktop.ui.library_model import ROLE_ID, ROLE_START, RecordingListModel
from iam_desktop.ui.operations import Operation
from iam_desktop.ui.pending_files import PendingFiles
from iam_desktop.ui.recording_actions import Picked, RecordingActions
from iam_desktop.ui.search_hits import HitDelegate, SearchHitModel

#: how long typing must pause before the search runs (milliseconds)
SEARCH_DELAY_MS = 200
#: how long a notice stays (milliseconds); one offering Undo stays as long as Undo is possible
NOTICE_MS = 8000
#: changes arriving within this time are read in one reload (a burst of edits, a bulk action; ms)
RELOAD_DELAY_MS = 50
#: what the count line says while the list's first rows are being read (the window shows before that;
#: English, shown translated, like the texts below)
LOADING_TEXT = QT_TRANSLATE_NOOP("library_panel", "Loading library…")
#: what the list says when its filters match nothing (an empty library says nothing: the window shows
#: its welcome card)
NO_MATCH_TEXT = QT_TRANSLATE_NOOP("library_panel", "No recordings match")
EMPTY_TRASH_TEXT = QT_TRANSLATE_NOOP("library_panel", "The trash is empty")


def _grouped(text: str, count: int) -> str:
    """A text with Qt's %n filled in, with the count written the locale's way ("100,000 recordings")."""
    return text.replace(str(count), format_number(count), 1)


class NoticeBar(QFrame):
    """A short message under the list, with the Undo button while the message offers it; hides itself."""

    def __init__(self, undo: QToolButton, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.undo_button = undo
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(translate("library_panel", "Hide this message"))
        close.setAccessibleName(translate("library_panel", "Hide this message"))
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 2, 2)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.undo_button)
        layout.addWidget(close)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def show_message(self, text: str, *, undo: bool = False, ms: int = NOTICE_MS) -> None:
        """Show `text` (and Undo when `undo`) for `ms`; a screen reader is told it too."""
        self.label.setText(text)
        announce(self, text)
        self.undo_button.setVisible(undo)
        self._timer.start(ms)
        self.show()


class LibraryPanel(QWidget):
    """Recordings in the chosen filter and order (the trash on request), or the hits of the text in the
    search box; the selected recordings can be renamed, noted, tagged, exported, transcribed again and
    moved to the trash.

    It reads again what it shows when the library changes (`bus`: the window's ChangeBus; a panel of its
    own when None): the list, and the search hits of the current query.

    Attributes: search_box, filters (LibraryFilterBar, in the popup of filter_button), model and list (the
    recordings and their view), hits_model and hits (the search hits and their view), recording_actions
    (RecordingActions), notice (NoticeBar), count_label, trash_bar, bus.

    Signals:
        recording_selected: (recording ID, seconds to show) when the user picks an item or a hit.
        retranscribe_requested: the IDs of the recordings the user wants transcribed again.
        speakers_requested: the IDs of recordings whose speakers to identify, and how many (0: find).
        emptiness_changed: True when the library has no recordings (outside the trash) at all, False once
            it has one; a filter or search that matches nothing does not count.
    """

    #: recording ID, position in seconds (0.0 for a plain item)
    recording_selected = Signal(int, float)
    #: list of recording IDs (the window queues them with its transcription options)
    retranscribe_requested = Signal(list)
    #: list of recording IDs, the number of speakers (0: find it)
    speakers_requested = Signal(list, int)
    #: whether the library is empty
    emptiness_changed = Signal(bool)

    def __init__(
        self, library: Library, parent: QWidget | None = None, *, bus: ChangeBus | None = None
    ) -> None:
        super().__init__(parent)
        self._library = library
        self.bus = bus if bus is not None else ChangeBus(self)
        self._current_id: int | None = None
        self._select_id: int | None = None
        self._restoring = False
        self._restore: tuple[int | None, set[int], int | None] = (None, set(), None)
        self._current_hit: tuple[int, float] | None = None
        self._empty: bool | None = None  # not known before the first read

        self.search_box = QLineEdit()
        self.search_box.setObjectName("librarySearch")
        self.search_box.setAccessibleName(translate("library_panel", "Search the library"))
        self.search_box.setPlaceholderText(translate("library_panel", "Search"))
        self.search_box.setToolTip(translate("library_panel", "Search transcripts, titles and notes"))
        self.search_box.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setAcceptDrops(False)
        self.filters = LibraryFilterBar()
        self.filter_button = FilterButton(self.filters, self)
        self.model = RecordingListModel(library.items, self)
        self.list = LibraryListView()
        self.list.setObjectName("libraryList")
        self.list.setAccessibleName(translate("library_panel", "Library"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)  # F2: the rename action
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.setModel(self.model)
        self.hits_model = SearchHitModel(library.search, self)
        self.hits = self._make_view("searchHits")
        self.hits.setAccessibleName(translate("library_panel", "Search results"))
        self._announced_query = ""
        self.hits.setItemDelegate(HitDelegate(self.hits))
        self.hits.setResizeMode(QListView.ResizeMode.Adjust)
        self.hits.setModel(self.hits_model)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.hits)

        self.recording_actions = RecordingActions(
            library, self._picked, self.filters.in_trash, self, self.bus
        )
        self.recording_actions.edit_title = self._edit_title
        for view in (self.list, self.hits):
            self.recording_actions.bind(view)
        undo = QToolButton()
        undo.setAutoRaise(True)
        undo.setDefaultAction(self.recording_actions.undo_action)
        self.notice = NoticeBar(undo)
        self.count_label = QLabel()
        self.count_label.setObjectName("libraryCount")
        self.count_label.setContentsMargins(8, 0, 8, 2)
        self.trash_bar = self._make_trash_bar()

        top = QHBoxLayout()
        top.setContentsMargins(6, 6, 6, 0)
        top.setSpacing(4)
        top.addWidget(self.search_box, 1)
        top.addWidget(self.filter_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        self.pending = PendingFiles()
        for widget in (
            self.pending,
            self.trash_bar,
            self.stack,
            self.notice,
            self.count_label,
        ):
            layout.addWidget(widget, 1 if widget is self.stack else 0)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._run_search)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(self._library_changed)
        self.bus.changed.connect(self._on_change)
        self.search_box.textChanged.connect(self._search_timer.start)
        self.filters.changed.connect(self._apply_filters)
        self.model.reloaded.connect(self._reloaded)
        self.model.title_edited.connect(self.recording_actions.rename)
        self.model.rowsInserted.connect(self._show_count)
        self.model.load_failed.connect(self.notice.show_message)
        self.model.load_failed.connect(lambda _message: self._show_count())  # no longer "Loading…"
        self.hits_model.searched.connect(self._show_count)
        self.hits_model.searched.connect(self._announce_hits)
        self.hits_model.rowsInserted.connect(self._show_count)
        self.hits_model.modelAboutToBeReset.connect(self._remember_hit)
        self.hits_model.modelReset.connect(self._restore_hit)
        self.hits_model.search_failed.connect(self.notice.show_message)
        self.list.selectionModel().currentChanged.connect(self._on_current_recording)
        self.hits.selectionModel().currentChanged.connect(self._on_current_hit)
        self.list.activated.connect(self._pick)
        self.hits.activated.connect(self._pick)
        for view in (self.list, self.hits):
            view.selectionModel().selectionChanged.connect(self.recording_actions.update_enabled)
            view.customContextMenuRequested.connect(lambda pos, v=view: self._context_menu(v, pos))
        self.recording_actions.notice.connect(self.notice.show_message)
        self.recording_actions.trashed.connect(self._trashed)
        self.recording_actions.retranscribe_requested.connect(self.retranscribe_requested)
        self.recording_actions.speakers_requested.connect(self.speakers_requested)
        self._apply_filters()

    def _make_view(self, name: str) -> QListView:
        view = QListView()
        view.setObjectName(name)
        view.setAlternatingRowColors(True)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.setWordWrap(True)
        view.setSpacing(1)
        return view

    def _make_trash_bar(self) -> QWidget:
        bar = QWidget()
        bar.setObjectName("trashBar")
        days = TRASH_KEEP.days
        note = QLabel(
            translate(
                "library_panel", "Recordings in the trash are deleted for good after %n days.", "", days
            )
        )
        note.setWordWrap(True)
        buttons = QHBoxLayout()
        for action in (self.recording_actions.restore_action, self.recording_actions.empty_trash_action):
            button = QToolButton()
            button.setDefaultAction(action)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(bar)
        layout.setContentsMargins(8, 0, 8, 0)
        layout.addWidget(note)
        layout.addLayout(buttons)
        bar.hide()
        return bar

    # --- loading ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the list again with the same filter, keeping the selection and the scroll position where
        possible (a recording asked for with `select_recording` becomes the current one). Search hits stay
        as they are: they are read again when the query changes or the library changes."""
        self._remember_selection(keep_scroll=self._select_id is None)
        where, (sort, descending) = self.filters.recording_filter(), self.filters.sort_order()
        self.model.set_query(where, sort, descending, keep_rows=None)
        self._load_tags()

    def select_recording(self, recording_id: int) -> None:
        """Make `recording_id` the current recording of the list as soon as the list shows it (a recording
        just saved: the reload its change caused brings it in)."""
        self._select_id = recording_id
        row = self.model.row_of(recording_id)
        if row is not None and not self.model.is_loading():
            self._remember_selection(keep_scroll=False)
            self._reloaded()

    def _on_change(self, change: Change) -> None:
        """The library changed: what the list and the search hits show may be different (titles, the
        trash, tags, a job's state, a transcript's text). Changes close together are read once."""
        if change.touches(Kind.RECORDINGS) or change.touches(Kind.TRANSCRIPT):
            self._reload_timer.start()

    def _library_changed(self) -> None:
        self.refresh()
        if self.hits_model.query:
            self.hits_model.set_query(self.hits_model.query, keep_rows=True)

    def _apply_filters(self) -> None:
        self._remember_selection(keep_scroll=False)
        where, (sort, descending) = self.filters.recording_filter(), self.filters.sort_order()
        self.model.set_query(where, sort, descending)
        self.trash_bar.setVisible(self.filters.in_trash())
        self.recording_actions.update_enabled()
        self._show_count()
        self._load_tags()

    def _load_tags(self) -> None:
        # a read failing here is said under the list, like a failed reload of the list itself
        Operation(self, self._library.items.all_tags).success(self._tags_loaded).failure(
            lambda error: self.notice.show_message(str(error))
        ).run()

    def _tags_loaded(self, tags: list[TagCount]) -> None:
        self.filters.set_tags(tags)
        self.recording_actions.known_tags = [tag.name for tag in tags]

    # --- the empty library --------------------------------------------------------------------------

    def is_empty(self) -> bool:
        """Whether the library has no recordings outside the trash (False until the first read)."""
        return bool(self._empty)

    def _check_empty(self) -> None:
        """After a reload: unfiltered, the list's count says it; filtered, the library is counted."""
        if self.filters.active_count() == 0:
            self._set_empty(self.model.total == 0)
            return
        items = self._library.items
        Operation(self, lambda: items.count(RecordingFilter())).success(
            lambda count: self._set_empty(count == 0)
        ).run()

    def _set_empty(self, empty: bool) -> None:
        if empty != self._empty:
            self._empty = empty
            self.emptiness_changed.emit(empty)

    # --- jobs and editing in place ------------------------------------------------------------------

    def show_job(self, job: JobInfo) -> None:
        """A job's new state or progress (the window's JobBridge.job_changed): the row of its recording
        says it at once ("Transcribing 42 %"); a file whose recording is not made yet is listed under
        "Adding"."""
        self.model.show_job(job)
        self.pending.show_job(job)

    def _edit_title(self) -> bool:
        """Start editing the current recording's title in the list (F2); False when the list is not the
        visible view or has no current recording (the rename dialog asks then)."""
        index = self.list.currentIndex()
        if self.stack.currentWidget() is not self.list or not index.isValid():
            return False
        self.list.scrollTo(index)
        self.list.edit(index)
        return self.list.state() == QAbstractItemView.State.EditingState

    def _remember_selection(self, *, keep_scroll: bool) -> None:
        select_id = self._select_id
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
        """Select again what was selected (by ID) once the reloaded rows are in (or the recording asked
        for with `select_recording`, once it is listed)."""
        current_id, selected, scroll = self._restore
        if self._select_id is not None and self.model.row_of(self._select_id) is not None:
            current_id, selected, scroll = self._select_id, {self._select_id}, None
            self._select_id = None
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
        self.recording_actions.update_enabled()
        self._check_empty()

    def _show_count(self) -> None:
        loading = self.model.is_loading() and not self.model.rowCount()
        if self.stack.currentWidget() is self.hits:
            count, query = self.hits_model.rowCount(), self.hits_model.query
            if not count:
                text = translate("library_panel", "Nothing found for “{query}”") if query else ""
            elif self.hits_model.has_more():
                text = translate("library_panel", "%n or more hits for “{query}”", "", count)
            else:
                text = translate("library_panel", "%n hits for “{query}”", "", count)
            text = text.format(query=query)
        elif loading:
            text = translate("library_panel", str(LOADING_TEXT))
        elif self.filters.in_trash():
            total = self.model.total
            text = _grouped(translate("library_panel", "%n in the trash", "", total), total)
        else:
            total = self.model.total
            text = _grouped(translate("library_panel", "%n recordings", "", total), total)
        self.count_label.setText(text)
        placeholder = ""
        if not self.model.rowCount() and not self.model.is_loading():
            if self.filters.in_trash():
                placeholder = translate("library_panel", str(EMPTY_TRASH_TEXT))
            elif self.filters.active_count():
                placeholder = translate("library_panel", str(NO_MATCH_TEXT))
        self.list.set_placeholder(placeholder)
        nothing_listed = self.stack.currentWidget() is self.list and not self.model.rowCount()
        self.count_label.setVisible(bool(text) and (loading or not nothing_listed))

    # --- search -------------------------------------------------------------------------------------

    def _run_search(self) -> None:
        query = self.search_box.text().strip()
        self.hits_model.set_query(query)
        self.stack.setCurrentWidget(self.hits if query else self.list)
        self.filters.setEnabled(not query)
        self.filter_button.setEnabled(not query)
        self.filter_button.setToolTip(
            translate("library_panel", "The filters apply to the list, not to search results")
            if query
            else ""
        )
        if not query:
            self._announced_query = ""
        self._show_count()
        self.recording_actions.update_enabled()

    def _announce_hits(self, query: str, _count: int) -> None:
        """A new search's first hits are in: tell a screen reader how many recordings they are in (once
        per query; the same query read again after a change says nothing)."""
        if query == self._announced_query or query != self.search_box.text().strip():
            return
        self._announced_query = query
        found = len({self.hits_model.hit(row).id for row in range(self.hits_model.rowCount())})
        announce(self.hits, translate("library_panel", "%n recordings found", "", found))

    def _remember_hit(self) -> None:
        """Before the hits are replaced: the current one, to find again (the same query read again after a
        change)."""
        index = self.hits.currentIndex()
        self._current_hit = (
            (int(index.data(ROLE_ID)), float(index.data(ROLE_START))) if index.isValid() else None
        )

    def _restore_hit(self) -> None:
        if self._current_hit is None:
            return
        for row in range(self.hits_model.rowCount()):
            hit = self.hits_model.hit(row)
            if (hit.id, hit.start) == self._current_hit:
                self._restoring = True  # the same hit again: nothing new to show
                try:
                    self.hits.selectionModel().setCurrentIndex(
                        self.hits_model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
                    )
                finally:
                    self._restoring = False
                return

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
        if current.isValid() and not self._restoring:
            self._pick(current)

    def _pick(self, index: QModelIndex) -> None:
        if index.isValid():
            self.recording_selected.emit(int(index.data(ROLE_ID)), float(index.data(ROLE_START)))

    # --- actions ------------------------------------------------------------------------------------

    def _context_menu(self, view: QListView, pos: QPoint) -> None:
        if not view.indexAt(pos).isValid() and not self.filters.in_trash():
            return
        menu = self.recording_actions.menu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(view.viewport().mapToGlobal(pos))

    def _trashed(self, ids: list[int]) -> None:
        count = len(ids)
        self.notice.show_message(
            translate("library_panel", "Moved %n recordings to the trash.", "", count),
            undo=True,
            ms=self.recording_actions.undo_ms,
        )
