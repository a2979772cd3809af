"""Run a short core function off the GUI thread and get its result or error back on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Relay(QObject):
    """Lives on the GUI thread; signals emitted from the pool thread are queued to its slots."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, on_success: Callable[[Any], None], on_failure: Callable[[Exception], None]) -> None:
        super().__init__()
        self._on_success = on_success
        self._on_failure = on_failure
        self.succeeded.connect(self._deliver_success)
        self.failed.connect(self._deliver_failure)

    @Slot(object)
    def _deliver_success(self, value: Any) -> None:
        _pending.discard(self)
        self._on_success(value)

    @Slot(object)
    def _deliver_failure(self, error: Exception) -> None:
        _pending.discard(self)
        self._on_failure(error)


class _Task(QRunnable):
    def __init__(self, func: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._func = func
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._func()
        except Exception as exc:  # handed to the caller's failure callback
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(result)


#: relays whose task has not reported yet (kept alive here until it does)
_pending: set[_Relay] = set()


def run_in_background(
    func: Callable[[], Any],
    *,
    on_success: Callable[[Any], None],
    on_failure: Callable[[Exception], None],
    pool: QThreadPool | None = None,
) -> None:
    """Call `func()` on a pool thread; then `on_success(result)` or `on_failure(error)` on the GUI thread.

    NOTE: `func` must not touch widgets.
    """
    relay = _Relay(on_success, on_failure)
    _pending.add(relay)
    (pool or QThreadPool.globalInstance()).start(_Task(func, relay))
