"""The input level meter: a horizontal bar in dBFS with a peak-hold marker and a CLIP warning.

The recording panel calls `LevelMeter.set_levels` 30-60 times a second with the tracker's newest peak and
RMS level (dBFS) and whether the input clipped lately. The meter spans -60..0 dBFS: the RMS level is a
full-height bar, the peak a thinner, brighter bar beyond it, the highest peak of the last `hold_seconds` a
marker that then falls; green up to -12 dBFS, yellow up to -3, red above. While clipping, a red "CLIP"
box lights at the right end. The widget repaints only when something visible changed.

`TrackMeters` holds the record bar's meters: one, or two labelled ones while a call (the microphone and the
computer's audio) is recorded.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QWidget

from iam_desktop.recording.levels import FLOOR_DBFS
from iam_desktop.ui.accessibility import announce
from iam_desktop.ui.i18n import format_number, translate

#: the meter's scale (dBFS); anything below MIN_DBFS draws empty
MIN_DBFS = -60.0
MAX_DBFS = 0.0
#: above this the bar turns yellow, above RED_DBFS red
YELLOW_DBFS = -12.0
RED_DBFS = -3.0
#: how long the held peak stays before it falls (seconds), and how fast it falls then (dB per second)
HOLD_SECONDS = 1.5
FALL_DB_PER_SECOND = 20.0

GREEN = QColor(46, 170, 70)
YELLOW = QColor(230, 190, 30)
RED = QColor(225, 45, 35)
#: the CLIP box: pure, saturated red with white text, unlike anything else the meter draws
CLIP_RED = QColor(230, 0, 0)
_CLIP_WIDTH = 38
_GAP = 4
#: a screen reader hears "the input is clipping" at most this often (seconds)
CLIP_ANNOUNCE_SECONDS = 10.0
#: what TrackMeters shows: the microphone's meter, the computer audio's, or both (a call)
MICROPHONE_ONLY, SYSTEM_ONLY, CALL = "microphone", "system", "both"
#: a call's two meters are this tall each (pixels), so that both fit the height of the bar's row
_CALL_METER_HEIGHT = 12
#: Qt's QWIDGETSIZE_MAX: no maximum
QWIDGETSIZE_MAX = (1 << 24) - 1


def _clean(value: float) -> float:
    """A dBFS value made safe to compare and draw: NaN and anything below FLOOR_DBFS read as silence."""
    value = float(value)
    if math.isnan(value):
        return FLOOR_DBFS
    return min(max(value, FLOOR_DBFS), 1000.0)


def _zone_color(dbfs: float) -> QColor:
    if dbfs > RED_DBFS:
        return RED
    if dbfs > YELLOW_DBFS:
        return YELLOW
    return GREEN


def _words(dbfs: float) -> str:
    if dbfs < MIN_DBFS:
        return translate("level_meter", "below {level} dBFS").format(level=format_number(MIN_DBFS))
    return translate("level_meter", "{level} dBFS").format(level=format_number(round(dbfs)))


class LevelMeter(QWidget):
    """A horizontal -60..0 dBFS level meter: RMS bar, peak bar, peak-hold marker and a CLIP indicator.

    `clock` (seconds, monotonic) and `hold_seconds` / `fall_db_per_second` may be given for tests.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        hold_seconds: float = HOLD_SECONDS,
        fall_db_per_second: float = FALL_DB_PER_SECOND,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._hold_seconds = float(hold_seconds)
        self._fall = float(fall_db_per_second)
        self._clock = clock
        self._peak = FLOOR_DBFS
        self._rms = FLOOR_DBFS
        self._clipping = False
        self._held = FLOOR_DBFS  # the held peak as last computed
        self._hold_value = -math.inf  # the peak being held, and when it was caught
        self._hold_since = 0.0
        self._drawn: tuple[int, int, int, bool, int] | None = None  # what the last update() showed
        self._text = ""
        self._clip_box: tuple[tuple[int, str], int] | None = None  # (height, font) -> CLIP box width
        self._clip_announced = -math.inf  # when a screen reader was last told of clipping
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(translate("level_meter", "Input level"))
        self.setAccessibleDescription(
            translate(
                "level_meter",
                "How loud the input is, from −60 to 0 dBFS; CLIP lights red when it is too loud. The tooltip gives the level in numbers.",  # noqa: E501
            )
        )
        self._set_text()

    # -- public -----------------------------------------------------------------------------------

    @property
    def peak_dbfs(self) -> float:
        """The newest peak level (dBFS; FLOOR_DBFS, -90, for silence and before any level was set)."""
        return self._peak

    @property
    def rms_dbfs(self) -> float:
        """The newest RMS level (dBFS; FLOOR_DBFS for silence)."""
        return self._rms

    @property
    def held_peak_dbfs(self) -> float:
        """The highest peak of the last `hold_seconds`, then falling (dBFS), as of the last set_levels."""
        return self._held

    @property
    def clipping(self) -> bool:
        """The input clipped lately: the CLIP indicator is lit."""
        return self._clipping

    def set_levels(self, peak_dbfs: float, rms_dbfs: float, clipping: bool) -> None:
        """Show new levels (dBFS); repaint only if the picture changes."""
        self._peak = _clean(peak_dbfs)
        self._rms = _clean(rms_dbfs)
        if clipping and not self._clipping:
            self._say_clipping()
        self._clipping = bool(clipping)
        now = self._clock()
        if self._peak >= self._falling(now):
            self._hold_value, self._hold_since = self._peak, now
        self._held = max(self._falling(now), self._peak)
        self._set_text()
        self._refresh()

    def reset(self) -> None:
        """Back to silence, with no held peak and no clipping (e.g. when a recording stops)."""
        self._peak = self._rms = self._held = FLOOR_DBFS
        self._hold_value = -math.inf
        self._clipping = False
        self._set_text()
        self._refresh()

    def sizeHint(self) -> QSize:
        return QSize(240, 18)

    def minimumSizeHint(self) -> QSize:
        return QSize(80, 12)

    # -- internals --------------------------------------------------------------------------------

    def _falling(self, now: float) -> float:
        """The held value at `now`: steady for hold_seconds after it was caught, then falling."""
        if self._hold_value == -math.inf:
            return -math.inf
        late = now - self._hold_since - self._hold_seconds
        return self._hold_value if late <= 0 else self._hold_value - late * self._fall

    def _say_clipping(self) -> None:
        """Tell a screen reader the input clips (not more than once every CLIP_ANNOUNCE_SECONDS)."""
        now = self._clock()
        if now - self._clip_announced >= CLIP_ANNOUNCE_SECONDS:
            self._clip_announced = now
            announce(self, translate("level_meter", "The input is clipping: lower the input volume"))

    def _set_text(self) -> None:
        rms, peak = _words(self._rms), _words(self._peak)
        if self._peak < MIN_DBFS and self._clipping:
            text = translate("level_meter", "Level {rms} (silence); clipping: lower the input volume")
        elif self._peak < MIN_DBFS:
            text = translate("level_meter", "Level {rms} (silence)")
        elif self._clipping:
            text = translate("level_meter", "Level {rms} (peak {peak}); clipping: lower the input volume")
        else:
            text = translate("level_meter", "Level {rms} (peak {peak})")
        text = text.format(rms=rms, peak=peak)
        if text != self._text:
            self._text = text
            self.setToolTip(text)

    def _clip_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(max(7, int(self.height() * 0.62)))
        return font

    def _clip_width(self) -> int:
        """The CLIP box's width: room for the word at the widget's height."""
        key = (self.height(), self.font().key())
        if self._clip_box is None or self._clip_box[0] != key:
            text = QFontMetrics(self._clip_font()).horizontalAdvance(translate("level_meter", "CLIP"))
            self._clip_box = (key, max(_CLIP_WIDTH, text + 10))
        return self._clip_box[1]

    def _bar_rect(self) -> QRectF:
        """Where the scale is drawn: the widget less the CLIP box on the right."""
        width = max(1.0, self.width() - self._clip_width() - _GAP)
        return QRectF(0.0, 0.0, width, float(self.height()))

    def _x(self, dbfs: float, bar: QRectF) -> float:
        """The right edge of a level on the bar, in pixels from its left (0 for below the range)."""
        if dbfs <= MIN_DBFS:
            return 0.0
        fraction = (min(dbfs, MAX_DBFS) - MIN_DBFS) / (MAX_DBFS - MIN_DBFS)
        return bar.left() + fraction * bar.width()

    def _refresh(self) -> None:
        bar = self._bar_rect()
        held = round(self._x(self._held, bar)) if self._held > MIN_DBFS else -1
        key = (
            round(self._x(self._rms, bar)),
            round(self._x(self._peak, bar)),
            held,
            self._clipping,
            self.width(),
        )
        if key != self._drawn:
            self._drawn = key
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, p: QPainter) -> None:
        palette = self.palette()
        bar = self._bar_rect()
        height = bar.height()
        # the track, with faint ticks at the yellow and red zone edges
        track = QColor(palette.color(QPalette.ColorRole.Text))
        track.setAlpha(40)
        p.fillRect(bar, track)
        tick = QColor(palette.color(QPalette.ColorRole.Text))
        tick.setAlpha(90)
        for edge in (YELLOW_DBFS, RED_DBFS):
            x = round(self._x(edge, bar))
            p.fillRect(QRectF(x, 0, 1, height), tick)

        # the RMS bar (full height), then the peak beyond it (thinner, brighter)
        zones = ((MIN_DBFS, YELLOW_DBFS), (YELLOW_DBFS, RED_DBFS), (RED_DBFS, MAX_DBFS))
        inset = max(1.0, round(height * 0.3))
        for level, top, bottom, lighter in (
            (self._rms, 0.0, height, 100),
            (self._peak, inset, height - inset, 135),
        ):
            start = 0.0 if lighter == 100 else self._x(self._rms, bar)
            end = self._x(level, bar)
            for low, high in zones:
                left = max(start, self._x(low, bar))
                right = min(end, self._x(high, bar))
                if right > left:
                    color = _zone_color(high - 0.01).lighter(lighter)
                    p.fillRect(QRectF(left, top, right - left, bottom - top), color)

        # the held peak marker
        if self._held > MIN_DBFS:
            marker = min(self._x(self._held, bar), bar.right() - 2)
            p.fillRect(QRectF(round(marker) - 1, 0, 2, height), _zone_color(self._held).lighter(120))

        # the CLIP box: lit red while clipping, an outline otherwise
        clip_width = self._clip_width()
        box = QRectF(self.width() - clip_width, 0, clip_width, height)
        p.setFont(self._clip_font())
        if self._clipping:
            p.fillRect(box, CLIP_RED)
            p.setPen(QColor(255, 255, 255))
        else:
            faint = QColor(palette.color(QPalette.ColorRole.Text))
            faint.setAlpha(70)
            p.setPen(QPen(faint, 1))
            p.drawRect(box.adjusted(0.5, 0.5, -0.5, -0.5))
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, translate("level_meter", "CLIP"))


