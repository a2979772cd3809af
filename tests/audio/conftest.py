"""Fixtures for the audio tests: real media files generated with PyAV, once per session."""

from __future__ import annotations

import struct
from fractions import Fraction
from pathlib import Path

import av
import numpy as np
import pytest

TONE_HZ = 440.0
SECONDS = 3.0

# name -> (container format, audio encoder, video encoder, sample rate, channels)
SPECS: dict[str, tuple[str, str | None, str | None, int, int]] = {
    "tone.wav": ("wav", "pcm_s16le", None, 44100, 1),
    "tone.mp3": ("mp3", "libmp3lame", None, 44100, 1),
    "tone.m4a": ("ipod", "aac", None, 44100, 1),
    "tone.ogg": ("ogg", "libopus", None, 48000, 1),
    "tone.flac": ("flac", "flac", None, 44100, 1),
    "tone.webm": ("webm", "libopus", None, 48000, 1),
    "stereo44k.wav": ("wav", "pcm_s16le", None, 44100, 2),
    "video.mp4": ("mp4", "aac", "libx264", 44100, 1),
    "video.mov": ("mov", "aac", "mpeg4", 44100, 1),
    "video.mkv": ("matroska", "aac", "libx264", 44100, 1),
    "video.webm": ("webm", "libopus", "libvpx", 48000, 1),
    "silent-video.mp4": ("mp4", None, "libx264", 44100, 1),
}


def tone(seconds: float, rate: int, channels: int, freq: float = TONE_HZ) -> np.ndarray:
    """A (channels, samples) float32 sine; in stereo the right channel is silent."""
    t = np.arange(round(seconds * rate)) / rate
    data = np.zeros((channels, len(t)), np.float32)
    data[0] = 0.5 * np.sin(2 * np.pi * freq * t)
    return data


def write_media(
    path: Path,
    fmt: str,
    acodec: str | None,
    vcodec: str | None = None,
    rate: int = 44100,
    channels: int = 1,
    seconds: float = SECONDS,
) -> Path:
    """Encode a 440 Hz tone (and/or a tiny 64x64 10 fps video) into ``path``."""
    layout = "mono" if channels == 1 else "stereo"
    with av.open(str(path), "w", format=fmt) as out:
        # every stream must exist before the first packet is muxed
        vstream = out.add_stream(vcodec, rate=10) if vcodec else None
        astream = out.add_stream(acodec, rate=rate, layout=layout) if acodec else None
        if vstream is not None:
            vstream.width = vstream.height = 64
            vstream.pix_fmt = "yuv420p"
            for i in range(round(seconds * 10)):
                picture = np.full((64, 64, 3), i * 8 % 256, np.uint8)
                frame = av.VideoFrame.from_ndarray(picture, format="rgb24")
                frame.pts, frame.time_base = i, Fraction(1, 10)
                out.mux(vstream.encode(frame))
            out.mux(vstream.encode(None))
        if astream is not None:
            data = tone(seconds, rate, channels)
            for start in range(0, data.shape[1], 1024):
                block = np.ascontiguousarray(data[:, start : start + 1024])
                frame = av.AudioFrame.from_ndarray(block, format="fltp", layout=layout)
                frame.sample_rate, frame.pts, frame.time_base = rate, start, Fraction(1, rate)
                out.mux(astream.encode(frame))
            out.mux(astream.encode(None))
    return path


@pytest.fixture
def header_only_wav(tmp_path: Path) -> Path:
    """A 44-byte WAV header that claims one second of 16 kHz mono audio, and no data."""
    data_len = 32000
    fmt = struct.pack("<IHHIIHH", 16, 1, 1, 16000, 32000, 2, 16)
    path = tmp_path / "header-only.wav"
    riff = b"RIFF" + struct.pack("<I", 36 + data_len) + b"WAVE"
    path.write_bytes(riff + b"fmt " + fmt + b"data" + struct.pack("<I", data_len))
    return path


@pytest.fixture
def make_media():
    """The write_media() helper, for tests that need a file of their own."""
    return write_media


@pytest.fixture(scope="session")
def media(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every file in SPECS, plus a PNG image, generated once."""
    root = tmp_path_factory.mktemp("media")
    files = {}
    for name, (fmt, acodec, vcodec, rate, channels) in SPECS.items():
        files[name] = write_media(root / name, fmt, acodec, vcodec, rate, channels)
    encoder = av.CodecContext.create("png", "w")
    encoder.width = encoder.height = 16
    encoder.pix_fmt = "rgb24"
    encoder.time_base = Fraction(1, 1)
    picture = av.VideoFrame.from_ndarray(np.zeros((16, 16, 3), np.uint8), format="rgb24")
    files["picture.png"] = root / "picture.png"
    packets = encoder.encode(picture) + encoder.encode(None)
    files["picture.png"].write_bytes(b"".join(bytes(p) for p in packets))
    return files


@pytest.fixture
def half_of(tmp_path: Path):
    """Copy the first half of a file's bytes to a new file in tmp_path."""

    def cut(src: Path) -> Path:
        data = src.read_bytes()
        dst = tmp_path / f"half-{src.name}"
        dst.write_bytes(data[: len(data) // 2])
        return dst

    return cut
