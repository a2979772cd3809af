"""The Subscription page's words: the gateways' labels, which button a plan card gets, prices, periods and
the cloud minutes used — translated into the window's language, with amounts and dates in its locale."""

from __future__ import annotations

import math
import re
from datetime import date, datetime
from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QLocale

from iam_desktop.billing.activation import RefreshResult
from iam_desktop.billing.catalogue import Plan
from iam_desktop.billing.entitlement import Entitlement
from iam_desktop.ui.i18n import day_and_month, format_number, translate
from iam_desktop.ui.plan_texts import plan_text

#: the gateway choice's labels, by gateway id, in the order offered (PayGate's and Stitch's are a brand and
#: a currency code: the same in every language)
GATEWAY_LABELS = {
    "stripe": QT_TRANSLATE_NOOP("subscription_texts", "Stripe — card, USD"),
    "paygate": "PayGate — ZAR",
    "stitch": "Stitch — ZAR",
}
#: the symbol an amount is shown with, by currency code (others show their code)
CURRENCY_SYMBOLS = {"USD": "$", "ZAR": "R"}
#: the billing core's refresh messages that are always the same words (shown translated)
REFRESH_MESSAGES = (
    QT_TRANSLATE_NOOP("subscription_texts", "The licence is up to date."),
    QT_TRANSLATE_NOOP(
        "subscription_texts",
        "The billing service has no licence for this installation yet: once a payment goes through, refresh again.",  # noqa: E501
    ),
)


class CardAction(Enum):
    """What a plan card's button does; its value is the button's English label (`label` translates it)."""

    CURRENT = QT_TRANSLATE_NOOP("subscription_texts", "Current plan")  # the plan in force: a disabled label
    SUBSCRIBE = QT_TRANSLATE_NOOP("subscription_texts", "Subscribe")  # from Free to a paid plan: payment page
    UPGRADE = QT_TRANSLATE_NOOP("subscription_texts", "Upgrade")  # to a higher rank: the payment page
    RENEW = QT_TRANSLATE_NOOP("subscription_texts", "Renew")  # the paid plan that ended: the payment page
    CHANGE = QT_TRANSLATE_NOOP("subscription_texts", "Change plan")  # to a lower rank: the customer portal

    @property
    def opens_payment(self) -> bool:
        """True when the button opens the plan's payment page (else the portal, or nothing)."""
        return self in (CardAction.SUBSCRIBE, CardAction.UPGRADE, CardAction.RENEW)

    @property
    def label(self) -> str:
        """The button's label in the window's language."""
        return translate("subscription_texts", str(self.value))


def card_action(plan: Plan, entitlement: Entitlement) -> CardAction:
    """The button of `plan`'s card for the user's `entitlement`."""
    current = entitlement.plan
    if plan.id == current.id:
        return CardAction.CURRENT
    licensed = entitlement.licensed_plan
    if entitlement.state == "ended" and licensed is not None and licensed.id == plan.id:
        return CardAction.RENEW
    if current.rank == 0:
        return CardAction.SUBSCRIBE
    if plan.rank > current.rank:
        return CardAction.UPGRADE
    return CardAction.CHANGE


def gateway_label(gateway_id: str, fallback: str) -> str:
    """The gateway choice's label of `gateway_id` in the window's language (`fallback` for one not listed)."""
    label = GATEWAY_LABELS.get(gateway_id)
    return translate("subscription_texts", str(label)) if label else fallback


def action_tip(action: CardAction, plan: Plan, gateway_name: str) -> str:
    """The card button's tooltip."""
    name = plan_text(plan.name)
    if action is CardAction.CURRENT:
        return translate("subscription_texts", "You are on the {plan} plan").format(plan=name)
    if action is CardAction.CHANGE:
        return translate(
            "subscription_texts",
            "Opens {gateway}'s customer portal in your browser, where you can change or cancel your subscription",  # noqa: E501
        ).format(gateway=gateway_name)
    tip = translate("subscription_texts", "Opens {gateway}'s payment page for {plan} in your browser")
    return tip.format(gateway=gateway_name, plan=name)


def _money_locale() -> QLocale:
    """The window's locale for amounts; American English when none is set (the "C" locale would write
    "9.00$")."""
    locale = QLocale()
    return QLocale("en_US") if locale.language() == QLocale.Language.C else locale


def money_text(minor: int, currency: str, whole: bool = False) -> str:
    """An amount of `minor` units (cents) of `currency` in the window's locale: "$9.00", "9,00 $",
    "R1 169,00"; `whole` leaves out the cents ("$0")."""
    symbol = CURRENCY_SYMBOLS.get(currency, currency)
    return _money_locale().toCurrencyString(minor / 100, symbol, 0 if whole else 2)


