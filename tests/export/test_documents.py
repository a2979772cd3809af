"""Document exports (DOCX read back with python-docx, PDF through poppler's pdftotext/pdfinfo), the
timestamp/speaker options of the text formats, speakers and notes in JSON, and atomic binary writes."""

from __future__ import annotations

import errno
import io
import os
import re
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import docx
import pytest
from docx.shared import RGBColor

from iam_desktop.errors import ExportError
from iam_desktop.export import (
    DOCUMENT_FORMATS,
    EXPORT_FORMATS,
    FORMATS,
    export_filename,
    from_json,
    pdf_format,
    recording_filename,
    render,
    render_bytes,
    to_json,
    write_export,
)
from iam_desktop.export.document import EMPTY_TRANSCRIPT, build_document
from iam_desktop.transcript import Segment, Transcript, Word

UNICODE = "Ngiyabonga — café €, Ελληνικά, Zoë"
CREATED = datetime(2024, 5, 1, 12, 30, 15, tzinfo=UTC)
LOCAL_DATE = f"{CREATED.astimezone():%Y-%m-%d %H:%M}"

needs_poppler = pytest.mark.skipif(
    not (shutil.which("pdftotext") and shutil.which("pdfinfo")), reason="poppler-utils not installed"
)


@pytest.fixture
def talk(make_transcript) -> Transcript:
    """Two speakers, notes, one segment without a speaker, one blank, markup-like characters."""
    return make_transcript(
        Segment(0.0, 2.5, " Hello there. ", (Word(0.0, 0.4, "Hello", 0.98),), speaker="Ann"),
        Segment(62.4, 65.0, UNICODE, speaker="Bob"),
        Segment(65.0, 66.0, "   ", speaker="Bob"),
        Segment(70.0, 72.0, 'Tags like <b> & "quotes" stay text.', speaker="Ann"),
        Segment(3725.9, 3727.0, "Nobody said this."),
        recording_id=12,
        created_at=CREATED,
        notes="Follow up with Bob & Ann.\nBring <coffee>.",
    )


def _words(text: str) -> str:
    """Whitespace collapsed, so text wrapped across lines compares with the original."""
    return " ".join(text.split())


# --- the neutral document ------------------------------------------------------------------------------


def test_build_document(talk):
    document = build_document(talk)
    assert document.title == "Interview"
    assert document.details == (
        ("Date", LOCAL_DATE),
        ("Duration", "1:02:05"),
        ("Language", "en"),
        ("Engine / model", "local / tiny.en"),
        ("Speakers", "Ann, Bob"),
    )
    assert document.speakers == ("Ann", "Bob")
    assert document.notes == "Follow up with Bob & Ann.\nBring <coffee>."
    assert [(e.timestamp, e.speaker, e.text) for e in document.entries] == [
        ("00:00:00", "Ann", "Hello there."),
        ("00:01:02", "Bob", UNICODE),
        ("00:01:10", "Ann", 'Tags like <b> & "quotes" stay text.'),
        ("01:02:05", None, "Nobody said this."),
    ]


def test_build_document_options_and_odd_values(make_transcript):
    t = make_transcript(
        Segment(float("nan"), 1, "a\x00b\x0bc\r\nd", speaker="  An\nn  "),
        Segment(-5, 1, "e", speaker="   "),
        title="  ",
        duration=float("nan"),
        language=None,
        notes="   ",
        edited=True,
    )
    document = build_document(t, timestamps=False)
    assert document.title == "Transcript"
    assert document.details == (
        ("Engine / model", "local / tiny.en"),
        ("Speakers", "An n"),
        ("Version", "edited"),
    )
    assert document.notes is None
    assert [(e.timestamp, e.speaker, e.text) for e in document.entries] == [
        (None, "An n", "abc\nd"),
        (None, None, "e"),
    ]
    assert build_document(t).entries[1].timestamp == "00:00:00"
    no_speakers = build_document(t, speakers=False)
    assert no_speakers.speakers == () and {e.speaker for e in no_speakers.entries} == {None}


# --- text formats: timestamps and speakers -------------------------------------------------------------


def test_txt_default_shows_speakers_only(talk):
    assert render(talk, "txt") == (
        f'Ann: Hello there.\nBob: {UNICODE}\nAnn: Tags like <b> & "quotes" stay text.\nNobody said this.\n'
    )


