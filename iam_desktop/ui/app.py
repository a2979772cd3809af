"""Starting the GUI: logging and crash detection, one QApplication, the library, the local engine, the
job runner, the main window — and quitting in order, so that nothing is lost or half-written."""

from __future__ import annotations

import contextlib
import importlib
import logging
import os
import signal
import sys
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from iam_desktop import __version__
from iam_desktop.diagnostics import crash_reports, exception_hooks, logging_setup
from iam_desktop.diagnostics.crash_file import CrashFile, CrashReport, pending_crash_report
from iam_desktop.engines.factory import EngineFactory
from iam_desktop.errors import IamError
from iam_desktop.jobs.runner import JobRunner
from iam_desktop.library.library import Library
from iam_desktop.paths import DataPaths, data_paths
from iam_desktop.settings import Settings, load_settings
from iam_desktop.system_libraries import install_hint, missing_for_gui

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QWidget

    from iam_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)

#: modules the window needs soon but not to appear, imported in the background once it is on screen (the
#: first recording's waveform: pyqtgraph and numpy, ~0.3 s)
PRELOAD_MODULES = ("iam_desktop.ui.waveform_view",)
#: at quit, how long background tasks and the running job get to finish or stop (seconds, each)
QUIT_TIMEOUT = 10.0


def missing_display() -> bool:
    """True on Linux/BSD when there is no screen to open a window on (and no Qt platform was chosen)."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd")) or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


@dataclass
class RunningApp:
    """The parts of a running app, and the order they stop in (`close`)."""

    library: Library
    engines: EngineFactory
    runner: JobRunner
    window: MainWindow  # (imported only for type checking: Qt only once the GUI is wanted)
    closed: bool = False

    def close(self, timeout: float = QUIT_TIMEOUT) -> None:
        """Quit in order. The window closes first: a recording in progress is stopped and saved, and a
        save already running is awaited (never started twice). Then the running job is stopped and
        released to the queue (it resumes on the next start), the running and queued operations (library
        writes the user asked for, file and keyring work) are given `timeout` seconds to finish, the engines
        stop, and only then is the library closed — no thread is left using it. Safe to call twice."""
        from iam_desktop.ui.operations import wait_for_operations

        if self.closed:
            return
        self.closed = True
        self.window.close()
        self.runner.shutdown(timeout=timeout)
        if not wait_for_operations(int(timeout * 1000)):
            log.warning("operations still running %.0f s after quitting; closing anyway", timeout)
        self.engines.close()
        self.library.close()


def start_app(paths: DataPaths, settings: Settings) -> RunningApp:
    """Open the library, start the runner and show the main window. Raises IamError if the library
    cannot be opened. Needs a QApplication.

    NOTE: only what the window cannot be built without runs before it is shown; the list of recordings
    is read in the background (the panel says "Loading library…" meanwhile), and so is the trash's
    emptying of what has been there for 30 days, started once the window is up."""
    from iam_desktop.ui.main_window import MainWindow

    library = Library.open(paths)
    engines = EngineFactory(settings)
    # the window's runner adopts work left by a closed or killed app (or CLI) and resumes it
    runner = JobRunner(library, engines, adopt_orphans=True, role="gui")
    window = MainWindow(library, runner, settings=settings, preview_engine=engines.preview)
    window.settings_changed.connect(engines.update_settings)
    window.show()
    runner.start()
    _purge_trash(window, library)
    _preload_when_shown(window)
    return RunningApp(library, engines, runner, window)


def _preload_when_shown(window: QWidget) -> None:
    """Once the window's first frame is drawn, import PRELOAD_MODULES on a background thread, so that
    neither the start nor the first recording waits for them on the GUI thread."""
    from iam_desktop.ui.first_frame import FirstFrame

    def preload() -> None:
        for name in PRELOAD_MODULES:
            try:
                importlib.import_module(name)
            except Exception:  # a defect: imported again (and failing loudly) where it is used
                log.exception("could not import %s in advance", name)

    def start() -> None:
        threading.Thread(target=preload, name="preload").start()  # not a daemon: exit waits for it

    FirstFrame(window, start)


def _purge_trash(window: MainWindow, library: Library) -> None:
    """Empty what has been in the trash for 30 days, off the GUI thread (a trash view opened meanwhile
    reads itself again when something went)."""
    from iam_desktop.ui.changes import Change, Kind
    from iam_desktop.ui.operations import Operation

    def failed(exc: Exception) -> None:
        if isinstance(exc, IamError):
            log.warning("could not empty the trash: %s", exc)
        else:  # a defect: the start goes on, the traceback goes to the log
            log.error("emptying the trash failed", exc_info=exc)

    Operation(window, library.items.purge_expired).changes(
        window.changes, lambda count: Change.of(Kind.RECORDINGS) if count else None
    ).failure(failed).run()


def run_gui(
    *, report_startup: bool = False, open_paths: Sequence[str] = (), activation_link: str | None = None
) -> int:
    """Run the app until its window closes; returns the exit code. `report_startup`: once the window is
    shown, print the time since the process started and quit (`iam-desktop --startup-time`). `open_paths`:
    files (or folders) to add, as if dropped on the window once it is shown (`iam-desktop FILE…`, what a
    file manager's "Open with" runs). `activation_link`: an `iam-desktop://activate?licence=…` link to
    activate once the window is shown (what opening such a link runs)."""
    if missing_display():
        print(
            "error: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set).\n"
            "Run it from a desktop session, or on a virtual screen: xvfb-run -a iam-desktop\n"
            "Everything else works without a screen: iam-desktop --help",
            file=sys.stderr,
        )
        return 1
    missing = missing_for_gui()  # Qt alone would abort on them with "could not load the platform plugin"
    if missing:
        print(f"error: {install_hint(missing)}", file=sys.stderr)
        return 1
    terminate = _TerminateRequest()
    try:
        paths = data_paths()
    except IamError as exc:  # the data folder is a file, or cannot be created or written
        return _cannot_start(str(exc))
    log_file = logging_setup.configure(paths)
    crashed = pending_crash_report(paths)  # before this run's own crash file exists
    crash_file = CrashFile.open(paths)
    try:
        return _run_window(
            paths, log_file, crashed, terminate, report_startup=report_startup, open_paths=open_paths,
            activation_link=activation_link,
        )  # fmt: skip
    finally:
        if crash_file is not None:
            crash_file.close()  # a clean exit: nothing to report next time


def _report_startup_when_shown(window: QWidget, app: QCoreApplication) -> None:
    """Once `window`'s first frame is drawn: print the time since the process started, and quit (the
    caller then closes everything in order)."""
    from iam_desktop.diagnostics.startup_clock import process_age
    from iam_desktop.ui.first_frame import FirstFrame

    def shown() -> None:
        print(f"startup: {process_age().describe()}", flush=True)
        app.quit()

    FirstFrame(window, shown)  # (kept alive by the window, its parent)


def _cannot_start(message: str) -> int:
    """Say why the app cannot start, on stderr and in a message box; returns the exit code."""
    print(f"error: {message}", file=sys.stderr, flush=True)
    from PySide6.QtWidgets import QApplication, QMessageBox

    _app = QApplication.instance() or QApplication(sys.argv)
    QMessageBox.critical(None, "IAM Desktop", f"IAM Desktop cannot start.\n\n{message}")
    return 1


class _TerminateRequest:
    """SIGTERM (a logout, `kill`) closes the window like the user would: a recording is saved, jobs are
    released, the library is closed. The handler is installed first thing, so a SIGTERM during start-up
    is honoured too, as soon as the window is up."""

    def __init__(self) -> None:
        self.requested = threading.Event()
        with contextlib.suppress(ValueError, AttributeError):  # not the main thread / no SIGTERM (Windows)
            signal.signal(signal.SIGTERM, self._on_signal)

    def _on_signal(self, _signum: int, _frame: object) -> None:
        self.requested.set()

    def watch(self, running: RunningApp) -> object:
        """Close `running`'s window once asked; returns the timer (keep it: it also lets Python run its
        signal handlers while Qt's event loop runs)."""
        from PySide6.QtCore import QTimer

        def check() -> None:
            if self.requested.is_set() and running.window.isVisible():
                log.info("asked to quit (SIGTERM)")
                running.window.close()

        timer = QTimer()
        timer.timeout.connect(check)
        timer.start(200)
        return timer


