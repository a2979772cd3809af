"""Windows system-audio capture (recording/loopback_windows.py): the choice of loopback inputs from the
device lists PyAudioWPatch gives on a real Windows laptop, and the adapter's conversion of PyAudio's
callbacks into the recorder's, through a stand-in pyaudiowpatch (the real one exists for Windows only)."""

from __future__ import annotations

import sys
import threading
import time
import types
from typing import Any

import numpy as np
import pytest

from iam_desktop.errors import RecordingError
from iam_desktop.recording import loopback_windows as lw
from iam_desktop.recording.loopback_windows import (
    LoopbackDevice,
    is_valid_format,
    loopback_format,
    loopback_sources,
    open_loopback_stream,
    output_name,
)

# PortAudio's numbers, as pyaudiowpatch exports them
PA_DIRECTSOUND, PA_MME, PA_WDMKS, PA_WASAPI = 1, 2, 11, 13
PA_INT16 = 8
PA_CONTINUE, PA_COMPLETE, PA_ABORT = 0, 1, 2
PA_INPUT_UNDERFLOW, PA_INPUT_OVERFLOW = 1, 2

HOST_APIS = [
    {"index": 0, "structVersion": 1, "type": PA_MME, "name": "MME", "deviceCount": 5,
     "defaultInputDevice": 1, "defaultOutputDevice": 4},
    {"index": 1, "structVersion": 1, "type": PA_DIRECTSOUND, "name": "Windows DirectSound", "deviceCount": 5,
     "defaultInputDevice": 5, "defaultOutputDevice": 7},
    {"index": 2, "structVersion": 1, "type": PA_WASAPI, "name": "Windows WASAPI", "deviceCount": 5,
     "defaultInputDevice": 12, "defaultOutputDevice": 11},
    {"index": 3, "structVersion": 1, "type": PA_WDMKS, "name": "Windows WDM-KS", "deviceCount": 3,
     "defaultInputDevice": 16, "defaultOutputDevice": 15},
]  # fmt: skip


def device(index, name, host_api, inputs, outputs, rate, loopback=False):
    return {"index": index, "structVersion": 2, "name": name, "hostApi": host_api, "maxInputChannels": inputs,
            "maxOutputChannels": outputs, "defaultLowInputLatency": 0.09, "defaultLowOutputLatency": 0.09,
            "defaultHighInputLatency": 0.18, "defaultHighOutputLatency": 0.18, "defaultSampleRate": rate,
            "isLoopbackDevice": loopback}  # fmt: skip


# A laptop with Realtek speakers, Sony Bluetooth headphones (44.1 kHz) and a microphone array, as
# PyAudioWPatch lists it: MME (names cut to 31 characters), DirectSound, WASAPI with the loopback twins
# after its other devices, WDM-KS (the driver's own names).
DEVICES = [
    device(0, "Microsoft Sound Mapper - Input", 0, 2, 0, 44100.0),
    device(1, "Microphone Array (Realtek(R) Au", 0, 2, 0, 44100.0),
    device(2, "Microsoft Sound Mapper - Output", 0, 0, 2, 44100.0),
    device(3, "Speakers (Realtek(R) Audio)", 0, 0, 2, 44100.0),
    device(4, "Headphones (WH-1000XM4)", 0, 0, 2, 44100.0),
    device(5, "Primary Sound Capture Driver", 1, 2, 0, 44100.0),
    device(6, "Microphone Array (Realtek(R) Audio)", 1, 2, 0, 44100.0),
    device(7, "Primary Sound Driver", 1, 0, 2, 44100.0),
    device(8, "Speakers (Realtek(R) Audio)", 1, 0, 2, 44100.0),
    device(9, "Headphones (WH-1000XM4)", 1, 0, 2, 44100.0),
    device(10, "Speakers (Realtek(R) Audio)", 2, 0, 2, 48000.0),
    device(11, "Headphones (WH-1000XM4)", 2, 0, 2, 44100.0),
    device(12, "Microphone Array (Realtek(R) Audio)", 2, 4, 0, 48000.0),
    device(13, "Speakers (Realtek(R) Audio) [Loopback]", 2, 2, 0, 48000.0, loopback=True),
    device(14, "Headphones (WH-1000XM4) [Loopback]", 2, 2, 0, 44100.0, loopback=True),
    device(15, "Speakers (Realtek HD Audio output)", 3, 0, 2, 48000.0),
    device(16, "Microphone Array (Realtek HD Audio Mic input)", 3, 2, 0, 48000.0),
]


# --- choosing the sources ------------------------------------------------------------------------------


