"""The computer's own sound (what it plays: the other side of a call) as a second input.

Each system has its own way in, behind one small interface (`SystemSource`, `list_system_sources`,
`default_system_source`, `SystemSource.open_stream`):

- Linux (PulseAudio, or PipeWire through its PulseAudio server): every output ("sink") has a monitor
  source that hears what it plays. It is recorded through ALSA's `pulse` device with `PULSE_SOURCE` naming
  the monitor while the stream opens (libpulse reads it when the stream connects); `pactl` lists the
  outputs and tells which is the default, so a recording can follow the user's switch to another output.
- Windows: WASAPI loopback of the default output (iam_desktop.recording.loopback_windows).
- macOS: no loopback without a virtual device (BlackHole, Loopback…): one of those among the inputs is
  used; otherwise a plain message says what to install (iam_desktop.recording.loopback_macos).
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from iam_desktop.errors import RecordingError
from iam_desktop.platform_support import is_macos, is_windows
from iam_desktop.recording.devices import list_input_devices, sounddevice

log = logging.getLogger(__name__)

PULSE = "pulse"
WASAPI = "wasapi"
VIRTUAL_DEVICE = "virtual-device"
#: PulseAudio's name for the default output's monitor (resolved when a stream connects)
DEFAULT_MONITOR = "@DEFAULT_MONITOR@"
#: how long a `pactl` question may take (seconds)
PACTL_TIMEOUT = 3.0

#: opening a stream on the `pulse` device with PULSE_SOURCE set: one at a time (the variable is process-wide)
_ENV_LOCK = threading.Lock()

Callback = Callable[..., None]


class SystemAudioUnavailable(RecordingError):
    """The computer's sound cannot be recorded here (no loopback, no sound server); the message says why
    and what to do."""


@dataclass(frozen=True)
class SystemSource:
    """One way to hear what the computer plays.

    Attributes:
        name: what the user sees ("Monitor of Built-in Audio").
        ident: how the backend opens it (a PulseAudio source name, a device index…).
        backend: PULSE, WASAPI or VIRTUAL_DEVICE.
        channels: what we record (1 or 2).
        default_rate: its own sample rate.
        is_default: it hears the system's default output.
    """

    name: str
    ident: str
    backend: str
    channels: int
    default_rate: float
    is_default: bool

    kind = "system"

    def to_json(self) -> dict[str, object]:
        return {
            "name": self.name, "kind": self.kind, "host_api": self.backend, "channels": self.channels,
            "default_rate": self.default_rate, "default": self.is_default,
        }  # fmt: skip

    def open_stream(self, rate: int, callback: Callback, finished_callback: Callable[[], None]) -> Any:
        """An input stream (not started) on this source: int16 frames of `self.channels` at `rate`,
        delivered to `callback(indata, frames, time_info, status)` as PortAudio does. Raises
        RecordingError if it cannot be opened."""
        if self.backend == PULSE:
            return _open_pulse(self, rate, callback, finished_callback)
        if self.backend == WASAPI:
            from iam_desktop.recording.loopback_windows import open_loopback_stream

            return open_loopback_stream(int(self.ident), rate, self.channels, callback, finished_callback)
        sd = sounddevice()
        try:
            return sd.InputStream(
                device=int(self.ident), samplerate=rate, channels=self.channels, dtype="int16",
                callback=callback, finished_callback=finished_callback,
            )  # fmt: skip
        except (sd.PortAudioError, ValueError) as exc:
            raise RecordingError(f"the computer's audio ({self.name}) could not be opened: {exc}") from exc

    def check_rate(self, rate: int) -> bool:
        """Whether the source records at `rate` (a sound server converts any rate; a device may not)."""
        if self.backend == PULSE:
            return True
        if self.backend == WASAPI:
            return rate == int(self.default_rate)
        sd = sounddevice()
        try:
            sd.check_input_settings(device=int(self.ident), channels=self.channels, dtype="int16",
                                    samplerate=rate)  # fmt: skip
            return True
        except (sd.PortAudioError, ValueError):
            return False


def list_system_sources() -> list[SystemSource]:
    """Every source of the computer's own sound, the default output's first; [] where there is none.
    Raises RecordingError only when the audio system itself is missing."""
    if is_windows():
        return _windows_sources()
    if is_macos():
        return _macos_sources()
    return _pulse_sources()


def default_system_source() -> SystemSource:
    """The source that hears the default output. Raises SystemAudioUnavailable with what to do."""
    sources = list_system_sources()
    if sources:
        return next((s for s in sources if s.is_default), sources[0])
    if is_macos():
        from iam_desktop.recording.loopback_macos import macos_version, unavailable_message

        raise SystemAudioUnavailable(unavailable_message(macos_version()))
    if is_windows():
        raise SystemAudioUnavailable(
            "the computer's audio cannot be recorded: no output device offers WASAPI loopback"
        )
    raise SystemAudioUnavailable(
        "the computer's audio cannot be recorded: it needs PulseAudio or PipeWire (with pipewire-pulse) and "
        "ALSA's pulse plugin (on Debian/Ubuntu: apt install pulseaudio-utils libasound2-plugins)"
    )


def find_system_source(name: str | None) -> SystemSource:
    """The system source called `name` (or containing it, ignoring case); the default one for None."""
    if name is None:
        return default_system_source()
    sources = list_system_sources()
    exact = [s for s in sources if name in (s.name, s.ident)]
    partial = [s for s in sources if name.casefold() in s.name.casefold()]
    found = exact or partial
    if len(found) == 1 or exact:
        return found[0]
    from iam_desktop.errors import DeviceNotFound

    names = ", ".join(repr(s.name) for s in sources) or "none"
    raise DeviceNotFound(f"no single source of the computer's audio called {name!r}; there are: {names}")


# --- Linux: PulseAudio / PipeWire -----------------------------------------------------------------------


def pulse_device_index() -> int | None:
    """PortAudio's number for ALSA's `pulse` device (None when ALSA has no pulse plugin)."""
    sd = sounddevice()
    try:
        devices = sd.query_devices()
    except sd.PortAudioError:
        return None
    found = (int(d["index"]) for d in devices if d["name"] == PULSE and d["max_input_channels"] > 0)
    return next(found, None)


def _pactl(*args: str) -> str | None:
    """`pactl ARGS`'s output, or None when pactl is missing or fails."""
    pactl = shutil.which("pactl")
    if pactl is None:
        return None
    try:
        done = subprocess.run(
            [pactl, *args], capture_output=True, text=True, timeout=PACTL_TIMEOUT, check=False
        )
    except (OSError, subprocess.SubprocessError) as exc:
        log.debug("pactl %s: %s", " ".join(args), exc)
        return None
    return done.stdout if done.returncode == 0 else None


