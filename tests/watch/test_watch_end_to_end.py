"""Watch folders end to end with the real model: a slowly copied file is transcribed exactly once and its
exports appear with real content; restarts (a new library object, or `watch run` stopped and started
again) neither repeat a transcription nor lose an export."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import threading
import time
from pathlib import Path

import pytest
from helpers import SPEECH_TEXT, wer
from helpers import iam_desktop_command as _command
from slow_copy import SlowCopy

from iam_desktop.engines.provider import SingleEngine
from iam_desktop.jobs.runner import JobRunner
from iam_desktop.library import Library
from iam_desktop.paths import DATA_DIR_ENV, data_paths
from iam_desktop.watch import Watcher, watch_folder

pytestmark = pytest.mark.slow
MAX_WER = 0.35


def srt_text(path: Path) -> str:
    """The spoken text of an SRT file (cue numbers and times left out)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return " ".join(line for line in lines if line.strip() and not line.isdigit() and "-->" not in line)


def scan_until(watcher: Watcher, condition, runner: JobRunner | None = None, timeout: float = 120.0):
    """Scan every 0.2 s until `condition(report)`; a runner is woken when a file was queued."""
    deadline = time.monotonic() + timeout
    seen = []
    while time.monotonic() < deadline:
        seen.append(watcher.scan())
        if runner is not None and seen[-1].queued:
            runner.wake()
        if condition(seen[-1]):
            return seen
        time.sleep(0.2)
    raise AssertionError(f"nothing happened in {timeout} s: {seen[-1]}")


def test_a_slowly_copied_file_is_transcribed_once_and_exported(data_dir, tmp_path, engine, speech_wav):
    watched, exports = tmp_path / "watched", tmp_path / "exports"
    (watched / "day 1").mkdir(parents=True)
    exports.mkdir()
    library = Library.open(data_paths(data_dir))
    library.watch.add_folder(watch_folder(watched, "srt"))
    runner = JobRunner(library, SingleEngine(engine), adopt_orphans=True, role="test")
    runner.start()
    watcher = Watcher(library, settle_seconds=1.5)
    copy = SlowCopy(speech_wav, watched / "day 1" / "interview.wav", pieces=6, pause=0.4)
    copy.start()
    try:
        reports = scan_until(watcher, lambda r: r.transcribed, runner)
    finally:
        runner.shutdown()
        library.close()
    [done] = [info for report in reports for info in report.transcribed]
    assert sum(len(report.queued) for report in reports) == 1
    srt = watched / "day 1" / "interview.srt"
    assert reports[-1].exported == [srt] and done.export_error is None
    assert "-->" in srt.read_text(encoding="utf-8")
    assert wer(SPEECH_TEXT, srt_text(srt)) <= MAX_WER

    # the app starts again: the file is known, nothing is queued or exported twice
    library = Library.open(data_paths(data_dir))
    try:
        library.watch.add_folder(watch_folder(watched, "txt", exports))  # new options, later files only
        watcher = Watcher(library, settle_seconds=0)
        for _ in range(3):
            report = watcher.scan()
            assert not (report.queued or report.transcribed or report.duplicates), report
        assert len(library.jobs.list_jobs()) == 1 and len(library.list_recordings()) == 1
        assert not (exports / "day 1").exists()
    finally:
        library.close()


def test_exports_of_jobs_finished_while_the_watcher_was_away_are_written_at_its_next_start(
    data_dir, tmp_path, engine, speech_wav
):
    watched, exports = tmp_path / "watched", tmp_path / "exports"
    (watched / "sub").mkdir(parents=True)
    exports.mkdir()
    library = Library.open(data_paths(data_dir))
    library.watch.add_folder(watch_folder(watched, "txt,json", exports))
    shutil.copy(speech_wav, watched / "sub" / "talk.wav")
    scan_until(Watcher(library, settle_seconds=0), lambda r: r.queued)
    library.close()  # the watcher stops before the job ran

    other = Library.open(data_paths(data_dir))  # someone else (the window, `jobs resume`) runs the job
    finished = threading.Event()
    runner = JobRunner(other, SingleEngine(engine), adopt_orphans=True, role="other")
    runner.add_listener(lambda job: job.finished and finished.set())
    runner.start()
    assert finished.wait(120)
    runner.shutdown()
    other.close()
    assert not (exports / "sub").exists()

    library = Library.open(data_paths(data_dir))
    try:
        report = Watcher(library, settle_seconds=0).scan()
        [done] = report.transcribed
        assert sorted(report.exported) == [exports / "sub" / "talk.json", exports / "sub" / "talk.txt"]
        assert wer(SPEECH_TEXT, (exports / "sub" / "talk.txt").read_text(encoding="utf-8")) <= MAX_WER
        assert done.recording_id == library.jobs.list_jobs()[0].recording_id
        assert not Watcher(library, settle_seconds=0).scan().transcribed  # written once
    finally:
        library.close()


def _read_lines(proc: subprocess.Popen, lines: list[str]) -> threading.Thread:
    def read() -> None:
        for line in proc.stdout:
            lines.append(line.rstrip("\n"))

    thread = threading.Thread(target=read, daemon=True)
    thread.start()
    return thread


def test_watch_run_stopped_and_started_again_transcribes_each_content_once(
    data_dir, tmp_path, speech_wav, long_speech_wav
):
    watched = tmp_path / "watched"
    watched.mkdir()
    env = {**os.environ, DATA_DIR_ENV: str(data_dir)}
    run = {"env": env, "text": True, "encoding": "utf-8", "capture_output": True, "timeout": 240}
    added = subprocess.run([*_command(), "watch", "add", str(watched), "--export-format", "srt"], **run)
    assert added.returncode == 0, added.stderr

    proc = subprocess.Popen(
        [*_command(), "watch", "run", "--interval", "0.3", "--settle", "2"],
        env=env, text=True, encoding="utf-8", stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    lines: list[str] = []
    reader = _read_lines(proc, lines)
    try:
        SlowCopy(speech_wav, watched / "first.wav", pieces=5, pause=0.4).run()
        deadline = time.monotonic() + 180
        while not lines and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.2)
        assert re.fullmatch(rf"\d+\t{re.escape(str(watched / 'first.wav'))}", lines[0]), lines
    finally:
        proc.send_signal(signal.SIGTERM)
        _, stderr = proc.communicate(timeout=60)
        reader.join(5)
    assert proc.returncode == 0, stderr
    assert wer(SPEECH_TEXT, srt_text(watched / "first.srt")) <= MAX_WER

    # while it was stopped: the same content again under another name, and a new recording
    shutil.copy(speech_wav, watched / "first again.wav")
    shutil.copy(long_speech_wav, watched / "second.wav")
    again = subprocess.run([*_command(), "watch", "run", "--once", "--settle", "1"], **run)
    assert again.returncode == 0, again.stderr
    assert again.stdout.splitlines() == [f"{int(lines[0].split()[0]) + 1}\t{watched / 'second.wav'}"]
    assert f"skipped (already transcribed): {watched / 'first again.wav'}" in again.stderr
    assert (watched / "second.srt").is_file() and not (watched / "first again.srt").exists()
    jobs = subprocess.run([*_command(), "jobs", "list"], **run).stdout.splitlines()
    assert len(jobs) == 2 and all("\tdone\t" in line for line in jobs)
