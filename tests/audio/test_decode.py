"""decode_pcm()/iter_pcm(): right length, rate, channel count, content; damage and cancelling."""

from __future__ import annotations

import shutil

import numpy as np
import pytest

from iam_desktop.audio import SPEECH_SAMPLE_RATE
from iam_desktop.audio.decode import DecodedAudio, PcmStream, decode_pcm, iter_pcm
from iam_desktop.errors import Cancelled, MediaError

ALL = [
    "tone.wav", "tone.mp3", "tone.m4a", "tone.ogg", "tone.flac", "tone.webm", "stereo44k.wav",
    "video.mp4", "video.mov", "video.mkv", "video.webm",
]  # fmt: skip


def dominant_hz(samples: np.ndarray) -> float:
    spectrum = np.abs(np.fft.rfft(samples))
    return float(np.argmax(spectrum) * SPEECH_SAMPLE_RATE / len(samples))


@pytest.mark.parametrize("name", ALL)
def test_decodes_to_16k_mono_float32(media, name):
    audio = decode_pcm(media[name])
    assert isinstance(audio, DecodedAudio)
    assert audio.sample_rate == SPEECH_SAMPLE_RATE == 16000
    assert audio.samples.dtype == np.float32
    assert audio.samples.ndim == 1
    assert audio.duration == pytest.approx(3.0, abs=0.1)
    assert not audio.truncated
    assert dominant_hz(audio.samples) == pytest.approx(440, abs=5)
    assert 0.2 < np.abs(audio.samples).max() < 1.0


def test_stereo_44k_is_downmixed(media):
    audio = decode_pcm(media["stereo44k.wav"])  # 440 Hz on the left, silence on the right
    assert len(audio.samples) == pytest.approx(3 * 16000, abs=16)
    rms = float(np.sqrt(np.mean(audio.samples**2)))
    assert 0.1 < rms < 0.36  # the left channel's tone, mixed down (not dropped, not doubled)


def test_chunks(media):
    stream = iter_pcm(media["tone.flac"], chunk_seconds=1.0)
    assert isinstance(stream, PcmStream)
    chunks = list(stream)
    assert [len(c) for c in chunks[:-1]] == [16000] * (len(chunks) - 1)
    assert 0 < len(chunks[-1]) <= 16000
    assert all(c.dtype == np.float32 and c.ndim == 1 for c in chunks)
    whole = decode_pcm(media["tone.flac"]).samples
    np.testing.assert_array_equal(np.concatenate(chunks), whole)
    assert stream.truncated is False


def test_stream_can_be_abandoned_and_reiterated(media):
    stream = iter_pcm(media["tone.mp3"], chunk_seconds=0.5)
    first = next(iter(stream))
    assert len(first) == 8000
    assert sum(len(c) for c in stream) == pytest.approx(48000, abs=1600)


def test_iter_pcm_raises_media_errors(tmp_path, media):
    (tmp_path / "empty.wav").touch()
    with pytest.raises(MediaError, match="file is empty"):
        list(iter_pcm(tmp_path / "empty.wav"))
    with pytest.raises(MediaError, match="no audio stream"):
        list(iter_pcm(media["silent-video.mp4"]))


def _write(path, data):
    if isinstance(data, str):
        path.write_text(data)
    else:
        path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda p: p / "missing.mp3", "file not found"),
        (lambda p: p, "is a folder, not a file"),
        (lambda p: _write(p / "e.mp3", b""), "file is empty"),
        (lambda p: _write(p / "t.mp3", "hello " * 9999), "not an audio or video file"),
        (lambda p: _write(p / "n.wav", np.random.default_rng(1).bytes(99999)), "not an audio or video file"),
    ],
    ids=["missing", "folder", "empty", "text", "noise"],
)
def test_decode_raises_probe_reasons(tmp_path, make, reason):
    with pytest.raises(MediaError) as caught:
        decode_pcm(make(tmp_path))
    assert caught.value.reason == reason


def test_header_only_wav_is_truncated(header_only_wav):
    with pytest.raises(MediaError) as caught:
        decode_pcm(header_only_wav)
    assert caught.value.reason == "file is truncated"


@pytest.mark.parametrize("name", ["tone.wav", "tone.mp3", "tone.flac", "tone.webm", "tone.ogg"])
def test_cut_in_half_recovers_first_part(media, half_of, name):
    audio = decode_pcm(half_of(media[name]))
    assert 0.9 < audio.duration < 1.7  # flac/ogg/webm headers take part of the bytes
    assert dominant_hz(audio.samples) == pytest.approx(440, abs=5)


@pytest.mark.parametrize("name", ["tone.flac", "tone.webm"])
def test_cut_in_half_is_flagged_when_the_header_knows_the_length(media, half_of, name):
    assert decode_pcm(half_of(media[name])).truncated


def test_damage_midway_stops_with_truncated_flag(tmp_path, media):
    data = bytearray(media["tone.flac"].read_bytes())
    mid = len(data) * 2 // 3
    data[mid:] = np.random.default_rng(7).bytes(len(data) - mid)
    path = tmp_path / "damaged.flac"
    path.write_bytes(bytes(data))
    audio = decode_pcm(path)
    assert audio.truncated
    assert 0.5 < audio.duration < 2.9


def test_unicode_name_with_spaces(tmp_path, media):
    path = tmp_path / "Café interview — №1.mp3"
    shutil.copy(media["tone.mp3"], path)
    assert decode_pcm(path).duration == pytest.approx(3.0, abs=0.1)


def test_cancel_before_start(media):
    with pytest.raises(Cancelled):
        decode_pcm(media["tone.wav"], cancelled=lambda: True)


def test_cancel_midway(media):
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 5

    stream = iter_pcm(media["tone.mp3"], chunk_seconds=0.05, cancelled=cancelled)
    got = []
    with pytest.raises(Cancelled):
        for chunk in stream:
            got.append(chunk)
    assert len(calls) == 6
