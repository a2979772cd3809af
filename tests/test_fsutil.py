"""fsutil: the one atomic, durable way to replace a file's content (temp file, fsync, os.replace, fsync of
the folder), on real files, with a real full file system."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest
from helpers import fill_disk, tiny_filesystem

from iam_desktop import fsutil
from iam_desktop.fsutil import atomic_write, atomic_writer, pending_file

needs_root = pytest.mark.skipif(os.name != "posix" or os.geteuid() != 0, reason="mounting needs root")


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_the_content_is_replaced_whole(tmp_path: Path):
    target = tmp_path / "settings.json"
    target.write_bytes(b"a much longer old content that must not leave a tail behind")
    atomic_write(target, "née ✓")
    assert target.read_bytes() == "née ✓".encode()
    atomic_write(target, b"\x00\xff")
    assert target.read_bytes() == b"\x00\xff"
    assert names(tmp_path) == ["settings.json"]  # no temporary file left


def test_the_file_and_its_folder_are_fsynced_before_and_after_the_rename(tmp_path: Path, monkeypatch):
    target = tmp_path / "out.txt"
    synced: list[tuple[str, bytes | None]] = []
    real_fsync = os.fsync

    def recording_fsync(fd: int) -> None:
        path = Path(os.readlink(f"/proc/self/fd/{fd}"))
        synced.append((path.name, target.read_bytes() if target.exists() else None))
        real_fsync(fd)

    if not Path("/proc/self/fd").is_dir():
        pytest.skip("needs /proc to name a file descriptor")
    monkeypatch.setattr(os, "fsync", recording_fsync)
    atomic_write(target, b"new")
    monkeypatch.undo()
    (temp_name, before), (folder_name, after) = synced
    assert temp_name.startswith(".out.txt.") and temp_name.endswith(".tmp") and before is None
    assert folder_name == tmp_path.name and after == b"new"


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_new_files_are_private_unless_a_mode_is_given(tmp_path: Path):
    old_umask = os.umask(0o022)
    try:
        atomic_write(tmp_path / "private", b"x")
        atomic_write(tmp_path / "public", b"x", mode=0o644)
        with atomic_writer(tmp_path / "streamed") as out:
            out.write(b"x")
    finally:
        os.umask(old_umask)
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in tmp_path.iterdir()}
    assert modes == {"private": 0o600, "public": 0o644, "streamed": 0o600}


def test_an_error_inside_the_block_leaves_the_old_file_and_no_temporary(tmp_path: Path):
    target = tmp_path / "model.bin"
    target.write_bytes(b"old")
    with pytest.raises(ValueError, match="checksum"), atomic_writer(target) as out:
        out.write(b"half of the new")
        raise ValueError("checksum mismatch")
    assert target.read_bytes() == b"old" and names(tmp_path) == ["model.bin"]
    with pytest.raises(KeyboardInterrupt), atomic_writer(target) as out:
        out.write(b"half")
        raise KeyboardInterrupt
    assert target.read_bytes() == b"old" and names(tmp_path) == ["model.bin"]


def test_a_missing_folder_is_an_oserror_and_creates_nothing(tmp_path: Path):
    with pytest.raises(FileNotFoundError):
        atomic_write(tmp_path / "missing" / "file", b"x")
    assert names(tmp_path) == []


def test_a_pending_file_written_by_name_is_committed_or_removed(tmp_path: Path):
    with pending_file(tmp_path, prefix=".import-", suffix=".part") as pending:
        pending.close()
        pending.path.write_bytes(b"written by another handle")  # as a muxer does
        assert pending.path.name.startswith(".import-") and pending.path.suffix == ".part"
        pending.commit(tmp_path / "stored.flac")
    assert names(tmp_path) == ["stored.flac"]
    assert (tmp_path / "stored.flac").read_bytes() == b"written by another handle"
    with pending_file(tmp_path) as pending:  # the same content was already stored: not committed
        pending.write(b"duplicate")
    assert names(tmp_path) == ["stored.flac"] and not pending.committed


def test_a_failing_rename_keeps_the_old_file(tmp_path: Path, monkeypatch):
    target = tmp_path / "out.txt"
    target.write_bytes(b"old")

    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(OSError, match="No space left"):
        atomic_write(target, b"new")
    monkeypatch.undo()
    assert target.read_bytes() == b"old" and names(tmp_path) == ["out.txt"]


def test_a_folder_fsync_failure_is_not_an_error(tmp_path: Path, monkeypatch):
    """Some file systems cannot fsync a folder: the rename has happened, the write counts as done."""
    real_fsync = os.fsync
    calls = []

    def fsync(fd: int) -> None:
        calls.append(fd)
        if len(calls) == 2:  # the folder's
            raise OSError(errno.EINVAL, os.strerror(errno.EINVAL))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    fsutil.atomic_write(tmp_path / "f", b"new")
    monkeypatch.undo()
    assert len(calls) == 2 and (tmp_path / "f").read_bytes() == b"new"


@needs_root
def test_a_really_full_disk_fails_mid_write_and_leaves_the_old_file(tmp_path: Path):
    """On a real 1 MB file system filled up: ENOSPC while writing, the old content intact, no temp."""
    with tiny_filesystem(tmp_path / "small", "1m") as mount:
        target = mount / "settings.json"
        atomic_write(target, b"old")
        filler = fill_disk(mount, leave=8192)
        with pytest.raises(OSError) as caught:
            atomic_write(target, b"n" * 200_000)  # the first blocks fit, the rest does not
        assert caught.value.errno == errno.ENOSPC
        assert target.read_bytes() == b"old"
        assert names(mount) == [".filler", "settings.json"]
        filler.unlink()
        atomic_write(target, b"n" * 200_000)  # with room again it works
        assert target.read_bytes() == b"n" * 200_000 and names(mount) == ["settings.json"]
