"""The transcript as a document: one row per segment, its start time in a narrow margin, its text a
paragraph (with the speaker's name above it when the speaker changes), no grid and no header.

Rows are measured again whenever their text or the width of the text column changes (the view resized),
so a wrapped paragraph is never clipped. Double-click, Enter or F2 edits a segment's text in place (a
multi-line editor: segment_editor). Space plays or pauses while the table itself has the focus. A plain
click on a timed word reports that word (word_clicked), a click on the time plays from there. A selected
row is outlined and lightly tinted, so the playing marks (word_delegate) stay visible on it.

The rows can be filtered to one speaker's segments (set_speaker_filter): the others are hidden, not
removed, so a row is a segment's position whatever is shown. Hidden rows are never reported as selected;
selecting one (Find, F8, a search hit going there) shows every speaker again first.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)
from shiboken6 import isValid

from iam_desktop.ui.i18n import translate
from iam_desktop.ui.segment_editor import SegmentEditor, TextDelegate
from iam_desktop.ui.segment_layout import PAD_BOTTOM, PAD_TOP, line_step
from iam_desktop.ui.speaker_colours import speaker_colour
from iam_desktop.ui.theme import Role, semantic
from iam_desktop.ui.transcript_model import SPEAKER, TEXT, TIME, SegmentModel, stamp
from iam_desktop.ui.word_delegate import paint_row_background, selection_edge

Index = QModelIndex | QPersistentModelIndex
#: the margin left of the times: room for the accent bar of the playing segment
BAR_LEFT, BAR_WIDTH, TIME_LEFT, TIME_RIGHT = 4, 3, 14, 10
#: the speaker filter that shows the segments nobody is named for
NO_SPEAKER = ""
#: the speaker's bar at the margin's right edge: its width and its distance from the edge
TURN_WIDTH, TURN_RIGHT = 3, 1


class _MarginDelegate(QStyledItemDelegate):
    """The time margin: the segment's start in a muted colour beside its first line, the accent bar of the
    segment being played and, along its right edge, a bar in the speaker's colour (one bar for each turn:
    the rows of one speaker in a row join up)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(option.rect.width(), int(PAD_TOP + line_step(option.font) + PAD_BOTTOM))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        paint_row_background(painter, option, index)
        model = index.model()
        if not isinstance(model, SegmentModel):
            return
        step, rect = line_step(option.font), option.rect
        top = rect.top() + PAD_TOP + (step if model.speaker_label(index.row()) else 0)
        painter.save()
        if index.row() == model.playing_row:
            height = rect.height() - PAD_TOP - PAD_BOTTOM
            bar = QRectF(rect.left() + BAR_LEFT, rect.top() + PAD_TOP, BAR_WIDTH, height)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(semantic(Role.ACCENT, option.palette))
            painter.drawRoundedRect(bar, BAR_WIDTH / 2, BAR_WIDTH / 2)
        speaker = model.speaker_index(index.row())
        if speaker >= 0:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(speaker_colour(speaker, option.palette))
            _draw_turn_bar(painter, model, index.row(), rect)
        painter.setFont(option.font)
        painter.setPen(semantic(Role.MUTED, option.palette))
        slot = QRectF(rect.left() + TIME_LEFT, top, rect.width() - TIME_LEFT - TIME_RIGHT, step)
        align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(slot, align, str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
        painter.restore()


def _draw_turn_bar(painter: QPainter, model: SegmentModel, row: int, rect: QRect) -> None:
    """The speaker's bar of segment `row` in its margin cell `rect`, in the painter's brush: round where the
    turn starts (at the paragraph's top) and ends (at its last line), square where it goes on into the
    row before or after."""
    starts = bool(model.speaker_label(row))
    ends = row + 1 >= model.rowCount() or model.segment(row + 1).speaker != model.segment(row).speaker
    top = rect.top() + (PAD_TOP if starts else 0)
    bottom = rect.bottom() + 1 - (PAD_BOTTOM if ends else 0)
    bar = QRectF(rect.right() + 1 - TURN_RIGHT - TURN_WIDTH, top, TURN_WIDTH, max(1, bottom - top))
    radius = TURN_WIDTH / 2
    painter.drawRoundedRect(bar, radius, radius)
    if not starts:
        painter.drawRect(bar.adjusted(0, 0, 0, radius - bar.height()))
    if not ends:
        painter.drawRect(bar.adjusted(0, bar.height() - radius, 0, 0))


class SegmentTable(QTableView):
    """The segments as a document (time margin, paragraph), whole rows selected; see the module.

    Signals:
        toggle_requested: Space was pressed on the table (play or pause).
        word_clicked: (row, word index) a plain click on a timed word of a text cell.
        filter_changed: (speaker or None) only this speaker's segments are shown now (None: all are).
    """

    toggle_requested = Signal()
    word_clicked = Signal(int, int)
    filter_changed = Signal(object)

    def __init__(self, model: SegmentModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transcriptTable")
        self.setAccessibleName(translate("segment_table", "Transcript"))
        self.setAccessibleDescription(
            translate(
                "segment_table",
                "Enter or F2 edits a segment, Space plays or pauses, Ctrl+Enter plays from its start.",
            )
        )
        self._speaker_filter: str | None = None
        self.setModel(model)
        self.setWordWrap(True)
        self.setShowGrid(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAcceptDrops(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked)  # Enter and F2: keyPressEvent
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setVisible(False)
        header.setSectionResizeMode(TIME, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        self.setColumnHidden(SPEAKER, True)  # the name is shown above the text, when one is set
        self._text_delegate = TextDelegate(self)
        self.setItemDelegateForColumn(TEXT, self._text_delegate)
        self.setItemDelegateForColumn(TIME, _MarginDelegate(self))
        self._relayout = QTimer(self, singleShot=True, interval=0)
        self._relayout.timeout.connect(self.resizeRowsToContents)
        header.sectionResized.connect(lambda column, _old, _new: column == TEXT and self._relayout.start())
        model.modelReset.connect(self._model_reset)
        model.dataChanged.connect(self._resize_rows)
        space = QShortcut(QKeySequence(Qt.Key.Key_Space), self, context=Qt.ShortcutContext.WidgetShortcut)
        space.activated.connect(self.toggle_requested.emit)
        self._model_reset()

    def _model_reset(self) -> None:
        """Size the time margin to the longest time shown, and every row to its text; hide the rows the
        speaker filter leaves out (a reset shows every row)."""
        model = self.model()
        segments = model.segments() if isinstance(model, SegmentModel) else []
        self._filter_rows(0, len(segments) - 1)
        latest = max((s.start for s in segments), default=0.0)
        widest = QFontMetrics(self.font()).horizontalAdvance(stamp(latest).replace("1", "0"))
        self.setColumnWidth(TIME, TIME_LEFT + widest + TIME_RIGHT)
        self.resizeRowsToContents()

    def rowCount(self) -> int:
        """How many segments there are (shown or filtered out)."""
        return self.model().rowCount()

    # --- the speaker filter ---------------------------------------------------------------------

    @property
    def speaker_filter(self) -> str | None:
        """The speaker whose segments alone are shown (NO_SPEAKER: those with nobody named); None: all."""
        return self._speaker_filter

    def set_speaker_filter(self, speaker: str | None) -> None:
        """Show only `speaker`'s segments (NO_SPEAKER: those with nobody named; None: every segment). The
        rows left out are no longer selected."""
        if speaker == self._speaker_filter:
            return
        self._speaker_filter = speaker
        self._filter_rows(0, self.rowCount() - 1)
        selected = {index.row() for index in self.selectionModel().selectedRows()}
        hidden = [row for row in selected if self.isRowHidden(row)]
        flags = QItemSelectionModel.SelectionFlag.Deselect | QItemSelectionModel.SelectionFlag.Rows
        for row in hidden:
            self.selectionModel().select(self.model().index(row, TEXT), flags)
        self.filter_changed.emit(speaker)

    def _filter_rows(self, first: int, last: int) -> None:
        """Hide or show rows first…last as the speaker filter wants (a hidden row is still measured when
        its text or the width changes: it comes back at the right height)."""
        model, wanted = self.model(), self._speaker_filter
        if not isinstance(model, SegmentModel):
            return
        for row in range(max(0, first), min(last, model.rowCount() - 1) + 1):
            hide = wanted is not None and (model.segment(row).speaker or NO_SPEAKER) != wanted
            if self.isRowHidden(row) != hide:
                self.setRowHidden(row, hide)

    def editing(self) -> bool:
        """A cell editor is open."""
        return self.state() == QAbstractItemView.State.EditingState

    def text_editor(self) -> tuple[int, SegmentEditor] | None:
        """The row whose text is being edited and its editor, if one is open."""
        editor = self._text_delegate.editor
        if editor is None or not isValid(editor):
            return None
        return self._text_delegate.row, editor

    def discard_editor(self) -> None:
        """Close the open text editor without committing what it holds."""
        open_editor = self.text_editor()
        if open_editor is not None:
            self._text_delegate.closeEditor.emit(open_editor[1], QAbstractItemDelegate.EndEditHint.NoHint)

    def word_at(self, pos: QPoint) -> tuple[int, int] | None:
        """(row, word index) of the timed word drawn at `pos` (viewport coordinates), if any."""
        index = self.indexAt(pos)
        if not index.isValid() or index.column() != TEXT:
            return None
        word = self._text_delegate.word_at(self._item_option(index), index, pos)
        return (index.row(), word) if word >= 0 else None

    def word_rect(self, row: int, word: int) -> QRect:
        """Where word `word` of segment `row` is drawn (viewport coordinates; empty if not found)."""
        index = self.model().index(row, TEXT)
        return self._text_delegate.word_rect(self._item_option(index), index, word).toAlignedRect()

    def _item_option(self, index: QModelIndex) -> QStyleOptionViewItem:
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.rect = self.visualRect(index)
        return option

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        plain = (
            event.button() == Qt.MouseButton.LeftButton
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and not self.editing()
        )
        hit = self.word_at(event.position().toPoint()) if plain else None
        super().mouseReleaseEvent(event)
        if hit is not None:
            self.word_clicked.emit(*hit)

    def selected_rows(self) -> list[int]:
        """The selected rows shown, in order (the current row if none is selected)."""
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
        if not rows and self.currentIndex().isValid():
            rows = [self.currentIndex().row()]
        return [row for row in rows if not self.isRowHidden(row)]

    def select_row(self, row: int, *, center: bool = False) -> None:
        """Make `row` the current and only selected row and scroll it into view (a row the speaker filter
        hides: every speaker is shown again first)."""
        if not 0 <= row < self.rowCount():
            return
        if self.isRowHidden(row):
            self.set_speaker_filter(None)
        index = self.model().index(row, TEXT)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.selectionModel().setCurrentIndex(index, flags)  # whatever keys are held
        hint = (
            QAbstractItemView.ScrollHint.PositionAtCenter
            if center
            else QAbstractItemView.ScrollHint.EnsureVisible
        )
        self.scrollTo(index, hint)

    def edit_row(self, row: int) -> None:
        """Open the editor on segment `row`'s text."""
        if 0 <= row < self.rowCount():
            self.edit(self.model().index(row, TEXT))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2)
        if enter and event.modifiers() == Qt.KeyboardModifier.NoModifier and not self.editing():
            self.edit_row(self.currentIndex().row())
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        """The rows (their delegates), then an outline around each selected row."""
        super().paintEvent(event)
        rows = {i.row() for i in self.selectionModel().selectedRows() if not self.isRowHidden(i.row())}
        if not rows:
            return
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(selection_edge(self.palette()), 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        area = self.viewport().rect()
        for row in rows:
            rect = self.visualRect(self.model().index(row, TIME)).united(
                self.visualRect(self.model().index(row, TEXT))
            )
            if rect.intersects(area):
                painter.drawRoundedRect(QRectF(rect).adjusted(1.5, 1.5, -1.5, -1.5), 4, 4)
        painter.end()

    def _resize_rows(self, top: QModelIndex, bottom: QModelIndex, roles: Sequence[int] = ()) -> None:
        if roles and Qt.ItemDataRole.DisplayRole not in roles:
            return  # only the marks changed (the view repaints those cells)
        self._filter_rows(top.row(), bottom.row())  # a segment given another speaker
        last = min(bottom.row() + 1, self.rowCount() - 1)  # the next one may show its speaker now
        for row in range(top.row(), last + 1):
            if row != self._text_delegate.row:  # the row being edited keeps the editor's height
                self.resizeRowToContents(row)