def test_the_default_outputs_loopback_comes_first():
    sources = loopback_sources(DEVICES, HOST_APIS, 11)  # the WASAPI default output: the headphones
    assert sources == [
        LoopbackDevice(index=14, name="Headphones (WH-1000XM4)", channels=2, default_rate=44100.0,
                       is_default=True, output_index=11),
        LoopbackDevice(index=13, name="Speakers (Realtek(R) Audio)", channels=2, default_rate=48000.0,
                       is_default=False, output_index=10),
    ]  # fmt: skip


def test_the_default_output_is_matched_by_name_through_any_host_api():
    """The twin is found by name: the MME or DirectSound entry of the speakers names the same output."""
    for default in (3, 8, 10):
        first, second = loopback_sources(DEVICES, HOST_APIS, default)
        assert (first.name, first.is_default) == ("Speakers (Realtek(R) Audio)", True)
        assert (second.name, second.is_default) == ("Headphones (WH-1000XM4)", False)


def test_a_name_mme_cut_to_31_characters_still_finds_its_output():
    long_name = "Speakers (Realtek High Definition Audio)"
    devices = [
        device(0, long_name[:31], 0, 0, 2, 44100.0),
        device(1, long_name, 2, 0, 2, 48000.0),
        device(2, "Speakers (USB Audio Device)", 2, 0, 2, 48000.0),
        device(3, f"{long_name} [Loopback]", 2, 2, 0, 48000.0, loopback=True),
        device(4, "Speakers (USB Audio Device) [Loopback]", 2, 2, 0, 48000.0, loopback=True),
    ]
    sources = loopback_sources(devices, HOST_APIS[:3], 0)
    assert [(s.index, s.is_default) for s in sources] == [(3, True), (4, False)]
    # a start of a name that fits two outputs picks neither
    ambiguous = [*devices[:2], device(5, "Speakers (", 0, 0, 2, 44100.0), *devices[2:]]
    assert not any(s.is_default for s in loopback_sources(ambiguous, HOST_APIS[:3], 5))


def test_a_default_that_is_a_loopback_input_itself_is_the_default():
    sources = loopback_sources(DEVICES, HOST_APIS, 13)
    assert [(s.index, s.is_default) for s in sources] == [(13, True), (14, False)]


def test_no_default_output_lists_every_loopback_none_default():
    for default in (None, -1, 2, 99):  # none, paNoDevice, the Sound Mapper (no twin), a number gone
        sources = loopback_sources(DEVICES, HOST_APIS, default)
        assert [(s.index, s.is_default) for s in sources] == [(13, False), (14, False)]


def test_without_loopback_devices_there_is_no_source():
    plain = [d for d in DEVICES if not d["isLoopbackDevice"]]
    assert loopback_sources(plain, HOST_APIS, 11) == []
    assert loopback_sources([], [], None) == []


def test_only_wasapi_inputs_flagged_as_loopback_count():
    odd = [
        *DEVICES,
        device(17, "Stereo Mix (Realtek HD Audio Stereo input)", 3, 2, 0, 48000.0, loopback=True),  # WDM-KS
        device(18, "Muted [Loopback]", 2, 0, 0, 48000.0, loopback=True),  # no input channels
    ]
    assert [s.index for s in loopback_sources(odd, HOST_APIS, None)] == [13, 14]


def test_surround_output_keeps_all_its_channels():
    devices = [device(0, "Speakers (7.1 USB)", 2, 0, 8, 48000.0),
               device(1, "Speakers (7.1 USB) [Loopback]", 2, 8, 0, 48000.0, loopback=True)]  # fmt: skip
    (source,) = loopback_sources(devices, HOST_APIS, 0)
    assert (source.channels, source.output_index, source.is_default) == (8, 0, True)
    assert loopback_format(source) == (48000, 8)


def test_the_user_sees_the_outputs_name():
    assert output_name("Headphones (WH-1000XM4) [Loopback]") == "Headphones (WH-1000XM4)"
    assert output_name("Speakers") == "Speakers"
    # numbered otherwise (a device plugged in): the names, the default and the twins follow
    renumbered = loopback_sources([{**d, "index": d["index"] + 100} for d in DEVICES], HOST_APIS, 111)
    assert [(s.index, s.name, s.is_default, s.output_index) for s in renumbered] == [
        (114, "Headphones (WH-1000XM4)", True, 111),
        (113, "Speakers (Realtek(R) Audio)", False, 110),
    ]


def test_only_the_devices_own_format_is_valid():
    headphones = loopback_sources(DEVICES, HOST_APIS, 11)[0]
    assert loopback_format(headphones) == (44100, 2) and headphones.rate == 44100
    assert is_valid_format(headphones, 44100, 2)
    assert not is_valid_format(headphones, 48000, 2)  # WASAPI loopback does not resample
    assert not is_valid_format(headphones, 44100, 1)  # nor downmix: mono is refused
    odd_rate = LoopbackDevice(0, "x", 2, 44099.99999, True)
    assert loopback_format(odd_rate) == (44100, 2)


