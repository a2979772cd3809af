"""The billing history file: saved privately, read back newest first, merged by period, never holding an
e-mail address, and a damaged file shows an empty history instead of failing."""

from __future__ import annotations

import json
import logging
import stat
from datetime import date
from pathlib import Path

import pytest

from iam_desktop.billing.history import HISTORY_FILE, HistoryEntry, load_history, record_period, save_history
from iam_desktop.paths import DataPaths

JANUARY = HistoryEntry(
    "pro", date(2026, 1, 1), date(2026, 1, 31), 900, "USD", "https://invoice.stripe.com/i/a"
)
FEBRUARY = HistoryEntry(
    "pro", date(2026, 2, 1), date(2026, 2, 28), 900, "USD", "https://invoice.stripe.com/i/b"
)
MARCH = HistoryEntry("business", date(2026, 3, 1), date(2026, 3, 31), 44900, "ZAR", None)


@pytest.fixture
def paths(tmp_path: Path) -> DataPaths:
    return DataPaths(tmp_path / "data")  # not created yet: saving makes it


def test_no_file_is_an_empty_history(paths: DataPaths):
    assert load_history(paths) == []


def test_saved_entries_come_back_newest_first_in_a_private_file(paths: DataPaths):
    save_history(paths, [JANUARY, MARCH, FEBRUARY])
    assert load_history(paths) == [MARCH, FEBRUARY, JANUARY]
    path = paths.root / HISTORY_FILE
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    stored = json.loads(path.read_text(encoding="utf-8"))
    assert stored["entries"][0] == {
        "plan": "business", "period_start": "2026-03-01", "period_end": "2026-03-31",
        "amount": 44900, "currency": "ZAR", "invoice_url": None,
    }  # fmt: skip


def test_recording_a_period_merges_it_in_and_replaces_the_same_period(paths: DataPaths):
    record_period(paths, JANUARY)
    record_period(paths, MARCH)
    record_period(paths, FEBRUARY)
    assert load_history(paths) == [MARCH, FEBRUARY, JANUARY]
    with_invoice = HistoryEntry("business", MARCH.period_start, MARCH.period_end, 44900, "ZAR",
                                "https://invoice.stripe.com/i/c")  # fmt: skip
    record_period(paths, with_invoice)  # the same plan and dates: the newer facts win, no duplicate
    assert load_history(paths) == [with_invoice, FEBRUARY, JANUARY]
    record_period(paths, JANUARY)
    assert len(load_history(paths)) == 3
    other_plan = HistoryEntry("pro", MARCH.period_start, MARCH.period_end)  # another plan: its own entry
    record_period(paths, other_plan)
    assert len(load_history(paths)) == 4


def test_saving_deduplicates_by_plan_and_period_keeping_the_last(paths: DataPaths):
    older = HistoryEntry("pro", date(2026, 1, 1), date(2026, 1, 31))
    save_history(paths, [older, JANUARY])
    assert load_history(paths) == [JANUARY]


def test_no_e_mail_address_reaches_the_file(paths: DataPaths):
    leaky = [
        {"plan": "pro", "period_start": "2026-04-01", "period_end": "2026-04-30",
         "invoice_url": "https://invoice.stripe.com/i/x?prefilled_email=ann%40example.com"},
        {"plan": "pro", "period_start": "2026-05-01", "period_end": "2026-05-31",
         "invoice_url": "https://ann@example.com/i/y"},
    ]  # fmt: skip
    entries = [HistoryEntry.from_json(item) for item in leaky]
    assert [entry.invoice_url for entry in entries] == [None, None]
    record_period(paths, JANUARY)
    for entry in entries:
        record_period(paths, entry)
    text = (paths.root / HISTORY_FILE).read_text(encoding="utf-8")
    assert "ann" not in text and "@" not in text and "%40" not in text
    assert "https://invoice.stripe.com/i/a" in text  # an ordinary invoice address is kept


def test_an_invoice_address_that_is_not_https_is_dropped():
    entry = HistoryEntry.from_json(
        {
            "plan": "pro",
            "period_start": "2026-01-01",
            "period_end": "2026-01-31",
            "invoice_url": "http://x.example/i",
        }
    )
    assert entry.invoice_url is None


@pytest.mark.parametrize(
    "content",
    [
        b'{"format": 1, "entries": [',  # cut short
        b"\xff\xfe not text at all",
        b'["a list"]',
        b'{"format": 1, "entries": {"plan": "pro"}}',
        b"",
    ],
)
def test_a_damaged_file_is_an_empty_history_not_a_crash(paths: DataPaths, content: bytes, caplog):
    paths.root.mkdir(parents=True)
    (paths.root / HISTORY_FILE).write_bytes(content)
    with caplog.at_level(logging.WARNING, logger="iam_desktop.billing.history"):
        assert load_history(paths) == []
    assert "billing history" in caplog.text
    record_period(paths, JANUARY)  # and the next save replaces it
    assert load_history(paths) == [JANUARY]


def test_unreadable_entries_are_skipped_and_the_rest_kept(paths: DataPaths):
    paths.root.mkdir(parents=True)
    good = JANUARY.to_json()
    bad = [
        "text",
        {"plan": "pro", "period_start": "2026-13-01", "period_end": "2026-01-31"},
        {"plan": "pro", "period_start": "2026-02-01", "period_end": "2026-01-01"},
        {"plan": "", "period_start": "2026-01-01", "period_end": "2026-01-31"},
        {**good, "amount": -5},
        {**good, "amount": True},
        {**good, "currency": "dollars"},
    ]
    (paths.root / HISTORY_FILE).write_text(
        json.dumps({"format": 1, "entries": [*bad, good]}), encoding="utf-8"
    )
    assert load_history(paths) == [JANUARY]
