"""Recording what a Windows computer plays: WASAPI loopback, through PyAudioWPatch.

sounddevice's PortAudio has no loopback on Windows; PyAudioWPatch (a PyAudio with a patched PortAudio,
Windows only) lists, for every output WASAPI knows, a twin input named "<output name> [Loopback]" that
records what that output plays. This module has two halves:

- pure selection, tested on any system with realistic device lists: which loopback inputs there are, the
  default output's first (`loopback_sources`), and the one format each can record in (`loopback_format`);
- a thin adapter around pyaudiowpatch (imported only when called): `list_loopback_devices` and
  `open_loopback_stream`, whose stream behaves like the sounddevice.InputStream the recorder uses (start,
  stop, close, `latency`; the callback gets int16 blocks of shape (frames, channels) and a status with
  `input_overflow`; `finished_callback` runs when the stream ends by itself).

The format: a loopback input records the output's own mix format, in shared mode: its default sample rate
and all its channels (2 for stereo speakers, 6 or 8 for a surround set-up). PortAudio refuses any other
rate, and refuses mono (paInvalidChannelCount); downmixing and resampling happen after capture.

Silence: WASAPI delivers loopback audio only while something plays on that output. When nothing does,
the callback is not called at all (no blocks of zeros), which a recorder would take for a lost device and
which leaves holes in the track's timeline. While a loopback stream runs, it therefore plays silence on
the output it records (a "keep-alive" stream, the usual cure, as OBS does): the output then always has a
stream, and the loopback delivers silence as steady blocks. The user hears nothing; while it plays, Windows
counts the audio as in use (as during any playback, the computer does not go to sleep by itself).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import numpy as np

from iam_desktop.errors import RecordingError

log = logging.getLogger(__name__)

#: what PyAudioWPatch appends to an output's name to name its loopback twin
LOOPBACK_SUFFIX = " [Loopback]"
#: PortAudio's name and type number (paWASAPI) of the WASAPI host API
WASAPI_HOST_API = "Windows WASAPI"
_PA_WASAPI = 13
#: how often the watcher looks whether a running stream has ended by itself (seconds)
_WATCH_INTERVAL = 0.25

#: the callback the stream calls: (indata int16 (frames, channels), frames, time_info, status); time_info
#: is PyAudio's dict of PortAudio's times (input_buffer_adc_time, current_time, output_buffer_dac_time),
#: not sounddevice's object: the recorder reads none of it
AudioCallback = Callable[[np.ndarray, int, Any, "CallbackStatus"], None]


@dataclass(frozen=True)
class LoopbackDevice:
    """One output whose sound can be recorded, as its loopback input.

    Attributes:
        index: PyAudioWPatch's number of the loopback input (valid until the device list changes).
        name: the output it records, as the user knows it ("Speakers (Realtek(R) Audio)"; the loopback
            input itself is "Speakers (Realtek(R) Audio) [Loopback]").
        channels: its channels: all of the output's (the only count it records in: 2, or 6 or 8 for a
            surround set-up).
        default_rate: the output's mix rate as PortAudio gives it (the only rate it records at).
        is_default: it records the system's default output.
        output_index: PyAudioWPatch's number of the output itself (where the keep-alive silence is
            played); None if it is not listed.
    """

    index: int
    name: str
    channels: int
    default_rate: float
    is_default: bool
    output_index: int | None = None

    @property
    def rate(self) -> int:
        """The sample rate it records at, in whole hertz (see loopback_format)."""
        return int(round(self.default_rate))


def loopback_sources(
    devices: Sequence[Mapping[str, Any]],
    host_apis: Sequence[Mapping[str, Any]],
    default_output_index: int | None,
) -> list[LoopbackDevice]:
    """The loopback inputs among `devices` (PyAudioWPatch's device dicts: index, name, hostApi,
    maxInputChannels, maxOutputChannels, defaultSampleRate, isLoopbackDevice; `host_apis` its host API
    dicts), the default output's first, the others after in PyAudioWPatch's order.

    `default_output_index` is the default output's number (the WASAPI host API's defaultOutputDevice, or
    any host API's entry for it: MME's name, cut to 31 characters, is matched as the start of the name).
    The loopback twin is found by name, "<output name> [Loopback]", never by number: PyAudioWPatch lists
    the twins after all the other devices. None, or an output without a twin: no source is the default.
    """
    wasapi = {int(api["index"]) for api in host_apis if _is_wasapi(api)}
    loopbacks = [
        d for d in devices
        if d.get("isLoopbackDevice") and int(d.get("maxInputChannels", 0)) > 0
        and (not wasapi or int(d.get("hostApi", -1)) in wasapi)
    ]  # fmt: skip
    default_index = _default_loopback_index(devices, loopbacks, default_output_index)
    found = [
        LoopbackDevice(
            index=int(d["index"]),
            name=output_name(str(d["name"])),
            channels=int(d["maxInputChannels"]),
            default_rate=float(d["defaultSampleRate"]),
            is_default=int(d["index"]) == default_index,
            output_index=_render_twin(devices, d),
        )
        for d in loopbacks
    ]
    return sorted(found, key=lambda d: not d.is_default)


def output_name(loopback_name: str) -> str:
    """The output a loopback input records: its name without PyAudioWPatch's " [Loopback]"."""
    return loopback_name.removesuffix(LOOPBACK_SUFFIX).rstrip()


