"""The library list's model: the recordings of a filter, read a page at a time in the background, each row
a title and a grey line, grouped by day (the first row of a day carries its header), with the job state
of a recording still being transcribed kept up to date from the job updates."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from iam_desktop.library.recording_store import RecordingStore
from iam_desktop.library.records import JobInfo, RecordingFilter, RecordingSummary, SortKey
from iam_desktop.library.status import RecordingStatus
from iam_desktop.ui.i18n import format_datetime, translate
from iam_desktop.ui.library_rows import DOT, accessible_text, day_header, grey_line, is_problem, line_parts
from iam_desktop.ui.operations import Operation

#: recordings read at a time
PAGE_SIZE = 200
#: a reload reads at most this many rows again (so that a refresh keeps the scroll position and selection)
RELOAD_LIMIT = 2000
ROLE_ID = Qt.ItemDataRole.UserRole
ROLE_START = Qt.ItemDataRole.UserRole + 1
ROLE_SUMMARY = Qt.ItemDataRole.UserRole + 2
#: the grey line's two parts: (when · duration · language, the job's state or "")
ROLE_LINE = Qt.ItemDataRole.UserRole + 3
#: the day header drawn above the first row of a day ("Today"), or None
ROLE_HEADER = Qt.ItemDataRole.UserRole + 4
#: True when the row's state is an error (drawn in the error colour)
ROLE_PROBLEM = Qt.ItemDataRole.UserRole + 5
#: an engine key -> its name (English; shown through `engine_name`)
ENGINE_NAMES = {"local": QT_TRANSLATE_NOOP("library_model", "Offline"), "openai": "OpenAI"}

AnyIndex = QModelIndex | QPersistentModelIndex


def engine_name(key: str) -> str:
    """An engine's name in the window's language ("Offline", "OpenAI"; an unknown key as it is)."""
    return translate("library_model", str(ENGINE_NAMES[key])) if key in ENGINE_NAMES else key


def _tooltip(item: RecordingSummary) -> str:
    text = item.title
    details = [engine_name(item.engine)] if item.engine else []
    if item.edited:
        details.append(translate("library_model", "Edited"))
    if item.tags:
        details.append(", ".join(f"#{tag}" for tag in item.tags))
    if details:
        text += "\n" + DOT.join(details)
    if item.deleted_at is not None:
        since = format_datetime(item.deleted_at.astimezone())
        text += "\n" + translate("library_model", "In the trash since {when}").format(when=since)
    if item.notes:
        text += f"\n\n{item.notes}"
    return text


#: a job's state -> the recording's state in the list (a job lost to another process tells nothing)
_JOB_STATES = {str(state): state for state in RecordingStatus}


class RecordingListModel(QAbstractListModel):
    """The recordings matching a filter, in a sort order, loaded a page at a time (PAGE_SIZE).

    `set_query` and `reload` read the count and the first rows in the background and swap them in when
    they arrive (the old rows stay until then); results of an older request are dropped.

    Rows sorted by creation time are grouped by day: ROLE_HEADER gives the header above a day's first
    row. The title is editable (EditRole): an edit is not written here but asked for with
    `title_edited`, and shown at once.

    Signals:
        reloaded: after a reload's rows are in (the view restores its selection then).
        load_failed: a message in plain words when the library could not be read.
        title_edited: (recording ID, new title) after the user edited a title in place.
    """

    #: emitted once the rows of a reload are in the model
    reloaded = Signal()
    #: the error message
    load_failed = Signal(str)
    #: recording ID, the new title
    title_edited = Signal(int, str)

    def __init__(self, items: RecordingStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items = items
        self._where = RecordingFilter()
        self._sort: SortKey = "created"
        self._descending = True
        self._rows: list[RecordingSummary] = []
        self._row_of: dict[int, int] = {}
        self._total = 0
        self._generation = 0
        self._fetching = False
        self._reloading = False
        #: what "today" is measured from (a fixed time in tests)
        self.now = datetime.now

    # --- the query ----------------------------------------------------------------------------------

    @property
    def where(self) -> RecordingFilter:
        return self._where

    @property
    def total(self) -> int:
        """How many recordings match (loaded or not)."""
        return self._total

    def is_loading(self) -> bool:
        return self._reloading or self._fetching

    def set_query(
        self,
        where: RecordingFilter,
        sort: SortKey = "created",
        descending: bool = True,
        *,
        keep_rows: int | None = 0,
    ) -> None:
        """Show the recordings matching `where` in this order (`keep_rows`: as for reload; by default
        one page, from the top)."""
        self._where, self._sort, self._descending = where, sort, descending
        self.reload(keep_rows=keep_rows)

    def reload(self, keep_rows: int | None = None) -> None:
        """Read the count and the rows again in the background. `keep_rows`: how many rows to read
        (default: as many as are loaded now, at most RELOAD_LIMIT; at least one page)."""
        self._generation += 1
        generation = self._generation
        self._reloading, self._fetching = True, False
        wanted = len(self._rows) if keep_rows is None else keep_rows
        wanted = max(PAGE_SIZE, min(wanted, RELOAD_LIMIT))
        items, where, sort, descending = self._items, self._where, self._sort, self._descending

        def load() -> tuple[int, list[RecordingSummary]]:
            total = items.count(where)
            rows = (
                items.query(where, sort=sort, descending=descending, limit=min(wanted, total))
                if total
                else []
            )
            return total, rows

        # a failed read is said by load_failed (the panel shows it under the list)
        Operation(self, load).success(lambda result: self._reloaded(generation, *result)).failure(
            lambda error: self._failed(generation, error)
        ).run()

    def _reloaded(self, generation: int, total: int, rows: list[RecordingSummary]) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._rows = rows
        self._row_of = {item.id: row for row, item in enumerate(rows)}
        self._total = max(total, len(rows))
        self._reloading = False
        self.endResetModel()
        self.reloaded.emit()

    def _failed(self, generation: int, error: Exception) -> None:
        if generation != self._generation:
            return
        if self._fetching:  # no more pages until the next reload (the view would ask again at once)
            self._total = len(self._rows)
        self._reloading = self._fetching = False
        self.load_failed.emit(str(error))

    # --- paging -------------------------------------------------------------------------------------

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008 (Qt's signature)
        if parent.isValid() or self._reloading or self._fetching:
            return False
        return len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008 (Qt's signature)
        """Read the next page in the background; it is appended when it arrives."""
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        generation, offset = self._generation, len(self._rows)
        items, where, sort, descending = self._items, self._where, self._sort, self._descending
        Operation(
            self, lambda: items.query(where, sort=sort, descending=descending, offset=offset, limit=PAGE_SIZE)
        ).success(lambda page: self._fetched(generation, offset, page)).failure(
            lambda error: self._failed(generation, error)
        ).run()

    def _fetched(self, generation: int, offset: int, page: list[RecordingSummary]) -> None:
        if generation != self._generation or offset != len(self._rows):
            return
        self._fetching = False
        fresh = [item for item in page if item.id not in self._row_of]  # rows moved by a concurrent change
        if len(page) < PAGE_SIZE or not fresh:  # the list changed since the count: the end is here
            self._total = len(self._rows) + len(fresh)
        if not fresh:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
        for row, item in enumerate(fresh, start=first):
            self._rows.append(item)
            self._row_of[item.id] = row
        self.endInsertRows()

    # --- reading ------------------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return item.title
        if role == ROLE_LINE:
            return line_parts(item, self.now())
        if role == ROLE_HEADER:
            return self.header(index.row())
        if role == ROLE_PROBLEM:
            return is_problem(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(item)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return accessible_text(item, self.header(index.row()))
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return grey_line(item, self.now())
        if role == ROLE_ID:
            return item.id
        if role == ROLE_START:
            return 0.0
        if role == ROLE_SUMMARY:
            return item
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        listed = index.isValid() and 0 <= index.row() < len(self._rows)
        if listed and self._rows[index.row()].deleted_at is None:  # a title in the trash is not renamed
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: AnyIndex, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """A title edited in place: shown at once, asked for with `title_edited` (the owner saves it)."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return False
        title = " ".join(str(value).split())
        item = self._rows[index.row()]
        if not title or title == item.title:
            return False
        self._rows[index.row()] = replace(item, title=title)
        self.dataChanged.emit(index, index)
        self.title_edited.emit(item.id, title)
        return True

    def header(self, row: int) -> str | None:
        """The day header above `row` (None: the row is not the first of its day, or the list is not in
        order of creation)."""
        if self._sort != "created" or not 0 <= row < len(self._rows):
            return None
        now = self.now()
        text = day_header(self._rows[row].created_at, now)
        if row and day_header(self._rows[row - 1].created_at, now) == text:
            return None
        return text

    def show_job(self, job: JobInfo) -> None:
        """A job's new state or progress (from the runner's updates): the row of its recording shows it
        at once (the stored state is read with the next reload)."""
        state = _JOB_STATES.get(str(job.status))
        row = self._row_of.get(job.recording_id) if job.recording_id is not None else None
        if state is None or row is None:
            return
        item = self._rows[row]
        updated = replace(item, status=state, progress=job.progress)
        if updated != item:
            self._rows[row] = updated
            index = self.index(row)
            self.dataChanged.emit(index, index)

    def summary(self, row: int) -> RecordingSummary:
        return self._rows[row]

    def row_of(self, recording_id: int) -> int | None:
        """The row of a loaded recording (None if it is not loaded or not in the list)."""
        return self._row_of.get(recording_id)
