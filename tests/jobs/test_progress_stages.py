"""Honest progress: a job says what it does in words, in order, and its audio time moves forward steadily
with the real local model; the relay between the pipeline and the window never loses the newest word."""

from __future__ import annotations

import threading

import numpy as np
import pytest
from helpers import write_wav

from iam_desktop.audio.decode import decode_pcm
from iam_desktop.jobs.pipeline import run_transcription_job
from iam_desktop.jobs.progress_relay import ProgressNote, ProgressRelay
from iam_desktop.library.records import JobStage

SPEECH = "/work/shared/data/speech"


class DetectingProvider:
    """The session's engine for transcribing and for detecting the language (an English model: English)."""

    def __init__(self, engine) -> None:
        self.engine = engine

    def engine_for(self, options):
        return self.engine

    def fallback_for(self, options):
        return self.engine

    def detector_for(self, options):
        return self.engine


@pytest.fixture(scope="module")
def minute_of_speech(tmp_path_factory) -> tuple:
    """About 70 s of real English speech: two recordings, each followed by a second of quiet, four times."""
    from pathlib import Path

    parts = []
    for name in ("en_jfk_inaugural.wav", "en_leopard_quilter.wav"):
        path = Path(SPEECH, name)
        if not path.exists():
            pytest.skip(f"{path} is missing")
        parts += [decode_pcm(path).samples, np.zeros(16000, dtype=np.float32)]
    samples = np.concatenate(parts * 4)
    return write_wav(tmp_path_factory.mktemp("speech") / "minute.wav", samples), len(samples) / 16000


@pytest.mark.slow
def test_stages_come_in_order_and_the_audio_time_moves_steadily(library, engine, minute_of_speech):
    path, seconds = minute_of_speech
    stages: list[JobStage] = []
    fractions: list[float] = []
    job = library.jobs.create(str(path), engine="local", model=None, language=None)
    outcome = run_transcription_job(
        library, DetectingProvider(engine), job, progress=lambda f, _eta: fractions.append(f),
        stage=stages.append,
    )  # fmt: skip
    assert outcome.status == "done", outcome
    steps = [s.step for s in stages]
    first = {step: steps.index(step) for step in dict.fromkeys(steps)}
    assert list(first) == ["read", "load", "detect", "transcribe", "save"], steps
    assert steps[-1] == "save" and steps.count("save") == 1
    done = [s.done for s in stages if s.step == "transcribe"]
    assert done == sorted(done), done  # audio time only moves forward
    assert all(s.total == pytest.approx(seconds, abs=0.1) for s in stages if s.step == "transcribe")
    before_end = {round(d, 1) for d in done if 0 < d < seconds - 1}
    assert len(before_end) >= 3, done  # several steps before the end, not one jump
    assert stages[-2].text.startswith("Transcribing ") and " of 1:1" in stages[-2].text
    assert fractions == sorted(fractions) and fractions[-1] == 1.0


def test_the_relay_sends_a_new_stage_at_once_and_the_newest_of_a_burst():
    notes: list[ProgressNote] = []
    newest = threading.Event()

    def send(note: ProgressNote) -> None:
        notes.append(note)
        if note.fraction == 0.5:
            newest.set()

    relay = ProgressRelay(send, interval=0.05, tick=10)
    relay.start()
    try:
        relay.stage(JobStage("load"))
        assert [n.stage.step for n in notes] == ["load"]  # a new step: at once
        relay.stage(JobStage("transcribe", 0.0, 100.0))
        for k in range(1, 6):  # a burst: all within microseconds
            relay.progress(k / 10, 30.0)
            relay.stage(JobStage("transcribe", k * 10.0, 100.0))
        assert len(notes) == 2  # the burst is held…
        assert newest.wait(2)  # …and its newest state arrives soon after
        assert notes[-1].stage == JobStage("transcribe", 50.0, 100.0)
        assert 29 <= notes[-1].eta <= 30
    finally:
        relay.stop()
    count = len(notes)
    relay.progress(0.9, 1.0)
    assert len(notes) == count  # stopped: nothing more


def test_a_quiet_job_is_told_again_with_its_time_counted_down():
    now = [100.0]
    notes: list[ProgressNote] = []
    twice = threading.Event()

    def send(note: ProgressNote) -> None:
        notes.append(note)
        if len(notes) >= 2:
            twice.set()

    relay = ProgressRelay(send, interval=0.01, tick=0.05, clock=lambda: now[0])
    relay.progress(0.2, 60.0)
    assert notes[-1].eta == 60.0
    now[0] += 15  # nothing new from the engine for 15 s
    relay.start()
    try:
        assert twice.wait(2)
    finally:
        relay.stop()
    assert notes[1].fraction == 0.2 and notes[1].eta == pytest.approx(45.0)
