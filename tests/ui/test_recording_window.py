"""Recording from the window (real widgets offscreen, the real recorder on the virtual microphone, the
real local model for the live transcript and the final one), and recovery when the window starts."""

from __future__ import annotations

import time

import pytest
from helpers import LONG_SPEECH_TEXT, kill_recording_midway, normalise, play_into_mic, wer
from helpers import iam_desktop_command as _command
from PySide6.QtCore import Qt

from iam_desktop.engines.provider import SingleEngine
from iam_desktop.jobs.runner import JobRunner
from iam_desktop.settings import Settings
from iam_desktop.ui.accessibility import recent_announcements
from iam_desktop.ui.main_window import MainWindow
from iam_desktop.ui.recording_controller import IDLE, PAUSED, RECORDING

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("virtual_mic")]


@pytest.fixture
def runner(library, engine):
    job_runner = JobRunner(library, SingleEngine(engine))
    yield job_runner
    job_runner.shutdown(timeout=30)


def make_window(qtbot, library, runner, engine, **settings) -> MainWindow:
    win = MainWindow(library, runner, settings=Settings(language="en", **settings),
                     preview_engine=lambda language: engine)  # fmt: skip
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_record_with_live_waveform_and_transcript(qtbot, library, runner, engine, long_speech_wav):
    window = make_window(qtbot, library, runner, engine)
    panel = window.record_panel
    qtbot.waitUntil(lambda: panel.device_box.count() > 0, timeout=10_000)  # the inputs are listed
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.recording.state == RECORDING, timeout=10_000)
    started = time.monotonic()
    player = play_into_mic(long_speech_wav)
    qtbot.wait(1000)
    frames_before = panel.waveform.frames_drawn
    qtbot.wait(1000)
    assert panel.waveform.frames_drawn - frames_before >= 20  # the live view keeps drawing (about 30/s)
    assert window.windowTitle().startswith("● Recording 0:0")
    # the level meter hears the speech (its level is the newest 50 ms: wait for a word, not a pause)
    qtbot.waitUntil(lambda: panel.meter.peak_dbfs > -40, timeout=5_000)
    assert panel.record_button.text() == "Stop"
    # the live transcript grows while the user is still speaking
    qtbot.waitUntil(lambda: len(normalise(panel.preview_text.toPlainText())) >= 6, timeout=30_000)
    assert window.recording.state == RECORDING
    assert player.poll() is None or time.monotonic() - started < 25
    player.wait(60)
    qtbot.wait(800)
    wall = time.monotonic() - started
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)  # stop
    qtbot.waitUntil(lambda: window.recording.state == IDLE, timeout=60_000)
    assert window.windowTitle() == "IAM Desktop"
    [item] = library.list_recordings()
    assert item.duration == pytest.approx(wall, abs=1.0)
    # the preview covers everything up to the last word
    assert wer(LONG_SPEECH_TEXT, panel.preview_text.toPlainText()) < 0.4, panel.preview_text.toPlainText()
    # and the recording was queued for its full transcription
    qtbot.waitUntil(lambda: library.get_transcript(item.id) is not None, timeout=120_000)
    text = " ".join(s.text for s in library.get_transcript(item.id).segments)
    assert wer(LONG_SPEECH_TEXT, text) < 0.35, text


