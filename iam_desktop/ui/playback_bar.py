"""The playback bar: play/pause, a seek slider between the position and the length, −5 s/+5 s, speed.

It drives the app's one Player. Files are loaded by background operations, one at a time (a load that
finds a newer one asked for gives way: the last one asked for wins); the position is read about 30 times
a second while playing. Player errors (no output device, a damaged file) are shown in the bar in plain
words, never raised (and announced to a screen reader). Starting or pausing playback is announced unless
the play button has the focus (its name says it then).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSlider, QToolButton, QWidget

from iam_desktop.audio.player import AudioOutputError, Player
from iam_desktop.errors import IamError
from iam_desktop.ui.accessibility import announce
from iam_desktop.ui.i18n import format_clock, format_number, translate
from iam_desktop.ui.icons import icon
from iam_desktop.ui.operations import Operation, Pool

SKIP_SECONDS = 5.0
SPEEDS = (0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0)
TICK_MS = 33
#: slider steps per second
_SCALE = 10


def _warm_up_audio() -> None:
    """Initialise PortAudio (it lists the devices, which can take a while) off the GUI thread."""
    try:
        import sounddevice  # noqa: F401 - imported for its side effect
    except OSError:  # no PortAudio: play() will say so
        pass


def _tool_button(text: str, tip: str, icon_name: str) -> QToolButton:
    """A transport button: its icon only (the text stays, for its accessible name), so that it keeps its
    width whatever its text says."""
    button = QToolButton()
    button.setText(text)
    button.setToolTip(tip)
    button.setIcon(icon(icon_name))
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    button.setAutoRaise(True)
    return button


def speed_text(speed: float) -> str:
    """A playback speed as the speed box shows it: "0.75×", "1×" (the locale's decimal point)."""
    decimals = len(f"{speed:g}".partition(".")[2])
    return translate("playback_bar", "{speed}×").format(speed=format_number(speed, decimals))


class PlaybackBar(QWidget):
    """Transport controls for `player` (None: playback unavailable, the bar says so).

    Attributes: play_button, back_button, forward_button, slider, position_label, duration_label,
    speed_combo, word_label (the word being heard), message_label (errors), ready (a file is loaded).

    Signals:
        position_changed: (seconds) while playing, and after every seek.
        playing_changed: (bool) when playback starts or stops.
        loaded: () when a file has been loaded and can be played.
    """

    position_changed = Signal(float)
    playing_changed = Signal(bool)
    loaded = Signal()
    # the Player's callbacks come from its threads; these queue them to the GUI thread
    _finished = Signal()
    _failed = Signal(object)

    def __init__(self, player: Player | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.player = player
        self.ready = False
        self._token = 0
        self._pending: float | None = None
        self._was_playing = False
        self._at_end = False  # the player said it reached the end (announced so, not as "Paused")
        self._loading = threading.Lock()  # one load at a time: the Player holds one file

        self.play_button = _tool_button(
            translate("playback_bar", "Play"),
            translate("playback_bar", "Play / pause (Space in the table, Ctrl+Space)"),
            "play",
        )
        skip = format_number(SKIP_SECONDS)
        self.back_button = _tool_button(
            translate("playback_bar", "−{seconds} s").format(seconds=skip),
            translate("playback_bar", "Back {seconds} seconds (Ctrl+Left)").format(seconds=skip),
            "skip-back",
        )
        self.back_button.setAccessibleName(
            translate("playback_bar", "Back {seconds} seconds").format(seconds=skip)
        )
        self.forward_button = _tool_button(
            translate("playback_bar", "+{seconds} s").format(seconds=skip),
            translate("playback_bar", "Forward {seconds} seconds (Ctrl+Right)").format(seconds=skip),
            "skip-forward",
        )
        self.forward_button.setAccessibleName(
            translate("playback_bar", "Forward {seconds} seconds").format(seconds=skip)
        )
        self.position_label = QLabel(format_clock(0))
        self.position_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 0)
        self.slider.setAccessibleName(translate("playback_bar", "Playback position"))
        self.slider.setAccessibleDescription(
            translate(
                "playback_bar",
                "The arrow keys move one second, Page Up and Page Down {seconds} seconds.",
            ).format(seconds=skip)
        )
        self.slider.setSingleStep(_SCALE)  # a second: a tenth is too little to hear by key
        self.slider.setPageStep(round(SKIP_SECONDS * _SCALE))
        self.duration_label = QLabel(format_clock(0))
        self.speed_combo = QComboBox()
        self.speed_combo.setToolTip(translate("playback_bar", "Playback speed (the pitch stays the same)"))
        self.speed_combo.setAccessibleName(translate("playback_bar", "Playback speed"))
        self.speed_combo.setAccessibleDescription(translate("playback_bar", "The pitch stays the same."))
        for speed in SPEEDS:
            self.speed_combo.addItem(speed_text(speed), speed)
        self.speed_combo.setCurrentIndex(SPEEDS.index(1.0))
        self.word_label = QLabel()
        self.word_label.setObjectName("currentWord")
        self.word_label.setFixedWidth(110)  # the word heard changes all the time: the bar must not move
        self.message_label = QLabel()
        self.message_label.setObjectName("playbackMessage")
        self.message_label.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        transport: list[QWidget] = [self.back_button, self.play_button, self.forward_button]
        for widget in (*transport, self.position_label):
            layout.addWidget(widget)
        layout.addWidget(self.slider, 1)
        for widget in (self.duration_label, self.speed_combo, self.word_label, self.message_label):
            layout.addWidget(widget)

        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self.play_button.clicked.connect(self.toggle)
        self.back_button.clicked.connect(lambda: self.skip(-SKIP_SECONDS))
        self.forward_button.clicked.connect(lambda: self.skip(SKIP_SECONDS))
        self.slider.valueChanged.connect(self._slider_moved)
        self.slider.sliderReleased.connect(lambda: self.seek(self.slider.value() / _SCALE))
        self.speed_combo.currentIndexChanged.connect(
            lambda _i: self.set_speed(self.speed_combo.currentData())
        )
        self._finished.connect(self._on_finished)
        self._failed.connect(self._on_player_error)
        if player is None:
            self.show_error(translate("playback_bar", "Playback is not available."), quiet=True)
        else:
            player.on_finished = self._finished.emit
            player.on_error = self._failed.emit
        self._set_controls(False)

    # --- loading --------------------------------------------------------------------------------

    def load(self, source: Callable[[], Path | None]) -> None:
        """Load the file `source()` names (both run in the background); stop what was playing."""
        self._token += 1
        token, player = self._token, self.player
        self.unload()
        if player is None:
            return

        def load() -> None:
            with self._loading:
                if token != self._token:  # a newer load was asked for: it wins
                    return
                _warm_up_audio()
                path = source()
                if path is None:
                    raise IamError("this recording has no audio file")
                player.load(path)

        (
            Operation(self, load, pool=Pool.GENERAL)  # decoding a file is not a database job
            .success(lambda _: self._loaded(token))
            .failure(lambda error: self._load_failed(token, error))
            .run()
        )

    def unload(self) -> None:
        """Stop playing and disable the controls until the next load."""
        self._pending = None
        self.ready = False
        if self.player is not None:
            self.pause()
        self._set_controls(False)
        self.message_label.clear()
        self.word_label.clear()
        self._show_position(0.0, 0.0)

    def _loaded(self, token: int) -> None:
        if token != self._token or self.player is None:
            return  # a newer load was asked for meanwhile
        self.ready = True
        self._set_controls(True)
        self.message_label.clear()
        self.set_speed(self.speed_combo.currentData())
        if self._pending is not None:
            self.player.seek(self._pending)
            self._pending = None
        self._tick()
        self.loaded.emit()

    def _load_failed(self, token: int, error: Exception) -> None:
        if token == self._token:
            self.show_error(
                translate("playback_bar", "Cannot play this recording: {reason}").format(reason=error)
            )

    # --- transport ------------------------------------------------------------------------------

    @property
    def playing(self) -> bool:
        return self.player is not None and self.player.playing

    @property
    def position(self) -> float:
        """Seconds into the recording (where a pending cue will go, before the file is loaded)."""
        if self._pending is not None or self.player is None or not self.ready:
            return self._pending or 0.0
        return self.player.position

    def toggle(self) -> None:
        if self.playing:
            self.pause()
        else:
            self.play()

    def play(self) -> None:
        if self.player is None or not self.ready:
            return
        try:
            self.player.play()
        except IamError as exc:  # no output device, device busy…
            self.show_error(translate("playback_bar", "Cannot play sound: {reason}").format(reason=exc))
            return
        self._timer.start()
        self._update_playing()

    def pause(self) -> None:
        if self.player is not None:
            self.player.pause()
        self._tick()

    def seek(self, seconds: float) -> None:
        """Go to `seconds` (before the file is loaded: once it is)."""
        if self.player is None:
            return
        if not self.ready:
            self._pending = max(0.0, seconds)
            return
        self.player.seek(seconds)
        self._tick()

    def skip(self, delta: float) -> None:
        if self.player is not None and self.ready:
            self.player.skip(delta)
            self._tick()

    def set_speed(self, speed: float) -> None:
        """Play at `speed` (0.5..2); the combo box follows."""
        index = self.speed_combo.findData(speed)
        if index >= 0 and index != self.speed_combo.currentIndex():
            self.speed_combo.setCurrentIndex(index)  # comes back here through the signal
            return
        if self.player is not None:
            self.player.set_speed(speed)

    def show_error(self, message: str, *, quiet: bool = False) -> None:
        """Say what went wrong (also to a screen reader, unless `quiet`) and disable the controls (a new
        load enables them again)."""
        self.message_label.setText(message)
        self.message_label.setToolTip(message)
        if not quiet:
            announce(self, message, assertive=True)
        self._set_controls(False)
        self._tick()

    # --- internals ------------------------------------------------------------------------------

    def _set_controls(self, enabled: bool) -> None:
        for widget in (
            self.play_button,
            self.back_button,
            self.forward_button,
            self.slider,
            self.speed_combo,
        ):
            widget.setEnabled(enabled)

    def _tick(self) -> None:
        if self.player is None or not self.ready:
            self._timer.stop()
            self._update_playing()
            return
        position = self.player.position
        self._show_position(position, self.player.duration)
        self.position_changed.emit(position)
        if not self.player.playing:
            self._timer.stop()
        self._update_playing()

    def _show_position(self, position: float, duration: float) -> None:
        self.duration_label.setText(format_clock(duration))
        widest = self.position_label.fontMetrics().horizontalAdvance(
            "".join("0" if c.isdigit() else c for c in format_clock(duration))
        )
        self.position_label.setMinimumWidth(widest)  # the position as long as it can get: no jumps
        if self.slider.isSliderDown():
            return  # the user is dragging it
        self.slider.blockSignals(True)
        self.slider.setMaximum(round(duration * _SCALE))
        self.slider.setValue(round(position * _SCALE))
        self.slider.blockSignals(False)
        self.position_label.setText(format_clock(position))

    def _slider_moved(self, value: int) -> None:
        self.position_label.setText(format_clock(value / _SCALE))
        if not self.slider.isSliderDown():  # a click on the groove or a key; a drag seeks on release
            self.seek(value / _SCALE)

    def _update_playing(self) -> None:
        playing = self.playing
        self.play_button.setText(
            translate("playback_bar", "Pause") if playing else translate("playback_bar", "Play")
        )
        if playing != self._was_playing:
            self.play_button.setIcon(icon("pause" if playing else "play"))
            self._was_playing = playing
            self.playing_changed.emit(playing)
            if self.ready and not self.play_button.hasFocus():  # its new name says it when it has the focus
                if playing:
                    announce(self, translate("playback_bar", "Playing"))
                elif self._at_end:
                    announce(self, translate("playback_bar", "End of the recording"))
                else:
                    announce(self, translate("playback_bar", "Paused"))
        self._at_end = False

    def _on_finished(self) -> None:
        self._at_end = True
        self._tick()

    def _on_player_error(self, error: IamError) -> None:
        if isinstance(error, AudioOutputError):  # the device is gone: nothing more can be played
            self.show_error(translate("playback_bar", "Playback stopped: {reason}").format(reason=error))
        else:  # a damaged file: what could be decoded still plays
            self.message_label.setText(str(error))
            self.message_label.setToolTip(str(error))
            announce(self, str(error))
            self._tick()
