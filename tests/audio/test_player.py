"""Player on a real (virtual) sound card: position, pause, seek, speed, the end, what reaches the speaker.

scripts/run-tests.sh starts a private PulseAudio server (scripts/virtual-sound.sh) whose null sink is
the default output and whose monitor is the default input, so recording the default input captures what
the player plays. Without that server these tests are skipped, except under run-tests.sh
(IAM_TEST_VIRTUAL_SOUND=1), where a missing server is a failure.
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import numpy as np
import pytest
from helpers import write_wav

from iam_desktop.audio.player import NO_OUTPUT_DEVICE, AudioOutputError, Player
from iam_desktop.errors import MediaError

RATE = 16000
TONE_HZ = 440.0


def _sound_server_missing() -> str | None:
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if not runtime or not Path(runtime, "pulse", "native").exists():
        return "no PulseAudio server in $XDG_RUNTIME_DIR (scripts/run-tests.sh starts a virtual one)"
    try:
        import sounddevice as sd

        sd.query_devices(None, "output")
    except Exception as exc:
        return f"sounddevice sees no output device: {exc}"
    return None


@pytest.fixture(scope="module")
def sound_server():
    missing = _sound_server_missing()
    if missing and os.environ.get("IAM_TEST_VIRTUAL_SOUND") == "1":
        pytest.fail(f"run-tests.sh started a virtual sound server but: {missing}")
    if missing:
        pytest.skip(missing)


def sine(seconds: float, freq: float = TONE_HZ) -> np.ndarray:
    t = np.arange(round(seconds * RATE)) / RATE
    return (0.5 * np.sin(2 * np.pi * freq * t)).astype(np.float32)


@pytest.fixture(scope="module")
def tone_file(tmp_path_factory):
    """Ten seconds of 440 Hz."""
    return write_wav(tmp_path_factory.mktemp("player") / "tone.wav", sine(10.0))


@pytest.fixture
def player(sound_server):
    with Player() as p:
        yield p


class Recorder:
    """Records the default input (the virtual sink's monitor) with the stream time of every sample."""

    def __init__(self):
        import sounddevice as sd

        self.blocks = []
        self.stream = sd.InputStream(samplerate=RATE, channels=1, dtype="float32", callback=self._callback)

    def _callback(self, indata, frames, time_info, status):
        self.blocks.append((time_info.inputBufferAdcTime, indata[:, 0].copy()))

    def __enter__(self):
        self.stream.start()
        return self

    def __exit__(self, *exc):
        self.stream.close()

    def samples(self):
        return np.concatenate([b for _, b in self.blocks])

    def times(self):
        return np.concatenate([t + np.arange(len(b)) / RATE for t, b in self.blocks])


def dominant_frequency(samples: np.ndarray) -> float:
    spectrum = np.abs(np.fft.rfft(samples * np.hanning(len(samples))))
    peak = int(np.argmax(spectrum))
    left, mid, right = spectrum[peak - 1 : peak + 2]
    return (peak + 0.5 * (left - right) / (left - 2 * mid + right)) * RATE / len(samples)


def rate_of_position(player: Player, seconds: float, settle: float = 0.2) -> float:
    """Position seconds advanced per real second, measured over ``seconds`` after ``settle``."""
    time.sleep(settle)  # past the start-up, or a change of speed
    p0, t0 = player.position, time.monotonic()
    time.sleep(seconds)
    return (player.position - p0) / (time.monotonic() - t0)


def test_position_advances_at_real_time(player, tone_file):
    player.load(tone_file)
    assert player.wait_loaded(5)
    assert player.duration == pytest.approx(10.0, abs=0.01)
    assert player.position == 0.0 and not player.playing
    player.play()
    assert player.playing
    assert rate_of_position(player, 1.0) == pytest.approx(1.0, rel=0.1)


def test_position_advances_twice_as_fast_at_speed_two(player, tone_file):
    player.load(tone_file)
    player.set_speed(2.0)
    player.play()
    assert rate_of_position(player, 1.0) == pytest.approx(2.0, rel=0.1)
    before, changed = player.position, time.monotonic()
    player.set_speed(0.5)  # heard once what is queued has played: no gap, no jump
    assert player.speed == 0.5
    assert rate_of_position(player, 0.6, settle=0.4) == pytest.approx(0.5, rel=0.1)
    expected = before + 0.3 * 2.0 + (time.monotonic() - changed - 0.3) * 0.5
    assert player.position == pytest.approx(expected, abs=0.15)


def test_pause_holds_the_position_and_play_resumes_there(player, tone_file):
    player.load(tone_file)
    player.play()
    time.sleep(0.5)
    player.pause()
    held = player.position
    assert not player.playing and 0.35 < held < 0.65
    time.sleep(0.3)
    assert player.position == held
    player.toggle()
    assert player.playing
    time.sleep(0.3)
    assert held + 0.15 < player.position < held + 0.45
    player.toggle()
    assert not player.playing


def test_seek_and_skip_jump_and_are_clamped(player, tone_file):
    player.load(tone_file)
    player.wait_loaded(5)
    player.seek(4.0)
    assert player.position == 4.0
    player.play()
    time.sleep(0.3)
    assert 4.15 < player.position < 4.45
    player.seek(8.0)
    assert 8.0 <= player.position < 8.1
    time.sleep(0.3)
    assert 8.15 < player.position < 8.45
    player.skip(-100)
    assert player.position < 0.1
    player.pause()
    player.skip(3.0)
    assert player.position == pytest.approx(3.0, abs=0.1)
    player.skip(100)
    assert player.position == player.duration
    player.stop()
    assert player.position == 0.0 and not player.playing


def test_playing_to_the_end_calls_on_finished(player, tmp_path):
    finished = threading.Event()
    player.on_finished = finished.set
    player.load(write_wav(tmp_path / "short.wav", sine(0.8)))
    player.play()
    started = time.monotonic()
    assert finished.wait(3)
    assert time.monotonic() - started == pytest.approx(0.8, abs=0.25)
    assert not player.playing
    assert player.position == pytest.approx(0.8, abs=0.001)
    finished.clear()
    player.play()  # from the start again
    assert player.position < 0.1
    assert finished.wait(3)


def test_callbacks_may_call_the_player(player, tmp_path):
    rewound = threading.Event()

    def rewind():
        player.seek(0.25)
        rewound.set()

    player.on_finished = rewind
    player.load(write_wav(tmp_path / "short.wav", sine(0.3)))
    player.play()
    assert rewound.wait(3)
    assert player.position == 0.25 and not player.playing


def test_a_long_file_plays_while_it_is_still_decoding(player, tmp_path):
    path = write_wav(tmp_path / "long.wav", np.tile(sine(1.0), 600))  # ten minutes
    started = time.monotonic()
    player.load(path)
    player.play()
    assert time.monotonic() - started < 0.5
    assert player.duration == pytest.approx(600.0, abs=0.1)
    time.sleep(0.4)
    assert player.position > 0.2
    player.seek(590.0)  # possibly beyond what is decoded yet: plays from there once it is
    assert player.wait_loaded(30)
    time.sleep(0.4)
    assert 590.1 < player.position < 590.5


@pytest.mark.parametrize(("speed", "output_rate"), [(1.0, None), (2.0, None), (0.5, 48000)])
def test_the_sound_reaches_the_speaker_at_the_same_pitch(sound_server, tone_file, speed, output_rate):
    with Player(output_rate=output_rate) as player, Recorder() as recorder:
        player.load(tone_file)
        player.set_speed(speed)
        player.play()
        time.sleep(1.0)
        player.pause()
        time.sleep(0.1)
    heard = recorder.samples()
    loud = heard[np.abs(heard) > 0.05]
    assert len(loud) > 0.6 * RATE, "the tone did not reach the sink's monitor"
    tone = heard[np.argmax(np.abs(heard) > 0.05) :][: round(0.6 * RATE)]
    assert dominant_frequency(tone) == pytest.approx(TONE_HZ, rel=0.02)
    assert np.abs(tone).max() == pytest.approx(0.5, abs=0.05)


def test_position_is_what_is_being_heard(sound_server, tmp_path):
    """The tone starts at 1.0 s of the file: position() must say 1.0 when it reaches the speaker."""
    silence = np.zeros(RATE, np.float32)
    path = write_wav(tmp_path / "late.wav", np.concatenate((silence, sine(1.0), silence)))
    readings = []
    with Player() as player, Recorder() as recorder:
        player.load(path)
        player.wait_loaded(5)
        player.play()
        deadline = time.monotonic() + 1.6
        while time.monotonic() < deadline:
            readings.append((player._stream.time, player.position))
            time.sleep(0.02)
        player.pause()
    heard, when = recorder.samples(), recorder.times()
    onset = when[np.argmax(np.abs(heard) > 0.05)]
    stream_times, positions = np.array(readings).T
    assert np.interp(onset, stream_times, positions) == pytest.approx(1.0, abs=0.05)


def test_lost_device_is_reported_not_raised(player, tone_file):
    errors = []
    reported = threading.Event()

    def lost(error):
        errors.append(error)
        reported.set()

    player.on_error = lost
    player.load(tone_file)
    player.play()
    time.sleep(0.3)
    player._stream.abort()  # what PortAudio does when the device goes away under a stream
    assert not player.playing
    assert reported.wait(3)  # on_error runs on the feeder thread, a moment later
    assert [type(e) for e in errors] == [AudioOutputError]
    assert 0.1 < player.position < 0.5
    player.play()  # usable again
    assert player.playing


def test_no_output_device_is_a_plain_error(monkeypatch, tone_file):
    import sounddevice as sd

    def no_devices(*args, **kwargs):
        raise sd.PortAudioError("Error querying device -1")

    monkeypatch.setattr(sd, "query_devices", no_devices)
    with Player() as player:
        player.load(tone_file)
        with pytest.raises(AudioOutputError, match=f"^{NO_OUTPUT_DEVICE}$"):
            player.play()
        assert not player.playing and player.position == 0.0
        player.seek(2.0)
        assert player.position == 2.0


def test_unknown_output_device_is_a_plain_error(tone_file):
    with Player(device="no such speaker") as player:
        player.load(tone_file)
        with pytest.raises(AudioOutputError, match="no audio output device named 'no such speaker'"):
            player.toggle()


def test_unusable_file_and_speed_are_refused(tmp_path):
    with Player() as player:
        with pytest.raises(MediaError):
            player.load(tmp_path / "missing.wav")
        with pytest.raises(ValueError, match="speed"):
            player.set_speed(3.0)
        player.play()  # nothing loaded: nothing happens
        assert not player.playing and player.duration == 0.0
