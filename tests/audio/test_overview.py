"""The waveform overview: envelope of real files, the disk cache, damaged input, bounded memory, markers."""

from __future__ import annotations

import re
import stat
import tracemalloc
import wave
from fractions import Fraction
from pathlib import Path

import av
import numpy as np
import pytest
from helpers import write_wav

from iam_desktop.audio.overview import (
    audio_key,
    cache_file,
    compute_overview,
    load_overview,
    match_times,
    speaker_bands,
    unsure_times,
)
from iam_desktop.errors import Cancelled, IamError, MediaError
from iam_desktop.transcript import Segment, Word

RATE = 16000
AMPLITUDE = 0.5


def quiet_loud_quiet(seconds: float = 2.0, rate: int = RATE) -> np.ndarray:
    """`seconds` of silence, of a 0.5 sine at 440 Hz, and of silence again."""
    n = round(seconds * rate)
    t = np.arange(n) / rate
    loud = AMPLITUDE * np.sin(2 * np.pi * 440 * t)
    return np.concatenate([np.zeros(n), loud, np.zeros(n)]).astype(np.float32)


def write_flac(path: Path, samples: np.ndarray, rate: int = 44100) -> Path:
    with av.open(str(path), "w", format="flac") as out:
        stream = out.add_stream("flac", rate=rate, layout="mono")
        for start in range(0, len(samples), 4096):
            block = np.ascontiguousarray(samples[None, start : start + 4096])
            frame = av.AudioFrame.from_ndarray(block, format="flt", layout="mono")
            frame.sample_rate, frame.pts, frame.time_base = rate, start, Fraction(1, rate)
            out.mux(stream.encode(frame))
        out.mux(stream.encode(None))
    return path