class TrackMeters(QWidget):
    """The record bar's level meters: one for a recording of one source, two labelled ones ("Microphone",
    "Computer audio") stacked for a call, each with its own level.

    Attributes: meter (the first track's: the microphone, or the computer's audio when that is all),
    system_meter (a call's computer audio; hidden otherwise), meter_label, system_label (shown for a call).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.meter = LevelMeter()
        self.system_meter = LevelMeter()
        self.meter_label = QLabel(translate("level_meter", "Microphone"))
        self.system_label = QLabel(translate("level_meter", "Computer audio"))
        for label in (self.meter_label, self.system_label):
            font = label.font()
            font.setPointSizeF(font.pointSizeF() * 0.85)
            label.setFont(font)
        self.meter_label.setBuddy(self.meter)  # (a screen reader finds each meter by its words)
        self.system_label.setBuddy(self.system_meter)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.meter_label, 0, 0)
        grid.addWidget(self.meter, 0, 1, Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(self.system_label, 1, 0)
        grid.addWidget(self.system_meter, 1, 1, Qt.AlignmentFlag.AlignVCenter)
        grid.setColumnStretch(1, 1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.show_tracks(MICROPHONE_ONLY)

    def show_tracks(self, tracks: str) -> None:
        """MICROPHONE_ONLY, SYSTEM_ONLY (one meter, as the bar always had) or CALL (two, labelled)."""
        call = tracks == CALL
        for widget in (self.meter_label, self.system_label, self.system_meter):
            widget.setVisible(call)
        # two meters share the height of the bar's row; one alone keeps its own height
        for meter in (self.meter, self.system_meter):
            if call:
                meter.setFixedHeight(_CALL_METER_HEIGHT)
            else:
                meter.setMinimumHeight(0)
                meter.setMaximumHeight(QWIDGETSIZE_MAX)
        if call:
            self.meter.setAccessibleName(translate("level_meter", "Microphone level"))
        elif tracks == SYSTEM_ONLY:
            self.meter.setAccessibleName(translate("level_meter", "Computer audio level"))
        else:
            self.meter.setAccessibleName(translate("level_meter", "Input level"))
        self.system_meter.setAccessibleName(translate("level_meter", "Computer audio level"))
        self.updateGeometry()

    def reset(self) -> None:
        self.meter.reset()
        self.system_meter.reset()