def price_text(plan: Plan, currency: str) -> str:
    """The plan's monthly price in `currency` ("$9.00", "R169,00", "$0"), "—" when it has none."""
    minor = plan.prices.get(currency)
    if minor is None:
        return "—"
    return money_text(minor, currency, whole=minor == 0)  # "$0": the card's name already says "Free"


def _local_day(day: date | datetime) -> date:
    """The local date of `day` (an aware datetime is turned to local time first)."""
    if isinstance(day, datetime):
        return day.astimezone().date() if day.tzinfo is not None else day.date()
    return day


def day_text(day: date | datetime) -> str:
    """A day with its year, without the weekday, in the window's locale: "3 January 2027",
    "January 3, 2027", "3. Januar 2027" (the local date of an aware datetime)."""
    local = _local_day(day)
    locale = QLocale()
    fmt = re.sub(r"d{4}[^dMy']*", "", locale.dateFormat(QLocale.FormatType.LongFormat)).strip(" ,")
    return locale.toString(QDate(local.year, local.month, local.day), fmt or "d MMMM yyyy")


def period_text(start: date | datetime, end: date | datetime) -> str:
    """ "1 June – 30 June 2026", "15 December 2026 – 14 January 2027" (in the window's locale)."""
    first, last = _local_day(start), _local_day(end)
    if first.year == last.year:
        return f"{day_and_month(first)} – {day_text(last)}"
    return f"{day_text(first)} – {day_text(last)}"


def state_text(entitlement: Entitlement) -> str:
    """The line under the plan's name: when the plan renews, its grace or that it ended; the plan's
    summary on the free plan; why the licence cannot be used (the core's words) when it cannot."""
    state, plan = entitlement.state, entitlement.plan
    if state == "free":
        return plan_text(plan.summary)
    if state == "active" and entitlement.period_end is not None:
        return translate("subscription_texts", "Renews {day}").format(day=day_text(entitlement.period_end))
    if state == "grace" and entitlement.grace_end is not None:
        return translate(
            "subscription_texts", "Offline grace until {day}: go online to refresh the licence, or renew"
        ).format(day=day_text(entitlement.grace_end))
    licensed = entitlement.licensed_plan
    if state == "ended" and licensed is not None and entitlement.period_end is not None:
        ended = translate("subscription_texts", "Your {plan} licence ended on {day}: renew to keep {plan}")
        return ended.format(plan=plan_text(licensed.name), day=day_text(entitlement.period_end))
    return entitlement.message  # "unreadable": the core's reason and what to do


def refresh_text(result: RefreshResult, plan_names: dict[str, str]) -> str:
    """What a refresh did, for the status line; `plan_names` maps plan ids to the names shown."""
    licence = result.licence
    if result.changed and licence is not None:
        return translate("subscription_texts", "Licence refreshed: {plan} until {day}.").format(
            plan=plan_names.get(licence.plan_id, licence.plan_id), day=day_text(licence.period_end)
        )
    if result.message in REFRESH_MESSAGES:
        return translate("subscription_texts", result.message)
    return result.message  # a licence the service sent was refused: the core's reason


def with_count(text: str, count: int) -> str:
    """A translated `%n` text with Qt's plain number replaced by the locale's ("3000" → "3.000"). Only
    for texts whose other numbers are still `{placeholders}`."""
    return text.replace(str(count), format_number(count))


def minutes(seconds: float) -> int:
    """Whole minutes used for `seconds` (a started minute counts, as the meter's limit does)."""
    return max(0, math.ceil(seconds / 60 - 1e-9))


def usage_text(used_seconds: float, limit_minutes: int) -> str:
    """ "12 of 600 cloud minutes used this month"."""
    text = translate("subscription_texts", "{used} of %n cloud minutes used this month", "", limit_minutes)
    return with_count(text, limit_minutes).format(used=format_number(minutes(used_seconds)))


def usage_fraction(used_seconds: float, limit_minutes: int) -> float:
    """How much of the month's minutes is used, 0 … 1 (1 for a plan without cloud minutes)."""
    if limit_minutes <= 0:
        return 1.0
    return min(1.0, max(0.0, used_seconds / (limit_minutes * 60)))


def left_text(used_seconds: float, limit_minutes: int, today: date) -> str:
    """ "588 minutes left · the count starts again on 1 July" ("None left" when used up)."""
    first = date(today.year + (today.month == 12), today.month % 12 + 1, 1)
    left = max(0, limit_minutes - minutes(used_seconds))
    if left == 0:
        amount = translate("subscription_texts", "None left")
    else:
        amount = with_count(translate("subscription_texts", "%n minutes left", "", left), left)
    return translate("subscription_texts", "{left} · the count starts again on {day}").format(
        left=amount, day=day_and_month(first)
    )


def amount_text(amount: int | None, currency: str | None) -> str:
    """A history entry's amount ("$9.00"), "—" when the service gave none."""
    if amount is None or not currency:
        return "—"
    return money_text(amount, currency)
