"""Starting the GUI: one QApplication, the library, the local engine, the job runner, the main window."""

from __future__ import annotations

import logging
import os
import sys

from iam_desktop import __version__
from iam_desktop.engines.factory import EngineFactory
from iam_desktop.errors import IamError
from iam_desktop.jobs.runner import JobRunner
from iam_desktop.library.library import Library
from iam_desktop.paths import data_paths
from iam_desktop.settings import load_settings


def missing_display() -> bool:
    """True on Linux/BSD when there is no screen to open a window on (and no Qt platform was chosen)."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd")) or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run_gui() -> int:
    """Run the app until its window closes; returns the exit code."""
    if missing_display():
        print(
            "error: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set).\n"
            "Run it from a desktop session, or on a virtual screen: xvfb-run -a iam-desktop\n"
            "Everything else works without a screen: iam-desktop --help",
            file=sys.stderr,
        )
        return 1
    from PySide6.QtWidgets import QApplication, QMessageBox

    from iam_desktop.ui.main_window import MainWindow
    from iam_desktop.ui.style import apply_style

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("IAM Desktop")
    app.setApplicationVersion(__version__)
    apply_style(app)
    paths = data_paths()
    logging.basicConfig(
        filename=paths.logs / "iam-desktop.log",
        level=logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    try:
        library = Library.open(paths)
    except IamError as exc:
        QMessageBox.critical(None, "IAM Desktop", f"The library could not be opened.\n\n{exc}")
        return 1
    try:
        library.items.purge_expired()  # the trash keeps things for 30 days
    except IamError as exc:
        logging.getLogger(__name__).warning("could not empty the trash: %s", exc)
    settings = load_settings(paths)
    engines = EngineFactory(settings)
    # the window's runner adopts work left by a closed or killed app (or CLI) and resumes it
    runner = JobRunner(library, engines, adopt_orphans=True, role="gui")
    window = MainWindow(library, runner, settings=settings, preview_engine=engines.preview)
    window.settings_changed.connect(engines.update_settings)
    window.show()
    runner.start()
    try:
        return app.exec()
    finally:
        runner.shutdown(timeout=10)
        engines.close()
        library.close()
