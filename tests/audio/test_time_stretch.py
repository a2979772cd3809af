"""Pitch-preserving speed change: duration, pitch, identity at 1x, streaming equals all at once."""

from __future__ import annotations

import numpy as np
import pytest

from iam_desktop.audio.time_stretch import Stretcher, stretch

RATE = 16000


def sine(freq: float, seconds: float, rate: int = RATE) -> np.ndarray:
    t = np.arange(round(seconds * rate)) / rate
    return (0.5 * np.sin(2 * np.pi * freq * t)).astype(np.float32)


def dominant_frequency(samples: np.ndarray, rate: int = RATE) -> float:
    spectrum = np.abs(np.fft.rfft(samples * np.hanning(len(samples))))
    peak = int(np.argmax(spectrum))
    left, mid, right = spectrum[peak - 1 : peak + 2]
    return (peak + 0.5 * (left - right) / (left - 2 * mid + right)) * rate / len(samples)


@pytest.mark.parametrize("speed", [0.5, 0.75, 1.25, 1.5, 2.0])
def test_duration_scales_by_one_over_speed(speed):
    source = np.random.default_rng(1).standard_normal(3 * RATE).astype(np.float32) * 0.1
    out = stretch(source, speed, RATE)
    assert out.dtype == np.float32
    assert len(out) == pytest.approx(len(source) / speed, rel=0.02)


@pytest.mark.parametrize("speed", [0.5, 2.0])
def test_pitch_of_a_tone_is_kept(speed):
    out = stretch(sine(440.0, 3.0), speed, RATE)
    assert dominant_frequency(out[800:-800]) == pytest.approx(440.0, rel=0.02)
    # and nothing else: the alignment leaves no audible seams
    spectrum = np.abs(np.fft.rfft(out[800:-800] * np.hanning(len(out) - 1600))) ** 2
    freqs = np.fft.rfftfreq(len(out) - 1600, 1 / RATE)
    assert spectrum[np.abs(freqs - 440.0) < 20].sum() / spectrum.sum() > 0.99


def test_speed_one_is_identity():
    source = sine(440.0, 1.0)
    out = stretch(source, 1.0, RATE)
    np.testing.assert_array_equal(out, source)
    assert out is not source


def test_streaming_block_by_block_equals_all_at_once():
    source = np.random.default_rng(2).standard_normal(2 * RATE).astype(np.float32) * 0.1
    stretcher = Stretcher(RATE, 1.5)
    parts = [stretcher.push(source[i : i + 777]) for i in range(0, len(source), 777)]
    parts.append(stretcher.flush())
    np.testing.assert_array_equal(np.concatenate(parts), stretch(source, 1.5, RATE))
    assert stretcher.emitted == round(len(source) / 1.5)


def test_output_follows_the_source_in_time():
    # a click at 1.0 s of the source is heard at 1.0 / speed s of the output
    source = np.zeros(2 * RATE, np.float32)
    source[RATE : RATE + 160] = sine(1000.0, 0.01)
    for speed in (0.5, 2.0):
        out = stretch(source, speed, RATE)
        heard = np.argmax(np.abs(out) > 0.05) / RATE
        assert heard == pytest.approx(1.0 / speed, abs=0.03)


@pytest.mark.parametrize("speed", [0.49, 2.01, 0.0, -1.0])
def test_speed_out_of_range_is_refused(speed):
    with pytest.raises(ValueError, match="speed"):
        Stretcher(RATE, speed)


def test_empty_input():
    assert len(stretch(np.zeros(0, np.float32), 1.5, RATE)) == 0
