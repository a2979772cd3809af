"""The cloud minutes metered per local day (`cloud-usage.json`): sums, months, damage, several writers."""

from __future__ import annotations

import json
import os
import threading
from datetime import date, datetime

import pytest
from helpers import fill_disk, tiny_filesystem

from iam_desktop.billing.usage import KEEP_DAYS, USAGE_FILE, UsageMeter
from iam_desktop.errors import StorageError
from iam_desktop.paths import data_paths


@pytest.fixture
def meter(data_dir) -> UsageMeter:
    return UsageMeter(data_paths().ensure())


def test_seconds_add_up_per_day_and_per_month(meter):
    meter.record(90, datetime(2026, 12, 1, 9, 0))
    meter.record(30, datetime(2026, 12, 1, 23, 59))
    meter.record(600, datetime(2026, 12, 15, 12, 0))
    meter.record(1200, datetime(2026, 11, 30, 12, 0))  # last month: not counted in December
    assert meter.month_seconds(datetime(2026, 12, 20)) == pytest.approx(720)
    assert meter.month_seconds(datetime(2026, 11, 2)) == pytest.approx(1200)
    daily = meter.daily(datetime(2026, 12, 20))
    assert len(daily) == 31 and daily[0] == (date(2026, 12, 1), pytest.approx(120))
    assert daily[14] == (date(2026, 12, 15), pytest.approx(600))
    assert sum(seconds for _day, seconds in daily) == pytest.approx(720)


def test_nothing_odd_is_counted(meter):
    for seconds in (0, -5, float("nan"), float("inf")):
        meter.record(seconds, datetime(2026, 12, 1))
    assert meter.month_seconds(datetime(2026, 12, 1)) == 0
    assert not (data_paths().root / USAGE_FILE).exists()


def test_the_file_is_private_and_old_days_are_dropped(meter):
    meter.record(10, datetime(2025, 1, 1))
    meter.record(20, datetime(2026, 12, 1))
    path = (data_paths().root / USAGE_FILE)
    assert os.stat(path).st_mode & 0o777 == 0o600
    days = json.loads(path.read_text())["days"]
    assert list(days) == ["2026-12-01"]  # 2025-01-01 is more than KEEP_DAYS before
    assert KEEP_DAYS >= 366


def test_a_damaged_file_is_set_aside_and_counting_goes_on(meter):
    path = (data_paths().root / USAGE_FILE)
    path.write_text("{not json")
    assert meter.month_seconds() == 0
    meter.record(60)
    assert meter.month_seconds() == pytest.approx(60)
    assert [p for p in path.parent.iterdir() if p.name.startswith("cloud-usage.json.damaged-")]


def test_writers_in_parallel_lose_nothing(meter):
    def add() -> None:
        other = UsageMeter(data_paths())  # as another process would: its own meter, the same lock file
        for _ in range(20):
            other.record(1.5, datetime(2026, 12, 2))

    threads = [threading.Thread(target=add) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert meter.month_seconds(datetime(2026, 12, 2)) == pytest.approx(4 * 20 * 1.5)


def test_a_full_disk_is_a_plain_error_and_keeps_what_was_counted(tmp_path, monkeypatch):
    with tiny_filesystem(tmp_path / "small", "1m") as small:
        monkeypatch.setenv("IAM_DATA_DIR", str(small / "data"))
        paths = data_paths().ensure()
        meter = UsageMeter(paths)
        meter.record(42, datetime(2026, 12, 2))
        fill_disk(small)
        with pytest.raises(StorageError, match="could not be saved"):
            meter.record(1, datetime(2026, 12, 3))  # a new day: the file has to grow
        assert meter.month_seconds(datetime(2026, 12, 3)) == pytest.approx(42)
