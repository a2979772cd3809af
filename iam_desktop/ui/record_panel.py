"""The record bar: record/pause/stop, elapsed time, file size, overflows, what to record (the microphone,
the computer's audio or both: a call), the input picker and the level(s) — one compact row that grows into
the live waveform and live transcript only while recording, and shrinks back after. A call shows two level
meters and a live transcript whose lines say who spoke ("Me: …", "Others: …"), in time order. It presents a
RecordingController and forwards the user's clicks to it; it never touches files or devices itself."""

from __future__ import annotations

import bisect
import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, QTimer, Signal
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

from iam_desktop.meeting.sides import DEFAULT_MY_NAME, OTHERS
from iam_desktop.recording.device_names import chosen_index, input_choices
from iam_desktop.recording.devices import InputDevice
from iam_desktop.recording.live_preview import PreviewState
from iam_desktop.recording.session import SOURCE_BOTH, SOURCE_SYSTEM
from iam_desktop.ui.accessibility import announce
from iam_desktop.ui.i18n import format_clock, format_size, translate
from iam_desktop.ui.icons import icon
from iam_desktop.ui.level_meter import TrackMeters
from iam_desktop.ui.recording_controller import IDLE, PAUSED, RECORDING, SAVING, STARTING, RecordingController
from iam_desktop.ui.recording_page import device_label, no_microphone_text
from iam_desktop.ui.source_picker import SourcePicker
from iam_desktop.ui.theme import record_button_style

if TYPE_CHECKING:  # NOTE: made on first use: pyqtgraph (~0.2 s to import) is not needed to show the window
    from iam_desktop.ui.waveform_view import WaveformView

#: the live view's frame interval (ms): 30 frames a second or more
FRAME_MS = 30
#: the record button's texts and tooltip (English; shown translated, context "record_panel")
RECORD_TEXT = str(QT_TRANSLATE_NOOP("record_panel", "Record"))
STOP_TEXT = str(QT_TRANSLATE_NOOP("record_panel", "Stop"))
SAVING_TEXT = str(QT_TRANSLATE_NOOP("record_panel", "Saving…"))
RECORD_TIP = str(QT_TRANSLATE_NOOP("record_panel", "Start recording (Ctrl+R); press again to stop and save"))
#: why Record is disabled without an input (English: show `translate("record_panel", NO_INPUT_TIP)`)
NO_INPUT_TIP = str(
    QT_TRANSLATE_NOOP(
        "record_panel",
        "Recording needs a microphone: connect one, or allow this app to use it in the system settings",
    )
)
#: what a screen reader hears when the recording's state changes (old state, new state) → words
_ANNOUNCEMENTS = {
    (STARTING, RECORDING): str(QT_TRANSLATE_NOOP("record_panel", "Recording started")),
    (RECORDING, PAUSED): str(QT_TRANSLATE_NOOP("record_panel", "Recording paused")),
    (PAUSED, RECORDING): str(QT_TRANSLATE_NOOP("record_panel", "Recording resumed")),
    (RECORDING, SAVING): str(QT_TRANSLATE_NOOP("record_panel", "Recording stopped")),
    (PAUSED, SAVING): str(QT_TRANSLATE_NOOP("record_panel", "Recording stopped")),
    (RECORDING, IDLE): str(QT_TRANSLATE_NOOP("record_panel", "Recording stopped")),
    (PAUSED, IDLE): str(QT_TRANSLATE_NOOP("record_panel", "Recording stopped")),
}


def _widest(button: QPushButton, texts: tuple[str, ...]) -> int:
    """A width that fits every one of `texts` (with the icon), so the bar never jumps when it changes."""
    metrics = button.fontMetrics()
    return max(metrics.horizontalAdvance(text) for text in texts) + button.iconSize().width() + 40


