"""The speaker encoder: its weights are the shipped file with the recorded checksum (a damaged or missing
file is refused with a plain message), its features are the mel frames it was trained on, and its voice
prints tell real voices apart."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

from iam_desktop.errors import EngineError
from iam_desktop.speakers.encoder import (
    MODEL_SHA256,
    N_MELS,
    WINDOW_FRAMES,
    SpeakerEncoder,
    loudness_normalised,
    mel_frames,
    model_path,
)

SPEECH = Path("/work/shared/data/speech")  # real human speech (see its README)


def flite(voice: str, text: str, folder: Path) -> np.ndarray:
    wav = folder / f"{voice}.wav"
    subprocess.run(["flite", "-voice", voice, "-t", text, "-o", str(wav)], check=True)
    return decode(wav)


def decode(path: Path) -> np.ndarray:
    from iam_desktop.audio.decode import decode_pcm

    return decode_pcm(path).samples


def prints(encoder: SpeakerEncoder, samples: np.ndarray) -> np.ndarray:
    mels = mel_frames(loudness_normalised(samples))
    windows = np.array([mels[i : i + WINDOW_FRAMES] for i in range(0, len(mels) - WINDOW_FRAMES, 40)])
    return encoder.embed(windows)


def test_the_shipped_weights_are_the_recorded_ones_and_load():
    assert hashlib.sha256(model_path().read_bytes()).hexdigest() == MODEL_SHA256
    encoder = SpeakerEncoder()
    assert encoder.hidden == 256


def test_a_damaged_or_missing_model_file_is_refused_plainly(tmp_path):
    damaged = tmp_path / "speaker_encoder.npz"
    shutil.copyfile(model_path(), damaged)
    data = bytearray(damaged.read_bytes())
    data[len(data) // 2] ^= 0xFF
    damaged.write_bytes(bytes(data))
    with pytest.raises(EngineError, match="damaged"):
        SpeakerEncoder(damaged)
    with pytest.raises(EngineError, match="missing"):
        SpeakerEncoder(tmp_path / "gone.npz")


def test_mel_frames_are_10_ms_apart_and_put_a_tone_in_its_band():
    rate = 16000
    t = np.arange(rate) / rate
    low = mel_frames((0.3 * np.sin(2 * np.pi * 300 * t)).astype(np.float32))
    high = mel_frames((0.3 * np.sin(2 * np.pi * 3000 * t)).astype(np.float32))
    assert low.shape == (101, N_MELS) and low.dtype == np.float32
    assert np.argmax(low[50]) < np.argmax(high[50])  # a higher tone, a higher band
    assert mel_frames(np.zeros(0, dtype=np.float32)).shape[1] == N_MELS


def test_quiet_speech_is_raised_to_the_trained_level_and_loud_speech_kept():
    quiet = np.full(16000, 0.001, dtype=np.float32)
    loud = np.full(16000, 0.5, dtype=np.float32)
    assert 20 * np.log10(np.sqrt(np.mean(loudness_normalised(quiet) ** 2))) == pytest.approx(-30, abs=0.1)
    assert loudness_normalised(loud) is loud


def test_voice_prints_are_unit_length_and_tell_real_voices_apart(tmp_path):
    encoder = SpeakerEncoder()
    text = "The quarterly numbers came in on Tuesday, and revenue rose by twelve percent over the year."
    voices = {voice: prints(encoder, flite(voice, text, tmp_path)) for voice in ("slt", "rms", "awb")}
    voices["quilter"] = prints(encoder, decode(SPEECH / "en_leopard_quilter.wav"))
    voices["french"] = prints(encoder, decode(SPEECH / "fr_leopard_test.wav"))
    for own in voices.values():
        assert np.allclose(np.linalg.norm(own, axis=1), 1.0, atol=1e-5)
    for name, own in voices.items():
        within = (own @ own.T)[~np.eye(len(own), dtype=bool)].mean()
        across = max((own @ other.T).mean() for other_name, other in voices.items() if other_name != name)
        assert within > across + 0.15, name  # the same voice is clearly more alike than any other one


def test_the_same_window_gives_the_same_print_in_any_batch():
    encoder = SpeakerEncoder()
    rng = np.random.default_rng(0)
    windows = rng.random((5, WINDOW_FRAMES, N_MELS), dtype=np.float32)
    one_by_one = np.concatenate([encoder.embed(w[None]) for w in windows])
    assert np.allclose(encoder.embed(windows), one_by_one, atol=1e-5)