# --- the adapter, through a stand-in pyaudiowpatch ----------------------------------------------------


class FakeStream:
    def __init__(self, pa, **kwargs):
        self.pa, self.kwargs = pa, kwargs
        self.callback: Any = kwargs.get("stream_callback")
        self.running = False
        self.active = False
        self.closed = False
        self.start_error: OSError | None = None

    def get_input_latency(self):
        return 0.03

    def start_stream(self):
        if self.start_error is not None:
            raise self.start_error
        self.running = self.active = True

    def stop_stream(self):
        self.running = self.active = False

    def is_active(self):
        return self.active

    def close(self):
        self.closed = True

    def deliver(self, data: bytes, flags: int = 0):
        """What PortAudio's thread does: call the callback; a paAbort/paComplete answer ends the stream."""
        frames = len(data) // (2 * self.kwargs["channels"])
        times = {"input_buffer_adc_time": 10.5, "current_time": 10.52, "output_buffer_dac_time": 0.0}
        answer = self.callback(data, frames, times, flags)
        if answer[1] != PA_CONTINUE:
            self.active = False
        return answer


class FakePyAudio:
    instances: list[FakePyAudio] = []
    devices = DEVICES
    refuse_output = False

    def __init__(self):
        self.streams: list[FakeStream] = []
        self.terminated = 0
        FakePyAudio.instances.append(self)

    def get_device_count(self):
        return len(self.devices)

    def get_device_info_by_index(self, index):
        return dict(self.devices[index])

    def get_host_api_count(self):
        return len(HOST_APIS)

    def get_host_api_info_by_index(self, index):
        return dict(HOST_APIS[index])

    def open(self, **kwargs):
        if kwargs.get("output") and self.refuse_output:
            raise OSError(-9996, "Invalid device")
        stream = FakeStream(self, **kwargs)
        self.streams.append(stream)
        return stream

    def terminate(self):
        self.terminated += 1


@pytest.fixture
def fake_pyaudio(monkeypatch):
    module: Any = types.ModuleType("pyaudiowpatch")
    module.PyAudio = FakePyAudio
    module.paInt16, module.paWASAPI = PA_INT16, PA_WASAPI
    module.paContinue, module.paComplete, module.paAbort = PA_CONTINUE, PA_COMPLETE, PA_ABORT
    module.paInputUnderflow, module.paInputOverflow = PA_INPUT_UNDERFLOW, PA_INPUT_OVERFLOW
    monkeypatch.setitem(sys.modules, "pyaudiowpatch", module)
    monkeypatch.setattr(lw, "_WATCH_INTERVAL", 0.01)
    FakePyAudio.instances = []
    FakePyAudio.refuse_output = False
    return module


class Received:
    def __init__(self):
        self.blocks: list[tuple[np.ndarray, int, Any, Any]] = []
        self.finished = threading.Event()
        self.finished_count = 0

    def callback(self, indata, frames, time_info, status):
        self.blocks.append((indata.copy(), frames, time_info, status))

    def on_finished(self):
        self.finished_count += 1
        self.finished.set()


def test_list_loopback_devices_asks_pyaudio_and_lets_it_go(fake_pyaudio):
    sources = lw.list_loopback_devices()
    assert [(s.index, s.is_default) for s in sources] == [(14, True), (13, False)]  # WASAPI's default
    assert FakePyAudio.instances[0].terminated == 1


def test_blocks_arrive_as_int16_frames_by_channels(fake_pyaudio):
    got = Received()
    stream = open_loopback_stream(14, 44100, 2, got.callback, got.on_finished)
    pa = FakePyAudio.instances[0]
    capture, silence = pa.streams
    assert capture.kwargs == {"format": PA_INT16, "channels": 2, "rate": 44100, "input": True,
                              "input_device_index": 14, "stream_callback": capture.callback,
                              "start": False}  # fmt: skip
    assert stream.latency == 0.03
    stream.start()
    samples = np.array([[1, -1], [2, -2], [32767, -32768]], dtype=np.int16)
    assert capture.deliver(samples.tobytes()) == (None, PA_CONTINUE)
    capture.deliver(samples[:1].tobytes(), PA_INPUT_OVERFLOW)
    (first, frames, times, status), (second, _, _, overflowed) = got.blocks
    assert first.dtype == np.int16 and first.shape == (3, 2) and frames == 3
    np.testing.assert_array_equal(first, samples)
    assert times["input_buffer_adc_time"] == 10.5  # PyAudio's own, passed on
    assert not status.input_overflow and not status
    assert second.shape == (1, 2) and overflowed.input_overflow and overflowed
    stream.stop()
    stream.close()
    assert got.finished_count == 0  # stopped by us: not "ended by itself"
    assert capture.closed and silence.closed and pa.terminated == 1
    stream.close()
    assert pa.terminated == 1


