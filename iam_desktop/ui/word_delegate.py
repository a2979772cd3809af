"""The delegate of the segments' text column: marks the word being heard and finds the word under a click.

The text is laid out the way Qt's own item painting lays it out (the style's text rectangle less its
margin, wrapped at word boundaries, aligned as the item asks), so the marked word sits where the text
is drawn, and a click is hit-tested against that same layout, wrapped or not.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QPointF, QRectF, QSize
from PySide6.QtGui import QPainter, QPalette, QTextCharFormat, QTextLayout, QTextLine, QTextOption
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from iam_desktop.ui.transcript_model import SegmentModel, word_spans

Index = QModelIndex | QPersistentModelIndex


class WordDelegate(QStyledItemDelegate):
    """Paints a segment's text with the word being heard highlighted (the model's current_word)."""

    def highlighted_span(self, index: Index) -> tuple[int, int] | None:
        """The (start, end) characters of the text at `index` painted as the word being heard."""
        model = index.model()
        if not isinstance(model, SegmentModel) or not index.isValid():
            return None
        row, word = model.current_word
        if row != index.row() or not 0 <= row < model.rowCount():
            return None
        spans = word_spans(model.segment(row))
        return spans[word] if 0 <= word < len(spans) else None

    def word_at(self, option: QStyleOptionViewItem, index: Index, pos: QPoint | QPointF) -> int:
        """The index of the timed word drawn under `pos` (in the coordinates of option.rect); -1: none."""
        model = index.model()
        if not isinstance(model, SegmentModel) or not index.isValid():
            return -1
        spans = word_spans(model.segment(index.row()))
        if not any(spans):
            return -1
        layout, origin = self._layout(option, index)
        x, y = pos.x() - origin.x(), pos.y() - origin.y()
        for n in range(layout.lineCount()):
            line = layout.lineAt(n)
            drawn = line.naturalTextRect()
            if not drawn.top() <= y < drawn.bottom():
                continue
            if not drawn.left() <= x < drawn.right():
                return -1
            at = line.xToCursor(x, QTextLine.CursorPosition.CursorOnCharacter)
            return next((i for i, s in enumerate(spans) if s is not None and s[0] <= at < s[1]), -1)
        return -1

    def word_rect(self, option: QStyleOptionViewItem, index: Index, word: int) -> QRectF:
        """Where word `word` of the segment at `index` starts being drawn (its part on its first line);
        empty if it is not found in the text."""
        model = index.model()
        if not isinstance(model, SegmentModel) or not index.isValid():
            return QRectF()
        spans = word_spans(model.segment(index.row()))
        span = spans[word] if 0 <= word < len(spans) else None
        if span is None:
            return QRectF()
        layout, origin = self._layout(option, index)
        line = layout.lineForTextPosition(span[0])
        end = min(span[1], line.textStart() + line.textLength())
        left, right = _x(line, span[0]), _x(line, end)
        return QRectF(origin.x() + min(left, right), origin.y() + line.y(), abs(right - left), line.height())

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        span = self.highlighted_span(index)
        if span is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        text, opt.text = opt.text, ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)  # all but the text
        opt.text = text
        layout, origin = self._layout(opt, index)

        enabled = bool(opt.state & QStyle.StateFlag.State_Enabled)
        group = QPalette.ColorGroup.Normal if enabled else QPalette.ColorGroup.Disabled
        if enabled and not opt.state & QStyle.StateFlag.State_Active:
            group = QPalette.ColorGroup.Inactive
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        mark = QTextCharFormat()
        mark.setBackground(opt.palette.color(group, QPalette.ColorRole.Highlight))
        mark.setForeground(opt.palette.color(group, QPalette.ColorRole.HighlightedText))
        if selected:  # the row is already in the highlight colour: mark the word the other way round
            mark.setBackground(opt.palette.color(group, QPalette.ColorRole.Base))
            mark.setForeground(opt.palette.color(group, QPalette.ColorRole.Text))
        word = QTextLayout.FormatRange()
        word.start, word.length, word.format = span[0], span[1] - span[0], mark

        painter.save()
        painter.setClipRect(opt.rect)
        painter.setPen(opt.palette.color(group, role))
        layout.draw(painter, origin, [word])
        painter.restore()

    def _layout(self, option: QStyleOptionViewItem, index: Index) -> tuple[QTextLayout, QPointF]:
        """The text at `index` laid out as Qt's item painting lays it out, and where it is drawn."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        rect = rect.adjusted(margin, 0, -margin, 0)
        text_option = QTextOption()
        wrap = bool(opt.features & QStyleOptionViewItem.ViewItemFeature.WrapText)
        text_option.setWrapMode(QTextOption.WrapMode.WordWrap if wrap else QTextOption.WrapMode.ManualWrap)
        text_option.setTextDirection(opt.direction)
        text_option.setAlignment(QStyle.visualAlignment(opt.direction, opt.displayAlignment))
        layout = QTextLayout(opt.text, opt.font)
        layout.setTextOption(text_option)
        layout.beginLayout()
        height = 0.0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(rect.width())
            line.setPosition(QPointF(0, height))
            height += line.height()
        layout.endLayout()
        size = QSize(rect.width(), round(height))
        top_left = QStyle.alignedRect(opt.direction, opt.displayAlignment, size, rect).topLeft()
        return layout, QPointF(top_left)


def _x(line: QTextLine, at: int) -> float:
    x = line.cursorToX(at)
    return float(x[0] if isinstance(x, tuple) else x)