class RecordPanel(QWidget):
    """Controls and live view of the one recording the window makes at a time.

    Attributes: has_input (False when the system lists no input: Record is disabled, with the reason,
    unless the computer's audio alone is chosen), no_input_label, source_box (what to record), device_box,
    record_button, pause_button, elapsed_label, size_label, overflow_label, transcribe_after (the setting, as
    a check box), waveform (made when first needed; a call's two lanes), meters (meter, and a call's
    system_meter), preview_text, notice_label (what changed about the sources while recording), live_view
    (waveform and preview, hidden until the first recording), frame_timer.

    Signals:
        device_chosen: the input's name when the user picks another one (the window remembers it).
        source_chosen: SOURCE_MICROPHONE, SOURCE_SYSTEM or SOURCE_BOTH when the user picks what to record
            (the window remembers it).
        elapsed_changed: the recording's elapsed time as shown ("0:12"), once a second; "" when idle.
    """

    #: str: the input's name
    device_chosen = Signal(str)
    #: str: what to record (a source of iam_desktop.recording.session)
    source_chosen = Signal(str)
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
        self.source_box = SourcePicker(controller.settings.record_source)
        self.source_box.activated.connect(self._source_activated)
        self.device_box = QComboBox()
        self.device_box.setToolTip(translate("record_panel", "The microphone or other input to record from"))
        self.device_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.device_box.activated.connect(self._device_activated)
        self.record_button = QPushButton(translate("record_panel", RECORD_TEXT))
        self.record_button.setObjectName("recordButton")
        self.record_button.setToolTip(translate("record_panel", RECORD_TIP))
        self.record_button.clicked.connect(self._record_clicked)
        texts = tuple(translate("record_panel", text) for text in (RECORD_TEXT, STOP_TEXT, SAVING_TEXT))
        self.record_button.setMinimumWidth(_widest(self.record_button, texts))
        self.pause_button = QPushButton(icon("pause"), translate("record_panel", "Pause"))
        self.pause_button.setToolTip(
            translate("record_panel", "Pause or resume the recording (Ctrl+Shift+R)")
        )
        self.pause_button.clicked.connect(controller.toggle_pause)
        texts = (translate("record_panel", "Pause"), translate("record_panel", "Resume"))
        self.pause_button.setMinimumWidth(_widest(self.pause_button, texts))
        self.elapsed_label = QLabel(format_clock(0))
        self.elapsed_label.setToolTip(translate("record_panel", "Time recorded (pauses not counted)"))
        self.elapsed_label.setMinimumWidth(self.elapsed_label.fontMetrics().horizontalAdvance("00:00:00"))
        self.size_label = QLabel("")
        self.size_label.setToolTip(translate("record_panel", "Size of the recording on disk so far"))
        self.size_label.setMinimumWidth(self.size_label.fontMetrics().horizontalAdvance("000.0 MB"))
        self.no_input_label = QLabel(no_microphone_text())
        self.no_input_label.setVisible(False)
        self.overflow_label = QLabel("")
        self.transcribe_after = QCheckBox(translate("record_panel", "Transcribe when stopped"))
        self.transcribe_after.setToolTip(
            translate("record_panel", "Queue the full transcription as soon as a recording is saved")
        )
        self.transcribe_after.setChecked(controller.settings.transcribe_after_recording)
        self.transcribe_after.toggled.connect(self.transcribe_after_changed)
        self.meters = TrackMeters()
        self.meter, self.system_meter = self.meters.meter, self.meters.system_meter
        self._waveform: WaveformView | None = None
        self.preview_text = QPlainTextEdit()
        self.preview_text.setReadOnly(True)
        self.preview_text.setPlaceholderText(
            translate("record_panel", "The transcript appears here as you speak.")
        )
        self.preview_text.setAccessibleName(translate("record_panel", "Live transcript"))
        self.preview_text.setAccessibleDescription(
            translate("record_panel", "What is being said, transcribed roughly while you record")
        )
        self.notice_label = QLabel("")
        self.notice_label.setWordWrap(True)
        self.notice_label.setVisible(False)
        self.notice_label.setAccessibleName(translate("record_panel", "Recording notice"))
        self._lines = _SidedLines(self.preview_text)

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
        controls.addWidget(self.source_box)
        self.input_label = QLabel(translate("record_panel", "Input:"))
        self.input_label.setBuddy(self.device_box)
        controls.addWidget(self.input_label)
        controls.addWidget(self.device_box)
        controls.addWidget(self.meters)
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
        layout.addWidget(self.notice_label)
        layout.addWidget(self.live_view, 1)

        self.frame_timer = QTimer(self)
        self.frame_timer.setInterval(FRAME_MS)
        self.frame_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.frame_timer.timeout.connect(self.draw_frame)
        self._elapsed_text = ""
        self._preview_shown = 0  # segments of the live transcript already shown
        self._preview_failed = False
        self._shown_state = controller.state  # (the state last shown: announcements say what changed)
        controller.state_changed.connect(self._state_changed)
        controller.preview_changed.connect(self._show_preview)
        controller.system_preview_changed.connect(lambda state: self._lines.show(1, state))
        controller.devices_listed.connect(self.set_devices)
        controller.notice.connect(self._show_notice)
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
            self.device_box.addItem(device_label(choice), choice.value)
        self.device_box.setCurrentIndex(chosen_index(choices, remembered))
        names = [d.name for d in devices]
        if remembered and remembered not in names:
            tip = translate("record_panel", "“{name}” is not connected; the default input is used")
            self.device_box.setToolTip(tip.format(name=remembered))
        self.has_input = bool(choices)
        for widget in (self.device_box, self.input_label):
            widget.setVisible(bool(choices))
        self._state_changed(self.controller.state)
        self.input_available.emit(self.can_record())

    def chosen_device(self) -> str | None:
        """The picked input's name, or None for the system default (or when there is no input)."""
        return self.device_box.currentData()

    def chosen_source(self) -> str:
        """What Record records: SOURCE_MICROPHONE, SOURCE_SYSTEM or SOURCE_BOTH."""
        return self.source_box.source()

    def show_source(self, source: str) -> None:
        """Show `source` as the one chosen (the settings changed elsewhere); emits no source_chosen."""
        self.source_box.set_source(source)
        self._state_changed(self.controller.state)
        self.input_available.emit(self.can_record())

    def can_record(self) -> bool:
        """Whether there is something to record from: a microphone, unless the computer's audio alone is
        chosen (its absence says so when Record is pressed)."""
        return self.has_input or self.chosen_source() == SOURCE_SYSTEM

    def _device_activated(self, index: int) -> None:
        self.device_chosen.emit(self.device_box.itemData(index) or "")  # "": the system default

    def _source_activated(self, _index: int) -> None:
        self._state_changed(self.controller.state)
        self.source_chosen.emit(self.chosen_source())
        self.input_available.emit(self.can_record())

    # --- recording -----------------------------------------------------------------------------------

    def _record_clicked(self) -> None:
        self.controller.toggle(self.chosen_device(), self.chosen_source())

    def _state_changed(self, state: str) -> None:
        news = _ANNOUNCEMENTS.get((self._shown_state, state))
        self._shown_state = state
        if news:
            announce(self, translate("record_panel", news))
        busy = state in (STARTING, SAVING)
        active = state in (RECORDING, PAUSED)
        text = STOP_TEXT if active else (SAVING_TEXT if state == SAVING else RECORD_TEXT)
        self.record_button.setText(translate("record_panel", text))
        self.record_button.setIcon(icon("stop" if active else "record", "white"))
        can_record = self.can_record()
        can_start = can_record or state != IDLE
        self.record_button.setEnabled(not busy and can_start)
        self.record_button.setToolTip(translate("record_panel", RECORD_TIP if can_start else NO_INPUT_TIP))
        self.pause_button.setVisible(active)  # hidden, not greyed, while it cannot act
        paused = state == PAUSED
        resume, pause = translate("record_panel", "Resume"), translate("record_panel", "Pause")
        self.pause_button.setText(resume if paused else pause)
        self.pause_button.setIcon(icon("resume" if state == PAUSED else "pause"))
        self.no_input_label.setVisible(state == IDLE and not can_record)
        self.elapsed_label.setVisible(state != IDLE)
        self.size_label.setVisible(state != IDLE)
        self.transcribe_after.setVisible(state == IDLE and can_record)
        self.source_box.setEnabled(state == IDLE)
        microphone = self.chosen_source() != SOURCE_SYSTEM  # (the input picker counts only then)
        self.device_box.setEnabled(state == IDLE and microphone)
        self.input_label.setEnabled(microphone)
        # one meter, or a call's two while it is recorded
        self.meters.setVisible(can_record or state != IDLE)
        self.meters.show_tracks(self.chosen_source() if state == IDLE else self.controller.source)
        self.live_view.setVisible(state != IDLE)  # the bar grows while recording, shrinks back after
        if state not in (RECORDING, PAUSED):
            self.notice_label.setVisible(False)  # (a notice is about the recording being made)
        if state == STARTING:
            self.preview_text.clear()
            self._preview_shown, self._preview_failed = 0, False
            self.notice_label.setText("")
            self._lines.reset(self._side_names())
            self.waveform.clear()
        if state == RECORDING:
            call = self.controller.source == SOURCE_BOTH  # (a call whose other side failed: not)
            self._lines.sided = call
            tip = translate("record_panel", "Above the line the microphone, below it the computer's audio")
            self.waveform.setToolTip(tip if call else "")
        if state == RECORDING and not self.frame_timer.isActive():
            self.overflow_label.setText("")
            self.frame_timer.start()
        elif state in (IDLE, SAVING):
            self.frame_timer.stop()
            self.draw_frame()
            self.meters.reset()
            if state == IDLE:
                self._set_elapsed("")

    def _side_names(self) -> tuple[str, str]:
        """How the live transcript of a call names its sides: as the saved transcript will (the user's name
        from the settings, "Others": stored labels, like "Speaker 1", the same in every language)."""
        return (self.controller.settings.my_name or "").strip() or DEFAULT_MY_NAME, OTHERS

    def _show_notice(self, text: str) -> None:
        """A notice about the recording being made (the computer's audio stopped, another input used…):
        shown under the bar's controls until it ends, and told to a screen reader."""
        if self.controller.state not in (RECORDING, PAUSED) or not text:
            return
        self.notice_label.setText(f"⚠ {text}")
        self.notice_label.setVisible(True)
        announce(self, text)

    def draw_frame(self) -> None:
        """Redraw the live view from the recorder's current state (the frame timer calls this)."""
        status = self.controller.status()
        snapshot = self.controller.levels()
        if status is None or snapshot is None:
            return
        other = self.controller.system_levels()
        self.waveform.show_levels(snapshot, other)
        self.meter.set_levels(snapshot.peak_dbfs, snapshot.rms_dbfs, snapshot.clipping)
        if other is not None:
            self.system_meter.set_levels(other.peak_dbfs, other.rms_dbfs, other.clipping)
        self.controller.poll_notice()  # (a change of the sources comes back as `notice`: _show_notice)
        shown = format_clock(status.elapsed)
        if shown != self.elapsed_label.text():
            self.elapsed_label.setText(shown)
            self._set_elapsed(shown)
        self.size_label.setText(format_size(status.bytes_written))
        if status.overflows:
            overflows = status.overflows
            lost = translate("record_panel", "⚠ %n overflows: audio was lost", "", overflows)
            self.overflow_label.setText(lost)
            self.overflow_label.setToolTip(
                translate("record_panel", "The computer was too busy to take all the audio in time")
            )

    def _set_elapsed(self, text: str) -> None:
        if text != self._elapsed_text:
            self._elapsed_text = text
            self.elapsed_changed.emit(text)

    def _show_preview(self, state: PreviewState) -> None:
        """Append the segments not shown yet (never re-set the whole text: after hours of recording that
        would cost the GUI thread more with every chunk). A call's live transcript is shown by sides."""
        if self._lines.sided:
            self._lines.show(0, state)
            return
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
            stopped = translate("record_panel", "[live transcript stopped: {reason}]")
            self.preview_text.appendPlainText(stopped.format(reason=state.error))


