"""Exports that read like a script: a speaker's consecutive segments make one turn (one line in TXT, one
paragraph in DOCX and PDF with the name once, in bold), a new one when the speaker changes; segments
without a speaker stay paragraphs of their own, and transcripts without speakers read as before.
JSON keeps the speaker of every segment; VTT/SRT cues carry it."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
import reportlab.platypus.paragraph as rl_paragraph
from docx.shared import RGBColor

from iam_desktop.export import pdf_format, render, render_bytes, to_json, to_txt, write_export
from iam_desktop.export.document import Turn, build_document, turns
from iam_desktop.transcript import Segment, Transcript

needs_poppler = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")

S1, S2 = "Speaker 1", "Speaker 2"

#: the turns of `meeting`, as (timestamp, speaker, text)
TURNS = [
    ("00:00:00", S1, "Hello, everyone. Thanks for coming. Let's begin."),
    ("00:01:02", S2, "Thank you. I have a question."),
    ("00:01:10", None, "(laughter)"),
    ("00:01:15", S2, "About the budget & <costs>."),
    ("00:01:20", S1, "Go ahead. Take your time."),
]


@pytest.fixture
def meeting(make_transcript) -> Transcript:
    """Two speakers taking turns of several segments, a blank segment inside a turn, one unlabelled one."""
    return make_transcript(
        Segment(0.0, 2.4, " Hello, everyone. ", speaker=S1),
        Segment(2.5, 4.9, "Thanks for coming.", speaker=S1),
        Segment(5.0, 6.0, "Let's begin.", speaker=S1),
        Segment(62.0, 63.9, "Thank you.", speaker=S2),
        Segment(64.0, 64.5, "   ", speaker=S2),
        Segment(65.0, 68.0, "I have a question.", speaker=S2),
        Segment(70.0, 71.0, "(laughter)"),
        Segment(75.0, 78.0, "About the budget & <costs>.", speaker=S2),
        Segment(80.0, 81.9, "Go ahead.", speaker=S1),
        Segment(82.0, 84.0, "Take your time.", speaker=S1),
    )


def _line(stamp: str | None, speaker: str | None, text: str) -> str:
    return (f"[{stamp}] " if stamp else "") + (f"{speaker}: " if speaker else "") + text


def _words(text: str) -> str:
    return " ".join(text.split())


# --- turns ---------------------------------------------------------------------------------------------


def test_turns_group_consecutive_segments_of_a_speaker(meeting):
    assert [(t.start, t.speaker, t.text) for t in turns(meeting.segments)] == [
        (0.0, S1, "Hello, everyone. Thanks for coming. Let's begin."),
        (62.0, S2, "Thank you. I have a question."),
        (70.0, None, "(laughter)"),
        (75.0, S2, "About the budget & <costs>."),
        (80.0, S1, "Go ahead. Take your time."),
    ]


def test_turns_without_speakers_are_the_segments():
    segments = [Segment(0, 1, " One. "), Segment(1, 2, "Two."), Segment(2, 3, " "), Segment(3, 4, "Three.")]
    expected = [Turn(0, None, "One."), Turn(1, None, "Two."), Turn(3, None, "Three.")]
    assert turns(segments) == expected
    labelled = [Segment(s.start, s.end, s.text, speaker="Ann") for s in segments]
    assert turns(labelled, speakers=False) == expected  # no names, no grouping
    assert turns([]) == []


def test_turns_unlabelled_segments_stay_apart_and_names_are_compared_cleaned():
    segments = [
        Segment(0, 1, "Hi.", speaker="Ann"),
        Segment(1, 2, "there", speaker="  Ann "),  # the same name once cleaned
        Segment(2, 3, "Noise."),
        Segment(3, 4, "More noise.", speaker="   "),  # a blank name is no name
        Segment(4, 5, "Line one\nline two", speaker="Ann"),
        Segment(5, 6, "Yes.", speaker="ann"),  # names are case-sensitive
    ]
    assert [(t.speaker, t.text) for t in turns(segments)] == [
        ("Ann", "Hi. there"),
        (None, "Noise."),
        (None, "More noise."),
        ("Ann", "Line one\nline two"),
        ("ann", "Yes."),
    ]


def test_turns_join_without_spaces_in_languages_written_without_them():
    segments = [Segment(0, 1, "こんにちは。", speaker=S1), Segment(1, 2, "元気ですか。", speaker=S1)]
    assert turns(segments, language="ja") == [Turn(0, S1, "こんにちは。元気ですか。")]
    assert turns(segments, language="en") == [Turn(0, S1, "こんにちは。 元気ですか。")]


def test_build_document_has_one_entry_per_turn(meeting):
    document = build_document(meeting)
    assert document.speakers == (S1, S2)
    assert [(e.timestamp, e.speaker, e.text) for e in document.entries] == TURNS
    plain = build_document(meeting, timestamps=False, speakers=False)
    assert [e.text for e in plain.entries] == meeting.text.splitlines()


# --- TXT -----------------------------------------------------------------------------------------------


def test_txt_one_line_per_turn(meeting):
    assert to_txt(meeting).splitlines() == [_line(None, speaker, text) for _, speaker, text in TURNS]
    assert render(meeting, "txt") == to_txt(meeting)


def test_txt_turn_shows_the_timestamp_of_its_first_segment(meeting):
    assert to_txt(meeting, timestamps=True).splitlines() == [_line(*turn) for turn in TURNS]


def test_txt_without_speakers_is_one_line_per_segment(meeting):
    assert to_txt(meeting, speakers=False) == meeting.text + "\n"
    assert to_txt(meeting, timestamps=True, speakers=False).splitlines()[:3] == [
        "[00:00:00] Hello, everyone.",
        "[00:00:02] Thanks for coming.",
        "[00:00:05] Let's begin.",
    ]


def test_txt_of_a_transcript_without_speakers_is_unchanged(make_transcript):
    t = make_transcript(Segment(0, 1, "One."), Segment(61, 62, " Two. "), Segment(62, 63, "Three."))
    assert to_txt(t) == "One.\nTwo.\nThree.\n"
    assert to_txt(t, timestamps=True) == "[00:00:00] One.\n[00:01:01] Two.\n[00:01:02] Three.\n"


# --- DOCX ----------------------------------------------------------------------------------------------


def _transcript_paragraphs(data: bytes) -> list:
    paragraphs = docx.Document(io.BytesIO(data)).paragraphs
    texts = [p.text for p in paragraphs]
    return paragraphs[texts.index("Transcript") + 1 :]


def test_docx_one_paragraph_per_turn_with_the_name_in_bold(meeting):
    paragraphs = _transcript_paragraphs(render_bytes(meeting, "docx"))
    expected = [f"{stamp}  {_line(None, speaker, text)}" for stamp, speaker, text in TURNS]
    assert [p.text for p in paragraphs] == expected
    for paragraph, (stamp, speaker, text) in zip(paragraphs, TURNS, strict=True):
        runs = paragraph.runs
        assert runs[0].text == stamp and runs[0].bold and runs[0].font.color.rgb == RGBColor(0x80, 0x80, 0x80)
        bold = [run.text for run in runs[1:] if run.bold]
        assert bold == ([f"{speaker}:"] if speaker else [])
        assert runs[-1].text == text and not runs[-1].bold


def test_docx_without_timestamps_starts_with_the_name(meeting):
    paragraphs = _transcript_paragraphs(render_bytes(meeting, "docx", timestamps=False))
    assert [p.text for p in paragraphs] == [_line(None, who, text) for _, who, text in TURNS]
    first = paragraphs[0].runs
    assert first[0].text == f"{S1}:" and first[0].bold
    assert not any(run.bold for run in paragraphs[2].runs)  # the unlabelled one has no name


def test_docx_without_speakers_is_one_paragraph_per_segment(meeting):
    paragraphs = _transcript_paragraphs(render_bytes(meeting, "docx", timestamps=False, speakers=False))
    assert [p.text for p in paragraphs] == meeting.text.splitlines()
    assert not any(run.bold for p in paragraphs for run in p.runs)


# --- PDF -----------------------------------------------------------------------------------------------


def _pdf_text(path: Path, *options: str) -> str:
    return subprocess.run(
        ["pdftotext", *options, "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True, timeout=60
    ).stdout.decode("utf-8")


@needs_poppler
def test_pdf_names_each_turn_once_in_order(meeting, tmp_path):
    text = _words(_pdf_text(write_export(meeting, "pdf", tmp_path / "meeting.pdf")))
    body = text[text.index("Transcript 00:00:00") :]
    assert body.count(f"{S1}:") == 2 and body.count(f"{S2}:") == 2
    positions = [body.index(f"{stamp} " + _line(None, who, words)) for stamp, who, words in TURNS]
    assert positions == sorted(positions)


@needs_poppler
def test_pdf_without_speakers_has_no_names(meeting, tmp_path):
    target = write_export(meeting, "pdf", tmp_path / "plain.pdf", timestamps=False, speakers=False)
    text = _words(_pdf_text(target))
    assert "Speaker" not in text
    assert _words(" ".join(meeting.text.splitlines())) in text


def _body(layout: str) -> str:
    """The transcript part of a PDF's text, words joined by single spaces, page footers left out."""
    text = _words(re.sub(r"Page \d+ of \d+", " ", layout))
    return text[text.index("Transcript ") + len("Transcript ") :]


