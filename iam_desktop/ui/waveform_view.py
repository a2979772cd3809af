"""The live waveform: a scrolling min/max envelope of the last seconds of a recording, drawn with pyqtgraph.

The recording panel calls `WaveformView.show_levels` with a `LevelSnapshot` 30-60 times a second. The
snapshot is already bounded (the tracker keeps only its window), and the view draws it as one curve of
vertical bars (one bar per envelope point, from its minimum to its maximum) built in preallocated buffers:
a frame costs the same after hours of recording as after a second.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QSizePolicy, QVBoxLayout, QWidget

from iam_desktop.recording.levels import LevelSnapshot
from iam_desktop.ui.i18n import format_clock, translate

#: envelope points the buffers hold before they must grow (the tracker's default window is 2000 points)
_INITIAL_POINTS = 2000
#: the waveform colour needs at least this luminance difference from the background, else the text colour
_MIN_CONTRAST = 0.25


def _luminance(color: QColor) -> float:
    return 0.2126 * color.redF() + 0.7152 * color.greenF() + 0.0722 * color.blueF()


def _tick_step(window: float) -> float:
    """Whole seconds between labelled ticks: 1, 2, 5, 10, 15, 30, 60, ... giving about five labels."""
    for step in (1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600):
        if window / step <= 6:
            return float(step)
    return float(3600 * math.ceil(window / 6 / 3600))


class _ClockAxis(pg.AxisItem):
    """A time axis labelled as the recording's clock (0:05, 1:02:05)."""

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [format_clock(value * scale) if float(value * scale).is_integer() else "" for value in values]


