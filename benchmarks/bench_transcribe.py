"""Benchmark of the transcription service; prints figures, asserts nothing. Timings vary 2-4x between runs
here, so every figure is compared with a baseline measured in the same run.

1. Local: the app's default path (language detection and routing, VAD, batched decoding with a second
   pass over the windows that went wrong, word timings, child process, SQLite) against plain
   faster-whisper `WhisperModel(tiny.en, int8).transcribe(path, beam_size=5)` — the way other desktop apps
   call it — on benchmarks/speech_set.py's ~5.4-minute varied set (six voices, names, numbers, real
   speech): times, speed ratios, WERs of every run (both decoders vary between runs on this CPU), names
   spelled right, and the share of windows decoded again.
2. Cloud: a 60-minute file through the OpenAI engine against the local fake server with 2 s latency per
   request: the app's parallel upload against sending the pieces one after another.
3. Memory: peak RSS of `iam-desktop transcribe` on a 20-minute and a 3-hour file (bounded: independent of
   the length).

Run: .venv/bin/python benchmarks/bench_transcribe.py [--skip-memory]
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
import wave
from pathlib import Path

import numpy as np

os.environ.setdefault("HF_HUB_OFFLINE", "1")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))  # the fake OpenAI server and the WER helper live with the tests
sys.path.insert(0, str(ROOT / "benchmarks"))


RATE = 16000
TEXT = (ROOT / "benchmarks" / "data" / "meeting.txt").read_text().strip()


def speech_file(folder: Path) -> tuple[Path, str]:
    """About five minutes of espeak-ng speech (the meeting text, three times) and its reference."""
    raw, one, five = folder / "raw.wav", folder / "one.wav", folder / "five.wav"
    subprocess.run(["espeak-ng", "-v", "en-us", "-s", "175", "-w", str(raw), TEXT], check=True)
    subprocess.run(["sox", str(raw), "-r", "16000", "-c", "1", "-b", "16", str(one)], check=True)
    subprocess.run(["sox", str(one), str(one), str(one), str(five)], check=True)
    return five, " ".join([TEXT] * 3)


def write_long_wav(path: Path, minutes: float, speech: np.ndarray, every_seconds: float = 600.0) -> Path:
    """A long recording, written in blocks: quiet room noise with the speech clip every `every_seconds`."""
    rng = np.random.default_rng(0)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        written, total = 0, int(minutes * 60 * RATE)
        block = int(every_seconds * RATE)
        while written < total:
            n = min(block, total - written)
            samples = rng.normal(0, 0.002, n)
            samples[: min(len(speech), n)] += speech[: min(len(speech), n)]
            out.writeframes((np.clip(samples, -1, 1) * 32767).astype("<i2").tobytes())
            written += n
    return path


def tones(minutes: float) -> np.ndarray:
    """Tone bursts (1 s) separated by 4 s of silence: cheap to make, easy for the fake server to 'hear'."""
    t = np.arange(RATE) / RATE
    burst = (0.3 * np.sin(2 * np.pi * 440 * t)).astype(np.float32)
    period = np.concatenate([burst, np.zeros(4 * RATE, dtype=np.float32)])
    return np.tile(period, int(minutes * 60 / 5))


class RecordingFactory:
    """The app's engine factory, keeping what each engine call returned (windows decoded again)."""

    def __init__(self, settings) -> None:
        from iam_desktop.engines.factory import EngineFactory

        self.inner = EngineFactory(settings)
        self.results: list = []

    def engine_for(self, job):
        engine, results = self.inner.engine_for(job), self.results

        class Keeping:
            name, model_name = engine.name, engine.model_name
            chunk_seconds = getattr(engine, "chunk_seconds", 300.0)

            def check(self, options):
                engine.check(options)

            def transcribe(self, audio, options, **kwargs):
                result = engine.transcribe(audio, options, **kwargs)
                results.append(result)
                return result

        return Keeping()

    def fallback_for(self, job):
        return self.inner.fallback_for(job)

    def detector_for(self, job):
        return self.inner.detector_for(job)

    def close(self) -> None:
        self.inner.close()


