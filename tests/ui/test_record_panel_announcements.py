"""What a screen reader hears from the record bar: each change of the recording's state is announced once,
in words, as the controller reports it (the recording itself is tested in test_recording_window.py, which
needs a microphone)."""

from __future__ import annotations

import pytest

from iam_desktop.engines.provider import SingleEngine
from iam_desktop.jobs.runner import JobRunner
from iam_desktop.settings import Settings
from iam_desktop.ui.accessibility import recent_announcements
from iam_desktop.ui.record_panel import RecordPanel
from iam_desktop.ui.recording_controller import IDLE, PAUSED, RECORDING, SAVING, STARTING, RecordingController


class StubEngine:
    name = "stub"
    model_name = "stub"


@pytest.fixture
def panel(qtbot, library):
    runner = JobRunner(library, SingleEngine(StubEngine()))
    controller = RecordingController(library, runner, Settings())
    record_panel = RecordPanel(controller)
    qtbot.addWidget(record_panel)
    yield record_panel
    runner.shutdown(timeout=10)


def test_each_change_of_the_recording_is_announced_once(panel):
    recent_announcements.clear()  # a bounded history: slicing by its length fails once it is full
    for state in (STARTING, RECORDING, PAUSED, RECORDING, SAVING, IDLE, STARTING, IDLE):
        panel.controller.state_changed.emit(state)
    assert list(recent_announcements) == [
        "Recording started", "Recording paused", "Recording resumed", "Recording stopped",
    ]  # fmt: skip  (saving, then idle: "stopped" once; a start that failed: nothing)
    assert panel.record_button.text() == "Record"
    assert panel.meter.accessibleName() == "Input level"
    assert panel.preview_text.accessibleName() == "Live transcript"
