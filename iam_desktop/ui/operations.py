"""Typed background operations for the window: run a core function off the GUI thread, then come back on
the GUI thread with its result, its error, and the library change it made.

    Operation(self, lambda: library.rename_recording(rid, title))
        .changes(bus, Change.of(Kind.RECORDINGS, ids=[rid]))
        .success(lambda _: self.say("Renamed."))
        .run()

A new window action writes one operation: the default failure handler logs the traceback and tells the user
(a plain message for the app's own errors such as a full disk, the error dialog for a defect), and the
`ChangeBus` tells every view what changed, so nobody calls another view's `refresh()`.

Two named pools, each with its reason:
- `DATABASE`: one thread for everything that reads or writes the library, so writes never race and a read
  asked after a write sees it. A library locked by another process makes this thread wait, never the GUI.
- `GENERAL`: Qt's global pool for the rest (files, folders, estimates, the keyring, the network).
- `WATCH`: one thread for scanning the watched folders: hashing a big new file never holds up the library's
  other reads and writes (the library's own locking orders the scan's few writes with the others).

NOTE: the function must not touch widgets. Build operations on the GUI thread.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from enum import Enum
from typing import Generic, TypeVar

from PySide6.QtCore import QObject, QThreadPool
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget
from shiboken6 import isValid

from iam_desktop.errors import IamError
from iam_desktop.redaction import redact
from iam_desktop.ui.background import run_in_background
from iam_desktop.ui.changes import Change, ChangeBus
from iam_desktop.ui.i18n import translate

T = TypeVar("T")
log = logging.getLogger(__name__)

#: how long the status bar shows a failure (ms)
FAILURE_MESSAGE_MS = 10000


class Pool(Enum):
    """Where an operation runs (see the module's docstring)."""

    DATABASE = "database"
    GENERAL = "general"
    WATCH = "watch"


_pools: dict[Pool, QThreadPool] = {}


def thread_pool(pool: Pool) -> QThreadPool:
    """The Qt thread pool behind `pool` (created on first use)."""
    if pool is Pool.GENERAL:
        return QThreadPool.globalInstance()
    if pool not in _pools:
        serial = QThreadPool()
        serial.setMaxThreadCount(1)
        serial.setObjectName(f"iam-{pool.value}")
        _pools[pool] = serial
    return _pools[pool]


def wait_for_operations(msecs: int = 30000) -> bool:
    """Let the running and queued operations finish (at quit, so that no write is cut short); True if
    they all did within `msecs`."""
    done = all(p.waitForDone(msecs) for p in _pools.values())
    return QThreadPool.globalInstance().waitForDone(msecs) and done


def report_failure(parent: QWidget, error: Exception) -> None:
    """The default failure handler: the message in the window's status bar and in a window-modal box.

    An `IamError` is something the user can act on (a full disk, a locked library, a bad file): its message
    is the whole story. Anything else is a defect: the box says so and gives the traceback (also in the
    log). The box does not block the event loop (it is opened, not exec'd)."""
    if not isValid(parent):
        return
    message = redact(str(error) or type(error).__name__)  # a key echoed in an error never shows
    window = parent.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(message, FAILURE_MESSAGE_MS)
    box = QMessageBox(window)
    box.setObjectName("operationFailure")
    box.setWindowTitle("IAM Desktop")
    box.setIcon(QMessageBox.Icon.Warning)
    if isinstance(error, IamError):
        box.setText(message)
    else:
        box.setText(translate("operations", "Something went wrong that IAM Desktop did not expect: {message}\n\nYour recordings and transcripts are safe. The details are in the log.").format(message=message))  # noqa: E501
        box.setDetailedText(redact("".join(traceback.format_exception(error))))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.finished.connect(box.deleteLater)
    box.open()


def _widget_of(obj: QObject | None) -> QWidget | None:
    """`obj` if it is a widget, else its nearest ancestor that is one (None if there is none)."""
    while obj is not None and isValid(obj):
        if isinstance(obj, QWidget):
            return obj
        obj = obj.parent()
    return None


class Operation(Generic[T]):
    """One call of a core function off the GUI thread, generic in its result.

    `parent` is the object that asked (a widget, or a model or helper object owned by one): if it is gone
    when the call ends, nothing is called back. The default failure handler reports to the nearest widget
    (the failure is only logged when there is none).
    Chain `.success(...)`, `.failure(...)` and `.changes(...)`, then `.run()`.
    """

    def __init__(self, parent: QObject, func: Callable[[], T], *, pool: Pool = Pool.DATABASE) -> None:
        self._parent = parent
        self._func = func
        self._pool = pool
        self._on_success: Callable[[T], None] | None = None
        self._on_failure: Callable[[Exception], None] | None = None
        self._bus: ChangeBus | None = None
        self._change: Change | Callable[[T], Change | None] | None = None

    def success(self, callback: Callable[[T], None]) -> Operation[T]:
        """Call `callback(result)` on the GUI thread once the function returned (after the change is
        published)."""
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[Exception], None]) -> Operation[T]:
        """Call `callback(error)` instead of the default handler (`report_failure`) if the function
        raised. The traceback is logged either way."""
        self._on_failure = callback
        return self

    def changes(self, bus: ChangeBus | None, change: Change | Callable[[T], Change | None]) -> Operation[T]:
        """On success, publish `change` (or `change(result)`, which may be None: nothing changed) on
        `bus` (None: a view used without a window's bus; nothing is published)."""
        self._bus, self._change = bus, change
        return self

    def run(self) -> None:
        """Start the call. Call this on the GUI thread."""
        run_in_background(
            self._func,
            owner=self._parent,
            on_success=self._succeeded,
            on_failure=self._failed,
            pool=thread_pool(self._pool),
        )

    def _succeeded(self, result: T) -> None:
        if self._bus is not None and self._change is not None:
            change = self._change(result) if callable(self._change) else self._change
            if change is not None and isValid(self._bus):
                self._bus.publish(change)
        if self._on_success is not None:
            self._on_success(result)

    def _failed(self, error: Exception) -> None:
        if self._on_failure is not None:
            self._on_failure(error)
        else:
            widget = _widget_of(self._parent)
            if widget is not None:
                report_failure(widget, error)