def test_txt_with_timestamps(talk):
    assert render(talk, "txt", timestamps=True, speakers=True).splitlines() == [
        "[00:00:00] Ann: Hello there.",
        f"[00:01:02] Bob: {UNICODE}",
        '[00:01:10] Ann: Tags like <b> & "quotes" stay text.',
        "[01:02:05] Nobody said this.",
    ]


def test_txt_without_speakers(talk):
    assert render(talk, "txt", speakers=False) == talk.text + "\n"
    assert render(talk, "txt", timestamps=True, speakers=False).splitlines()[1] == f"[00:01:02] {UNICODE}"


def test_srt_and_vtt_speakers(talk, parse_srt, parse_vtt):
    srt = [text for _, _, text in parse_srt(render(talk, "srt"))]
    assert srt == [
        "Ann: Hello there.",
        f"Bob: {UNICODE}",
        'Ann: Tags like <b> & "quotes" stay text.',
        "Nobody said this.",
    ]
    vtt = [text for _, _, text in parse_vtt(render(talk, "vtt"))]
    assert vtt[0] == "<v Ann>Hello there."
    assert vtt[2] == '<v Ann>Tags like &lt;b&gt; &amp; "quotes" stay text.'
    assert vtt[3] == "Nobody said this."
    assert [text for _, _, text in parse_srt(render(talk, "srt", speakers=False))][0] == "Hello there."


def test_vtt_speaker_markup_escaped(make_transcript, parse_vtt):
    t = make_transcript(Segment(0, 1, "hi", speaker="A<b>&c --> d"))
    assert parse_vtt(render(t, "vtt"))[0][2] == "<v A&lt;b&gt;&amp;c → d>hi"


def test_json_round_trip_with_speakers_and_notes(talk):
    talk.edited = True
    back = from_json(to_json(talk))
    assert back == talk
    assert [s.speaker for s in back.segments] == ["Ann", "Bob", "Bob", "Ann", None]
    assert back.notes == talk.notes and back.edited is True


def test_json_without_new_keys_still_reads(sample):
    import json

    doc = json.loads(to_json(sample))
    del doc["notes"], doc["edited"]
    for seg in doc["segments"]:
        del seg["speaker"]
    back = from_json(json.dumps(doc))
    assert back.notes is None and back.edited is False and all(s.speaker is None for s in back.segments)
    assert back == sample


def test_json_damaged_new_keys(sample):
    import json

    doc = json.loads(to_json(sample))
    doc["edited"] = "yes"
    with pytest.raises(ExportError, match='"edited" is not true or false'):
        from_json(json.dumps(doc))


# --- registry ------------------------------------------------------------------------------------------


def test_format_lists():
    assert FORMATS == ("txt", "srt", "vtt", "json")
    assert DOCUMENT_FORMATS == ("docx", "pdf")
    assert EXPORT_FORMATS == FORMATS + DOCUMENT_FORMATS


def test_cli_offers_every_export_format():
    from iam_desktop.cli.main import EXPORT_FORMATS as CLI_EXPORT_FORMATS

    assert CLI_EXPORT_FORMATS == EXPORT_FORMATS


@pytest.mark.parametrize("fmt", FORMATS)
def test_render_bytes_of_text_is_utf8(talk, fmt):
    assert render_bytes(talk, fmt) == render(talk, fmt).encode("utf-8")
    assert render_bytes(talk, fmt, timestamps=True) == render(talk, fmt, timestamps=True).encode("utf-8")


@pytest.mark.parametrize("fmt", ["odt", "DOCX", "", None])
def test_render_bytes_unknown_format(talk, fmt):
    with pytest.raises(ExportError, match=f"^unknown export format: {fmt}$"):
        render_bytes(talk, fmt)


def test_filenames_for_documents():
    assert export_filename("Interview", "pdf") == "Interview.pdf"
    assert recording_filename("Interview", 12, "docx") == "Interview-12.docx"
    assert recording_filename("a/b: c...", 3, "txt") == "a_b_ c-3.txt"
    assert recording_filename("", 4, "pdf") == "transcript-4.pdf"
    long = recording_filename("é" * 300, 123456, "json")
    assert long.endswith("é-123456.json") and len(long.encode("utf-8")) <= 255


