"""Recording on a machine that lacks a system audio library: one plain message naming the package, not a
traceback or an abort inside PortAudio."""

from __future__ import annotations

import sys

import pytest

from iam_desktop import system_libraries
from iam_desktop.errors import RecordingError
from iam_desktop.recording import devices


def test_a_missing_audio_library_is_named_with_its_package(monkeypatch):
    absent = system_libraries.SystemLibrary("libiam-sound.so.3", "libiam-sound3", "sound")
    monkeypatch.setattr(system_libraries, "AUDIO", (*system_libraries.AUDIO, absent))
    monkeypatch.setattr(sys, "platform", "linux")
    with pytest.raises(RecordingError) as raised:
        devices.list_input_devices()
    message = str(raised.value)
    assert message.startswith("no audio system: ")
    assert "libiam-sound.so.3 (for sound)" in message and "sudo apt install libiam-sound3" in message


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the audio libraries are checked on Linux")
def test_with_every_audio_library_present_sounddevice_is_loaded():
    assert system_libraries.missing_for_audio() == []
    assert devices.sounddevice().__name__ == "sounddevice"
