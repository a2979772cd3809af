"""Shared test helpers: generated speech, word error rate, media fixtures made on the spot."""

from __future__ import annotations

import re
import shutil
import sqlite3
import subprocess
import unicodedata
import wave
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np

SPEECH_TEXT = (
    "Good morning everyone. Today we will talk about the new library building. "
    "The doors open at nine and the coffee shop is on the second floor."
)


def make_speech(text: str, path: Path, voice: str = "en-us") -> Path:
    """Speak `text` with espeak-ng into a 16 kHz mono 16-bit WAV at `path`."""
    if shutil.which("espeak-ng") is None or shutil.which("sox") is None:
        raise RuntimeError("espeak-ng and sox are needed (make test installs them)")
    raw = path.with_suffix(".raw.wav")
    subprocess.run(["espeak-ng", "-v", voice, "-s", "150", "-w", str(raw), text], check=True)
    subprocess.run(["sox", str(raw), "-r", "16000", "-c", "1", "-b", "16", str(path)], check=True)
    raw.unlink()
    return path


def write_wav(path: Path, samples: np.ndarray, rate: int = 16000) -> Path:
    """Write float samples in [-1, 1] as 16-bit mono PCM."""
    pcm = (np.clip(samples, -1, 1) * 32767).astype("<i2")
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(pcm.tobytes())
    return path


def normalise(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"[^\w\s']", " ", text)
    return text.split()


def wer(reference: str, hypothesis: str) -> float:
    """Word error rate after case and punctuation folding (Levenshtein over words)."""
    ref, hyp = normalise(reference), normalise(hypothesis)
    if not ref:
        return 0.0 if not hyp else 1.0
    previous = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, 1):
        current = [i] + [0] * len(hyp)
        for j, h in enumerate(hyp, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (r != h))
        previous = current
    return previous[-1] / len(ref)


def stored_time(value: datetime) -> str:
    """A time as SQLAlchemy stores it in SQLite (UTC, no zone)."""
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def insert_many_recordings(database: Path, count: int, now: datetime) -> sqlite3.Connection:
    """Add `count` recordings (IDs 1..count, one minute apart, newest first; duration i % 3600 s) with a
    current transcript each (language en/de alternating) straight into the SQLite file, fast. Returns
    the open connection for more rows; the caller closes it."""
    connection = sqlite3.connect(database)
    with connection:
        connection.executemany(
            "INSERT INTO recordings (id, title, duration, sample_rate, channels, sha256, audio_path, "
            "created_at) VALUES (?, ?, ?, 16000, 1, 'x', 'x/x.wav', ?)",
            (
                (i, f"Recording {i:06d}", float(i % 3600), stored_time(now - timedelta(minutes=i)))
                for i in range(1, count + 1)
            ),
        )
        connection.executemany(
            "INSERT INTO transcripts (recording_id, engine, model, language, created_at, is_current) "
            "VALUES (?, 'local', 'm', ?, ?, 1)",
            ((i, "en" if i % 2 else "de", stored_time(now)) for i in range(1, count + 1)),
        )
    return connection
