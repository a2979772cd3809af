"""Recording a call from the window: the source picker (the microphone, the computer's audio, or both),
remembered; two level meters that each hear their own side; the live transcript labelled by side; a
recording of both saved as a meeting; the computer's audio alone; and the computer's output going away in
the middle of a call (real widgets offscreen, the real recorder on the virtual sound server's microphone
and second output)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np
import pytest
from helpers import COMPUTER_OUTPUT, VIRTUAL_SOUND, play_into_mic, play_into_output, read_audio, write_wav
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from iam_desktop.engines.provider import SingleEngine
from iam_desktop.jobs.runner import JobRunner
from iam_desktop.library.records import MEETING_TRACKS
from iam_desktop.recording.live_preview import PreviewState
from iam_desktop.settings import Settings, load_settings
from iam_desktop.transcript import Segment
from iam_desktop.ui.accessibility import recent_announcements
from iam_desktop.ui.level_meter import MIN_DBFS
from iam_desktop.ui.main_window import MainWindow
from iam_desktop.ui.recording_controller import IDLE, RECORDING

TONE_SECONDS = 4.0


class StubEngine:
    name = "stub"
    model_name = "stub"


@pytest.fixture
def runner(library):
    job_runner = JobRunner(library, SingleEngine(StubEngine()))
    yield job_runner
    job_runner.shutdown(timeout=30)


@pytest.fixture(scope="module")
def tone_wav(tmp_path_factory) -> Path:
    """A loud 440 Hz tone (peak -6 dBFS) of TONE_SECONDS."""
    t = np.arange(int(16000 * TONE_SECONDS)) / 16000
    return write_wav(tmp_path_factory.mktemp("tone") / "tone.wav", 0.5 * np.sin(2 * np.pi * 440 * t))


def make_window(qtbot, library, runner, settings: Settings | None = None) -> MainWindow:
    """The window without a live transcript (these tests are about the sources; the transcript is fed)."""
    settings = settings or Settings(language="en", transcribe_after_recording=False)
    window = MainWindow(library, runner, settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.record_panel.device_box.count() > 0, timeout=10_000)  # inputs listed
    return window


def call_settings(**options) -> Settings:
    return Settings(language="en", transcribe_after_recording=False, record_source="both", **options)


def record(qtbot, window) -> None:
    qtbot.mouseClick(window.record_panel.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.recording.state == RECORDING, timeout=15_000)


def stop(qtbot, window) -> int:
    """Stop with the button; the saved recording's id."""
    saved = []
    window.recording.saved.connect(lambda capture: saved.append(capture.recording_id))
    qtbot.mouseClick(window.record_panel.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.recording.state == IDLE, timeout=60_000)
    assert saved, window.statusBar().currentMessage()
    return saved[0]


def test_the_source_picked_is_remembered_and_restored(qtbot, library, runner, virtual_mic):
    window = make_window(qtbot, library, runner)
    panel = window.record_panel
    picker = panel.source_box
    assert picker.source() == "microphone" and picker.isVisible() and picker.isEnabled()
    names = [picker.itemText(i) for i in range(picker.count())]
    assert names == ["Microphone", "Computer audio", "Both (call)"]
    assert picker.accessibleName() == "Record from"
    assert all(picker.itemData(i, Qt.ItemDataRole.ToolTipRole) for i in range(picker.count()))
    # picked with the keyboard, as a user of the keyboard alone does
    picker.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(picker, Qt.Key.Key_Down)
    assert picker.source() == "system"
    assert window.settings.record_source == "system" and window.recording.settings.record_source == "system"
    assert not panel.device_box.isEnabled()  # (the computer's audio alone: the microphone is not used)
    assert panel.meter.accessibleName() == "Computer audio level"
    QTest.keyClick(picker, Qt.Key.Key_Down)
    assert picker.source() == "both" and panel.device_box.isEnabled()
    saved = library.paths.root / "settings.json"
    qtbot.waitUntil(lambda: saved.exists() and '"record_source": "both"' in saved.read_text(), timeout=10_000)
    # the next start shows it again
    again = make_window(qtbot, library, runner, load_settings(library.paths))
    assert again.record_panel.source_box.source() == "both"
    # and a choice made in Settings → General is shown by the bar
    again.apply_settings(Settings(record_source="microphone"))
    assert again.record_panel.source_box.source() == "microphone"
    assert again.record_panel.meter.accessibleName() == "Input level"


def test_settings_general_names_the_user_in_calls_and_picks_the_source(qtbot):
    from dataclasses import replace

    from iam_desktop.ui.general_page import GeneralPage

    page = GeneralPage(Settings(record_source="system", my_name="Thandi"))
    qtbot.addWidget(page)
    assert (page.record_source.source(), page.my_name.text()) == ("system", "Thandi")
    assert page.my_name.accessibleName() == "Your name in calls"
    page.record_source.setCurrentIndex(page.record_source.findData("both"))
    page.my_name.setText("  Ada  ")
    values = page.values()
    assert (values["record_source"], values["my_name"]) == ("both", "Ada")
    page.my_name.clear()  # (no name: the default, "Me")
    assert page.values()["my_name"] == "Me"
    again = GeneralPage(replace(Settings(), **values))
    assert again.record_source.source() == "both" and again.my_name.text() == "Ada"
    assert GeneralPage(Settings(record_source="speakers")).record_source.source() == "microphone"  # (unknown)


