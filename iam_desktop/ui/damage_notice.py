"""A damaged library file, told in the window: what happened, that nothing more is written into it, and
"Recover now", which quits, rebuilds the library from what can be read, and starts the app again."""

from __future__ import annotations

import logging
import sys
import threading
import time

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QProcess, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton, QWidget

from iam_desktop.errors import IamError
from iam_desktop.library.integrity import Health
from iam_desktop.library.recovery import RecoveryResult, recover
from iam_desktop.paths import DataPaths
from iam_desktop.ui.i18n import translate

log = logging.getLogger(__name__)

TITLE = str(QT_TRANSLATE_NOOP("damage_notice", "The library file is damaged"))


class DamageNotice(QObject):
    """Watches a library's health; once it is found damaged (by the check after opening, or by a read
    that met a damaged page) shows `dialog` on the GUI thread. `recover_requested` is emitted when the
    user chooses "Recover now"."""

    recover_requested = Signal()
    _found = Signal(str)

    def __init__(self, health: Health, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._parent = parent
        self.dialog: QMessageBox | None = None
        self._found.connect(self._show, Qt.ConnectionType.QueuedConnection)
        health.add_listener(lambda h: self._found.emit(h.message or ""))  # from the checking thread

    @Slot(str)
    def _show(self, message: str) -> None:
        if self.dialog is not None:
            return
        title = translate("damage_notice", TITLE)
        dialog = QMessageBox(QMessageBox.Icon.Warning, title, title, parent=self._parent)
        dialog.setInformativeText(
            translate(
                "damage_notice",
                "IAM Desktop has stopped saving anything into it, so nothing more can be lost, and you can still read what it shows.\n\n“Recover now” closes the app, copies everything that can be read into a new library file (the damaged one is kept beside it) and starts the app again.",  # noqa: E501
            )
        )
        dialog.setDetailedText(message)
        self.recover_button = dialog.addButton(
            translate("damage_notice", "Recover now"), QMessageBox.ButtonRole.AcceptRole
        )
        dialog.addButton(translate("damage_notice", "Later"), QMessageBox.ButtonRole.RejectRole)
        dialog.setDefaultButton(self.recover_button)
        dialog.buttonClicked.connect(self._clicked)
        self.dialog = dialog
        dialog.open()

    @Slot(QPushButton)
    def _clicked(self, button: QPushButton) -> None:
        if button is self.recover_button:
            self.recover_requested.emit()


def recover_with_progress(paths: DataPaths) -> RecoveryResult | None:
    """Run the recovery (the library must be closed) on a worker thread behind a busy dialog, then say how
    it went; None if it failed (the damaged file is then unchanged)."""
    outcome: list[RecoveryResult | Exception] = []

    def work() -> None:
        try:
            outcome.append(recover(paths))
        except (IamError, OSError) as exc:
            outcome.append(exc)

    progress = QProgressDialog(translate("damage_notice", "Recovering the library…"), "", 0, 0)
    progress.setCancelButton(None)
    progress.setWindowTitle("IAM Desktop")
    progress.setMinimumDuration(0)
    progress.show()
    worker = threading.Thread(target=work, name="library-recovery", daemon=True)
    worker.start()
    while worker.is_alive():  # keep the busy dialog painted; nothing else is open
        QApplication.processEvents()
        time.sleep(0.02)
    progress.close()
    result = outcome[0]
    if isinstance(result, Exception):
        log.error("library recovery failed: %s", result)
        text = translate("damage_notice", "The library could not be recovered.\n\n{reason}")
        QMessageBox.critical(None, "IAM Desktop", text.format(reason=result))
        return None
    log.warning("library recovered: %s recordings, %s transcripts", result.recordings, result.transcripts)
    recordings, transcripts = result.recordings, result.transcripts  # (lupdate reads plain names as counts)
    text = translate(
        "damage_notice",
        "The library was recovered: {recordings} and {transcripts} were saved.\n\nThe damaged file is kept as {path}.",  # noqa: E501
    ).format(
        recordings=translate("damage_notice", "%n recordings", "", recordings),
        transcripts=translate("damage_notice", "%n transcripts", "", transcripts),
        path=result.kept,
    )
    QMessageBox.information(None, "IAM Desktop", text)
    return result


def restart_command() -> tuple[str, list[str]]:
    """The program and arguments that start this app again (a frozen bundle, or Python with the package)."""
    if getattr(sys, "frozen", False):
        return sys.executable, sys.argv[1:]
    return sys.executable, ["-m", "iam_desktop", *sys.argv[1:]]


def restart() -> bool:
    """Start the app again in a new process; True if it started."""
    program, arguments = restart_command()
    started = QProcess.startDetached(program, arguments)
    return bool(started[0] if isinstance(started, tuple) else started)
