"""The upgrade prompt: what the window asks when the plan stops something (this month's cloud minutes would
run out, or a feature is not in the plan) — instead of crashing or silently doing nothing.

    answer = ask_to_upgrade(self, error)   # "upgrade" | "local" | "cancel"
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QMessageBox, QWidget

from iam_desktop.billing.errors import NotInPlan, QuotaExceeded
from iam_desktop.redaction import redact
from iam_desktop.ui.i18n import translate

Answer = Literal["upgrade", "local", "cancel"]
#: the prompt's first line, by what stopped the work (its message follows, with the numbers and a plan)
HEADLINES: dict[type, str] = {
    QuotaExceeded: str(QT_TRANSLATE_NOOP("upgrade_prompt", "Not enough cloud minutes left this month")),
    NotInPlan: str(QT_TRANSLATE_NOOP("upgrade_prompt", "Not in your plan")),
}


def upgrade_box(parent: QWidget | None, error: QuotaExceeded | NotInPlan) -> QMessageBox:
    """The prompt's box, not yet shown: a headline, the error's own message (the numbers, the plan that would
    do, "Nothing was sent"), and the buttons
    "Upgrade…", "Transcribe on this computer" (only for QuotaExceeded: local transcription is in every
    plan) and "Cancel". Each button's `property("answer")` is what `ask_to_upgrade` returns for it."""
    box = QMessageBox(parent)
    box.setObjectName("upgradePrompt")
    box.setWindowTitle("IAM Desktop")
    box.setIcon(QMessageBox.Icon.Information)
    headline = translate("upgrade_prompt", HEADLINES[type(error)])
    box.setText(f"<b>{headline}</b>")
    box.setInformativeText(redact(str(error)))
    upgrade = box.addButton(translate("upgrade_prompt", "Upgrade…"), QMessageBox.ButtonRole.AcceptRole)
    upgrade.setProperty("answer", "upgrade")
    upgrade.setToolTip(translate("upgrade_prompt", "Show the plans on the Subscription page"))
    if isinstance(error, QuotaExceeded):
        local = box.addButton(
            translate("upgrade_prompt", "Transcribe on this computer"), QMessageBox.ButtonRole.ActionRole
        )
        local.setProperty("answer", "local")
        box.setDefaultButton(local)
    else:
        box.setDefaultButton(upgrade)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    cancel.setProperty("answer", "cancel")
    box.setEscapeButton(cancel)
    return box


def ask_to_upgrade(parent: QWidget | None, error: QuotaExceeded | NotInPlan) -> Answer:
    """Ask (modal) what to do about `error`: "upgrade" (open the plans), "local" (transcribe on this
    computer instead; only offered for QuotaExceeded) or "cancel" (also when the box is closed)."""
    box = upgrade_box(parent, error)
    box.exec()
    clicked = box.clickedButton()
    answer = clicked.property("answer") if clicked is not None else None
    box.deleteLater()
    if answer == "upgrade":
        return "upgrade"
    if answer == "local":
        return "local"
    return "cancel"
