"""Where things go in one paragraph (segment) of the transcript document: padding, line spacing, the
speaker's name above the text and the text wrapped at the width of its column.

The text delegate paints, hit-tests and measures a row with the same `Paragraph`, so a row's height is
always the height its wrapped text needs at the column's width (see SegmentTable for when rows are
measured again: the view resized, a column moved, the text changed).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRect, QRectF
from PySide6.QtGui import QFont, QFontMetricsF, QTextLayout, QTextOption

#: space above a paragraph's first line and below its last (the gap between paragraphs is both)
PAD_TOP = 5
PAD_BOTTOM = 9
#: space left and right of the text inside its column
PAD_LEFT = 6
PAD_RIGHT = 14
#: the distance between the baselines of two lines, in line heights
LINE_SPACING = 1.25


def line_step(font: QFont) -> float:
    """The distance from one line of text to the next in `font` (comfortable, not cramped)."""
    return math.ceil(QFontMetricsF(font).lineSpacing() * LINE_SPACING)


def speaker_font(font: QFont) -> QFont:
    """The font of the speaker's name above a paragraph: the text's font, bold."""
    bold = QFont(font)
    bold.setBold(True)
    return bold


@dataclass
class Paragraph:
    """One segment laid out in its cell. layout: the text wrapped (lines positioned from 0); origin: where
    the layout is drawn; speaker: the rectangle of the speaker's name (empty: none); height: the height the
    row needs."""

    layout: QTextLayout
    origin: QPointF
    speaker: QRectF
    height: int


def paragraph(rect: QRect, font: QFont, text: str, speaker: str) -> Paragraph:
    """`text` (with `speaker`'s name above it, if any) laid out in a cell at `rect` (only its top-left
    and width count) in `font`."""
    step = line_step(font)
    width = max(1.0, rect.width() - PAD_LEFT - PAD_RIGHT)
    top = float(rect.top() + PAD_TOP)
    name = QRectF()
    if speaker:
        name = QRectF(rect.left() + PAD_LEFT, top, width, step)
        top += step
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = 0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, lines * step + (step - line.height()) / 2))
        lines += 1
    layout.endLayout()
    height = PAD_TOP + (step if speaker else 0) + max(1, lines) * step + PAD_BOTTOM
    return Paragraph(layout, QPointF(rect.left() + PAD_LEFT, top), name, math.ceil(height))
