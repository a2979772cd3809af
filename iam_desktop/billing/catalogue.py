"""The plan catalogue: free, pro and business with their prices, cloud minutes, features and static payment
links, read from `resources/billing/plans.json` and checked as a whole before anything uses it."""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from iam_desktop.billing.errors import BillingError, UrlRefused
from iam_desktop.billing.gateways import GATEWAYS, check_url
from iam_desktop.resource_files import resource_path

#: every feature a plan can switch on
FEATURES = frozenset(
    {
        "recording",
        "local_transcription",
        "library",
        "export",
        "backup",
        "cloud_transcription",
        "automatic_backup",
    }
)
#: the currencies every plan is priced in (Stripe charges USD, PayGate and Stitch ZAR)
CURRENCIES = ("USD", "ZAR")
#: the catalogue file's format this version reads
CATALOGUE_FORMAT = 1
_SYMBOLS = {"USD": "$", "ZAR": "R"}


@dataclass(frozen=True)
class Plan:
    """One plan as shown on its card; `rank` orders plans (0 free, 1 pro, 2 business) so a move to a
    higher rank is an upgrade."""

    id: str
    name: str
    #: minor units (cents) per month by currency, e.g. {"USD": 900, "ZAR": 16900}
    prices: Mapping[str, int]
    #: cloud-transcription minutes a month
    cloud_minutes: int
    features: frozenset[str]
    #: one line for the plan card
    summary: str
    #: 3-5 short lines for the card
    highlights: tuple[str, ...]
    #: gateway id -> static hosted payment page (paid plans only)
    payment_links: Mapping[str, str]
    rank: int


@dataclass(frozen=True)
class Catalogue:
    """Every plan in rank order, and each gateway's static customer-portal page."""

    plans: tuple[Plan, ...]
    #: gateway id -> static customer-portal page
    portal_links: Mapping[str, str]
    #: the seller's billing service, set when the app is released (None: the static links are used); the
    #: setting billing_service_url overrides it
    billing_service: str | None = None

    def plan(self, plan_id: str) -> Plan:
        """The plan with this id; BillingError naming the plans there are when none has it."""
        for plan in self.plans:
            if plan.id == plan_id:
                return plan
        choices = ", ".join(plan.id for plan in self.plans)
        raise BillingError(f"There is no plan called {plan_id!r}: choose one of {choices}.")

    def free(self) -> Plan:
        """The free plan (rank 0), in force whenever no paid licence is."""
        return self.plans[0]


def load_catalogue(source: Path | None = None) -> Catalogue:
    """The catalogue shipped in the resources (read once, then cached), or the one in the file `source`
    (read each time; for tests and the seller checking an edited file). A missing, unreadable or invalid
    catalogue raises BillingError saying what is wrong."""
    if source is None:
        return _shipped()
    return _load(source)


@functools.cache
def _shipped() -> Catalogue:
    return _load(resource_path("billing", "plans.json"))


def format_price(minor: int, currency: str) -> str:
    """A monthly price for display: "$9.00", "R169.00", "EUR 12.50" for other currencies, "Free" for 0."""
    if minor == 0:
        return "Free"
    sign = "-" if minor < 0 else ""
    units, cents = divmod(abs(minor), 100)
    amount = f"{units:,}.{cents:02d}"
    symbol = _SYMBOLS.get(currency)
    return f"{sign}{symbol}{amount}" if symbol else f"{sign}{currency} {amount}"


def _load(path: Path) -> Catalogue:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BillingError(f"The plan catalogue {path} is missing: reinstall IAM Desktop.") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise BillingError(
            f"The plan catalogue {path} could not be read ({exc}): reinstall IAM Desktop."
        ) from exc
    except ValueError as exc:
        raise BillingError(
            f"The plan catalogue {path} is not valid JSON ({exc}): reinstall IAM Desktop."
        ) from exc
    try:
        return _parse(data)
    except _Invalid as exc:
        raise BillingError(f"The plan catalogue {path} is damaged: {exc}. Reinstall IAM Desktop.") from None


class _Invalid(Exception):
    """What is wrong in the catalogue, naming the place (e.g. plans[1].prices.USD)."""


