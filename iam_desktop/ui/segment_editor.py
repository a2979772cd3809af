"""Editing a segment in place: a multi-line editor over its paragraph, showing the whole text wrapped.

Enter (also Ctrl+Enter or Shift+Enter) saves, Escape cancels, moving the focus elsewhere saves. A segment
is one paragraph: it keeps no line breaks (a pasted one becomes a space; Ctrl+K splits the segment at the
cursor instead). The editor opens with the cursor at the end (nothing selected, so a stray key does not
replace the whole segment) and grows, with its row, as the text needs more lines.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QFrame,
    QPlainTextEdit,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from iam_desktop.ui.i18n import translate
from iam_desktop.ui.segment_layout import PAD_BOTTOM, PAD_LEFT, PAD_RIGHT
from iam_desktop.ui.word_delegate import WordDelegate

Index = QModelIndex | QPersistentModelIndex
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
#: shortcuts of the pane that act on the segment being edited: they reach the pane, not the editor
_PANE_KEYS = (Qt.Key.Key_K, Qt.Key.Key_J)  # with Ctrl


class SegmentEditor(QPlainTextEdit):
    """A plain-text editor for one segment's text, with the small line-edit API the pane uses
    (text, setText, cursorPosition, setCursorPosition).

    Signals:
        resized: () the editor got another size (its text is wrapped again).
    """

    #: () after a resize: the text may need another height
    resized = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("segmentEditor")
        self.setAccessibleName(translate("segment_editor", "Segment text"))
        self.setAccessibleDescription(
            translate(
                "segment_editor", "Enter saves, Escape cancels, Ctrl+K splits the segment at the cursor."
            )
        )
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.document().setDocumentMargin(2)

    def text(self) -> str:
        """The text typed, as one paragraph (line breaks as spaces)."""
        return " ".join(self.toPlainText().splitlines())

    def setText(self, text: str) -> None:
        """Replace the text; the cursor goes to its end."""
        self.setPlainText(text)
        self.moveCursor(QTextCursor.MoveOperation.End)

    def cursorPosition(self) -> int:
        """Where the text cursor is (a character offset)."""
        return self.textCursor().position()

    def setCursorPosition(self, position: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(max(0, min(position, len(self.toPlainText()))))
        self.setTextCursor(cursor)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()

    def needed_height(self) -> int:
        """The height that shows every line of the text at the editor's width."""
        lines = 0.0
        block = self.document().firstBlock()
        while block.isValid():
            lines += self.blockBoundingRect(block).height()
            block = block.next()
        margins = self.contentsMargins()
        margin = 2 * self.document().documentMargin()
        return int(lines + margin + margins.top() + margins.bottom()) + 2


class TextDelegate(WordDelegate):
    """Paints the text column (WordDelegate) and edits it with a SegmentEditor over the paragraph;
    remembers the open editor and its row (the row grows while the text needs more room)."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self._view = view
        self.editor: SegmentEditor | None = None
        self.row = -1

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = SegmentEditor(parent)
        editor.setFont(option.font)
        self.editor, self.row = editor, index.row()
        editor.textChanged.connect(lambda: self._fit(editor))
        editor.resized.connect(lambda: self._fit(editor))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, SegmentEditor)
        if editor.toPlainText() != str(index.data(Qt.ItemDataRole.EditRole) or ""):
            editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, SegmentEditor)
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        """Over the paragraph's text, as tall as the text needs (the row is grown to hold it)."""
        rect = option.rect.adjusted(PAD_LEFT // 2, 1, -(PAD_RIGHT // 2), -(PAD_BOTTOM // 2))
        editor.setGeometry(rect)

    def _fit(self, editor: SegmentEditor) -> None:
        """Grow the row being edited (and so the editor) when the text needs more lines than it has."""
        if editor is not self.editor or self.row < 0 or not editor.isVisible():
            return
        needed = editor.needed_height() + 1 + PAD_BOTTOM // 2
        if needed > self._view.rowHeight(self.row):
            self._view.setRowHeight(self.row, needed)

    def destroyEditor(self, editor: QWidget, index: Index) -> None:
        row = self.row
        if editor is self.editor:
            self.editor, self.row = None, -1
        super().destroyEditor(editor, index)
        if 0 <= row < self._view.model().rowCount():
            self._view.resizeRowToContents(row)  # back to what its text (saved or not) needs

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter saves (the plain-text editor would start a new line); the pane's split and merge keys
        reach the pane."""
        editor = watched if isinstance(watched, SegmentEditor) else None
        if editor is not None and isinstance(event, QKeyEvent):
            if event.type() == QEvent.Type.ShortcutOverride:
                if event.key() in _ENTER:
                    event.accept()  # a key for the editor, not the pane's Ctrl+Enter (play from here)
                    return True
                if event.modifiers() == Qt.KeyboardModifier.ControlModifier and event.key() in _PANE_KEYS:
                    return True  # not taken by the editor (Ctrl+K: delete to the end of the line)
            elif event.type() == QEvent.Type.KeyPress and event.key() in _ENTER:
                self.commitData.emit(editor)
                self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
                return True
        return super().eventFilter(watched, event)
