"""The Subscription page on the real billing core: the exact address handed to the browser (Stripe's static
link, a billing service's PayGate page, the portal, an invoice), refused addresses and failing services said
on the page and never opened, activation through the licence dialog, refresh from the service, the usage
chart, the gateway choice, and a keyring that cannot be used."""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from urllib.parse import urlencode

import pytest
from billing.fake_billing_service import FakeBillingService, running_billing_service
from billing.licence_helpers import TestKey, make_key, trust
from keyring.backends import fail
from keyring_fakes import PlaintextKeyring
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from shiboken6 import isValid

from iam_desktop.billing.catalogue import load_catalogue
from iam_desktop.billing.history import HistoryEntry, record_period
from iam_desktop.billing.installation import installation_id
from iam_desktop.billing.licence_store import LicenceStore
from iam_desktop.billing.usage import UsageMeter
from iam_desktop.paths import DataPaths, data_paths
from iam_desktop.secrets import ALLOW_PLAINTEXT_ENV, SecretStore
from iam_desktop.settings import Settings
from iam_desktop.ui.accessibility import recent_announcements
from iam_desktop.ui.subscription_page import SubscriptionPage
from iam_desktop.ui.theme import Role, apply_theme, css, palette_for, semantic

EMAIL = "ada+iam@example.org"
PAYGATE_PAGE = "https://secure.paygate.co.za/payweb3/process.trans?PAY_REQUEST_ID=23B785AE-C96C-32AF-4879"


