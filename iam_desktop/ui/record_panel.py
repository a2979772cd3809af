"""The record bar: record/pause/stop, elapsed time, file size, overflows, the input picker and the level —
one compact row that grows into the live waveform and live transcript only while recording, and shrinks
back after. It presents a RecordingController and forwards the user's clicks to it; it never touches files
or devices itself."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
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

from iam_desktop.recording.device_names import NO_MICROPHONE, chosen_index, input_choices
from iam_desktop.recording.devices import InputDevice
from iam_desktop.recording.live_preview import PreviewState
from iam_desktop.timefmt import clock
from iam_desktop.ui.icons import icon
from iam_desktop.ui.level_meter import LevelMeter
from iam_desktop.ui.recording_controller import IDLE, PAUSED, RECORDING, SAVING, STARTING, RecordingController
from iam_desktop.ui.theme import record_button_style
from iam_desktop.units import size_text

if TYPE_CHECKING:  # NOTE: made on first use: pyqtgraph (~0.2 s to import) is not needed to show the window
    from iam_desktop.ui.waveform_view import WaveformView

#: the live view's frame interval (ms): 30 frames a second or more
FRAME_MS = 30
RECORD_TEXT, STOP_TEXT, SAVING_TEXT = "Record", "Stop", "Saving…"
RECORD_TIP = "Start recording (Ctrl+R); press again to stop and save"
NO_INPUT_TEXT = NO_MICROPHONE
NO_INPUT_TIP = "Recording needs a microphone: connect one, or allow this app to use it in the system settings"


def _widest(button: QPushButton, texts: tuple[str, ...]) -> int:
    """A width that fits every one of `texts` (with the icon), so the bar never jumps when it changes."""
    metrics = button.fontMetrics()
    return max(metrics.horizontalAdvance(text) for text in texts) + button.iconSize().width() + 40


class RecordPanel(QWidget):
    """Controls and live view of the one recording the window makes at a time.

    Attributes: has_input (False when the system lists no input: Record is disabled, with the reason),
    no_input_label, device_box, record_button, pause_button, elapsed_label, size_label, overflow_label,
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
    #: bool: whether there is an input to record from (False: Record is disabled, NO_INPUT_TIP says why)
    input_available = Signal(bool)
    #: bool: the user switched "transcribe when stopped" on or off (the window remembers it)
    transcribe_after_changed = Signal(bool)

    def __init__(self, controller: RecordingController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.has_input = True  # until the inputs are listed
        self.device_box = QComboBox()
        self.device_box.setToolTip("The microphone or other input to record from")
        self.device_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.device_box.activated.connect(self._device_activated)
        self.record_button = QPushButton(RECORD_TEXT)
        self.record_button.setObjectName("recordButton")
        self.record_button.setToolTip(RECORD_TIP)
        self.record_button.clicked.connect(self._record_clicked)
        self.record_button.setMinimumWidth(_widest(self.record_button, (RECORD_TEXT, STOP_TEXT, SAVING_TEXT)))
        self.pause_button = QPushButton(icon("pause"), "Pause")
        self.pause_button.setToolTip("Pause or resume the recording (Ctrl+Shift+R)")
        self.pause_button.clicked.connect(controller.toggle_pause)
        self.pause_button.setMinimumWidth(_widest(self.pause_button, ("Pause", "Resume")))
        self.elapsed_label = QLabel("0:00")
        self.elapsed_label.setToolTip("Time recorded (pauses not counted)")
        self.elapsed_label.setMinimumWidth(self.elapsed_label.fontMetrics().horizontalAdvance("00:00:00"))
        self.size_label = QLabel("")
        self.size_label.setToolTip("Size of the recording on disk so far")
        self.size_label.setMinimumWidth(self.size_label.fontMetrics().horizontalAdvance("000.0 MB"))
        self.no_input_label = QLabel(NO_INPUT_TEXT)
        self.no_input_label.setVisible(False)
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

        self.device_box.setMaximumWidth(260)
        controls = QHBoxLayout()
        controls.addWidget(self.record_button)
        controls.addWidget(self.pause_button)
        controls.addWidget(self.elapsed_label)
        controls.addWidget(self.size_label)
        controls.addWidget(self.overflow_label)
        controls.addWidget(self.no_input_label)
        controls.addStretch(1)
        controls.addWidget(self.transcribe_after)
        self.input_label = QLabel("Input:")
        self.input_label.setBuddy(self.device_box)
        controls.addWidget(self.input_label)
        controls.addWidget(self.device_box)
        controls.addWidget(self.meter)
        self.meter.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        # the live view shows only while recording; otherwise the bar is one row of controls
        self.live_view = QSplitter(Qt.Orientation.Horizontal)
        self.live_view.setMinimumHeight(120)
        self.live_view.setMaximumHeight(200)
        self.live_view.addWidget(self.preview_text)  # the waveform goes before it once made
        self.live_view.setVisible(False)
        self.setObjectName("recordBar")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
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
        self._style_record_button()

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

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._style_record_button()

    def _style_record_button(self) -> None:
        """Record in red (its light or dark variant), white text on it."""
        style = record_button_style("recordButton", self.palette(), radius=6, padding="5px 12px")
        self.record_button.setStyleSheet(style)

    # --- devices -------------------------------------------------------------------------------------

    def set_devices(self, devices: list[InputDevice]) -> None:
        """Fill the picker with the inputs as the system names them ("System default (<name>)" first);
        the remembered input is selected, else the system default. No input: Record is disabled and the
        bar says why."""
        remembered = self.controller.settings.input_device
        choices = input_choices(devices, remembered)
        self.device_box.clear()
        for choice in choices:
            self.device_box.addItem(choice.label, choice.value)
        self.device_box.setCurrentIndex(chosen_index(choices, remembered))
        names = [d.name for d in devices]
        if remembered and remembered not in names:
            self.device_box.setToolTip(f"{remembered!r} is not connected; the default input is used")
        self.has_input = bool(choices)
        self.no_input_label.setVisible(not choices)
        for widget in (self.device_box, self.input_label, self.meter):
            widget.setVisible(bool(choices))
        self._state_changed(self.controller.state)
        self.input_available.emit(bool(choices))

    def chosen_device(self) -> str | None:
        """The picked input's name, or None for the system default (or when there is no input)."""
        return self.device_box.currentData()

    def _device_activated(self, index: int) -> None:
        self.device_chosen.emit(self.device_box.itemData(index) or "")  # "": the system default

    # --- recording -----------------------------------------------------------------------------------

    def _record_clicked(self) -> None:
        self.controller.toggle(self.chosen_device())

    def _state_changed(self, state: str) -> None:
        busy = state in (STARTING, SAVING)
        active = state in (RECORDING, PAUSED)
        self.record_button.setText(STOP_TEXT if active else (SAVING_TEXT if state == SAVING else RECORD_TEXT))
        self.record_button.setIcon(icon("stop" if active else "record", "white"))
        can_start = self.has_input or state != IDLE
        self.record_button.setEnabled(not busy and can_start)
        self.record_button.setToolTip(RECORD_TIP if can_start else NO_INPUT_TIP)
        self.pause_button.setVisible(active)  # hidden, not greyed, while it cannot act
        self.pause_button.setText("Resume" if state == PAUSED else "Pause")
        self.pause_button.setIcon(icon("resume" if state == PAUSED else "pause"))
        self.no_input_label.setVisible(state == IDLE and not self.has_input)
        self.elapsed_label.setVisible(state != IDLE)
        self.size_label.setVisible(state != IDLE)
        self.transcribe_after.setVisible(state == IDLE and self.has_input)
        self.device_box.setEnabled(state == IDLE)
        self.live_view.setVisible(state != IDLE)  # the bar grows while recording, shrinks back after
        if state == STARTING:
            self.preview_text.clear()
            self._preview_shown, self._preview_failed = 0, False
            self.waveform.clear()
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
