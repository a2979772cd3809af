"""One plan's card on the Subscription page: name, monthly price, summary, highlights with check marks, a
"Your plan" badge and the one button that acts on it (Subscribe, Upgrade, Renew, Change plan). The
catalogue's words are shown translated (plan_texts); a screen reader hears the button with its plan, and
the plan's price and highlights as its description."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from iam_desktop.billing.catalogue import Plan
from iam_desktop.ui.i18n import translate
from iam_desktop.ui.plan_texts import plan_text
from iam_desktop.ui.subscription_texts import CardAction, action_tip, price_text


class PlanCard(QFrame):
    """One plan side by side with the others: name, price, summary, highlights and its button.

    Attributes: plan, name_label, price_label, per_label, summary_label, badge, button, action (the
    button's CardAction, None until the entitlement is known).
    """

    def __init__(self, plan: Plan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planCard")
        self.setProperty("current", False)
        self.plan = plan
        self.action: CardAction | None = None
        self.name_label = QLabel(plan_text(plan.name))
        self.name_label.setObjectName("planName")
        self.badge = QLabel(translate("plan_card", "Your plan"))
        self.badge.setObjectName("planBadge")
        self.badge.setVisible(False)
        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(self.name_label)
        top.addStretch(1)
        top.addWidget(self.badge)
        self.price_label = QLabel()
        self.price_label.setObjectName("planPrice")
        self.per_label = QLabel(translate("plan_card", "/ month"))
        self.per_label.setObjectName("muted")
        price = QHBoxLayout()
        price.setSpacing(4)
        price.addWidget(self.price_label, 0, Qt.AlignmentFlag.AlignBottom)
        price.addWidget(self.per_label, 0, Qt.AlignmentFlag.AlignBottom)
        price.addStretch(1)
        self.summary_label = QLabel(plan_text(plan.summary))
        self.summary_label.setObjectName("muted")
        self.summary_label.setWordWrap(True)
        rule = QFrame()
        rule.setObjectName("cardRule")
        rule.setFixedHeight(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 14)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addLayout(price)
        layout.addWidget(self.summary_label)
        layout.addSpacing(2)
        layout.addWidget(rule)
        layout.addSpacing(2)
        for line in plan.highlights:
            layout.addLayout(_highlight(plan_text(line)))
        layout.addStretch(1)
        layout.addSpacing(6)
        self.button = QPushButton("…")
        self.button.setObjectName("planButton")
        self.button.setEnabled(False)
        self.button.setMinimumHeight(30)
        layout.addWidget(self.button)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def show_price(self, currency: str) -> None:
        """Show the monthly price in `currency`."""
        text = price_text(self.plan, currency)
        self.price_label.setText(text)
        paid = self.plan.prices.get(currency, 0) > 0
        self.per_label.setVisible(paid)
        price = translate("plan_card", "{price} a month").format(price=text) if paid else text
        highlights = " ".join(f"{plan_text(line)}." for line in self.plan.highlights)
        self.button.setAccessibleDescription(
            translate("plan_card", "{price}. {summary} {highlights}").format(
                price=price, summary=plan_text(self.plan.summary), highlights=highlights
            )
        )

    def show_action(self, action: CardAction, gateway_name: str) -> None:
        """Label the button for `action`; the current plan's card is outlined and its button disabled."""
        self.action = action
        current = action is CardAction.CURRENT
        self.button.setText(action.label)
        name = translate("plan_card", "{action}: {plan}")
        self.button.setAccessibleName(name.format(action=action.label, plan=plan_text(self.plan.name)))
        self.button.setEnabled(not current)
        self.button.setToolTip(action_tip(action, self.plan, gateway_name))
        self.button.setProperty("primary", action.opens_payment)
        self.badge.setVisible(current)
        self.setProperty("current", current)
        for widget in (self, self.button):
            widget.style().unpolish(widget)
            widget.style().polish(widget)


def _highlight(text: str) -> QHBoxLayout:
    """One highlight line of a card: a check mark and the wrapped text."""
    mark = QLabel("✓")
    mark.setObjectName("checkMark")
    mark.setAlignment(Qt.AlignmentFlag.AlignTop)
    label = QLabel(text)
    label.setWordWrap(True)
    row = QHBoxLayout()
    row.setSpacing(6)
    row.addWidget(mark, 0, Qt.AlignmentFlag.AlignTop)
    row.addWidget(label, 1)
    return row
