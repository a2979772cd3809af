"""The speaker encoder: 1.6 s of speech → a 256-number voice print (L2-normed), in numpy alone.

The weights are Resemblyzer's pretrained encoder (Apache-2.0, resemble-ai, from the `Resemblyzer` 0.1.4
wheel on PyPI; credited in Help → About, licence in resources/models/), converted once by
tools/convert_speaker_model.py into resources/models/speaker_encoder.npz, whose SHA-256 is checked before
loading. The network: 40-channel mel power frames (25 ms window, 10 ms hop, 16 kHz, Slaney mel scale as
librosa's) → 3-layer LSTM (256 units) → the last layer's final hidden state → linear 256 → ReLU → L2 norm.
No PyTorch: PyTorch's LSTM equations (gate order i, f, g, o; both biases added) in float32 numpy.
"""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path

import numpy as np

from iam_desktop.errors import EngineError
from iam_desktop.resource_files import resource_path

SAMPLE_RATE = 16_000
N_FFT = 400  # 25 ms
HOP = 160  # 10 ms
N_MELS = 40
#: frames in one window the encoder was trained on (1.6 s)
WINDOW_FRAMES = 160
#: the loudness the encoder was trained at (quieter speech is raised to it)
TARGET_DBFS = -30.0
MODEL_FILE = ("models", "speaker_encoder.npz")
MODEL_SHA256 = "4bd190d4b9cafa5f24ba91d955a8716cb6a196d38fa066e5b9eaae9be3ea8ebb"
_LAYERS = 3


def model_path() -> Path:
    return resource_path(*MODEL_FILE)


def _hz_to_mel(hz: np.ndarray) -> np.ndarray:
    """Slaney's mel scale (linear below 1 kHz, logarithmic above), as librosa's default."""
    hz = np.asarray(hz, dtype=np.float64)
    mel = hz / (200.0 / 3)
    log_part = hz >= 1000.0
    return np.where(log_part, 15.0 + np.log(np.maximum(hz, 1e-10) / 1000.0) / (np.log(6.4) / 27.0), mel)


def _mel_to_hz(mel: np.ndarray) -> np.ndarray:
    mel = np.asarray(mel, dtype=np.float64)
    hz = mel * (200.0 / 3)
    return np.where(mel >= 15.0, 1000.0 * np.exp((np.log(6.4) / 27.0) * (mel - 15.0)), hz)


def _mel_filters() -> np.ndarray:
    """(N_MELS, N_FFT // 2 + 1) triangular filters with Slaney's area normalisation (librosa's defaults)."""
    fft_freqs = np.linspace(0, SAMPLE_RATE / 2, N_FFT // 2 + 1)
    top = _hz_to_mel(np.array(SAMPLE_RATE / 2))
    mel_points = _mel_to_hz(np.linspace(_hz_to_mel(np.array(0.0)), top, N_MELS + 2))
    widths = np.diff(mel_points)
    ramps = mel_points[:, None] - fft_freqs[None, :]
    lower = -ramps[:-2] / widths[:-1, None]
    upper = ramps[2:] / widths[1:, None]
    weights = np.maximum(0, np.minimum(lower, upper))
    weights *= (2.0 / (mel_points[2:] - mel_points[:-2]))[:, None]
    return weights.astype(np.float32)


_FILTERS = _mel_filters()
_WINDOW = (0.5 - 0.5 * np.cos(2 * np.pi * np.arange(N_FFT) / N_FFT)).astype(np.float32)  # periodic Hann


def loudness_normalised(samples: np.ndarray) -> np.ndarray:
    """`samples` raised to TARGET_DBFS when quieter (never lowered), as the encoder was trained."""
    rms = float(np.sqrt(np.mean(np.square(samples, dtype=np.float64)))) if len(samples) else 0.0
    if rms <= 1e-6:
        return samples
    change = TARGET_DBFS - 20 * np.log10(rms)
    return samples if change <= 0 else (samples * np.float32(10 ** (change / 20))).astype(np.float32)


def mel_frames(samples: np.ndarray) -> np.ndarray:
    """(frames, 40) mel power frames of 16 kHz mono float32 `samples`; frame i is centred on sample
    i × 160 (zero-padded at both ends), one frame per 10 ms plus one."""
    samples = np.asarray(samples, dtype=np.float32)
    padded = np.pad(samples, (N_FFT // 2, N_FFT // 2))
    count = 1 + (len(padded) - N_FFT) // HOP
    if count <= 0:
        return np.zeros((0, N_MELS), dtype=np.float32)
    frames = np.lib.stride_tricks.sliding_window_view(padded, N_FFT)[::HOP][:count]
    spectrum = np.fft.rfft(frames * _WINDOW, axis=1)
    power = (spectrum.real**2 + spectrum.imag**2).astype(np.float32)
    return power @ _FILTERS.T


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 0.5 * (1.0 + np.tanh(0.5 * x))  # stable for any x


class SpeakerEncoder:
    """The loaded encoder; `embed` is thread-safe (no state between calls)."""

    def __init__(self, path: Path | None = None) -> None:
        path = path or model_path()
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise EngineError(f"the speaker model is missing ({path}): reinstall the app") from exc
        if hashlib.sha256(raw).hexdigest() != MODEL_SHA256:
            raise EngineError(f"the speaker model is damaged ({path}): reinstall the app")
        import io

        with np.load(io.BytesIO(raw)) as weights:
            self._layers = [
                (
                    np.ascontiguousarray(weights[f"lstm_weight_ih_l{k}"].T),
                    np.ascontiguousarray(weights[f"lstm_weight_hh_l{k}"].T),
                    (weights[f"lstm_bias_ih_l{k}"] + weights[f"lstm_bias_hh_l{k}"]).astype(np.float32),
                )
                for k in range(_LAYERS)
            ]
            self._linear = (np.ascontiguousarray(weights["linear_weight"].T), weights["linear_bias"].copy())
        self.hidden = self._layers[0][1].shape[0]

    def embed(self, mels: np.ndarray) -> np.ndarray:
        """(batch, frames, 40) mel frames → (batch, 256) L2-normed embeddings (float32)."""
        x = np.asarray(mels, dtype=np.float32)
        batch, steps, _ = x.shape
        h = np.zeros((batch, self.hidden), dtype=np.float32)
        for w_ih, w_hh, bias in self._layers:  # (the input projection step by step: memory stays small)
            h = np.zeros((batch, self.hidden), dtype=np.float32)
            c = np.zeros((batch, self.hidden), dtype=np.float32)
            outputs = np.empty((batch, steps, self.hidden), dtype=np.float32)
            n = self.hidden
            for t in range(steps):
                gates = x[:, t] @ w_ih + h @ w_hh + bias
                i = _sigmoid(gates[:, :n])
                f = _sigmoid(gates[:, n : 2 * n])
                g = np.tanh(gates[:, 2 * n : 3 * n])
                o = _sigmoid(gates[:, 3 * n :])
                c = f * c + i * g
                h = o * np.tanh(c)
                outputs[:, t] = h
            x = outputs
        weight, bias = self._linear
        raw = np.maximum(h @ weight + bias, 0.0)
        norms = np.linalg.norm(raw, axis=1, keepdims=True)
        return (raw / np.maximum(norms, 1e-12)).astype(np.float32)


_shared: SpeakerEncoder | None = None
_shared_lock = threading.Lock()


def shared_encoder() -> SpeakerEncoder:
    """One encoder per process, loaded on first use."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = SpeakerEncoder()
        return _shared