def default_sink() -> str | None:
    """The name of the sound server's default output (None when it cannot be asked)."""
    out = _pactl("get-default-sink")
    return out.strip() or None if out is not None else None


def pulse_monitors() -> list[tuple[str, str, int, int]]:
    """(monitor source, description, channels, rate) of every output of the sound server; [] when
    `pactl` cannot tell."""
    out = _pactl("-f", "json", "list", "sinks")
    if out is not None:
        try:
            return [_sink_monitor(sink) for sink in json.loads(out)]
        except (ValueError, KeyError, TypeError) as exc:
            log.debug("pactl's JSON list of sinks: %s", exc)
    out = _pactl("list", "short", "sinks")  # older pactl: no JSON
    if out is None:
        return []
    monitors = []
    for line in out.splitlines():
        fields = line.split("\t")
        if len(fields) >= 2:
            monitors.append((f"{fields[1]}.monitor", fields[1], _short_channels(fields), 48000))
    return monitors


def _sink_monitor(sink: dict[str, Any]) -> tuple[str, str, int, int]:
    spec = str(sink.get("sample_specification", ""))  # "s16le 2ch 48000Hz"
    channels, rate = 2, 48000
    for part in spec.split():
        if part.endswith("ch") and part[:-2].isdigit():
            channels = int(part[:-2])
        elif part.endswith("Hz") and part[:-2].isdigit():
            rate = int(part[:-2])
    monitor = str(sink.get("monitor_source") or f"{sink['name']}.monitor")
    return monitor, str(sink.get("description") or sink["name"]), channels, rate