def bench_local(folder: Path, runs: int = 2) -> None:
    """Plain faster-whisper against the app's default path (language detected, routed to tiny.en, VAD,
    batched first pass, second pass over the windows that went wrong, word timings, sentence segments,
    child process, SQLite) on the varied set of benchmarks/speech_set.py, `runs` times each, alternating."""
    from faster_whisper import WhisperModel
    from speech_set import NAMES, build, english_wer, name_hits

    from iam_desktop.engines.models import bundled_model
    from iam_desktop.jobs.pipeline import run_transcription_job
    from iam_desktop.library import Library
    from iam_desktop.paths import data_paths
    from iam_desktop.settings import Settings

    speech = build(folder, repeat=2)
    plain = WhisperModel(str(bundled_model().path), device="cpu", compute_type="int8")
    list(plain.transcribe(str(speech.path), beam_size=5, clip_timestamps=[0, 30])[0])  # warm-up
    library = Library.open(data_paths(folder / "data"))
    factory = RecordingFactory(Settings())
    factory.inner.local(language="en").load()  # the child processes and models, as an open app has them
    factory.inner.local(language=None).load()
    rows: dict[str, list[tuple[float, float, str]]] = {}

    def app(label: str, **job_options) -> None:
        job = library.jobs.create(str(speech.path), engine="local", **job_options)
        start = time.perf_counter()
        outcome = run_transcription_job(library, factory, job)
        seconds = time.perf_counter() - start
        assert outcome.status == "done", outcome
        rows.setdefault(label, []).append((seconds, 0.0, library.get_transcript(outcome.recording_id).text))

    for _ in range(runs):
        start = time.perf_counter()
        text = " ".join(s.text for s in plain.transcribe(str(speech.path), beam_size=5)[0])
        rows.setdefault("plain faster-whisper tiny.en, beam 5", []).append(
            (time.perf_counter() - start, 0.0, text)
        )
        app("app, default (language detected)", language=None)
        app("app, --language en", language="en")
    app("app, default + vocabulary of the names", language=None, vocabulary=list(NAMES))
    windows = sum(r.windows for r in factory.results)
    redone = sum(r.redecoded for r in factory.results)
    factory.close()
    library.close()
    print(f"[local] {speech.duration:.0f} s: six voices (flite slt/rms/awb/kal, espeak-ng en-us/en-gb-x-rp)"
          f" reading an interview with names and numbers, two real recordings; {runs} runs each")  # fmt: skip
    base = sum(t for t, _w, _x in rows["plain faster-whisper tiny.en, beam 5"]) / runs
    for label, runs_of in rows.items():
        mean = sum(t for t, _w, _x in runs_of) / len(runs_of)
        wers = ", ".join(f"{100 * english_wer(speech.reference, x):.1f}%" for _t, _w, x in runs_of)
        hits, total = name_hits(runs_of[-1][2])
        print(f"  {label:40s} {mean:6.1f} s  RTF {mean / speech.duration:.3f}  {base / mean:4.2f}x"
              f"  WER {wers}  names {hits}/{total}")  # fmt: skip
    share = 100 * redone / max(windows, 1)
    print(f"  windows decoded again by the app: {redone} of {windows} ({share:.0f}%)")


def start_fake_server(latency: float) -> tuple[subprocess.Popen, str]:
    """The fake OpenAI server in a process of its own, as a remote service would be (it decodes nothing:
    its CPU would otherwise compete with the client's on this 2-core machine)."""
    code = (
        "import sys, time; sys.path.insert(0, sys.argv[1]); "
        "from fakes.openai_server import FakeOpenAI, paced_responder; "
        "s = FakeOpenAI(api_key='sk-bench', latency=float(sys.argv[2]), decode=False, "
        "responder=paced_responder); "
        "s.start(); print(s.base_url, flush=True); time.sleep(3600)"
    )
    server = subprocess.Popen(
        [sys.executable, "-c", code, str(ROOT / "tests"), str(latency)], stdout=subprocess.PIPE, text=True
    )
    return server, server.stdout.readline().strip()


def bench_cloud() -> None:
    from iam_desktop.engines.base import TranscribeOptions
    from iam_desktop.engines.openai_engine import OpenAIEngine

    audio = tones(60)
    print("[cloud] 60 min of audio, fake OpenAI server (own process) with 2 s latency per request")
    server, url = start_fake_server(2.0)
    results = {}
    try:
        for label, parallel in (("sequential", 1), ("app (parallel)", 4)):
            engine = OpenAIEngine("sk-bench", base_url=url, max_parallel=parallel)
            start = time.perf_counter()
            result = engine.transcribe(audio, TranscribeOptions(language="en"))
            results[label] = time.perf_counter() - start
            engine.close()
            print(f"  {label:15s} {results[label]:6.1f} s  {len(result.segments)} segments")
    finally:
        server.kill()
        server.wait()
    print(f"  speed-up: {results['sequential'] / results['app (parallel)']:.2f}x")


def peak_rss_mb(audio: Path, data: Path) -> tuple[float, float]:
    """Run the CLI in a fresh wrapper process; its largest process's peak RSS (MB) and the wall time."""
    code = (
        "import resource, subprocess, sys, time; t = time.perf_counter(); "
        "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL); "
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, time.perf_counter() - t)"
    )
    cli = [str(Path(sys.executable).parent / "iam-desktop"), "transcribe", "--language", "en", str(audio)]
    env = dict(os.environ, IAM_DATA_DIR=str(data))
    out = subprocess.run(
        [sys.executable, "-c", code, *cli], env=env, capture_output=True, text=True, check=True
    )
    rss, seconds = out.stdout.split()
    return float(rss), float(seconds)


def bench_memory(folder: Path) -> None:
    from iam_desktop.audio.decode import decode_pcm

    speech = decode_pcm(speech_file(folder)[0]).samples[: 30 * RATE]
    print("[memory] peak RSS of the largest process of `iam-desktop transcribe` (CLI or its engine)")
    for minutes in (20, 180):
        audio = write_long_wav(folder / f"long-{minutes}.wav", minutes, speech)
        rss, seconds = peak_rss_mb(audio, folder / f"data-{minutes}")
        print(f"  {minutes:4d} min file ({audio.stat().st_size / 2**20:5.0f} MB WAV): peak {rss:6.0f} MB,"
              f" {seconds:6.1f} s")  # fmt: skip
        audio.unlink()
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  (this benchmark process itself: {own:.0f} MB)")


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="iam-bench-") as tmp:
        folder = Path(tmp)
        bench_local(folder)
        if "--local-only" in sys.argv:
            return
        bench_cloud()
        if "--skip-memory" not in sys.argv:
            bench_memory(folder)


if __name__ == "__main__":
    main()
