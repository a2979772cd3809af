"""The "Activate licence" dialog: paste a licence (the long text from the payment confirmation or its
e-mail, or an iam-desktop://activate?licence=… link), press Activate. The licence is checked and stored off
the GUI thread (billing.activation.activate); a refused one is explained in the dialog, which stays open,
and never replaces the licence already stored. A screen reader hears the check start and a refusal."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase, QTextOption
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from iam_desktop.billing.activation import activate
from iam_desktop.billing.licence import Licence
from iam_desktop.billing.licence_store import LicenceStore
from iam_desktop.paths import DataPaths
from iam_desktop.redaction import redact, remember_secret
from iam_desktop.ui.accessibility import announce
from iam_desktop.ui.i18n import translate
from iam_desktop.ui.operations import Operation, Pool
from iam_desktop.ui.status_label import StatusLabel
from iam_desktop.ui.theme import Role


class LicenceDialog(QDialog):
    """Pastes and activates a licence.

    Attributes: text (the paste field), activate_button, message (the status line).

    Signals:
        activated: a licence was checked and stored (the billing.licence.Licence).
    """

    #: Licence
    activated = Signal(object)

    def __init__(self, paths: DataPaths, store: LicenceStore, parent: QWidget | None = None,
                 initial: str = "") -> None:  # fmt: skip
        """`initial`: text to put in the field (an activation link the app was opened with)."""
        super().__init__(parent)
        self.setWindowTitle(translate("licence_dialog", "Activate licence"))
        self.setObjectName("licenceDialog")
        self._paths = paths
        self._store = store
        intro = QLabel(
            translate(
                "licence_dialog",
                "Paste the licence you received after paying — the long text from the confirmation page or e-mail, or a link that starts with iam-desktop://activate. It is checked on this computer and kept in the system keyring.",  # noqa: E501
            )
        )
        intro.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(translate("licence_dialog", "Licence or activation link"))
        self.text.setAccessibleDescription(intro.text())
        intro.setBuddy(self.text)
        self.text.setObjectName("licenceText")
        self.text.setPlaceholderText(
            translate("licence_dialog", "eyJhbGciOiJFZERTQSIs…  or  iam-desktop://activate?licence=…")
        )
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setTabChangesFocus(True)
        self.text.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere)  # a token has no spaces to wrap at
        self.text.setMinimumHeight(110)
        if initial:
            remember_secret(initial.strip())
            self.text.setPlainText(initial)
        self.text.textChanged.connect(self._update_button)
        self.message = StatusLabel()
        self.message.setObjectName("licenceResult")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.activate_button = QPushButton(translate("licence_dialog", "Activate"))
        self.activate_button.setToolTip(translate("licence_dialog", "Check the pasted licence and keep it"))
        self.activate_button.setDefault(True)
        buttons.addButton(self.activate_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.activate_button.clicked.connect(self.activate)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(520, 300)
        self._busy = False
        self._update_button()

    def activate(self) -> None:
        """Check and store the pasted licence (in the background); on success emit `activated` and close."""
        text = self.text.toPlainText().strip()
        if not text or self._busy:
            return
        remember_secret(text)  # a licence echoed in an error or a log line never shows
        self._busy = True
        self._update_button()
        checking = translate("licence_dialog", "Checking the licence…")
        self.message.say(checking)
        announce(self, checking)
        paths, store = self._paths, self._store
        Operation(self, lambda: activate(text, paths, store), pool=Pool.GENERAL).success(
            self._activated
        ).failure(self._refused).run()

    def _activated(self, licence: Licence) -> None:
        if not isValid(self):
            return
        self._busy = False
        self.activated.emit(licence)
        self.accept()

    def _refused(self, error: Exception) -> None:
        if not isValid(self):
            return
        self._busy = False
        self._update_button()
        reason = redact(str(error) or type(error).__name__)
        self.message.say(reason, Role.ERROR)
        refused = translate("licence_dialog", "The licence was not activated: {reason}")
        announce(self, refused.format(reason=reason), assertive=True)

    def _update_button(self) -> None:
        self.activate_button.setEnabled(not self._busy and bool(self.text.toPlainText().strip()))
