"""At start-up, after an unclean exit: "IAM Desktop closed unexpectedly", with what the crash file holds
(the stacks of every thread, when a fatal error left them) and "Copy details"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from iam_desktop.diagnostics.crash_file import CrashReport
from iam_desktop.ui.error_dialog import ErrorDialog
from iam_desktop.ui.i18n import translate

TITLE = str(QT_TRANSLATE_NOOP("crash_notice", "IAM Desktop closed unexpectedly"))


def crash_notice(report: CrashReport, *, log_file: Path | None, parent: QWidget | None = None) -> ErrorDialog:
    """The dialog telling of the last unclean exit (not shown yet: call show())."""
    if report.has_traceback:
        cause = translate(
            "crash_notice", "It stopped because of an internal error; the details below say where."
        )
    else:
        cause = translate(
            "crash_notice", "It was stopped from outside (killed, logged out, or the computer lost power)."
        )
    message = translate(
        "crash_notice",
        "IAM Desktop closed unexpectedly the last time it ran. {cause}\n\nRecordings in progress are recovered into the library and waiting transcriptions resume.",  # noqa: E501
    ).format(cause=cause)
    details = report.details
    if report.archived is not None:
        details += f"\n(kept in {report.archived})"  # (the details stay English, for a bug report)
    title = translate("crash_notice", TITLE)
    return ErrorDialog(message, details, log_file=log_file, title=title, parent=parent)
