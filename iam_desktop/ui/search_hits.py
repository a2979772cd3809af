"""Search hits for the library panel: a model filled by background searches, and a delegate that shows the
matched words in bold."""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from iam_desktop.library.records import SearchHit
from iam_desktop.ui.i18n import format_clock, translate
from iam_desktop.ui.library_model import ROLE_ID, ROLE_START
from iam_desktop.ui.operations import Operation, Pool

#: hits read at a time
HIT_PAGE = 200
ROLE_HTML = Qt.ItemDataRole.UserRole + 10
#: where a hit that is not in the transcript was found (English; shown translated)
SOURCE_WORDS = {
    "title": QT_TRANSLATE_NOOP("search_hits", "in the title"),
    "notes": QT_TRANSLATE_NOOP("search_hits", "in the notes"),
    "summary": QT_TRANSLATE_NOOP("search_hits", "in a summary"),
}
_MARKED = re.compile("«(.*?)»", re.S)

SearchFunc = Callable[..., list[SearchHit]]
AnyIndex = QModelIndex | QPersistentModelIndex


def _excerpt_parts(hit: SearchHit) -> list[tuple[str, bool]]:
    """The excerpt as (text, matched) pieces, from the hit's spans (or the « » marks of its snippet)."""
    if hit.text:
        parts, at = [], 0
        for start, end in sorted(hit.spans):
            if start < at:
                continue
            parts += [(hit.text[at:start], False), (hit.text[start:end], True)]
            at = end
        return [*parts, (hit.text[at:], False)]
    parts, at = [], 0
    for match in _MARKED.finditer(hit.snippet):
        parts += [(hit.snippet[at : match.start()], False), (match.group(1), True)]
        at = match.end()
    return [*parts, (hit.snippet[at:], False)]


def hit_heading(hit: SearchHit) -> str:
    """ "Interview  ·  1:05", or "Interview  ·  in the title" for a title or notes hit."""
    return f"{hit.title}  ·  {_where(hit)}"


def _where(hit: SearchHit) -> str:
    """Where the hit is: "in the title", "in the notes", or its time in the recording ("1:05")."""
    word = SOURCE_WORDS.get(hit.source)
    return translate("search_hits", str(word)) if word else format_clock(hit.start)


def hit_accessible_text(hit: SearchHit) -> str:
    """The hit as one sentence for a screen reader: "Interview, at 1:05: … the matched words …"."""
    word = SOURCE_WORDS.get(hit.source)
    if word:
        where = translate("search_hits", str(word))
    else:
        where = translate("search_hits", "at {time}").format(time=format_clock(hit.start))
    excerpt = "".join(text for text, _ in _excerpt_parts(hit)).strip()
    return translate("search_hits", "{title}, {where}: {excerpt}").format(
        title=hit.title, where=where, excerpt=excerpt
    )


def hit_text(hit: SearchHit) -> str:
    """The hit as plain text: the heading, then the excerpt without marks."""
    return f"{hit_heading(hit)}\n{''.join(text for text, _ in _excerpt_parts(hit))}"


def hit_html(hit: SearchHit) -> str:
    """The hit as rich text: the heading, then the excerpt with the matched words in bold."""
    excerpt = "".join(
        f"<b>{html.escape(text)}</b>" if matched else html.escape(text)
        for text, matched in _excerpt_parts(hit)
    )
    return f"{html.escape(hit_heading(hit))}<br>{excerpt}"


