"""Recording what a Mac plays: found among the inputs as a virtual loopback device, or explained.

PortAudio has no loopback on macOS, and the native ways (ScreenCaptureKit from macOS 13, Core Audio
process taps from macOS 14.2) are not built yet. What works today is a virtual audio device the user
installs (BlackHole, free; Loopback by Rogue Amoeba; Soundflower; Background Music; VB-Cable): with the
sound sent to it (a Multi-Output Device in Audio MIDI Setup plays to the speakers and to it at once), it
shows up as an ordinary input, recorded through sounddevice like a microphone (backend "virtual-device").

Feature detection only: nothing here raises, whatever the input, and nothing imports PyObjC.
"""

from __future__ import annotations

import platform
import re
from collections.abc import Iterable

from iam_desktop.recording.devices import InputDevice

#: the first macOS with ScreenCaptureKit audio capture (what native capture would use)
SCREENCAPTUREKIT_VERSION = (13, 0)

#: names (matched anywhere in the device's name, ignoring case) of virtual devices that carry what the
#: computer plays: BlackHole 2ch/16ch/64ch, Rogue Amoeba's Loopback ("Loopback Audio", its default name),
#: Soundflower (2ch/64ch), Background Music, VB-Audio's VB-Cable
_VIRTUAL_LOOPBACK_NAMES = ("blackhole", "loopback audio", "soundflower", "background music", "vb-cable",
                           "vb-audio")  # fmt: skip
#: ...except these: Background Music's second device carries only the system's alert sounds
_NOT_LOOPBACK_NAMES = ("background music (ui sounds)",)

_VERSION = re.compile(r"\s*(\d+)(?:\.(\d+))?")


def macos_version(release: str | None = None) -> tuple[int, int] | None:
    """(major, minor) of macOS, from `release` (platform.mac_ver()'s "14.2.1"; None: this machine's), or
    None when it is not macOS or the string makes no sense. "13" is (13, 0)."""
    try:
        if release is None:
            release = platform.mac_ver()[0]
        match = _VERSION.match(str(release))
        if match is None:
            return None
        return int(match.group(1)), int(match.group(2) or 0)
    except Exception:  # feature detection never fails
        return None


def is_virtual_loopback_name(name: object) -> bool:
    """True if `name` is that of a known virtual device carrying the computer's sound."""
    if not isinstance(name, str):
        return False
    folded = name.casefold()
    if any(other in folded for other in _NOT_LOOPBACK_NAMES):
        return False
    return any(known in folded for known in _VIRTUAL_LOOPBACK_NAMES)


def virtual_loopback_inputs(inputs: Iterable[InputDevice]) -> list[InputDevice]:
    """The inputs that are virtual loopback devices (by name), in the order given."""
    try:
        return [d for d in inputs if is_virtual_loopback_name(getattr(d, "name", None))]
    except Exception:  # feature detection never fails
        return []


def unavailable_message(version: tuple[int, int] | None) -> str:
    """What a Mac user reads when no source of the computer's sound is found: how to add one (BlackHole),
    and that native capture is not built yet. `version` is macos_version()'s answer."""
    try:
        shown = f"macOS {version[0]}.{version[1]}" if version is not None else "this Mac"
        native_possible = version is not None and tuple(version) >= SCREENCAPTUREKIT_VERSION
    except Exception:  # an odd version: say nothing about it
        shown, native_possible = "this Mac", False
    if native_possible:
        native = (f"Recording it directly (ScreenCaptureKit, which {shown} has) is not built into "
                  "IAM Desktop yet.")  # fmt: skip
    else:
        native = ("Recording it directly (ScreenCaptureKit, macOS 13 or later) is not built into IAM Desktop "
                  "yet.")  # fmt: skip
    return (
        f"The computer's sound cannot be recorded on {shown} without a virtual audio device. {native} "
        "Install BlackHole (free: https://existential.audio/blackhole/, or `brew install blackhole-2ch`), "
        "then in Audio MIDI Setup create a Multi-Output Device with your speakers or headphones and "
        "BlackHole 2ch, and choose it as the sound output (System Settings → Sound → Output). "
        "IAM Desktop then records the computer's sound from BlackHole 2ch. "
        "Loopback (Rogue Amoeba), Soundflower, Background Music and VB-Cable work too."
    )
