"""The gateways' allow-lists: each gateway's own pages pass unchanged; anything that is not exactly one of its
hosts over https on port 443 is refused, with a message that never shows the query string."""

from __future__ import annotations

import pytest

from iam_desktop.billing.errors import BillingError, UrlRefused
from iam_desktop.billing.gateways import GATEWAYS, MAX_URL_LENGTH, check_url, gateway


@pytest.mark.parametrize(
    ("url", "gateway_id"),
    [
        ("https://checkout.stripe.com/c/pay/cs_live_a1B2c3#fidkdWxOYHwnPyd1", "stripe"),
        (
            "https://buy.stripe.com/14k5nK0aB?prefilled_email=a%2Bb%40example.com&client_reference_id=x",
            "stripe",
        ),
        ("https://billing.stripe.com/p/login/9AQ5lY", "stripe"),
        ("https://invoice.stripe.com/i/acct_1/live_abc", "stripe"),
        ("https://pay.stripe.com/receipts/payment/abc", "stripe"),
        ("https://checkout.stripe.com:443/c/pay/cs_live", "stripe"),
        ("https://secure.paygate.co.za/payweb3/process.trans?PAY_REQUEST_ID=23B785AE", "paygate"),
        ("https://secure.stitch.money/connect/authorize?client_id=x", "stitch"),
        ("https://express.stitch.money/pay/abc", "stitch"),
        ("HTTPS://CHECKOUT.STRIPE.COM/c/pay/cs_live", "stripe"),  # the same host, in capitals
        ("https://Secure.PayGate.co.ZA/payweb3", "paygate"),
    ],
)
def test_each_gateways_own_pages_are_accepted_unchanged(url: str, gateway_id: str):
    assert check_url(url, gateway_id) == url


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("https://evil.example/pay", "not one of Stripe's own"),
        ("http://checkout.stripe.com/c/pay/cs_live", "not a secure"),
        ("ftp://checkout.stripe.com/c", "not a secure"),
        ("javascript:alert(1)", "not a secure"),
        ("//checkout.stripe.com/c/pay", "not a secure"),
        ("https://checkout.stripe.com.evil.example/c/pay", "not one of Stripe's own"),
        ("https://evil-stripe.com/c/pay", "not one of Stripe's own"),
        ("https://stripe.com/c/pay", "not one of Stripe's own"),
        ("https://evil.checkout.stripe.com/c/pay", "not one of Stripe's own"),
        ("https://checkout.stripe.com./c/pay", "not one of Stripe's own"),
        ("https://xn--checkout-stripe-yjb.com/c/pay", "not one of Stripe's own"),
        ("https://checkout.xn--strpe-p2e.com/c/pay", "not one of Stripe's own"),  # stripe with a Cyrillic i
        ("https://checkout.str\u0456pe.com/c/pay", "not one of Stripe's own"),  # the same, not encoded
        ("https://xn--/c/pay", "not one of Stripe's own"),  # punycode that does not decode
        ("https://checkout.stripe.com@evil.example/", "user name"),
        ("https://checkout.stripe.com:pw@evil.example/", "user name"),
        ("https://user@checkout.stripe.com/", "user name"),
        ("https://evil.example\\@checkout.stripe.com/", "backslash"),
        ("https://evil.example\\.checkout.stripe.com/", "backslash"),
        ("https://checkout.stripe.com:8443/c/pay", "port 8443"),
        ("https://checkout.stripe.com:80/c/pay", "port 80"),
        ("https://checkout.stripe.com:x/c/pay", "not a valid web address"),
        ("https://CHECKOUT.STRIPE.COM.EVIL.EXAMPLE/c/pay", "not one of Stripe's own"),
        ("https://checkout.stripe.com%2eevil.example/c/pay", "not one of Stripe's own"),
        ("https://checkout.stripe.com /c/pay", "spaces"),
        ("https://checkout.stripe.com/c/pay\nSet-Cookie: x", "spaces"),
        ("https://checkout.stripe.com\u200b/c/pay", "invisible"),
        ("https:///checkout.stripe.com/c/pay", "not one of Stripe's own"),
        ("", "empty"),
        ("https://checkout.stripe.com/" + "a" * MAX_URL_LENGTH, "longer than"),
    ],
)
def test_anything_else_is_refused_with_the_reason(url: str, why: str):
    with pytest.raises(UrlRefused, match=why):
        check_url(url, "stripe")


@pytest.mark.parametrize(
    ("url", "gateway_id"),
    [
        ("https://checkout.stripe.com/c/pay/cs_live", "paygate"),
        ("https://buy.stripe.com/abc", "stitch"),
        ("https://secure.paygate.co.za/payweb3", "stripe"),
        ("https://secure.stitch.money/pay", "paygate"),
    ],
)
def test_one_gateways_page_is_refused_for_another(url: str, gateway_id: str):
    with pytest.raises(UrlRefused, match=f"not one of {GATEWAYS[gateway_id].name}'s own"):
        check_url(url, gateway_id)


def test_a_refusal_shows_scheme_and_host_but_never_the_query_or_user_part():
    with pytest.raises(UrlRefused) as refused:
        check_url("https://evil.example/pay?prefilled_email=ann%40example.com&token=s3cr3t#frag", "stripe")
    message = str(refused.value)
    assert "https://evil.example" in message
    assert "prefilled_email" not in message and "ann" not in message and "s3cr3t" not in message
    assert "/pay" not in message and "frag" not in message
    with pytest.raises(UrlRefused) as refused:
        check_url("http://ann%40example.com:pw@checkout.stripe.com/?email=bob@example.com", "stripe")
    message = str(refused.value)
    assert "http://checkout.stripe.com" in message
    assert "ann" not in message and "pw" not in message and "bob" not in message
    with pytest.raises(UrlRefused) as refused:
        check_url("https://checkout.str\u0456pe.com/?email=bob@example.com", "stripe")
    assert "https://checkout.xn--strpe-p2e.com" in str(refused.value)  # the look-alike shown for what it is
    assert "bob" not in str(refused.value)


def test_gateways_and_their_currencies():
    assert {g.id: (g.name, g.currency) for g in GATEWAYS.values()} == {
        "stripe": ("Stripe", "USD"),
        "paygate": ("PayGate", "ZAR"),
        "stitch": ("Stitch", "ZAR"),
    }
    assert gateway("stitch") is GATEWAYS["stitch"]
    with pytest.raises(BillingError, match="'paypal'.*stripe, paygate, stitch"):
        gateway("paypal")
    with pytest.raises(BillingError, match="'paypal'"):
        check_url("https://paypal.com/x", "paypal")
