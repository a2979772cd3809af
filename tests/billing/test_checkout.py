"""Which page is opened to pay or to manage the subscription: the billing service's (checked against the
gateway's allow-list) when one is configured, else the catalogue's static link, Stripe's prefilled."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from urllib.parse import parse_qsl, urlsplit

import pytest
from fake_billing_service import CHECKOUT_URL, PORTAL_URL, FakeBillingService, running_billing_service

from iam_desktop.billing.catalogue import load_catalogue
from iam_desktop.billing.checkout import payment_url, portal_url, service_for
from iam_desktop.billing.errors import BillingError, BillingServiceError, UrlRefused
from iam_desktop.billing.service import BillingService
from iam_desktop.settings import Settings

INSTALLATION = "3f0b6d1e-8a7c-4d2e-9b1a-5c6d7e8f9a0b"
EMAIL = "ann+iam@example.com"
STATIC = Settings()  # no billing service: the catalogue's links


@pytest.fixture
def fake() -> Iterator[FakeBillingService]:
    with running_billing_service() as server:
        yield server


def with_service(fake: FakeBillingService) -> Settings:
    return dataclasses.replace(Settings(), billing_service_url=fake.url)


def test_without_a_service_no_service_is_made():
    assert STATIC.billing_service_url is None
    assert service_for(STATIC) is None
    assert service_for(dataclasses.replace(Settings(), billing_service_url="  ")) is None


def test_the_static_stripe_link_is_prefilled_with_the_encoded_email_and_installation():
    link = load_catalogue().plan("pro").payment_links["stripe"]
    url = payment_url("pro", "stripe", email=EMAIL, installation_id=INSTALLATION, settings=STATIC)
    assert url == f"{link}?prefilled_email=ann%2Biam%40example.com&client_reference_id={INSTALLATION}"
    assert dict(parse_qsl(urlsplit(url).query)) == {
        "prefilled_email": EMAIL,
        "client_reference_id": INSTALLATION,
    }


def test_the_static_stripe_link_without_an_email_still_carries_the_installation():
    link = load_catalogue().plan("business").payment_links["stripe"]
    url = payment_url("business", "stripe", email=None, installation_id=INSTALLATION, settings=STATIC)
    assert url == f"{link}?client_reference_id={INSTALLATION}"


def test_a_static_links_own_query_is_kept_and_ours_replace_stale_ones():
    catalogue = load_catalogue()
    pro = catalogue.plan("pro")
    edited = dataclasses.replace(
        pro,
        payment_links={"stripe": "https://buy.stripe.com/abc?locale=en&prefilled_email=old%40example.com&x="},
    )
    custom = dataclasses.replace(catalogue, plans=(catalogue.free(), edited, catalogue.plan("business")))
    url = payment_url(
        "pro", "stripe", email=EMAIL, installation_id=INSTALLATION, settings=STATIC, catalogue=custom
    )
    assert url == (
        "https://buy.stripe.com/abc?locale=en&x=&prefilled_email=ann%2Biam%40example.com"
        f"&client_reference_id={INSTALLATION}"
    )


@pytest.mark.parametrize("gateway_id", ["paygate", "stitch"])
def test_paygate_and_stitch_static_links_are_opened_as_they_are(gateway_id: str):
    for plan_id in ("pro", "business"):
        link = load_catalogue().plan(plan_id).payment_links[gateway_id]
        url = payment_url(plan_id, gateway_id, email=EMAIL, installation_id=INSTALLATION, settings=STATIC)
        assert url == link
        assert "example.com" not in url


def test_the_free_plan_needs_no_payment(fake: FakeBillingService):
    for settings in (STATIC, with_service(fake)):
        with pytest.raises(BillingError, match="Free needs no payment"):
            payment_url("free", "stripe", email=EMAIL, installation_id=INSTALLATION, settings=settings)
    assert fake.requests == []


def test_an_unknown_plan_or_gateway_is_refused_plainly():
    with pytest.raises(BillingError, match="no plan called 'gold'"):
        payment_url("gold", "stripe", email=EMAIL, installation_id=INSTALLATION, settings=STATIC)
    with pytest.raises(BillingError, match="no payment gateway called 'paypal'"):
        payment_url("pro", "paypal", email=EMAIL, installation_id=INSTALLATION, settings=STATIC)


def test_a_plan_without_a_link_for_the_gateway_says_so():
    catalogue = load_catalogue()
    pro = dataclasses.replace(catalogue.plan("pro"), payment_links={"stripe": "https://buy.stripe.com/abc"})
    custom = dataclasses.replace(catalogue, plans=(catalogue.free(), pro, catalogue.plan("business")))
    with pytest.raises(BillingError, match="Pro cannot be paid through Stitch"):
        payment_url(
            "pro", "stitch", email=EMAIL, installation_id=INSTALLATION, settings=STATIC, catalogue=custom
        )


def test_a_tampered_static_link_is_refused_before_opening():
    catalogue = load_catalogue()
    pro = dataclasses.replace(
        catalogue.plan("pro"), payment_links={"stripe": "https://buy.stripe.com.evil.example/x"}
    )
    custom = dataclasses.replace(catalogue, plans=(catalogue.free(), pro, catalogue.plan("business")))
    with pytest.raises(UrlRefused) as refused:
        payment_url(
            "pro", "stripe", email=EMAIL, installation_id=INSTALLATION, settings=STATIC, catalogue=custom
        )
    assert "ann" not in str(refused.value)


def test_the_configured_service_is_asked_and_its_url_checked(fake: FakeBillingService):
    url = payment_url("pro", "stripe", email=EMAIL, installation_id=INSTALLATION, settings=with_service(fake))
    assert url == CHECKOUT_URL
    assert fake.paths() == ["POST /v1/checkout"]
    assert fake.requests[0].json == {"plan": "pro", "gateway": "stripe", "email": EMAIL,
                                     "installation_id": INSTALLATION}  # fmt: skip


def test_a_service_passed_in_wins_over_the_settings(fake: FakeBillingService):
    fake.checkout_url = "https://secure.paygate.co.za/payweb3/process.trans?PAY_REQUEST_ID=23B785AE"
    service = BillingService(fake.url, backoff=0.01)
    url = payment_url("business", "paygate", email=EMAIL, installation_id=INSTALLATION, settings=STATIC,
                      service=service)  # fmt: skip
    assert url == fake.checkout_url
    assert fake.requests[0].json["gateway"] == "paygate"


@pytest.mark.parametrize(
    ("gateway_id", "answer"),
    [
        ("stripe", "https://checkout.stripe.com.evil.example/c/pay?prefilled_email=ann%2Biam%40example.com"),
        ("stripe", "http://checkout.stripe.com/c/pay"),
        ("paygate", CHECKOUT_URL),  # a real Stripe page, but the customer chose PayGate
        ("stitch", "https://checkout.stripe.com@evil.example/"),
    ],
)
def test_a_foreign_url_from_the_service_is_refused(fake: FakeBillingService, gateway_id: str, answer: str):
    fake.checkout_url = answer
    with pytest.raises(UrlRefused) as refused:
        payment_url("pro", gateway_id, email=EMAIL, installation_id=INSTALLATION, settings=with_service(fake))
    assert "ann" not in str(refused.value) and "prefilled_email" not in str(refused.value)


def test_the_service_needs_an_email(fake: FakeBillingService):
    with pytest.raises(BillingError, match="e-mail address"):
        payment_url("pro", "stripe", email=None, installation_id=INSTALLATION, settings=with_service(fake))
    assert fake.requests == []


def test_a_failing_service_is_reported_not_replaced_by_the_static_link(fake: FakeBillingService):
    fake.garbage_next()
    with pytest.raises(BillingServiceError):
        payment_url("pro", "stripe", email=EMAIL, installation_id=INSTALLATION, settings=with_service(fake))


def test_an_insecure_service_address_in_the_settings_is_refused():
    settings = dataclasses.replace(Settings(), billing_service_url="http://billing.example.com")
    with pytest.raises(BillingError, match="https://"):
        payment_url("pro", "stripe", email=EMAIL, installation_id=INSTALLATION, settings=settings)


def test_the_static_stripe_portal_is_prefilled_with_the_email():
    link = load_catalogue().portal_links["stripe"]
    assert portal_url("stripe", email=EMAIL, installation_id=INSTALLATION, settings=STATIC) == (
        f"{link}?prefilled_email=ann%2Biam%40example.com"
    )
    assert portal_url("stripe", email=None, installation_id=INSTALLATION, settings=STATIC) == link


@pytest.mark.parametrize("gateway_id", ["paygate", "stitch"])
def test_the_static_paygate_and_stitch_portals_are_opened_as_they_are(gateway_id: str):
    link = load_catalogue().portal_links[gateway_id]
    assert portal_url(gateway_id, email=EMAIL, installation_id=INSTALLATION, settings=STATIC) == link


def test_a_gateway_without_a_portal_link_says_so():
    catalogue = dataclasses.replace(load_catalogue(), portal_links={})
    with pytest.raises(BillingError, match="no PayGate customer portal"):
        portal_url("paygate", email=None, installation_id=INSTALLATION, settings=STATIC, catalogue=catalogue)


def test_the_services_portal_is_asked_and_checked(fake: FakeBillingService):
    settings = with_service(fake)
    assert portal_url("stripe", email=EMAIL, installation_id=INSTALLATION, settings=settings) == PORTAL_URL
    assert fake.requests[0].json == {"gateway": "stripe", "installation_id": INSTALLATION, "email": EMAIL}
    fake.portal_url = "https://billing.stripe.com.evil.example/p/session/x"
    with pytest.raises(UrlRefused):
        portal_url("stripe", email=None, installation_id=INSTALLATION, settings=settings)
    fake.portal_url = PORTAL_URL
    with pytest.raises(UrlRefused):  # Stripe's portal is not Stitch's
        portal_url("stitch", email=None, installation_id=INSTALLATION, settings=settings)


def test_the_seller_can_ship_the_service_in_the_catalogue_and_the_setting_overrides_it(fake, tmp_path):
    import json

    from iam_desktop.resource_files import resource_path

    data = json.loads(resource_path("billing", "plans.json").read_text(encoding="utf-8"))
    data["billing_service"] = fake.url
    shipped = tmp_path / "plans.json"
    shipped.write_text(json.dumps(data), encoding="utf-8")
    catalogue = load_catalogue(shipped)
    service = service_for(Settings(), catalogue)
    assert service is not None and service.base_url.rstrip("/") == fake.url
    url = payment_url("pro", "stripe", email="ann@example.com", installation_id="iid-1", settings=Settings(),
                      catalogue=catalogue, service=service)  # fmt: skip
    assert url == CHECKOUT_URL and fake.requests[-1].path == "/v1/checkout"
    other = dataclasses.replace(Settings(), billing_service_url="https://billing.example.net/iam")
    chosen = service_for(other, catalogue)
    assert chosen is not None and chosen.base_url.startswith("https://billing.example.net/iam")
    data["billing_service"] = ""
    shipped.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(BillingError, match="billing_service must be the service's address, or null"):
        load_catalogue(shipped)
