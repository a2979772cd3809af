"""The delegate of the segments' text column: marks the word being heard, underlines the words the engine
was unsure of (a dotted amber line; a tooltip gives the probability) and finds the word under a click.

The text is laid out the way Qt's own item painting lays it out (the style's text rectangle less its
margin, wrapped at word boundaries, aligned as the item asks), so the marked word sits where the text
is drawn, and a click is hit-tested against that same layout, wrapped or not.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QPoint, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QHelpEvent,
    QPainter,
    QPalette,
    QPen,
    QTextCharFormat,
    QTextLayout,
    QTextLine,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
)

from iam_desktop.confidence import describe, is_unsure
from iam_desktop.ui.transcript_model import SegmentModel, word_spans

Index = QModelIndex | QPersistentModelIndex

#: the dotted line under an unsure word: amber, calm beside the text; lighter on the selection's colour
UNSURE_COLOR = QColor(230, 140, 0)
UNSURE_ON_HIGHLIGHT = QColor(255, 200, 90)


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

    def unsure_spans(self, index: Index) -> list[tuple[int, int, float]]:
        """(start, end, probability) of the words of the text at `index` the engine was unsure of (only
        those still in the text: an edited word has lost its probability with its timing)."""
        model = index.model()
        if not isinstance(model, SegmentModel) or not index.isValid():
            return []
        segment = model.segment(index.row())
        if not any(is_unsure(w) for w in segment.words):
            return []
        spans = word_spans(segment)
        return [
            (*span, word.probability)
            for word, span in zip(segment.words, spans, strict=True)
            if span is not None and is_unsure(word)
        ]

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

    def helpEvent(
        self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem, index: Index
    ) -> bool:
        """Over an unsure word, the tooltip says how sure the engine was ("Unsure (42%)")."""
        if event is not None and event.type() == QEvent.Type.ToolTip and view is not None:
            word, model = self.word_at(option, index, event.pos()), index.model()
            words = model.segment(index.row()).words if isinstance(model, SegmentModel) else ()
            heard = words[word] if 0 <= word < len(words) else None
            if heard is not None and is_unsure(heard):
                rect = self.word_rect(option, index, word).toAlignedRect()
                QToolTip.showText(event.globalPos(), describe(heard.probability), view.viewport(), rect)
                return True
        return super().helpEvent(event, view, option, index)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        span = self.highlighted_span(index)
        unsure = self.unsure_spans(index)
        if span is None and not unsure:
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
        ranges = []
        if span is not None:
            word = QTextLayout.FormatRange()
            word.start, word.length, word.format = span[0], span[1] - span[0], mark
            ranges.append(word)

        painter.save()
        painter.setClipRect(opt.rect)
        painter.setPen(opt.palette.color(group, role))
        layout.draw(painter, origin, ranges)
        for start, end, _probability in unsure:  # on the highlight, a lighter amber (not on the marked word)
            light = selected and (start, end) != span
            _underline(painter, layout, origin, start, end, UNSURE_ON_HIGHLIGHT if light else UNSURE_COLOR)
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
    x = line.cursorToX(at)  # (x, cursor) in PySide6, a plain x in some versions
    value = x[0] if isinstance(x, tuple) else x
    assert isinstance(value, int | float)
    return float(value)


def _underline(
    painter: QPainter, layout: QTextLayout, origin: QPointF, start: int, end: int, color: QColor
) -> None:
    """A dotted line (round dots, about 2 px) under characters start..end of `layout`, on each line they
    are drawn on, just below the baseline."""
    pen = QPen(color, 2.0)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setDashPattern([0.01, 1.6])  # in pen widths: a round dot, then a gap
    painter.setPen(pen)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    for n in range(layout.lineCount()):
        line = layout.lineAt(n)
        first, last = max(start, line.textStart()), min(end, line.textStart() + line.textLength())
        if first >= last:
            continue
        left, right = sorted((_x(line, first), _x(line, last)))
        y = origin.y() + line.y() + line.ascent() + min(2.5, line.descent())
        painter.drawLine(QPointF(origin.x() + left + 1, y), QPointF(origin.x() + right - 1, y))
