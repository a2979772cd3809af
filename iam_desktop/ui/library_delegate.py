"""How the library list looks: each row a bold title over one grey line, a small day header above the
first row of a day, a calm rounded highlight for the selection, and the title edited in place (F2).

The headers belong to the row under them (the model's ROLE_HEADER), so they are never selected and the
keys move from recording to recording; `LibraryListView` ignores clicks on a header.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from iam_desktop.ui.i18n import translate
from iam_desktop.ui.library_model import ROLE_HEADER, ROLE_LINE, ROLE_PROBLEM
from iam_desktop.ui.library_rows import DOT
from iam_desktop.ui.theme import Role, semantic

AnyIndex = QModelIndex | QPersistentModelIndex
#: space around a row's text (px): left and right, above and below
PAD_X, PAD_Y = 10, 5
#: space between the title and the grey line (px)
LINE_GAP = 1
#: space above a day header (px), and under it
HEADER_ABOVE, HEADER_BELOW = 8, 2
#: the rounding of the highlight (px) and its inset from the view's edges
RADIUS, INSET = 6, 4
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def _header_font(base: QFont) -> QFont:
    font = QFont(base)
    font.setPointSizeF(max(7.0, base.pointSizeF() * 0.85))
    font.setWeight(QFont.Weight.DemiBold)
    return font


def _title_font(base: QFont) -> QFont:
    font = QFont(base)
    font.setWeight(QFont.Weight.DemiBold)
    return font


def _line_font(base: QFont) -> QFont:
    font = QFont(base)
    font.setPointSizeF(max(7.0, base.pointSizeF() * 0.92))
    return font


class RecordingDelegate(QStyledItemDelegate):
    """Paints a recording row (title, grey line, day header) and edits its title in a line field."""

    def header_height(self, option: QStyleOptionViewItem, index: AnyIndex) -> int:
        """The height of the day header above the row (0 without one)."""
        if not index.data(ROLE_HEADER):
            return 0
        return HEADER_ABOVE + QFontMetrics(_header_font(option.font)).height() + HEADER_BELOW

    def _body_height(self, option: QStyleOptionViewItem) -> int:
        title = QFontMetrics(_title_font(option.font)).height()
        line = QFontMetrics(_line_font(option.font)).height()
        return PAD_Y + title + LINE_GAP + line + PAD_Y

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        return QSize(120, self.header_height(option, index) + self._body_height(option))

    def _title_rect(self, option: QStyleOptionViewItem, index: AnyIndex) -> QRect:
        top = option.rect.top() + self.header_height(option, index) + PAD_Y
        height = QFontMetrics(_title_font(option.font)).height()
        return QRect(option.rect.left() + PAD_X, top, option.rect.width() - 2 * PAD_X, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        palette, rect = option.palette, option.rect
        header = index.data(ROLE_HEADER)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        muted = semantic(Role.MUTED, palette)
        if header:
            painter.setFont(_header_font(option.font))
            painter.setPen(muted)
            header_rect = QRect(rect.left() + PAD_X, rect.top() + HEADER_ABOVE, rect.width() - 2 * PAD_X, 0)
            header_rect.setHeight(QFontMetrics(painter.font()).height())
            painter.drawText(header_rect, LEFT, str(header))
        body = rect.adjusted(INSET, self.header_height(option, index), -INSET, 0)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        active = bool(option.state & QStyle.StateFlag.State_Active)
        if selected:
            fill = QColor(palette.color(QPalette.ColorRole.Highlight))
            if not active:
                fill.setAlphaF(0.6)  # the list without the focus: the same place, quieter
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(body, RADIUS, RADIUS)
        elif option.state & QStyle.StateFlag.State_MouseOver:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.AlternateBase))
            painter.drawRoundedRect(body, RADIUS, RADIUS)

        title_rect = self._title_rect(option, index)
        title_font = _title_font(option.font)
        painter.setFont(title_font)
        painter.setPen(
            palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        )
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        title = QFontMetrics(title_font).elidedText(text, Qt.TextElideMode.ElideRight, title_rect.width())
        painter.drawText(title_rect, LEFT, title)

        base, state = index.data(ROLE_LINE) or ("", "")
        line_font = _line_font(option.font)
        metrics = QFontMetrics(line_font)
        line_rect = QRect(title_rect.left(), title_rect.bottom() + 1 + LINE_GAP, title_rect.width(), 0)
        line_rect.setHeight(metrics.height())
        painter.setFont(line_font)
        state_text = f"{DOT}{state}" if state and base else state
        state_width = metrics.horizontalAdvance(state_text) if state_text else 0
        base = metrics.elidedText(base, Qt.TextElideMode.ElideRight, max(0, line_rect.width() - state_width))
        painter.setPen(muted)
        painter.drawText(line_rect, LEFT, base)
        if state_text:
            state_rect = line_rect.adjusted(metrics.horizontalAdvance(base), 0, 0, 0)
            painter.setPen(semantic(Role.ERROR, palette) if index.data(ROLE_PROBLEM) else muted)
            painter.drawText(state_rect, LEFT, state_text)
        painter.restore()

    # --- the title edited in place --------------------------------------------------------------------

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        editor = QLineEdit(parent)
        editor.setObjectName("titleEditor")
        editor.setAccessibleName(translate("library_delegate", "Title"))
        editor.setFont(_title_font(option.font))
        return editor

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        rect = self._title_rect(option, index).adjusted(-4, -3, 4, 3)
        editor.setGeometry(rect)


class LibraryListView(QListView):
    """The list of recordings: rows of different heights (a day header makes one taller), no sideways
    scrolling, clicks on a day header ignored, and a quiet line of text when nothing is listed.

    Attributes: placeholder (the text shown when the list is empty; "" for none).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.placeholder = ""
        self.delegate = RecordingDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setMouseTracking(True)  # the hover shade
        self.setFrameShape(QListView.Shape.NoFrame)
        self.setAutoFillBackground(True)

    def set_placeholder(self, text: str) -> None:
        """Show `text` in the middle of the empty list ("" for nothing)."""
        if text != self.placeholder:
            self.placeholder = text
            self.viewport().update()

    def on_header(self, event: QMouseEvent) -> bool:
        """Whether the mouse is over a day header (not a row's own part)."""
        position = event.position().toPoint()
        index = self.indexAt(position)
        if not index.isValid():
            return False
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.rect = self.visualRect(index)
        return position.y() < option.rect.top() + self.delegate.header_height(option, index)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.on_header(event):
            event.accept()  # a header is not a row: nothing is selected
            return
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if self.on_header(event):
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if self.placeholder and model is not None and model.rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(semantic(Role.MUTED, self.palette()))
            area = self.viewport().rect().adjusted(PAD_X, PAD_X, -PAD_X, -PAD_X)
            painter.drawText(
                area, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                self.placeholder,
            )  # fmt: skip
            painter.end()
