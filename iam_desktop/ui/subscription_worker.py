"""What the Subscription page runs off the GUI thread: reading its state (the keyring, the usage file, the
billing history) and getting a checked payment, portal or invoice address. Plain functions of the core —
no Qt, no widgets — each run by an Operation on the GENERAL pool."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime

from iam_desktop.billing.activation import RefreshResult, refresh_licence
from iam_desktop.billing.catalogue import Catalogue, load_catalogue
from iam_desktop.billing.checkout import payment_url, portal_url, service_for
from iam_desktop.billing.entitlement import Entitlement, current_entitlement
from iam_desktop.billing.errors import BillingError, UrlRefused
from iam_desktop.billing.gateways import GATEWAYS, check_url
from iam_desktop.billing.history import HistoryEntry, load_history
from iam_desktop.billing.installation import installation_id
from iam_desktop.billing.licence_store import LicenceStore
from iam_desktop.billing.usage import UsageMeter
from iam_desktop.errors import IamError
from iam_desktop.paths import DataPaths
from iam_desktop.settings import Settings

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PageState:
    """Everything the page shows, read at one moment.

    Attributes: catalogue (the plans), entitlement, email (the stored billing e-mail, None when none or the
    keyring failed), used_seconds (cloud seconds this month), daily ((day, seconds) for every day of this
    month), history (newest first), today (the local date it was read on).
    """

    catalogue: Catalogue
    entitlement: Entitlement
    email: str | None
    used_seconds: float
    daily: list[tuple[date, float]]
    history: list[HistoryEntry]
    today: date


def read_state(paths: DataPaths, store: LicenceStore) -> PageState:
    """The page's state. Never raises for the keyring (a failing one shows in `entitlement.message`);
    BillingError for a damaged plan catalogue."""
    entitlement = current_entitlement(paths, store)
    email: str | None = None
    try:
        email = store.email()
    except IamError as exc:
        log.warning("the billing e-mail could not be read from the keyring: %s", exc)
    now = datetime.now()
    meter = UsageMeter(paths)
    daily = meter.daily(now)
    return PageState(
        catalogue=load_catalogue(), entitlement=entitlement, email=email,
        used_seconds=sum(s for _d, s in daily), daily=daily, history=load_history(paths), today=now.date(),
    )  # fmt: skip


def _keep_email(store: LicenceStore, email: str | None) -> None:
    """Store `email` in the keyring when it is new (BillingError when it does not look like an address; a
    keyring that cannot be used is only logged: paying must not depend on it)."""
    if not email:
        return
    try:
        if store.email() != email:
            store.save_email(email)
    except BillingError:
        raise
    except IamError as exc:
        log.warning("the billing e-mail could not be kept in the keyring: %s", exc)


def payment_page(paths: DataPaths, settings: Settings, store: LicenceStore, plan_id: str, gateway_id: str,
                 email: str | None) -> str:  # fmt: skip
    """The checked payment address of `plan_id` on `gateway_id` (from the billing service when the settings
    name one, else the catalogue's static link); `email` is stored first when new. Raises BillingError
    (UrlRefused, BillingServiceError…) saying what is wrong."""
    _keep_email(store, email)
    return payment_url(plan_id, gateway_id, email=email or None, installation_id=installation_id(paths),
                       settings=settings)  # fmt: skip


def portal_page(paths: DataPaths, settings: Settings, store: LicenceStore, gateway_id: str,
                email: str | None) -> str:  # fmt: skip
    """The checked customer-portal address on `gateway_id` (see payment_page)."""
    _keep_email(store, email)
    return portal_url(gateway_id, email=email or None, installation_id=installation_id(paths),
                      settings=settings)  # fmt: skip


def invoice_page(url: str, gateway_id: str) -> str:
    """`url` when it passes the check of `gateway_id` or of another gateway (an invoice may come from a
    gateway other than the one now chosen); else the refusal for `gateway_id` (UrlRefused)."""
    try:
        return check_url(url, gateway_id)
    except UrlRefused as refusal:
        for other in GATEWAYS:
            if other == gateway_id:
                continue
            try:
                return check_url(url, other)
            except UrlRefused:
                continue
        raise refusal from None


def refresh(paths: DataPaths, settings: Settings, store: LicenceStore) -> RefreshResult | None:
    """Fetch the licence from the billing service when the settings name one (BillingServiceError when it
    cannot be reached: the stored licence stays); None when there is no service to ask."""
    service = service_for(settings)
    if service is None:
        return None
    return refresh_licence(paths, service, store)
