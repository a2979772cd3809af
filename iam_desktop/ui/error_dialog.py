"""The dialog for a failure the app did not expect: a plain message, the details (version, traceback)
folded away, "Copy details" (to the clipboard, for a bug report) and "Open log folder". Also
`ErrorPresenter`, which receives the exception hooks' reports from any thread and shows them here."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iam_desktop.diagnostics.exception_hooks import UnhandledError
from iam_desktop.ui.i18n import translate

log = logging.getLogger(__name__)


class ErrorDialog(QDialog):
    """Shows `message` and, below it, the `details`; the log's path is part of the copied details. `title`:
    the window's title (default: "IAM Desktop — something went wrong").

    Attributes: message_label, details_view, copy_button, open_logs_button, close_button.
    """

    def __init__(
        self,
        message: str,
        details: str,
        *,
        log_file: Path | None,
        title: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title or translate("error_dialog", "IAM Desktop — something went wrong"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.log_file = log_file
        if log_file:
            where = translate("error_dialog", "The log file has more: {path}").format(path=log_file)
        else:
            where = translate("error_dialog", "No log file could be written.")
        self.details = f"{details.rstrip()}\n\nLog: {log_file or '(none)'}\n"
        self.message_label = QLabel(f"{message}\n\n{where}")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_view = QPlainTextEdit(self.details)
        self.details_view.setReadOnly(True)
        self.details_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details_view.setMinimumSize(560, 180)
        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(translate("error_dialog", "Copy details"))
        self.copy_button.clicked.connect(self.copy_details)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_logs_button = QPushButton(translate("error_dialog", "Open log folder"))
        self.open_logs_button.clicked.connect(self.open_log_folder)
        self.open_logs_button.setEnabled(log_file is not None)
        buttons.addButton(self.open_logs_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(self.message_label)
        column.addWidget(self.details_view, 1)
        column.addWidget(buttons)

    def copy_details(self) -> None:
        """Put the details (version, traceback, the log's path) on the clipboard."""
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(translate("error_dialog", "Copied"))

    def open_log_folder(self) -> bool:
        """Open the folder of the log file in the system's file manager; False if that failed."""
        if self.log_file is None:
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_file.parent)))


class ErrorPresenter(QObject):
    """Takes UnhandledError reports from any thread (`report`) and shows each in an ErrorDialog on the
    GUI thread; while one is open, further reports are only logged (a failing timer must not bury the
    screen in dialogs). Attributes: dialog (the open one, or None)."""

    _received = Signal(object)

    def __init__(self, log_file: Path | None, parent_widget: QWidget | None = None) -> None:
        super().__init__()
        self._log_file = log_file
        self._parent_widget = parent_widget
        self.dialog: ErrorDialog | None = None
        self._received.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def set_parent_widget(self, widget: QWidget | None) -> None:
        self._parent_widget = widget

    def report(self, error: UnhandledError) -> None:
        """Thread-safe: the dialog is shown by the GUI thread's event loop."""
        self._received.emit(error)

    @Slot(object)
    def _show(self, error: UnhandledError) -> None:
        if self.dialog is not None:
            log.info("another unhandled error while its dialog is open: %s", error.summary)
            return
        message = translate(
            "error_dialog",
            "Something went wrong that IAM Desktop did not expect. Your recordings and transcripts are safe; the app carries on.\n\n{summary}",  # noqa: E501
        ).format(summary=error.summary)
        self.dialog = ErrorDialog(message, error.details, log_file=self._log_file, parent=self._parent_widget)
        self.dialog.finished.connect(self._closed)
        self.dialog.show()

    def _closed(self) -> None:
        self.dialog = None
