"""Exceptions nobody caught (on the main thread, on any other thread): logged with their traceback, then
handed to a callback (the window shows them in a dialog). Qt-free; the callback may be called on any
thread, so a GUI must move it to its own thread itself."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from types import TracebackType

from iam_desktop import __version__
from iam_desktop.redaction import redact

log = logging.getLogger("iam_desktop.crash")


@dataclass(frozen=True)
class UnhandledError:
    """An exception nobody caught: `summary` (one line: "ValueError: …"), `details` (version, thread and
    the traceback), both with every remembered secret redacted."""

    summary: str
    details: str


def describe(exc: BaseException, *, thread: str | None = None) -> UnhandledError:
    """The summary and details of `exc` (with its traceback), secrets redacted."""
    stack = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    where = f" in thread {thread!r}" if thread else ""
    summary = redact(f"{type(exc).__name__}: {exc}".strip().rstrip(":"))
    details = redact(f"IAM Desktop {__version__}, Python {sys.version.split()[0]}{where}\n\n{stack}")
    return UnhandledError(summary.splitlines()[0] if summary else type(exc).__name__, details)


Callback = Callable[[UnhandledError], None]

_previous: tuple[object, object] | None = None


def install(callback: Callback | None = None) -> None:
    """Install sys.excepthook and threading.excepthook: log CRITICAL with the traceback, then call
    `callback` (errors in it are logged, never raised). KeyboardInterrupt keeps its default handling.
    Installing again replaces the callback."""
    global _previous
    if _previous is None:
        _previous = (sys.excepthook, threading.excepthook)

    def report(exc: BaseException, thread: str | None) -> None:
        log.critical("unhandled exception%s", f" in thread {thread!r}" if thread else "",
                     exc_info=(type(exc), exc, exc.__traceback__))  # fmt: skip
        if callback is not None:
            try:
                callback(describe(exc, thread=thread))
            except Exception:
                log.exception("showing an unhandled exception failed")

    def on_main(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        if exc.__traceback__ is None and tb is not None:
            exc = exc.with_traceback(tb)
        report(exc, None)

    def on_thread(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit or args.exc_value is None:
            return
        exc = args.exc_value
        if exc.__traceback__ is None and args.exc_traceback is not None:
            exc = exc.with_traceback(args.exc_traceback)
        report(exc, args.thread.name if args.thread else "?")

    sys.excepthook = on_main
    threading.excepthook = on_thread


def uninstall() -> None:
    """Put back the hooks there were before install()."""
    global _previous
    if _previous is not None:
        sys.excepthook, threading.excepthook = _previous  # type: ignore[assignment]
        _previous = None