def _short_channels(fields: list[str]) -> int:
    spec = fields[3] if len(fields) > 3 else ""
    for part in spec.split():
        if part.endswith("ch") and part[:-2].isdigit():
            return int(part[:-2])
    return 2


def _pulse_sources() -> list[SystemSource]:
    if pulse_device_index() is None:
        return []
    monitors = pulse_monitors()
    if not monitors:  # no pactl: the server still knows its default output's monitor
        return [SystemSource("Computer audio (default output)", DEFAULT_MONITOR, PULSE, 2, 48000.0, True)]
    default = default_sink()
    described = [description for _m, description, _c, _r in monitors]

    def name(monitor: str, description: str) -> str:  # two outputs described alike: their names apart
        alike = described.count(description) > 1
        return f"Monitor of {description}" + (f" ({monitor.removesuffix('.monitor')})" if alike else "")

    sources = [
        SystemSource(
            name=name(monitor, description), ident=monitor, backend=PULSE, channels=min(2, max(1, channels)),
            default_rate=float(rate), is_default=default is not None and monitor == f"{default}.monitor",
        )  # fmt: skip
        for monitor, description, channels, rate in monitors
    ]
    return sorted(sources, key=lambda s: not s.is_default)


def current_default_monitor() -> SystemSource | None:
    """The source hearing the default output now (None if there is no output, or pactl cannot tell):
    what a recording switches to when the user changes output."""
    if _pactl("info") is None:
        return None
    return next((s for s in _pulse_sources() if s.is_default), None)


def pulse_source_exists(ident: str) -> bool | None:
    """Whether the sound server still has the source `ident` (None: cannot tell)."""
    out = _pactl("list", "short", "sources")
    if out is None or ident == DEFAULT_MONITOR:
        return None
    return any(line.split("\t")[1:2] == [ident] for line in out.splitlines())


def _open_pulse(source: SystemSource, rate: int, callback: Callback, finished: Callable[[], None]) -> Any:
    sd = sounddevice()
    index = pulse_device_index()
    if index is None:
        raise SystemAudioUnavailable(
            "the computer's audio cannot be recorded: ALSA's pulse device is missing (on Debian/Ubuntu: "
            "apt install libasound2-plugins)"
        )
    with _ENV_LOCK:
        previous = os.environ.get("PULSE_SOURCE")
        os.environ["PULSE_SOURCE"] = source.ident
        try:
            return sd.InputStream(
                device=index, samplerate=rate, channels=source.channels, dtype="int16", callback=callback,
                finished_callback=finished,
            )  # fmt: skip
        except (sd.PortAudioError, ValueError) as exc:
            raise RecordingError(f"the computer's audio ({source.name}) could not be opened: {exc}") from exc
        finally:
            if previous is None:
                os.environ.pop("PULSE_SOURCE", None)
            else:
                os.environ["PULSE_SOURCE"] = previous


# --- Windows and macOS ----------------------------------------------------------------------------------


def _windows_sources() -> list[SystemSource]:
    from iam_desktop.recording.loopback_windows import list_loopback_devices

    return [
        SystemSource(d.name, str(d.index), WASAPI, d.channels, float(d.rate), d.is_default)
        for d in list_loopback_devices()
    ]


def _macos_sources() -> list[SystemSource]:
    from iam_desktop.recording.loopback_macos import virtual_loopback_inputs

    return [
        SystemSource(d.name, str(d.index), VIRTUAL_DEVICE, d.channels, d.default_rate, i == 0)
        for i, d in enumerate(virtual_loopback_inputs(list_input_devices()))
    ]


def follow_default_output(current: SystemSource) -> SystemSource | None:
    """For a recording of the default output's sound (Recorder's `follow`): the source to record now — the
    new default output's monitor after the user switched output (in the recording's own format), the same
    source when nothing changed or the sound server cannot tell, None when the source is gone and there is
    no other output."""
    if current.backend != PULSE:
        return current
    default = current_default_monitor()
    if default is not None and default.ident != current.ident:
        return SystemSource(default.name, default.ident, PULSE, current.channels, current.default_rate, True)
    if default is None and pulse_source_exists(current.ident) is False:
        return None
    return current
