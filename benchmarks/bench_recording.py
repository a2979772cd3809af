"""Benchmark: recording from the window while two transcription jobs run in the background.

Starts a private virtual microphone (scripts/virtual-sound.sh), opens the real main window offscreen with
the real local engines (the job runner's and the live preview's child processes), queues two long
transcription jobs, then records for --seconds (default 60) through the Record button while speech is
played into the microphone. Prints:

- input overflows (target 0);
- the worst GUI-thread stall, from a 5 ms heartbeat timer, while recording, against the same measure
  on the idle window at the start of the run (target under 50 ms);
- waveform frames drawn per second (target 30 or more);
- memory growth per minute of recording, in a second recording with tracemalloc on: the slope of what
  the recording's own code (recorder, live preview, panel, plot) holds, every 10 s (target flat),
  against the process's RSS (printed too; the jobs' memory comes and goes in steps on top of it, so RSS
  alone cannot show it).

Asserts nothing. Needs pulseaudio, pactl, paplay, parec (scripts/install-system-deps.sh test) and a
display-less Qt (QT_QPA_PLATFORM=offscreen is set here).
Run: .venv/bin/python benchmarks/bench_recording.py [--seconds N]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEECH = ROOT.parent / "shared" / "data" / "speech"
VIRTUAL_SOUND = ROOT / "scripts" / "virtual-sound.sh"

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


#: where the recording's own memory is allocated (the recorder, the live preview, the panel and its plot)
RECORDING_CODE = (
    "*/iam_desktop/recording/*", "*/iam_desktop/ui/record_panel.py", "*/iam_desktop/ui/waveform_view.py",
    "*/iam_desktop/ui/level_meter.py", "*/iam_desktop/ui/recording_controller.py", "*/pyqtgraph/*",
)


def slope_per_minute(samples: list[tuple[float, float]]) -> float:
    """Least-squares slope of (seconds, MB) samples, in MB per minute."""
    n = len(samples)
    if n < 2:
        return float("nan")
    mean_t = sum(t for t, _ in samples) / n
    mean_m = sum(m for _, m in samples) / n
    num = sum((t - mean_t) * (m - mean_m) for t, m in samples)
    den = sum((t - mean_t) ** 2 for t, _ in samples)
    return 60 * num / den if den else float("nan")


def start_recording(app, window) -> None:
    from iam_desktop.ui.recording_controller import RECORDING

    window.record_panel.record_button.click()
    deadline = time.monotonic() + 15
    while window.recording.state != RECORDING and time.monotonic() < deadline:
        wait(app, 0.05)


def stop_recording(app, window) -> None:
    from iam_desktop.ui.recording_controller import IDLE

    window.record_panel.record_button.click()
    deadline = time.monotonic() + 120
    while window.recording.state != IDLE and time.monotonic() < deadline:
        wait(app, 0.05)


def recording_heap_mb() -> float:
    """Memory (MB) still held that was allocated by the recording's code since tracemalloc started."""
    wanted = [tracemalloc.Filter(True, pattern) for pattern in RECORDING_CODE]
    snapshot = tracemalloc.take_snapshot().filter_traces(wanted)
    return sum(stat.size for stat in snapshot.statistics("filename")) / 1e6


def long_speech(folder: Path, minutes: float) -> Path:
    """The speech clips one after another, repeated to about `minutes` (a WAV at 16 kHz)."""
    import numpy as np

    from iam_desktop.audio.decode import decode_pcm

    clips = [decode_pcm(p).samples for p in sorted(SPEECH.glob("*.wav"))]
    gap = np.zeros(8000, np.float32)
    pieces, total = [], 0
    while total < minutes * 60 * 16000:
        for clip in clips:
            pieces += [clip, gap]
            total += len(clip) + len(gap)
    path = folder / "speech.wav"
    import wave

    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(16000)
        out.writeframes((np.clip(np.concatenate(pieces), -1, 1) * 32767).astype("<i2").tobytes())
    return path


class Heartbeat:
    """A fast GUI-thread timer; the longest gap between its ticks (beyond the interval) is the worst stall."""

    def __init__(self, interval_ms: int = 5) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.interval = interval_ms / 1000
        self.worst = 0.0
        self._last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.worst, self._last = 0.0, time.perf_counter()
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        return self.worst

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self._last - self.interval)
        self._last = now


def wait(app, seconds: float, every: float = 0.0, sample=None) -> None:
    end = time.monotonic() + seconds
    next_sample = time.monotonic()
    while time.monotonic() < end:
        app.processEvents()
        if sample is not None and time.monotonic() >= next_sample:
            sample()
            next_sample += every
        time.sleep(0.002)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--no-preview", action="store_true", help="record without the live transcript")
    args = parser.parse_args()

    runtime = tempfile.mkdtemp(prefix="iam-bench-pa-")
    os.environ.update(XDG_RUNTIME_DIR=runtime, PULSE_COOKIE=f"{runtime}/virtual-sound/cookie")
    subprocess.run(["bash", str(VIRTUAL_SOUND), "start"], check=True)
    data = Path(tempfile.mkdtemp(prefix="iam-bench-data-"))
    os.environ["IAM_DATA_DIR"] = str(data)
    try:
        run(args.seconds, data, preview=not args.no_preview)
    finally:
        subprocess.run(["bash", str(VIRTUAL_SOUND), "stop"], check=False)


