"""`iam-desktop library export` run as a real subprocess against a library built in the test."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from helpers import iam_desktop_command as _command

from iam_desktop.audio.store import StoredAudio
from iam_desktop.export import render
from iam_desktop.library import Library
from iam_desktop.transcript import Segment, Transcript

UNICODE = "Ngiyabonga — café €, Ελληνικά, Zoë"



def cli(*args: str | os.PathLike[str]) -> subprocess.CompletedProcess[str]:
    """Run `iam-desktop library export ARGS` on the test's data folder (IAM_DATA_DIR)."""
    return subprocess.run(
        [*_command(), "library", "export", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def _add(library: Library, title: str, *texts: str) -> int:
    """A recording (audio is not needed for exports) with a transcript of `texts`, if any."""
    stored = StoredAudio(sha256="ab" * 32, relpath=f"ab/{'ab' * 32}.wav", size=10)
    rid = library.add_recording(
        title=title, duration=30.0, sample_rate=16000, channels=1, stored=stored, source_path=None
    )
    if texts:
        segments = [
            Segment(i * 5.0, i * 5.0 + 4.0, text, speaker=("Ann", "Bob")[i % 2])
            for i, text in enumerate(texts)
        ]
        transcript = Transcript(
            title=title, duration=30.0, engine="local", model="tiny.en", language="en", segments=segments
        )
        library.save_transcript(rid, transcript)
    return rid


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder for the exports (tmp_path also holds the test's data folder)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def seeded(library: Library) -> dict[str, int]:
    """Three recordings: two with transcripts (one with an awkward title), one without; library closed."""
    ids = {
        "interview": _add(library, "Interview", "Hello there.", UNICODE),
        "plan": _add(library, 'Q3: plan/review "final"', "Second recording.", "Its end."),
        "empty": _add(library, "Not transcribed yet"),
    }
    library.close()  # the subprocess opens the library itself
    return ids


def _expected(library: Library, rid: int, fmt: str) -> str:
    return render(library.get_transcript(rid), fmt)


def test_export_one_txt(seeded, library, out):
    target = out / "out.txt"
    proc = cli(seeded["interview"], "--format", "txt", "--output", target)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == f"{target}\n" and proc.stderr == ""
    assert target.read_text(encoding="utf-8") == f"Ann: Hello there.\nBob: {UNICODE}\n"
    assert target.read_text(encoding="utf-8") == _expected(library, seeded["interview"], "txt")
    assert os.listdir(out) == ["out.txt"]


def test_export_one_replaces_existing_file(seeded, out):
    target = out / "out.srt"
    target.write_text("old\n")
    assert cli(seeded["plan"], "--format", "srt", "--output", target).returncode == 0
    assert target.read_text(encoding="utf-8").startswith(
        "1\n00:00:00,000 --> 00:00:04,000\nAnn: Second recording."
    )
    assert os.listdir(out) == ["out.srt"]


def test_export_one_into_a_folder(seeded, out):
    proc = cli(seeded["plan"], "--format", "json", "--output", out)
    expected = out / f"Q3_ plan_review _final_-{seeded['plan']}.json"
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == f"{expected}\n" and expected.is_file()


def test_export_one_docx(seeded, out):
    target = out / "Interview.docx"
    assert cli(seeded["interview"], "--format", "docx", "--output", target).returncode == 0
    document = docx.Document(io.BytesIO(target.read_bytes()))
    texts = [p.text for p in document.paragraphs]
    assert texts[0] == "Interview"
    assert texts[texts.index("Transcript") + 1 :] == [
        "00:00:00  Ann: Hello there.",
        f"00:00:05  Bob: {UNICODE}",
    ]


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")
def test_export_one_pdf(seeded, out):
    target = out / "Interview.pdf"
    assert cli(seeded["interview"], "--format", "pdf", "--output", target).returncode == 0
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(target), "-"], capture_output=True, check=True
    ).stdout.decode("utf-8")
    assert f"00:00:05 Bob: {UNICODE}" in " ".join(text.split())


def test_export_missing_id(seeded, out):
    proc = cli("999", "--format", "txt", "--output", out / "x.txt")
    assert (proc.returncode, proc.stdout, proc.stderr) == (1, "", "error: no recording with ID 999\n")
    assert os.listdir(out) == []


def test_export_without_transcript(seeded, out):
    proc = cli(seeded["empty"], "--format", "pdf", "--output", out / "x.pdf")
    assert proc.returncode == 1
    assert proc.stderr == f"error: recording {seeded['empty']} has no transcript\n"
    assert os.listdir(out) == []


def test_export_to_missing_folder(seeded, out):
    target = out / "missing" / "x.docx"
    proc = cli(seeded["interview"], "--format", "docx", "--output", target)
    assert (proc.returncode, proc.stdout) == (1, "")
    assert proc.stderr == f"error: folder does not exist: {target.parent}\n"
    assert os.listdir(out) == []


@pytest.mark.parametrize(
    "args",
    [
        ["1", "--all", "--format", "txt", "--output", "out"],
        ["--format", "txt", "--output", "out"],
    ],
)
def test_usage_errors(seeded, out, args):
    proc = subprocess.run(
        [*_command(), "library", "export", *args], capture_output=True, text=True, cwd=out, check=False
    )
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.startswith("usage: iam-desktop library export")
    assert "iam-desktop library export: error: " in proc.stderr and "Traceback" not in proc.stderr
    assert os.listdir(out) == []


def test_export_all(seeded, library, out):
    folder = out / "exports" / "deeper"
    proc = cli("--all", "--format", "txt", "--output", folder)
    assert proc.returncode == 0, proc.stderr
    names = {
        f"Interview-{seeded['interview']}.txt": seeded["interview"],
        f"Q3_ plan_review _final_-{seeded['plan']}.txt": seeded["plan"],
    }
    assert sorted(os.listdir(folder)) == sorted(names)
    assert sorted(proc.stdout.splitlines()) == sorted(str(folder / name) for name in names)
    for name, rid in names.items():
        assert (folder / name).read_text(encoding="utf-8") == _expected(library, rid, "txt")


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_export_all_documents(seeded, out, fmt):
    proc = cli("--all", "--format", fmt, "--output", out)
    assert proc.returncode == 0, proc.stderr
    assert len(proc.stdout.splitlines()) == 2
    assert sorted(os.listdir(out)) == sorted(
        [f"Interview-{seeded['interview']}.{fmt}", f"Q3_ plan_review _final_-{seeded['plan']}.{fmt}"]
    )


def test_export_all_one_fails_others_written(seeded, out):
    blocked = out / f"Interview-{seeded['interview']}.srt"
    blocked.mkdir()  # a folder where the file should go
    proc = cli("--all", "--format", "srt", "--output", out)
    assert proc.returncode == 1
    written = out / f"Q3_ plan_review _final_-{seeded['plan']}.srt"
    assert proc.stdout == f"{written}\n" and written.is_file()
    assert proc.stderr == f"error: recording {seeded['interview']}: cannot write {blocked}: it is a folder\n"
    assert blocked.is_dir() and not any(blocked.iterdir())


def test_export_all_output_is_a_file(seeded, out):
    target = out / "a file"
    target.write_text("keep\n")
    proc = cli("--all", "--format", "txt", "--output", target)
    assert (proc.returncode, proc.stdout) == (1, "")
    assert proc.stderr.startswith(f"error: cannot create folder {target}: ")
    assert target.read_text() == "keep\n"


def test_export_all_empty_library(library, out):
    library.close()
    proc = cli("--all", "--format", "json", "--output", out / "new")
    assert (proc.returncode, proc.stdout, proc.stderr) == (0, "", "")
    assert os.listdir(out / "new") == []


def test_export_all_skips_the_trash(library, out):
    kept = _add(library, "Kept", "Still here.")
    gone = _add(library, "Gone", "In the trash.")
    library.items.delete([gone])
    library.close()
    proc = cli("--all", "--format", "txt", "--output", out)
    assert proc.returncode == 0, proc.stderr
    assert os.listdir(out) == [f"Kept-{kept}.txt"]
