"""Saving captures into the library and recovering interrupted ones (no sound card needed: the capture
folders are written the way the recorder writes them)."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import textwrap

import numpy as np
import pytest
from helpers import NEEDS_ROOT, read_audio, tiny_filesystem

from iam_desktop.errors import StorageError
from iam_desktop.recording.capture_folder import CaptureFolder, new_manifest
from iam_desktop.recording.recovery import queue_unowned, recover_captures
from iam_desktop.recording.saving import RECOVERED_NOTE, save_capture
from iam_desktop.recording.wav_file import WavWriter


def make_capture(library, seconds: float = 2.0, *, rate: int = 16000, channels: int = 1, parts: int = 1,
                 transcribe: bool = True, manifest=None) -> tuple[CaptureFolder, np.ndarray]:  # fmt: skip
    manifest = manifest or new_manifest(device="test", sample_rate=rate, channels=channels,
                                        transcribe=transcribe, language="en")  # fmt: skip
    folder = CaptureFolder.create(library.paths.captures, manifest)
    audio = np.random.default_rng(3).integers(-9000, 9000, (int(seconds * rate), channels), dtype=np.int16)
    for number, piece in enumerate(np.array_split(audio, parts), 1):
        writer = WavWriter(folder.part_path(number), rate, channels)
        writer.write(piece)
        writer.close()
    return folder, audio


def test_saving_keeps_every_sample_losslessly_across_parts(library):
    folder, audio = make_capture(library, 3.0, rate=48000, channels=2, parts=3)
    saved = save_capture(library, folder)
    assert saved is not None and not saved.recovered
    info = library.get_recording(saved.recording_id)
    assert info.duration == pytest.approx(3.0) and (info.sample_rate, info.channels) == (48000, 2)
    assert info.audio_path.endswith(".flac")
    stored, rate = read_audio(library.store.path_of(info.audio_path))
    assert rate == 48000 and np.array_equal(np.round(stored * 32768).astype(np.int16), audio)
    assert not folder.path.exists()


def test_saving_twice_adds_one_recording(library):
    folder, _ = make_capture(library)
    first = save_capture(library, folder)
    # the same capture again, as when a crash came after the save, before the folder was removed
    again_folder, _ = make_capture(library, manifest=first.manifest)
    second = save_capture(library, again_folder)
    assert second.recording_id == first.recording_id
    assert len(library.list_recordings()) == 1 and not again_folder.path.exists()


def test_an_empty_capture_is_dropped(library):
    manifest = new_manifest(device="test", sample_rate=16000, channels=1)
    folder = CaptureFolder.create(library.paths.captures, manifest)
    WavWriter(folder.part_path(1), 16000, 1).close()
    assert save_capture(library, folder) is None
    assert library.list_recordings() == [] and not folder.path.exists()


def test_recovery_saves_unheld_captures_and_queues_their_transcription(library):
    folder, audio = make_capture(library, 2.5)
    with open(folder.part_path(1), "ab") as f:  # a kill between two flushes: data past the header's size
        f.write(np.ones(8000, "<i2").tobytes())
    folder.unlock()  # as the OS does when the recording process dies
    recovered = recover_captures(library, queue_unowned(library))
    assert len(recovered) == 1
    info = library.get_recording(recovered[0].recording_id)
    assert info.title.endswith("(recovered)") and info.duration == pytest.approx(3.0)
    assert library.list_recordings()[0].notes == RECOVERED_NOTE
    jobs = library.jobs.list_jobs()
    assert [(j.recording_id, j.status, j.owner, j.language) for j in jobs] == [
        (info.id, "queued", None, "en")
    ]
    assert not folder.path.exists()


def test_recovery_leaves_a_capture_another_process_is_recording(library, tmp_path):
    folder, _ = make_capture(library)
    folder.unlock()
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys
            from pathlib import Path
            from iam_desktop.recording.capture_folder import CaptureFolder
            folder = CaptureFolder(Path({str(folder.path)!r}))
            assert folder.try_lock()
            print("locked", flush=True)
            sys.stdin.read()
        """)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout.readline().strip() == "locked"
        assert recover_captures(library) == []
        assert folder.path.exists() and library.list_recordings() == []
    finally:
        holder.kill()
        holder.wait()
    assert len(recover_captures(library)) == 1  # once its process is gone, it is recovered


def test_recovery_without_a_readable_manifest_still_saves_the_audio(library):
    folder, audio = make_capture(library, 1.0, transcribe=False)
    folder.manifest_path.write_text("{ damaged")
    folder.unlock()
    recovered = recover_captures(library, queue_unowned(library))
    assert len(recovered) == 1 and recovered[0].duration == pytest.approx(1.0)
    assert library.jobs.list_jobs()  # a rebuilt manifest asks for a transcription, like the default


def test_a_capture_that_cannot_be_saved_is_kept_for_later(library, monkeypatch):
    folder, _ = make_capture(library)
    folder.unlock()

    def disk_full(*args, **kwargs):
        raise StorageError("disk is full: the library could not be saved")

    monkeypatch.setattr(library, "add_recording", disk_full)
    problems: list[str] = []
    assert recover_captures(library, problems=problems) == []
    assert folder.path.exists() and folder.parts() and "disk is full" in problems[0]
    monkeypatch.undo()
    assert len(recover_captures(library)) == 1


@pytest.mark.skipif(NEEDS_ROOT, reason="mounting a tmpfs needs root on Linux")
def test_on_a_full_disk_the_wav_itself_becomes_the_recording(tmp_path):
    from iam_desktop.library import Library
    from iam_desktop.paths import data_paths

    with tiny_filesystem(tmp_path / "small", "4m") as root:
        library = Library.open(data_paths(root / "data"))
        try:
            folder, audio = make_capture(library, 10.0, rate=48000, channels=2)  # 1.9 MB of noise
            filler = root / "filler"
            with contextlib.suppress(OSError), open(filler, "wb") as f:
                while True:
                    f.write(b"\0" * 4096)
                    f.flush()
            os.truncate(filler, max(0, filler.stat().st_size - 75 * 4096))  # room for SQLite, not a copy
            saved = save_capture(library, folder)
            info = library.get_recording(saved.recording_id)
            assert info.audio_path.endswith(".wav")
            stored, _ = read_audio(library.store.path_of(info.audio_path))
            assert np.array_equal(np.round(stored * 32768).astype(np.int16), audio)
        finally:
            library.close()
