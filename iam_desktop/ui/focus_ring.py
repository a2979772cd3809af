"""A focus ring that is always visible to keyboard users: a 2-pixel accent outline drawn around whichever
widget has the keyboard focus, in every window and dialog, in both themes (Fusion's own focus marks are
faint, and item views with painted rows show none at all).

Like the web's :focus-visible, the ring shows after the keyboard moved the focus (Tab, Shift+Tab, a
shortcut, arrows) and hides when the mouse is used, so clicking around does not leave outlines behind.
One ring per top-level window, a child of it raised above the others and transparent to the mouse.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QApplication, QWidget

from iam_desktop.ui.theme import Role, semantic

#: the outline's width and its gap outside the widget (pixels)
WIDTH = 2
GAP = 1
_KEYBOARD_KEYS = {
    Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right,
    Qt.Key.Key_F6,
}


class _Ring(QWidget):
    """The outline itself: a child of the window, sized to the focused widget plus the gap."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(semantic(Role.ACCENT), WIDTH)
        painter.setPen(pen)
        half = WIDTH / 2
        painter.drawRoundedRect(self.rect().toRectF().adjusted(half, half, -half, -half), 4, 4)


class FocusRing(QObject):
    """Watches the application's focus and input; install once with `install`.

    Attributes: target (the widget ringed now, or None), keyboard (True while the focus was last moved
    by the keyboard)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.target: QWidget | None = None
        self.keyboard = False
        self._rings: dict[int, _Ring] = {}
        app.installEventFilter(self)
        app.focusChanged.connect(self._focus_changed)

    def ring_for(self, window: QWidget) -> _Ring:
        """The ring of a top-level window (made on first use)."""
        ring = self._rings.get(id(window))
        if ring is None or not _alive(ring):
            ring = _Ring(window)
            self._rings[id(window)] = ring
            window.destroyed.connect(lambda *_: self._rings.pop(id(window), None))
        return ring

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress and event.key() in _KEYBOARD_KEYS:  # type: ignore[attr-defined]
            self.keyboard = True
        elif kind == QEvent.Type.ShortcutOverride:
            self.keyboard = True
        elif kind == QEvent.Type.MouseButtonPress:
            if self.keyboard:
                self.keyboard = False
                self._place()
        elif watched is self.target and kind in (
            QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide
        ):
            self._place()
        return False

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        self.target = new
        self._place()

    def _place(self) -> None:
        """Put the ring around the target (or hide every ring when none should show)."""
        for ring in list(self._rings.values()):
            if _alive(ring):
                ring.hide()
        target = self.target
        if target is None or not _alive(target) or not self.keyboard or not target.isVisible():
            return
        window = target.window()
        if window is target:
            return
        ring = self.ring_for(window)
        top_left = target.mapTo(window, target.rect().topLeft())
        margin = WIDTH + GAP
        ring.setGeometry(QRect(top_left, target.size()).adjusted(-margin, -margin, margin, margin))
        ring.raise_()
        ring.show()


def _alive(widget: QObject) -> bool:
    """False once Qt has deleted the C++ object behind `widget`."""
    try:
        widget.objectName()
    except RuntimeError:
        return False
    return True


_installed: FocusRing | None = None


def install(app: QApplication) -> FocusRing:
    """Turn the focus ring on for the whole application (once; later calls return the same ring)."""
    global _installed
    if _installed is None or not _alive(_installed):
        _installed = FocusRing(app)
    return _installed
