"""The one cut finder (audio.silence): long audio is cut in pauses between words, never inside a word, on
real human speech and on generated speech; the pieces always join back to the input."""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np
import pytest
from helpers import make_speech

from iam_desktop.audio import SPEECH_SAMPLE_RATE as RATE
from iam_desktop.audio.silence import cut_stream, find_pause, frame_energy, is_silent, split_at_silences

SPEECH = Path("/work/shared/data/speech")
JFK = SPEECH / "en_jfk_inaugural.wav"
#: "And so my fellow Americans, ask not what your country can do for you, ask what you can do for your
#: country." Word timings (seconds) from Whisper base on this clip, for the words that matter below
COUNTRY = (5.76, 6.22)
YOU = (7.08, 7.34)
ASK = (7.78, 8.48)


def read_wav(path: Path) -> np.ndarray:
    with wave.open(str(path)) as w:
        assert w.getframerate() == RATE and w.getnchannels() == 1
        return np.frombuffer(w.readframes(w.getnframes()), "<i2").astype(np.float32) / 32768


Spans = list[tuple[float, float]]


def pauses(samples: np.ndarray, quieter_than_db: float = -33.0, at_least: float = 0.15) -> Spans:
    """The pauses of a clip, found independently of the cut finder: runs of at least `at_least` seconds
    of 10 ms frames quieter than `quieter_than_db` dBFS (a stop closure inside a word is shorter)."""
    db = 10 * np.log10(frame_energy(samples, RATE // 100) + 1e-12)
    quiet = np.concatenate(([False], db < quieter_than_db, [False]))
    edges = np.flatnonzero(np.diff(quiet.astype(int)))
    runs = zip(edges[::2], edges[1::2], strict=True)
    return [(a / 100, b / 100) for a, b in runs if b - a >= at_least * 100]


def in_a_pause(seconds: float, found: Spans) -> bool:
    return any(a <= seconds <= b for a, b in found)


def oldest_cutter(samples: np.ndarray, lo: int, hi: int) -> int:
    """What the pipeline used to do: the middle of the quietest single 50 ms frame (the latest on a tie)."""
    frame = RATE // 20
    energy = frame_energy(samples[lo:hi], frame)
    best = len(energy) - 1 - int(np.argmin(energy[::-1]))
    return lo + best * frame + frame // 2


@pytest.fixture(scope="module")
def jfk() -> np.ndarray:
    if not JFK.is_file():
        pytest.skip(f"{JFK} is not here")
    return read_wav(JFK)


def test_the_clip_has_the_pauses_a_listener_hears(jfk):
    """The reference the tests below rely on: silence before the first word, after "Americans", "ask",
    "not", "you," and the last word (and nowhere else for 150 ms or more)."""
    found = pauses(jfk)
    assert len(found) == 6
    starts = [a for a, _ in found]
    assert starts[0] == 0.0 and 2.0 < starts[1] < 2.2 and 3.6 < starts[2] < 3.8 and 4.2 < starts[3] < 4.4
    assert YOU[1] < starts[4] < ASK[1] and starts[5] > 10.3


@pytest.mark.parametrize(("piece", "search"), [(3.0, 1.5), (4.0, 2.0), (5.0, 2.5), (3.0, 1.0)])
def test_the_pipeline_cuts_real_speech_only_in_pauses(jfk, piece, search):
    blocks = [jfk[i : i + 1000] for i in range(0, len(jfk), 1000)]  # as the decoder streams it
    pieces = list(cut_stream(blocks, int(piece * RATE), int(search * RATE)))
    assert np.array_equal(np.concatenate([p for _, p in pieces]), jfk)
    cuts = [offset / RATE for offset, _ in pieces[1:]]
    assert cuts and all(len(p) <= piece * RATE for _, p in pieces)
    found = pauses(jfk)
    assert all(in_a_pause(cut, found) for cut in cuts), (cuts, found)


@pytest.mark.parametrize("start", [0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0, 6.0, 6.5, 7.0])
def test_every_window_holding_a_pause_is_cut_in_one(jfk, start):
    lo, hi = int(start * RATE), int((start + 2.0) * RATE)
    found = pauses(jfk)
    assert any(min(b, start + 2.0) - max(a, start) >= 0.25 for a, b in found)  # 250 ms of pause inside
    cut = find_pause(jfk, lo, hi)
    assert lo <= cut <= hi and in_a_pause(cut / RATE, found)
    # the cut point is in the quietest part of the window: within 6 dB of its quietest 100 ms
    level = frame_energy(jfk[lo:hi], RATE // 10)
    here = float(np.mean(jfk[cut - RATE // 20 : cut + RATE // 20].astype(np.float64) ** 2))
    assert 10 * np.log10(here / level.min()) < 6


def test_a_stop_closure_inside_a_word_is_not_taken_for_a_pause(jfk):
    """The reported fault, on the real clip: between 5.5 s and 7.5 s ("your country can do for you") the old
    cutter took the silent "t" of "country" (its quietest 50 ms); the cut now falls after "you,"."""
    lo, hi = int(5.5 * RATE), int(7.5 * RATE)
    old = oldest_cutter(jfk, lo, hi) / RATE
    assert COUNTRY[0] < old < COUNTRY[1]  # what used to happen: a word cut in two
    new = find_pause(jfk, lo, hi) / RATE
    assert YOU[1] < new < ASK[0]  # between two words


def test_generated_speech_is_cut_in_the_pause_between_phrases(tmp_path):
    """espeak speech: "ask not what your country can do for you" and "ask what you can do for your
    country", 350 ms of room noise between. The search window holds the pause and the whole second
    phrase (stops: k, t, c, d); the cut is in the pause."""
    try:
        first = read_wav(make_speech("ask not what your country can do for you", tmp_path / "a.wav"))
        second = read_wav(make_speech("ask what you can do for your country", tmp_path / "b.wav"))
    except RuntimeError as exc:
        pytest.skip(str(exc))

    def trimmed(x: np.ndarray) -> np.ndarray:
        loud = np.flatnonzero(np.abs(x) > 0.01)
        return x[loud[0] : loud[-1] + 1]

    first, second = trimmed(first), trimmed(second)
    gap = np.zeros(int(0.35 * RATE), np.float32)
    audio = np.concatenate([first, gap, second])
    audio += np.random.default_rng(1).normal(0, 3e-4, len(audio)).astype(np.float32)  # a quiet room
    pause = (len(first), len(first) + len(gap))
    lo = pause[0] - RATE // 2
    ranges = split_at_silences(audio, len(audio) - 1, len(audio) - 1 - lo)
    assert len(ranges) == 2 and ranges[0][0] == 0 and ranges[-1][1] == len(audio)
    cut = ranges[0][1]
    assert pause[0] < cut < pause[1], (cut / RATE, pause[0] / RATE, pause[1] / RATE)


def test_find_pause_prefers_a_real_pause_to_a_short_gap_inside_a_word():
    word = np.concatenate([tone(0.4), np.zeros(RATE // 20, np.float32), tone(0.4)])  # a "t" closure
    audio = np.concatenate([tone(1.0), noise(0.4), word, tone(0.5)])
    cut = find_pause(audio, 0, len(audio))
    assert 1.0 * RATE < cut < 1.4 * RATE  # in the 400 ms pause, not in the 50 ms gap
    assert is_silent(audio[cut - 800 : cut + 800])
    assert 1.4 * RATE + 0.4 * RATE < oldest_cutter(audio, 0, len(audio)) < 1.4 * RATE + 0.45 * RATE


def test_continuous_sound_is_cut_at_its_quietest_and_pieces_stay_bounded():
    audio = np.concatenate([tone(3.0, amplitude=0.3), tone(0.3, amplitude=0.05), tone(3.0, amplitude=0.3)])
    ranges = split_at_silences(audio, 4 * RATE, 2 * RATE)
    assert ranges[0] == (0, ranges[0][1]) and ranges[-1][1] == len(audio)
    assert 3.0 * RATE <= ranges[0][1] <= 3.3 * RATE  # in the quieter stretch
    assert all(b - a <= 4 * RATE for a, b in ranges)
    with pytest.raises(ValueError):
        split_at_silences(audio, 0, 10)


def noise(seconds: float, level: float = 1e-4, seed: int = 0) -> np.ndarray:
    return np.random.default_rng(seed).normal(0, level, round(seconds * RATE)).astype(np.float32)


def tone(seconds: float, freq: float = 440.0, amplitude: float = 0.3) -> np.ndarray:
    return (amplitude * np.sin(2 * np.pi * freq * np.arange(round(seconds * RATE)) / RATE)).astype(np.float32)
