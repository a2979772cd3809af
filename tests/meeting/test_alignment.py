"""The two tracks of a meeting capture on one timeline: clock files, the fitted clocks (drift, jitter,
gaps), random access over WAV parts, the rates (level, no aliasing) and an hour-long capture whose clicks
must line up within 50 ms although its two sound cards drift 100 ppm apart."""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import pytest

from iam_desktop.meeting.alignment import PartReader, TrackClock, align_capture, aligned_blocks, read_clock
from iam_desktop.recording.wav_file import WavWriter

# --- helpers ----------------------------------------------------------------------------------------------


def late_jitter(rng: np.random.Generator, n: int, outliers: float = 0.02) -> np.ndarray:
    """Callback lateness: exponential, mean 5 ms, and some anchors 150 ms late (never early)."""
    jitter = rng.exponential(0.005, n)
    jitter[rng.random(n) < outliers] += 0.150
    return jitter


def anchors_for(frames: np.ndarray, true_rate: float, start: float, rng: np.random.Generator) -> list:
    """Anchors of frames captured by a card really running at `true_rate` from `start`, late by jitter."""
    seconds = start + frames / true_rate + late_jitter(rng, len(frames))
    return list(zip(frames.tolist(), seconds.tolist(), strict=True))


def write_clock(path: Path, anchors, tail: str = "") -> Path:
    path.write_text("".join(f"{f} {s:.6f}\n" for f, s in anchors) + tail)
    return path


def write_parts(folder: Path, prefix: str, rate: int, channels: int, total: int, make, part_frames: int,
                chunk: int = 1 << 18) -> list[Path]:  # fmt: skip
    """A track of `total` frames as WAV parts of `part_frames` written with the recorder's WavWriter;
    make(start, n) gives frames [start, start + n) as float (n, channels) in int16 units."""
    paths: list[Path] = []
    writer = None
    for start in range(0, total, chunk):
        n = min(chunk, total - start)
        block = np.clip(np.rint(make(start, n)), -32768, 32767).astype(np.int16).reshape(n, channels)
        done = 0
        while done < n:
            if writer is None or writer.frames >= part_frames:
                if writer is not None:
                    writer.close()
                paths.append(folder / f"{prefix}-{len(paths) + 1:04d}.wav")
                writer = WavWriter(paths[-1], rate, channels)
            take = min(n - done, part_frames - writer.frames)
            writer.write(block[done : done + take])
            done += take
    if writer is not None:
        writer.close()
    return paths


def tone(freq: float, rate: int, amplitude: float, gains=(1.0,)):
    """make() for write_parts: a sine of `freq` in each channel, scaled by `gains`."""

    def make(start: int, n: int) -> np.ndarray:
        wave = amplitude * np.sin(2 * np.pi * freq * np.arange(start, start + n) / rate)
        return np.stack([wave * g for g in gains], axis=1)

    return make


def collect(blocks) -> np.ndarray:
    return np.concatenate(list(blocks)) if blocks else np.zeros((0, 2), np.int16)


def rms(x: np.ndarray) -> float:
    return float(np.sqrt(np.mean(np.asarray(x, np.float64) ** 2)))


BURST_SECONDS = 0.010
BURST_HZ = 1000.0


def hann(offsets: np.ndarray) -> np.ndarray:
    """The bursts' 10 ms Hann window at `offsets` seconds from its centre (zero outside)."""
    inside = np.abs(offsets) < BURST_SECONDS / 2
    return np.where(inside, 0.5 + 0.5 * np.cos(2 * np.pi * offsets / BURST_SECONDS), 0.0)


def burst(offsets: np.ndarray) -> np.ndarray:
    """A 10 ms Hann-windowed 1 kHz burst at `offsets` seconds from its centre (zero outside)."""
    return hann(offsets) * np.sin(2 * np.pi * BURST_HZ * offsets)


