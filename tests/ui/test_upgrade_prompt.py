"""The upgrade prompt: its buttons for a used-up quota and for a feature outside the plan, and what each
answers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from iam_desktop.billing.errors import NotInPlan, QuotaExceeded
from iam_desktop.ui.upgrade_prompt import ask_to_upgrade, upgrade_box


def quota_error() -> QuotaExceeded:
    return QuotaExceeded(
        "This month's 30 cloud minutes would run out: this file needs about 45 minutes.",
        used_seconds=25 * 60, limit_seconds=30 * 60, needed_seconds=44.2 * 60, plan_name="Free",
    )  # fmt: skip


def feature_error() -> NotInPlan:
    return NotInPlan("Automatic backups are in the Pro and Business plans.", feature="automatic_backup",
                     plan_name="Free")  # fmt: skip


def button_texts(box: QMessageBox) -> list[str]:
    return sorted(b.text().replace("&", "") for b in box.buttons())


def test_a_used_up_quota_offers_upgrade_local_and_cancel(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    box = upgrade_box(parent, quota_error())
    assert button_texts(box) == ["Cancel", "Transcribe on this computer", "Upgrade…"]
    assert box.text() == "<b>Not enough cloud minutes left this month</b>"
    assert box.informativeText() == str(quota_error())  # the numbers, the plan that would do, nothing sent
    assert box.defaultButton().text() == "Transcribe on this computer"


def test_a_feature_outside_the_plan_offers_no_local_choice(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    box = upgrade_box(parent, feature_error())
    assert button_texts(box) == ["Cancel", "Upgrade…"]
    assert box.text() == "<b>Not in your plan</b>"
    assert box.informativeText() == str(feature_error())


def _click_later(label: str | None) -> None:
    """Click the prompt's button `label` (None: close it with Escape) once it is shown."""

    def click() -> None:
        box = next(
            w for w in QApplication.topLevelWidgets() if w.objectName() == "upgradePrompt" and w.isVisible()
        )
        if label is None:
            box.reject()
            return
        next(b for b in box.buttons() if b.text().replace("&", "") == label).click()

    QTimer.singleShot(50, click)


@pytest.mark.parametrize(
    ("error", "label", "answer"),
    [
        (quota_error(), "Upgrade…", "upgrade"),
        (quota_error(), "Transcribe on this computer", "local"),
        (quota_error(), "Cancel", "cancel"),
        (quota_error(), None, "cancel"),
        (feature_error(), "Upgrade…", "upgrade"),
        (feature_error(), "Cancel", "cancel"),
    ],
)
def test_each_button_answers(qtbot, error, label, answer):
    parent = QWidget()
    qtbot.addWidget(parent)
    _click_later(label)
    assert ask_to_upgrade(parent, error) == answer
