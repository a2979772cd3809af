"""The local engine in a child process: same results, and crashes, kills and cancels never hurt the app."""

from __future__ import annotations

import dataclasses
import multiprocessing
import os
import shutil
import signal
import threading
import time
import wave
from pathlib import Path

import numpy as np
import pytest
from helpers import SPEECH_TEXT, make_speech

from iam_desktop.engines.base import TranscribeOptions
from iam_desktop.engines.local_process import LocalProcessEngine
from iam_desktop.engines.models import MODEL_CACHE_ENV, bundled_model, get_model
from iam_desktop.errors import Cancelled, EngineCrashed, EngineError

ENGLISH = TranscribeOptions("en")


def read_wav(path: Path) -> np.ndarray:
    with wave.open(str(path)) as wav:
        return np.frombuffer(wav.readframes(wav.getnframes()), "<i2").astype(np.float32) / 32768


def gone(pid: int) -> bool:
    """True once `pid` has exited and been reaped (no zombie left)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


@pytest.fixture(scope="module")
def proc():
    engine = LocalProcessEngine()
    engine.load()
    yield engine
    engine.close()


@pytest.fixture(scope="module")
def speech(tmp_path_factory: pytest.TempPathFactory) -> np.ndarray:
    return read_wav(make_speech(SPEECH_TEXT, tmp_path_factory.mktemp("speech") / "en.wav"))


@pytest.fixture(scope="module")
def long_speech(speech: np.ndarray) -> np.ndarray:
    """About a minute of speech: several seconds of work before the first result."""
    return np.tile(speech, 6)


def test_transcribes_like_the_in_process_engine(proc, engine, speech):
    steps: list[float] = []
    result = proc.transcribe(speech, ENGLISH, progress=steps.append)
    expected = engine.transcribe(speech, ENGLISH)
    assert result == expected
    assert result.segments and steps[-1] == 1.0
    assert (proc.name, proc.model_name) == ("local", "tiny.en")


def test_a_killed_child_fails_the_job_and_the_next_call_works(proc, long_speech, speech):
    pid = proc.pid
    killed_at: list[float] = []

    def kill() -> None:
        killed_at.append(time.monotonic())
        os.kill(pid, signal.SIGKILL)

    timer = threading.Timer(0.5, kill)
    timer.start()
    with pytest.raises(
        EngineCrashed, match=r"stopped unexpectedly \(killed by signal 9.*out of memory"
    ) as info:
        proc.transcribe(long_speech, ENGLISH)
    timer.join()
    assert time.monotonic() - killed_at[0] < 3
    assert "the job was not finished" in str(info.value)
    assert gone(pid) and proc.pid is None
    assert proc.transcribe(speech, ENGLISH).segments  # a new child
    assert proc.pid not in (None, pid)


def test_a_child_that_died_while_idle_is_replaced(proc, speech):
    pid = proc.pid
    os.kill(pid, signal.SIGKILL)
    os.waitid(os.P_PID, pid, os.WEXITED | os.WNOWAIT)  # until it is dead (left for the engine to reap)
    assert proc.transcribe(speech[: 16000 * 3], ENGLISH).segments
    assert proc.pid != pid and gone(pid)


def test_cancel_stops_the_child_quickly(proc, long_speech, speech):
    pid = proc.pid
    start = time.monotonic()
    with pytest.raises(Cancelled):
        proc.transcribe(long_speech, ENGLISH, cancelled=lambda: time.monotonic() - start > 0.5)
    assert time.monotonic() - start < 3
    assert gone(pid) and proc.pid is None
    assert proc.transcribe(speech[: 16000 * 3], ENGLISH).segments


def test_engine_errors_raised_in_the_child_come_back(proc, speech, monkeypatch):
    monkeypatch.setattr(proc, "check", lambda options: None)  # let the request reach the child
    pid = proc.pid
    with pytest.raises(EngineError, match="tiny.en understands English only") as info:
        proc.transcribe(speech, TranscribeOptions("de"))
    assert type(info.value) is EngineError
    assert proc.pid == pid  # the child survives a plain error


def test_a_damaged_model_is_reported_from_the_child(tmp_path: Path, speech):
    folder = tmp_path / "damaged"
    shutil.copytree(bundled_model().path, folder)
    with (folder / "model.bin").open("r+b") as handle:
        handle.seek(500_000)
        handle.write(b"\xff" * 8)
    engine = LocalProcessEngine(dataclasses.replace(bundled_model(), path=folder))
    try:
        with pytest.raises(EngineError, match="damaged"):
            engine.transcribe(speech, ENGLISH)
    finally:
        engine.close()


def test_the_parent_checks_options_without_a_child():
    engine = LocalProcessEngine()
    with pytest.raises(EngineError, match="English only"):
        engine.check(TranscribeOptions("fr"))
    with pytest.raises(EngineError, match="English only"):
        engine.transcribe(np.zeros(16000, dtype=np.float32), TranscribeOptions("fr"))
    assert engine.pid is None


def test_close_leaves_no_child_and_the_engine_restarts(speech):
    engine = LocalProcessEngine()
    engine.load()
    pid = engine.pid
    assert pid is not None and any(p.pid == pid for p in multiprocessing.active_children())
    engine.close()
    assert engine.pid is None and gone(pid)
    assert not any(p.pid == pid for p in multiprocessing.active_children())
    engine.close()  # twice is fine
    assert engine.transcribe(speech[: 16000 * 3], ENGLISH).segments
    pid = engine.pid
    engine.close()
    assert gone(pid)


def test_close_during_a_transcription_cancels_it(long_speech):
    engine = LocalProcessEngine()
    engine.load()
    pid = engine.pid
    timer = threading.Timer(0.5, engine.close)
    timer.start()
    with pytest.raises(Cancelled):
        engine.transcribe(long_speech, ENGLISH)
    timer.join()
    assert gone(pid) and engine.pid is None


def test_base_detects_german_in_the_child(tmp_path: Path, monkeypatch):
    monkeypatch.setenv(MODEL_CACHE_ENV, str(tmp_path / "cache"))  # inherited by the spawned child
    engine = LocalProcessEngine(get_model("base"), extra_dirs=[str(tmp_path)])
    try:
        result = engine.transcribe(
            read_wav(Path("/work/shared/data/speech/de_leopard_test.wav")), TranscribeOptions(None)
        )
    finally:
        engine.close()
    assert result.language == "de" and "Raum" in " ".join(s.text for s in result.segments)


def test_an_exception_in_the_progress_callback_does_not_leave_a_busy_child(proc, long_speech, speech):
    pid = proc.pid

    def explode(fraction: float) -> None:
        raise RuntimeError("progress display broke")

    with pytest.raises(RuntimeError, match="progress display broke"):
        proc.transcribe(long_speech[: 16000 * 25], ENGLISH, progress=explode)
    assert gone(pid) and proc.pid is None
    assert proc.transcribe(speech, ENGLISH).segments
