"""The chart of this month's cloud minutes on the Subscription page: one bar per day (pyqtgraph), and a
dashed line at the even pace — the minutes a day that would use the plan's allowance exactly by the month's
end — so a day far above the line stands out. Colours come from the palette in use and follow a theme
change; the chart only draws (no mouse zoom or menu).

NOTE: pyqtgraph is imported when the chart is made (~0.3 s), not when this module is imported.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from iam_desktop.ui.i18n import day_and_month, format_duration, translate
from iam_desktop.ui.subscription_texts import with_count
from iam_desktop.ui.theme import Role, semantic

#: the plot's height (px)
HEIGHT = 150


class UsageChart(QWidget):
    """Cloud minutes per day of one month.

    Attributes: plot (the pyqtgraph PlotWidget), bars (its BarGraphItem: x = day of the month, height =
    minutes), pace_line (the InfiniteLine at the even pace; hidden without an allowance), caption.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import pyqtgraph as pg  # NOTE: here (see the module's docstring)

        self.plot = pg.PlotWidget(self, background=None, enableMenu=False)
        self.plot.setFrameShape(self.plot.Shape.NoFrame)
        self.plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.plot.setMinimumHeight(HEIGHT)
        self.plot.setMaximumHeight(HEIGHT)
        self.plot.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        item = self.plot.getPlotItem()
        item.setMouseEnabled(x=False, y=False)
        item.hideButtons()
        item.setMenuEnabled(False)
        item.showGrid(x=False, y=True, alpha=0.15)
        item.getAxis("left").setWidth(36)
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.7)
        self.plot.addItem(self.bars)
        self.pace_line = pg.InfiniteLine(angle=0, movable=False)
        self.pace_line.setVisible(False)
        self.plot.addItem(self.pace_line)
        self.caption = QLabel()
        self.caption.setObjectName("usageCaption")
        self.caption.setWordWrap(True)
        self.setAccessibleName(translate("usage_chart", "Cloud minutes per day this month"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.plot)
        layout.addWidget(self.caption)
        self._days: list[tuple[date, float]] = []
        self._limit = 0
        self._pg: Any = pg
        self._recolour()

    def set_usage(self, daily: Sequence[tuple[date, float]], limit_minutes: int) -> None:
        """Show `daily` ((day, seconds) for every day of a month, as UsageMeter.daily gives) against a
        plan of `limit_minutes` cloud minutes a month."""
        self._days = list(daily)
        self._limit = limit_minutes
        x = [day.day for day, _seconds in self._days]
        heights = [seconds / 60 for _day, seconds in self._days]
        self.bars.setOpts(x=x, height=heights, width=0.7)
        count = len(self._days)
        pace = limit_minutes / count if count and limit_minutes > 0 else None
        self.pace_line.setVisible(pace is not None)
        if pace is not None:
            self.pace_line.setValue(pace)
        top = max([*heights, pace or 0.0, 1.0])
        item = self.plot.getPlotItem()
        item.setXRange(0.4, max(count, 28) + 0.6, padding=0)
        item.setYRange(0, top * 1.15, padding=0)
        last = count or 30
        ticks = [(d, str(d)) for d in (1, 5, 10, 15, 20, 25) if d <= last] + [(last, str(last))]
        item.getAxis("bottom").setTicks([sorted(set(ticks))])
        if pace is None:
            caption = translate(
                "usage_chart", "Minutes of cloud transcription per day. Your plan has no cloud minutes."
            )
        else:
            caption = with_count(
                translate(
                    "usage_chart",
                    "Minutes of cloud transcription per day. Dashed line: {pace} a day uses your %n minutes by the end of the month.",  # noqa: E501
                    "",
                    limit_minutes,
                ),
                limit_minutes,
            ).format(pace=_pace_text(pace))
        self.caption.setText(caption)
        self.setAccessibleDescription(f"{caption} {self._busiest_text()}".strip())

    def _busiest_text(self) -> str:
        """What the bars show, for a screen reader: the minutes used so far and the busiest day."""
        used = [(day, seconds) for day, seconds in self._days if seconds > 0]
        if not used:
            return translate("usage_chart", "No cloud minutes used yet this month.")
        day, seconds = max(used, key=lambda item: item[1])
        return translate("usage_chart", "The busiest day was {day}: {duration}.").format(
            day=day_and_month(day), duration=format_duration(seconds)
        )

    def _recolour(self) -> None:
        """Draw in the colours of the palette in use."""
        pg = self._pg
        palette = self.palette()
        accent = semantic(Role.ACCENT, palette)
        muted = semantic(Role.MUTED, palette)
        fill = QColor(accent)
        fill.setAlphaF(0.85)
        self.bars.setOpts(brush=pg.mkBrush(fill), pen=pg.mkPen(None))
        self.pace_line.setPen(
            pg.mkPen(semantic(Role.WARNING, palette), width=1.5, style=Qt.PenStyle.DashLine)
        )
        item = self.plot.getPlotItem()
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setPen(pg.mkPen(palette.color(QPalette.ColorRole.Mid)))
            axis.setTextPen(pg.mkPen(muted))
        self.caption.setStyleSheet(f"color: {muted.name()};")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._recolour()
        super().changeEvent(event)


def _pace_text(pace: float) -> str:
    """ "19 minutes", "1 minute", "about half a minute" for a daily pace."""
    if pace < 0.75:
        if pace >= 0.25:
            return translate("usage_chart", "about half a minute")
        return translate("usage_chart", "less than a minute")
    whole = round(pace)
    return with_count(translate("usage_chart", "%n minutes", "", whole), whole)