class WaveformView(QWidget):
    """A scrolling waveform of the newest `window_seconds` of a recording.

    The x axis is seconds of the recording, the newest point at the right edge (the first `window_seconds`
    fill from the left); the y axis is fixed at -1..1 (full scale). The view is for looking only: no zoom,
    pan, context menu or auto-range.

    Attributes: plot (the pyqtgraph PlotWidget), curve (the PlotCurveItem holding the envelope as
    interleaved pairs x=[t0, t0, t1, t1, ...], y=[min0, max0, min1, max1, ...]; its arrays are views of
    the view's reused buffers, overwritten by the next frame: copy them to keep them).
    """

    def __init__(self, parent: QWidget | None = None, *, window_seconds: float = 10.0) -> None:
        super().__init__(parent)
        if not math.isfinite(window_seconds) or window_seconds <= 0:
            raise ValueError(f"window_seconds must be positive, got {window_seconds!r}")
        self._window = float(window_seconds)
        self._frames = 0
        self._capacity = 0
        self._x = np.empty(0, np.float64)
        self._y = np.empty(0, np.float64)
        self._ramp = np.empty(0, np.float64)
        self._x2 = np.empty(0, np.float64)
        self._y2 = np.empty(0, np.float64)
        self._lanes = False
        self._ensure_capacity(_INITIAL_POINTS)

        axis = _ClockAxis("bottom")  # seconds of the recording, shown as m:ss
        axis.setTickSpacing(levels=[(_tick_step(self._window), 0.0)])
        self.plot = pg.PlotWidget(self, background=None, enableMenu=False, axisItems={"bottom": axis})
        self.plot.setAntialiasing(False)
        self.plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.plot.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.plot.setFrameShape(QFrame.Shape.NoFrame)
        item = self.plot.getPlotItem()
        item.setMouseEnabled(x=False, y=False)
        item.setMenuEnabled(False)
        item.hideButtons()
        item.disableAutoRange()
        item.showGrid(x=False, y=False)
        item.getAxis("left").setTicks([[(-1.0, "-1"), (0.0, "0"), (1.0, "1")]])
        box = item.getViewBox()
        box.setMenuEnabled(False)
        box.setMouseEnabled(x=False, y=False)
        box.setYRange(-1.0, 1.0, padding=0)
        box.setXRange(0.0, self._window, padding=0)

        self._baseline = pg.InfiniteLine(pos=0.0, angle=0, movable=False)
        self.curve = pg.PlotCurveItem(antialias=False, connect="pairs")
        # drawLines with the curve's reused segment buffer rather than one QPainterPath per frame
        self.curve.setSegmentedLineMode("on")
        # a call's computer audio, below the line while the microphone is drawn above it
        self.second_curve = pg.PlotCurveItem(antialias=False, connect="pairs")
        self.second_curve.setSegmentedLineMode("on")
        item.addItem(self._baseline, ignoreBounds=True)
        item.addItem(self.curve, ignoreBounds=True)
        item.addItem(self.second_curve, ignoreBounds=True)
        self._apply_colors()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(60)
        self.setAccessibleName(translate("waveform_view", "Recording waveform"))
        self.setAccessibleDescription(
            translate("waveform_view", "A picture of the sound of the last seconds recorded")
        )

    # -- public -----------------------------------------------------------------------------------

    @property
    def window_seconds(self) -> float:
        """Seconds of audio the view shows."""
        return self._window

    @property
    def frames_drawn(self) -> int:
        """How many times `show_levels` has redrawn the waveform (never reset, not even by `clear`)."""
        return self._frames

    def show_levels(self, snapshot: LevelSnapshot, second: LevelSnapshot | None = None) -> None:
        """Draw `snapshot`'s envelope with its newest point at the right edge (at `snapshot.end_time`).
        With `second` (a call's computer audio) the view has two lanes: the first's loudness above the
        line, the second's below it, on the same time axis."""
        end = float(snapshot.end_time)
        self._set_lanes(second is not None)
        x, y = self._envelope(snapshot, end, 0, upward=True if second is not None else None)
        self.curve.setData(x=x, y=y)
        if second is not None:
            x2, y2 = self._envelope(second, end, 1, upward=False)
            self.second_curve.setData(x=x2, y=y2)
        self._scroll_to(end)
        self._frames += 1

    def clear(self) -> None:
        """Remove the waveform and go back to the start of the time axis."""
        self.curve.setData(x=self._x[:0], y=self._y[:0])
        self.second_curve.setData(x=self._x2[:0], y=self._y2[:0])
        self._scroll_to(0.0)

    def sizeHint(self) -> QSize:
        return QSize(480, 120)

    # -- internals --------------------------------------------------------------------------------

    def _envelope(
        self, snapshot: LevelSnapshot, end: float, lane: int, upward: bool | None
    ) -> tuple[np.ndarray, np.ndarray]:
        """The pairs to draw of `snapshot` (views of lane 0's or 1's reused buffers), its newest point at
        `end`: min..max (upward None), or 0..loudness above (True) or below (False) the line."""
        rate = max(1, int(snapshot.rate))
        n = min(len(snapshot.minima), len(snapshot.maxima))
        # only what fits in the window (plus the point at its left edge) is drawn
        n = min(n, int(math.ceil(self._window * rate)) + 1)
        self._ensure_capacity(n)
        xs, ys = (self._x, self._y) if lane == 0 else (self._x2, self._y2)
        x, y = xs[: 2 * n], ys[: 2 * n]
        if n:
            starts = x[0::2]
            # t_i = end - (n - 1 - i) / rate: the newest point lands exactly on end
            np.multiply(self._ramp[n - 1 :: -1], -1.0 / rate, out=starts)
            np.add(starts, end, out=starts)
            x[1::2] = starts
            lows = snapshot.minima[len(snapshot.minima) - n :]
            highs = snapshot.maxima[len(snapshot.maxima) - n :]
            if upward is None:
                y[0::2], y[1::2] = lows, highs
            else:
                loud = np.maximum(np.abs(lows), np.abs(highs))
                y[0::2] = 0.0
                y[1::2] = loud if upward else -loud
        return x, y

    def _set_lanes(self, lanes: bool) -> None:
        """One waveform (-1..1) or a call's two lanes (the microphone above, the computer audio below)."""
        if lanes == self._lanes:
            return
        self._lanes = lanes
        axis = self.plot.getPlotItem().getAxis("left")
        if lanes:
            mic, computer = translate("waveform_view", "Mic"), translate("waveform_view", "PC")
            axis.setTicks([[(0.5, mic), (-0.5, computer)]])
            described = translate(
                "waveform_view",
                "A picture of the sound of the last seconds recorded: the microphone above the line, the "
                "computer's audio below it",
            )
            self.setAccessibleDescription(described)
        else:
            axis.setTicks([[(-1.0, "-1"), (0.0, "0"), (1.0, "1")]])
            self.second_curve.setData(x=self._x2[:0], y=self._y2[:0])
            self.setAccessibleDescription(
                translate("waveform_view", "A picture of the sound of the last seconds recorded")
            )

    def _scroll_to(self, end: float) -> None:
        left = max(0.0, end - self._window)
        self.plot.getPlotItem().getViewBox().setXRange(left, left + self._window, padding=0)

    def _ensure_capacity(self, points: int) -> None:
        """Grow the buffers to hold `points` envelope points (only for a larger snapshot than before)."""
        if points <= self._capacity:
            return
        self._capacity = max(points, 2 * self._capacity)
        self._x = np.zeros(2 * self._capacity, np.float64)
        self._y = np.zeros(2 * self._capacity, np.float64)
        self._x2 = np.zeros(2 * self._capacity, np.float64)
        self._y2 = np.zeros(2 * self._capacity, np.float64)
        self._ramp = np.arange(self._capacity, dtype=np.float64)

    def _apply_colors(self) -> None:
        palette = self.palette()
        background = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        wave = QColor(palette.color(QPalette.ColorRole.Highlight))
        if abs(_luminance(wave) - _luminance(background)) < _MIN_CONTRAST:
            wave = QColor(text)  # a highlight too close to the background would vanish
        wave.setAlpha(255)
        self.plot.setBackground(background)
        self.curve.setPen(pg.mkPen(wave, width=1))
        second = QColor(palette.color(QPalette.ColorRole.Link))
        if abs(_luminance(second) - _luminance(background)) < _MIN_CONTRAST or second == wave:
            second = QColor(text)
        second.setAlpha(255)
        self.second_curve.setPen(pg.mkPen(second, width=1))
        faint = QColor(wave)
        faint.setAlpha(110)
        self._baseline.setPen(pg.mkPen(faint, width=1))
        item = self.plot.getPlotItem()
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setPen(pg.mkPen(palette.color(QPalette.ColorRole.Mid)))
            axis.setTextPen(pg.mkPen(text))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._apply_colors()
        super().changeEvent(event)