def test_shortcuts_pause_and_no_transcription(qtbot, library, runner, engine):
    window = make_window(qtbot, library, runner, engine, transcribe_after_recording=False)
    recent_announcements.clear()  # a bounded history: slicing by its length fails once it is full
    window.record_action.trigger()  # Ctrl+R
    qtbot.waitUntil(lambda: window.recording.state == RECORDING, timeout=10_000)
    qtbot.wait(1200)
    window.pause_action.trigger()  # Ctrl+Shift+R
    assert window.recording.state == PAUSED and window.windowTitle().startswith("Paused")
    assert window.record_panel.pause_button.text() == "Resume"
    qtbot.wait(1500)
    window.pause_action.trigger()
    assert window.recording.state == RECORDING
    qtbot.wait(1000)
    window.record_action.trigger()
    qtbot.waitUntil(lambda: window.recording.state == IDLE, timeout=30_000)
    # a screen reader hears each change of the recording's state, once
    said = [text for text in list(recent_announcements) if text.startswith("Recording ")]
    assert said == ["Recording started", "Recording paused", "Recording resumed", "Recording stopped"]
    [item] = library.list_recordings()
    assert item.duration == pytest.approx(2.2, abs=0.5)  # the paused 1.5 s are not in it
    assert library.jobs.list_jobs() == []  # the setting said: do not transcribe
    assert "Saved" in window.statusBar().currentMessage()
    # the check box is that setting: switched on, it is remembered, and the next recording is transcribed
    assert not window.record_panel.transcribe_after.isChecked()
    window.record_panel.transcribe_after.setChecked(True)
    assert window.settings.transcribe_after_recording and window.recording.settings.transcribe_after_recording
    saved = library.paths.root / "settings.json"
    qtbot.waitUntil(lambda: saved.exists() and '"transcribe_after_recording": true' in saved.read_text(),
                    timeout=10_000)  # fmt: skip


def test_a_remembered_input_that_is_gone_falls_back_to_the_default(qtbot, library, runner, engine):
    window = make_window(qtbot, library, runner, engine, input_device="USB Mic (unplugged)",
                         transcribe_after_recording=False)  # fmt: skip
    qtbot.waitUntil(lambda: window.record_panel.device_box.count() > 0, timeout=10_000)
    window.recording.start()
    qtbot.waitUntil(lambda: window.recording.state == RECORDING, timeout=10_000)
    assert "not connected" in window.statusBar().currentMessage()
    qtbot.wait(500)
    window.recording.stop()
    qtbot.waitUntil(lambda: window.recording.state == IDLE, timeout=30_000)
    assert len(library.list_recordings()) == 1


def test_a_recording_killed_mid_way_is_recovered_when_the_window_starts(
    qtbot, library, runner, engine, long_speech_wav, data_dir
):
    killed_after = kill_recording_midway(_command(), long_speech_wav, 6.0)
    window = make_window(qtbot, library, runner, engine)
    qtbot.waitUntil(lambda: len(library.list_recordings()) == 1, timeout=30_000)
    [item] = library.list_recordings()
    assert item.title.endswith("(recovered)")
    assert killed_after - 1.2 <= item.duration <= killed_after + 0.2
    qtbot.waitUntil(lambda: "Recovered" in window.statusBar().currentMessage(), timeout=10_000)
    # queued for transcription like any other recording, and transcribed by the window's runner
    qtbot.waitUntil(lambda: library.get_transcript(item.id) is not None, timeout=120_000)
    assert len(normalise(" ".join(s.text for s in library.get_transcript(item.id).segments))) >= 8
    assert not list((data_dir / "captures").iterdir())


def test_a_device_that_goes_away_stops_and_saves_with_a_message(qtbot, library, runner, engine):
    window = make_window(qtbot, library, runner, engine, transcribe_after_recording=False)
    window.recording.start()
    qtbot.waitUntil(lambda: window.recording.state == RECORDING, timeout=10_000)
    qtbot.wait(1500)
    # what PortAudio does when the device is pulled out (seen with a PulseAudio server that goes away;
    # tests/cli/test_cli_record.py pulls a real one away from the CLI): the stream ends by itself
    window.recording.session.recorder._stream_finished()
    qtbot.waitUntil(lambda: window.recording.state == IDLE, timeout=30_000)
    assert "stopped delivering audio" in window.statusBar().currentMessage()
    [item] = library.list_recordings()
    assert item.duration == pytest.approx(1.5, abs=0.5)


def test_closing_the_window_while_recording_saves_the_recording(qtbot, library, runner, engine, data_dir):
    window = make_window(qtbot, library, runner, engine, transcribe_after_recording=False)
    window.recording.start()
    qtbot.waitUntil(lambda: window.recording.state == RECORDING, timeout=10_000)
    qtbot.wait(1200)
    window.close()
    [item] = library.list_recordings()
    assert item.duration == pytest.approx(1.2, abs=0.5) and not item.title.endswith("(recovered)")
    assert not list((data_dir / "captures").iterdir())
