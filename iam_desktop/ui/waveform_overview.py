"""The waveform overview of the open recording: its whole audio at a glance, with the playhead, search hits,
unsure words and speakers, above the transcript; click or drag to seek.

The envelope is computed off the GUI thread and cached on disk (iam_desktop/audio/overview.py); meanwhile a
quiet flat line stands in for it. The waveform is drawn with pyqtgraph, imported only when the first
envelope arrives (it costs ~0.3 s; the window appears without it). The part already played is drawn in the
accent colour, the rest in a grey; everything reads on the palette in use and follows a theme change.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QPointF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from iam_desktop.audio.overview import DEFAULT_BUCKETS, Overview, load_overview
from iam_desktop.errors import Cancelled, IamError
from iam_desktop.ui.i18n import translate
from iam_desktop.ui.operations import Operation, Pool
from iam_desktop.ui.speaker_colours import speaker_colour
from iam_desktop.ui.theme import Role, semantic

log = logging.getLogger(__name__)

#: the widget's height (px): compact, like a scrubber
HEIGHT = 64
#: the vertical layout in plot units: the wave spans -1…1; over it a strip for the unsure words' ticks
#: and the search hits' triangles, under it a strip for the speaker bands (when there are any)
_WAVE, _STRIP_BOTTOM, _TOP = 1.0, 1.1, 1.5
_BAND_TOP, _BAND_BOTTOM, _BOTTOM = -1.12, -1.5, -1.08
#: the size (px) of a search hit's triangle
_HIT_SIZE = 9
#: the level the wave is scaled to fill: this quantile of its buckets' peaks (a single click stays small)
_SCALE_QUANTILE = 99.0
_SILENCE = 1e-3
_TIP = str(QT_TRANSLATE_NOOP("waveform_overview", "Click or drag to play from there"))


def speaker_color(index: int, palette: QPalette) -> QColor:
    """The band colour of speaker `index` (0-based, in order of first appearance): the speaker's colour
    everywhere (speaker_colours), so the bands match the names in the transcript and the speakers bar."""
    return speaker_colour(index, palette)


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    """`a` moved the fraction `t` of the way to `b`."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
    )


def _pairs(times: Sequence[float], low: float, high: float) -> tuple[np.ndarray, np.ndarray]:
    """x, y of vertical segments from `low` to `high` at `times`, for a curve drawn with connect="pairs"."""
    t = np.asarray(times, np.float64)
    return np.repeat(t, 2), np.tile(np.array([low, high]), len(t))


class _Plot:
    """The pyqtgraph items of the overview (made once, the first time an envelope is shown)."""

    def __init__(self, parent: QWidget) -> None:
        import pyqtgraph as pg  # NOTE: here, not at the top: ~0.3 s the window need not wait for

        self.pg = pg
        self.widget = pg.PlotWidget(parent, background=None, enableMenu=False)
        self.widget.setAntialiasing(False)
        self.widget.setFrameShape(self.widget.Shape.NoFrame)
        self.widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # the overview handles the mouse itself: the plot only draws
        self.widget.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        item = self.widget.getPlotItem()
        item.hideAxis("left")
        item.hideAxis("bottom")
        item.hideButtons()
        item.setMenuEnabled(False)
        item.setMouseEnabled(x=False, y=False)
        item.disableAutoRange()
        item.setContentsMargins(0, 0, 0, 0)
        item.layout.setContentsMargins(0, 0, 0, 0)
        item.layout.setSpacing(0)
        self.box = item.getViewBox()
        self.box.setDefaultPadding(0)
        self.baseline = pg.InfiniteLine(pos=0.0, angle=0, movable=False)
        self.bands = pg.BarGraphItem(x0=[], x1=[], y0=_BAND_BOTTOM, y1=_BAND_TOP, brushes=[], pen=None)
        self.rest = pg.PlotCurveItem(antialias=False, connect="pairs")
        self.played = pg.PlotCurveItem(antialias=False, connect="pairs")
        self.unsure = pg.PlotCurveItem(antialias=False, connect="pairs")
        self.hits = pg.PlotCurveItem(antialias=False, connect="pairs")
        self.hit_marks = pg.ScatterPlotItem(symbol="t", size=_HIT_SIZE, pxMode=True)
        self.playhead = pg.InfiniteLine(pos=0.0, angle=90, movable=False)
        for curve in (self.rest, self.played, self.unsure, self.hits):
            curve.setSegmentedLineMode("on")
        # painted in this order: bands and wave under the markers, the playhead on top
        for each in (
            self.baseline, self.bands, self.rest, self.played, self.unsure, self.hits, self.hit_marks,
            self.playhead,
        ):  # fmt: skip
            item.addItem(each, ignoreBounds=True)

    def pen(self, color: QColor, width: float = 1.0) -> Any:
        return self.pg.mkPen(color, width=width)


