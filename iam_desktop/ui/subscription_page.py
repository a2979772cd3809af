"""The settings dialog's "Subscription" page: the plan in force (its state, period and this month's cloud
minutes against the plan's allowance), the three plans side by side with their prices in the chosen
gateway's currency, the payment method and e-mail address, Manage subscription, Activate licence…, Refresh,
a chart of this month's cloud minutes per day, and the billing history with invoice links.

Every address opened (payment, portal, invoice) is made and checked off the GUI thread by the billing core
(checkout.payment_url / portal_url, gateways.check_url) and only then handed to the browser; a refused
address or a failing service is said on the page, never opened. The keyring (licence, e-mail) is read off
the GUI thread too. The page never touches HTTP or files itself.

Every progress, success and error line of the status line is also announced to a screen reader (errors
assertively, interrupting); the catalogue's words are shown translated (plan_texts).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Literal, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from iam_desktop.billing.activation import RefreshResult
from iam_desktop.billing.checkout import has_service
from iam_desktop.billing.gateways import GATEWAYS
from iam_desktop.billing.licence import Licence
from iam_desktop.billing.licence_store import LicenceStore
from iam_desktop.paths import DataPaths
from iam_desktop.redaction import redact
from iam_desktop.secrets import SecretStore
from iam_desktop.settings import Settings
from iam_desktop.ui.accessibility import announce
from iam_desktop.ui.billing_history_table import BillingHistoryTable
from iam_desktop.ui.i18n import translate
from iam_desktop.ui.icons import icon
from iam_desktop.ui.licence_dialog import LicenceDialog
from iam_desktop.ui.operations import Operation, Pool
from iam_desktop.ui.plan_card import PlanCard
from iam_desktop.ui.plan_texts import plan_text
from iam_desktop.ui.status_label import StatusLabel
from iam_desktop.ui.subscription_style import subscription_style_sheet
from iam_desktop.ui.subscription_texts import (
    CardAction,
    card_action,
    gateway_label,
    left_text,
    period_text,
    refresh_text,
    state_text,
    usage_fraction,
    usage_text,
)
from iam_desktop.ui.subscription_worker import (
    PageState,
    invoice_page,
    payment_page,
    portal_page,
    read_state,
    refresh,
)
from iam_desktop.ui.theme import Role
from iam_desktop.ui.usage_chart import UsageChart

GatewayId = Literal["stripe", "paygate", "stitch"]
#: the state pill of the current plan: its words and colour, by Entitlement.state
STATE_BADGES = {
    "active": (QT_TRANSLATE_NOOP("subscription_page", "Active"), Role.SUCCESS),
    "grace": (QT_TRANSLATE_NOOP("subscription_page", "Offline grace"), Role.WARNING),
    "ended": (QT_TRANSLATE_NOOP("subscription_page", "Ended"), Role.WARNING),
    "unreadable": (QT_TRANSLATE_NOOP("subscription_page", "Needs attention"), Role.ERROR),
}
#: the usage bar turns to the warning colour from this fraction of the allowance
HIGH_USAGE = 0.8


class SubscriptionPage(QWidget):
    """The Subscription page. `settings_changes(settings)` gives the settings with the chosen gateway.

    Attributes: plan_name, state_badge, state_message, period_label, usage_label, usage_left, usage_bar,
    manage_button, refresh_button, activate_button, result (the status line: progress, success and every
    error), gateway (the payment method choice), email, cards (PlanCard by plan id), chart (UsageChart),
    history_table, history_empty, state (the PageState shown, None until read).

    Signals:
        entitlement_changed: a licence was activated or refreshed; the new billing.entitlement.Entitlement.
    """

    #: Entitlement
    entitlement_changed = Signal(object)

    def __init__(
        self,
        paths: DataPaths,
        settings: Settings,
        secrets: SecretStore | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("subscriptionPage")
        self._paths = paths
        self._settings = settings
        self._store = LicenceStore(secrets)
        self._announce = False
        self._working = False
        self.state: PageState | None = None
        self.cards: dict[str, PlanCard] = {}

        # the plan in force
        caption = QLabel(translate("subscription_page", "YOUR PLAN"))
        caption.setObjectName("caption")
        self.plan_name = QLabel("—")
        self.plan_name.setObjectName("currentPlanName")
        self.state_badge = QLabel()
        self.state_badge.setObjectName("stateBadge")
        self.state_badge.setVisible(False)
        name_row = QHBoxLayout()
        name_row.setSpacing(10)
        name_row.addWidget(self.plan_name)
        name_row.addWidget(self.state_badge, 0, Qt.AlignmentFlag.AlignVCenter)
        name_row.addStretch(1)
        self.state_message = StatusLabel(translate("subscription_page", "Reading your licence…"))
        self.state_message.setObjectName("stateMessage")
        self.period_label = QLabel()
        self.period_label.setObjectName("muted")
        self.period_label.setVisible(False)
        manage = translate("subscription_page", "Manage subscription")
        self.manage_button = QPushButton(icon("export"), manage)
        self.manage_button.setToolTip(
            translate(
                "subscription_page",
                "Open the payment provider's customer portal in your browser: cancel, change the card, see invoices",  # noqa: E501
            )
        )
        self.manage_button.clicked.connect(self.open_portal)
        self.activate_button = QPushButton(translate("subscription_page", "Activate licence…"))
        activate_tip = translate("subscription_page", "Paste a licence you received after paying")
        self.activate_button.setToolTip(activate_tip)
        self.activate_button.clicked.connect(self.open_licence_dialog)
        self.refresh_button = QPushButton(icon("redo"), translate("subscription_page", "Refresh"))
        if has_service(settings):
            refresh_tip = translate("subscription_page", "Fetch your licence from the billing service")
        else:
            refresh_tip = translate("subscription_page", "Read the stored licence and the minutes used again")
        self.refresh_button.setToolTip(refresh_tip)
        self.refresh_button.clicked.connect(self.refresh)
        self.usage_label = QLabel()
        self.usage_label.setObjectName("usageLabel")
        self.usage_left = QLabel()
        self.usage_left.setObjectName("muted")
        self.usage_left.setWordWrap(True)
        self.usage_bar = QProgressBar()
        self.usage_bar.setObjectName("usageBar")
        self.usage_bar.setTextVisible(False)
        self.usage_bar.setRange(0, 1000)
        self.usage_bar.setFixedHeight(8)
        self.usage_bar.setProperty("level", "ok")
        self.usage_bar.setAccessibleName(translate("subscription_page", "Cloud minutes used this month"))

        current = QFrame()
        current.setObjectName("currentCard")
        left = QVBoxLayout()
        left.setSpacing(4)
        left.addWidget(caption)
        left.addLayout(name_row)
        left.addWidget(self.state_message)
        left.addWidget(self.period_label)
        buttons = QVBoxLayout()
        buttons.setSpacing(6)
        for button in (self.manage_button, self.activate_button, self.refresh_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addLayout(left, 1)
        top.addLayout(buttons)
        usage = QVBoxLayout()
        usage.setSpacing(6)
        usage.addWidget(self.usage_label)
        usage.addWidget(self.usage_bar)
        usage.addWidget(self.usage_left)
        current_layout = QVBoxLayout(current)
        current_layout.setContentsMargins(18, 14, 18, 16)
        current_layout.setSpacing(12)
        current_layout.addLayout(top)
        current_layout.addLayout(usage)

        self.result = StatusLabel()
        self.result.setObjectName("subscriptionResult")
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.setVisible(False)

        # the plans
        self.gateway = QComboBox()
        self.gateway.setObjectName("gatewayChoice")
        for gateway_id, known in GATEWAYS.items():
            self.gateway.addItem(gateway_label(gateway_id, f"{known.name} — {known.currency}"), gateway_id)
        self.gateway.setCurrentIndex(max(0, self.gateway.findData(settings.billing_gateway)))
        self.gateway.currentIndexChanged.connect(self._gateway_changed)
        self.email = QLineEdit()
        self.email.setObjectName("billingEmail")
        self.email.setPlaceholderText("you@example.com")
        self.email.setClearButtonEnabled(True)
        self.email.setToolTip(
            translate(
                "subscription_page",
                "The address the payment provider sends your receipt and licence to; kept in the system keyring",  # noqa: E501
            )
        )
        pay_with = QLabel(translate("subscription_page", "Pay with"))
        pay_with.setBuddy(self.gateway)
        self.gateway.setAccessibleName(translate("subscription_page", "Pay with"))
        self.gateway.setAccessibleDescription(
            translate("subscription_page", "The payment provider, and the currency of the prices below")
        )
        email_label = QLabel(translate("subscription_page", "E-mail"))
        email_label.setBuddy(self.email)
        self.email.setAccessibleName(translate("subscription_page", "E-mail"))
        self.email.setAccessibleDescription(self.email.toolTip())
        choices = QGridLayout()
        choices.setHorizontalSpacing(8)
        choices.setVerticalSpacing(6)
        choices.addWidget(pay_with, 0, 0)
        choices.addWidget(self.gateway, 0, 1)
        choices.addWidget(email_label, 0, 2)
        choices.addWidget(self.email, 0, 3)
        choices.setColumnStretch(3, 1)
        choices.setColumnMinimumWidth(2, 0)
        self._cards_row = QHBoxLayout()
        self._cards_row.setSpacing(12)

        # usage and history
        self.chart = UsageChart()
        self.history_table = BillingHistoryTable()
        self.history_table.invoice_requested.connect(self.open_invoice)
        self.history_empty = QLabel(
            translate(
                "subscription_page",
                "No payments yet. Each period you pay for is listed here, with its invoice.",
            )
        )
        self.history_empty.setObjectName("muted")
        self.history_empty.setWordWrap(True)

        content = QWidget()
        content.setObjectName("subscriptionContent")
        column = QVBoxLayout(content)
        column.setContentsMargins(4, 4, 12, 12)
        column.setSpacing(10)
        column.addWidget(current)
        column.addWidget(self.result)
        column.addSpacing(6)
        column.addWidget(_heading(translate("subscription_page", "Plans")))
        column.addLayout(choices)
        column.addLayout(self._cards_row)
        column.addSpacing(6)
        column.addWidget(_heading(translate("subscription_page", "Cloud minutes this month")))
        column.addWidget(self.chart)
        column.addSpacing(6)
        column.addWidget(_heading(translate("subscription_page", "Billing history")))
        column.addWidget(self.history_table)
        column.addWidget(self.history_empty)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        self._restyle()
        self._update_buttons()
        self.reload()

    # --- values ------------------------------------------------------------------------------------

    def gateway_id(self) -> str:
        """The chosen payment gateway ("stripe", "paygate" or "stitch")."""
        return str(self.gateway.currentData())

    def settings_changes(self, settings: Settings) -> Settings:
        """`settings` with `billing_gateway` set to the chosen payment method."""
        return replace(settings, billing_gateway=cast(GatewayId, self.gateway_id()))  # (one of GATEWAYS)

    # --- reading the state -------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the licence, the e-mail, the minutes used and the history again (in the background)."""
        paths, store = self._paths, self._store
        Operation(self, lambda: read_state(paths, store), pool=Pool.GENERAL).success(
            self._show_state
        ).failure(self._failed).run()

    def _show_state(self, state: PageState) -> None:
        self.state = state
        entitlement = state.entitlement
        if not self.cards:
            for plan in state.catalogue.plans:
                card = PlanCard(plan)
                card.button.clicked.connect(lambda _=False, plan_id=plan.id: self.choose_plan(plan_id))
                self.cards[plan.id] = card
                self._cards_row.addWidget(card, 1)
            self._restyle()
        self.plan_name.setText(plan_text(entitlement.plan.name))
        badge = STATE_BADGES.get(entitlement.state)
        self.state_badge.setVisible(badge is not None)
        if badge is not None:
            self.state_badge.setText(translate("subscription_page", str(badge[0])))
            self.state_badge.setProperty("role", badge[1].name.lower())
            self.state_badge.style().unpolish(self.state_badge)
            self.state_badge.style().polish(self.state_badge)
        role = {"unreadable": Role.ERROR, "ended": Role.WARNING, "grace": Role.WARNING}.get(entitlement.state)
        self.state_message.say(state_text(entitlement), role)
        licence = entitlement.licence
        self.period_label.setVisible(licence is not None and entitlement.state in ("active", "grace"))
        if licence is not None:
            period = period_text(licence.period_start, licence.period_end)
            this_period = translate("subscription_page", "This period: {period}")
            self.period_label.setText(this_period.format(period=period))
        limit = entitlement.cloud_minutes
        self.usage_label.setText(usage_text(state.used_seconds, limit))
        self.usage_left.setText(left_text(state.used_seconds, limit, state.today))
        fraction = usage_fraction(state.used_seconds, limit)
        self.usage_bar.setValue(round(fraction * 1000))
        self.usage_bar.setAccessibleDescription(f"{self.usage_label.text()}. {self.usage_left.text()}")
        level = "full" if fraction >= 1 else "high" if fraction >= HIGH_USAGE else "ok"
        self.usage_bar.setProperty("level", level)
        self.usage_bar.style().unpolish(self.usage_bar)
        self.usage_bar.style().polish(self.usage_bar)
        self.chart.set_usage(state.daily, limit)
        if state.email and not self.email.text().strip():
            self.email.setText(state.email)
        self._show_cards()
        self._show_history(state)
        self._update_buttons()
        if self._announce:
            self._announce = False
            self.entitlement_changed.emit(entitlement)

    def _show_cards(self) -> None:
        if self.state is None:
            return
        known = GATEWAYS[self.gateway_id()]
        for card in self.cards.values():
            card.show_price(known.currency)
            card.show_action(card_action(card.plan, self.state.entitlement), known.name)

    def _show_history(self, state: PageState) -> None:
        self.history_table.show_entries(state.history, self._plan_names())
        self.history_empty.setVisible(not state.history)

    def _plan_names(self) -> dict[str, str]:
        """The names shown for the plans, by plan id."""
        plans = self.state.catalogue.plans if self.state is not None else ()
        return {plan.id: plan_text(plan.name) for plan in plans}

    def _gateway_changed(self) -> None:
        self._show_cards()

    # --- actions -----------------------------------------------------------------------------------

    def choose_plan(self, plan_id: str) -> None:
        """What the card of `plan_id` does: open its payment page, or the portal to change to a lower plan."""
        card = self.cards.get(plan_id)
        if card is None or card.action is None or card.action is CardAction.CURRENT:
            return
        if card.action is CardAction.CHANGE:
            self.open_portal()
            return
        paths, settings, store = self._paths, self._settings, self._store
        gateway_id, email = self.gateway_id(), self.email.text().strip() or None
        name = GATEWAYS[gateway_id].name
        asking = translate("subscription_page", "Asking for the {gateway} payment page…")
        self._say(asking.format(gateway=name))
        self._busy(True)
        opened = translate(
            "subscription_page", "The {gateway} payment page for {plan} is open in your browser. {next_step}"
        ).format(gateway=name, plan=plan_text(card.plan.name), next_step=self._after_paying())
        Operation(
            self, lambda: payment_page(paths, settings, store, plan_id, gateway_id, email), pool=Pool.GENERAL
        ).success(lambda url: self._open(url, opened)).failure(self._failed).run()

    def open_portal(self) -> None:
        """Open the chosen gateway's customer portal (cancel, change card, invoices) in the browser."""
        paths, settings, store = self._paths, self._settings, self._store
        gateway_id, email = self.gateway_id(), self.email.text().strip() or None
        name = GATEWAYS[gateway_id].name
        asking = translate("subscription_page", "Asking for the {gateway} customer portal…")
        self._say(asking.format(gateway=name))
        self._busy(True)
        opened = translate("subscription_page", "The {gateway} customer portal is open in your browser.")
        Operation(
            self, lambda: portal_page(paths, settings, store, gateway_id, email), pool=Pool.GENERAL
        ).success(lambda url: self._open(url, opened.format(gateway=name))).failure(self._failed).run()

    def open_invoice(self, url: str) -> None:
        """Open an invoice of the billing history in the browser, once its address passed the check."""
        gateway_id = self.gateway_id()
        opened = translate("subscription_page", "The invoice is open in your browser.")
        Operation(self, lambda: invoice_page(url, gateway_id), pool=Pool.GENERAL).success(
            lambda checked: self._open(checked, opened)
        ).failure(self._failed).run()

    def open_licence_dialog(self) -> LicenceDialog:
        """Show the Activate licence dialog (window-modal, not blocking); returns it."""
        dialog = LicenceDialog(self._paths, self._store, self)
        dialog.activated.connect(self._activated)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def refresh(self) -> None:
        """Fetch the licence from the billing service when there is one, then read everything again."""
        paths, settings, store = self._paths, self._settings, self._store
        if not has_service(settings):
            self._announce = True
            self.reload()
            return
        self._say(translate("subscription_page", "Asking the billing service for your licence…"))
        self._busy(True)
        Operation(self, lambda: refresh(paths, settings, store), pool=Pool.GENERAL).success(
            self._refreshed
        ).failure(self._failed).run()

    def _refreshed(self, result: RefreshResult | None) -> None:
        self._busy(False)
        if result is not None:
            self._say(refresh_text(result, self._plan_names()), Role.SUCCESS if result.changed else None)
        self._announce = True
        self.reload()

    def _activated(self, licence: Licence) -> None:
        name = self._plan_names().get(licence.plan_id, licence.plan_id)
        activated = translate("subscription_page", "Licence activated: you are on {plan}. Thank you!")
        self._say(activated.format(plan=name), Role.SUCCESS)
        self._announce = True
        self.reload()

    def _open(self, url: str, message: str) -> None:
        """Hand a checked address to the browser (on the GUI thread) and say so."""
        self._busy(False)
        qurl = QUrl(url, QUrl.ParsingMode.StrictMode)
        if not qurl.isValid():
            self._say(
                translate(
                    "subscription_page",
                    "The address to open is not a valid web address, so it was not opened.",
                ),
                Role.ERROR,
            )
            return
        if QDesktopServices.openUrl(qurl):
            self._say(message, Role.SUCCESS)
        else:
            self._say(
                translate(
                    "subscription_page",
                    "The browser could not be opened. Make sure a web browser is set as the default, then try again.",  # noqa: E501
                ),
                Role.ERROR,
            )

    def _failed(self, error: Exception) -> None:
        self._busy(False)
        self._say(redact(str(error) or type(error).__name__), Role.ERROR)

    def _after_paying(self) -> str:
        if has_service(self._settings):
            return translate("subscription_page", "When the payment is through, press Refresh.")
        return translate(
            "subscription_page",
            "When the payment is through, paste the licence you receive with Activate licence…",
        )

    def _say(self, text: str, role: Role | None = None) -> None:
        """Show `text` on the status line and announce it (an error assertively)."""
        self.result.setVisible(bool(text))
        self.result.say(text, role)
        announce(self, text, assertive=role is Role.ERROR)

    def _busy(self, busy: bool) -> None:
        self._working = busy
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = self.state is not None and not self._working
        self.manage_button.setEnabled(ready)
        self.refresh_button.setEnabled(ready)
        for card in self.cards.values():
            card.button.setEnabled(
                ready and card.action is not None and card.action is not CardAction.CURRENT
            )

    # --- looks -------------------------------------------------------------------------------------

    def _restyle(self) -> None:
        """The page's style sheet in the colours of the palette in use (rebuilt when the theme changes)."""
        sheet = subscription_style_sheet(self.palette(), self.font().pointSizeF())
        if sheet != self.styleSheet():  # (setting it sends a palette change: it is set only when it differs)
            self.setStyleSheet(sheet)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._restyle()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        self._restyle()  # the theme may have changed while the page was hidden
        super().showEvent(event)


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("sectionHeading")
    return label