def loopback_format(device: LoopbackDevice) -> tuple[int, int]:
    """The (sample rate, channels) `device` records in: the output's own mix format, nothing else.

    WASAPI loopback runs in shared mode and hands over what the audio engine mixes for the output, in the
    engine's format; PortAudio neither resamples it nor changes its channel count (mono is refused)."""
    return device.rate, device.channels


def is_valid_format(device: LoopbackDevice, rate: int, channels: int) -> bool:
    """True if `device` can record at `rate` with `channels`: only in its own mix format (loopback_format)."""
    return (int(rate), int(channels)) == loopback_format(device)


def _is_wasapi(api: Mapping[str, Any]) -> bool:
    return api.get("type") == _PA_WASAPI or api.get("name") == WASAPI_HOST_API


def _default_loopback_index(
    devices: Sequence[Mapping[str, Any]], loopbacks: Sequence[Mapping[str, Any]], default_index: int | None
) -> int | None:
    """The number of the loopback input that records the output numbered `default_index`, or None."""
    if default_index is None or default_index < 0:
        return None
    default = next((d for d in devices if int(d["index"]) == default_index), None)
    if default is None:
        return None
    if default.get("isLoopbackDevice"):
        return default_index
    wanted = str(default["name"]).strip()
    if not wanted:
        return None
    exact = [int(d["index"]) for d in loopbacks if output_name(str(d["name"])) == wanted]
    if exact:
        return exact[0]
    starts = [int(d["index"]) for d in loopbacks if output_name(str(d["name"])).startswith(wanted)]
    return starts[0] if len(starts) == 1 else None  # a name cut short (MME) fits one output, or none


def _render_twin(devices: Sequence[Mapping[str, Any]], loopback: Mapping[str, Any]) -> int | None:
    """The number of the output (same host API, its name) whose sound `loopback` records, or None."""
    wanted = output_name(str(loopback["name"]))
    return next(
        (
            int(d["index"]) for d in devices
            if not d.get("isLoopbackDevice") and d.get("hostApi") == loopback.get("hostApi")
            and int(d.get("maxOutputChannels", 0)) > 0 and str(d["name"]) == wanted
        ),
        None,
    )  # fmt: skip


# --- the adapter: the only part that touches pyaudiowpatch ---------------------------------------------


@dataclass(frozen=True)
class CallbackStatus:
    """What went wrong in the block the callback gets (sounddevice's CallbackFlags, as far as used)."""

    input_overflow: bool = False
    input_underflow: bool = False

    def __bool__(self) -> bool:
        return self.input_overflow or self.input_underflow


def pyaudiowpatch() -> ModuleType:
    """The pyaudiowpatch module; RecordingError in plain words if it is missing (it exists for Windows
    only)."""
    try:
        import pyaudiowpatch as module  # type: ignore[import-not-found]  # Windows-only, no types
    except (ImportError, OSError) as exc:  # OSError: its PortAudio DLL could not be loaded
        raise RecordingError(
            "the computer's sound cannot be recorded: the PyAudioWPatch package is missing or broken "
            f"({exc}); it comes with IAM Desktop on Windows, or: pip install PyAudioWPatch"
        ) from exc
    return module