def _monologue(make_transcript, segments: int, *, line_breaks: bool = True) -> Transcript:
    """One speaker for many pages (with markup characters, an overlong word and, if `line_breaks`, line
    breaks in it), interrupted once."""
    spoken = [
        Segment(
            i * 5.0,
            i * 5 + 4.5,
            f"Sentence {i} goes on about café & <tags> for a while, as people do when they talk."
            + ("\nA new line." if line_breaks and i % 41 == 0 else "")
            + (" " + "W" * 150 if i % 97 == 0 else ""),
            speaker=S1,
        )
        for i in range(segments)
    ]
    spoken.insert(segments // 2, Segment(segments * 2.5, segments * 2.5 + 1, "Right.", speaker=S2))
    return make_transcript(*spoken, duration=segments * 5.0)


@needs_poppler
def test_pdf_long_turn_looks_like_one_paragraph(make_transcript, tmp_path, monkeypatch):
    """A turn of many pages is laid out a page at a time, yet exactly like one reportlab Paragraph."""
    t = _monologue(make_transcript, 400, line_breaks=False)
    assert len(build_document(t).entries[0].text) > 2 * pdf_format.LONG_PARAGRAPH
    paged = write_export(t, "pdf", tmp_path / "paged.pdf")
    monkeypatch.setattr(pdf_format, "LONG_PARAGRAPH", 10**9)  # one Paragraph per turn, however long
    whole = write_export(t, "pdf", tmp_path / "whole.pdf")
    layout = _pdf_text(paged, "-layout")
    assert layout.count("\f") >= 8, "the turns span many pages"
    assert layout == _pdf_text(whole, "-layout")
    text = _body(layout)
    assert text.count(f"{S1}:") == 2 and text.count(f"{S2}:") == 1
    positions = [text.index(f"Sentence {i} goes on") for i in range(400)]
    assert positions == sorted(positions)


@needs_poppler
def test_pdf_long_turn_keeps_line_breaks_and_every_word(make_transcript, tmp_path):
    # (one reportlab Paragraph would leave a blank line at the top of a page that starts after a line
    # break; the paged layout does not, so the two differ there)
    t = _monologue(make_transcript, 400)
    layout = _pdf_text(write_export(t, "pdf", tmp_path / "paged.pdf"), "-layout")
    lines = [line.strip() for line in layout.splitlines()]
    assert sum(line.startswith("A new line.") for line in lines) == len(range(0, 400, 41))
    expected = " ".join(f"{e.speaker}: {e.text}" for e in build_document(t, timestamps=False).entries)
    body = re.sub(r"\d\d:\d\d:\d\d", " ", _body(layout))
    assert "".join(body.split()) == "".join(expected.split())  # (the overlong word is cut over lines)


@needs_poppler
def test_pdf_long_turn_without_spaces(make_transcript, tmp_path):
    """Text written without spaces (joined without them, as in Japanese) is one long word: reportlab
    cuts it over lines and pages itself."""
    segments = [Segment(i, i + 1, f"Part{i:04d}Без" + "x" * 60, speaker=S1) for i in range(400)]
    t = make_transcript(*segments, language="ja")
    [entry] = build_document(t, timestamps=False).entries
    assert " " not in entry.text and len(entry.text) > 3 * pdf_format.LONG_PARAGRAPH
    layout = _pdf_text(write_export(t, "pdf", tmp_path / "ja.pdf", timestamps=False), "-layout")
    assert layout.count("\f") > 3
    assert "".join(_body(layout).split()) == f"{S1}:{entry.text}".replace(" ", "")


def test_pdf_long_turn_takes_time_in_proportion_to_its_length(make_transcript, monkeypatch):
    """Laying out a turn twice as long measures about twice as many words (2.28 times here; one reportlab
    Paragraph, split again for every page, 3.3 times, growing with the length)."""
    measured = 0
    string_width = rl_paragraph.stringWidth  # type: ignore[attr-defined]  # imported there, not in stubs

    def counting(*args, **kwargs):
        nonlocal measured
        measured += 1
        return string_width(*args, **kwargs)

    monkeypatch.setattr(rl_paragraph, "stringWidth", counting)
    counts = []
    for segments in (600, 1200):
        measured = 0
        pdf_format.to_pdf(_monologue(make_transcript, segments))
        counts.append(measured)
    assert counts[1] < 2.5 * counts[0], counts


# --- JSON and subtitles ----------------------------------------------------------------------------------


def test_json_keeps_the_speaker_of_every_segment(meeting):
    segments = json.loads(to_json(meeting))["segments"]
    assert [s["speaker"] for s in segments] == [S1, S1, S1, S2, S2, S2, None, S2, S1, S1]
    assert [s["text"] for s in segments] == [s.text for s in meeting.segments]


def test_vtt_and_srt_cues_carry_the_speaker(meeting, parse_vtt, parse_srt):
    vtt = [text for _, _, text in parse_vtt(render(meeting, "vtt"))]
    assert vtt[:2] == [f"<v {S1}>Hello, everyone.", f"<v {S1}>Thanks for coming."]
    assert [cue.split(">")[0] + ">" for cue in vtt if cue.startswith("<v ")] == (
        [f"<v {S1}>"] * 3 + [f"<v {S2}>"] * 3 + [f"<v {S1}>"] * 2
    )
    assert "(laughter)" in vtt
    srt = [text for _, _, text in parse_srt(render(meeting, "srt"))]
    assert srt[3] == f"{S2}: Thank you." and "(laughter)" in srt
