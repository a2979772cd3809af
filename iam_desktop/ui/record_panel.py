"""The recording area: input picker, record/pause/stop, the live waveform and level, elapsed time, file
size, overflows, and the live transcript as it grows. It presents a RecordingController and forwards
the user's clicks to it; it never touches files or devices itself."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from iam_desktop.recording.devices import InputDevice
from iam_desktop.recording.live_preview import PreviewState
from iam_desktop.timefmt import clock
from iam_desktop.ui.level_meter import LevelMeter
from iam_desktop.ui.recording_controller import IDLE, PAUSED, RECORDING, SAVING, STARTING, RecordingController
from iam_desktop.units import size_text

if TYPE_CHECKING:  # NOTE: made on first use: pyqtgraph (~0.2 s to import) is not needed to show the window
    from iam_desktop.ui.waveform_view import WaveformView

#: the live view's frame interval (ms): 30 frames a second or more
FRAME_MS = 30


class RecordPanel(QWidget):
    """Controls and live view of the one recording the window makes at a time.

    Attributes: device_box, record_button, pause_button, elapsed_label, size_label, overflow_label,
    transcribe_after (the setting, as a check box), waveform (made when first needed), meter, preview_text,
    live_view (waveform and preview, hidden until the first recording), frame_timer.

    Signals:
        device_chosen: the input's name when the user picks another one (the window remembers it).
        elapsed_changed: the recording's elapsed time as shown ("0:12"), once a second; "" when idle.
    """

    #: str: the input's name
    device_chosen = Signal(str)
    #: str: elapsed time as shown, "" when not recording
    elapsed_changed = Signal(str)
    #: bool: the user switched "transcribe when stopped" on or off (the window remembers it)
    transcribe_after_changed = Signal(bool)

    def __init__(self, controller: RecordingController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.device_box = QComboBox()
        self.device_box.setToolTip("The microphone or other input to record from")
        self.device_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.device_box.activated.connect(self._device_activated)
        self.record_button = QPushButton("● Record")
        self.record_button.setToolTip("Start recording (Ctrl+R); press again to stop and save")
        self.record_button.clicked.connect(self._record_clicked)
        self.pause_button = QPushButton("Pause")
        self.pause_button.setToolTip("Pause or resume the recording (Ctrl+Shift+R)")
        self.pause_button.clicked.connect(controller.toggle_pause)
        self.elapsed_label = QLabel("0:00")
        self.elapsed_label.setToolTip("Time recorded (pauses not counted)")
        self.size_label = QLabel("")
        self.size_label.setToolTip("Size of the recording on disk so far")
        self.overflow_label = QLabel("")
        self.transcribe_after = QCheckBox("Transcribe when stopped")
        self.transcribe_after.setToolTip("Queue the full transcription as soon as a recording is saved")
        self.transcribe_after.setChecked(controller.settings.transcribe_after_recording)
        self.transcribe_after.toggled.connect(self.transcribe_after_changed)
        self.meter = LevelMeter()
        self._waveform: WaveformView | None = None
        self.preview_text = QPlainTextEdit()
        self.preview_text.setReadOnly(True)
        self.preview_text.setPlaceholderText("The transcript appears here as you speak.")
        self.preview_text.setAccessibleName("Live transcript")

        controls = QHBoxLayout()
        controls.addWidget(QLabel("Input:"))
        controls.addWidget(self.device_box)
        controls.addWidget(self.record_button)
        controls.addWidget(self.pause_button)
        controls.addWidget(self.elapsed_label)
        controls.addWidget(self.size_label)
        controls.addWidget(self.overflow_label)
        controls.addStretch(1)
        controls.addWidget(self.transcribe_after)
        controls.addWidget(self.meter)
        self.meter.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        # the live view shows from the first recording on; until then the panel is one row of controls
        self.live_view = QSplitter(Qt.Orientation.Horizontal)
        self.live_view.addWidget(self.preview_text)  # the waveform goes before it once made
        self.live_view.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(controls)
        layout.addWidget(self.live_view, 1)

        self.frame_timer = QTimer(self)
        self.frame_timer.setInterval(FRAME_MS)
        self.frame_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.frame_timer.timeout.connect(self.draw_frame)
        self._elapsed_text = ""
        self._preview_shown = 0  # segments of the live transcript already shown
        self._preview_failed = False
        controller.state_changed.connect(self._state_changed)
        controller.preview_changed.connect(self._show_preview)
        controller.devices_listed.connect(self.set_devices)
        self._state_changed(controller.state)

    @property
    def waveform(self) -> WaveformView:
        """The live waveform, made (and pyqtgraph imported) the first time it is asked for."""
        if self._waveform is None:
            from iam_desktop.ui.waveform_view import WaveformView

            self._waveform = WaveformView()
            self._waveform.setMinimumHeight(70)
            self.live_view.insertWidget(0, self._waveform)
            self.live_view.setStretchFactor(0, 1)
            self.live_view.setStretchFactor(1, 1)
        return self._waveform

    # --- devices -------------------------------------------------------------------------------------

    def set_devices(self, devices: list[InputDevice]) -> None:
        """Fill the picker; the remembered input is selected, else the system default."""
        remembered = self.controller.settings.input_device
        self.device_box.clear()
        for device in devices:
            label = f"{device.name} (default)" if device.is_default else device.name
            self.device_box.addItem(label, device.name)
        names = [d.name for d in devices]
        if remembered in names:
            self.device_box.setCurrentIndex(names.index(remembered))
        elif devices:
            self.device_box.setCurrentIndex(next((i for i, d in enumerate(devices) if d.is_default), 0))
        if remembered and remembered not in names:
            self.device_box.setToolTip(f"{remembered!r} is not connected; the default input is used")

    def chosen_device(self) -> str | None:
        """The picked input's name, or None if the list is empty (the system default is used)."""
        return self.device_box.currentData()

    def _device_activated(self, index: int) -> None:
        name = self.device_box.itemData(index)
        if name:
            self.device_chosen.emit(name)

    # --- recording -----------------------------------------------------------------------------------

    def _record_clicked(self) -> None:
        self.controller.toggle(self.chosen_device())

    def _state_changed(self, state: str) -> None:
        busy = state in (STARTING, SAVING)
        active = state in (RECORDING, PAUSED)
        self.record_button.setText("■ Stop" if active else ("Saving…" if state == SAVING else "● Record"))
        self.record_button.setEnabled(not busy)
        self.pause_button.setEnabled(active)
        self.pause_button.setText("Resume" if state == PAUSED else "Pause")
        self.device_box.setEnabled(state == IDLE)
        if state == STARTING:
            self.preview_text.clear()
            self._preview_shown, self._preview_failed = 0, False
            self.waveform.clear()
            self.live_view.setVisible(True)
        if state == RECORDING and not self.frame_timer.isActive():
            self.overflow_label.setText("")
            self.frame_timer.start()
        elif state in (IDLE, SAVING):
            self.frame_timer.stop()
            self.draw_frame()
            self.meter.reset()
            if state == IDLE:
                self._set_elapsed("")

    def draw_frame(self) -> None:
        """Redraw the live view from the recorder's current state (the frame timer calls this)."""
        status = self.controller.status()
        snapshot = self.controller.levels()
        if status is None or snapshot is None:
            return
        self.waveform.show_levels(snapshot)
        self.meter.set_levels(snapshot.peak_dbfs, snapshot.rms_dbfs, snapshot.clipping)
        shown = clock(status.elapsed)
        if shown != self.elapsed_label.text():
            self.elapsed_label.setText(shown)
            self._set_elapsed(shown)
        self.size_label.setText(size_text(status.bytes_written))
        if status.overflows:
            self.overflow_label.setText(f"⚠ {status.overflows} overflow(s): audio was lost")
            self.overflow_label.setToolTip("The computer was too busy to take all the audio in time")

    def _set_elapsed(self, text: str) -> None:
        if text != self._elapsed_text:
            self._elapsed_text = text
            self.elapsed_changed.emit(text)

    def _show_preview(self, state: PreviewState) -> None:
        """Append the segments not shown yet (never re-set the whole text: after hours of recording that
        would cost the GUI thread more with every chunk)."""
        if len(state.segments) < self._preview_shown:  # a new recording's preview
            self.preview_text.clear()
            self._preview_shown = 0
        new = state.segments[self._preview_shown:]
        if new:
            self._preview_shown = len(state.segments)
            cursor = self.preview_text.textCursor()
            cursor.movePosition(QTextCursor.MoveOperation.End)
            text = " ".join(segment.text.strip() for segment in new if segment.text.strip())
            if text:
                cursor.insertText(text if self.preview_text.document().isEmpty() else f" {text}")
            self.preview_text.setTextCursor(cursor)
            self.preview_text.ensureCursorVisible()
        if state.error and not self._preview_failed:
            self._preview_failed = True
            self.preview_text.appendPlainText(f"[live transcript stopped: {state.error}]")
