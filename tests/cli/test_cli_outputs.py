"""Where the command line writes its outputs: distinct names for same-named inputs of one `transcribe`, and
`library export --output` to a folder ("DIR/"), a symlink, a FIFO (with and without a reader) and a
private file — all through the real `iam-desktop` in a subprocess."""

from __future__ import annotations

import os
import stat
import subprocess
from pathlib import Path

import pytest
from helpers import SPEECH_TEXT, make_speech, wer
from helpers import iam_desktop_command as _command

from iam_desktop.audio.store import StoredAudio
from iam_desktop.export import recording_filename, render
from iam_desktop.library import Library
from iam_desktop.transcript import Segment, Transcript

OTHER_TEXT = "The river was cold and the children stayed inside to read books about ships and islands."
MAX_WER = 0.35
posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX symlinks, FIFOs and modes")



def cli(*args: str | os.PathLike[str], timeout: float = 240) -> subprocess.CompletedProcess[str]:
    """Run `iam-desktop ARGS` on the test's data folder (IAM_DATA_DIR)."""
    return subprocess.run(
        [*_command(), *map(str, args)],
        capture_output=True, text=True, encoding="utf-8", timeout=timeout, check=False,
    )  # fmt: skip


def test_transcribe_same_names_get_distinct_outputs(data_dir: Path, tmp_path: Path):
    """a/talk.wav and b/talk.wav: talk.txt holds a's text, talk-2.txt b's, and stderr says so."""
    first, second = tmp_path / "a" / "talk.wav", tmp_path / "b" / "talk.wav"
    first.parent.mkdir()
    second.parent.mkdir()
    make_speech(SPEECH_TEXT, first)
    make_speech(OTHER_TEXT, second)
    out = tmp_path / "new" / "out"
    proc = cli("transcribe", "--language", "en", "--format", "txt", "--output", f"{out}/", first, second)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    assert [line.split("\t")[1] for line in proc.stdout.splitlines()] == [str(first), str(second)]
    assert sorted(os.listdir(out)) == ["talk-2.txt", "talk.txt"]
    assert wer(SPEECH_TEXT, (out / "talk.txt").read_text(encoding="utf-8")) <= MAX_WER
    assert wer(OTHER_TEXT, (out / "talk-2.txt").read_text(encoding="utf-8")) <= MAX_WER
    note = f"note: {second} → {out / 'talk-2.txt'} (talk.txt was taken by {first})"
    assert note in proc.stderr.splitlines(), proc.stderr


# --- library export, on a library built in the test ---------------------------------------------------------


def _add(library: Library, title: str, text: str) -> int:
    """A recording (exports need no audio) with a one-segment transcript."""
    stored = StoredAudio(sha256="cd" * 32, relpath=f"cd/{'cd' * 32}.wav", size=10)
    rid = library.add_recording(
        title=title, duration=10.0, sample_rate=16000, channels=1, stored=stored, source_path=None
    )
    transcript = Transcript(
        title=title, duration=10.0, engine="local", model="tiny.en", language="en",
        segments=[Segment(0.0, 4.0, text)],
    )  # fmt: skip
    library.save_transcript(rid, transcript)
    return rid


@pytest.fixture
def seeded(library: Library) -> dict:
    """Two recordings with the same title and different transcripts; the library is closed after."""
    ids = [_add(library, "Talk", "First talk."), _add(library, "Talk", "Second talk.")]
    texts = {rid: render(library.get_transcript(rid), "txt") for rid in ids}
    library.close()  # the subprocess opens the library itself
    return {"ids": ids, "texts": texts}


def test_export_all_same_titles_never_overwrite(seeded: dict, tmp_path: Path):
    out = tmp_path / "out"
    proc = cli("library", "export", "--all", "--format", "txt", "--output", out)
    assert proc.returncode == 0, proc.stderr
    names = {rid: recording_filename("Talk", rid, "txt") for rid in seeded["ids"]}
    assert sorted(os.listdir(out)) == sorted(names.values()) and len(set(names.values())) == 2
    for rid, name in names.items():
        assert (out / name).read_text(encoding="utf-8") == seeded["texts"][rid]


def test_export_one_trailing_slash_is_a_new_folder(seeded: dict, tmp_path: Path):
    rid = seeded["ids"][0]
    folder = tmp_path / "newdir"
    proc = cli("library", "export", rid, "--format", "txt", "--output", f"{folder}/")
    assert proc.returncode == 0, proc.stderr
    assert folder.is_dir(), "a file named newdir was written"
    target = folder / recording_filename("Talk", rid, "txt")
    assert proc.stdout == f"{target}\n"
    assert target.read_text(encoding="utf-8") == seeded["texts"][rid]


@posix_only
def test_export_one_through_a_symlink_keeps_link_and_mode(seeded: dict, tmp_path: Path):
    rid = seeded["ids"][1]
    real = tmp_path / "real.txt"
    real.write_text("old\n")
    real.chmod(0o600)
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    proc = cli("library", "export", rid, "--format", "txt", "--output", link)
    assert proc.returncode == 0, proc.stderr
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text(encoding="utf-8") == seeded["texts"][rid]
    assert stat.S_IMODE(real.stat().st_mode) == 0o600
    assert sorted(os.listdir(tmp_path)) == sorted(["iam-data", "link.txt", "real.txt"])


@posix_only
def test_export_one_new_file_is_private(seeded: dict, tmp_path: Path):
    target = tmp_path / "new.txt"
    proc = cli("library", "export", seeded["ids"][0], "--format", "txt", "--output", target)
    assert proc.returncode == 0, proc.stderr
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


@posix_only
def test_export_one_into_a_fifo_nobody_reads(seeded: dict, tmp_path: Path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    try:
        proc = cli("library", "export", seeded["ids"][0], "--format", "txt", "--output", fifo, timeout=60)
    finally:  # had it blocked, opening the read end lets it go on
        os.close(os.open(fifo, os.O_RDONLY | os.O_NONBLOCK))
    assert (proc.returncode, proc.stdout) == (1, "")
    assert proc.stderr == f"error: cannot write {fifo}: nobody is reading FIFO {fifo}\n"
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


@posix_only
def test_export_one_into_a_fifo_with_a_reader(seeded: dict, tmp_path: Path):
    """The export goes into the pipe another party reads (here the test, its read end open first)."""
    rid = seeded["ids"][1]
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    try:
        proc = cli("library", "export", rid, "--format", "txt", "--output", fifo, timeout=60)
        received = os.read(reader, 1 << 16)  # a few bytes: the pipe's buffer holds them all
        assert os.read(reader, 1 << 16) == b"", "the writer closed its end"
    finally:
        os.close(reader)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == f"{fifo}\n"
    assert received == seeded["texts"][rid].encode("utf-8")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