def check_shape(overview, seconds: float = 2.0) -> None:
    """The first and last third are silent, the middle one at the sine's amplitude."""
    assert overview.duration == pytest.approx(3 * seconds, abs=0.05)
    n = overview.buckets
    third = n // 3
    edge = max(2, n // 50)  # a bucket at a boundary holds both
    quiet = np.concatenate([overview.maxima[: third - edge], overview.maxima[2 * third + edge :]])
    loud_max = overview.maxima[third + edge : 2 * third - edge]
    loud_min = overview.minima[third + edge : 2 * third - edge]
    assert np.abs(quiet).max() < 0.01
    # a bucket shorter than the sine's period may miss its crest, but not by much
    assert loud_max.min() > 0.8 * AMPLITUDE and loud_max.max() == pytest.approx(AMPLITUDE, abs=0.01)
    assert loud_min.max() < -0.8 * AMPLITUDE and loud_min.min() == pytest.approx(-AMPLITUDE, abs=0.01)
    assert (overview.minima <= overview.maxima).all()


@pytest.fixture
def wav(tmp_path: Path) -> Path:
    return write_wav(tmp_path / "speech.wav", quiet_loud_quiet())


def test_envelope_of_a_wav(wav):
    overview = compute_overview(wav, buckets=600)
    assert overview.buckets == 600
    assert overview.minima.dtype == np.float32
    assert not overview.truncated
    check_shape(overview)
    assert overview.peak() == pytest.approx(AMPLITUDE, abs=0.01)


def test_envelope_of_a_flac_at_another_rate(tmp_path):
    path = write_flac(tmp_path / "speech.flac", quiet_loud_quiet(rate=44100), rate=44100)
    overview = compute_overview(path, buckets=3000)
    assert overview.buckets == 3000
    check_shape(overview)


def test_a_short_file_has_fewer_buckets_than_asked(tmp_path):
    path = write_wav(tmp_path / "blip.wav", np.full(800, 0.25, np.float32))  # 50 ms
    overview = compute_overview(path, buckets=3000)
    assert overview.buckets == 800
    assert overview.maxima == pytest.approx(0.25, abs=0.001)
    assert overview.duration == pytest.approx(0.05)


def test_cached_on_disk_privately_and_not_decoded_again(wav, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    first = load_overview(wav, cache, buckets=600)
    target = cache_file(cache, audio_key(wav))
    assert target.is_file()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert stat.S_IMODE(target.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(cache.stat().st_mode) == 0o700
    assert [p.name for p in target.parent.iterdir()] == [target.name]  # no temporary file left

    def no_decoding(*args, **kwargs):
        raise AssertionError("decoded although cached")

    import iam_desktop.audio.decode as decode_module

    monkeypatch.setattr(decode_module, "iter_pcm", no_decoding)
    second = load_overview(wav, cache, buckets=600)
    assert np.array_equal(second.minima, first.minima)
    assert np.array_equal(second.maxima, first.maxima)
    assert second.duration == first.duration


def test_a_store_file_is_keyed_by_its_name_others_by_their_content(wav, tmp_path):
    sha = "ab" * 32
    stored = tmp_path / f"{sha}.wav"
    stored.write_bytes(wav.read_bytes())
    assert audio_key(stored) == sha
    copy = tmp_path / "copy.wav"
    copy.write_bytes(wav.read_bytes())
    assert audio_key(copy) == audio_key(wav) != sha


@pytest.mark.parametrize("damage", [b"", b"not a zip at all", b"PK\x03\x04garbage"])
def test_a_damaged_cache_is_computed_again(wav, tmp_path, damage):
    cache = tmp_path / "cache"
    target = cache_file(cache, audio_key(wav))
    target.parent.mkdir(parents=True)
    target.write_bytes(damage)
    overview = load_overview(wav, cache, buckets=600)
    check_shape(overview)
    assert load_overview(wav, cache, buckets=600).buckets == 600  # rewritten: now it reads
    assert target.stat().st_size > 1000


def test_a_cache_of_another_size_is_computed_again(wav, tmp_path):
    cache = tmp_path / "cache"
    assert load_overview(wav, cache, buckets=300).buckets == 300
    assert load_overview(wav, cache, buckets=600).buckets == 600


def test_an_unwritable_cache_still_gives_the_overview(wav, tmp_path):
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the folder should be")
    check_shape(load_overview(wav, blocker, buckets=600))


def test_missing_empty_and_non_audio_files_raise_plain_errors(tmp_path):
    empty = tmp_path / "empty.wav"
    empty.write_bytes(b"")
    junk = tmp_path / "junk.mp3"
    junk.write_bytes(np.random.default_rng(1).bytes(20000))
    for path, reason in ((tmp_path / "gone.wav", "not found"), (empty, "empty"), (junk, "")):
        with pytest.raises(MediaError) as raised:
            load_overview(path, tmp_path / "cache")
        assert isinstance(raised.value, IamError)
        assert reason in str(raised.value)
    assert not (tmp_path / "cache").exists()  # nothing is cached for a bad file


def test_a_header_without_audio_raises(header_only_wav, tmp_path):
    with pytest.raises(MediaError):
        load_overview(header_only_wav, tmp_path / "cache")


def test_cancelling_stops_it_and_caches_nothing(wav, tmp_path):
    with pytest.raises(Cancelled):
        load_overview(wav, tmp_path / "cache", cancelled=lambda: True)
    assert not any((tmp_path / "cache").rglob("*.npz"))


def test_a_long_file_is_streamed_in_bounded_memory(tmp_path):
    """30 minutes (115 MB as float32) are never held at once: 10 s of loud sine each minute."""
    path = tmp_path / "long.wav"
    minute = np.zeros(60 * RATE, np.float32)
    minute[: 10 * RATE] = AMPLITUDE * np.sin(2 * np.pi * 440 * np.arange(10 * RATE) / RATE)
    pcm = (minute * 32767).astype("<i2").tobytes()
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        for _ in range(30):
            out.writeframes(pcm)
    tracemalloc.start()
    try:
        overview = load_overview(path, tmp_path / "cache", buckets=3000)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 16 * 1024 * 1024
    assert overview.duration == pytest.approx(1800.0, abs=0.01)
    assert overview.buckets == 3000
    per_minute = overview.maxima.reshape(30, 100)  # 100 buckets a minute, 10 of them loud
    assert per_minute[:, 1:15].min() == pytest.approx(AMPLITUDE, abs=0.03)
    assert np.abs(per_minute[:, 19:97]).max() < 0.01


# --- what to mark --------------------------------------------------------------------------------------


def _segment(start, end, text, speaker=None, probabilities=None):
    words = []
    if probabilities is not None:
        tokens = text.split()
        step = (end - start) / len(tokens)
        words = [
            Word(start + i * step, start + (i + 1) * step, f" {token}", p)
            for i, (token, p) in enumerate(zip(tokens, probabilities, strict=True))
        ]
    return Segment(start, end, text, tuple(words), speaker)


def test_match_times_are_the_words_where_the_pattern_matches():
    segments = [
        _segment(0.0, 4.0, "the cat sat on the mat", probabilities=[1] * 6),
        _segment(4.0, 6.0, "no words timed here, the end"),  # no words: in proportion to the offset
        _segment(6.0, 7.0, "nothing"),
    ]
    times = match_times(segments, re.compile(r"\bthe\b"))
    assert times == pytest.approx([0.0, 4 * 4 / 6, 4.0 + 2 * 21 / 28])
    assert match_times(segments, None) == []
    assert match_times(segments, re.compile("zebra")) == []


def test_unsure_times_are_the_unsure_words_starts():
    segments = [
        _segment(0.0, 3.0, "one two three", probabilities=[0.9, 0.2, 0.9]),
        _segment(3.0, 5.0, "four five", probabilities=[0.1, 0.95]),
    ]
    assert unsure_times(segments) == pytest.approx([1.0, 3.0])


def test_speaker_bands_join_runs_and_number_speakers_in_order():
    segments = [
        _segment(0, 2, "a", "Ana"), _segment(2, 4, "b", "Ana"), _segment(4, 5, "c", "Bo"),
        _segment(5, 6, "d", None), _segment(6, 7, "e", "Bo"), _segment(7, 9, "f", "Ana"),
    ]  # fmt: skip
    assert speaker_bands(segments) == [(0, 4, 0), (4, 5, 1), (6, 7, 1), (7, 9, 0)]
    assert speaker_bands([_segment(0, 1, "x")]) == []
