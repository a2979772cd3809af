"""The clock of `--startup-time`: the process's age by the OS (Linux /proc), else since the entry module."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from iam_desktop.diagnostics import startup_clock
from iam_desktop.diagnostics.startup_clock import ProcessAge, os_process_age, parse_starttime, process_age

linux_only = pytest.mark.skipif(not hasattr(time, "CLOCK_BOOTTIME"), reason="needs CLOCK_BOOTTIME (Linux)")


def stat_line(comm: str, starttime: int) -> str:
    """A /proc/<pid>/stat line: pid, (comm), then fields 3.. with `starttime` as field 22."""
    fields = ["S", *[str(n) for n in range(4, 22)], str(starttime), "123456", "789"]
    return f"4242 ({comm}) {' '.join(fields)}\n"


def test_parse_starttime_counts_fields_after_the_command_name():
    assert parse_starttime(stat_line("iam-desktop", 987654)) == 987654
    # a command name with spaces and parentheses of its own does not shift the fields
    assert parse_starttime(stat_line("a) (b c) 7", 31337)) == 31337


@pytest.mark.parametrize("line", ["", "4242 iam-desktop S 1 2 3", "4242 (x) S 4 5 6"])
def test_parse_starttime_refuses_what_is_not_a_stat_line(line):
    with pytest.raises(ValueError):
        parse_starttime(line)


@linux_only
def test_the_age_is_read_from_the_start_time_the_kernel_recorded(tmp_path, monkeypatch):
    monkeypatch.setattr(startup_clock, "IMPORTED_AT", time.monotonic())  # as in a process just started
    ticks_per_second = os.sysconf("SC_CLK_TCK")
    started = time.clock_gettime(time.CLOCK_BOOTTIME) - 5.0  # a process started 5 s ago
    stat = tmp_path / "stat"
    stat.write_text(stat_line("python", int(started * ticks_per_second)))
    age = os_process_age(stat)
    assert age is not None and 5.0 <= age < 5.0 + 2 / ticks_per_second + 1.0
    measured = process_age(stat)
    assert measured.origin == "process start" and measured.seconds == pytest.approx(age, abs=1.0)


@linux_only
def test_this_process_is_older_than_its_import_of_the_clock():
    measured = process_age()
    since_import = time.monotonic() - startup_clock.IMPORTED_AT
    assert measured.origin == "process start"
    assert measured.seconds >= since_import


def test_without_the_os_figure_the_clock_counts_from_the_entry_module(tmp_path, monkeypatch):
    monkeypatch.setattr(startup_clock, "IMPORTED_AT", time.monotonic() - 2.0)
    measured = process_age(tmp_path / "no-such-stat")
    assert measured.origin == "entry"
    assert 2.0 <= measured.seconds < 3.0


@linux_only
def test_an_os_figure_younger_than_the_import_is_not_trusted(tmp_path, monkeypatch):
    """A start time after the module's import (another clock, a time namespace gone wrong) is ignored."""
    monkeypatch.setattr(startup_clock, "IMPORTED_AT", time.monotonic() - 3.0)
    now_ticks = int(time.clock_gettime(time.CLOCK_BOOTTIME) * os.sysconf("SC_CLK_TCK"))
    stat = tmp_path / "stat"
    stat.write_text(stat_line("python", now_ticks))  # "started just now": younger than the import
    measured = process_age(stat)
    assert measured.origin == "entry" and 3.0 <= measured.seconds < 4.0


def test_the_report_names_its_origin():
    assert ProcessAge(0.834, "process start").describe() == "0.83 s (process start → window shown)"
    assert ProcessAge(1.2, "entry").describe() == "1.20 s (entry → window shown)"


def test_the_clock_module_is_imported_before_the_cli_imports_anything_heavy():
    """The fallback origin is taken first thing: the CLI package imports the clock before its own modules."""
    code = (
        "import sys; import iam_desktop.cli.main; "
        "names = list(sys.modules); "
        "print(names.index('iam_desktop.diagnostics.startup_clock') < names.index('iam_desktop.cli.main'))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "True"
