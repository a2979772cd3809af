"""Meeting capture in the recording core, on the real virtual sound server of scripts/run-tests.sh: the
computer's audio as a source (the default output's monitor, found with pactl), two tracks with their clock
files, pause across both, a track that follows the output the user switches to, and the capture folder's
format (manifest, parts, old manifests)."""

from __future__ import annotations

import json
import time

import numpy as np
import pytest
from helpers import (
    COMPUTER_OUTPUT,
    MIC_OUTPUT,
    play_into_mic,
    play_into_output,
    read_audio,
    set_default_output,
)

from iam_desktop.meeting.alignment import read_clock
from iam_desktop.recording.capture_folder import MICROPHONE, SYSTEM, CaptureFolder, CaptureManifest
from iam_desktop.recording.recorder import STOP_USER, Recorder
from iam_desktop.recording.session import SOURCE_BOTH, SOURCE_SYSTEM, RecordingSession
from iam_desktop.recording.system_audio import (
    PULSE,
    SystemSource,
    default_system_source,
    follow_default_output,
    list_system_sources,
)

pytestmark = pytest.mark.usefixtures("computer_audio")


def test_the_computers_audio_is_the_default_outputs_monitor():
    sources = list_system_sources()
    assert {s.ident for s in sources} == {f"{COMPUTER_OUTPUT}.monitor", f"{MIC_OUTPUT}.monitor"}
    default = default_system_source()
    assert default.ident == f"{COMPUTER_OUTPUT}.monitor" and default.is_default and default.backend == PULSE
    assert (default.channels, default.default_rate) == (2, 48000.0)
    assert len({s.name for s in sources}) == len(sources)  # two outputs described alike: told apart
    assert default.to_json()["kind"] == "system"


def test_follow_default_output_switches_with_the_user():
    current = default_system_source()
    assert follow_default_output(current) == current  # nothing changed
    set_default_output(MIC_OUTPUT)
    moved = follow_default_output(current)
    assert moved is not None and moved.ident == f"{MIC_OUTPUT}.monitor"
    assert moved.channels == current.channels  # the recording's format stays as it began


def test_a_meeting_records_two_tracks_with_their_clocks(library, long_speech_wav):
    session = RecordingSession.begin(library, None, source=SOURCE_BOTH, transcribe=False)
    assert session.source == SOURCE_BOTH and session.system is not None
    assert session.manifest.two_tracks and session.manifest.system_sample_rate == 48000
    theirs = play_into_output(long_speech_wav)
    time.sleep(3.0)
    mic_level = float(session.levels.snapshot().maxima.max(initial=0.0))  # the loudest of the last seconds
    system_level = float(session.system_levels.snapshot().maxima.max(initial=0.0))
    session.pause()
    time.sleep(1.5)
    session.resume()
    time.sleep(1.5)
    status = session.stop()
    theirs.kill()
    assert status.stop_reason == STOP_USER and session.system_status().stop_reason == STOP_USER
    assert system_level > 0.05 and mic_level < 0.001  # what the computer plays, not the microphone
    folder = session.folder
    assert [p.name for p in folder.parts(MICROPHONE)] == ["part-0001.wav"]
    assert [p.name for p in folder.parts(SYSTEM)] == ["system-0001.wav"]
    for track, rate in ((MICROPHONE, session.recorder.sample_rate), (SYSTEM, 48000)):
        anchors = read_clock(folder.clock_path(track))
        assert len(anchors) >= 6, track  # about two a second
        frames = np.array([f for f, _ in anchors], dtype=float)
        seconds = np.array([s for _, s in anchors])
        assert np.all(np.diff(frames) > 0) and np.all(np.diff(seconds) > 0)
        offsets = seconds - frames / rate
        assert offsets.max() - offsets.min() > 1.2, track  # the pause is a jump of the time, not of frames
    saved = session.save()
    recording = library.get_recording(saved.recording_id)
    assert recording.meeting and recording.channels == 2 and saved.tracks == recording.tracks
    audio, rate = read_audio(library.store.path_of(recording.audio_path))
    assert rate == session.recorder.sample_rate
    assert np.abs(audio[:, 1]).max() > 0.1 and np.abs(audio[:, 0]).max() < 0.01


def test_the_computers_audio_alone_is_an_ordinary_recording(library, speech_wav):
    session = RecordingSession.begin(library, None, source=SOURCE_SYSTEM, transcribe=False)
    assert session.source == SOURCE_SYSTEM and session.system is None and session.system_levels is None
    theirs = play_into_output(speech_wav)
    time.sleep(2.5)
    session.stop()
    theirs.kill()
    saved = session.save()
    recording = library.get_recording(saved.recording_id)
    assert recording.tracks is None and recording.channels == 2 and recording.sample_rate == 48000
    audio, _rate = read_audio(library.store.path_of(recording.audio_path))
    assert np.abs(audio).max() > 0.1


def test_a_track_follows_to_the_output_the_user_switches_to(library, speech_wav):
    """The follow hook's answer changes: the stream is reopened on the new source and goes on."""
    start = default_system_source()
    other = next(s for s in list_system_sources() if s.ident == f"{MIC_OUTPUT}.monitor")
    moved = SystemSource(other.name, other.ident, PULSE, start.channels, start.default_rate, True)
    switch_at = time.monotonic() + 1.5
    folder = CaptureFolder.create(library.paths.captures, _manifest("switch", 48000, start.channels))
    recorder = Recorder(
        folder, start, 48000, track=SYSTEM, clock=True,
        follow=lambda current: moved if time.monotonic() > switch_at else current,
    )  # fmt: skip
    recorder.start()
    time.sleep(2.5)  # followed after ~2 s (FOLLOW_INTERVAL)
    status = recorder.status()
    assert status.state == "recording" and status.notice and other.name in status.notice
    player = play_into_mic(speech_wav)  # the new source hears virt_sink
    player.wait(30)
    status = recorder.stop()
    assert status.stop_reason == STOP_USER
    audio, _rate = read_audio(folder.parts(SYSTEM)[0])
    assert np.abs(audio[-int(2.5 * 48000) :]).max() > 0.1  # the speech came through the new source
    folder.remove()


def test_old_manifests_load_and_new_fields_are_ignored(tmp_path):
    folder = CaptureFolder(tmp_path)
    old = {"capture_id": "a" * 32, "title": "t", "started_at": "", "device": "mic", "sample_rate": 16000,
           "channels": 1, "transcribe": True, "language": None}  # fmt: skip
    folder.manifest_path.write_text(json.dumps(old))
    manifest = folder.manifest()
    assert not manifest.two_tracks and manifest.source == MICROPHONE
    newer = {**old, "system_device": "Monitor", "system_sample_rate": 48000, "system_channels": 2,
             "from_a_newer_version": 1}  # fmt: skip
    folder.manifest_path.write_text(json.dumps(newer))
    assert folder.manifest().two_tracks and folder.manifest().system_channels == 2


def _manifest(title: str, rate: int, channels: int) -> CaptureManifest:
    from iam_desktop.recording.capture_folder import new_manifest

    return new_manifest(device="test", sample_rate=rate, channels=channels, transcribe=False, title=title)
