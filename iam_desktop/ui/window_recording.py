"""The window's side of recording: the Record menu and its shortcuts, the recording's state in the title
bar, and what the window says and shows once a recording is saved or recovered."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from iam_desktop.recording.saving import SavedCapture
from iam_desktop.settings import Settings
from iam_desktop.ui.accessibility import announce
from iam_desktop.ui.i18n import format_clock, translate
from iam_desktop.ui.recording_controller import PAUSED, RECORDING, SAVING, STARTING

if TYPE_CHECKING:
    from iam_desktop.ui.main_window import MainWindow


class RecordingMenu(QObject):
    """Record/stop (Ctrl+R) and pause (Ctrl+Shift+R) that work anywhere in the window, in the Record menu;
    what to record (the microphone, the computer's audio or both), the device and "transcribe after" the
    user picks are remembered in the settings. A screen reader is
    told when a recording starts, pauses, resumes, stops and is saved.

    Attributes: record_action, pause_action.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        recording, panel = window.recording, window.record_panel
        self.record_action = QAction(translate("window_recording", "Record / Stop"), window)
        self.record_action.setShortcut(QKeySequence("Ctrl+R"))
        self.record_action.triggered.connect(
            lambda: recording.toggle(panel.chosen_device(), panel.chosen_source())
        )
        self.pause_action = QAction(translate("window_recording", "Pause / Resume"), window)
        self.pause_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.pause_action.triggered.connect(recording.toggle_pause)
        for action in (self.record_action, self.pause_action):
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        menu = window.menuBar().addMenu(translate("window_recording", "&Record"))
        menu.addActions([self.record_action, self.pause_action])
        window.addActions([self.record_action, self.pause_action])
        self.pause_action.setEnabled(False)
        recording.state_changed.connect(lambda _state: self._show_state())
        # (the record panel announces each change of the recording's state to a screen reader, once)
        panel.input_available.connect(lambda _available: self._show_state())
        panel.elapsed_changed.connect(lambda _text: self._show_state())
        panel.device_chosen.connect(self._remember_device)
        panel.source_chosen.connect(self._remember_source)
        panel.transcribe_after_changed.connect(
            lambda on: window.apply_settings(
                replace(window.settings, transcribe_after_recording=on), save=True
            )
        )
        recording.saved.connect(self._saved)
        recording.recovered.connect(self._recovered)
        recording.failed.connect(lambda message: window.say(message, 15000))
        recording.notice.connect(lambda message: window.say(message, 15000))
        window.settings_changed.connect(self._use_settings)

    def _show_state(self) -> None:
        window = self._window
        state, elapsed = window.recording.state, window.record_panel.elapsed_label.text()
        # each action enabled only when it can act: Pause while recording, Record when there is an input
        active = state in (RECORDING, PAUSED)
        self.pause_action.setEnabled(active)
        self.record_action.setEnabled(active or window.record_panel.record_button.isEnabled())
        if state == RECORDING:
            title = translate("window_recording", "● Recording {elapsed} — IAM Desktop").format(
                elapsed=elapsed
            )
        elif state == PAUSED:
            title = translate("window_recording", "Paused {elapsed} — IAM Desktop").format(elapsed=elapsed)
        elif state == SAVING:
            title = translate("window_recording", "Saving the recording… — IAM Desktop")
        elif state == STARTING:
            title = translate("window_recording", "Starting to record… — IAM Desktop")
        else:
            title = "IAM Desktop"
        window.setWindowTitle(title)

    def _use_settings(self, settings: Settings) -> None:
        """New settings (the Settings dialog, a choice remembered): the next recording follows them."""
        self._window.recording.settings = settings
        self._window.record_panel.show_source(settings.record_source)

    def _remember_source(self, source: str) -> None:
        """Remember what to record (the microphone, the computer's audio, or both)."""
        window = self._window
        if source != window.settings.record_source:
            window.apply_settings(replace(window.settings, record_source=source), save=True)

    def _remember_device(self, name: str) -> None:
        """Remember the input picked ("": the system default, stored as None)."""
        window = self._window
        if (name or None) != window.settings.input_device:
            window.apply_settings(replace(window.settings, input_device=name or None), save=True)

    def _saved(self, saved: SavedCapture) -> None:
        if saved.manifest.transcribe:
            text = translate("window_recording", "Saved “{title}” ({duration}) and queued for transcription.")
        else:
            text = translate("window_recording", "Saved “{title}” ({duration}).")
        message = text.format(title=saved.title, duration=format_clock(saved.duration))
        self._window.say(message, 10000)
        announce(self._window, message)
        self._window.library_panel.select_recording(saved.recording_id)  # listed once its change is read

    def _recovered(self, recovered: list[SavedCapture]) -> None:
        one = translate("window_recording", "“{title}” ({duration})")
        names = ", ".join(
            one.format(title=saved.title, duration=format_clock(saved.duration)) for saved in recovered
        )
        self._window.say(
            translate("window_recording", "Recovered after an unexpected stop: {names}.").format(names=names),
            20000,
        )
        self._window.library_panel.select_recording(recovered[-1].recording_id)