def run(seconds: float, data: Path, preview: bool = True) -> None:
    from PySide6.QtWidgets import QApplication

    from iam_desktop.engines.factory import EngineFactory
    from iam_desktop.jobs.runner import JobRunner
    from iam_desktop.library import Library
    from iam_desktop.paths import data_paths
    from iam_desktop.settings import Settings
    from iam_desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    library = Library.open(data_paths(data))
    settings = Settings(language="en", transcribe_after_recording=False)
    engines = EngineFactory(settings)
    runner = JobRunner(library, engines, role="bench")
    preview_engine = engines.preview if preview else None
    window = MainWindow(library, runner, settings=settings, preview_engine=preview_engine)
    window.show()
    beat = Heartbeat()
    media = data / "media"
    media.mkdir()
    speech = long_speech(media, 45.0)  # two jobs of this outlast both recordings

    wait(app, 2.0)  # the window settles, the inputs are listed
    beat.start()
    wait(app, 5.0)
    idle_stall = beat.stop()

    jobs = runner.submit([speech, speech], engine="local", language="en")
    wait(app, 3.0)  # the first job is running (its model loaded)
    beat.start()
    wait(app, 10.0)
    jobs_stall = beat.stop()  # the same window with the jobs running, not recording
    player = subprocess.Popen(["bash", str(VIRTUAL_SOUND), "play", str(speech)])
    busy: list[bool] = []  # per second: was a transcription job running?

    def job_running() -> None:
        busy.append(any(library.jobs.get(job_id).status == "running" for job_id in jobs))

    # pass 1, timings: overflows, stalls, frame rate (nothing else instrumented)
    start_recording(app, window)
    started = time.monotonic()
    frames_start = window.record_panel.waveform.frames_drawn
    beat.start()
    wait(app, seconds, every=1.0, sample=job_running)
    recording_stall = beat.stop()
    frames = window.record_panel.waveform.frames_drawn - frames_start
    elapsed = time.monotonic() - started
    status = window.recording.status()
    preview_words = len(window.record_panel.preview_text.toPlainText().split())
    stop_recording(app, window)

    # pass 2, memory: what the recording's own code holds, every 10 s (tracemalloc slows everything, so
    # it is off during pass 1); the process RSS beside it
    tracemalloc.start(1)
    start_recording(app, window)
    started = time.monotonic()
    rss_start = rss_mb()
    heap: list[tuple[float, float]] = []
    for _ in range(max(2, int(seconds // 10))):
        wait(app, 10.0, every=1.0, sample=job_running)
        heap.append((time.monotonic() - started, recording_heap_mb()))
    rss_end = rss_mb()
    tracemalloc.stop()
    stop_recording(app, window)
    player.kill()
    growth = slope_per_minute(heap[1:])  # from 10 s on: the first seconds fill the fixed-size buffers

    print(f"recorded {status.elapsed:.1f} s ({status.sample_rate} Hz, {status.channels} ch) in"
          f" {elapsed:.1f} s, then {heap[-1][0]:.0f} s more for memory; a transcription job ran during"
          f" {sum(busy)} of {len(busy)} s")  # fmt: skip
    print(f"input overflows: {status.overflows} (target 0)")
    print(f"worst GUI stall while recording: {recording_stall * 1000:.1f} ms"
          f" (idle window: {idle_stall * 1000:.1f} ms; with the jobs running but no recording:"
          f" {jobs_stall * 1000:.1f} ms, x{recording_stall / max(jobs_stall, 1e-6):.2f}; target < 50 ms)")
    print(f"waveform: {frames / elapsed:.1f} frames/s (target >= 30)")
    print("memory held by the recording's code (recorder, preview, panel, plot) every 10 s: "
          + ", ".join(f"{mb:.2f}" for _, mb in heap) + " MB")
    print(f"  growth {growth:+.3f} MB per minute of recording ({growth / rss_start * 100:+.3f} % of the"
          f" process's {rss_start:.0f} MB per minute; target flat); process RSS {rss_start:.0f} ->"
          f" {rss_end:.0f} MB (the jobs' memory, a piece of decoded audio at a time, comes and goes on top)")
    print(f"live transcript: {preview_words} words in the first {elapsed:.0f} s")
    window.close()
    runner.shutdown(timeout=30)
    engines.close()
    library.close()


if __name__ == "__main__":
    main()
