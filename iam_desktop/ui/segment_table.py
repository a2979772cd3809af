"""The segments table of the review pane: word-wrapped rows, inline editors for the text and the speaker.

Double-click or F2 edits a cell; Enter commits (through the model, which reports the edit), Escape
cancels. Space plays or pauses while the table itself has the focus (not while a cell is edited). A
plain click on a timed word of a text cell reports that word (word_clicked); the word being heard is
marked in its cell (see word_delegate).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QMouseEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)
from shiboken6 import isValid

from iam_desktop.ui.transcript_model import SPEAKER, TEXT, TIME, SegmentModel
from iam_desktop.ui.word_delegate import WordDelegate

Index = QModelIndex | QPersistentModelIndex


class _TextDelegate(WordDelegate):
    """A line editor for a segment's text, opened with the cursor at the end (nothing selected, so a
    stray key does not replace the whole segment); remembers the open editor. Paints the word being
    heard marked."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.editor: QLineEdit | None = None
        self.row = -1

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setFrame(False)
        self.editor, self.row = editor, index.row()
        QTimer.singleShot(0, editor, lambda: editor.end(False))
        return editor

    def destroyEditor(self, editor: QWidget, index: Index) -> None:
        if editor is self.editor:
            self.editor, self.row = None, -1
        super().destroyEditor(editor, index)


class _SpeakerDelegate(QStyledItemDelegate):
    """An editable combo box offering the speakers named so far."""

    def __init__(self, speakers: Callable[[], list[str]], parent: QWidget) -> None:
        super().__init__(parent)
        self._speakers = speakers

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItems(self._speakers())
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        line_edit = editor.lineEdit()
        if line_edit is not None:
            line_edit.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)


class SegmentTable(QTableView):
    """The segments (time, speaker, text), whole rows selected; see the module for the keys.

    Signals:
        toggle_requested: Space was pressed on the table (play or pause).
        word_clicked: (row, word index) a plain click on a timed word of a text cell.
    """

    toggle_requested = Signal()
    word_clicked = Signal(int, int)

    def __init__(
        self, model: SegmentModel, speakers: Callable[[], list[str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("transcriptTable")
        self.setModel(model)
        self.setWordWrap(True)
        self.setAcceptDrops(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(TIME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SPEAKER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        self._text_delegate = _TextDelegate(self)
        self.setItemDelegateForColumn(TEXT, self._text_delegate)
        self.setItemDelegateForColumn(SPEAKER, _SpeakerDelegate(speakers, self))
        model.modelReset.connect(self.resizeRowsToContents)
        model.dataChanged.connect(self._resize_rows)
        space = QShortcut(QKeySequence(Qt.Key.Key_Space), self, context=Qt.ShortcutContext.WidgetShortcut)
        space.activated.connect(self.toggle_requested.emit)

    def rowCount(self) -> int:
        """How many segments are shown."""
        return self.model().rowCount()

    def editing(self) -> bool:
        """A cell editor is open."""
        return self.state() == QAbstractItemView.State.EditingState

    def text_editor(self) -> tuple[int, QLineEdit] | None:
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
        """The selected rows in order (the current row if none is selected)."""
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
        if not rows and self.currentIndex().isValid():
            rows = [self.currentIndex().row()]
        return rows

    def select_row(self, row: int, *, center: bool = False) -> None:
        """Make `row` the current and only selected row and scroll it into view."""
        if not 0 <= row < self.rowCount():
            return
        index = self.model().index(row, TEXT)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.selectionModel().setCurrentIndex(index, flags)  # whatever keys are held
        hint = (
            QAbstractItemView.ScrollHint.PositionAtCenter
            if center
            else QAbstractItemView.ScrollHint.EnsureVisible
        )
        self.scrollTo(index, hint)

    def _resize_rows(self, top: QModelIndex, bottom: QModelIndex, roles: Sequence[int] = ()) -> None:
        if roles and Qt.ItemDataRole.DisplayRole not in roles:
            return  # only the shading or the word mark changed (the view repaints those cells)
        for row in range(top.row(), bottom.row() + 1):
            self.resizeRowToContents(row)
