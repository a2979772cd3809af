"""Summaries in exports: a section per summary before the transcript in TXT, DOCX (read back with
python-docx) and PDF (pdftotext), a "summaries" list in JSON, SRT/VTT unchanged; none given, every format
as before; and the library's exports (bulk, `library export`) with their default and the opt-out."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import docx
import pytest
from helpers import iam_desktop_command

from iam_desktop.audio.store import StoredAudio
from iam_desktop.export import from_json, render, render_bytes, write_export
from iam_desktop.export.bulk import export_recordings
from iam_desktop.export.document import build_document
from iam_desktop.library import Library
from iam_desktop.summaries.model import (
    ACTION_ITEMS,
    CHAPTERS,
    CLOUD,
    KEY_POINTS,
    OFFLINE,
    SUMMARY,
    Chapter,
    Summary,
)
from iam_desktop.transcript import Segment, Transcript

needs_poppler = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")
MADE = datetime(2024, 5, 1, 13, 0, 0, tzinfo=UTC)


@pytest.fixture
def talk(make_transcript) -> Transcript:
    return make_transcript(
        Segment(0.0, 2.5, "Hello there.", speaker="Ann"),
        Segment(65.0, 70.0, "The budget is over by ten percent.", speaker="Bob"),
        recording_id=7,
    )


@pytest.fixture
def summaries() -> list[Summary]:
    return [
        Summary(SUMMARY, OFFLINE, "Ann greets Bob.\n\nBob reports the budget overrun.", created_at=MADE),
        Summary(
            KEY_POINTS,
            CLOUD,
            "- The budget is over by 10 %.\n- Ann & Bob <agree>.",
            model="gpt-4o-mini",
            instruction="Keep it short",
            created_at=MADE,
            edited=True,
        ),  # fmt: skip
        Summary(ACTION_ITEMS, CLOUD, "- Bob: cut costs [1:05]", stale=True),
        Summary(CHAPTERS, OFFLINE, "", chapters=(Chapter(0.0, "Greetings"), Chapter(65.0, "Budget"))),
    ]


HEADINGS = [
    "Summary (offline summary)",
    "Key points (OpenAI gpt-4o-mini)",
    "Action items (OpenAI) (may be out of date)",
    "Chapters (offline summary)",
]


def _docx(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


def _pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True, timeout=60
    ).stdout.decode("utf-8")


# --- the formats ---------------------------------------------------------------------------------------


def test_txt_has_the_summaries_before_the_transcript(talk, summaries):
    assert render(talk, "txt", summaries=summaries) == (
        "Summary (offline summary)\n"
        "Ann greets Bob.\n\nBob reports the budget overrun.\n\n"
        "Key points (OpenAI gpt-4o-mini)\nInstruction: Keep it short\n"
        "- The budget is over by 10 %.\n- Ann & Bob <agree>.\n\n"
        "Action items (OpenAI) (may be out of date)\n- Bob: cut costs [1:05]\n\n"
        "Chapters (offline summary)\n[0:00] Greetings\n[1:05] Budget\n\n"
        "Transcript\n"
        "Ann: Hello there.\nBob: The budget is over by ten percent.\n"
    )
    with_times = render(talk, "txt", timestamps=True, summaries=summaries[:1])
    assert with_times.endswith(
        "Transcript\n[00:00:00] Ann: Hello there.\n[00:01:05] Bob: The budget is over by ten percent.\n"
    )


def test_without_summaries_every_format_is_as_before(talk, summaries):
    assert (
        render(talk, "txt")
        == render(talk, "txt", summaries=[])
        == ("Ann: Hello there.\nBob: The budget is over by ten percent.\n")
    )
    assert "summaries" not in json.loads(render(talk, "json"))
    assert build_document(talk).summaries == ()
    headings = [
        p.text for p in _docx(render_bytes(talk, "docx")).paragraphs if p.style.name.startswith("Heading")
    ]
    assert headings == ["Transcript"]
    for fmt in ("srt", "vtt"):  # subtitles never show summaries
        assert render(talk, fmt, summaries=summaries) == render(talk, fmt)


def test_json_lists_the_summaries_before_the_segments(talk, summaries):
    out = render(talk, "json", summaries=summaries)
    document = json.loads(out)
    keys = list(document)
    assert keys.index("edited") < keys.index("summaries") < keys.index("text") < keys.index("segments")
    assert document["summaries"][1] == {
        "preset": "key-points", "engine": "openai", "model": "gpt-4o-mini", "instruction": "Keep it short",
        "created_at": "2024-05-01T13:00:00Z", "edited": True, "stale": False,
        "text": "- The budget is over by 10 %.\n- Ann & Bob <agree>.", "chapters": [],
    }  # fmt: skip
    assert [s["preset"] for s in document["summaries"]] == [SUMMARY, KEY_POINTS, ACTION_ITEMS, CHAPTERS]
    assert [s["stale"] for s in document["summaries"]] == [False, False, True, False]
    assert document["summaries"][3]["chapters"] == [
        {"start": 0.0, "title": "Greetings"}, {"start": 65.0, "title": "Budget"},
    ]  # fmt: skip
    assert document["summaries"][2]["created_at"] is None and document["summaries"][0]["model"] is None
    assert from_json(out) == talk  # the transcript still reads back


def test_docx_has_a_section_per_summary_before_the_transcript(talk, summaries):
    paragraphs = _docx(render_bytes(talk, "docx", summaries=summaries)).paragraphs
    texts = [p.text for p in paragraphs]
    headings = [p.text for p in paragraphs if p.style.name == "Heading 1"]
    assert headings == [*HEADINGS, "Transcript"]
    start = texts.index(HEADINGS[0])
    assert texts[start : texts.index("Transcript")] == [
        HEADINGS[0], "Ann greets Bob.", "Bob reports the budget overrun.",
        HEADINGS[1], "Instruction: Keep it short", "The budget is over by 10 %.", "Ann & Bob <agree>.",
        HEADINGS[2], "Bob: cut costs [1:05]",
        HEADINGS[3], "[0:00] Greetings", "[1:05] Budget",
    ]  # fmt: skip
    bullets = [p.text for p in paragraphs if p.style.name == "List Bullet"]
    assert bullets == ["The budget is over by 10 %.", "Ann & Bob <agree>.", "Bob: cut costs [1:05]"]
    instruction = paragraphs[texts.index("Instruction: Keep it short")]
    assert all(run.italic for run in instruction.runs)
    assert texts[-2:] == ["00:00:00  Ann: Hello there.", "00:01:05  Bob: The budget is over by ten percent."]


@needs_poppler
def test_pdf_has_the_summaries_before_the_transcript(talk, summaries, tmp_path):
    target = write_export(talk, "pdf", tmp_path / "talk.pdf", summaries=summaries)
    lines = [line.strip() for line in _pdf_text(target).splitlines() if line.strip()]
    positions = [lines.index(heading) for heading in [*HEADINGS, "Transcript"]]
    assert positions == sorted(positions)
    assert lines[positions[0] + 1 : positions[1]] == ["Ann greets Bob.", "Bob reports the budget overrun."]
    assert lines[positions[1] + 1 : positions[2]] == [
        "Instruction: Keep it short", "• The budget is over by 10 %.", "• Ann & Bob <agree>.",
    ]  # fmt: skip
    assert lines[positions[3] + 1 : positions[4]] == ["[0:00] Greetings", "[1:05] Budget"]
    assert "00:01:05 Bob: The budget is over by ten percent." in lines[positions[4] :]
    without = write_export(talk, "pdf", tmp_path / "plain.pdf")
    assert "Summary (offline summary)" not in _pdf_text(without)


# --- the library's exports -----------------------------------------------------------------------------


def _seed(library: Library) -> int:
    stored = StoredAudio(sha256="ab" * 32, relpath=f"ab/{'ab' * 32}.wav", size=10)
    rid = library.add_recording(
        title="Budget talk", duration=80.0, sample_rate=16000, channels=1, stored=stored, source_path=None
    )
    segments = [Segment(0.0, 2.5, "Hello there.", speaker="Ann"), Segment(65.0, 70.0, "Costs are up.")]
    library.save_transcript(rid, Transcript("Budget talk", 80.0, "local", "tiny.en", "en", segments))
    library.summaries.add(rid, Summary(KEY_POINTS, OFFLINE, "- an old key point"))
    library.summaries.mark_stale(rid)  # made before the transcript changed: left out by default
    library.summaries.add(rid, Summary(SUMMARY, OFFLINE, "Costs went up."))
    library.summaries.add(rid, Summary(SUMMARY, OFFLINE, "Ann said hello; costs went up."))
    return rid


def test_a_bulk_export_shows_the_newest_fresh_summaries_unless_told_not_to(library, tmp_path):
    rid = _seed(library)
    [written] = export_recordings(library, [rid], "txt", tmp_path).written
    assert written.read_text(encoding="utf-8") == (
        "Summary (offline summary)\nAnn said hello; costs went up.\n\n"
        "Transcript\nAnn: Hello there.\nCosts are up.\n"
    )
    [plain] = export_recordings(library, [rid], "txt", tmp_path, summaries=False).written
    assert plain.read_text(encoding="utf-8") == "Ann: Hello there.\nCosts are up.\n"


def _cli(*args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*iam_desktop_command(), "library", "export", *map(str, args)],
        capture_output=True, text=True, encoding="utf-8", timeout=120, check=False,
    )  # fmt: skip


def test_library_export_includes_the_summaries_and_no_summaries_leaves_them_out(library, tmp_path):
    rid = _seed(library)
    library.close()  # the command opens the library itself
    proc = _cli(rid, "--format", "json", "--output", tmp_path / "with.json")
    assert proc.returncode == 0, proc.stderr
    document = json.loads((tmp_path / "with.json").read_text(encoding="utf-8"))
    assert [(s["preset"], s["text"], s["stale"]) for s in document["summaries"]] == [
        ("summary", "Ann said hello; costs went up.", False),
    ]
    proc = _cli(rid, "--format", "docx", "--output", tmp_path / "without.docx", "--no-summaries")
    assert proc.returncode == 0, proc.stderr
    paragraphs = _docx((tmp_path / "without.docx").read_bytes()).paragraphs
    assert [p.text for p in paragraphs if p.style.name == "Heading 1"] == ["Transcript"]
    assert not any("costs went up" in p.text for p in paragraphs)
