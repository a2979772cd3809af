"""The billing history: the licence periods paid for, with amounts and invoice links when the billing service
gives them, kept in `billing-history.json` in the data folder (0600; never an e-mail address or a licence).
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from iam_desktop.fsutil import atomic_write
from iam_desktop.paths import DataPaths

log = logging.getLogger(__name__)

HISTORY_FILE = "billing-history.json"
HISTORY_FORMAT = 1
#: an invoice address longer than this is dropped
_MAX_URL = 4096
#: an address that may carry an e-mail address (raw or percent-encoded @) is not kept
_EMAIL_SIGN = re.compile(r"@|%40", re.IGNORECASE)


@dataclass(frozen=True)
class HistoryEntry:
    """One licence period: the plan, its first and last day, and (when known) the amount in minor units,
    its currency and an https invoice address (opened only after gateways.check_url)."""

    plan_id: str
    period_start: date
    period_end: date
    amount: int | None = None
    currency: str | None = None
    invoice_url: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The entry as stored and as the billing service sends it (dates as YYYY-MM-DD)."""
        return {
            "plan": self.plan_id,
            "period_start": self.period_start.isoformat(),
            "period_end": self.period_end.isoformat(),
            "amount": self.amount,
            "currency": self.currency,
            "invoice_url": self.invoice_url,
        }

    @classmethod
    def from_json(cls, data: Any) -> HistoryEntry:
        """An entry from its JSON form; ValueError saying what is wrong when it is not one. An invoice
        address that is not https, too long, or could hold an e-mail address is dropped (None)."""
        if not isinstance(data, dict):
            raise ValueError("a history entry must be an object")
        plan_id = data.get("plan")
        if not isinstance(plan_id, str) or not plan_id:
            raise ValueError("a history entry needs a plan")
        start, end = _day(data.get("period_start")), _day(data.get("period_end"))
        if end < start:
            raise ValueError("a history entry ends before it starts")
        amount = data.get("amount")
        if amount is not None and (not isinstance(amount, int) or isinstance(amount, bool) or amount < 0):
            raise ValueError("a history entry's amount must be a whole number of cents")
        currency = data.get("currency")
        if currency is not None and not (isinstance(currency, str) and re.fullmatch(r"[A-Z]{3}", currency)):
            raise ValueError("a history entry's currency must be a code like USD")
        return cls(plan_id, start, end, amount, currency, _invoice(data.get("invoice_url")))


def load_history(paths: DataPaths) -> list[HistoryEntry]:
    """The stored periods, newest first. A missing file gives []; a damaged one is logged and gives [] (it
    is left in place until the next save replaces it); single unreadable entries are skipped."""
    path = paths.root / HISTORY_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []
    except (OSError, ValueError) as exc:
        log.warning("The billing history %s could not be read (%s); showing none", path, exc)
        return []
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        log.warning("The billing history %s is damaged (no list of entries); showing none", path)
        return []
    entries = []
    for item in data["entries"]:
        try:
            entries.append(HistoryEntry.from_json(item))
        except ValueError as exc:
            log.warning("Skipping an entry of the billing history: %s", exc)
    return _newest_first(entries)


def save_history(paths: DataPaths, entries: Iterable[HistoryEntry]) -> None:
    """Replace the stored history by `entries` (atomically, 0600), newest first, one entry per (plan, start,
    end): a later entry in `entries` replaces an earlier one with the same key. Raises OSError."""
    merged: dict[tuple[str, date, date], HistoryEntry] = {}
    for entry in entries:
        merged[(entry.plan_id, entry.period_start, entry.period_end)] = entry
    document = {
        "format": HISTORY_FORMAT,
        "entries": [entry.to_json() for entry in _newest_first(merged.values())],
    }
    paths.root.mkdir(parents=True, exist_ok=True)
    atomic_write(paths.root / HISTORY_FILE, json.dumps(document, indent=2) + "\n")


def record_period(paths: DataPaths, entry: HistoryEntry) -> None:
    """Merge one period into the stored history (replacing a stored one with the same plan and dates)."""
    save_history(paths, [*load_history(paths), entry])


def _newest_first(entries: Iterable[HistoryEntry]) -> list[HistoryEntry]:
    return sorted(entries, key=lambda e: (e.period_start, e.period_end, e.plan_id), reverse=True)


def _day(value: Any) -> date:
    if not isinstance(value, str):
        raise ValueError("a history entry's dates must be YYYY-MM-DD")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{value[:20]!r} is not a date (YYYY-MM-DD)") from None


def _invoice(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    if not value.startswith("https://") or len(value) > _MAX_URL or _EMAIL_SIGN.search(value):
        log.info("An invoice address was dropped from the billing history (not https, too long or personal)")
        return None
    return value
