"""SRT and WebVTT: parsed back with strict timing-line regexes (see conftest). The caption rules
(line lengths, durations, reading speed) are tested in test_captions.py."""

from __future__ import annotations

import numpy as np
import pytest

from iam_desktop.export import render, to_srt, to_vtt
from iam_desktop.transcript import Segment


@pytest.fixture(params=["srt", "vtt"])
def fmt(request):
    return request.param


@pytest.fixture
def cues(fmt, parse_srt, parse_vtt):
    """transcript -> [(start ms, end ms, text)] through the format under test and its strict parser."""
    parse = parse_srt if fmt == "srt" else parse_vtt
    return lambda transcript: parse(render(transcript, fmt))


def test_cues_count_order_values(sample, cues):
    assert cues(sample) == [
        (0, 2500, "Hello there."),
        (2500, 5250, "Ngiyabonga — café €"),
        (3_725_500, 3_727_125, "Past the hour."),
    ]


def test_srt_exact_text(sample):
    out = to_srt(sample)
    assert out.startswith("1\n00:00:00,000 --> 00:00:02,500\nHello there.\n\n2\n00:00:02,500 --> ")
    assert out.endswith("\n\n3\n01:02:05,500 --> 01:02:07,125\nPast the hour.\n\n")


def test_vtt_exact_text(sample):
    out = to_vtt(sample)
    assert out.startswith("WEBVTT\n\n00:00:00.000 --> 00:00:02.500\nHello there.\n\n")
    assert out.endswith("\n\n01:02:05.500 --> 01:02:07.125\nPast the hour.\n\n")


def test_rounding_never_gives_1000_ms(make_transcript, fmt, cues):
    t = make_transcript(Segment(59.9996, 61.9994, "a"), Segment(3599.9995, 3601.99951, "b"))
    out = render(t, fmt)
    assert "1000" not in out
    assert ("00:01:00,000" if fmt == "srt" else "00:01:00.000") in out
    assert cues(t) == [(60_000, 61_999, "a"), (3_600_000, 3_602_000, "b")]


@pytest.mark.parametrize("whole", [0, 1, 59, 60, 3599, 3600, 86399])
@pytest.mark.parametrize("frac", [0.0, 0.0004, 0.0006, 0.9994, 0.9996, 0.99951, 0.9999])
def test_rounding_grid(make_transcript, cues, whole, frac):
    t = make_transcript(Segment(whole + frac, whole + frac + 1, "x"))
    [(start, end, _)] = cues(t)  # the strict regex rejects ",1000" and minutes/seconds >= 60
    assert start == round((whole + frac) * 1000)
    assert end - start == 1000


def test_hours_beyond_99(make_transcript, fmt, cues):
    t = make_transcript(Segment(360_000.0, 360_001.5, "long"))
    assert "100:00:00" in render(t, fmt)
    assert cues(t) == [(360_000_000, 360_001_500, "long")]


def test_end_never_before_start_and_bad_times_clamped(make_transcript, cues):
    """Bad times are clamped, cues come in time order and are then shown for at least a second."""
    t = make_transcript(
        Segment(10.0, 9.0, "backwards"), Segment(-1.5, 0.25, "negative"), Segment(5, float("nan"), "nan")
    )
    assert cues(t) == [(0, 1000, "negative"), (5000, 6000, "nan"), (10_000, 11_000, "backwards")]


def test_numpy_times(make_transcript, cues):
    t = make_transcript(Segment(np.float32(1.5), np.float64(2.5), "np"))
    assert cues(t) == [(1500, 2500, "np")]


def test_empty_transcript(make_transcript, parse_srt, parse_vtt):
    assert to_srt(make_transcript()) == ""
    assert to_vtt(make_transcript()) == "WEBVTT\n\n"
    assert parse_srt("") == []
    assert parse_vtt("WEBVTT\n\n") == []


def test_empty_segments_skipped_numbering_consecutive(make_transcript, fmt, cues):
    t = make_transcript(
        Segment(0, 1, "one"), Segment(1, 2, ""), Segment(2, 3, " \n \n"), Segment(3, 4, "two")
    )
    assert cues(t) == [(0, 1000, "one"), (3000, 4000, "two")]  # the SRT parser checks numbers 1, 2


def test_arrow_in_text_made_harmless(make_transcript, cues):
    t = make_transcript(Segment(0, 1, "a --> b"), Segment(1, 3, "00:00:01,000 --> 00:00:02,000"))
    assert cues(t) == [(0, 1000, "a → b"), (1000, 3000, "00:00:01,000 → 00:00:02,000")]


def test_line_breaks_in_text_are_laid_out_again(make_transcript, cues):
    """A segment's own line breaks count as spaces: the caption rules lay out the lines (no blank line
    can end a cue early)."""
    t = make_transcript(
        Segment(0, 1, "line one\nline two"),
        Segment(1, 3, "para one\n\n\n  para two  \r\n\r\nend"),
        Segment(3, 4, "after"),
    )
    assert cues(t) == [
        (0, 1000, "line one line two"),
        (1000, 3000, "para one para two end"),
        (3000, 4000, "after"),
    ]


def test_unicode_text(make_transcript, cues):
    t = make_transcript(Segment(0, 1, "Ngiyabonga — café €"), Segment(1, 2, "日本語 😀"))
    assert [text for _, _, text in cues(t)] == ["Ngiyabonga — café €", "日本語 😀"]


def test_vtt_escapes_markup_srt_does_not(make_transcript, parse_srt, parse_vtt):
    t = make_transcript(Segment(0, 1, "a < b & c > d"))
    assert parse_vtt(to_vtt(t))[0][2] == "a &lt; b &amp; c &gt; d"
    assert parse_srt(to_srt(t))[0][2] == "a < b & c > d"