class SearchHitModel(QAbstractListModel):
    """The hits of the current query, best first, read HIT_PAGE at a time in the background.

    A newer query always wins: the results of an older one are dropped when they arrive. A failed search is
    said by `search_failed` (the panel shows it under the list), not by the default failure handler.

    Signals:
        searched: after the first hits of a query are in (the query, the number of hits loaded); the
            panel's count line ("3 hits for “pier”") follows it.
        search_failed: a message in plain words when the search could not run.
    """

    #: the query and how many hits arrived
    searched = Signal(str, int)
    #: the error message
    search_failed = Signal(str)

    def __init__(
        self, search: SearchFunc, parent: QObject | None = None, *, pool: Pool = Pool.DATABASE
    ) -> None:
        """`search`: the library's search (query, limit=…, offset=…) -> list[SearchHit]; `pool`: where it
        runs (the library's thread; answers may still come back out of order from another pool, and an
        older one is then dropped)."""
        super().__init__(parent)
        self._search = search
        self._pool = pool
        self._query = ""
        self._hits: list[SearchHit] = []
        self._more = False
        self._fetching = False
        self._generation = 0

    @property
    def query(self) -> str:
        return self._query

    def has_more(self) -> bool:
        """Whether the search may have more hits than are loaded."""
        return self._more

    def set_query(self, query: str, *, keep_rows: bool = False) -> None:
        """Search for `query` in the background (empty: no hits at once). `keep_rows`: read as many hits as
        are loaded now (the same query again after the library changed: the view keeps its place)."""
        self._generation += 1
        generation = self._generation
        limit = max(HIT_PAGE, len(self._hits)) if keep_rows else HIT_PAGE
        self._query, self._fetching = query, False
        if not query.strip():
            self._swap([], more=False)
            return
        search = self._search
        Operation(self, lambda: search(query, limit=limit), pool=self._pool).success(
            lambda hits: self._arrived(generation, query, hits, limit)
        ).failure(lambda error: self._failed(generation, error)).run()

    def _arrived(self, generation: int, query: str, hits: list[SearchHit], limit: int = HIT_PAGE) -> None:
        if generation == self._generation:
            self._swap(hits, more=len(hits) >= limit)
            self.searched.emit(query, len(hits))

    def _failed(self, generation: int, error: Exception) -> None:
        if generation == self._generation:
            self._fetching = False
            self.search_failed.emit(str(error))

    def _swap(self, hits: list[SearchHit], *, more: bool) -> None:
        self.beginResetModel()
        self._hits, self._more = list(hits), more
        self.endResetModel()

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008 (Qt's signature)
        return not parent.isValid() and self._more and not self._fetching

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008 (Qt's signature)
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        generation, offset, query, search = self._generation, len(self._hits), self._query, self._search
        Operation(self, lambda: search(query, limit=HIT_PAGE, offset=offset), pool=self._pool).success(
            lambda hits: self._appended(generation, offset, hits)
        ).failure(lambda error: self._failed(generation, error)).run()

    def _appended(self, generation: int, offset: int, hits: list[SearchHit]) -> None:
        if generation != self._generation or offset != len(self._hits):
            return
        self._fetching = False
        self._more = len(hits) >= HIT_PAGE
        if hits:
            self.beginInsertRows(QModelIndex(), offset, offset + len(hits) - 1)
            self._hits.extend(hits)
            self.endInsertRows()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return hit_text(hit)
        if role == ROLE_HTML:
            return hit_html(hit)
        if role == ROLE_ID:
            return hit.id
        if role == ROLE_START:
            return hit.start
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return hit_accessible_text(hit)
        return None

    def hit(self, row: int) -> SearchHit:
        return self._hits[row]


class HitDelegate(QStyledItemDelegate):
    """Paints a hit's rich text (ROLE_HTML), wrapped to the width of the view."""

    def _document(self, option: QStyleOptionViewItem, index: AnyIndex) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(2)
        document.setHtml(str(index.data(ROLE_HTML) or ""))
        widget = option.widget
        width = widget.viewport().width() if widget is not None and hasattr(widget, "viewport") else 300
        document.setTextWidth(max(80, width - 8))
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        options.text = ""
        widget = options.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, options, painter, widget)
        document = self._document(options, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        group = (
            QPalette.ColorGroup.Active
            if options.state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )
        role = (
            QPalette.ColorRole.HighlightedText
            if options.state & QStyle.StateFlag.State_Selected
            else QPalette.ColorRole.Text
        )
        context.palette.setColor(QPalette.ColorRole.Text, options.palette.color(group, role))
        painter.save()
        painter.translate(options.rect.topLeft())
        painter.setClipRect(options.rect.translated(-options.rect.topLeft()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        document = self._document(options, index)
        return QSize(int(document.idealWidth()), int(document.size().height()) + 4)
