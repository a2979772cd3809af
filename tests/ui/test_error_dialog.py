"""Failures shown, never silent: the error dialog (Copy details, Open log folder), exceptions nobody caught
on any thread reaching it through the exception hooks, Qt's own warnings in the log, and the notice of
a real crash at the next start."""

from __future__ import annotations

import logging
import signal
import subprocess
import sys
import threading

import pytest
from PySide6.QtCore import QObject, QTimer, qWarning
from PySide6.QtGui import QGuiApplication

from iam_desktop import __version__
from iam_desktop.diagnostics import exception_hooks
from iam_desktop.diagnostics.crash_file import pending_crash_report
from iam_desktop.paths import data_paths
from iam_desktop.redaction import remember_secret
from iam_desktop.ui import qt_log
from iam_desktop.ui.crash_notice import TITLE, crash_notice
from iam_desktop.ui.error_dialog import ErrorDialog, ErrorPresenter

SECRET = "sk-dialog-5e1b7c9a3d2f4e6b"


@pytest.fixture
def hooks():
    yield exception_hooks
    exception_hooks.uninstall()


def test_copy_details_puts_version_traceback_and_log_path_on_the_clipboard(qtbot, data_dir):
    log_file = data_paths(data_dir).logs / "iam-desktop.log"
    try:
        raise ValueError("the sample rate is not a number")
    except ValueError as exc:
        error = exception_hooks.describe(exc)
    dialog = ErrorDialog("It failed.", error.details, log_file=log_file)
    qtbot.addWidget(dialog)
    dialog.show()
    QGuiApplication.clipboard().clear()
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert f"IAM Desktop {__version__}" in copied and "Traceback" in copied
    assert "ValueError: the sample rate is not a number" in copied and f"Log: {log_file}" in copied
    assert dialog.isVisible()  # copying does not close the dialog
    assert str(log_file) in dialog.message_label.text()
    assert dialog.open_logs_button.isEnabled()


def test_an_exception_nobody_caught_on_a_thread_is_logged_and_shown(qtbot, data_dir, hooks, caplog):
    remember_secret(SECRET)
    presenter = ErrorPresenter(data_paths(data_dir).logs / "iam-desktop.log")
    hooks.install(presenter.report)

    def work() -> None:
        raise RuntimeError(f"the provider refused {SECRET}")

    with caplog.at_level(logging.CRITICAL, logger="iam_desktop.crash"):
        for _ in range(2):  # the second one, while the first dialog is open, is only logged
            thread = threading.Thread(target=work, name="worker")
            thread.start()
            thread.join()
    qtbot.waitUntil(lambda: presenter.dialog is not None, timeout=5000)
    dialog = presenter.dialog
    qtbot.addWidget(dialog)
    assert "RuntimeError: the provider refused [redacted]" in dialog.message_label.text()
    assert "in thread 'worker'" in dialog.details and SECRET not in dialog.details
    records = [r for r in caplog.records if r.name == "iam_desktop.crash"]
    assert len(records) == 2 and all(r.exc_info and r.exc_info[0] is RuntimeError for r in records)
    qtbot.wait(100)
    assert [w for w in QGuiApplication.topLevelWindows() if w.isVisible() and "went wrong" in w.title()] == [
        dialog.windowHandle()
    ]
    dialog.close()
    assert presenter.dialog is None


def test_an_exception_in_a_slot_reaches_the_dialog(qtbot, data_dir, hooks):
    """A slot called by Qt's event loop raising: PySide hands it to sys.excepthook."""
    presenter = ErrorPresenter(None)
    hooks.install(presenter.report)
    holder = QObject()

    def broken_slot() -> None:
        raise KeyError("missing segment")

    QTimer.singleShot(0, holder, broken_slot)
    qtbot.waitUntil(lambda: presenter.dialog is not None, timeout=5000)
    qtbot.addWidget(presenter.dialog)
    assert "KeyError: 'missing segment'" in presenter.dialog.message_label.text()
    assert not presenter.dialog.open_logs_button.isEnabled()  # no log file: nothing to open


def test_qt_warnings_go_to_the_log(qtbot, caplog):
    qt_log.install()
    try:
        with caplog.at_level(logging.WARNING, logger="qt"):
            qWarning("a warning from Qt about a widget")
    finally:
        qt_log.uninstall()
    assert any(r.name == "qt" and "a warning from Qt about a widget" in r.getMessage()
               for r in caplog.records)  # fmt: skip


_SEGV = """
import faulthandler
from iam_desktop.diagnostics.crash_file import CrashFile
from iam_desktop.paths import data_paths
CrashFile.open(data_paths())
faulthandler._sigsegv()
"""


def test_the_notice_of_a_real_crash(qtbot, data_dir):
    crashed = subprocess.run([sys.executable, "-c", _SEGV], capture_output=True, timeout=60)
    assert crashed.returncode == -signal.SIGSEGV
    paths = data_paths(data_dir)
    report = pending_crash_report(paths)
    assert report is not None
    notice = crash_notice(report, log_file=paths.logs / "iam-desktop.log")
    qtbot.addWidget(notice)
    notice.show()
    assert notice.windowTitle() == TITLE
    assert "internal error" in notice.message_label.text()
    notice.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert "Segmentation fault" in copied and str(paths.logs / "last-crash.txt") in copied