def test_recording_both_shows_a_meter_for_each_side_and_saves_a_meeting(
    qtbot, library, runner, computer_audio, tone_wav
):
    window = make_window(qtbot, library, runner, call_settings(my_name="Ada"))
    panel = window.record_panel
    assert panel.system_meter.isVisible()  # (idle too, the bar shows what Record will record)
    record(qtbot, window)
    assert window.recording.source == "both"
    assert not panel.source_box.isEnabled()  # (what is recorded cannot change mid-way)
    assert panel.system_meter.isVisible() and panel.meters.system_label.isVisible()
    labels = panel.meters.meter_label.text(), panel.meters.system_label.text()
    assert labels == ("Microphone", "Computer audio")
    assert (panel.meter.accessibleName(), panel.system_meter.accessibleName()) == (
        "Microphone level", "Computer audio level",
    )  # fmt: skip
    # a tone on the computer's output: its meter rises, the microphone's stays at the floor
    player = play_into_output(tone_wav)
    qtbot.waitUntil(lambda: panel.system_meter.peak_dbfs > -20, timeout=8_000)
    assert panel.meter.peak_dbfs < MIN_DBFS and panel.meter.held_peak_dbfs < MIN_DBFS
    player.wait(30)
    qtbot.waitUntil(lambda: panel.system_meter.peak_dbfs < MIN_DBFS, timeout=5_000)
    # and a tone into the microphone: the other way round
    player = play_into_mic(tone_wav)
    qtbot.waitUntil(lambda: panel.meter.peak_dbfs > -20, timeout=8_000)
    assert panel.system_meter.peak_dbfs < MIN_DBFS
    player.wait(30)
    recording_id = stop(qtbot, window)
    assert panel.source_box.isEnabled()
    info = library.get_recording(recording_id)
    assert info.tracks == MEETING_TRACKS == "microphone,system"
    audio, _rate = read_audio(library.audio_file(recording_id))
    assert audio.shape[1] == 2  # the microphone and the computer's audio, a channel each
    loud = np.sqrt(np.mean(audio**2, axis=0))
    assert loud.min() > 0.05, loud  # each channel heard its tone


def test_a_call_s_live_transcript_says_who_spoke_in_time_order(qtbot, library, runner, computer_audio):
    window = make_window(qtbot, library, runner, call_settings(my_name="Ada"))
    panel, recording = window.record_panel, window.recording
    record(qtbot, window)
    # each side's live transcript comes with its own delay: the lines go where they were spoken
    mine = (Segment(0.0, 2.0, " Hello there."), Segment(5.0, 6.0, " How are you?"))
    recording.preview_changed.emit(PreviewState(segments=mine, transcribed_until=6.0, received=6.5))
    others = (Segment(2.5, 4.0, " Hi Ada."),)
    recording.system_preview_changed.emit(PreviewState(segments=others))
    others = (*others, Segment(6.5, 8.0, " Fine, thanks."))
    recording.system_preview_changed.emit(PreviewState(segments=others))
    mine = (*mine, Segment(9.0, 10.0, " "))  # (nothing said)
    recording.preview_changed.emit(PreviewState(segments=mine))
    assert panel.preview_text.toPlainText().splitlines() == [
        "Ada: Hello there.", "Others: Hi Ada.", "Ada: How are you?", "Others: Fine, thanks.",
    ]  # fmt: skip
    failed = PreviewState(segments=others, error="the model is missing")
    recording.system_preview_changed.emit(failed)
    recording.system_preview_changed.emit(failed)  # (said once)
    recording.preview_changed.emit(PreviewState(segments=(*mine, Segment(10.5, 11.0, "Bye."))))
    lines = panel.preview_text.toPlainText().splitlines()
    stopped = "Others: [live transcript stopped: the model is missing]"
    assert lines[3:] == ["Others: Fine, thanks.", "Ada: Bye.", stopped]
    stop(qtbot, window)
    # a recording of the microphone alone shows its live transcript as before: no names
    window.apply_settings(replace_source(window.settings, "microphone"))
    record(qtbot, window)
    assert panel.preview_text.toPlainText() == "" and not panel.system_meter.isVisible()
    recording.preview_changed.emit(PreviewState(segments=mine[:2]))
    assert panel.preview_text.toPlainText() == "Hello there. How are you?"
    stop(qtbot, window)


def replace_source(settings: Settings, source: str) -> Settings:
    from dataclasses import replace

    return replace(settings, record_source=source)


