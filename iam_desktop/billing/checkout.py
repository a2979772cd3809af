"""Which page to open to pay for a plan or to manage the subscription: the seller's billing service's answer
when one is configured, else the catalogue's static link (Stripe links prefilled with the e-mail address and
the installation ID). Every address returned has passed gateways.check_url."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from iam_desktop.billing.catalogue import Catalogue, load_catalogue
from iam_desktop.billing.errors import BillingError
from iam_desktop.billing.gateways import check_url, gateway
from iam_desktop.billing.service import BillingService
from iam_desktop.redaction import remember_secret
from iam_desktop.settings import Settings


def has_service(settings: Settings) -> bool:
    """Whether a billing service is configured (the setting, or the catalogue the seller ships)."""
    return bool((settings.billing_service_url or load_catalogue().billing_service or "").strip())


def service_for(settings: Settings, catalogue: Catalogue | None = None) -> BillingService | None:
    """The billing service to ask: the setting `billing_service_url` if set, else the catalogue's
    `billing_service` (what the seller ships); None when neither is (the static links are used).
    BillingError when the address is not https (http only to this computer)."""
    url = (settings.billing_service_url or (catalogue or load_catalogue()).billing_service or "").strip()
    return BillingService(url) if url else None


def payment_url(
    plan_id: str,
    gateway_id: str,
    *,
    email: str | None,
    installation_id: str,
    settings: Settings,
    catalogue: Catalogue | None = None,
    service: BillingService | None = None,
) -> str:
    """The checked hosted payment page for `plan_id` on `gateway_id`.

    With a billing service (`service`, else the one in `settings`) its checkout address (an e-mail address
    is then required); otherwise the plan's static link for the gateway, Stripe's with prefilled_email and
    client_reference_id=<installation_id> added. BillingError for the free plan, an unknown plan or gateway,
    a missing link or e-mail; BillingServiceError when the service fails; UrlRefused when the address is not
    the gateway's own."""
    catalogue = catalogue or load_catalogue()
    plan = catalogue.plan(plan_id)
    known = gateway(gateway_id)
    if plan.rank == 0:
        raise BillingError(f"{plan.name} needs no payment: it is always available.")
    if email:
        remember_secret(email)
    service = service or service_for(settings)
    if service is not None:
        if not email:
            raise BillingError(
                f"Enter your e-mail address first: {known.name} sends the receipt and licence there."
            )
        return check_url(service.checkout_url(plan.id, known.id, email, installation_id), known.id)
    link = plan.payment_links.get(known.id)
    if link is None:
        raise BillingError(
            f"{plan.name} cannot be paid through {known.name} yet: choose another payment method."
        )
    if known.id == "stripe":
        link = _with_query(link, prefilled_email=email, client_reference_id=installation_id)
    return check_url(link, known.id)


def portal_url(
    gateway_id: str,
    *,
    email: str | None,
    installation_id: str,
    settings: Settings,
    catalogue: Catalogue | None = None,
    service: BillingService | None = None,
) -> str:
    """The checked customer-portal page (cancel, change card, invoices) on `gateway_id`: the billing
    service's answer when one is configured, else the catalogue's static portal link (Stripe's prefilled
    with the e-mail address). Errors as for payment_url."""
    known = gateway(gateway_id)
    if email:
        remember_secret(email)
    service = service or service_for(settings)
    if service is not None:
        return check_url(service.portal_url(known.id, installation_id, email), known.id)
    link = (catalogue or load_catalogue()).portal_links.get(known.id)
    if link is None:
        raise BillingError(
            f"There is no {known.name} customer portal to open: contact the seller to manage it."
        )
    if known.id == "stripe":
        link = _with_query(link, prefilled_email=email)
    return check_url(link, known.id)


def _with_query(url: str, **values: str | None) -> str:
    """`url` with the given query parameters set (replacing any of the same name; None ones left out),
    its other parameters kept in order; values are percent-encoded (a + in an e-mail becomes %2B)."""
    parts = urlsplit(url)
    kept = [
        (name, value) for name, value in parse_qsl(parts.query, keep_blank_values=True) if name not in values
    ]
    added = [(name, value) for name, value in values.items() if value]
    return urlunsplit(parts._replace(query=urlencode(kept + added)))
