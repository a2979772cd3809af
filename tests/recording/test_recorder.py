"""The recorder through the real audio path: PortAudio reading the virtual PulseAudio microphone that
scripts/run-tests.sh starts, with speech played into it."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import threading
import time

import pytest
from helpers import SPEECH_TEXT, play_into_mic, read_audio, wer

from iam_desktop.audio.decode import decode_pcm
from iam_desktop.engines.base import TranscribeOptions
from iam_desktop.errors import DeviceNotFound
from iam_desktop.recording.recorder import STOP_DISK_FULL, STOP_USER
from iam_desktop.recording.session import RecordingSession
from iam_desktop.recording.wav_file import read_header

pytestmark = pytest.mark.usefixtures("virtual_mic")


def wait_for(condition, timeout: float = 10.0, step: float = 0.02) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(step)


def test_records_what_the_microphone_hears(library, speech_wav, engine):
    blocks: list[int] = []
    session = RecordingSession.begin(library, None, transcribe=False)
    session.recorder.add_listener(lambda block: blocks.append(len(block)))
    started = time.monotonic()
    assert session.status().state == "recording"
    player = play_into_mic(speech_wav)
    assert player.wait(60) == 0, player.stderr.read()
    time.sleep(0.5)
    loudest = session.levels.snapshot().maxima.max()
    status = session.stop()
    wall = time.monotonic() - started
    assert status.state == "stopped" and status.stop_reason == STOP_USER and status.error is None
    assert status.overflows == 0
    assert status.elapsed == pytest.approx(wall, abs=0.6)  # every second the clock saw, no more, no less
    assert sum(blocks) == status.frames  # the live listeners saw every block that was written
    assert loudest > 0.05  # the waveform got the speech
    saved = session.save()
    info = library.get_recording(saved.recording_id)
    assert info.duration == pytest.approx(status.elapsed, abs=0.01)
    assert (info.sample_rate, info.channels) == (session.recorder.sample_rate, session.recorder.channels)
    audio = decode_pcm(library.store.path_of(info.audio_path)).samples
    text = " ".join(s.text for s in engine.transcribe(audio, TranscribeOptions(language="en")).segments)
    assert wer(SPEECH_TEXT, text) < 0.35, text
    assert not session.folder.path.exists()


def test_pause_leaves_the_paused_time_out(library):
    session = RecordingSession.begin(library, None, transcribe=False)
    time.sleep(1.0)
    session.pause()
    assert session.status().state == "paused"
    paused_at = session.status().frames
    time.sleep(1.5)
    assert session.status().frames - paused_at < session.recorder.sample_rate * 0.25  # nothing more is kept
    session.resume()
    assert session.status().state == "recording"
    time.sleep(1.0)
    status = session.stop()
    assert status.elapsed == pytest.approx(2.0, abs=0.35)
    assert session.save().duration == pytest.approx(status.elapsed)


def test_the_file_on_disk_keeps_up_with_the_recording(library):
    session = RecordingSession.begin(library, None, transcribe=False, max_part_frames=44100)
    try:
        time.sleep(2.6)
        status = session.status()
        parts = session.folder.parts()
        on_disk = sum(read_header(p).frames for p in parts)  # what a crash right now would leave
        assert on_disk >= status.frames - session.recorder.sample_rate * 1.0
        assert len(parts) >= 2  # a part never grows past its limit: the next one begins
        assert all(read_header(p).frames <= 44100 for p in parts)
    finally:
        status = session.stop()
    saved = session.save()
    assert saved.duration == pytest.approx(status.elapsed)
    stored, _ = read_audio(library.audio_file(saved.recording_id))
    assert len(stored) == status.frames


def test_a_missing_device_is_named_and_nothing_is_left_behind(library):
    with pytest.raises(DeviceNotFound, match="no audio input called 'Studio Mic 9000'.*default"):
        RecordingSession.begin(library, "Studio Mic 9000")
    assert list(library.paths.captures.iterdir()) == []


NEEDS_ROOT = sys.platform != "linux" or os.geteuid() != 0


@pytest.mark.skipif(NEEDS_ROOT, reason="mounting a tmpfs needs root on Linux")
def test_a_full_disk_stops_the_recording_and_keeps_what_was_written(tmp_path):
    from iam_desktop.library import Library
    from iam_desktop.paths import data_paths

    root = tmp_path / "small"
    root.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(root)],
                             capture_output=True, text=True)  # fmt: skip
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small filesystem here: {mounted.stderr.strip()}")
    try:
        library = Library.open(data_paths(root / "data"))
        filler = root / "filler"
        with contextlib.suppress(OSError), open(filler, "wb") as f:
            while True:
                f.write(b"\0" * 65536)
                f.flush()
        os.truncate(filler, max(0, filler.stat().st_size - 700_000))  # about 4 s of 44.1 kHz stereo
        session = RecordingSession.begin(library, None, transcribe=False)
        assert session.recorder.wait(20), "the recording did not stop on the full disk"
        status = session.status()
        assert status.stop_reason == STOP_DISK_FULL and "disk is full" in status.error
        assert 1.0 < status.elapsed < 6.0
        kept = sum(read_header(p).frames for p in session.folder.parts())
        assert kept >= status.frames - session.recorder.sample_rate  # at most a second was not flushed
        filler.unlink()  # the user makes room; the recording is saved whole
        saved = session.save()  # with what reached the disk after the last flush too
        assert kept / session.recorder.sample_rate <= saved.duration <= status.elapsed + 0.01
        library.close()
    finally:
        subprocess.run(["umount", "-l", str(root)], check=False)




def test_a_stream_that_hangs_on_close_does_not_hang_the_recording(library, monkeypatch):
    """A vanished device can make PortAudio's stop() block for ever (seen once in CI: `record` never
    ended): the recorder gives the stream up after a while and keeps what it recorded."""
    from iam_desktop.recording import bounded_call

    monkeypatch.setattr(bounded_call, "STREAM_CALL_TIMEOUT", 0.5)
    session = RecordingSession.begin(library, None, transcribe=False)
    time.sleep(1.0)
    stream = session.recorder._stream
    release = threading.Event()
    monkeypatch.setattr(stream, "stop", lambda *a, **k: release.wait(30), raising=False)
    started = time.monotonic()
    status = session.stop()
    took = time.monotonic() - started
    release.set()  # the given-up call goes on: it closes the stream (it must not be closed twice)
    wait_for(lambda: stream.closed)
    assert took < 5, took
    assert status.state == "stopped" and 0.8 < status.elapsed < 2.5  # what came until the stream was given up
    assert session.save().duration == pytest.approx(status.elapsed)