def test_core_stays_light_and_qt_free():
    """Importing the export package loads neither document library; making documents loads no Qt."""
    code = (
        "import sys\n"
        "import iam_desktop.export as e\n"
        "assert 'docx' not in sys.modules and 'reportlab' not in sys.modules\n"
        "from iam_desktop.transcript import Transcript\n"
        "t = Transcript('t', 1, 'local', 'tiny.en', 'en')\n"
        "e.render_bytes(t, 'docx'); e.render_bytes(t, 'pdf')\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')]\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)


# --- DOCX ----------------------------------------------------------------------------------------------


def _docx(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


def test_docx_content(talk):
    document = _docx(render_bytes(talk, "docx"))
    paragraphs = document.paragraphs
    assert paragraphs[0].style.name == "Title" and paragraphs[0].text == "Interview"
    assert document.core_properties.title == "Interview"
    rows = [[cell.text for cell in row.cells] for row in document.tables[0].rows]
    assert rows == [
        ["Date", LOCAL_DATE],
        ["Duration", "1:02:05"],
        ["Language", "en"],
        ["Engine / model", "local / tiny.en"],
        ["Speakers", "Ann, Bob"],
    ]
    headings = [p.text for p in paragraphs if p.style.name == "Heading 1"]
    assert headings == ["Notes", "Transcript"]
    texts = [p.text for p in paragraphs]
    assert texts[texts.index("Notes") + 1] == "Follow up with Bob & Ann.\nBring <coffee>."
    entries = paragraphs[texts.index("Transcript") + 1 :]
    assert [p.text for p in entries] == [
        "00:00:00  Ann: Hello there.",
        f"00:01:02  Bob: {UNICODE}",
        '00:01:10  Ann: Tags like <b> & "quotes" stay text.',
        "01:02:05  Nobody said this.",
    ]
    first = entries[0].runs
    assert (
        first[0].text == "00:00:00"
        and first[0].bold
        and first[0].font.color.rgb == RGBColor(0x80, 0x80, 0x80)
    )
    assert first[2].text == "Ann:" and first[2].bold
    assert first[-1].text == "Hello there." and not first[-1].bold
    assert not any(run.bold for run in entries[3].runs if "Nobody" in run.text)


def test_docx_without_timestamps_and_speakers(talk):
    document = _docx(render_bytes(talk, "docx", timestamps=False, speakers=False))
    texts = [p.text for p in document.paragraphs]
    assert texts[texts.index("Transcript") + 1 :] == [
        "Hello there.",
        UNICODE,
        'Tags like <b> & "quotes" stay text.',
        "Nobody said this.",
    ]
    assert "Speakers" not in [row.cells[0].text for row in document.tables[0].rows]


def test_docx_empty_and_odd_text(make_transcript):
    document = _docx(render_bytes(make_transcript(language=None), "docx"))
    texts = [p.text for p in document.paragraphs]
    assert texts[-2:] == ["Transcript", EMPTY_TRANSCRIPT] and "Notes" not in texts
    odd = make_transcript(Segment(0, 1, "bell\x07 and\x00 nul\nsecond line\ttab"), title="\x01")
    document = _docx(render_bytes(odd, "docx"))
    assert document.paragraphs[0].text == "Transcript"
    assert document.paragraphs[-1].text == "00:00:00  bell and nul\nsecond line\ttab"


# --- PDF -----------------------------------------------------------------------------------------------


def _pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True, timeout=60
    ).stdout.decode("utf-8")


def _pdf_pages(path: Path) -> int:
    info = subprocess.run(
        ["pdfinfo", str(path)], capture_output=True, check=True, text=True, timeout=60
    ).stdout
    return int(next(line.split()[1] for line in info.splitlines() if line.startswith("Pages:")))


@needs_poppler
def test_pdf_content(talk, tmp_path):
    target = write_export(talk, "pdf", tmp_path / "talk.pdf")
    assert target.read_bytes().startswith(b"%PDF-")
    text = _words(_pdf_text(target))
    for expected in [
        "Interview",
        f"Date {LOCAL_DATE}",
        "Duration 1:02:05",
        "Language en",
        "Engine / model local / tiny.en",
        "Speakers Ann, Bob",
        "Notes Follow up with Bob & Ann. Bring <coffee>.",
        "00:00:00 Ann: Hello there.",
        f"00:01:02 Bob: {UNICODE}",
        '00:01:10 Ann: Tags like <b> & "quotes" stay text.',
        "01:02:05 Nobody said this.",
        "Page 1 of 1",
    ]:
        assert expected in text, expected
    assert _pdf_pages(target) == 1


@needs_poppler
def test_pdf_long_transcript_wraps_over_pages(make_transcript, tmp_path):
    sentence = "this sentence is long enough to wrap over several lines of the page " * 6
    segments = [
        Segment(i * 30.0, i * 30 + 29, f"Part {i} {UNICODE} {sentence}", speaker="Ann") for i in range(60)
    ]
    target = write_export(make_transcript(*segments), "pdf", tmp_path / "long.pdf")
    pages = _pdf_pages(target)
    assert pages > 1
    text = _words(_pdf_text(target))
    assert f"Page {pages} of {pages}" in text
    body = _words(re.sub(r"Page \d+ of \d+", " ", text))  # footers sit between the halves of a split segment
    # one speaker throughout: a single turn, so the name shows once and the segments follow in order
    assert body.count("Ann:") == 1 and f"Ann: Part 0 {UNICODE}" in body
    positions = [body.index(f"Part {i} {UNICODE} {_words(sentence)}") for i in range(60)]
    assert positions == sorted(positions), "segments out of order"
    # wrapping: no line is longer than a page can hold
    assert max(len(line) for line in _pdf_text(target).splitlines()) < 120


@needs_poppler
def test_pdf_empty_transcript(make_transcript, tmp_path):
    target = write_export(make_transcript(title="", language=None), "pdf", tmp_path / "empty.pdf")
    assert _pdf_pages(target) == 1
    assert _words(EMPTY_TRANSCRIPT) in _words(_pdf_text(target))


@needs_poppler
def test_pdf_embeds_the_unicode_font(talk, tmp_path):
    target = write_export(talk, "pdf", tmp_path / "talk.pdf")
    fonts = subprocess.run(["pdffonts", str(target)], capture_output=True, text=True, check=True).stdout
    dejavu = [line.split() for line in fonts.splitlines() if "DejaVuSans" in line]
    assert len(dejavu) == 2 and all(cols[-5:-2] == ["yes", "yes", "yes"] for cols in dejavu)


def test_bundled_fonts_found_first():
    assert pdf_format.find_fonts()[pdf_format.FONT] == pdf_format.BUNDLED_FONTS / "DejaVuSans.ttf"
    assert (pdf_format.BUNDLED_FONTS / "DejaVuSans-Bold.ttf").is_file()
    assert any(p.name.startswith("LICENSE") for p in pdf_format.BUNDLED_FONTS.iterdir())


def test_fonts_fall_back_to_system_then_fail(tmp_path, monkeypatch):
    system = tmp_path / "system"
    system.mkdir()
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        shutil.copy(pdf_format.BUNDLED_FONTS / name, system / name)
    monkeypatch.setattr(pdf_format, "BUNDLED_FONTS", tmp_path / "missing")
    monkeypatch.setattr(pdf_format, "SYSTEM_FONT_DIRS", (tmp_path / "none", system))
    assert pdf_format.find_fonts()[pdf_format.BOLD_FONT] == system / "DejaVuSans-Bold.ttf"
    (system / "DejaVuSans-Bold.ttf").unlink()  # a folder with only one of the two does not count
    with pytest.raises(ExportError, match="^PDF export needs the DejaVu Sans font, which was not found"):
        pdf_format.find_fonts()


# --- writing documents atomically ----------------------------------------------------------------------


@pytest.mark.parametrize("fmt", DOCUMENT_FORMATS)
def test_write_document(talk, tmp_path, fmt):
    target = write_export(talk, fmt, tmp_path / f"out.{fmt}")
    assert target.read_bytes().startswith({"docx": b"PK\x03\x04", "pdf": b"%PDF-"}[fmt])
    assert os.listdir(tmp_path) == [f"out.{fmt}"]


@pytest.mark.parametrize("fmt", DOCUMENT_FORMATS)
def test_disk_full_keeps_old_file(talk, tmp_path, monkeypatch, fmt):
    target = tmp_path / f"out.{fmt}"
    target.write_bytes(b"old content\n")

    def full(src, dst):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(ExportError, match=rf"^cannot write .*out\.{fmt}: disk is full$"):
        write_export(talk, fmt, target)
    monkeypatch.undo()
    assert target.read_bytes() == b"old content\n"
    assert os.listdir(tmp_path) == [target.name], "temporary file left behind"


def test_document_to_missing_folder(talk, tmp_path):
    with pytest.raises(ExportError, match="^folder does not exist: "):
        write_export(talk, "pdf", tmp_path / "nope" / "out.pdf")
    assert os.listdir(tmp_path) == []
