"""Speaker labelling in its child process: the same result as in the app's own process, a cancel that
stops it at once, and a crash of the child (killed, out of memory) or a bad file that ends with a plain
error instead of taking the app down."""

from __future__ import annotations

import multiprocessing
import os
import signal
import time

import pytest
from conversation import build

from iam_desktop.errors import Cancelled, EngineCrashed, IamError
from iam_desktop.speakers.labelling import label_speakers
from iam_desktop.speakers.process import label_in_child


@pytest.fixture(scope="module")
def talk(tmp_path_factory):
    return build(tmp_path_factory.mktemp("talk"), ("slt", "awb"), 8, seed=11)


def children() -> list[multiprocessing.Process]:
    return [p for p in multiprocessing.active_children() if p.name == "iam-speakers"]


def test_the_child_gives_what_the_app_would_and_reports_progress(talk):
    seen: list[float] = []
    result = label_in_child(talk.path, talk.segments, progress=seen.append)
    assert result == label_speakers(talk.path, talk.segments)
    assert result.count == 2
    assert seen and seen == sorted(seen) and seen[-1] == pytest.approx(1.0)
    assert children() == []  # one labelling, one child, gone when done


def test_a_cancel_stops_the_child_at_once(talk):
    started = time.monotonic()
    with pytest.raises(Cancelled):
        label_in_child(talk.path, talk.segments, cancelled=lambda: time.monotonic() - started > 0.3)
    assert time.monotonic() - started < 5
    assert children() == []


def test_a_killed_child_is_a_plain_error(talk):
    def kill_it(_fraction: float) -> None:
        for child in children():
            os.kill(child.pid, signal.SIGKILL)

    with pytest.raises(EngineCrashed, match="killed by SIGKILL"):
        label_in_child(talk.path, talk.segments, progress=kill_it)
    assert children() == []


def test_audio_that_cannot_be_read_is_a_plain_error(tmp_path, talk):
    broken = tmp_path / "broken.wav"
    broken.write_bytes(b"RIFF\x00\x00\x00\x00WAVEfmt nothing useful here")
    with pytest.raises(IamError) as raised:
        label_in_child(broken, talk.segments)
    assert not isinstance(raised.value, EngineCrashed)
    assert "Traceback" not in str(raised.value)
