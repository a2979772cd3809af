"""The Subscription page's words in another language: the catalogue's texts are all listed for translation,
amounts and dates follow the window's locale with the right currency, and each card's button is named with
its plan for a screen reader."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QLocale

from iam_desktop.billing.catalogue import load_catalogue
from iam_desktop.ui.plan_card import PlanCard
from iam_desktop.ui.plan_texts import PLAN_TEXTS
from iam_desktop.ui.subscription_texts import (
    CardAction,
    amount_text,
    day_text,
    left_text,
    period_text,
    price_text,
    usage_text,
)


@pytest.fixture
def german() -> Iterator[None]:
    """Formatting in German (the words stay English: no German translations are installed here)."""
    before = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    yield
    QLocale.setDefault(before)


def test_every_text_of_the_shipped_catalogue_is_listed_for_translation():
    texts = set()
    for plan in load_catalogue().plans:
        texts |= {plan.name, plan.summary, *plan.highlights}
    assert texts - set(PLAN_TEXTS) == set()


def test_amounts_in_english_keep_the_currency_symbol():
    pro = load_catalogue().plan("pro")
    assert price_text(pro, "USD") == "$9.00" and price_text(pro, "ZAR") == "R169.00"
    assert price_text(load_catalogue().free(), "ZAR") == "R0"
    assert amount_text(44900, "ZAR") == "R449.00" and amount_text(None, "USD") == "—"


def test_amounts_and_dates_in_german(german):
    catalogue = load_catalogue()
    assert price_text(catalogue.plan("pro"), "USD") == "9,00\u00a0$"
    assert price_text(catalogue.plan("business"), "ZAR") == "449,00\u00a0R"
    assert price_text(catalogue.free(), "USD") == "0\u00a0$"
    assert amount_text(116900, "ZAR") == "1.169,00\u00a0R"
    assert day_text(date(2027, 1, 3)) == "3. Januar 2027"  # no weekday
    assert period_text(date(2026, 6, 1), date(2026, 6, 30)) == "1. Juni – 30. Juni 2026"
    assert usage_text(3000 * 60, 3000) == "3.000 of 3.000 cloud minutes used this month"
    assert left_text(0, 30, date(2026, 12, 5)) == "30 minutes left · the count starts again on 1. Januar"
    assert left_text(0, 3000, date(2026, 12, 5)).startswith("3.000 minutes left")


def test_dates_in_english_have_no_weekday():
    assert day_text(datetime(2027, 1, 3, 12, tzinfo=UTC)) in ("January 3, 2027", "3 January 2027")


def test_a_card_names_its_button_with_the_plan_and_describes_the_plan(qtbot):
    card = PlanCard(load_catalogue().plan("pro"))
    qtbot.addWidget(card)
    card.show_price("USD")
    card.show_action(CardAction.SUBSCRIBE, "Stripe")
    assert card.button.text() == "Subscribe"
    assert card.button.accessibleName() == "Subscribe: Pro"
    description = card.button.accessibleDescription()
    assert description.startswith("$9.00 a month. For people who transcribe every week.")
    assert "600 cloud minutes a month." in description
