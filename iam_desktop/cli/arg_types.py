"""Argument types of the command line that refuse nonsense as a usage error (exit 2), never a traceback:
recording IDs beyond what SQLite holds, durations that are NaN, infinite, negative or absurd."""

from __future__ import annotations

import argparse
import math
from collections.abc import Callable

#: the largest ID SQLite can store (a signed 64-bit integer)
MAX_ID = 2**63 - 1
#: the longest `record --seconds` (a week): beyond that it is a typo, not a plan
MAX_RECORD_SECONDS = 7 * 24 * 3600.0


def record_id(text: str) -> int:
    """A recording's ID: a whole number from 1 to 2**63 - 1."""
    try:
        value = int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a recording ID (a whole number): {text!r}") from None
    if not 1 <= value <= MAX_ID:
        raise argparse.ArgumentTypeError(f"no recording can have the ID {text}: IDs go from 1 to {MAX_ID}")
    return value


def seconds_between(low: float, high: float, *, include_low: bool = False) -> Callable[[str], float]:
    """A type for a number of seconds more than `low` (or equal, with `include_low`) and at most `high`
    (no NaN, no infinity)."""

    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
        above = value >= low if include_low else value > low
        if not math.isfinite(value) or not above or value > high:
            least = "at least" if include_low else "more than"
            raise argparse.ArgumentTypeError(
                f"must be a number of seconds {least} {low:g} and at most {high:g}, not {text}"
            )
        return value

    return parse


#: `record --seconds`: more than 0, at most a week
record_seconds = seconds_between(0.0, MAX_RECORD_SECONDS)
#: `watch run --interval`: more than 0, at most a day; `--settle`: 0 or more, at most a day
watch_interval = seconds_between(0.0, 86400.0)
watch_settle = seconds_between(0.0, 86400.0, include_low=True)
