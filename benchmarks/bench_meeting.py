"""Benchmark of meeting capture; prints figures, asserts nothing.

1. Alignment: an hour-long two-track capture written as the recorder writes it (microphone 16 kHz mono,
   computer audio 48 kHz stereo whose sound card runs 100 ppm fast, clock anchors every 0.5 s arriving
   0-20 ms late with some 150 ms outliers), a click in both tracks at the same true moment every minute.
   Printed: the worst distance between the two clicks after alignment (target: within 50 ms over the
   hour) and without the drift correction; the time to save it as one stereo FLAC against the baseline
   of saving the microphone's track alone (measured in the same run).
2. Both sides of a call: the six-voice interview of speech_set.py (flite and espeak-ng voices, names and
   numbers) and the two real English clips, split into a call — the user's turns on the microphone, the
   other side's on the computer's audio, in turns — with the other side leaking into the microphone at
   -18 dB, 120 ms late, over a little noise. It goes through the app's own transcription job of a meeting
   recording (default offline engine). Printed: the word error rate of each side ("Me" against the user's
   text, "Others" against theirs) and the baseline: the same engine transcribing each side's speech alone,
   clean; how many of the other side's words the user's side would have repeated without the echo removal.

Run: .venv/bin/python benchmarks/bench_meeting.py [--minutes 60]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np

os.environ.setdefault("HF_HUB_OFFLINE", "1")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

MIC_RATE, SYSTEM_RATE = 16000, 48000
DRIFT = 100e-6


def _write_track(folder: Path, prefix: str, rate: int, channels: int, seconds: float, clicks: list[float],
                 true_rate: float, rng: np.random.Generator) -> tuple[list[Path], Path]:  # fmt: skip
    """A track with a click at each true moment of `clicks`, as WAV parts and a clock file."""
    from iam_desktop.recording.wav_file import WavWriter

    total = int(seconds * rate)
    path = folder / f"{prefix}-0001.wav"
    writer = WavWriter(path, rate, channels)
    chunk = rate * 60
    click = (np.hanning(int(0.004 * rate)) * 20000).astype(np.int16)
    for start in range(0, total, chunk):
        n = min(chunk, total - start)
        block = (rng.normal(0, 30, n)).astype(np.int16)
        for moment in clicks:  # the card's frame of a true moment: its own (drifting) rate
            frame = int(moment * true_rate) - start
            if 0 <= frame < n - len(click):
                block[frame : frame + len(click)] += click
        writer.write(np.repeat(block[:, None], channels, axis=1))
    writer.close()
    frames = np.arange(0, total, int(0.5 * rate))
    late = rng.exponential(0.005, len(frames))
    late[rng.random(len(frames)) < 0.02] += 0.150
    seconds_at = 1000.0 + frames / true_rate + late
    clock = folder / f"clock-{prefix}.txt"
    clock.write_text("".join(f"{f} {s:.6f}\n" for f, s in zip(frames, seconds_at, strict=True)))
    return [path], clock


def _click_times(samples: np.ndarray, rate: int) -> np.ndarray:
    """The start of each click (a sample far above the noise), in seconds."""
    loud = np.flatnonzero(np.abs(samples.astype(np.int32)) > 5000)
    if not len(loud):
        return np.zeros(0)
    starts = loud[np.r_[True, np.diff(loud) > rate // 10]]
    return starts / rate


def alignment(minutes: float) -> None:
    from iam_desktop.audio.store import encode_pcm_flac
    from iam_desktop.meeting.alignment import align_capture
    from iam_desktop.recording.wav_file import read_frames

    folder = Path(tempfile.mkdtemp(prefix="bench-meeting-"))
    rng = np.random.default_rng(7)
    seconds = minutes * 60
    clicks = [30.0 + 60 * k for k in range(int(minutes))]
    mic, mic_clock = _write_track(folder, "part", MIC_RATE, 1, seconds, clicks, MIC_RATE, rng)
    system, system_clock = _write_track(
        folder, "system", SYSTEM_RATE, 2, seconds, clicks, SYSTEM_RATE * (1 + DRIFT), rng
    )
    started = time.perf_counter()
    encode_pcm_flac((b for p in mic for b in read_frames(p)), MIC_RATE, 1, folder / "baseline.flac")
    baseline = time.perf_counter() - started

    started = time.perf_counter()
    blocks, frames = align_capture(mic, mic_clock, system, system_clock)
    out = []

    def keep(blocks_in):  # the clicks are found in what was encoded
        for block in blocks_in:
            out.append(block)
            yield block

    encode_pcm_flac(keep(blocks), MIC_RATE, 2, folder / "meeting.flac")
    took = time.perf_counter() - started
    both = np.concatenate(out)
    mine, theirs = _click_times(both[:, 0], MIC_RATE), _click_times(both[:, 1], MIC_RATE)
    pairs = min(len(mine), len(theirs))
    worst = float(np.max(np.abs(mine[:pairs] - theirs[:pairs]))) if pairs else float("nan")
    uncorrected = seconds * DRIFT
    print(f"alignment over {minutes:.0f} min ({pairs} clicks): worst {worst * 1000:.1f} ms apart"
          " (target <= 50;"
          f" uncorrected: {uncorrected * 1000:.0f} ms)")
    print(f"saving: one track {baseline:.1f} s, two tracks aligned {took:.1f} s ({took / baseline:.2f}x);"
          f" {frames / MIC_RATE / 60:.0f} min")
    for path in folder.iterdir():
        path.unlink()
    folder.rmdir()


def call(folder: Path) -> tuple[np.ndarray, np.ndarray, str, str, np.ndarray, np.ndarray]:
    """A call from the interview: (microphone, computer audio, my text, their text, my speech alone,
    theirs alone), 16 kHz."""
    from speech_set import PASSAGES, REAL_CLIPS, SHARED_SPEECH, VOICES, _speak, read_wav, real_references

    refs = real_references()
    turns = [
        (_speak(*VOICES[i], passage, folder / f"p{i}.wav"), passage) for i, passage in enumerate(PASSAGES)
    ]
    turns.insert(1, (read_wav(SHARED_SPEECH / f"{REAL_CLIPS[0]}.wav"), refs[REAL_CLIPS[0]]))
    turns.insert(4, (read_wav(SHARED_SPEECH / f"{REAL_CLIPS[1]}.wav"), refs[REAL_CLIPS[1]]))
    gap = int(0.8 * MIC_RATE)
    total = sum(len(s) + gap for s, _ in turns) + gap
    mic, system = np.zeros(total, np.float32), np.zeros(total, np.float32)
    mine_alone, theirs_alone, my_text, their_text = [], [], [], []
    at = gap
    for k, (samples, text) in enumerate(turns):
        if k % 2 == 0:  # the user
            mic[at : at + len(samples)] += samples
            mine_alone += [samples, np.zeros(gap, np.float32)]
            my_text.append(text)
        else:
            system[at : at + len(samples)] += samples
            theirs_alone += [samples, np.zeros(gap, np.float32)]
            their_text.append(text)
        at += len(samples) + gap
    delay = int(0.12 * MIC_RATE)
    leak = np.zeros_like(system)
    leak[delay:] = system[:-delay] * 10 ** (-18 / 20)
    rng = np.random.default_rng(3)
    mic = mic + leak + rng.normal(0, 0.002, total).astype(np.float32)
    return (mic, system, " ".join(my_text), " ".join(their_text), np.concatenate(mine_alone),
            np.concatenate(theirs_alone))  # fmt: skip


def _transcribed(library, runner, samples: np.ndarray, tracks: str | None) -> list:
    """The app's own transcription job of `samples` (float32, (n,) or (n, 2)) as a recording of the
    library (`tracks`: MEETING_TRACKS for a meeting); its segments."""
    from iam_desktop.audio.store import encode_pcm_flac

    pcm = (np.clip(samples, -1, 1) * 32767).astype(np.int16)
    pcm = pcm.reshape(len(pcm), -1)
    stored = library.store.store_written(
        lambda tmp: encode_pcm_flac(iter([pcm]), MIC_RATE, pcm.shape[1], tmp), ".flac"
    )
    recording = library.add_recording(
        title="call", duration=len(pcm) / MIC_RATE, sample_rate=MIC_RATE, channels=pcm.shape[1],
        stored=stored, source_path=None, tracks=tracks,
    )  # fmt: skip
    finished = threading.Event()
    (job_id,) = runner.retranscribe([recording], engine="local", language="en")
    runner.add_listener(lambda job: finished.set() if job.finished and job.id == job_id else None)
    while not finished.wait(0.5):
        job = library.jobs.get(job_id)
        if job is not None and job.finished:
            break
    transcript = library.get_transcript(recording)
    assert transcript is not None, f"the job of recording {recording} failed"
    return transcript.segments


def sides() -> None:
    from speech_set import english_wer

    from iam_desktop.engines.factory import EngineFactory
    from iam_desktop.jobs.runner import JobRunner
    from iam_desktop.library.library import Library
    from iam_desktop.library.records import MEETING_TRACKS
    from iam_desktop.paths import data_paths
    from iam_desktop.settings import Settings

    folder = Path(tempfile.mkdtemp(prefix="bench-call-"))
    mic, system, my_text, their_text, mine_alone, theirs_alone = call(folder)
    print(f"call: {len(mic) / MIC_RATE / 60:.1f} min, 8 turns, 8 voices (6 synthetic, 2 real)")
    library = Library.open(data_paths(folder / "data"))
    factory = EngineFactory(Settings())
    runner = JobRunner(library, factory, role="cli")
    try:
        def text(segments: list) -> str:
            return " ".join(s.text for s in segments)

        # the baselines: the same job (default offline engine) on each side's speech alone, clean
        alone = {"Me": text(_transcribed(library, runner, mine_alone, None)),
                 "Others": text(_transcribed(library, runner, theirs_alone, None))}  # fmt: skip
        leaky = text(_transcribed(library, runner, mic, None))  # the microphone as is: the echo left in
        started = time.perf_counter()
        segments = _transcribed(library, runner, np.stack([mic, system], axis=1), MEETING_TRACKS)
        took = time.perf_counter() - started
    finally:
        runner.shutdown(timeout=30)
        factory.close()
        library.close()
    said: dict[str, list[str]] = {}
    for segment in segments:
        said.setdefault(segment.speaker or "", []).append(segment.text)
    heard = {side: " ".join(texts) for side, texts in said.items()}
    print(f"meeting job (two channels, tiny.en): {took:.1f} s; sides: {sorted(heard)}")
    for side, reference in (("Me", my_text), ("Others", their_text)):
        print(f"  {side:6s}: WER {english_wer(reference, heard.get(side, '')):.1%}  (baseline, the side alone"
              f" and clean: {english_wer(reference, alone[side]):.1%})")
    kept = len(heard.get("Me", "").split())
    print(f"  echo: the microphone transcribed as is (the other side's leak left in): WER of 'Me'"
          f" {english_wer(my_text, leaky):.1%}; {len(leaky.split())} words against {kept} kept")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--minutes", type=float, default=60.0)
    parser.add_argument("--skip-alignment", action="store_true")
    args = parser.parse_args()
    if not args.skip_alignment:
        alignment(args.minutes)
    sides()


if __name__ == "__main__":
    main()
