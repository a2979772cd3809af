"""What `write_export` does with what stands at the target (symlink, FIFO, device, file modes), and the
distinct output names one command gives to same-named inputs (`distinct_targets`)."""

from __future__ import annotations

import os
import stat
import threading
import time
from pathlib import Path

import pytest

from iam_desktop.errors import ExportError
from iam_desktop.export import render, write_export

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX file kinds and modes")
OLD = b"old content\n"


@posix_only
def test_symlink_is_written_through_and_stays_a_symlink(sample, tmp_path):
    real = tmp_path / "real" / "notes.txt"
    real.parent.mkdir()
    real.write_bytes(OLD)
    os.chmod(real, 0o640)
    link = tmp_path / "link.txt"
    link.symlink_to(Path("real") / "notes.txt")  # relative, as `ln -s` makes them
    assert write_export(sample, "txt", link) == link
    assert link.is_symlink() and os.readlink(link) == os.path.join("real", "notes.txt")
    assert real.read_text(encoding="utf-8") == render(sample, "txt")
    assert stat.S_IMODE(real.stat().st_mode) == 0o640
    assert sorted(os.listdir(tmp_path)) == ["link.txt", "real"]
    assert os.listdir(real.parent) == ["notes.txt"], "temporary file left behind"


@posix_only
def test_symlink_chain_and_dangling_symlink(sample, tmp_path):
    final = tmp_path / "final.srt"
    (tmp_path / "middle.srt").symlink_to(final)  # dangling: final does not exist yet
    (tmp_path / "first.srt").symlink_to(tmp_path / "middle.srt")
    write_export(sample, "srt", tmp_path / "first.srt")
    assert (tmp_path / "first.srt").is_symlink() and (tmp_path / "middle.srt").is_symlink()
    assert final.read_text(encoding="utf-8") == render(sample, "srt")
    assert stat.S_IMODE(final.stat().st_mode) == 0o600


@posix_only
def test_symlink_loop_is_a_clear_error(sample, tmp_path):
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    with pytest.raises(ExportError, match=r"^cannot write .*a\.txt: Too many levels of symbolic links$"):
        write_export(sample, "txt", tmp_path / "a.txt")
    assert sorted(os.listdir(tmp_path)) == ["a.txt", "b.txt"]


@posix_only
@pytest.mark.parametrize("mode", [0o600, 0o640, 0o444, 0o755])
def test_existing_file_keeps_its_mode(sample, tmp_path, mode):
    target = tmp_path / "out.txt"
    target.write_bytes(OLD)
    os.chmod(target, mode)
    umask = os.umask(0o022)
    try:
        write_export(sample, "txt", target)
    finally:
        os.umask(umask)
    assert target.read_text(encoding="utf-8") == render(sample, "txt")
    assert stat.S_IMODE(target.stat().st_mode) == mode
    assert os.listdir(tmp_path) == ["out.txt"]


@posix_only
@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="changing owners needs root")
def test_existing_file_keeps_its_owner_as_root(sample, tmp_path):
    target = tmp_path / "out.txt"
    target.write_bytes(OLD)
    os.chown(target, 12345, 23456)
    write_export(sample, "txt", target)
    info = target.stat()
    assert (info.st_uid, info.st_gid) == (12345, 23456)


@posix_only
@pytest.mark.parametrize("umask", [0o022, 0o002, 0o000])
def test_new_file_is_private(sample, tmp_path, umask):
    old = os.umask(umask)
    try:
        write_export(sample, "pdf", tmp_path / "out.pdf")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "out.pdf").stat().st_mode) == 0o600


@posix_only
def test_fifo_with_a_reader_gets_the_bytes(sample, tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    ready = threading.Event()

    def read() -> None:
        fd = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # open first, so the writer finds a reader
        ready.set()
        chunks: list[bytes] = []
        deadline = time.monotonic() + 10
        try:
            while time.monotonic() < deadline:
                try:
                    chunk = os.read(fd, 65536)
                except BlockingIOError:  # the writer is there, its bytes are not yet
                    chunk = None
                if chunk:
                    chunks.append(chunk)
                elif chunk == b"" and chunks:  # end of file once the writer closed
                    break
                else:  # nothing yet (a FIFO reads as ended until a writer opens it)
                    time.sleep(0.01)
        finally:
            os.close(fd)
        received.append(b"".join(chunks))

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    assert ready.wait(10)
    assert write_export(sample, "json", fifo) == fifo
    reader.join(10)
    assert not reader.is_alive()
    assert received == [render(sample, "json").encode("utf-8")]
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode), "the FIFO was replaced"
    assert os.listdir(tmp_path) == ["pipe"]


