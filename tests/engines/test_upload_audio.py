"""Encoding pieces for upload: small, decodable, exactly as long as the samples."""

from __future__ import annotations

import io

import av
import numpy as np
import pytest

from iam_desktop.engines import upload_audio
from iam_desktop.engines.upload_audio import encode_piece

RATE = 16000


def decode(data: bytes) -> tuple[np.ndarray, str]:
    blocks = []
    resampler = av.AudioResampler(format="flt", layout="mono", rate=RATE)
    with av.open(io.BytesIO(data)) as container:
        codec = container.streams.audio[0].codec_context.name
        for frame in container.decode(audio=0):
            blocks += [f.to_ndarray().reshape(-1) for f in resampler.resample(frame)]
        blocks += [f.to_ndarray().reshape(-1) for f in resampler.resample(None)]
    return np.concatenate(blocks), codec


def tone(seconds: float, freq: float = 440.0, level: float = 0.3) -> np.ndarray:
    t = np.arange(int(seconds * RATE)) / RATE
    return (level * np.sin(2 * np.pi * freq * t)).astype(np.float32)


def test_opus_in_ogg_small_and_same_length():
    samples = tone(30)
    encoded = encode_piece(samples)
    assert encoded.filename.endswith(".ogg") and encoded.mime == "audio/ogg"
    assert encoded.data[:4] == b"OggS"
    assert len(encoded.data) < 30 * 28_000 / 8  # about 24 kbit/s
    decoded, codec = decode(encoded.data)
    assert codec == "opus"
    assert abs(len(decoded) - len(samples)) / RATE < 0.03
    rms = float(np.sqrt(np.mean(decoded[RATE:-RATE] ** 2)))
    assert rms == pytest.approx(0.3 / np.sqrt(2), rel=0.15)


def test_out_of_range_samples_are_clipped_not_wrapped():
    decoded, _ = decode(encode_piece(np.full(RATE, 5.0, dtype=np.float32)).data)
    assert np.max(np.abs(decoded)) < 1.5


def test_empty_piece_is_an_error():
    with pytest.raises(ValueError):
        encode_piece(np.zeros(0, dtype=np.float32))


def test_falls_back_to_mp3_without_libopus(monkeypatch):
    monkeypatch.setattr(upload_audio.av, "codecs_available", av.codecs_available - {"libopus"})
    upload_audio._encoder.cache_clear()
    try:
        assert upload_audio.upload_format() == "libmp3lame"
        encoded = encode_piece(tone(5))
        assert encoded.filename.endswith(".mp3") and encoded.mime == "audio/mpeg"
        decoded, codec = decode(encoded.data)
        assert codec.startswith("mp3")
        assert abs(len(decoded) - 5 * RATE) / RATE < 0.1
    finally:
        monkeypatch.undo()
        upload_audio._encoder.cache_clear()
    assert upload_audio.upload_format() == "libopus"