class UrlCatcher(QObject):
    """Stands in for the browser: QDesktopServices hands it every https/http address opened."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))


@pytest.fixture
def browser() -> Iterator[UrlCatcher]:
    catcher = UrlCatcher()
    for scheme in ("https", "http"):
        QDesktopServices.setUrlHandler(scheme, catcher, "open")
    yield catcher
    for scheme in ("https", "http"):
        QDesktopServices.unsetUrlHandler(scheme)


@pytest.fixture
def secrets(monkeypatch: pytest.MonkeyPatch) -> SecretStore:
    """An in-memory keyring (it says it is keyrings.alt's plaintext one, so the opt-in is set)."""
    monkeypatch.setenv(ALLOW_PLAINTEXT_ENV, "1")
    return SecretStore(PlaintextKeyring())


@pytest.fixture
def paths() -> DataPaths:
    return data_paths().ensure()


@pytest.fixture(scope="module")
def _key() -> TestKey:
    return make_key("ui-test-1")


@pytest.fixture
def test_key(_key: TestKey, monkeypatch: pytest.MonkeyPatch) -> TestKey:
    """A key pair this test trusts (the only one)."""
    trust(monkeypatch, _key)
    return _key


@pytest.fixture
def fake() -> Iterator[FakeBillingService]:
    with running_billing_service() as service:
        yield service


def open_page(
    qtbot, paths: DataPaths, secrets: SecretStore, settings: Settings | None = None
) -> SubscriptionPage:
    page = SubscriptionPage(paths, settings or Settings(), secrets)
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()
    qtbot.waitUntil(lambda: page.state is not None)
    return page


def pro_licence(key: TestKey, paths: DataPaths, **extra) -> str:
    """A Pro licence for this installation, running from yesterday for 30 days."""
    start = datetime.now(UTC) - timedelta(days=1)
    return key.sign(plan_id="pro", installation_id=installation_id(paths), period_start=start,
                    period_end=start + timedelta(days=30), **extra)  # fmt: skip


def said_error(page: SubscriptionPage) -> bool:
    return page.result.isVisible() and page.result.role is Role.ERROR


# --- plans, prices, gateway --------------------------------------------------------------------------


def test_the_free_plan_with_the_three_plans_side_by_side(qtbot, paths, secrets):
    page = open_page(qtbot, paths, secrets)
    assert page.plan_name.text() == "Free"
    assert list(page.cards) == ["free", "pro", "business"]
    buttons = {plan_id: (card.button.text(), card.button.isEnabled()) for plan_id, card in page.cards.items()}
    assert buttons == {
        "free": ("Current plan", False),
        "pro": ("Subscribe", True),
        "business": ("Subscribe", True),
    }
    assert not page.cards["free"].badge.isHidden() and page.cards["pro"].badge.isHidden()
    prices = [card.price_label.text() for card in page.cards.values()]
    assert prices == ["$0", "$9.00", "$24.00"]
    assert page.usage_label.text() == "0 of 30 cloud minutes used this month"
    assert page.history_empty.isVisible() and not page.history_table.isVisible()


def test_the_gateway_choice_sets_the_currency_and_the_settings(qtbot, paths, secrets):
    page = open_page(qtbot, paths, secrets, Settings(billing_gateway="stripe"))
    page.gateway.setCurrentIndex(page.gateway.findData("stitch"))
    assert [card.price_label.text() for card in page.cards.values()] == ["R0", "R169.00", "R449.00"]
    assert page.settings_changes(Settings()).billing_gateway == "stitch"
    labels = [page.gateway.itemText(i) for i in range(page.gateway.count())]
    assert labels == ["Stripe — card, USD", "PayGate — ZAR", "Stitch — ZAR"]


# --- payment pages -------------------------------------------------------------------------------------


def test_subscribe_opens_stripes_static_link_with_the_email_and_installation(qtbot, paths, secrets, browser):
    page = open_page(qtbot, paths, secrets)
    page.email.setText(EMAIL)
    page.cards["pro"].button.click()
    qtbot.waitUntil(lambda: bool(browser.urls))
    link = load_catalogue().plan("pro").payment_links["stripe"]
    query = urlencode({"prefilled_email": EMAIL, "client_reference_id": installation_id(paths)})
    assert browser.urls == [f"{link}{'&' if '?' in link else '?'}{query}"]
    assert "ada%2Biam%40example.org" in browser.urls[0]
    assert page.result.role is Role.SUCCESS and "Stripe payment page for Pro" in page.result.text()
    assert LicenceStore(secrets).email() == EMAIL  # kept in the keyring for next time


def test_subscribe_opens_the_paygate_page_the_billing_service_gives(qtbot, paths, secrets, browser, fake):
    fake.checkout_url = PAYGATE_PAGE
    settings = Settings(billing_service_url=fake.url, billing_gateway="paygate")
    page = open_page(qtbot, paths, secrets, settings)
    assert page.cards["business"].price_label.text() == "R449.00"
    page.email.setText(EMAIL)
    page.cards["business"].button.click()
    qtbot.waitUntil(lambda: bool(browser.urls))
    assert browser.urls == [PAYGATE_PAGE]
    assert fake.requests[-1].json == {"plan": "business", "gateway": "paygate", "email": EMAIL,
                                      "installation_id": installation_id(paths)}  # fmt: skip


def test_a_foreign_host_from_the_service_is_said_and_never_opened(qtbot, paths, secrets, browser, fake):
    fake.checkout_url = "https://secure.paygate.co.za.pay-now.example/process?email=ada%40example.org"
    page = open_page(qtbot, paths, secrets, Settings(billing_service_url=fake.url, billing_gateway="paygate"))
    page.email.setText(EMAIL)
    page.cards["pro"].button.click()
    qtbot.waitUntil(lambda: said_error(page))
    assert "secure.paygate.co.za.pay-now.example" in page.result.text()
    assert "PayGate" in page.result.text()
    assert "ada" not in page.result.text()  # the query (an e-mail) is never echoed
    assert recent_announcements[-1] == page.result.text()
    assert page.result.text_color() == css(Role.ERROR)
    qtbot.wait(100)
    assert browser.urls == []
    assert page.cards["pro"].button.isEnabled()  # one can try again


def test_a_failing_service_is_said_and_nothing_opened(qtbot, paths, secrets, browser, fake):
    fake.fail_next(400, error="This shop does not sell Business in ZAR yet.")
    page = open_page(qtbot, paths, secrets, Settings(billing_service_url=fake.url, billing_gateway="stitch"))
    page.email.setText(EMAIL)
    page.cards["business"].button.click()
    qtbot.waitUntil(lambda: said_error(page))
    assert "does not sell Business in ZAR yet" in page.result.text()
    assert browser.urls == []


def test_the_service_needs_an_email_first(qtbot, paths, secrets, browser, fake):
    page = open_page(qtbot, paths, secrets, Settings(billing_service_url=fake.url))
    page.cards["pro"].button.click()
    qtbot.waitUntil(lambda: said_error(page))
    assert "e-mail" in page.result.text()
    assert fake.paths() == [] and browser.urls == []


def test_a_mistyped_email_is_refused_before_anything_opens(qtbot, paths, secrets, browser):
    page = open_page(qtbot, paths, secrets)
    page.email.setText("ada at example.org")
    page.cards["pro"].button.click()
    qtbot.waitUntil(lambda: said_error(page))
    assert "e-mail address does not look right" in page.result.text()
    assert browser.urls == [] and LicenceStore(secrets).email() is None


def test_manage_subscription_opens_the_portal(qtbot, paths, secrets, browser):
    page = open_page(qtbot, paths, secrets)
    page.email.setText(EMAIL)
    page.manage_button.click()
    qtbot.waitUntil(lambda: bool(browser.urls))
    link = load_catalogue().portal_links["stripe"]
    assert browser.urls == [f"{link}{'&' if '?' in link else '?'}{urlencode({'prefilled_email': EMAIL})}"]


# --- licences --------------------------------------------------------------------------------------------


def test_activating_a_licence_in_the_dialog_updates_the_plan(qtbot, paths, secrets, test_key):
    page = open_page(qtbot, paths, secrets)
    token = pro_licence(test_key, paths, amount=900, currency="USD",
                        invoice_url="https://invoice.stripe.com/i/acct_1/inv_1")  # fmt: skip
    dialog = page.open_licence_dialog()
    dialog.text.setPlainText(f"  iam-desktop://activate?licence={token}\n")
    with qtbot.waitSignal(page.entitlement_changed, timeout=10000) as changed:
        dialog.activate_button.click()
    assert changed.args[0].plan.id == "pro" and changed.args[0].state == "active"
    assert page.plan_name.text() == "Pro"
    assert page.state_badge.text() == "Active"
    assert page.state_message.text().startswith("Renews ")
    assert page.usage_label.text() == "0 of 600 cloud minutes used this month"
    buttons = {plan_id: card.button.text() for plan_id, card in page.cards.items()}
    assert buttons == {"free": "Change plan", "pro": "Current plan", "business": "Upgrade"}
    assert page.result.role is Role.SUCCESS
    assert recent_announcements[-1] == "Licence activated: you are on Pro. Thank you!"  # for a screen reader
    assert page.cards["business"].button.accessibleName() == "Upgrade: Business"
    assert LicenceStore(secrets).token() == token
    # the period is in the billing history, with its amount and invoice
    assert page.history_table.rowCount() == 1
    assert page.history_table.item(0, 2).text() == "$9.00"
    assert not isValid(dialog) or not dialog.isVisible()  # closed (and deleted)


def test_a_licence_for_another_installation_is_refused_in_the_dialog(qtbot, paths, secrets, test_key):
    page = open_page(qtbot, paths, secrets)
    now = datetime.now(UTC)
    token = test_key.sign(plan_id="business", installation_id="another-installation", period_start=now,
                          period_end=now + timedelta(days=30))  # fmt: skip
    dialog = page.open_licence_dialog()
    dialog.text.setPlainText(token)
    dialog.activate_button.click()
    qtbot.waitUntil(lambda: dialog.message.role is Role.ERROR)
    assert dialog.isVisible()
    assert token not in dialog.message.text()
    assert recent_announcements[-1] == f"The licence was not activated: {dialog.message.text()}"
    assert LicenceStore(secrets).token() is None
    assert page.plan_name.text() == "Free"


def test_refresh_fetches_the_licence_from_the_service(qtbot, paths, secrets, test_key, fake):
    page = open_page(qtbot, paths, secrets, Settings(billing_service_url=fake.url))
    fake.licence = {"licence": pro_licence(test_key, paths), "history": []}
    with qtbot.waitSignal(page.entitlement_changed, timeout=10000) as changed:
        page.refresh_button.click()
    assert changed.args[0].plan.id == "pro"
    assert page.plan_name.text() == "Pro"
    assert page.result.text().startswith("Licence refreshed: Pro")
    assert fake.paths() == ["GET /v1/licence"]


def test_refresh_while_the_service_is_down_keeps_the_plan(qtbot, paths, secrets, test_key, fake):
    LicenceStore(secrets).save_token(pro_licence(test_key, paths))
    page = open_page(qtbot, paths, secrets, Settings(billing_service_url=fake.url))
    assert page.plan_name.text() == "Pro"
    fake.fail_next(403, error="No such shop.")
    page.refresh_button.click()
    qtbot.waitUntil(lambda: said_error(page))
    assert "No such shop" in page.result.text()
    assert page.plan_name.text() == "Pro"


def test_a_keyring_that_cannot_be_used_shows_the_free_plan_and_why(qtbot, paths, browser):
    page = open_page(qtbot, paths, SecretStore(fail.Keyring()))
    assert page.plan_name.text() == "Free"
    assert page.state_message.role is Role.ERROR and "keyring" in page.state_message.text()
    assert page.state_badge.text() == "Needs attention"
    # paying still works: the e-mail just is not kept
    page.email.setText(EMAIL)
    page.cards["business"].button.click()
    qtbot.waitUntil(lambda: bool(browser.urls))
    assert browser.urls[0].startswith(load_catalogue().plan("business").payment_links["stripe"])


# --- usage and history ------------------------------------------------------------------------------------


def test_the_chart_shows_the_minutes_recorded_this_month(qtbot, paths, secrets):
    now = datetime.now()
    meter = UsageMeter(paths)
    meter.record(10 * 60, now)
    if now.day > 1:
        meter.record(90, now.replace(day=1, hour=12))
    page = open_page(qtbot, paths, secrets)
    days = calendar.monthrange(now.year, now.month)[1]
    expected = [0.0] * days
    expected[now.day - 1] += 10.0
    if now.day > 1:
        expected[0] = 1.5
    assert list(page.chart.bars.opts["x"]) == list(range(1, days + 1))
    assert [round(h, 3) for h in page.chart.bars.opts["height"]] == expected
    assert page.chart.pace_line.value() == pytest.approx(30 / days)  # the free plan's 30 minutes
    used = 10 + (2 if now.day > 1 else 0)  # 1.5 minutes count as 2
    assert page.usage_label.text() == f"{used} of 30 cloud minutes used this month"
    assert page.usage_bar.value() == round(min(1.0, (600 + (90 if now.day > 1 else 0)) / 1800) * 1000)


def test_an_invoice_opens_after_its_check_and_a_foreign_one_is_refused(qtbot, paths, secrets, browser):
    good = "https://invoice.stripe.com/i/acct_1/test_inv_1"
    bad = "https://invoice.stripe.com.receipts.example/i/inv_2"
    today = date.today()
    record_period(
        paths, HistoryEntry("pro", today - timedelta(days=60), today - timedelta(days=31), 900, "USD", good)
    )
    record_period(paths, HistoryEntry("pro", today - timedelta(days=30), today, 16900, "ZAR", bad))
    page = open_page(qtbot, paths, secrets)
    assert page.history_table.rowCount() == 2
    assert [page.history_table.item(r, 2).text() for r in range(2)] == ["R169.00", "$9.00"]  # newest first
    page.history_table.cellWidget(1, 3).click()
    qtbot.waitUntil(lambda: bool(browser.urls))
    assert browser.urls == [good]
    page.history_table.cellWidget(0, 3).click()
    qtbot.waitUntil(lambda: said_error(page))
    assert "invoice.stripe.com.receipts.example" in page.result.text()
    assert browser.urls == [good]


def test_refresh_without_a_service_reads_a_licence_stored_meanwhile(qtbot, paths, secrets, test_key):
    page = open_page(qtbot, paths, secrets)
    assert page.plan_name.text() == "Free"
    LicenceStore(secrets).save_token(pro_licence(test_key, paths))  # e.g. `iam-desktop subscription activate`
    with qtbot.waitSignal(page.entitlement_changed, timeout=10000) as changed:
        page.refresh_button.click()
    assert changed.args[0].plan.id == "pro" and page.plan_name.text() == "Pro"


def test_the_page_and_its_chart_follow_the_theme(qtbot, qapp, paths, secrets):
    page = open_page(qtbot, paths, secrets)
    try:
        apply_theme(qapp, "dark")
        qtbot.waitUntil(lambda: css(Role.ACCENT) in page.styleSheet())
        assert page.chart.bars.opts["brush"].color().rgb() == semantic(Role.ACCENT).rgb()
        assert css(Role.ACCENT, palette_for("dark")) in page.styleSheet()
    finally:
        apply_theme(qapp, "light")
    qtbot.waitUntil(lambda: css(Role.ACCENT, palette_for("light")) in page.styleSheet())
