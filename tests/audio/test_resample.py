"""StreamResampler: captured blocks at any rate and channel count to 16 kHz mono float32, streaming."""

from __future__ import annotations

import time

import numpy as np
import pytest

from iam_desktop.audio.resample import StreamResampler

OUT_RATE = 16000


def sine(freq: float, seconds: float, rate: int, amplitude: float = 0.5) -> np.ndarray:
    return (amplitude * np.sin(2 * np.pi * freq * np.arange(round(seconds * rate)) / rate)).astype(np.float32)


def stream(resampler: StreamResampler, data: np.ndarray, sizes) -> np.ndarray:
    """Push `data` through in blocks of the given sizes (cycled), then flush; the joined output."""
    out, start, i = [], 0, 0
    while start < len(data):
        size = int(sizes[i % len(sizes)])
        out.append(resampler.process(data[start : start + size]))
        start += size
        i += 1
    out.append(resampler.flush())
    for part in out:
        assert part.dtype == np.float32 and part.ndim == 1
    return np.concatenate(out)


def peak_frequency(samples: np.ndarray, rate: int = OUT_RATE) -> float:
    spectrum = np.abs(np.fft.rfft(samples * np.hanning(len(samples))))
    return float(np.fft.rfftfreq(len(samples), 1 / rate)[int(np.argmax(spectrum))])


def random_sizes(seed: int, count: int = 500, high: int = 5000) -> np.ndarray:
    return np.random.default_rng(seed).integers(1, high, count)


def test_48k_stereo_sine_in_random_blocks():
    rate, seconds = 48000, 3.0
    left = sine(1000, seconds, rate)
    stereo = np.stack([left, left], axis=1)  # (frames, 2)
    out = stream(StreamResampler(rate, 2), stereo, random_sizes(1))
    assert abs(len(out) - round(len(left) * OUT_RATE / rate)) <= 2
    assert peak_frequency(out) == pytest.approx(1000, abs=2)
    # the very same sine sampled at 16 kHz, in phase: the resampler does not shift the signal in time
    ideal = sine(1000, len(out) / OUT_RATE, OUT_RATE)[: len(out)]
    middle = slice(800, len(out) - 800)  # the filter rings at the two ends of the stream
    assert np.max(np.abs(out[middle] - ideal[middle])) < 1e-3


def test_streaming_equals_one_shot_resampling():
    rate = 48000
    rng = np.random.default_rng(2)
    data = np.stack([sine(440, 2.0, rate), rng.normal(0, 0.1, 2 * rate).astype(np.float32)], axis=1)
    whole = stream(StreamResampler(rate, 2), data, [len(data)])
    pieces = stream(StreamResampler(rate, 2), data, random_sizes(3, high=3000))
    assert abs(len(pieces) - len(whole)) <= 1
    n = min(len(whole), len(pieces))
    assert np.max(np.abs(pieces[:n] - whole[:n])) < 1e-4


def test_channels_are_averaged():
    rate = 48000
    tone = sine(1000, 1.0, rate)
    opposite = stream(StreamResampler(rate, 2), np.stack([tone, -tone], axis=1), [4800])
    assert np.max(np.abs(opposite)) < 1e-6  # left + right cancel out
    one_side = stream(StreamResampler(rate, 2), np.stack([tone, np.zeros_like(tone)], axis=1), [4800])
    assert np.max(np.abs(one_side[800:-800])) == pytest.approx(0.25, abs=0.005)


def test_int16_input_is_scaled_to_float():
    rate = 48000
    tone = sine(1000, 1.0, rate)
    pcm = np.round(np.stack([tone, tone], axis=1) * 32767).astype(np.int16)
    from_int = stream(StreamResampler(rate, 2), pcm, [4800])
    from_float = stream(StreamResampler(rate, 2), pcm.astype(np.float32) / 32768, [4800])
    np.testing.assert_allclose(from_int, from_float, atol=1e-6)
    assert np.max(np.abs(from_int)) == pytest.approx(0.5, abs=0.01)


def test_16k_mono_passes_through_exactly():
    data = np.random.default_rng(4).normal(0, 0.2, 16000).astype(np.float32)
    resampler = StreamResampler(16000, 1)
    block = data[:1600]
    first = resampler.process(block)
    np.testing.assert_array_equal(first, block)
    assert not np.shares_memory(first, block)  # the capture library may reuse its buffer
    rest = [resampler.process(data[i : i + 1600]) for i in range(1600, len(data), 1600)]
    out = np.concatenate([first, *rest, resampler.flush()])
    np.testing.assert_array_equal(out, data)
    # (frames, 1) blocks and interleaved stereo at 16 kHz: no resampling, channels averaged exactly
    np.testing.assert_array_equal(StreamResampler(16000, 1).process(data.reshape(-1, 1)), data)
    stereo = np.stack([data, np.zeros_like(data)], axis=1)
    np.testing.assert_array_equal(StreamResampler(16000, 2).process(stereo), data * np.float32(0.5))


@pytest.mark.parametrize("rate", [44100, 22050, 8000, 96000])
def test_output_length_from_other_rates(rate):
    data = sine(300, 5.0, rate) + np.float32(0.01)
    out = stream(StreamResampler(rate, 1), data, random_sizes(rate, high=rate // 5))
    assert abs(len(out) - round(len(data) * OUT_RATE / rate)) <= 2
    assert peak_frequency(out) == pytest.approx(300, abs=2)


def test_empty_blocks_and_wrong_shapes():
    resampler = StreamResampler(48000, 2)
    assert len(resampler.process(np.zeros((0, 2), np.float32))) == 0
    assert len(resampler.flush()) == 0
    with pytest.raises(ValueError, match="channels"):
        resampler.process(np.zeros((100, 3), np.float32))
    with pytest.raises(ValueError):
        StreamResampler(0, 1)


def test_cheap_enough_for_the_writer_thread():
    rate, block = 48000, 4800  # 100 ms blocks of 48 kHz stereo
    data = np.random.default_rng(5).normal(0, 0.1, (60 * rate, 2)).astype(np.float32)
    StreamResampler(rate, 2).process(data[:block])  # warm up (first use loads FFmpeg's filters)
    resampler = StreamResampler(rate, 2)
    began = time.perf_counter()
    total = sum(len(resampler.process(data[i : i + block])) for i in range(0, len(data), block))
    total += len(resampler.flush())
    elapsed = time.perf_counter() - began
    assert total == 60 * OUT_RATE
    assert elapsed < 0.5, f"60 s of 48 kHz stereo took {elapsed:.3f} s"
