"""Starting the GUI: one QApplication, the library, the local engine, the job runner, the main window."""

from __future__ import annotations

import logging
import sys

from iam_desktop import __version__
from iam_desktop.engines.local_whisper import LocalWhisperEngine
from iam_desktop.errors import IamError
from iam_desktop.jobs.runner import JobRunner
from iam_desktop.library.library import Library
from iam_desktop.paths import data_paths


def run_gui() -> int:
    """Run the app until its window closes; returns the exit code."""
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
    runner = JobRunner(library, LocalWhisperEngine())
    window = MainWindow(library, runner)
    window.show()
    try:
        return app.exec()
    finally:
        runner.shutdown(timeout=10)
        library.close()