def list_loopback_devices() -> list[LoopbackDevice]:
    """Every output whose sound can be recorded, the default output's first ([] without WASAPI).
    Raises RecordingError without PyAudioWPatch or when the audio system does not answer."""
    module = pyaudiowpatch()
    pa = _initialise(module)
    try:
        host_apis = [pa.get_host_api_info_by_index(i) for i in range(pa.get_host_api_count())]
        devices = [pa.get_device_info_by_index(i) for i in range(pa.get_device_count())]
    except OSError as exc:
        raise RecordingError(f"the audio system did not answer: {exc}") from exc
    finally:
        pa.terminate()
    default = next((int(api["defaultOutputDevice"]) for api in host_apis if _is_wasapi(api)), None)
    return loopback_sources(devices, host_apis, default)


def open_loopback_stream(
    index: int,
    rate: int,
    channels: int,
    callback: AudioCallback,
    finished_callback: Callable[[], None],
    *,
    keep_alive: bool = True,
) -> LoopbackStream:
    """Open (not start) the loopback input numbered `index`, in its own format (`rate` and `channels`
    must be its loopback_format). `callback(indata, frames, time_info, status)` runs on the audio
    system's thread with each block; `finished_callback()` once, if the stream ends by itself (the device
    went away, or the callback raised), never after stop() or close().

    With `keep_alive`, silence is played on the output being recorded while the stream runs (see the
    module's docstring); an output that refuses it is recorded without it.

    Raises RecordingError (PyAudioWPatch missing, not a loopback input, another format, refused by the
    audio system) with nothing left open."""
    module = pyaudiowpatch()
    pa = _initialise(module)
    try:
        devices = [pa.get_device_info_by_index(i) for i in range(pa.get_device_count())]
        host_apis = [pa.get_host_api_info_by_index(i) for i in range(pa.get_host_api_count())]
        device = next((d for d in loopback_sources(devices, host_apis, None) if d.index == index), None)
        if device is None:
            raise RecordingError(f"audio device {index} is not one whose sound can be recorded (gone?)")
        if not is_valid_format(device, rate, channels):
            need_rate, need_channels = loopback_format(device)
            raise RecordingError(
                f"the sound of {device.name!r} can only be recorded as it is played: {need_rate} Hz, "
                f"{need_channels} channels (not {rate} Hz, {channels} channels)"
            )
        twin = next((d for d in devices if int(d["index"]) == device.output_index), None)
        return LoopbackStream(
            module, pa, device, callback, finished_callback, keep_alive_output=twin if keep_alive else None
        )
    except (OSError, ValueError) as exc:
        pa.terminate()
        raise RecordingError(f"the computer's sound could not be opened for recording: {exc}") from exc
    except BaseException:
        pa.terminate()
        raise


def _initialise(module: ModuleType) -> Any:
    try:
        return module.PyAudio()
    except OSError as exc:
        raise RecordingError(f"no audio system: PortAudio could not start ({exc})") from exc


