"""timefmt: one rule (truncate) for every time shown — the window, the CLI, the exports, the subtitles."""

from __future__ import annotations

import math

import pytest

from iam_desktop.export.document import build_document
from iam_desktop.export.formats import to_txt
from iam_desktop.export.subtitles import to_srt, to_vtt
from iam_desktop.timefmt import Parts, clock, split, timestamp
from iam_desktop.transcript import Segment, Transcript


@pytest.mark.parametrize(
    ("seconds", "expected"),
    [
        (0, "0:00"),
        (59.6, "0:59"),  # not reached the minute yet: never "1:00"
        (59.999, "0:59"),
        (60, "1:00"),
        (75.5, "1:15"),
        (3599.999, "59:59"),
        (3600, "1:00:00"),
        (3725, "1:02:05"),
        (100 * 3600 + 61, "100:01:01"),  # hours are not limited
    ],
)
def test_clock(seconds, expected):
    assert clock(seconds) == expected


@pytest.mark.parametrize(
    ("seconds", "expected"),
    [
        (65.34, "1:05.3"),
        (59.96, "0:59.9"),  # a tenth short of the minute
        (59.99999, "0:59.9"),
        (3725, "1:02:05.0"),
        (4.0 + 0.1 + 0.1, "0:04.2"),  # 4.200000000000001: float noise does not matter
        (7.0 - 0.1, "0:06.9"),  # 6.8999999999999995 shows as 6.9, not 6.8
        (0.7 + 0.1, "0:00.8"),  # 0.7999999999999999
    ],
)
def test_clock_with_tenths(seconds, expected):
    assert clock(seconds, 1) == expected


@pytest.mark.parametrize(
    ("seconds", "expected"),
    [
        (59.6, "00:00:59"),
        (3599.999, "00:59:59"),
        (3600, "01:00:00"),
        (99 * 3600 + 3599, "99:59:59"),
        (123 * 3600, "123:00:00"),
    ],
)
def test_timestamp(seconds, expected):
    assert timestamp(seconds) == expected


def test_timestamp_with_milliseconds_and_a_separator():
    assert timestamp(3599.999, 3, ",") == "00:59:59,999"
    assert timestamp(61.5, 3) == "00:01:01.500"
    assert timestamp(1.001, 3, ",") == "00:00:01,001"  # 1.0009999999999999 in binary: still 001
    assert timestamp(0.0004, 3) == "00:00:00.000"  # truncated, not rounded
    assert timestamp(360_000.25, 2, ".") == "100:00:00.25"


@pytest.mark.parametrize("bad", [-0.1, -3600, -math.inf, math.inf, math.nan, 1e303])
def test_negative_and_non_finite_times_are_zero(bad):
    """(1e303 s overflows in microseconds: it is treated like infinity, not a crash.)"""
    assert clock(bad) == "0:00"
    assert clock(bad, 1) == "0:00.0"
    assert timestamp(bad, 3, ",") == "00:00:00,000"


def test_split_is_the_one_rule():
    assert split(3725.987, 2) == Parts(1, 2, 5, 98)
    assert split(3725.987) == Parts(1, 2, 5, 0)
    with pytest.raises(ValueError):
        split(1.0, 7)


def test_the_exports_and_the_window_agree_on_59_6_seconds():
    """The reported disagreement: the window said 1:00, the exports 00:00:59."""
    segments = [Segment(0.0, 59.6, "first"), Segment(59.6, 61.0, "second")]
    transcript = Transcript(
        title="t", duration=61.0, engine="local", model="base", segments=segments, language="en"
    )
    assert clock(59.6) == "0:59"
    assert "[00:00:59] second" in to_txt(transcript, timestamps=True)
    assert build_document(transcript).entries[1].timestamp == "00:00:59"
    assert "00:00:59,600 --> 00:01:01,000" in to_srt(transcript)
    assert "00:00:59.600 --> 00:01:01.000" in to_vtt(transcript)
