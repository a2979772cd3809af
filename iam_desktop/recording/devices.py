"""The computer's audio inputs (through sounddevice/PortAudio) and the format to record each in."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from iam_desktop.errors import DeviceNotFound, RecordingError
from iam_desktop.platform_support import host_api_rank

log = logging.getLogger(__name__)

#: rates tried, in order, when a device's own default rate is refused
FALLBACK_RATES = (48000, 44100, 32000, 22050, 16000)


@dataclass(frozen=True)
class InputDevice:
    """One audio input.

    Attributes:
        index: PortAudio's number for it (valid until the device list changes).
        name: its name as the system gives it; what the user picks and the settings remember.
        host_api: the audio system it is reached through (ALSA, Core Audio, WASAPI…).
        max_channels: input channels it offers.
        default_rate: its preferred sample rate.
        is_default: the system's default input.
    """

    index: int
    name: str
    host_api: str
    max_channels: int
    default_rate: float
    is_default: bool

    kind = "microphone"

    @property
    def channels(self) -> int:
        """What we record: mono from a mono device, stereo from anything with two or more channels."""
        return 1 if self.max_channels == 1 else 2

    def to_json(self) -> dict[str, object]:
        return {
            "index": self.index,
            "name": self.name,
            "kind": self.kind,
            "host_api": self.host_api,
            "channels": self.max_channels,
            "default_rate": self.default_rate,
            "default": self.is_default,
        }

    def open_stream(
        self, rate: int, callback: Callable[..., None], finished_callback: Callable[[], None]
    ) -> Any:
        """A PortAudio input stream on this device (not started). Raises RecordingError."""
        sd = sounddevice()
        try:
            return sd.InputStream(
                device=self.index, samplerate=rate, channels=self.channels, dtype="int16", callback=callback,
                finished_callback=finished_callback,
            )  # fmt: skip
        except (sd.PortAudioError, ValueError) as exc:
            raise RecordingError(f"the input {self.name!r} could not be opened: {exc}") from exc


def sounddevice() -> ModuleType:
    """The sounddevice module; RecordingError in plain words if PortAudio is missing."""
    from iam_desktop.system_libraries import install_hint, missing_for_audio

    missing = missing_for_audio()  # without ALSA's files, loading PortAudio can abort the whole process
    if missing:
        raise RecordingError(f"no audio system: {install_hint(missing)}")
    try:
        import sounddevice as sd
    except OSError as exc:  # raised when the PortAudio library cannot be loaded
        raise RecordingError(
            f"no audio system: the PortAudio library could not be loaded ({exc}); on Debian/Ubuntu: "
            "apt install libportaudio2"
        ) from exc
    return sd


def list_input_devices() -> list[InputDevice]:
    """Every device that can record, the system default first. Raises RecordingError without PortAudio."""
    sd = sounddevice()
    try:
        devices = sd.query_devices()
        apis = sd.query_hostapis()
    except sd.PortAudioError as exc:
        raise RecordingError(f"the audio system did not answer: {exc}") from exc
    return input_devices_from(list(devices), list(apis), _default_input_index(sd))


def input_devices_from(
    devices: Sequence[Mapping[str, Any]], host_apis: Sequence[Mapping[str, Any]], default_index: int | None
) -> list[InputDevice]:
    """The inputs among `devices` (as sounddevice's query_devices lists them; `host_apis` as its
    query_hostapis), the one numbered `default_index` marked as the default and put first."""
    found = [
        InputDevice(
            index=int(d["index"]),
            name=str(d["name"]),
            host_api=str(host_apis[d["hostapi"]]["name"]),
            max_channels=int(d["max_input_channels"]),
            default_rate=float(d["default_samplerate"]),
            is_default=int(d["index"]) == default_index,
        )
        for d in devices
        if d["max_input_channels"] > 0
    ]
    return sorted(found, key=lambda d: not d.is_default)


def _default_input_index(sd: ModuleType) -> int | None:
    try:
        index = sd.default.device[0]
        if index is None or int(index) < 0:
            index = sd.query_devices(kind="input")["index"]
        return int(index)
    except (sd.PortAudioError, ValueError, TypeError, KeyError):
        return None


def find_input_device(name: str | None = None) -> InputDevice:
    """The input called `name` (exactly, else the one whose name contains it, ignoring case), or the
    default input when `name` is None. Raises DeviceNotFound, listing the inputs there are.

    One microphone may be listed under one name by several host APIs (on Windows: WASAPI, DirectSound,
    MME…); the entry of the system's best host API (platform_support.preferred_host_apis) is taken."""
    devices = list_input_devices()
    if not devices:
        raise DeviceNotFound("no microphone or other audio input was found")
    if name is None:
        return next((d for d in devices if d.is_default), devices[0])
    exact = [d for d in devices if d.name == name]
    if exact:
        return _best_host_api(exact)
    partial = [d for d in devices if name.casefold() in d.name.casefold()]
    if len({d.name for d in partial}) == 1:
        return _best_host_api(partial)
    names = ", ".join(dict.fromkeys(repr(d.name) for d in devices))
    if partial:
        raise DeviceNotFound(f"{name!r} matches several inputs ({names}): give the whole name")
    raise DeviceNotFound(f"no audio input called {name!r}; the inputs are: {names}")


def _best_host_api(same_name: list[InputDevice]) -> InputDevice:
    """Of entries that are one device under several host APIs, the best host API's (the first listed
    among equals)."""
    return min(same_name, key=lambda d: host_api_rank(d.host_api))


def choose_rate(device: InputDevice) -> int:
    """A sample rate the device accepts for recording: its own default if it takes it, else the first of
    FALLBACK_RATES it takes. Raises RecordingError if it takes none."""
    sd = sounddevice()
    candidates = [int(device.default_rate)] if device.default_rate >= 8000 else []
    candidates += [r for r in FALLBACK_RATES if r not in candidates]
    for rate in candidates:
        try:
            sd.check_input_settings(device=device.index, channels=device.channels, dtype="int16",
                                    samplerate=rate)  # fmt: skip
            return rate
        except (sd.PortAudioError, ValueError):
            continue
    raise RecordingError(f"the input {device.name!r} cannot record in any usual format")
