"""AudioStore: content-addressed, atomic, audio-only copies; disk-full leaves nothing behind."""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import time

import pytest
from helpers import fill_disk, needs_root, tiny_filesystem

from iam_desktop import fsutil
from iam_desktop.audio import store as store_module
from iam_desktop.audio.decode import decode_pcm
from iam_desktop.audio.probe import probe
from iam_desktop.audio.store import AudioStore, StoredAudio
from iam_desktop.errors import MediaError, StorageError


def all_files(root) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())


def import_(store: AudioStore, path) -> StoredAudio:
    return store.import_file(path, probe(path))


def test_audio_file_is_copied_verbatim(tmp_path, media):
    store = AudioStore(tmp_path / "lib")
    stored = import_(store, media["tone.mp3"])
    data = media["tone.mp3"].read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    assert stored == StoredAudio(sha256=digest, relpath=f"{digest[:2]}/{digest}.mp3", size=len(data))
    assert store.path_of(stored.relpath).read_bytes() == data
    assert all_files(tmp_path / "lib") == [stored.relpath]


def test_same_content_twice_is_stored_once(tmp_path, media):
    store = AudioStore(tmp_path / "lib")
    first = import_(store, media["tone.flac"])
    copy = tmp_path / "again.flac"
    shutil.copy(media["tone.flac"], copy)
    assert import_(store, copy) == first
    assert all_files(tmp_path / "lib") == [first.relpath]


def test_suffix_is_lowercased_or_defaulted(tmp_path, media):
    store = AudioStore(tmp_path / "lib")
    upper = tmp_path / "LOUD.WAV"
    shutil.copy(media["tone.wav"], upper)
    assert import_(store, upper).relpath.endswith(".wav")
    bare = tmp_path / "no-suffix"
    shutil.copy(media["tone.ogg"], bare)
    assert import_(store, bare).relpath.endswith(".audio")


def test_unicode_name(tmp_path, media):
    src = tmp_path / "Café interview — №1.mp3"
    shutil.copy(media["tone.mp3"], src)
    stored = import_(AudioStore(tmp_path / "lib"), src)
    assert stored.relpath.endswith(".mp3") and stored.relpath.isascii()


@pytest.mark.parametrize("name", ["video.mp4", "video.mov", "video.mkv", "video.webm"])
def test_video_keeps_only_audio(tmp_path, media, name):
    store = AudioStore(tmp_path / "lib")
    stored = import_(store, media[name])
    assert stored.relpath.endswith(".mka")
    kept = store.path_of(stored.relpath)
    info = probe(kept)
    assert not info.has_video
    assert info.codec == probe(media[name]).codec  # remuxed, not re-encoded
    assert decode_pcm(kept).duration == pytest.approx(decode_pcm(media[name]).duration, abs=0.05)
    assert stored.size == kept.stat().st_size < media[name].stat().st_size
    assert all_files(tmp_path / "lib") == [stored.relpath]


def test_video_import_is_deterministic(tmp_path, media):
    store = AudioStore(tmp_path / "lib")
    assert import_(store, media["video.mkv"]) == import_(store, media["video.mkv"])
    assert len(all_files(tmp_path / "lib")) == 1


def test_video_falls_back_to_flac_when_remux_fails(tmp_path, media, monkeypatch):
    def broken(src, tmp):
        tmp.write_bytes(b"half-written")
        raise ValueError("muxer says no")

    monkeypatch.setattr(store_module, "_remux_audio", broken)
    store = AudioStore(tmp_path / "lib")
    stored = import_(store, media["video.mp4"])
    assert stored.relpath.endswith(".flac")
    info = probe(store.path_of(stored.relpath))
    assert (info.codec, info.has_video, info.sample_rate) == ("flac", False, 44100)
    assert decode_pcm(store.path_of(stored.relpath)).duration == pytest.approx(3.0, abs=0.1)
    assert all_files(tmp_path / "lib") == [stored.relpath]


def _raise_enospc(*args, **kwargs):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.mark.parametrize("name", ["tone.wav", "video.mp4"])
@pytest.mark.parametrize("where", ["fsync", "replace"])
def test_disk_full_leaves_nothing(tmp_path, media, monkeypatch, name, where):
    store = AudioStore(tmp_path / "lib")
    info = probe(media[name])
    monkeypatch.setattr(os, where, _raise_enospc)
    with pytest.raises(StorageError) as caught:
        store.import_file(media[name], info)
    assert str(caught.value) == "disk is full"
    assert all_files(tmp_path / "lib") == []


