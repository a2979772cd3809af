"""Doing something once a window's first frame is on screen: `iam-desktop --startup-time` reports the time
then, and the start-up work the window does not need to appear (importing the waveform's pyqtgraph) waits
for it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QWidget


class FirstFrame(QObject):
    """Calls `on_shown` once, in the event loop, after `window` has first been exposed.

    Qt paints a widget window synchronously while it handles the window's expose event, so once that event
    is through, the first frame has been drawn; a zero-timer then runs `on_shown` after it. A window
    already exposed when this is made counts as shown now.
    """

    def __init__(self, window: QWidget, on_shown: Callable[[], None]) -> None:
        super().__init__(window)
        self._on_shown = on_shown
        self._done = False
        handle = window.windowHandle()
        if handle is None:  # not shown yet: the native window exists only from show() on
            window.winId()
            handle = window.windowHandle()
        assert handle is not None
        self._handle: QWindow = handle
        if handle.isExposed():
            self._schedule()
        else:
            handle.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._handle and event.type() == QEvent.Type.Expose and self._handle.isExposed():
            self._handle.removeEventFilter(self)
            self._schedule()  # after this event: Qt paints the frame while handling it
        return False

    def _schedule(self) -> None:
        if not self._done:
            self._done = True
            QTimer.singleShot(0, self._on_shown)
