"""`iam-desktop subscription plans|open|portal|activate|status`: the plans, the payment and customer-portal
pages (opened in the browser, or printed with --print-url after the same checks), licence activation and
the plan in force with this month's cloud minutes.

No command prints a licence or stores an e-mail address outside the OS keyring. Exit codes: 0 done,
1 failed (the billing service or the keyring could not be reached, no browser), 2 usage, 7 refused (a
forged, edited, expired or foreign licence; an address not on the gateway's allow-list).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from iam_desktop.cli.common import EXIT_FAILED, EXIT_OK, EXIT_USAGE, error, print_json

GATEWAY_CHOICES = ("stripe", "paygate", "stitch")


def register(commands: Any) -> None:
    """Add the `subscription` command and its actions to the CLI's subcommands."""
    parser = commands.add_parser("subscription", help="plans, paying in the browser, licences and usage")
    actions = parser.add_subparsers(dest="subscription_command", metavar="ACTION", required=True)

    plans = actions.add_parser("plans", help="the plans with their prices and what each includes")
    plans.add_argument("--json", action="store_true")
    plans.set_defaults(handler=list_plans)

    open_parser = actions.add_parser(
        "open", help="open the payment page for a plan in the browser",
        description="Open the gateway's hosted payment page for PLAN (asked of the billing service when "
        "one is configured, else the catalogue's payment link). The address is checked first: https, and a "
        "host on that gateway's allow-list.",
    )  # fmt: skip
    open_parser.add_argument("plan", metavar="PLAN", help="pro or business (see `subscription plans`)")
    open_parser.add_argument("--gateway", choices=GATEWAY_CHOICES, required=True,
                             help="stripe (cards, USD), paygate or stitch (South Africa, ZAR)")
    open_parser.add_argument("--email", metavar="ADDRESS",
                             help="the e-mail to pay with (kept in the OS keyring for next time)")
    open_parser.add_argument("--print-url", action="store_true",
                             help="print the checked address instead of opening a browser")
    open_parser.set_defaults(handler=open_payment_page)

    portal = actions.add_parser("portal", help="open the customer portal (cancel, change card, invoices)")
    portal.add_argument("--gateway", choices=GATEWAY_CHOICES,
                        help="the gateway of the subscription (default: the licence's, else the setting)")
    portal.add_argument("--email", metavar="ADDRESS")
    portal.add_argument("--print-url", action="store_true",
                        help="print the checked address instead of opening a browser")
    portal.set_defaults(handler=open_portal)

    activate = actions.add_parser(
        "activate", help="activate a licence (the token or an iam-desktop://activate link; - reads stdin)"
    )
    activate.add_argument("licence", metavar="LICENCE")
    activate.set_defaults(handler=activate_licence)

    status = actions.add_parser("status", help="the plan in force, its period and this month's cloud minutes")
    status.add_argument("--json", action="store_true")
    status.add_argument("--refresh", action="store_true",
                        help="ask the billing service for the newest licence first (when one is configured)")
    status.set_defaults(handler=show_status)


# ---- plans ------------------------------------------------------------------------------------------------

def list_plans(args: argparse.Namespace) -> int:
    from iam_desktop.billing.catalogue import format_price, load_catalogue
    from iam_desktop.billing.entitlement import current_entitlement
    from iam_desktop.paths import data_paths

    catalogue = load_catalogue()
    current = current_entitlement(data_paths().ensure()).plan.id
    if args.json:
        print_json([
            {"id": plan.id, "name": plan.name, "current": plan.id == current, "prices": dict(plan.prices),
             "cloud_minutes": plan.cloud_minutes, "features": sorted(plan.features), "summary": plan.summary}
            for plan in catalogue.plans
        ])  # fmt: skip
        return EXIT_OK
    for plan in catalogue.plans:
        mark = "*" if plan.id == current else " "
        prices = " / ".join(
            format_price(plan.prices[c], c) for c in ("USD", "ZAR") if c in plan.prices
        )
        per_month = "" if not any(plan.prices.values()) else " a month"
        minutes = f"{plan.cloud_minutes:,} cloud minutes a month"
        print(f"{mark} {plan.id:<9} {plan.name:<9} {prices}{per_month}; {minutes} — {plan.summary}")
    print("(* your plan)")
    return EXIT_OK


# ---- payment and portal pages ---------------------------------------------------------------------------

def open_payment_page(args: argparse.Namespace) -> int:
    from iam_desktop.billing.catalogue import load_catalogue
    from iam_desktop.billing.checkout import has_service, payment_url
    from iam_desktop.billing.installation import installation_id
    from iam_desktop.paths import data_paths
    from iam_desktop.settings import load_settings

    plans = {plan.id: plan for plan in load_catalogue().plans}
    if args.plan not in plans or not any(plans[args.plan].prices.values()):
        paid = ", ".join(p.id for p in plans.values() if any(p.prices.values()))
        error(f"{args.plan!r} is not a plan to pay for: choose one of {paid}")
        return EXIT_USAGE
    paths = data_paths().ensure()
    settings = load_settings(paths)
    email = _email(args.email)
    if has_service(settings) and not email:
        error("the billing service needs the e-mail address to pay with: add --email ADDRESS")
        return EXIT_USAGE
    return _refusals(lambda: _show_or_open(
        payment_url(args.plan, args.gateway, email=email, installation_id=installation_id(paths),
                    settings=settings),
        args.print_url,
    ))  # fmt: skip