def test_the_computer_audio_alone_records_what_the_output_plays(
    qtbot, library, runner, computer_audio, tone_wav
):
    settings = Settings(language="en", transcribe_after_recording=False, record_source="system")
    window = make_window(qtbot, library, runner, settings)
    panel = window.record_panel
    record(qtbot, window)
    assert window.recording.source == "system" and not panel.system_meter.isVisible()
    assert panel.meter.accessibleName() == "Computer audio level"
    silent_mic = play_into_mic(tone_wav)  # (the microphone is not recorded: this must not be heard)
    silent_mic.wait(30)
    qtbot.wait(300)
    player = play_into_output(tone_wav)
    qtbot.waitUntil(lambda: panel.meter.peak_dbfs > -20, timeout=8_000)
    player.wait(30)
    recording_id = stop(qtbot, window)
    info = library.get_recording(recording_id)
    assert info.tracks is None
    audio, rate = read_audio(library.audio_file(recording_id))
    level = np.sqrt(np.mean(audio**2, axis=1)) if audio.ndim > 1 else np.abs(audio)
    second = int(rate)
    loud = [np.mean(level[i : i + second]) > 0.1 for i in range(0, len(level) - second + 1, second)]
    # the recording is what the output played: the tone (about TONE_SECONDS), not the microphone's one
    assert TONE_SECONDS - 2 <= sum(loud) <= TONE_SECONDS + 1, loud


def restore_output() -> None:
    """Load the computer's output again, with its keeper (scripts/virtual-sound.sh), for the tests after
    this one."""
    subprocess.run(["bash", str(VIRTUAL_SOUND), "restore-out"], check=True, timeout=30, capture_output=True)


def _module_of(sink: str) -> str:
    out = subprocess.run(["pactl", "list", "short", "modules"], capture_output=True, text=True, check=True)
    for line in out.stdout.splitlines():
        if f"sink_name={sink}" in line:
            return line.split("\t")[0]
    raise AssertionError(f"no module for {sink}: {out.stdout}")


def test_the_computer_output_going_away_mid_call_is_said_and_the_call_goes_on(
    qtbot, library, runner, computer_audio, tone_wav
):
    window = make_window(qtbot, library, runner, call_settings())
    panel = window.record_panel
    recent_announcements.clear()
    record(qtbot, window)
    qtbot.wait(1500)
    assert not panel.notice_label.isVisible()
    subprocess.run(["pactl", "unload-module", _module_of(COMPUTER_OUTPUT)], check=True, timeout=30)
    try:
        qtbot.waitUntil(lambda: panel.notice_label.isVisible(), timeout=15_000)
        notice = panel.notice_label.text()
        # the output's sound stopped, or (the server made another output the default) is followed there
        assert "computer's audio stopped" in notice or "Now recording" in notice, notice
        # said once: in the bar, in the status bar, and to a screen reader
        said = [text for text in recent_announcements if text in notice]
        assert len(said) == 1, list(recent_announcements)
        assert window.statusBar().currentMessage() == said[0]
        # the call goes on: the microphone is still recorded
        assert window.recording.state == RECORDING
        player = play_into_mic(tone_wav)
        qtbot.waitUntil(lambda: panel.meter.peak_dbfs > -20, timeout=8_000)
        player.wait(30)
        assert window.recording.state == RECORDING
        recording_id = stop(qtbot, window)
    finally:
        restore_output()
    assert not panel.notice_label.isVisible()  # (a notice is about the recording being made)
    info = library.get_recording(recording_id)
    assert info.duration > 4.0
    audio, _rate = read_audio(library.audio_file(recording_id))
    assert np.sqrt(np.mean(audio[:, 0] ** 2)) > 0.05  # the microphone's tone is in it


def test_without_a_way_to_hear_the_computer_a_call_records_the_microphone_and_says_so(
    qtbot, library, runner, virtual_mic, monkeypatch
):
    # (a system without loopback: what default_system_source raises there, with what to install)
    from iam_desktop.recording.system_audio import SystemAudioUnavailable
    from iam_desktop.ui import recording_controller

    why = "the computer's audio cannot be recorded: it needs PulseAudio or PipeWire"

    def unavailable():
        raise SystemAudioUnavailable(why)

    monkeypatch.setattr(recording_controller, "default_system_source", unavailable)
    window = make_window(qtbot, library, runner, call_settings())
    panel = window.record_panel
    recent_announcements.clear()
    record(qtbot, window)
    assert window.recording.source == "microphone" and not panel.system_meter.isVisible()
    expected = f"The computer's audio cannot be recorded ({why}): recording the microphone alone."
    assert window.statusBar().currentMessage() == expected
    assert panel.notice_label.isVisible() and panel.notice_label.text() == f"⚠ {expected}"
    assert expected in recent_announcements
    qtbot.wait(1000)
    recording_id = stop(qtbot, window)
    assert library.get_recording(recording_id).tracks is None
    # the computer's audio alone: nothing to record, and the message says why
    panel.source_box.setCurrentIndex(panel.source_box.findData("system"))
    panel.source_box.activated.emit(panel.source_box.currentIndex())
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "Settings saved.", timeout=10_000)
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.recording.state == IDLE, timeout=10_000)
    assert window.statusBar().currentMessage() == f"Recording could not start: {why}"
    assert len(library.list_recordings()) == 1
