"""The format registry, render() and the plain-text export."""

from __future__ import annotations

import pytest

from iam_desktop.errors import ExportError
from iam_desktop.export import FORMATS, render, to_json, to_srt, to_txt, to_vtt
from iam_desktop.transcript import Segment


def test_formats_listed_in_order():
    assert FORMATS == ("txt", "srt", "vtt", "json")


@pytest.mark.parametrize(
    ("fmt", "func"), [("txt", to_txt), ("srt", to_srt), ("vtt", to_vtt), ("json", to_json)]
)
def test_render_dispatches(sample, fmt, func):
    assert render(sample, fmt) == func(sample)


@pytest.mark.parametrize("fmt", ["docx", "pdf", "SRT", ".txt", "", None])
def test_render_unknown_format(sample, fmt):
    with pytest.raises(ExportError, match=f"^unknown export format: {fmt}$"):
        render(sample, fmt)


def test_txt_one_segment_per_line(sample):
    assert to_txt(sample) == "Hello there.\nNgiyabonga — café €\nPast the hour.\n"


def test_txt_skips_empty_segments(make_transcript):
    t = make_transcript(
        Segment(0, 1, "  one  "), Segment(1, 2, "   "), Segment(2, 3, ""), Segment(3, 4, "two")
    )
    assert to_txt(t) == "one\ntwo\n"


def test_txt_empty_transcript(make_transcript):
    assert to_txt(make_transcript()) == ""
    assert to_txt(make_transcript(Segment(0, 1, " "))) == ""


def test_cli_offers_every_export_format():
    from iam_desktop.cli.main import FORMATS as CLI_FORMATS
    from iam_desktop.export import FORMATS

    assert CLI_FORMATS == FORMATS
