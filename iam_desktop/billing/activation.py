"""Activating a licence (pasted, or from an `iam-desktop://activate?licence=…` link) and refreshing it from
the seller's billing service.

A licence is verified before it is stored: a refused one never replaces the stored licence. Each licence
period (plan, dates, amount, invoice link; never the e-mail address) goes into the billing history.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from iam_desktop.billing.catalogue import load_catalogue
from iam_desktop.billing.errors import BillingError, LicenceRefused
from iam_desktop.billing.history import HistoryEntry, record_period
from iam_desktop.billing.installation import installation_id
from iam_desktop.billing.licence import Licence, check_licence, format_day, licence_from_text, verify_licence
from iam_desktop.billing.licence_store import LicenceStore
from iam_desktop.paths import DataPaths
from iam_desktop.redaction import remember_secret

if TYPE_CHECKING:
    from iam_desktop.billing.service import BillingService

log = logging.getLogger(__name__)


def activate(text: str, paths: DataPaths, store: LicenceStore | None = None,
             now: datetime | None = None) -> Licence:
    """Verify the licence in `text` (a token or an activation link) for this installation and store it in
    the keyring (with its e-mail address as the billing e-mail) and its period in the billing history.
    LicenceRefused (nothing stored, the old licence kept) when it cannot be used; SecretsUnavailable when
    the keyring cannot store it."""
    remember_secret(text)
    token = licence_from_text(text)
    try:
        licence = verify_licence(token, installation_id=installation_id(paths), now=now)
    except LicenceRefused as exc:
        log.info("a licence was refused on activation (%s)", exc.reason)
        raise
    keeper = store if store is not None else LicenceStore()
    keeper.save_token(licence.token)
    _save_email(keeper, licence)
    record_period(paths, history_entry(licence))
    log.info("licence activated: plan %s until %s", licence.plan_id, licence.period_end.date().isoformat())
    return licence


def history_entry(licence: Licence) -> HistoryEntry:
    """The billing-history line of `licence` (no e-mail address, no token)."""
    return HistoryEntry(
        plan_id=licence.plan_id, period_start=licence.period_start.date(),
        period_end=licence.period_end.date(), amount=licence.amount, currency=licence.currency,
        invoice_url=licence.invoice_url,
    )


def _save_email(store: LicenceStore, licence: Licence) -> None:
    """Keep the licence's e-mail as the billing e-mail (the customer portal asks for it)."""
    try:
        store.save_email(licence.email)
    except BillingError:  # an address the light check refuses: the portal then asks for one
        log.info("the licence's e-mail address was not kept as the billing e-mail (it does not look right)")


@dataclass(frozen=True)
class RefreshResult:
    """What a refresh did.

    Attributes:
        changed: a newer licence was stored.
        licence: the licence stored now (the new one, or the one kept), None when there is none usable.
        message: one plain line saying what happened.
    """

    changed: bool
    licence: Licence | None
    message: str


def refresh_licence(paths: DataPaths, service: BillingService, store: LicenceStore | None = None,
                    now: datetime | None = None) -> RefreshResult:
    """Ask `service` for this installation's licence; store it when it is valid and newer than the stored
    one (a later period end or another plan), and merge the service's billing history. A licence the
    service sends that is refused is reported in the message and never stored. BillingServiceError
    (offline, failing service) propagates: the stored licence is then kept as it is."""
    moment = now if now is not None else datetime.now(UTC)
    keeper = store if store is not None else LicenceStore()
    iid = installation_id(paths)
    answer = service.fetch_licence(iid)
    for entry in answer.history:
        record_period(paths, entry)
    current = _stored(keeper, iid)
    if answer.licence is None:
        return RefreshResult(False, current, "The billing service has no licence for this installation yet: "
                                             "once a payment goes through, refresh again.")
    remember_secret(answer.licence)
    try:
        fresh = verify_licence(answer.licence.strip(), installation_id=iid, now=moment)
    except LicenceRefused as exc:
        log.warning("the billing service sent a licence that was refused (%s)", exc.reason)
        return RefreshResult(False, current, f"The billing service sent a licence that cannot be used, so "
                                             f"the stored one is kept. {exc}")
    newer = current is None or fresh.period_end > current.period_end or fresh.plan_id != current.plan_id
    if not newer or (current is not None and fresh.token == current.token):
        return RefreshResult(False, current, "The licence is up to date.")
    keeper.save_token(fresh.token)
    _save_email(keeper, fresh)
    record_period(paths, history_entry(fresh))
    log.info("licence refreshed: plan %s until %s", fresh.plan_id, fresh.period_end.date().isoformat())
    name = load_catalogue().plan(fresh.plan_id).name
    return RefreshResult(True, fresh, f"Licence refreshed: {name} until {format_day(fresh.period_end)}.")


def _stored(store: LicenceStore, iid: str) -> Licence | None:
    """The stored licence when it can be read (ended or not), else None."""
    token = store.token()
    if token is None:
        return None
    try:
        return check_licence(token, installation_id=iid)
    except LicenceRefused:
        return None