class _SidedLines:
    """A call's live transcript: one line per segment, "<side>: <text>", the two sides' lines in the order
    they were spoken (each side's preview comes with its own delay, so a line may go before the last ones).
    A line is inserted where it belongs; nothing else is rewritten, however long the recording."""

    def __init__(self, view: QPlainTextEdit) -> None:
        self.view = view
        self.sided = False  # the recording is a call: the preview's segments are shown here
        self._names = ("", "")
        self._starts: list[float] = []  # each line's start (seconds), in the view's order
        self._shown = [0, 0]  # segments of each side already shown
        self._failed = [False, False]

    def reset(self, names: tuple[str, str]) -> None:
        """A new recording, with its sides' names (the microphone's, the computer audio's)."""
        self.sided = False
        self._names = names
        self._starts.clear()
        self._shown = [0, 0]
        self._failed = [False, False]

    def show(self, side: int, state: PreviewState) -> None:
        """Show the segments of `side` (0: the microphone, 1: the computer's audio) not shown yet."""
        if len(state.segments) < self._shown[side]:  # (another preview: start counting again)
            self._shown[side] = 0
        new = state.segments[self._shown[side]:]
        self._shown[side] = len(state.segments)
        name = self._names[side]
        for segment in new:
            if segment.text.strip():
                self._insert(segment.start, f"{name}: {segment.text.strip()}")
        if state.error and not self._failed[side]:
            self._failed[side] = True
            stopped = translate("record_panel", "[live transcript stopped: {reason}]")
            self._insert(math.inf, f"{name}: {stopped.format(reason=state.error)}")
        if new or state.error:
            self.view.moveCursor(QTextCursor.MoveOperation.End)
            self.view.ensureCursorVisible()

    def _insert(self, start: float, line: str) -> None:
        index = bisect.bisect_right(self._starts, start)
        self._starts.insert(index, start)
        document = self.view.document()
        if len(self._starts) == 1:
            cursor = QTextCursor(document)
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.insertText(line)
        elif index == len(self._starts) - 1:
            cursor = QTextCursor(document)
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.insertText(f"\n{line}")
        else:
            cursor = QTextCursor(document.findBlockByNumber(index))
            cursor.insertText(f"{line}\n")
