"""Human-readable times, one rule everywhere: 75.5 -> "1:15", 3725 -> "1:02:05", 59.6 -> "0:59".

Times are truncated, never rounded: a position of 59.6 s has not reached the minute yet, so the window,
the exports and the subtitles all show 0:59 / 00:00:59 / 00:00:59,600 (as media players and subtitle
formats do). A time is first taken to the nearest microsecond, so that float noise (2.9999999999999996
for 3.0) does not show one unit early. Negative, NaN and infinite times show as zero. Hours are not
limited (100:00:00 and beyond).

Every format comes from `split`: `clock` for the window and the CLI (M:SS or H:MM:SS, optionally with
tenths), `timestamp` for exports (HH:MM:SS, optionally with milliseconds and a chosen separator).
"""

from __future__ import annotations

import math
from typing import NamedTuple

_MICROS = 1_000_000


class Parts(NamedTuple):
    """A time split into whole hours, minutes, seconds and a fraction of `digits` decimal digits."""

    hours: int
    minutes: int
    seconds: int
    fraction: int


def split(seconds: float, digits: int = 0) -> Parts:
    """`seconds` (truncated to `digits` decimals, 0 to 6) as hours, minutes, seconds and fraction."""
    if not 0 <= digits <= 6:
        raise ValueError(f"digits must be 0 to 6, not {digits}")
    scaled = float(seconds) * _MICROS
    micros = round(scaled) if math.isfinite(scaled) and scaled > 0 else 0
    units = 10**digits
    whole, fraction = divmod(micros // (_MICROS // units), units)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return Parts(hours, minutes, secs, fraction)


def clock(seconds: float, digits: int = 0) -> str:
    """A duration or position as M:SS or H:MM:SS, with `digits` decimals: 65.34 -> "1:05" (or "1:05.3")."""
    hours, minutes, secs, fraction = split(seconds, digits)
    text = f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
    return f"{text}.{fraction:0{digits}d}" if digits else text


def timestamp(seconds: float, digits: int = 0, separator: str = ".") -> str:
    """A position as HH:MM:SS (hours at least two digits), with `digits` decimals after `separator`:
    61.5 -> "00:01:01", with digits=3 and separator="," -> "00:01:01,500" (SubRip)."""
    hours, minutes, secs, fraction = split(seconds, digits)
    text = f"{hours:02d}:{minutes:02d}:{secs:02d}"
    return f"{text}{separator}{fraction:0{digits}d}" if digits else text
