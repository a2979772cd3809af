"""The Subscription page's words: the gateways' labels, which button a plan card gets, prices, periods and
the cloud minutes used, in plain English. Pure functions (no Qt), so each is easy to check."""

from __future__ import annotations

import math
from datetime import date, datetime
from enum import Enum

from iam_desktop.billing.catalogue import Plan, format_price
from iam_desktop.billing.entitlement import Entitlement

#: the gateway choice's labels, by gateway id, in the order offered
GATEWAY_LABELS = {
    "stripe": "Stripe — card, USD",
    "paygate": "PayGate — ZAR",
    "stitch": "Stitch — ZAR",
}


class CardAction(Enum):
    """What a plan card's button does; its value is the button's label."""

    CURRENT = "Current plan"  # the plan in force: a disabled label
    SUBSCRIBE = "Subscribe"  # from Free to a paid plan: the payment page
    UPGRADE = "Upgrade"  # to a plan of a higher rank: the payment page
    RENEW = "Renew"  # the paid plan whose licence ended: the payment page
    CHANGE = "Change plan"  # to a lower rank (Free included): the customer portal, where plans change

    @property
    def opens_payment(self) -> bool:
        """True when the button opens the plan's payment page (else the portal, or nothing)."""
        return self in (CardAction.SUBSCRIBE, CardAction.UPGRADE, CardAction.RENEW)


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


def action_tip(action: CardAction, plan: Plan, gateway_name: str) -> str:
    """The card button's tooltip."""
    if action is CardAction.CURRENT:
        return f"You are on the {plan.name} plan"
    if action is CardAction.CHANGE:
        return (f"Opens {gateway_name}'s customer portal in your browser, where you can change or cancel "
                "your subscription")  # fmt: skip
    return f"Opens {gateway_name}'s payment page for {plan.name} in your browser"


def price_text(plan: Plan, currency: str) -> str:
    """The plan's monthly price in `currency` ("$9.00", "R169.00", "$0"), "—" when it has none."""
    minor = plan.prices.get(currency)
    if minor is None:
        return "—"
    if minor == 0:  # format_price says "Free", which the card's name already does: "$0", "R0"
        return format_price(100, currency).removesuffix("1.00") + "0"
    return format_price(minor, currency)


def state_text(entitlement: Entitlement) -> str:
    """The line under the plan's name: the entitlement's message without the plan's name in front
    ("Renews 3 January 2027"), or the plan's summary on the free plan."""
    if entitlement.state == "free":
        return entitlement.plan.summary
    prefix = f"{entitlement.plan.name} — "
    message = entitlement.message
    if message.startswith(prefix):
        rest = message.removeprefix(prefix)
        return rest[:1].upper() + rest[1:]
    return message


def day_text(day: date | datetime) -> str:
    """ "3 January 2027" (local date of an aware datetime)."""
    if isinstance(day, datetime):
        day = day.astimezone().date() if day.tzinfo is not None else day.date()
    return f"{day.day} {day:%B %Y}"


def period_text(start: date | datetime, end: date | datetime) -> str:
    """ "1 June – 30 June 2026", "15 December 2026 – 14 January 2027"."""
    if isinstance(start, datetime):
        start = start.astimezone().date() if start.tzinfo is not None else start.date()
    if isinstance(end, datetime):
        end = end.astimezone().date() if end.tzinfo is not None else end.date()
    if start.year == end.year:
        return f"{start.day} {start:%B} – {day_text(end)}"
    return f"{day_text(start)} – {day_text(end)}"


def minutes(seconds: float) -> int:
    """Whole minutes used for `seconds` (a started minute counts, as the meter's limit does)."""
    return max(0, math.ceil(seconds / 60 - 1e-9))


def usage_text(used_seconds: float, limit_minutes: int) -> str:
    """ "12 of 600 cloud minutes used this month"."""
    return f"{minutes(used_seconds):,} of {limit_minutes:,} cloud minutes used this month"


def usage_fraction(used_seconds: float, limit_minutes: int) -> float:
    """How much of the month's minutes is used, 0 … 1 (1 for a plan without cloud minutes)."""
    if limit_minutes <= 0:
        return 1.0
    return min(1.0, max(0.0, used_seconds / (limit_minutes * 60)))


def left_text(used_seconds: float, limit_minutes: int, today: date) -> str:
    """ "588 minutes left · the count starts again on 1 July" ("None left" when used up)."""
    first = date(today.year + (today.month == 12), today.month % 12 + 1, 1)
    left = max(0, limit_minutes - minutes(used_seconds))
    amount = "None left" if left == 0 else f"{left:,} minute{'' if left == 1 else 's'} left"
    return f"{amount} · the count starts again on {first.day} {first:%B}"


def amount_text(amount: int | None, currency: str | None) -> str:
    """A history entry's amount ("$9.00"), "—" when the service gave none."""
    if amount is None or not currency:
        return "—"
    return format_price(amount, currency)