def test_silence_is_played_on_the_output_being_recorded(fake_pyaudio):
    got = Received()
    stream = open_loopback_stream(13, 48000, 2, got.callback, got.on_finished)
    capture, silence = FakePyAudio.instances[0].streams
    assert silence.kwargs["output"] is True and silence.kwargs["output_device_index"] == 10  # the speakers
    assert (silence.kwargs["rate"], silence.kwargs["channels"]) == (48000, 2)
    stream.start()
    assert silence.running and capture.running
    data, flag = silence.callback(None, 480, {}, 0)
    assert data == bytes(480 * 2 * 2) and flag == PA_CONTINUE
    stream.close()
    assert not silence.running and silence.closed


def test_an_output_that_refuses_the_silence_is_recorded_without_it(fake_pyaudio):
    FakePyAudio.refuse_output = True
    got = Received()
    stream = open_loopback_stream(13, 48000, 2, got.callback, got.on_finished)
    assert len(FakePyAudio.instances[0].streams) == 1
    stream.start()
    stream.close()
    no_keep_alive = open_loopback_stream(13, 48000, 2, got.callback, got.on_finished, keep_alive=False)
    assert len(FakePyAudio.instances[1].streams) == 1
    no_keep_alive.close()


def test_a_stream_that_ends_by_itself_calls_finished_once(fake_pyaudio):
    got = Received()
    stream = open_loopback_stream(14, 44100, 2, got.callback, got.on_finished)
    stream.start()
    capture = FakePyAudio.instances[0].streams[0]
    capture.active = False  # PortAudio ended it: the headphones were switched off
    assert got.finished.wait(5)
    time.sleep(0.05)
    assert got.finished_count == 1
    stream.stop()
    stream.close()
    assert got.finished_count == 1 and FakePyAudio.instances[0].terminated == 1


def test_a_failing_callback_aborts_the_stream_and_reports_it(fake_pyaudio):
    got = Received()

    def broken(indata, frames, time_info, status):
        raise RuntimeError("defect")

    stream = open_loopback_stream(14, 44100, 2, broken, got.on_finished)
    stream.start()
    capture = FakePyAudio.instances[0].streams[0]
    assert capture.deliver(bytes(8)) == (None, PA_ABORT)
    assert got.finished.wait(5)
    stream.close()


def test_a_part_frame_is_dropped_not_misaligned(fake_pyaudio):
    got = Received()
    stream = open_loopback_stream(14, 44100, 2, got.callback, got.on_finished)
    stream.start()
    capture = FakePyAudio.instances[0].streams[0]
    capture.callback(np.array([5, 6, 7], dtype=np.int16).tobytes(), 2, {}, 0)
    block, frames, _, _ = got.blocks[0]
    assert block.shape == (1, 2) and frames == 1 and block.tolist() == [[5, 6]]
    stream.close()


def test_a_wrong_format_or_device_is_refused_with_nothing_left_open(fake_pyaudio):
    got = Received()
    with pytest.raises(RecordingError, match=r"44100 Hz, 2 channels \(not 48000 Hz, 2 channels\)"):
        open_loopback_stream(14, 48000, 2, got.callback, got.on_finished)
    with pytest.raises(RecordingError, match="not one whose sound can be recorded"):
        open_loopback_stream(11, 44100, 2, got.callback, got.on_finished)  # the headphones themselves
    assert [pa.terminated for pa in FakePyAudio.instances] == [1, 1]
    assert not any(pa.streams for pa in FakePyAudio.instances)


def test_a_start_the_audio_system_refuses_is_a_recording_error(fake_pyaudio):
    got = Received()
    stream = open_loopback_stream(14, 44100, 2, got.callback, got.on_finished)
    FakePyAudio.instances[0].streams[0].start_error = OSError(-9985, "Device unavailable")
    with pytest.raises(RecordingError, match="did not start: .*Device unavailable"):
        stream.start()
    capture, silence = FakePyAudio.instances[0].streams
    assert not capture.running and not silence.running  # the silence does not play on alone
    stream.close()
    assert FakePyAudio.instances[0].terminated == 1 and got.finished_count == 0


def test_without_pyaudiowpatch_the_error_says_what_is_missing(monkeypatch):
    monkeypatch.setitem(sys.modules, "pyaudiowpatch", None)  # what an import on Linux or macOS meets
    with pytest.raises(RecordingError, match="PyAudioWPatch package is missing"):
        lw.list_loopback_devices()
    with pytest.raises(RecordingError, match="PyAudioWPatch package is missing"):
        open_loopback_stream(14, 44100, 2, lambda *a: None, lambda: None)
