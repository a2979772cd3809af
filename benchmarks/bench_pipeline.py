"""Benchmark: CLI start-up, and the app's transcription pipeline against plain faster-whisper.

Prints figures (and ratios against a baseline measured in the same run); asserts nothing.
Run: .venv/bin/python benchmarks/bench_pipeline.py [SPEECH_FILE]
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SPEECH = ROOT.parent / "shared" / "data" / "speech" / "en_jfk_inaugural.wav"


def timed(func, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    speech = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SPEECH
    exe = [sys.executable, "-m", "iam_desktop"]
    startup = timed(lambda: subprocess.run([*exe, "--version"], check=True, capture_output=True))
    baseline = timed(lambda: subprocess.run([sys.executable, "-c", "pass"], check=True))
    ratio = startup / baseline
    print(f"cli --version: {startup * 1000:.0f} ms (bare python: {baseline * 1000:.0f} ms, x{ratio:.1f})")

    from faster_whisper import WhisperModel

    from iam_desktop.audio.decode import decode_pcm
    from iam_desktop.engines.local_whisper import LocalWhisperEngine
    from iam_desktop.engines.models import bundled_model
    from iam_desktop.jobs.pipeline import run_transcription_job
    from iam_desktop.library import Library
    from iam_desktop.paths import data_paths

    duration = len(decode_pcm(speech).samples) / 16000
    plain = WhisperModel(str(bundled_model().path), device="cpu", compute_type="int8")
    plain_s = timed(lambda: list(plain.transcribe(str(speech), beam_size=5)[0]))
    engine = LocalWhisperEngine()
    engine.load()
    with tempfile.TemporaryDirectory() as tmp:
        library = Library.open(data_paths(Path(tmp)))

        def app_run() -> None:
            job = library.create_job(str(speech), engine="local", model="tiny.en", language=None)
            run_transcription_job(library, engine, job)

        app_s = timed(app_run)
        library.close()
    print(f"audio: {speech.name}, {duration:.1f} s")
    print(f"plain faster-whisper (beam 5, no VAD): {plain_s:.2f} s, RTF {plain_s / duration:.3f}")
    print(f"app pipeline (probe, decode, copy, VAD, words, store): {app_s:.2f} s, RTF {app_s / duration:.3f}")
    print(f"ratio app/plain: {app_s / plain_s:.2f}")


if __name__ == "__main__":
    main()