def test_disk_full_while_writing(tmp_path, media, monkeypatch):
    real_open = open

    class FullFile:
        def __init__(self, f):
            self._f = f

        def write(self, block):
            raise OSError(errno.ENOSPC, "No space left on device")

        def __getattr__(self, name):
            return getattr(self._f, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self._f.close()

    def fake_open(path, mode="r", *args, **kwargs):
        f = real_open(path, mode, *args, **kwargs)
        return FullFile(f) if "w" in mode else f

    monkeypatch.setattr(store_module, "open", fake_open, raising=False)
    store = AudioStore(tmp_path / "lib")
    with pytest.raises(StorageError, match="^disk is full$"):
        import_(store, media["tone.flac"])
    assert all_files(tmp_path / "lib") == []


def test_other_write_errors_are_plain(tmp_path, media, monkeypatch):
    def deny(*args):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "replace", deny)
    store = AudioStore(tmp_path / "lib")
    with pytest.raises(StorageError) as caught:
        import_(store, media["tone.wav"])
    assert str(caught.value) == "cannot write to the library folder: Permission denied"
    assert all_files(tmp_path / "lib") == []


def test_root_that_is_a_file(tmp_path, media):
    (tmp_path / "lib").write_text("oops")
    with pytest.raises(StorageError, match="^cannot write to the library folder: "):
        import_(AudioStore(tmp_path / "lib"), media["tone.wav"])


def test_source_vanishing_is_a_media_error(tmp_path, media):
    src = tmp_path / "gone.mp3"
    shutil.copy(media["tone.mp3"], src)
    info = probe(src)
    src.unlink()
    with pytest.raises(MediaError, match="^file not found$"):
        AudioStore(tmp_path / "lib").import_file(src, info)
    assert all_files(tmp_path / "lib") == []


def test_remove_and_path_of(tmp_path, media):
    store = AudioStore(tmp_path / "lib")
    stored = import_(store, media["tone.ogg"])
    assert store.path_of(stored.relpath) == tmp_path / "lib" / stored.sha256[:2] / f"{stored.sha256}.ogg"
    store.remove(stored.relpath)
    assert not store.path_of(stored.relpath).exists()
    store.remove(stored.relpath)  # already gone: fine
    for bad in ("../escape.mp3", "/etc/passwd", ""):
        with pytest.raises(ValueError):
            store.path_of(bad)


def test_sweep_temp_files(tmp_path):
    root = tmp_path / "lib"
    root.mkdir()
    old = root / ".import-abc.part"
    old.write_bytes(b"left by a crash")
    os.utime(old, (time.time() - 7200, time.time() - 7200))
    fresh = root / ".import-def.part"
    fresh.write_bytes(b"another process is importing right now")
    assert AudioStore(root).sweep_temp_files() == 1
    assert all_files(root) == [fresh.name]


@needs_root
@pytest.mark.parametrize("name", ["tone.wav", "video.mp4"])
def test_a_really_full_disk_leaves_no_copy_at_any_point(tmp_path, media, name):
    """On a real 2 MB filesystem filled to several levels (failing while copying, at fsync, or not at all):
    an import either stores the whole file or fails with "disk is full" and leaves nothing behind."""
    source = tmp_path / name
    shutil.copy(media[name], source)
    info = probe(source)
    outcomes = set()
    with tiny_filesystem(tmp_path / "small", "2m") as mount:
        for leave in (0, 4096, 16384, 65536, 200_000, 600_000):
            root = mount / "lib"
            filler = fill_disk(mount, leave=leave)
            store = AudioStore(root)
            try:
                stored = store.import_file(source, info)
            except StorageError as exc:
                assert str(exc) == "disk is full"
                assert not root.exists() or list(root.iterdir()) == []  # no temp file, no copy, no folder
                outcomes.add("full")
            else:
                assert all_files(root) == [stored.relpath] and stored.created
                decode_pcm(store.path_of(stored.relpath))
                store.discard(stored)
                assert all_files(root) == []
                outcomes.add("stored")
            filler.unlink()
            shutil.rmtree(root, ignore_errors=True)
    assert outcomes == {"full", "stored"}  # both sides of the limit were reached for real


def test_discard_removes_only_a_copy_this_import_made(tmp_path, media):
    store = AudioStore(tmp_path / "lib")
    first = import_(store, media["tone.flac"])
    again = import_(store, media["tone.flac"])
    assert first.created and not again.created and first == again
    store.discard(again)  # the copy belongs to the first import: it stays
    assert all_files(tmp_path / "lib") == [first.relpath]
    store.discard(first)
    assert all_files(tmp_path / "lib") == []
    store.discard(first)  # already gone: fine


def test_disk_full_after_the_copy_is_moved_in_removes_it(tmp_path, media, monkeypatch):
    """fsync of the folder fails once the copy has its final name: it is not stored after all."""
    store = AudioStore(tmp_path / "lib")
    monkeypatch.setattr(fsutil, "fsync_folder", _raise_enospc)
    with pytest.raises(StorageError, match="^disk is full$"):
        import_(store, media["tone.wav"])
    assert all_files(tmp_path / "lib") == [] and list((tmp_path / "lib").iterdir()) == []