def open_portal(args: argparse.Namespace) -> int:
    from iam_desktop.billing.checkout import portal_url
    from iam_desktop.billing.entitlement import current_entitlement
    from iam_desktop.billing.installation import installation_id
    from iam_desktop.paths import data_paths
    from iam_desktop.settings import load_settings

    paths = data_paths().ensure()
    settings = load_settings(paths)
    gateway = args.gateway or settings.billing_gateway
    if args.gateway is None:
        licence = current_entitlement(paths).licence
        if licence is not None and licence.currency == "ZAR" and gateway == "stripe":
            print("note: the licence was paid in rand; use --gateway paygate or stitch if it was paid there",
                  file=sys.stderr)
    email = _email(args.email)
    return _refusals(lambda: _show_or_open(
        portal_url(gateway, email=email, installation_id=installation_id(paths), settings=settings),
        args.print_url,
    ))  # fmt: skip


def _email(given: str | None) -> str | None:
    """The e-mail to pay with: `given` (kept in the keyring for next time) or the one kept there."""
    from iam_desktop.billing.licence_store import LicenceStore
    from iam_desktop.errors import IamError
    from iam_desktop.redaction import remember_secret

    store = LicenceStore()
    if given:
        remember_secret(given)
        try:
            store.save_email(given)
        except IamError as exc:  # the address is still used for this page
            print(f"warning: the e-mail address could not be kept for next time: {exc}", file=sys.stderr)
        return given
    try:
        return store.email()
    except IamError:
        return None


def _show_or_open(url: str, print_only: bool) -> int:
    if print_only:
        print(url)
        return EXIT_OK
    import webbrowser

    if webbrowser.open(url):
        print("opened in the browser")
        return EXIT_OK
    error("no web browser could be started here; open this address yourself (or use --print-url):")
    print(url)
    return EXIT_FAILED


def _refusals(action: Any) -> int:
    """Run `action`, mapping the billing errors to exit codes (after saying what went wrong)."""
    from iam_desktop.billing.errors import BillingError, LicenceRefused, UrlRefused
    from iam_desktop.cli.exit_codes import EXIT_REFUSED
    from iam_desktop.errors import IamError

    try:
        return int(action())
    except (UrlRefused, LicenceRefused) as exc:
        error(str(exc))
        return EXIT_REFUSED
    except BillingError as exc:
        error(str(exc))
        return EXIT_FAILED
    except IamError as exc:
        error(str(exc))
        return EXIT_FAILED


# ---- licences --------------------------------------------------------------------------------------------

def activate_licence(args: argparse.Namespace) -> int:
    from iam_desktop.billing.activation import activate
    from iam_desktop.billing.catalogue import load_catalogue
    from iam_desktop.billing.licence import format_day
    from iam_desktop.paths import data_paths
    from iam_desktop.redaction import remember_secret

    text = sys.stdin.read() if args.licence == "-" else args.licence
    remember_secret(text.strip())
    if not text.strip():
        error("no licence given: paste it as the argument, or pipe it with `-`")
        return EXIT_USAGE

    def run() -> int:
        licence = activate(text, data_paths().ensure())
        name = load_catalogue().plan(licence.plan_id).name
        until = format_day(licence.period_end)
        print(f"activated: {name} until {until} ({licence.cloud_minutes:,} cloud minutes a month)")
        return EXIT_OK

    return _refusals(run)


def show_status(args: argparse.Namespace) -> int:
    from iam_desktop.billing.entitlement import current_entitlement
    from iam_desktop.billing.installation import installation_id
    from iam_desktop.billing.quota import remaining_seconds
    from iam_desktop.billing.usage import UsageMeter
    from iam_desktop.paths import data_paths

    paths = data_paths().ensure()
    if args.refresh:
        _refresh(paths)
    entitlement = current_entitlement(paths)
    meter = UsageMeter(paths)
    used = meter.month_seconds() / 60.0
    left = remaining_seconds(entitlement, meter) / 60.0
    if args.json:
        print_json({
            "plan": entitlement.plan.id, "plan_name": entitlement.plan.name, "state": entitlement.state,
            "licensed_plan": entitlement.licensed_plan.id if entitlement.licensed_plan else None,
            "message": entitlement.message,
            "period_end": entitlement.period_end.isoformat() if entitlement.period_end else None,
            "grace_end": entitlement.grace_end.isoformat() if entitlement.grace_end else None,
            "cloud_minutes": entitlement.cloud_minutes, "used_minutes": round(used, 2),
            "remaining_minutes": round(left, 2), "features": sorted(entitlement.features),
            "installation_id": installation_id(paths),
        })  # fmt: skip
        return EXIT_OK
    print(f"plan: {entitlement.plan.name} ({entitlement.state})")
    print(entitlement.message)
    print(f"cloud minutes this month: {used:,.1f} used of {entitlement.cloud_minutes:,} ({left:,.1f} left)")
    print(f"installation ID: {installation_id(paths)}")
    return EXIT_OK


def _refresh(paths: Any) -> None:
    """Ask the billing service for the newest licence (says so when it cannot: the stored one stays)."""
    from iam_desktop.billing.activation import refresh_licence
    from iam_desktop.billing.checkout import service_for
    from iam_desktop.errors import IamError
    from iam_desktop.settings import load_settings

    service = service_for(load_settings(paths))
    if service is None:
        print("note: no billing service is configured; nothing to refresh from", file=sys.stderr)
        return
    try:
        result = refresh_licence(paths, service)
    except IamError as exc:
        print(f"warning: the licence could not be refreshed ({exc}); the stored one is used", file=sys.stderr)
        return
    print(result.message, file=sys.stderr)

