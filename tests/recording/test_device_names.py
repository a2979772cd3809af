"""The input picker's entries, from device lists as sounddevice returns them on Linux (ALSA with
PipeWire), macOS and Windows: names as the OS shows them, the system default first, stable values."""

from __future__ import annotations

from iam_desktop.recording.device_names import (
    SYSTEM_DEFAULT,
    DeviceChoice,
    chosen_index,
    display_name,
    input_choices,
)
from iam_desktop.recording.devices import input_devices_from


def device(index: int, name: str, api: int, inputs: int, outputs: int = 0, rate: float = 44100.0) -> dict:
    """One entry as sounddevice.query_devices() lists it."""
    return {
        "index": index,
        "name": name,
        "hostapi": api,
        "max_input_channels": inputs,
        "max_output_channels": outputs,
        "default_samplerate": rate,
    }


LINUX_APIS = [{"name": "ALSA"}]
LINUX = [
    device(0, "HDA Intel PCH: ALC3246 Analog (hw:0,0)", 0, 2, 2),
    device(1, "HDA Intel PCH: HDMI 0 (hw:0,3)", 0, 0, 8),
    device(2, "USB Audio Device: - (hw:1,0)", 0, 1, 2),
    device(3, "Blue Yeti: USB Audio (hw:2,0)", 0, 2, 2),
    device(4, "sysdefault", 0, 128, 128),
    device(5, "front", 0, 0, 2),
    device(6, "samplerate", 0, 128, 128),
    device(7, "pipewire", 0, 64, 64),
    device(8, "pulse", 0, 32, 32),
    device(9, "dmix", 0, 0, 2),
    device(10, "default", 0, 64, 64),
]
MAC_APIS = [{"name": "Core Audio"}]
MAC = [
    device(0, "MacBook Pro Microphone", 0, 1, 0, 48000.0),
    device(1, "MacBook Pro Speakers", 0, 0, 2, 48000.0),
    device(2, "USB Audio Device", 0, 1, 2, 48000.0),
]
REALTEK = "Microphone (Realtek High Definition Audio)"
WINDOWS_APIS = [{"name": "MME"}, {"name": "Windows DirectSound"}, {"name": "Windows WASAPI"}]
WINDOWS = [
    device(0, "Microsoft Sound Mapper - Input", 0, 2),
    device(1, "Microphone (Realtek High Defini", 0, 2),
    device(2, "Primary Sound Capture Driver", 1, 2),
    device(3, "Microphone (Realtek High Definition Audio)", 1, 2),
    device(4, "Microphone (Realtek High Definition Audio)", 2, 2),
    device(5, "Headset Microphone (USB Audio Device)", 2, 1),
]


def test_linux_shows_cards_by_name_and_hides_alsa_plugins():
    devices = input_devices_from(LINUX, LINUX_APIS, default_index=10)
    assert devices[0].name == "default" and devices[0].is_default
    choices = input_choices(devices, platform="linux")
    assert choices == [
        DeviceChoice(SYSTEM_DEFAULT, None),  # the sound server's input: its name is not known here
        DeviceChoice("Built-in Audio (ALC3246 Analog)", "HDA Intel PCH: ALC3246 Analog (hw:0,0)"),
        DeviceChoice("USB Audio Device", "USB Audio Device: - (hw:1,0)"),
        DeviceChoice("Blue Yeti", "Blue Yeti: USB Audio (hw:2,0)"),
    ]
    labels = " ".join(c.label for c in choices)
    assert "hw:" not in labels and "pulse" not in labels and "(default)" not in labels


def test_a_setting_saved_before_keeps_selecting_its_device():
    devices = input_devices_from(LINUX, LINUX_APIS, default_index=10)
    # the raw name is what the settings store: the picker selects it by that
    choices = input_choices(devices, "USB Audio Device: - (hw:1,0)", platform="linux")
    assert choices[chosen_index(choices, "USB Audio Device: - (hw:1,0)")].label == "USB Audio Device"
    # an older version stored the default's own name: that is the system default
    assert chosen_index(input_choices(devices, "default", platform="linux"), "default") == 0
    # a sound server picked before stays selectable, by a readable name
    pulse = input_choices(devices, "pulse", platform="linux")
    assert pulse[chosen_index(pulse, "pulse")] == DeviceChoice("PulseAudio sound server", "pulse")
    # a microphone that is unplugged is kept (saving the settings does not forget it)
    gone = input_choices(devices, "Zoom H1: USB Audio (hw:3,0)", platform="linux")
    assert gone[chosen_index(gone, "Zoom H1: USB Audio (hw:3,0)")].label == (
        "Zoom H1: USB Audio (hw:3,0) (not connected)"
    )
    assert chosen_index(choices, None) == 0


def test_macos_names_the_default_input():
    devices = input_devices_from(MAC, MAC_APIS, default_index=0)
    assert input_choices(devices, platform="darwin") == [
        DeviceChoice("System default (MacBook Pro Microphone)", None),
        DeviceChoice("MacBook Pro Microphone", "MacBook Pro Microphone"),
        DeviceChoice("USB Audio Device", "USB Audio Device"),
    ]


def test_windows_lists_each_input_once_by_its_full_name():
    devices = input_devices_from(WINDOWS, WINDOWS_APIS, default_index=4)
    choices = input_choices(devices, platform="win32")
    assert choices == [
        DeviceChoice("System default (Microphone (Realtek High Definition Audio))", None),
        DeviceChoice(REALTEK, REALTEK),
        DeviceChoice("Headset Microphone (USB Audio Device)", "Headset Microphone (USB Audio Device)"),
    ]


def test_two_identical_microphones_are_told_apart():
    raw = [device(0, "USB Audio Device: - (hw:1,0)", 0, 1), device(1, "USB Audio Device: - (hw:2,0)", 0, 1)]
    choices = input_choices(input_devices_from(raw, LINUX_APIS, default_index=None), platform="linux")
    assert [c.label for c in choices] == [SYSTEM_DEFAULT, "USB Audio Device", "USB Audio Device #2"]


def test_no_input_gives_no_choices():
    outputs_only = [device(0, "MacBook Pro Speakers", 0, 0, 2)]
    assert input_devices_from(outputs_only, MAC_APIS, default_index=None) == []
    assert input_choices([]) == []


def test_display_names_of_usual_cards():
    [built_in, usb, yeti] = [
        d for d in input_devices_from(LINUX, LINUX_APIS, default_index=None) if "hw:" in d.name
    ]
    assert (display_name(built_in), display_name(usb), display_name(yeti)) == (
        "Built-in Audio (ALC3246 Analog)",
        "USB Audio Device",
        "Blue Yeti",
    )