def _run_window(
    paths: DataPaths,
    log_file: Path | None,
    crashed: CrashReport | None,
    terminate: _TerminateRequest,
    *,
    report_startup: bool = False,
    open_paths: Sequence[str] = (),
    activation_link: str | None = None,
) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from iam_desktop.ui import focus_ring, qt_log
    from iam_desktop.ui.crash_notice import crash_notice
    from iam_desktop.ui.damage_notice import DamageNotice, recover_with_progress, restart
    from iam_desktop.ui.error_dialog import ErrorPresenter
    from iam_desktop.ui.i18n import chosen_language, install_language, translate
    from iam_desktop.ui.style import apply_style
    from iam_desktop.ui.theme import apply_theme

    existing = QApplication.instance()
    if existing is not None and not isinstance(existing, QApplication):
        raise RuntimeError("a QCoreApplication is running: the window needs a QApplication")
    app = existing or QApplication(sys.argv)
    app.setApplicationName("IAM Desktop")
    app.setDesktopFileName("iam-desktop")  # Wayland: ties the window to the installed .desktop entry and icon
    app.setApplicationVersion(__version__)
    qt_log.install()
    presenter = ErrorPresenter(log_file)
    exception_hooks.install(presenter.report)
    try:
        apply_style(app)
        settings = load_settings(paths)
        apply_theme(app, settings.theme)
        install_language(chosen_language(settings.interface_language))
        focus_ring.install(app)
        crash_reports.enable(settings, paths)
        try:
            running = start_app(paths, settings)
        except IamError as exc:
            log.error("the library could not be opened: %s", exc)
            QMessageBox.critical(
                None, "IAM Desktop", translate("app", "The library could not be opened.\n\n{reason}").format(
                    reason=exc
                )
            )
            return 1
        presenter.set_parent_widget(running.window)
        keep_alive = terminate.watch(running)  # noqa: F841 - the timer must live as long as the loop
        if crashed is not None:
            log.warning("the last run ended unexpectedly")
            notice = crash_notice(crashed, log_file=log_file, parent=running.window)
            notice.show()
        damage = DamageNotice(running.library.health, running.window)
        recovery: list[bool] = []

        def recover_now() -> None:  # quit first: the library is recovered once it is closed
            recovery.append(True)
            running.window.close()

        damage.recover_requested.connect(recover_now)
        if open_paths:  # once the event loop runs: the window is on screen before the files are read
            QTimer.singleShot(0, lambda: running.window.add_paths(list(open_paths)))
        if activation_link is not None:
            link = activation_link
            QTimer.singleShot(0, lambda: running.window.subscription.activate_link(link))
        if report_startup:
            _report_startup_when_shown(running.window, app)
        try:
            code = app.exec()
        finally:
            running.close()
        if recovery and recover_with_progress(paths) is not None:  # the library is closed now
            restart()
        plan = running.window.backups.restore_plan
        if plan is not None:  # the library is closed now: restore it, then start again on the result
            from iam_desktop.ui.restore_dialog import RestoreDialog

            RestoreDialog(paths, plan=plan).exec()
            restart()
        return code
    finally:
        exception_hooks.uninstall()
        qt_log.uninstall()
        crash_reports.disable()