class WaveformOverview(QWidget):
    """The whole recording's waveform, a playhead, markers and speaker bands; click or drag to seek.

    Show a recording with `show_audio`, follow playback with `set_position`, mark with `set_hits`,
    `set_unsure` and `set_speaker_bands`; `clear` when no recording is open. The markers and bands are
    kept until replaced or cleared (set them again for another recording).

    Attributes: overview (the Overview shown; None while it is computed, failed or cleared), duration
    (seconds the width stands for), error (why no waveform could be made, else "").

    Signals:
        seek_requested: (seconds) the user clicked or dragged there.
    """

    #: (seconds) where the user clicked, or dragged to (several while dragging)
    seek_requested = Signal(float)

    def __init__(self, parent: QWidget | None = None, *, buckets: int = DEFAULT_BUCKETS) -> None:
        super().__init__(parent)
        self._buckets = buckets
        self._token = 0
        self._shown = False
        self._plot: _Plot | None = None
        self._times = np.empty(0, np.float64)
        self._x = np.empty(0, np.float64)
        self._y = np.empty(0, np.float64)
        self._split = -1
        self.overview: Overview | None = None
        self.duration = 0.0
        self.error = ""
        self._position = 0.0
        self._hits: list[float] = []
        self._unsure: list[float] = []
        self._bands: list[tuple[float, float, int]] = []
        self._dragging = False
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.setFixedHeight(HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(translate("waveform_overview", "Waveform overview"))
        self.setAccessibleDescription(
            translate(
                "waveform_overview",
                "The whole recording's sound at a glance, with the playhead, search matches and speakers; click or drag to play from there (from the keyboard, use the player's position slider)",  # noqa: E501
            )
        )
        self.setToolTip(translate("waveform_overview", _TIP))

    # --- public ---------------------------------------------------------------------------------

    def show_audio(self, source: Callable[[], Path | None], cache_dir: Path, duration: float = 0.0) -> None:
        """Show the waveform of the file `source()` names (called in the background, as PlaybackBar.load
        does), cached in `cache_dir`; `duration` (seconds) lets clicks seek before it is ready."""
        self._token += 1
        token, buckets = self._token, self._buckets
        self._show_placeholder(max(0.0, duration))
        self._shown = True

        def compute() -> Overview:
            path = source()
            if path is None:
                raise IamError(translate("waveform_overview", "this recording has no audio file"))
            return load_overview(path, cache_dir, buckets, cancelled=lambda: token != self._token)

        (
            Operation(self, compute, pool=Pool.GENERAL)  # decoding a file is not a database job
            .success(lambda overview: self._arrived(token, overview))
            .failure(lambda error: self._failed(token, error))
            .run()
        )

    def clear(self) -> None:
        """No recording: no waveform, markers or bands (a computation under way is cancelled)."""
        self._token += 1
        self._shown = False
        self._hits, self._unsure, self._bands = [], [], []
        self._show_placeholder(0.0)

    def set_position(self, seconds: float) -> None:
        """Move the playhead to `seconds` (the wave before it is drawn as played)."""
        self._position = max(0.0, float(seconds))
        self._draw_position()

    def set_hits(self, seconds: Sequence[float]) -> None:
        """Mark these moments (search or Find matches) with a line across the wave."""
        self._hits = [float(s) for s in seconds]
        self._draw_markers()

    def set_unsure(self, seconds: Sequence[float]) -> None:
        """Mark these moments (words the engine was unsure of) with a short tick from the top."""
        self._unsure = [float(s) for s in seconds]
        self._draw_markers()

    def set_speaker_bands(self, bands: Sequence[tuple[float, float, int]]) -> None:
        """Draw (start, end, speaker index) spans as coloured bands under the wave (speaker_color)."""
        self._bands = [(float(a), float(b), int(i)) for a, b, i in bands if b > a]
        self._draw_bands()

    def seconds_at(self, x: float) -> float:
        """The moment (seconds) at `x` pixels from the left edge."""
        if self.width() <= 0:
            return 0.0
        return min(max(x / self.width(), 0.0), 1.0) * self.duration

    def sizeHint(self) -> QSize:
        return QSize(480, HEIGHT)

    # --- loading --------------------------------------------------------------------------------

    def _show_placeholder(self, duration: float) -> None:
        self.overview, self.error, self.duration = None, "", duration
        self._position = 0.0
        self.setToolTip(translate("waveform_overview", _TIP))
        if self._plot is not None:
            self._plot.widget.hide()
        self.update()

    def _arrived(self, token: int, overview: Overview) -> None:
        if token != self._token:
            return  # another recording was asked for meanwhile
        self.overview, self.duration = overview, overview.duration
        if self._plot is None:
            self._plot = _Plot(self)
            self._layout.addWidget(self._plot.widget)
            self._apply_colors()
        self._set_wave(overview)
        self._plot.box.setRange(xRange=(0.0, max(self.duration, 1e-6)), padding=0)
        self._draw_bands()
        self._draw_markers()
        self._plot.widget.show()

    def _failed(self, token: int, error: Exception) -> None:
        if token != self._token or isinstance(error, Cancelled):
            return
        self.error = str(error) or type(error).__name__
        if not isinstance(error, IamError):
            log.error("the waveform overview failed", exc_info=error)
        self.setToolTip(translate("waveform_overview", "No waveform: {reason}").format(reason=self.error))
        self.update()

    def _set_wave(self, overview: Overview) -> None:
        n = overview.buckets
        self._times = (np.arange(n, dtype=np.float64) + 0.5) * (overview.duration / max(n, 1))
        peaks = np.maximum(overview.maxima, -overview.minima)
        scale = float(np.percentile(peaks, _SCALE_QUANTILE)) if n else 0.0
        scale = 1.0 if scale < _SILENCE else scale
        self._x = np.repeat(self._times, 2)
        self._y = np.empty(2 * n, np.float64)
        self._y[0::2] = np.clip(overview.minima / scale, -_WAVE, _WAVE)
        self._y[1::2] = np.clip(overview.maxima / scale, -_WAVE, _WAVE)
        self._split = -1
        self._draw_position()

    # --- drawing --------------------------------------------------------------------------------

    def _draw_position(self) -> None:
        if self._plot is None or self.overview is None:
            self.update()  # the placeholder draws the playhead itself
            return
        self._plot.playhead.setPos(self._position)
        split = int(np.searchsorted(self._times, self._position))
        if split != self._split:  # the colours change only where a bucket is crossed
            self._split = split
            self._plot.played.setData(x=self._x[: 2 * split], y=self._y[: 2 * split])
            self._plot.rest.setData(x=self._x[2 * split :], y=self._y[2 * split :])

    def _draw_markers(self) -> None:
        if self._plot is None:
            return
        self._plot.hits.setData(*_pairs(self._hits, _BAND_BOTTOM, _TOP))
        middle = (_STRIP_BOTTOM + _TOP) / 2
        self._plot.hit_marks.setData(x=self._hits, y=[middle] * len(self._hits))
        self._plot.unsure.setData(*_pairs(self._unsure, _STRIP_BOTTOM, _TOP))

    def _draw_bands(self) -> None:
        if self._plot is None:
            return
        palette = self.palette()
        starts = [b[0] for b in self._bands]
        ends = [b[1] for b in self._bands]
        brushes = [self._plot.pg.mkBrush(speaker_color(b[2], palette)) for b in self._bands]
        self._plot.bands.setOpts(x0=starts, x1=ends, brushes=brushes)
        bottom = _BAND_BOTTOM if self._bands else _BOTTOM
        self._plot.box.setYRange(bottom, _TOP, padding=0)

    def _colors(self) -> dict[str, QColor]:
        palette = self.palette()
        background = palette.color(QPalette.ColorRole.Base)
        muted = semantic(Role.MUTED, palette)
        return {
            "background": background,
            "wave": _mix(muted, background, 0.35),
            "played": semantic(Role.ACCENT, palette),
            "baseline": _mix(muted, background, 0.7),
            "playhead": palette.color(QPalette.ColorRole.Text),
            "hit": semantic(Role.MATCH_CURRENT, palette),
            "unsure": semantic(Role.UNSURE, palette),
        }

    def _apply_colors(self) -> None:
        if self._plot is None:
            return
        colors, plot = self._colors(), self._plot
        plot.widget.setBackground(colors["background"])
        plot.rest.setPen(plot.pen(colors["wave"]))
        plot.played.setPen(plot.pen(colors["played"]))
        plot.baseline.setPen(plot.pen(colors["baseline"]))
        plot.playhead.setPen(plot.pen(colors["playhead"], 2))
        plot.hits.setPen(plot.pen(colors["hit"], 1.5))
        plot.hit_marks.setPen(None)
        plot.hit_marks.setBrush(plot.pg.mkBrush(colors["hit"]))
        plot.unsure.setPen(plot.pen(colors["unsure"], 2))
        self._draw_bands()

    def paintEvent(self, event: QPaintEvent) -> None:
        """The placeholder while there is no waveform: a flat line (and the playhead)."""
        colors = self._colors()
        painter = QPainter(self)
        painter.fillRect(self.rect(), colors["background"])
        if self._shown:
            middle = self.height() / 2
            painter.setPen(QPen(colors["baseline"], 1))
            painter.drawLine(QPointF(0, middle), QPointF(self.width(), middle))
            if self.duration > 0:
                x = self._position / self.duration * self.width()
                painter.setPen(QPen(colors["playhead"], 2))
                painter.drawLine(QPointF(x, 0), QPointF(x, self.height()))
        painter.end()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._apply_colors()
            self.update()
        super().changeEvent(event)

    # --- mouse ----------------------------------------------------------------------------------

    def _seek_to(self, event: QMouseEvent) -> None:
        seconds = self.seconds_at(event.position().x())
        self.set_position(seconds)
        self.seek_requested.emit(seconds)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._shown and self.duration > 0:
            self._dragging = True
            self._seek_to(event)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._dragging and event.buttons() & Qt.MouseButton.LeftButton:
            self._seek_to(event)
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._dragging = False
        super().mouseReleaseEvent(event)
