"""write_export (atomic, plain errors) and export_filename."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from iam_desktop.errors import ExportError
from iam_desktop.export import FORMATS, export_filename, render, write_export

OLD = b"old content\n"


@pytest.mark.parametrize("fmt", FORMATS)
def test_writes_utf8(sample, tmp_path, fmt):
    target = tmp_path / f"out.{fmt}"
    result = write_export(sample, fmt, target)
    assert result == target and isinstance(result, Path)
    assert target.read_bytes() == render(sample, fmt).encode("utf-8")
    assert "Ngiyabonga — café €" in target.read_text(encoding="utf-8")
    assert os.listdir(tmp_path) == [target.name]


def test_accepts_str_path_and_replaces_existing(sample, tmp_path):
    target = tmp_path / "out.txt"
    target.write_bytes(OLD)
    assert write_export(sample, "txt", str(target)) == target
    assert target.read_text(encoding="utf-8") == render(sample, "txt")
    assert os.listdir(tmp_path) == ["out.txt"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_new_file_is_private_whatever_the_umask(sample, tmp_path):
    umask = os.umask(0o022)
    try:
        write_export(sample, "txt", tmp_path / "out.txt")
    finally:
        os.umask(umask)
    assert (tmp_path / "out.txt").stat().st_mode & 0o777 == 0o600, "transcripts are private"


def test_missing_folder(sample, tmp_path):
    target = tmp_path / "missing" / "deeper" / "out.srt"
    with pytest.raises(ExportError, match=r"^folder does not exist: .*deeper$"):
        write_export(sample, "srt", target)
    assert os.listdir(tmp_path) == []


def test_unknown_format_writes_nothing(sample, tmp_path):
    with pytest.raises(ExportError, match="unknown export format: odt"):
        write_export(sample, "odt", tmp_path / "out.odt")
    assert os.listdir(tmp_path) == []


def test_target_is_a_folder(sample, tmp_path):
    (tmp_path / "out.txt").mkdir()
    with pytest.raises(ExportError, match="it is a folder"):
        write_export(sample, "txt", tmp_path / "out.txt")
    assert os.listdir(tmp_path) == ["out.txt"] and (tmp_path / "out.txt").is_dir()


def _assert_untouched(folder: Path, target: Path) -> None:
    assert target.read_bytes() == OLD
    assert os.listdir(folder) == [target.name], "temporary file left behind"


def test_replace_refused(sample, tmp_path, monkeypatch):
    """A read-only folder or a target locked by another program (tests run as root, so simulate it)."""
    target = tmp_path / "out.vtt"
    target.write_bytes(OLD)

    def refuse(src, dst):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(dst))

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ExportError, match=r"^cannot write .*out\.vtt: Permission denied$"):
        write_export(sample, "vtt", target)
    monkeypatch.undo()
    _assert_untouched(tmp_path, target)


def test_temp_file_cannot_be_created(sample, tmp_path, monkeypatch):
    target = tmp_path / "out.txt"
    target.write_bytes(OLD)

    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(ExportError, match=r"^cannot write .*out\.txt: Permission denied$"):
        write_export(sample, "txt", target)
    monkeypatch.undo()
    _assert_untouched(tmp_path, target)


def test_disk_full_midway(sample, tmp_path, monkeypatch):
    """The first write succeeds partly, the next one fails: the half-written temp file must go."""
    target = tmp_path / "out.json"
    target.write_bytes(OLD)
    real_write = os.write
    calls = []

    def half_then_full(fd, data):
        calls.append(len(data))
        if len(calls) == 1:
            return real_write(fd, bytes(data[: len(data) // 2]))
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "write", half_then_full)
    with pytest.raises(ExportError, match=r"^cannot write .*out\.json: disk is full$"):
        write_export(sample, "json", target)
    monkeypatch.undo()
    assert len(calls) == 2
    _assert_untouched(tmp_path, target)


def test_short_writes_are_completed(sample, tmp_path, monkeypatch):
    real_write = os.write
    monkeypatch.setattr(os, "write", lambda fd, data: real_write(fd, bytes(data[:7])))
    write_export(sample, "srt", tmp_path / "out.srt")
    monkeypatch.undo()
    assert (tmp_path / "out.srt").read_text(encoding="utf-8") == render(sample, "srt")


def test_fsync_fails(sample, tmp_path, monkeypatch):
    target = tmp_path / "out.txt"
    target.write_bytes(OLD)

    def fail(fd):
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    monkeypatch.setattr(os, "fsync", fail)
    with pytest.raises(ExportError, match=r"^cannot write .*out\.txt: Input/output error$"):
        write_export(sample, "txt", target)
    monkeypatch.undo()
    _assert_untouched(tmp_path, target)


def test_interrupt_cleans_up_and_propagates(sample, tmp_path, monkeypatch):
    target = tmp_path / "out.txt"
    target.write_bytes(OLD)

    def interrupt(fd):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupt)
    with pytest.raises(KeyboardInterrupt):
        write_export(sample, "txt", target)
    monkeypatch.undo()
    _assert_untouched(tmp_path, target)


@pytest.mark.parametrize(
    ("stem", "fmt", "expected"),
    [
        ("Interview", "txt", "Interview.txt"),
        ("Ngiyabonga — café €", "srt", "Ngiyabonga — café €.srt"),
        ('a<b>c:d"e/f\\g|h?i*j', "vtt", "a_b_c_d_e_f_g_h_i_j.vtt"),
        ("tab\there\nnewline\x00nul\x1f\x7f", "json", "tab_here_newline_nul__.json"),
        ("ends with dots...", "txt", "ends with dots.txt"),
        ("ends with spaces . . ", "txt", "ends with spaces.txt"),
        ("  leading", "txt", "leading.txt"),
        (".hidden", "txt", "hidden.txt"),
        ("", "txt", "transcript.txt"),
        ("   ", "srt", "transcript.srt"),
        ("...", "srt", "transcript.srt"),
        ("..", "srt", "transcript.srt"),
        ("???", "txt", "___.txt"),
        ("CON", "txt", "CON_.txt"),
        ("nul", "txt", "nul_.txt"),
        ("com1.backup", "txt", "com1.backup_.txt"),
        ("Console", "txt", "Console.txt"),
        ("v1.2 final", "json", "v1.2 final.json"),
    ],
)
def test_export_filename(stem, fmt, expected):
    assert export_filename(stem, fmt) == expected


def test_export_filename_length_capped():
    name = export_filename("é" * 300, "json")
    assert len(name.encode("utf-8")) <= 255
    assert name.endswith("é.json")


def test_export_filename_unknown_format():
    with pytest.raises(ExportError, match="unknown export format: odt"):
        export_filename("x", "odt")
