"""The plan catalogue: the shipped one is found through the package resources and is whole; a broken one is
refused with a message naming the fault."""

from __future__ import annotations

import copy
import json
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from iam_desktop.billing.catalogue import FEATURES, Catalogue, format_price, load_catalogue
from iam_desktop.billing.errors import BillingError
from iam_desktop.billing.gateways import GATEWAYS, check_url

SHIPPED = json.loads(
    resources.files("iam_desktop.resources").joinpath("billing", "plans.json").read_text("utf-8")
)


def write(tmp_path: Path, data: Any) -> Path:
    path = tmp_path / "plans.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_the_shipped_catalogue_has_free_pro_and_business_in_rank_order():
    catalogue = load_catalogue()
    assert [plan.id for plan in catalogue.plans] == ["free", "pro", "business"]
    assert [plan.name for plan in catalogue.plans] == ["Free", "Pro", "Business"]
    assert [plan.rank for plan in catalogue.plans] == [0, 1, 2]
    assert catalogue.free() is catalogue.plan("free")
    assert load_catalogue() is catalogue  # read once


def test_the_shipped_plans_match_the_published_prices_minutes_and_features():
    free, pro, business = load_catalogue().plans
    assert dict(free.prices) == {"USD": 0, "ZAR": 0}
    assert dict(pro.prices) == {"USD": 900, "ZAR": 16900}
    assert dict(business.prices) == {"USD": 2400, "ZAR": 44900}
    assert (free.cloud_minutes, pro.cloud_minutes, business.cloud_minutes) == (30, 600, 3000)
    offline = {"recording", "local_transcription", "library", "export", "backup"}
    assert free.features == offline | {"cloud_transcription"}
    assert pro.features == free.features | {"automatic_backup"}
    assert business.features == FEATURES
    for plan in (free, pro, business):
        assert plan.summary and 3 <= len(plan.highlights) <= 5


def test_every_shipped_link_is_on_its_gateways_allow_list():
    catalogue = load_catalogue()
    assert not catalogue.free().payment_links
    for plan in catalogue.plans[1:]:
        assert set(plan.payment_links) == set(GATEWAYS)
        for gateway_id, link in plan.payment_links.items():
            assert check_url(link, gateway_id) == link
    assert set(catalogue.portal_links) == set(GATEWAYS)
    assert catalogue.portal_links["stripe"].startswith("https://billing.stripe.com/p/login/")


def test_an_unknown_plan_is_a_billing_error_naming_the_plans():
    with pytest.raises(BillingError, match="'gold'.*free, pro, business"):
        load_catalogue().plan("gold")


def test_a_copy_of_the_shipped_file_loads_through_the_loader_parameter(tmp_path: Path):
    loaded = load_catalogue(write(tmp_path, SHIPPED))
    assert isinstance(loaded, Catalogue)
    assert loaded == load_catalogue()


def broken(change) -> dict[str, Any]:
    data = copy.deepcopy(SHIPPED)
    change(data)
    return data


@pytest.mark.parametrize(
    ("data", "fault"),
    [
        (["not", "an", "object"], "JSON object"),
        (broken(lambda d: d.update(format=2)), "format must be 1"),
        (broken(lambda d: d.update(plans=[])), "plans must be a non-empty list"),
        (broken(lambda d: d["plans"][1]["prices"].update(USD="9.00")), r"plans\[1\]\.prices\.USD"),
        (broken(lambda d: d["plans"][1]["prices"].pop("ZAR")), r"plans\[1\]\.prices\.ZAR"),
        (broken(lambda d: d["plans"][2]["prices"].update(USD=-1)), r"plans\[2\]\.prices\.USD"),
        (broken(lambda d: d["plans"][1].update(cloud_minutes=True)), r"plans\[1\]\.cloud_minutes"),
        (broken(lambda d: d["plans"][1]["features"].append("teleport")), "unknown names \\['teleport'\\]"),
        (broken(lambda d: d["plans"][0].pop("name")), r"plans\[0\]\.name"),
        (broken(lambda d: d["plans"][2].update(id="pro")), "same id"),
        (broken(lambda d: d["plans"][2].update(rank=5)), "ranks"),
        (broken(lambda d: d["plans"][0]["prices"].update(USD=100)), "must cost 0"),
        (broken(lambda d: d["plans"][1]["prices"].update(ZAR=0)), "must cost more than 0"),
        (
            broken(lambda d: d["plans"][0].update(payment_links={"stripe": "https://buy.stripe.com/x"})),
            "free plan",
        ),
        (broken(lambda d: d["plans"][1]["payment_links"].update(paypal="https://paypal.com/x")), "'paypal'"),
        (
            broken(
                lambda d: d["plans"][1]["payment_links"].update(
                    stripe="https://buy.stripe.com.evil.example/x"
                )
            ),
            r"plans\[1\]\.payment_links\.stripe.*not one of Stripe's own",
        ),
        (
            broken(lambda d: d["portal_links"].update(paygate="http://secure.paygate.co.za/x")),
            r"portal_links\.paygate.*not a secure",
        ),
    ],
)
def test_a_broken_catalogue_is_refused_naming_the_fault(tmp_path: Path, data: Any, fault: str):
    path = write(tmp_path, data)
    with pytest.raises(BillingError, match=fault) as refused:
        load_catalogue(path)
    assert str(path) in str(refused.value) and "Reinstall IAM Desktop" in str(refused.value)


def test_a_missing_or_non_json_catalogue_is_a_billing_error(tmp_path: Path):
    with pytest.raises(BillingError, match="is missing"):
        load_catalogue(tmp_path / "nowhere.json")
    path = tmp_path / "plans.json"
    path.write_text('{"format": 1, "plans": [', encoding="utf-8")
    with pytest.raises(BillingError, match="not valid JSON"):
        load_catalogue(path)


@pytest.mark.parametrize(
    ("minor", "currency", "shown"),
    [
        (0, "USD", "Free"),
        (900, "USD", "$9.00"),
        (16900, "ZAR", "R169.00"),
        (44900, "ZAR", "R449.00"),
        (2405, "USD", "$24.05"),
        (123456, "ZAR", "R1,234.56"),
        (1250, "EUR", "EUR 12.50"),
    ],
)
def test_prices_are_formatted_with_their_currency(minor: int, currency: str, shown: str):
    assert format_price(minor, currency) == shown
