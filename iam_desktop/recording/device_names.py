"""The audio inputs as a person picks them: names as the OS shows them ("USB Audio Device", "Built-in
Audio"), not PortAudio's ("USB Audio Device: - (hw:1,0)", "default", "pulse", "dmix").

`input_choices(devices, remembered)` gives the picker's entries, "System default (<its name>)" first; each
entry's `value` is what the settings remember (`Settings.input_device`): None for the system default, else
the device's own name as the system gives it (which `devices.find_input_device` looks up), so a setting
saved by an older version still selects its device. An empty list means there is no input at all
(`NO_MICROPHONE` says so).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from iam_desktop.platform_support import host_api_rank, is_windows
from iam_desktop.recording.devices import InputDevice

#: why recording cannot start when the computer has no input at all
NO_MICROPHONE = "No microphone found"
#: the system default entry's label, when the default's own name is not known
SYSTEM_DEFAULT = "System default"

#: ALSA's hardware address at the end of a card's name: "… (hw:1,0)"
_HW_ADDRESS = re.compile(r"\s*\(hw:\d+,\d+\)\s*$")
#: the device part of an ALSA name that says nothing ("USB Audio Device: -", "Blue Yeti: USB Audio")
_GENERIC_PARTS = {"", "-", "usb audio", "audio", "usb audio device"}
#: ALSA cards that are the computer's own sound chip (GNOME and KDE call them "Built-in Audio")
_BUILT_IN_CARDS = re.compile(r"^(HDA |HD-Audio|sof-|bytcr|cht-|Intel |acp|ALC\d)", re.IGNORECASE)
#: ALSA's sound servers, which are not devices but stand for the server's default input
_SERVERS = {"pulse": "PulseAudio", "pipewire": "PipeWire", "jack": "JACK"}


@dataclass(frozen=True)
class DeviceChoice:
    """One entry of the input picker.

    Attributes:
        label: what the picker shows.
        value: what `Settings.input_device` stores for it (None: the system default).
    """

    label: str
    value: str | None


def is_alsa_plugin(device: InputDevice) -> bool:
    """True for ALSA's virtual devices ("default", "pulse", "dmix", "surround40"…), which are not a
    microphone of their own: ALSA names every real card with its hardware address."""
    return device.host_api == "ALSA" and not _HW_ADDRESS.search(device.name)


def display_name(device: InputDevice) -> str:
    """The device's name as the desktop shows it: "USB Audio Device: - (hw:1,0)" → "USB Audio Device",
    "HDA Intel PCH: ALC3246 Analog (hw:0,0)" → "Built-in Audio (ALC3246 Analog)", "pulse" → "PulseAudio
    sound server"; other systems' names (Core Audio, WASAPI) are already right and kept."""
    name = device.name.strip()
    if device.host_api != "ALSA":
        return name
    if not _HW_ADDRESS.search(name):
        server = _SERVERS.get(name.lower())
        return f"{server} sound server" if server else name
    card, _, part = _HW_ADDRESS.sub("", name).partition(":")
    card, part = card.strip(), part.strip()
    if _BUILT_IN_CARDS.match(card):
        return f"Built-in Audio ({part})" if part.lower() not in _GENERIC_PARTS else "Built-in Audio"
    if part.lower() in _GENERIC_PARTS or part.lower() == card.lower():
        return card
    return f"{card} ({part})"


def _listed(devices: Sequence[InputDevice], platform: str | None) -> list[InputDevice]:
    """The devices worth offering: one entry per name (the best host API's), no ALSA plugins, and on
    Windows only the best host API's (MME and DirectSound list the same inputs again, their names cut)."""
    real = [d for d in devices if not is_alsa_plugin(d)]
    if is_windows(platform) and real:
        best = min(host_api_rank(d.host_api, platform) for d in real)
        real = [d for d in real if host_api_rank(d.host_api, platform) == best]
    by_name: dict[str, InputDevice] = {}
    for device in real:
        kept = by_name.get(device.name)
        if kept is None or host_api_rank(device.host_api, platform) < host_api_rank(kept.host_api, platform):
            by_name[device.name] = device
    return list(by_name.values())


def _unique_labels(devices: Sequence[InputDevice]) -> list[str]:
    """Display names, with " #2", " #3"… after a name shown more than once (two identical USB mics)."""
    labels: list[str] = []
    for device in devices:
        label = display_name(device)
        count = sum(1 for earlier in labels if earlier == label or earlier.startswith(f"{label} #"))
        labels.append(label if count == 0 else f"{label} #{count + 1}")
    return labels


def input_choices(
    devices: Sequence[InputDevice], remembered: str | None = None, *, platform: str | None = None
) -> list[DeviceChoice]:
    """The picker's entries for `devices` (as `list_input_devices` gives them): "System default (<name>)"
    first (just "System default" when the default is a sound server whose input is not known here), then
    each input by its display name. `remembered` (the setting) that names no listed input is kept as an
    entry "<name> (not connected)", so that saving the settings does not forget it. [] when there are no
    inputs at all (see NO_MICROPHONE)."""
    if not devices:
        return []
    default = next((d for d in devices if d.is_default), None)
    if default is not None and not is_alsa_plugin(default):
        choices = [DeviceChoice(f"{SYSTEM_DEFAULT} ({display_name(default)})", None)]
    else:
        choices = [DeviceChoice(SYSTEM_DEFAULT, None)]
    listed = _listed(devices, platform)
    choices += [DeviceChoice(label, d.name) for d, label in zip(listed, _unique_labels(listed), strict=True)]
    if remembered and not any(c.value == remembered for c in choices):
        present = next((d for d in devices if d.name == remembered), None)
        if present is None:
            choices.append(DeviceChoice(f"{remembered} (not connected)", remembered))
        elif not present.is_default:  # a sound server or plugin picked in an older version
            choices.append(DeviceChoice(display_name(present), remembered))
    return choices


def chosen_index(choices: Sequence[DeviceChoice], remembered: str | None) -> int:
    """The entry to select for the setting `remembered`: its own, else the system default (0)."""
    return next((i for i, c in enumerate(choices) if c.value == remembered and remembered), 0)