def _parse(data: Any) -> Catalogue:
    _expect(isinstance(data, dict), "the file must hold a JSON object")
    _expect(data.get("format") == CATALOGUE_FORMAT, f"format must be {CATALOGUE_FORMAT}")
    raw_plans = data.get("plans")
    _expect(isinstance(raw_plans, list) and raw_plans, "plans must be a non-empty list")
    plans = tuple(
        sorted((_plan(item, f"plans[{n}]") for n, item in enumerate(raw_plans)), key=lambda p: p.rank)
    )
    ids = [plan.id for plan in plans]
    _expect(len(set(ids)) == len(ids), "two plans have the same id")
    ranks = [plan.rank for plan in plans]
    _expect(ranks == list(range(len(plans))), "plan ranks must be 0, 1, 2… with no gaps or repeats")
    free = plans[0]
    _expect(all(price == 0 for price in free.prices.values()), f"the rank-0 plan {free.id!r} must cost 0")
    _expect(not free.payment_links, f"the free plan {free.id!r} cannot have payment links")
    for plan in plans[1:]:
        _expect(
            all(price > 0 for price in plan.prices.values()),
            f"the paid plan {plan.id!r} must cost more than 0",
        )
    service = data.get("billing_service")
    _expect(service is None or (isinstance(service, str) and service.strip() != ""),
            "billing_service must be the service's address, or null")  # fmt: skip
    return Catalogue(
        plans=plans, portal_links=_links(data.get("portal_links"), "portal_links"), billing_service=service
    )


def _plan(item: Any, where: str) -> Plan:
    _expect(isinstance(item, dict), f"{where} must be an object")
    plan_id = _text(item, "id", where)
    _expect(plan_id.isascii() and plan_id.isidentifier(), f"{where}.id must be a short name like 'pro'")
    prices = item.get("prices")
    _expect(isinstance(prices, dict), f"{where}.prices must be an object")
    for currency in CURRENCIES:
        _expect(
            _whole(prices.get(currency)), f"{where}.prices.{currency} must be a whole number of cents >= 0"
        )
    _expect(set(prices) == set(CURRENCIES), f"{where}.prices must list exactly {', '.join(CURRENCIES)}")
    minutes = item.get("cloud_minutes")
    _expect(_whole(minutes), f"{where}.cloud_minutes must be a whole number >= 0")
    features = item.get("features")
    _expect(
        isinstance(features, list) and all(isinstance(f, str) for f in features),
        f"{where}.features must be a list of names",
    )
    unknown = sorted(set(features) - FEATURES)
    _expect(not unknown, f"{where}.features has unknown names {unknown}; known: {sorted(FEATURES)}")
    highlights = item.get("highlights")
    _expect(
        isinstance(highlights, list) and 1 <= len(highlights) <= 6 and all(_nonblank(h) for h in highlights),
        f"{where}.highlights must be a list of 1 to 6 short lines",
    )
    rank = item.get("rank")
    _expect(_whole(rank), f"{where}.rank must be a whole number >= 0")
    return Plan(
        id=plan_id,
        name=_text(item, "name", where),
        prices=MappingProxyType({currency: int(prices[currency]) for currency in CURRENCIES}),
        cloud_minutes=int(minutes),
        features=frozenset(features),
        summary=_text(item, "summary", where),
        highlights=tuple(highlights),
        payment_links=_links(item.get("payment_links", {}), f"{where}.payment_links"),
        rank=int(rank),
    )


def _links(raw: Any, where: str) -> Mapping[str, str]:
    _expect(isinstance(raw, dict), f"{where} must be an object of gateway id -> address")
    for gateway_id, url in raw.items():
        _expect(gateway_id in GATEWAYS, f"{where} names an unknown gateway {gateway_id!r}")
        _expect(isinstance(url, str), f"{where}.{gateway_id} must be an address")
        try:
            check_url(url, gateway_id)
        except UrlRefused as exc:
            raise _Invalid(f"{where}.{gateway_id}: {exc}") from None
    return MappingProxyType(dict(raw))


def _text(item: dict[str, Any], key: str, where: str) -> str:
    value = item.get(key)
    _expect(_nonblank(value), f"{where}.{key} must be a non-empty text")
    return str(value)


def _nonblank(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _expect(condition: object, problem: str) -> None:
    if not condition:
        raise _Invalid(problem)