@posix_only
def test_fifo_without_a_reader_is_refused_at_once(sample, tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    outcome: list[BaseException | None] = []

    def export() -> None:
        try:
            write_export(sample, "txt", fifo)
            outcome.append(None)
        except BaseException as exc:  # handed to the test's thread
            outcome.append(exc)

    worker = threading.Thread(target=export, daemon=True)
    worker.start()
    worker.join(10)
    if worker.is_alive():  # unblock the stuck writer so the test run can end
        os.close(os.open(fifo, os.O_RDONLY | os.O_NONBLOCK))
        pytest.fail("write_export blocked on a FIFO nobody reads")
    assert len(outcome) == 1 and isinstance(outcome[0], ExportError)
    assert str(outcome[0]) == f"cannot write {fifo}: nobody is reading FIFO {fifo}"
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert os.listdir(tmp_path) == ["pipe"]


@posix_only
def test_symlink_to_a_fifo_streams_into_the_fifo(sample, tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    (tmp_path / "link").symlink_to(fifo)
    with pytest.raises(ExportError, match="nobody is reading FIFO"):
        write_export(sample, "txt", tmp_path / "link")
    assert (tmp_path / "link").is_symlink() and stat.S_ISFIFO(os.lstat(fifo).st_mode)


def _device(folder: Path, name: str, minor: int) -> Path:
    """A real character device node in `folder` (the kernel's memory devices: 3 is null, 7 is full).

    The tests use their own node, never /dev/null itself: a writer that replaced its target would
    otherwise turn the machine's /dev/null into a regular file (it did, before the fix)."""
    path = folder / name
    try:
        os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, minor))
        os.close(os.open(path, os.O_WRONLY))
    except OSError as exc:  # not root, or a file system mounted nodev
        pytest.skip(f"cannot make a character device here: {exc}")
    return path


@posix_only
@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="making a device needs root")
def test_null_device_as_root_stays_a_device(sample, tmp_path):
    null = _device(tmp_path, "null", 3)
    before = os.lstat(null)
    assert write_export(sample, "docx", null) == null
    after = os.lstat(null)
    assert stat.S_ISCHR(after.st_mode) and after.st_rdev == before.st_rdev and after.st_ino == before.st_ino
    assert stat.S_IMODE(after.st_mode) == stat.S_IMODE(before.st_mode)
    assert os.listdir(tmp_path) == ["null"]


@posix_only
@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="making a device needs root")
def test_full_device_is_disk_full(sample, tmp_path):
    full = _device(tmp_path, "full", 7)
    with pytest.raises(ExportError, match=r"^cannot write .*/full: disk is full$"):
        write_export(sample, "txt", full)
    assert stat.S_ISCHR(os.lstat(full).st_mode)
    assert os.listdir(tmp_path) == ["full"]


@posix_only
def test_socket_is_refused(sample, tmp_path):
    import socket

    path = tmp_path / "s.sock"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        server.bind(str(path))
        with pytest.raises(ExportError, match=r"^cannot write .*s\.sock: it is a socket, not a file$"):
            write_export(sample, "txt", path)
        assert stat.S_ISSOCK(os.lstat(path).st_mode)
    finally:
        server.close()


def test_trailing_slash_is_a_folder_not_a_file(sample, tmp_path):
    name = str(tmp_path / "newdir") + "/"
    with pytest.raises(ExportError, match=r"^cannot write .*newdir/: a name ending in / is a folder$"):
        write_export(sample, "txt", name)
    assert os.listdir(tmp_path) == []


# --- distinct names for the outputs of one command ------------------------------------------------------


def test_distinct_targets_suffixes_later_same_names(tmp_path):
    from iam_desktop.export.targets import distinct_targets

    names = [p.name for p in distinct_targets(tmp_path, ["talk", "talk", "other", "talk"], "txt")]
    assert names == ["talk.txt", "talk-2.txt", "other.txt", "talk-3.txt"]
    assert all(p.parent == tmp_path for p in distinct_targets(tmp_path, ["talk"], "txt"))


def test_distinct_targets_never_reuses_a_taken_name(tmp_path):
    from iam_desktop.export.targets import distinct_targets

    stems = ["talk", "talk-2", "talk", "Talk", "a/b", "a_b"]
    names = [p.name for p in distinct_targets(tmp_path, stems, "srt")]
    assert names == ["talk.srt", "talk-2.srt", "talk-3.srt", "Talk-4.srt", "a_b.srt", "a_b-2.srt"]
    assert len({n.casefold() for n in names}) == len(names), "case-insensitive file systems too"


def test_distinct_targets_keep_the_suffix_past_the_length_cap(tmp_path):
    from iam_desktop.export.targets import distinct_targets

    long = "é" * 300
    first, second = distinct_targets(tmp_path, [long, long], "json")
    assert first != second and second.name.endswith("-2.json")
    assert len(second.name.encode("utf-8")) <= 255


def test_distinct_targets_ignore_files_already_there(tmp_path):
    """A file left by an earlier run is overwritten (the user re-ran the command): no suffix for it."""
    from iam_desktop.export.targets import distinct_targets

    (tmp_path / "talk.txt").write_text("earlier run")
    assert [p.name for p in distinct_targets(tmp_path, ["talk"], "txt")] == ["talk.txt"]