def with_bursts(rate: int, channels: int, centres: np.ndarray, amplitude: float, noise: float = 0.0):
    """make() for write_parts: bursts centred on the (fractional) frames `centres`, over a little noise."""
    bed = np.random.default_rng(7).normal(0.0, noise, 1 << 18)

    def make(start: int, n: int) -> np.ndarray:
        out = bed[:n].copy()
        reach = BURST_SECONDS * rate
        for centre in centres[(centres > start - reach) & (centres < start + n + reach)]:
            lo, hi = max(start, int(centre - reach)), min(start + n, int(centre + reach) + 1)
            out[lo - start : hi - start] += amplitude * burst((np.arange(lo, hi) - centre) / rate)
        return np.repeat(out[:, None], channels, axis=1)

    return make


def locate_burst(signal: np.ndarray, rate: int, around: float, reach: float) -> float:
    """Where (in frames, fractional) the burst nearest `around` is centred in `signal`: the peak of its
    envelope matched against the analytic burst, searched within `reach` frames."""
    lo = max(0, int(around - reach))
    piece = signal[lo : int(around + reach)].astype(np.float64)
    half = int(BURST_SECONDS * rate / 2) + 1
    offsets = np.arange(-half, half + 1) / rate
    template = hann(offsets) * np.exp(2j * np.pi * BURST_HZ * offsets)
    envelope = np.abs(np.correlate(piece, template, mode="same"))
    k = int(np.argmax(envelope))
    if 0 < k < len(envelope) - 1:  # parabolic refinement of the peak
        a, b, c = envelope[k - 1 : k + 2]
        k += 0.5 * (a - c) / (a - 2 * b + c)
    return lo + k


# --- clock files ------------------------------------------------------------------------------------------


def test_read_clock_keeps_the_lines_that_parse(tmp_path):
    path = tmp_path / "clock-system.txt"
    path.write_bytes(b"0 100.5\n24000 101.0\nnot a line\n\n48000 101.5 extra\n-5 101.7\n72000 nan\n"
                     b"96000 102.0\n120000 10")  # fmt: skip
    assert read_clock(path) == [(0, 100.5), (24000, 101.0), (96000, 102.0)]  # the cut-off last line too
    assert read_clock(tmp_path / "missing.txt") == []
    (tmp_path / "empty.txt").write_bytes(b"")
    assert read_clock(tmp_path / "empty.txt") == []


# --- fitted clocks ----------------------------------------------------------------------------------------


