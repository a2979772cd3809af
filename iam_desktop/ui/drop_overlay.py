"""The drop highlight: while files are dragged over the window, a tinted, outlined layer over its content
says "Drop to transcribe"; it goes when the drag leaves or the files are dropped."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from iam_desktop.ui.i18n import translate
from iam_desktop.ui.theme import Role, semantic

DROP_TEXT = str(QT_TRANSLATE_NOOP("drop_overlay", "Drop to transcribe"))


class DropOverlay(QWidget):
    """Covers its parent (following its size) and lets every mouse event through; hidden until `show()`."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("dropOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setAccessibleName(translate("drop_overlay", DROP_TEXT))
        self._covered = parent
        parent.installEventFilter(self)
        self.setGeometry(parent.rect())
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._covered and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._covered.rect())
        return False

    def show_highlight(self) -> None:
        """Show the highlight over the parent's current area, on top of its other children."""
        self.setGeometry(self._covered.rect())
        self.raise_()
        self.show()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        accent = semantic(Role.ACCENT, self.palette())
        tint = QColor(accent)
        tint.setAlpha(40)
        box = QRectF(self.rect()).adjusted(8, 8, -8, -8)
        painter.setBrush(tint)
        painter.setPen(QPen(accent, 3, Qt.PenStyle.DashLine))
        painter.drawRoundedRect(box, 16, 16)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(accent)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, translate("drop_overlay", DROP_TEXT))
