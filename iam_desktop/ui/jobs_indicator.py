"""The jobs indicator of the status bar ("2 jobs · Transcribing 3:20 of 21:05", "1 failed"), shown only
while there are jobs to do or failures to look at, and the popover with the jobs list it opens."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QFrame, QToolButton, QVBoxLayout, QWidget

from iam_desktop.ui.i18n import translate
from iam_desktop.ui.icons import icon
from iam_desktop.ui.jobs_panel import JobsPanel, JobsSummary, stage_text

#: the popover's width, and the most height it takes (it scrolls beyond)
POPOVER_WIDTH = 420
POPOVER_MAX_HEIGHT = 440


def indicator_text(summary: JobsSummary) -> str | None:
    """The indicator's words, or None when there is nothing to show: "2 jobs · Transcribing 3:20 of 21:05",
    "1 job waiting", "1 job · Loading model… · 1 failed", "1 failed"."""
    parts = []
    active, failed = summary.active, summary.failed
    if active:
        if summary.running is None:
            parts.append(translate("jobs_indicator", "%n jobs waiting", "", active))
        else:
            jobs = translate("jobs_indicator", "%n jobs · {stage}", "", active)
            parts.append(jobs.format(stage=stage_text(summary.running.stage)))
    if failed:
        parts.append(translate("jobs_indicator", "%n failed", "", failed))
    return " · ".join(parts) or None


class JobsPopover(QFrame):
    """The jobs list in a frame that pops up above a widget and closes on a click outside it."""

    def __init__(self, panel: JobsPanel, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("jobsPopover")
        self.setAccessibleName(translate("jobs_indicator", "Jobs"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.panel = panel
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(panel)

    def open_at(self, anchor: QWidget, *, inside: bool = False) -> None:
        """Show the popover above `anchor`, right edges aligned (`inside`: above its bottom-right corner,
        for a window), kept on the anchor's screen."""
        height = min(POPOVER_MAX_HEIGHT, max(180, self.sizeHint().height()))
        self.resize(POPOVER_WIDTH, height)
        corner = anchor.mapToGlobal(QPoint(anchor.width(), anchor.height() if inside else 0))
        place = QRect(corner.x() - POPOVER_WIDTH, corner.y() - height, POPOVER_WIDTH, height)
        screen = anchor.screen().availableGeometry()
        if place.top() < screen.top():  # no room above: below the anchor
            place.moveTop(corner.y() + anchor.height())
        place.moveLeft(max(screen.left(), min(place.left(), screen.right() - POPOVER_WIDTH)))
        self.move(place.topLeft())
        self.show()
        self.raise_()


class JobsIndicator(QToolButton):
    """A compact status-bar button that follows `panel`: visible only while jobs are to do or have failed
    (or files were turned away), with an icon and indicator_text; a click opens the popover with the
    panel. Add it with `statusBar().addPermanentWidget(indicator)`.

    Attributes: popover (the JobsPopover holding the panel).
    """

    def __init__(self, panel: JobsPanel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("jobsIndicator")
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setToolTip(translate("jobs_indicator", "Show the jobs"))
        self.setAccessibleDescription(translate("jobs_indicator", "Show the jobs"))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._panel = panel
        self.popover = JobsPopover(panel, self)
        self.clicked.connect(self.open_popover)
        panel.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Show the panel's current summary (or hide when there is nothing to show)."""
        summary = self._panel.summary()
        text = indicator_text(summary)
        self.setVisible(text is not None)
        if text is None:
            return
        self.setText(text)
        self.setIcon(icon("jobs" if summary.active else "failed"))

    def open_popover(self) -> None:
        """Open the jobs list above the indicator (above the window's bottom-right corner if hidden)."""
        if self.isVisible():
            self.popover.open_at(self)
        else:
            self.popover.open_at(self.window(), inside=True)
