"""Shared test helpers: generated speech, word error rate, media fixtures made on the spot."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import unicodedata
import wave
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import pytest

SPEECH_TEXT = (
    "Good morning everyone. Today we will talk about the new library building. "
    "The doors open at nine and the coffee shop is on the second floor."
)
LONG_SPEECH_TEXT = (
    "This is a test of the recording feature. We are speaking into a virtual microphone on a computer "
    "without a sound card. The recorder writes every second to the disk, so nothing is lost if the program "
    "is killed. Afterwards the recording is transcribed by the local model, and the words are compared with "
    "this text."
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


def wer(reference: str, hypothesis: str, fold: Callable[[str], list[str]] | None = None) -> float:
    """Word error rate after case and punctuation folding (Levenshtein over words); `fold` replaces that
    folding (benchmarks/speech_set.py also folds numbers and spellings)."""
    fold = fold or normalise
    ref, hyp = fold(reference), fold(hypothesis)
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


# --- the virtual microphone (scripts/virtual-sound.sh, started by scripts/run-tests.sh) ----------------

REPO = Path(__file__).resolve().parent.parent
VIRTUAL_SOUND = REPO / "scripts" / "virtual-sound.sh"


def virtual_mic_missing() -> str | None:
    """Why the virtual microphone cannot be used here, or None if it can."""
    for tool in ("paplay", "pactl"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed"
    try:
        import sounddevice as sd

        sd.query_devices(kind="input")
    except Exception as exc:
        return f"sounddevice sees no input device: {exc}"
    return None


def play_into_mic(path: Path) -> subprocess.Popen:
    """Start playing an audio file into the virtual microphone; returns the player process."""
    return subprocess.Popen(
        ["bash", str(VIRTUAL_SOUND), "play", str(path)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )


#: the virtual sound server's second output (48 kHz stereo, like a real card): the computer's sound
COMPUTER_OUTPUT = "virt_out"
#: its first output, which feeds the virtual microphone
MIC_OUTPUT = "virt_sink"


def play_into_output(path: Path) -> subprocess.Popen:
    """Start playing an audio file on the computer's output (virt_out: the other side of a call)."""
    return subprocess.Popen(
        ["bash", str(VIRTUAL_SOUND), "play-out", str(path)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )


def set_default_output(sink: str) -> None:
    """Make `sink` the sound server's default output (what "the computer's audio" records)."""
    subprocess.run(["pactl", "set-default-sink", sink], check=True, timeout=30, capture_output=True)


def read_audio(path: Path) -> tuple[np.ndarray, int]:
    """A stored recording as float32 (frames, channels) and its sample rate (any format PyAV reads)."""
    import av

    with av.open(str(path)) as container:
        stream = container.streams.audio[0]
        rate = stream.codec_context.sample_rate
        channels = stream.codec_context.channels
        frames = [f.to_ndarray() for f in container.decode(stream)]
    data = np.concatenate(frames, axis=1)
    if data.shape[0] == 1 and channels > 1:  # packed samples: one row, channels interleaved
        data = data.reshape(-1, channels)
    else:
        data = data.T
    scale = 32768.0 if data.dtype == np.int16 else 1.0
    return data.astype(np.float32) / scale, rate


def kill_recording_midway(command: list[str], speech: Path, seconds: float) -> float:
    """Run `COMMAND record --seconds 120`, play `speech` into the microphone, SIGKILL the recorder after
    `seconds`; returns how long it had been recording when it was killed."""
    import signal
    import time

    proc = subprocess.Popen([*command, "record", "--seconds", "120"], stderr=subprocess.PIPE, text=True)
    line = proc.stderr.readline()
    assert line.startswith("recording from"), line + proc.stderr.read()
    started = time.monotonic()
    player = play_into_mic(speech)
    time.sleep(seconds)
    proc.send_signal(signal.SIGKILL)
    killed_after = time.monotonic() - started
    proc.wait(10)
    player.wait(60)
    return killed_after


#: mounting a small filesystem (to fill it for real) needs root on Linux
NEEDS_ROOT = sys.platform != "linux" or os.geteuid() != 0
needs_root = pytest.mark.skipif(NEEDS_ROOT, reason="mounting a tmpfs needs root on Linux")


def iam_desktop_command() -> list[str]:
    """The installed `iam-desktop` script next to this Python, else `python -m iam_desktop`."""
    folder = Path(sys.executable).parent
    for name in ("iam-desktop", "iam-desktop.exe"):
        if (folder / name).is_file():
            return [str(folder / name)]
    return [sys.executable, "-m", "iam_desktop"]


@contextlib.contextmanager
def tiny_filesystem(path: Path, size: str, *, read_only: bool = False) -> Iterator[Path]:
    """A real, small tmpfs mounted at `path` (created) for `size` (e.g. "2m"), to fill it up for real;
    `read_only`: a filesystem nobody can write to, root included."""
    path.mkdir(parents=True, exist_ok=True)
    options = f"size={size},ro" if read_only else f"size={size}"
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(path)],
                            capture_output=True, text=True)  # fmt: skip
    if result.returncode != 0:
        pytest.skip(f"cannot mount a small filesystem here: {result.stderr.strip()}")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


def fill_disk(folder: Path, leave: int = 0) -> Path:
    """Fill the filesystem of `folder` until at most `leave` bytes are free; returns the filler file."""
    filler = folder / ".filler"
    with open(filler, "wb") as handle:
        block = b"\0" * 65536
        with contextlib.suppress(OSError):
            while True:
                free = os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize
                if free <= leave:
                    break
                handle.write(block[: max(1, min(len(block), free - leave))])
                handle.flush()
    return filler