class LoopbackStream:
    """A loopback input opened through PyAudioWPatch, shaped like the sounddevice.InputStream the
    recorder uses. Owns its PyAudio instance: close() terminates it.

    Attributes:
        latency: the input's latency (seconds), as PortAudio reports it.
        device: what is recorded.
    """

    def __init__(
        self,
        module: ModuleType,
        pa: Any,
        device: LoopbackDevice,
        callback: AudioCallback,
        finished_callback: Callable[[], None],
        *,
        keep_alive_output: Mapping[str, Any] | None = None,
    ) -> None:
        self.device = device
        self._module = module
        self._pa = pa
        self._callback = callback
        self._finished_callback = finished_callback
        self._channels = device.channels
        self._lock = threading.Lock()
        self._running = False
        self._ended = False  # finished_callback was called, or is no longer wanted (stop/close)
        self._closed = False
        self._watch_stop = threading.Event()
        self._watcher: threading.Thread | None = None
        self._silence = b""
        self._keep_alive_channels = device.channels
        rate, channels = loopback_format(device)
        self._stream = pa.open(
            format=module.paInt16, channels=channels, rate=rate, input=True, input_device_index=device.index,
            stream_callback=self._on_audio, start=False,
        )  # fmt: skip
        self.latency = float(self._stream.get_input_latency())
        self._keep_alive: Any = None
        if keep_alive_output is not None:
            self._keep_alive = self._open_keep_alive(keep_alive_output)

    # --- control --------------------------------------------------------------------------------

    def start(self) -> None:
        """Start recording (and the keep-alive silence, first). Raises RecordingError if refused."""
        with self._lock:
            if self._closed:
                raise RecordingError("the loopback stream is closed")
            self._ended = False
        try:
            if self._keep_alive is not None:
                try:
                    self._keep_alive.start_stream()
                except OSError as exc:
                    log.warning("playing silence on %r: %s; recording without it", self.device.name, exc)
            self._stream.start_stream()
        except OSError as exc:
            if self._keep_alive is not None:
                try:
                    self._keep_alive.stop_stream()
                except OSError:
                    pass  # closing it (close()) is all that is left to do
            raise RecordingError(f"recording the sound of {self.device.name!r} did not start: {exc}") from exc
        with self._lock:
            self._running = True
        self._watch_stop.clear()
        self._watcher = threading.Thread(target=self._watch, name="iam-loopback-watch", daemon=True)
        self._watcher.start()

    def stop(self) -> None:
        """Stop recording (the blocks PortAudio still holds are delivered first); finished_callback is
        not called. Safe to call twice, and after the stream ended by itself: a stream whose device
        vanished can fail to stop, which is logged (nothing more is to be had from it), never raised."""
        with self._lock:
            self._ended = True
            running, self._running = self._running, False
        self._stop_watcher()
        if not running:
            return
        for stream in (self._stream, self._keep_alive):
            if stream is not None:
                try:
                    stream.stop_stream()
                except OSError as exc:
                    log.warning("stopping a loopback stream of %r: %s", self.device.name, exc)

    def close(self) -> None:
        """Stop if running, close the streams and terminate PyAudio. Safe to call twice."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
        try:
            self.stop()
        finally:
            try:
                for stream in (self._stream, self._keep_alive):
                    if stream is not None:
                        try:
                            stream.close()
                        except OSError as exc:
                            log.warning("closing a loopback stream: %s", exc)
            finally:
                self._pa.terminate()

    # --- PortAudio's thread ---------------------------------------------------------------------

    def _on_audio(self, in_data: bytes | None, frames: int, time_info: Any, flags: int) -> tuple[None, int]:
        # NOTE: runs on the audio system's real-time thread: convert, hand over, return.
        block = np.frombuffer(in_data or b"", dtype=np.int16)
        block = block[: len(block) - len(block) % self._channels].reshape(-1, self._channels)
        status = CallbackStatus(
            input_overflow=bool(flags & self._module.paInputOverflow),
            input_underflow=bool(flags & self._module.paInputUnderflow),
        )
        try:
            self._callback(block, len(block), time_info, status)
        except Exception:  # the stream ends; the watcher reports it through finished_callback
            log.exception("the loopback callback failed")
            return None, self._module.paAbort
        return None, self._module.paContinue

    def _on_silence(self, in_data: object, frames: int, time_info: object, flags: int) -> tuple[bytes, int]:
        need = frames * self._keep_alive_channels * 2
        if len(self._silence) != need:
            self._silence = bytes(need)
        return self._silence, self._module.paContinue

    # --- the watcher ----------------------------------------------------------------------------

    def _watch(self) -> None:
        """Call finished_callback once the running stream is no longer active (PortAudio ended it after
        the callback aborted, or the device went away) unless stop() or close() came first."""
        while not self._watch_stop.wait(_WATCH_INTERVAL):
            try:
                active = bool(self._stream.is_active())
            except OSError:  # the stream's device is gone
                active = False
            if active:
                continue
            with self._lock:
                if self._ended:
                    return
                self._ended = True
            try:
                self._finished_callback()
            except Exception:
                log.exception("the loopback finished_callback failed")
            return

    def _stop_watcher(self) -> None:
        self._watch_stop.set()
        watcher = self._watcher
        if watcher is not None and watcher is not threading.current_thread():
            watcher.join(timeout=5)

    def _open_keep_alive(self, output: Mapping[str, Any]) -> Any:
        self._keep_alive_channels = max(1, int(output.get("maxOutputChannels", self._channels)))
        try:
            return self._pa.open(
                format=self._module.paInt16, channels=self._keep_alive_channels,
                rate=int(round(float(output["defaultSampleRate"]))), output=True,
                output_device_index=int(output["index"]), stream_callback=self._on_silence, start=False,
            )  # fmt: skip
        except (OSError, ValueError) as exc:
            log.warning("cannot play silence on %r (%s): recording without it", self.device.name, exc)
            return None