def test_fitted_clock_follows_a_drifting_card_within_2_ms_over_an_hour():
    rate, true_rate, start = 48000, 48000 * (1 + 80e-6), 5000.0
    frames = np.arange(0, rate * 3600, rate // 2)
    clock = TrackClock.fit(anchors_for(frames, true_rate, start, np.random.default_rng(1)), rate, rate * 3600)
    grid = np.linspace(0, rate * 3600, 200_001)
    error = clock.time_of(grid) - (start + grid / true_rate)
    assert np.abs(error).max() < 0.002, f"worst {np.abs(error).max() * 1000:.2f} ms"
    assert clock.pieces == 1 and clock.drift_ppm == pytest.approx(80, abs=1)
    nominal = TrackClock.nominal(rate, rate * 3600, start)  # what assuming 48 000 Hz would give
    assert (start + grid[-1] / true_rate) - nominal.time_of(grid[-1:])[0] < -0.25
    inverse = clock.frame_at(start + grid / true_rate)
    assert np.nanmax(np.abs(inverse[:-1] - grid[:-1])) < 0.002 * rate
    assert np.isnan(clock.frame_at(np.array([start - 1.0, start + 3601.0]))).all()  # before and after


def test_a_pause_splits_the_clock_and_has_no_frames():
    rate, true_rate, start, total = 48000, 48000 * (1 - 40e-6), 200.0, 48000 * 3600
    gap_at, pause = int(1200.2 * rate), 30.0  # between two anchors (one each half second)
    frames = np.arange(0, total, rate // 2)
    anchors = anchors_for(frames, true_rate, start, np.random.default_rng(2))
    anchors = [(f, s + (pause if f >= gap_at else 0.0)) for f, s in anchors]
    clock = TrackClock.fit(anchors, rate, total)
    assert clock.pieces == 2 and clock.drift_ppm == pytest.approx(-40, abs=1)

    grid = np.linspace(0, total - 1, 100_001)
    truth = start + grid / true_rate + np.where(grid >= gap_at, pause, 0.0)
    unsure = (grid > gap_at - rate // 2) & (grid < gap_at + rate // 2)  # between the anchors either side
    assert np.abs(clock.time_of(grid) - truth)[~unsure].max() < 0.002
    gap_start = start + gap_at / true_rate
    inside = clock.frame_at(gap_start + np.linspace(0.6, pause - 0.6, 200))
    assert np.isnan(inside).all()
    before = clock.frame_at(np.array([gap_start - 10.0]))[0]
    after = clock.frame_at(np.array([gap_start + pause + 10.0]))[0]
    assert before == pytest.approx(gap_at - 10.0 * true_rate, abs=0.002 * rate)
    assert after == pytest.approx(gap_at + 10.0 * true_rate, abs=0.002 * rate)


def test_a_single_late_anchor_neither_splits_nor_shifts_the_clock():
    rate, start = 16000, 50.0
    frames = np.arange(0, rate * 120, rate // 2)
    seconds = start + frames / rate
    seconds[100] += 0.2  # one callback 200 ms late (more than the gap threshold)
    clock = TrackClock.fit(list(zip(frames.tolist(), seconds.tolist(), strict=True)), rate, rate * 120)
    assert clock.pieces == 1
    assert np.abs(clock.time_of(frames) - (start + frames / rate)).max() < 1e-4


def test_without_anchors_the_clock_runs_at_the_nominal_rate():
    none = TrackClock.fit([], 8000, 80000)
    assert none.pieces == 1 and none.drift_ppm == 0
    assert none.time_of(np.array([0, 8000]))[1] == pytest.approx(1.0)
    one = TrackClock.fit([(16000, 10.0)], 8000, 80000)
    assert one.time_of(np.array([0.0, 16000.0])) == pytest.approx([8.0, 10.0])
    assert one.frame_at(np.array([7.5, 8.5, 17.99, 18.01])) == pytest.approx([np.nan, 4000, 79920, np.nan],
                                                                             nan_ok=True)  # fmt: skip


# --- parts ------------------------------------------------------------------------------------------------


def test_part_reader_reads_across_parts_and_zero_fills_outside(tmp_path):
    make = lambda start, n: np.stack([np.arange(start, start + n), -np.arange(start, start + n)], axis=1)  # noqa: E731
    paths = write_parts(tmp_path, "system", 8000, 2, 2500, make, part_frames=1000, chunk=700)
    assert len(paths) == 3
    reader = PartReader(paths)
    assert (reader.sample_rate, reader.channels, reader.frames) == (8000, 2, 2500)
    got = reader.read(-5, 2520)
    assert got.dtype == np.int16 and got.shape == (2520, 2)
    assert (got[5:2505, 0] == np.arange(2500)).all() and (got[5:2505, 1] == -np.arange(2500)).all()
    assert not got[:5].any() and not got[2505:].any()
    assert (reader.read(995, 10)[:, 0] == np.arange(995, 1005)).all()
    assert PartReader([]).frames == 0
    mono = write_parts(tmp_path, "part", 16000, 1, 100, make=lambda s, n: np.zeros((n, 1)), part_frames=1000)
    with pytest.raises(ValueError, match="differ in format"):
        PartReader([paths[0], *mono])


# --- rates ------------------------------------------------------------------------------------------------


def _place_tone(tmp_path: Path, system_rate: int, mic_rate: int, freq: float, gains=(1.0, 0.5), seconds=4.0):
    """A tone in 48 kHz-ish stereo computer audio placed onto a silent microphone track; the output."""
    mic = write_parts(tmp_path, "part", mic_rate, 1, int(mic_rate * seconds), lambda s, n: np.zeros((n, 1)),
                      part_frames=1 << 30)  # fmt: skip
    system = write_parts(tmp_path, "system", system_rate, len(gains), int(system_rate * seconds),
                         tone(freq, system_rate, 20000.0, gains), part_frames=1 << 30)  # fmt: skip
    mic_anchors = [(f, 10.0 + f / mic_rate) for f in range(0, int(mic_rate * seconds), mic_rate // 2)]
    mic_clock = write_clock(tmp_path / "clock-microphone.txt", mic_anchors)
    sys_rate = system_rate
    sys_anchors = [(f, 10.0 + f / sys_rate) for f in range(0, int(sys_rate * seconds), sys_rate // 2)]
    sys_clock = write_clock(tmp_path / "clock-system.txt", sys_anchors)
    blocks, frames = align_capture(mic, mic_clock, system, sys_clock)
    out = collect(blocks)
    assert out.shape == (frames, 2) == (int(mic_rate * seconds), 2) and out.dtype == np.int16
    assert not out[:, 0].any()
    return out[mic_rate // 2 : -mic_rate // 2, 1]  # away from the edges


def test_a_1khz_tone_arrives_at_its_level_and_pitch_at_16khz(tmp_path):
    out = _place_tone(tmp_path, 48000, 16000, 1000.0)
    expected = 20000.0 * 0.75 / np.sqrt(2)  # the channels averaged: (1 + 0.5) / 2
    assert 20 * np.log10(rms(out) / expected) == pytest.approx(0, abs=0.1)
    spectrum = np.abs(np.fft.rfft(out * np.hanning(len(out))))
    assert np.fft.rfftfreq(len(out), 1 / 16000)[np.argmax(spectrum)] == pytest.approx(1000, abs=1)


@pytest.mark.parametrize("freq", [9000.0, 12000.0, 15000.0])
def test_tones_above_the_new_nyquist_do_not_fold_back(tmp_path, freq):
    """Decimated without a low-pass filter, 9/12/15 kHz at 48 kHz would come out at 7/4/1 kHz at 16 kHz."""
    out = _place_tone(tmp_path, 48000, 16000, freq, gains=(1.0, 1.0))
    passband = 20000.0 / np.sqrt(2)
    assert 20 * np.log10(rms(out) / passband + 1e-12) < -50


def test_44100_hz_computer_audio_onto_a_48khz_microphone(tmp_path):
    out = _place_tone(tmp_path, 44100, 48000, 3000.0, gains=(1.0,))
    assert 20 * np.log10(rms(out) / (20000.0 / np.sqrt(2))) == pytest.approx(0, abs=0.1)
    spectrum = np.abs(np.fft.rfft(out * np.hanning(len(out))))
    freqs = np.fft.rfftfreq(len(out), 1 / 48000)
    assert freqs[np.argmax(spectrum)] == pytest.approx(3000, abs=1)
    images = spectrum[np.abs(freqs - 3000) > 200]  # imaging of the upsampling, interpolation error
    assert 20 * np.log10(images.max() / spectrum.max()) < -60


# --- robustness -------------------------------------------------------------------------------------------


def _capture(tmp_path: Path, system_start: float, system_seconds: float,
             gap: tuple[float, float] | None = None, mic_seconds: float = 20.0, rate: int = 8000,
             system_rate: int = 16000):  # fmt: skip
    """A 20 s microphone track (mono noise) and a stereo tone of computer audio starting `system_start`
    seconds after it, with bursts at 3 s and 8 s of its own audio; `gap` = (after how many seconds of
    audio, how long) the computer audio's stream paused. Returns paths and the clock files."""
    rng = np.random.default_rng(3)
    mic_noise = rng.integers(-3000, 3000, int(rate * mic_seconds))
    mic = write_parts(tmp_path, "part", rate, 1, len(mic_noise), lambda s, n: mic_noise[s : s + n, None],
                      part_frames=rate * 7)  # fmt: skip
    total = int(system_rate * system_seconds)
    bursts = with_bursts(system_rate, 2, np.array([3.0, 8.0]) * system_rate, 20000.0, noise=500.0)
    system = write_parts(tmp_path, "system", system_rate, 2, total, bursts, part_frames=system_rate * 4)
    mic_clock = write_clock(tmp_path / "clock-microphone.txt",
                            [(f, 100.0 + f / rate) for f in range(0, len(mic_noise), rate // 2)])  # fmt: skip
    sys_anchors = []
    for f in range(0, total, system_rate // 2):
        seconds = 100.0 + system_start + f / system_rate
        if gap is not None and f >= gap[0] * system_rate:
            seconds += gap[1]
        sys_anchors.append((f, seconds))
    sys_clock = write_clock(tmp_path / "clock-system.txt", sys_anchors)
    return mic, mic_clock, system, sys_clock, mic_noise


def _loud(column: np.ndarray, rate: int) -> np.ndarray:
    """For each 100 ms of the column, whether it holds sound."""
    frames = column[: len(column) // (rate // 10) * (rate // 10)].reshape(-1, rate // 10).astype(np.float64)
    return np.sqrt((frames**2).mean(axis=1)) > 100


def test_computer_audio_starting_late_and_ending_early_is_silent_outside(tmp_path):
    mic, mic_clock, system, sys_clock, mic_noise = _capture(tmp_path, system_start=2.0, system_seconds=10.0)
    blocks, frames = align_capture(mic, mic_clock, system, sys_clock)
    out = collect(blocks)
    assert frames == len(out) == len(mic_noise) and (out[:, 0] == mic_noise).all()
    loud = _loud(out[:, 1], 8000)
    assert not loud[:20].any() and loud[20:120].all() and not loud[120:].any()  # 2 s to 12 s
    for at in (5.0, 10.0):  # the bursts at 3 s and 8 s of its audio
        assert locate_burst(out[:, 1], 8000, at * 8000, 4000) == pytest.approx(at * 8000, abs=8)


def test_a_gap_in_the_computer_audio_is_silence_and_what_follows_stays_in_place(tmp_path):
    mic, mic_clock, system, sys_clock, _ = _capture(tmp_path, system_start=0.0, system_seconds=15.0,
                                                    gap=(5.0, 5.0))  # fmt: skip
    out = collect(align_capture(mic, mic_clock, system, sys_clock)[0])
    loud = _loud(out[:, 1], 8000)
    assert loud[:50].all() and not loud[51:100].any() and loud[101:].all()
    assert locate_burst(out[:, 1], 8000, 3.0 * 8000, 4000) == pytest.approx(3.0 * 8000, abs=8)
    assert locate_burst(out[:, 1], 8000, 13.0 * 8000, 4000) == pytest.approx(13.0 * 8000, abs=8)


def test_without_clock_anchors_the_tracks_line_up_by_their_start(tmp_path):
    mic, mic_clock, system, sys_clock, _ = _capture(tmp_path, system_start=2.0, system_seconds=10.0)
    sys_clock.write_text("")  # empty: nothing to place it by
    out = collect(align_capture(mic, mic_clock, system, sys_clock)[0])
    loud = _loud(out[:, 1], 8000)
    assert loud[:100].all() and not loud[100:].any()
    assert locate_burst(out[:, 1], 8000, 3.0 * 8000, 4000) == pytest.approx(3.0 * 8000, abs=8)


def test_a_clock_cut_off_mid_line_still_aligns(tmp_path):
    mic, mic_clock, system, sys_clock, _ = _capture(tmp_path, system_start=2.0, system_seconds=10.0)
    anchors = read_clock(sys_clock)
    with open(sys_clock, "a") as f:
        f.write("160000 10")  # a crash in the middle of writing "160000 110.000000"
    assert read_clock(sys_clock) == anchors
    out = collect(align_capture(mic, mic_clock, system, sys_clock)[0])
    assert locate_burst(out[:, 1], 8000, 5.0 * 8000, 4000) == pytest.approx(5.0 * 8000, abs=8)


def test_without_computer_audio_the_second_channel_is_silent(tmp_path):
    mic, mic_clock, _, _, mic_noise = _capture(tmp_path, system_start=0.0, system_seconds=1.0)
    blocks, frames = align_capture(mic, mic_clock, [], tmp_path / "clock-missing.txt")
    out = collect(blocks)
    assert frames == len(out) == len(mic_noise)
    assert (out[:, 0] == mic_noise).all() and not out[:, 1].any()
    assert align_capture([], mic_clock, [], mic_clock)[1] == 0


def test_a_stereo_microphone_is_averaged_and_never_resampled(tmp_path):
    make = lambda s, n: np.stack([np.arange(s, s + n) % 1000, -(np.arange(s, s + n) % 7)], axis=1)  # noqa: E731
    mic = PartReader(write_parts(tmp_path, "part", 44100, 2, 10_000, make, part_frames=4000))
    system = PartReader([])
    out = collect(aligned_blocks(mic, TrackClock.nominal(44100, 10_000), system, TrackClock.nominal(1, 0),
                                 block_frames=3000))  # fmt: skip
    frames = make(0, 10_000)
    assert (out[:, 0] == np.rint(frames.mean(axis=1))).all() and not out[:, 1].any()


# --- an hour ----------------------------------------------------------------------------------------------


def test_an_hour_with_cards_drifting_100_ppm_apart_stays_within_50_ms(tmp_path):
    """8 kHz mono microphone, 11 025 Hz stereo computer audio whose card runs 100 ppm faster, both with
    late-only jittery anchors; a burst at the same true moment in both every minute. Lined up by their
    nominal rates the last bursts would be 350 ms apart; aligned, every pair must be within 50 ms."""
    mic_rate, sys_rate, hour = 8000, 11025, 3600.0
    mic_true, sys_true = mic_rate * (1 - 30e-6), sys_rate * (1 + 70e-6)
    mic_start, sys_start = 1000.0, 1000.7  # the computer audio began 0.7 s after the microphone
    moments = 1030.0 + 60.0 * np.arange(60)  # true times of the bursts
    mic_at, sys_at = (moments - mic_start) * mic_true, (moments - sys_start) * sys_true
    mic_frames, sys_frames = int(hour * mic_rate), int((hour - 0.7) * sys_rate)

    started = time.perf_counter()
    rng = np.random.default_rng(4)
    mic_bursts = with_bursts(mic_rate, 1, mic_at, 12000.0, 200.0)
    mic = write_parts(tmp_path, "part", mic_rate, 1, mic_frames, mic_bursts, part_frames=mic_rate * 900)
    sys_bursts = with_bursts(sys_rate, 2, sys_at, 12000.0, 200.0)
    system = write_parts(tmp_path, "system", sys_rate, 2, sys_frames, sys_bursts, part_frames=sys_rate * 900)
    mic_anchors = anchors_for(np.arange(0, mic_frames, mic_rate // 2), mic_true, mic_start, rng)
    mic_clock = write_clock(tmp_path / "clock-microphone.txt", mic_anchors)
    # anchors a second past the audio kept, and a last line cut off by a crash
    sys_anchors = anchors_for(np.arange(0, sys_frames + sys_rate, sys_rate // 2), sys_true, sys_start, rng)
    sys_clock = write_clock(tmp_path / "clock-system.txt", sys_anchors, tail="39700000 4")
    written = time.perf_counter()

    reach = int(0.5 * mic_rate)  # search ±500 ms: a misalignment of the size uncorrected would be found
    windows = {int(round(a)): np.zeros((2 * reach, 2), np.int16) for a in mic_at}
    blocks, frames = align_capture(mic, mic_clock, system, sys_clock)
    position = 0
    for block in blocks:  # keep only the audio around the bursts (an hour is not held in memory)
        for centre, window in windows.items():
            lo, hi = max(position, centre - reach), min(position + len(block), centre + reach)
            if lo < hi:
                window[lo - (centre - reach) : hi - (centre - reach)] = block[lo - position : hi - position]
        position += len(block)
    aligned = time.perf_counter()
    assert position == frames == mic_frames

    errors = []
    for window in windows.values():
        mic_found = locate_burst(window[:, 0], mic_rate, reach, reach)
        sys_found = locate_burst(window[:, 1], mic_rate, reach, reach)
        assert abs(mic_found - reach) < 2  # the microphone's own burst, where it was written
        errors.append((sys_found - mic_found) / mic_rate)
    errors = np.abs(np.array(errors))
    # by nominal rates, start to start: where the computer audio's bursts would land on the microphone's
    naive = (sys_at / sys_rate + (sys_start - mic_start)) - mic_at / mic_rate
    print(f"\nworst alignment error {errors.max() * 1000:.2f} ms (mean {errors.mean() * 1000:.2f} ms); "
          f"uncorrected {np.abs(naive).max() * 1000:.0f} ms; written in {written - started:.1f} s, "
          f"aligned in {aligned - written:.1f} s")  # fmt: skip
    assert np.abs(naive).max() > 0.050 and np.abs(naive[-1]) > 0.3
    assert errors.max() < 0.050
    assert errors.max() < 0.005  # what it really achieves: a few ms at most
