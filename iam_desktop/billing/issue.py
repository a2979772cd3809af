"""The seller's licence tool: makes an Ed25519 key pair and signs licences (for the payment webhook).

    python -m iam_desktop.billing.issue keygen --out DIR [--kid KID]
        writes DIR/private.pem (mode 0600; never overwritten) and prints the entry to add to
        resources/billing/licence-keys.json: {"kid": "...", "ed25519": "<base64url public key>"}
    python -m iam_desktop.billing.issue sign --key DIR/private.pem --kid KID --plan pro --email E \\
        --installation ID --period-end 2027-01-01 [--period-start 2026-12-01] [--cloud-minutes N] \\
        [--features a,b] [--amount 900 --currency USD --invoice-url URL]
        prints the licence (limits default to the catalogue's for the plan)

Keep private.pem secret and off the app (the app ships public keys only). Dates are UTC: a bare date is
its midnight, or give an ISO time with an offset. Importable: make_key_pair(), sign_licence().
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import uuid
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from iam_desktop.billing.catalogue import FEATURES, load_catalogue
from iam_desktop.billing.keys import b64url_encode
from iam_desktop.billing.licence import ALGORITHM, ISSUER
from iam_desktop.errors import IamError

#: the name keygen gives the private key in --out
PRIVATE_KEY_FILE = "private.pem"


def make_key_pair() -> tuple[bytes, str]:
    """A new key pair: the private key as unencrypted PKCS#8 PEM, and the public key as the base64url text
    of its raw 32 bytes (what licence-keys.json holds)."""
    private = Ed25519PrivateKey.generate()
    pem = private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    raw = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return pem, b64url_encode(raw)


def sign_licence(private_pem: bytes, kid: str, *, plan_id: str, email: str, installation_id: str,
                 period_start: datetime, period_end: datetime, cloud_minutes: int | None = None,
                 features: Iterable[str] | None = None, amount: int | None = None,
                 currency: str | None = None, invoice_url: str | None = None,
                 issued_at: datetime | None = None, licence_id: str | None = None) -> str:
    """A licence signed with `private_pem` under the key id `kid`. Limits default to the catalogue's for
    `plan_id`. ValueError for an unknown feature, a period that ends before it starts, naive datetimes or
    a key that is not Ed25519; BillingError for an unknown plan."""
    plan = load_catalogue().plan(plan_id)
    chosen = sorted(plan.features if features is None else set(features))
    unknown = set(chosen) - FEATURES
    if unknown:
        known = ", ".join(sorted(FEATURES))
        raise ValueError(f"unknown features: {', '.join(sorted(unknown))} (known: {known})")
    if period_end <= period_start:
        raise ValueError("the period must end after it starts")
    key = serialization.load_pem_private_key(private_pem, password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise ValueError("the key is not an Ed25519 private key")
    claims: dict[str, Any] = {
        "iss": ISSUER,
        "sub": licence_id or uuid.uuid4().hex,
        "plan": plan.id,
        "email": email,
        "iid": installation_id,
        "iat": _epoch(issued_at or datetime.now(UTC)),
        "period_start": _epoch(period_start),
        "period_end": _epoch(period_end),
        "limits": {"cloud_minutes": plan.cloud_minutes if cloud_minutes is None else cloud_minutes,
                   "features": chosen},
    }
    for name, value in (("amount", amount), ("currency", currency), ("invoice_url", invoice_url)):
        if value is not None:
            claims[name] = value
    return jwt.encode(claims, key, algorithm=ALGORITHM, headers={"kid": kid, "typ": "JWT"})


def _epoch(moment: datetime) -> int:
    if moment.tzinfo is None:
        raise ValueError("datetimes must be aware (UTC)")
    return int(moment.timestamp())


def _moment(text: str) -> datetime:
    """A command-line date: YYYY-MM-DD (midnight UTC) or an ISO time (UTC when it has no offset)."""
    try:
        if len(text) == 10:
            day = date.fromisoformat(text)
            return datetime(day.year, day.month, day.day, tzinfo=UTC)
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (write 2027-01-31)") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _keygen(out: Path, kid: str) -> int:
    out.mkdir(parents=True, exist_ok=True)
    target = out / PRIVATE_KEY_FILE
    pem, public = make_key_pair()
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    except FileExistsError:
        print(f"error: {target} exists already: a key is never overwritten (choose another --out)",
              file=sys.stderr)
        return 1
    with os.fdopen(fd, "wb") as handle:
        handle.write(pem)
    os.chmod(target, 0o600)
    print(json.dumps({"kid": kid, "ed25519": public}))
    print(f"private key: {target} (keep it secret; add the line above to resources/billing/"
          "licence-keys.json)", file=sys.stderr)
    return 0


def _sign(args: argparse.Namespace) -> int:
    features = None if args.features is None else [f.strip() for f in args.features.split(",") if f.strip()]
    token = sign_licence(
        args.key.read_bytes(), args.kid, plan_id=args.plan, email=args.email,
        installation_id=args.installation,
        period_start=args.period_start or datetime.now(UTC), period_end=args.period_end,
        cloud_minutes=args.cloud_minutes, features=features, amount=args.amount, currency=args.currency,
        invoice_url=args.invoice_url,
    )
    print(token)
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m iam_desktop.billing.issue",
                                     description="Make licence keys and sign IAM Desktop licences.")
    commands = parser.add_subparsers(dest="command", required=True)
    keygen = commands.add_parser("keygen", help="make a new Ed25519 key pair")
    keygen.add_argument("--out", type=Path, required=True, help="folder for private.pem")
    keygen.add_argument("--kid", default=f"iam-{datetime.now(UTC).year}-1", help="the new key's id")
    sign = commands.add_parser("sign", help="sign a licence and print it")
    sign.add_argument("--key", type=Path, required=True, help="the private.pem keygen wrote")
    sign.add_argument("--kid", required=True, help="that key's id, as in licence-keys.json")
    sign.add_argument("--plan", required=True)
    sign.add_argument("--email", required=True)
    sign.add_argument("--installation", required=True, help="the installation ID the customer paid for")
    sign.add_argument("--period-end", type=_moment, required=True)
    sign.add_argument("--period-start", type=_moment, default=None, help="default: now")
    sign.add_argument("--cloud-minutes", type=int, default=None)
    sign.add_argument("--features", default=None, help="comma-separated; default: the plan's")
    sign.add_argument("--amount", type=int, default=None, help="paid, in minor units (900 = 9.00)")
    sign.add_argument("--currency", default=None)
    sign.add_argument("--invoice-url", default=None)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the tool; the exit status (0 done, 1 refused, 2 bad arguments)."""
    args = _parser().parse_args(argv)
    try:
        return _keygen(args.out, args.kid) if args.command == "keygen" else _sign(args)
    except (IamError, ValueError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
