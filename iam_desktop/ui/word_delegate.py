"""The delegate of the segments' text column: paints one segment as a paragraph of a document.

The speaker's name above it when it changes (in the speaker's colour: speaker_colours), the text wrapped
with comfortable spacing (segment_layout), the matches of Find or a library search on a MATCH background
(the current Find match MATCH_CURRENT), the word being heard in the ACCENT colour on a tint of it, and the
words the engine was unsure of with a dotted UNSURE line (a tooltip gives the probability). The row being
played has the PLAYING background; a selected row only a light tint (and an outline the table draws), so
the playing marks stay visible on it.
A click is hit-tested against the same layout the text is drawn with.
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
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
)

from iam_desktop.confidence import is_unsure
from iam_desktop.ui.i18n import format_number, translate
from iam_desktop.ui.segment_layout import Paragraph, line_step, paragraph, speaker_font
from iam_desktop.ui.speaker_colours import speaker_colour
from iam_desktop.ui.theme import Role, is_dark, semantic
from iam_desktop.ui.transcript_model import SegmentModel, word_spans

Index = QModelIndex | QPersistentModelIndex


def selection_tint(palette: QPalette) -> QColor:
    """The light tint of a selected row: the palette's alternate base, a neutral shade (not the blue of
    the playing row, nor the highlight that would hide its marks)."""
    return palette.color(QPalette.ColorRole.AlternateBase)


def selection_edge(palette: QPalette) -> QColor:
    """The outline around a selected row: the palette's highlight, made to stand out from the base."""
    highlight = palette.color(QPalette.ColorRole.Highlight)
    return highlight.lighter(140) if is_dark(palette) else highlight.darker(130)


def paint_row_background(painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
    """The background of one cell of a segment's row: PLAYING while it is played, else a light tint when
    it is selected (the playing mark wins: the table outlines the selection)."""
    model = index.model()
    if isinstance(model, SegmentModel) and index.row() == model.playing_row:
        painter.fillRect(option.rect, semantic(Role.PLAYING, option.palette))
    elif option.state & QStyle.StateFlag.State_Selected:
        painter.fillRect(option.rect, selection_tint(option.palette))


class WordDelegate(QStyledItemDelegate):
    """Paints a segment as a paragraph, with its marks (see the module); measures and hit-tests it."""

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
        para = self._layout(option, index)
        layout, step = para.layout, line_step(option.font)
        x, y = pos.x() - para.origin.x(), pos.y() - para.origin.y()
        for n in range(layout.lineCount()):
            line = layout.lineAt(n)
            drawn = line.naturalTextRect()
            if not n * step <= y < (n + 1) * step:  # the line's slot, its spacing included
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
        para = self._layout(option, index)
        origin, line = para.origin, para.layout.lineForTextPosition(span[0])
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

    def match_spans(self, index: Index) -> list[tuple[int, int, bool]]:
        """(start, end, current) of the matches marked in the text at `index`; current: the Find match
        shown (marked stronger)."""
        model = index.model()
        if not isinstance(model, SegmentModel) or not index.isValid():
            return []
        row, current = index.row(), model.current_match
        return [(start, end, current == (row, start, end)) for start, end in model.match_ranges(row)]

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        """As high as the paragraph needs at the cell's width."""
        return QSize(option.rect.width(), self._layout(option, index).height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        palette = option.palette
        paint_row_background(painter, option, index)
        para = self._layout(option, index)
        span = self.highlighted_span(index)
        ranges = []
        for start, end, current in self.match_spans(index):
            mark = QTextCharFormat()
            mark.setBackground(semantic(Role.MATCH_CURRENT if current else Role.MATCH, palette))
            ranges.append(_range(start, end, mark))
        accent = semantic(Role.ACCENT, palette)
        if span is not None:  # the accent colour on a tint of it (a match keeps its own background)
            heard = QTextCharFormat()
            heard.setForeground(accent)
            if not any(start < span[1] and span[0] < end for start, end, _ in self.match_spans(index)):
                tint = QColor(accent)
                tint.setAlpha(40)
                heard.setBackground(tint)
            ranges.append(_range(*span, heard))

        enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
        group = QPalette.ColorGroup.Normal if enabled else QPalette.ColorGroup.Disabled
        painter.save()
        painter.setClipRect(option.rect)
        model = index.model()
        if not para.speaker.isEmpty() and isinstance(model, SegmentModel):
            painter.setFont(speaker_font(option.font))
            painter.setPen(speaker_colour(model.speaker_index(index.row()), palette))
            name = painter.fontMetrics().elidedText(
                model.speaker_label(index.row()), Qt.TextElideMode.ElideRight, int(para.speaker.width())
            )
            painter.drawText(para.speaker, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
        painter.setPen(palette.color(group, QPalette.ColorRole.Text))
        para.layout.draw(painter, para.origin, ranges)
        for start, end, _probability in self.unsure_spans(index):
            _underline(painter, para, start, end, semantic(Role.UNSURE, palette))
        painter.restore()

    def _layout(self, option: QStyleOptionViewItem, index: Index) -> Paragraph:
        """The segment at `index` laid out in its cell (option.rect), as it is painted."""
        model = index.model()
        if not isinstance(model, SegmentModel) or not 0 <= index.row() < model.rowCount():
            return paragraph(option.rect, option.font, "", "")
        row = index.row()
        return paragraph(option.rect, option.font, model.segment(row).text, model.speaker_label(row))


def describe(probability: float) -> str:
    """How an unsure word is described in the window: "Unsure (42%)"."""
    percent = format_number(max(0.0, min(1.0, probability)) * 100)
    return translate("word_delegate", "Unsure ({percent}%)").format(percent=percent)


def _range(start: int, end: int, format_: QTextCharFormat) -> QTextLayout.FormatRange:
    formatted = QTextLayout.FormatRange()
    formatted.start, formatted.length, formatted.format = start, end - start, format_
    return formatted


def _x(line: QTextLine, at: int) -> float:
    x = line.cursorToX(at)  # (x, cursor) in PySide6, a plain x in some versions
    value = x[0] if isinstance(x, tuple) else x
    assert isinstance(value, int | float)
    return float(value)


def _underline(painter: QPainter, para: Paragraph, start: int, end: int, color: QColor) -> None:
    """A dotted line (round dots, about 2 px) under characters start..end of the paragraph, on each line
    they are drawn on, just below the baseline."""
    pen = QPen(color, 2.0)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setDashPattern([0.01, 1.6])  # in pen widths: a round dot, then a gap
    painter.setPen(pen)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    layout, origin = para.layout, para.origin
    for n in range(layout.lineCount()):
        line = layout.lineAt(n)
        first, last = max(start, line.textStart()), min(end, line.textStart() + line.textLength())
        if first >= last:
            continue
        left, right = sorted((_x(line, first), _x(line, last)))
        y = origin.y() + line.y() + line.ascent() + min(2.5, line.descent())
        painter.drawLine(QPointF(origin.x() + left + 1, y), QPointF(origin.x() + right - 1, y))
