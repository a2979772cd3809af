"""At start-up, after an unclean exit: "IAM Desktop closed unexpectedly", with what the crash file holds
(the stacks of every thread, when a fatal error left them) and "Copy details"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from iam_desktop.diagnostics.crash_file import CrashReport
from iam_desktop.ui.error_dialog import ErrorDialog

TITLE = "IAM Desktop closed unexpectedly"


def crash_notice(report: CrashReport, *, log_file: Path | None, parent: QWidget | None = None) -> ErrorDialog:
    """The dialog telling of the last unclean exit (not shown yet: call show())."""
    if report.has_traceback:
        cause = "It stopped because of an internal error; the details below say where."
    else:
        cause = "It was stopped from outside (killed, logged out, or the computer lost power)."
    message = (
        f"{TITLE} the last time it ran. {cause}\n\nRecordings in progress are recovered into the library "
        "and waiting transcriptions resume."
    )
    details = report.details
    if report.archived is not None:
        details += f"\n(kept in {report.archived})"
    return ErrorDialog(message, details, log_file=log_file, title=TITLE, parent=parent)
