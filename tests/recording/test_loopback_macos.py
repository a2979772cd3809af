"""macOS system-audio capture (recording/loopback_macos.py): the virtual loopback devices found among a
Mac's inputs, the version read from odd strings, and the message when there is none."""

from __future__ import annotations

import platform

from iam_desktop.recording.devices import InputDevice
from iam_desktop.recording.loopback_macos import (
    is_virtual_loopback_name,
    macos_version,
    unavailable_message,
    virtual_loopback_inputs,
)


def mac_input(index, name, channels=2, rate=48000.0, default=False):
    return InputDevice(index=index, name=name, host_api="Core Audio", max_channels=channels,
                       default_rate=rate, is_default=default)  # fmt: skip


MAC_INPUTS = [
    mac_input(0, "MacBook Pro Microphone", 1, default=True),
    mac_input(1, "BlackHole 2ch"),
    mac_input(2, "AirPods Pro", 1, 24000.0),
    mac_input(3, "BlackHole 16ch", 16),
    mac_input(4, "Loopback Audio"),
    mac_input(5, "ZoomAudioDevice"),
    mac_input(6, "Soundflower (64ch)", 64),
    mac_input(7, "Background Music"),
    mac_input(8, "Background Music (UI Sounds)"),
    mac_input(9, "VB-Cable"),
    mac_input(10, "Microsoft Teams Audio"),
    mac_input(11, "blackhole 64CH", 64),
    mac_input(12, "Shure MV7"),
]


def test_virtual_loopback_devices_are_found_by_name_in_order():
    found = virtual_loopback_inputs(MAC_INPUTS)
    assert [d.name for d in found] == [
        "BlackHole 2ch", "BlackHole 16ch", "Loopback Audio", "Soundflower (64ch)", "Background Music",
        "VB-Cable", "blackhole 64CH",
    ]  # fmt: skip
    assert found[0] is MAC_INPUTS[1]  # the devices themselves, ready to record through sounddevice


def test_microphones_and_other_apps_devices_are_not_loopback():
    plain = [d for d in MAC_INPUTS if d.index in (0, 2, 5, 8, 10, 12)]
    assert virtual_loopback_inputs(plain) == []
    assert virtual_loopback_inputs([]) == []
    assert is_virtual_loopback_name("CABLE Output (VB-Audio Virtual Cable)")
    assert not is_virtual_loopback_name("Loopback")  # Rogue Amoeba's app name alone is no device name
    assert not is_virtual_loopback_name(None) and not is_virtual_loopback_name(42)


def test_odd_inputs_never_raise():
    assert virtual_loopback_inputs([object(), "BlackHole 2ch", None]) == []  # type: ignore[list-item]
    assert virtual_loopback_inputs(None) == []  # type: ignore[arg-type]


def test_version_parsing_of_odd_strings():
    assert macos_version("14.2.1") == (14, 2)
    assert macos_version("13") == (13, 0)
    assert macos_version("10.15.7") == (10, 15)
    assert macos_version(" 15.0 beta 3") == (15, 0)
    assert macos_version("26.0") == (26, 0)
    assert macos_version("") is None  # platform.mac_ver() off macOS
    assert macos_version("Darwin") is None
    assert macos_version(".14") is None
    if platform.system() != "Darwin":
        assert macos_version() is None  # this machine's: not a Mac
    assert macos_version(14.2) == (14, 2)  # type: ignore[arg-type]


def test_message_names_blackhole_and_the_multi_output_device():
    for version in (None, (12, 7), (14, 2)):
        message = unavailable_message(version)
        assert "BlackHole" in message and "free" in message and "brew install blackhole-2ch" in message
        assert "Multi-Output Device" in message and "Audio MIDI Setup" in message
        assert "ScreenCaptureKit" in message and "not built" in message
    assert "which macOS 14.2 has" in unavailable_message((14, 2))
    old = unavailable_message((12, 7))
    assert "macOS 12.7" in old and "macOS 13 or later" in old
    assert "this Mac" in unavailable_message(None) and "macOS 13 or later" in unavailable_message(None)


def test_message_never_raises_on_odd_versions():
    for odd in ((13,), ("14", "2"), "14.2", (), 14):
        assert "BlackHole" in unavailable_message(odd)  # type: ignore[arg-type]
