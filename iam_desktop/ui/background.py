"""Run a short core function off the GUI thread and get its result or error back on the GUI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot
from shiboken6 import isValid

from iam_desktop.errors import IamError

log = logging.getLogger(__name__)


class _Dispatcher(QObject):
    """One object on the GUI thread; results emitted from pool threads are queued to its slot.

    NOTE: a single long-lived object rather than one per task: a per-task QObject would have to be
    deleted while its own slot runs, or tied to the owner's lifetime — both crash-prone in PySide.
    """

    #: (callback, value, owner): call callback(value) if the owner widget still exists
    done = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.done.connect(self._deliver)

    @Slot(object)
    def _deliver(self, delivery: tuple[Callable[[Any], None], Any, QObject]) -> None:
        callback, value, owner = delivery
        if isValid(owner):  # a widget closed meanwhile has nobody to tell
            callback(value)


_dispatcher: _Dispatcher | None = None


def _get_dispatcher() -> _Dispatcher:
    global _dispatcher
    if _dispatcher is None:
        _dispatcher = _Dispatcher()
        app = QCoreApplication.instance()
        if app is not None:
            _dispatcher.moveToThread(app.thread())
    return _dispatcher


class _Task(QRunnable):
    def __init__(
        self,
        func: Callable[[], Any],
        owner: QObject,
        on_success: Callable[[Any], None],
        on_failure: Callable[[Exception], None],
        dispatcher: _Dispatcher,
    ) -> None:
        super().__init__()
        self._func = func
        self._owner = owner
        self._on_success = on_success
        self._on_failure = on_failure
        self._dispatcher = dispatcher

    def run(self) -> None:
        try:
            result = self._func()
        except Exception as exc:  # logged with its traceback, then handed to the caller's failure callback
            # an IamError is a plain message for the user (INFO); anything else is a defect (ERROR)
            level = logging.INFO if isinstance(exc, IamError) else logging.ERROR
            name = getattr(self._func, "__qualname__", "?")
            log.log(level, "background task %s failed", name, exc_info=exc)
            self._dispatcher.done.emit((self._on_failure, exc, self._owner))
        else:
            self._dispatcher.done.emit((self._on_success, result, self._owner))


def run_in_background(
    func: Callable[[], Any],
    *,
    owner: QObject,
    on_success: Callable[[Any], None],
    on_failure: Callable[[Exception], None],
    pool: QThreadPool | None = None,
) -> None:
    """Call `func()` on a pool thread; then `on_success(result)` or `on_failure(error)` on the GUI thread,
    unless `owner` (the widget that asked) has been destroyed by then.

    NOTE: `func` must not touch widgets. Call this from the GUI thread.
    """
    task = _Task(func, owner, on_success, on_failure, _get_dispatcher())
    (pool or QThreadPool.globalInstance()).start(task)
