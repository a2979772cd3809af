"""The transcript pane: one row per segment with its time, scrollable to any moment."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iam_desktop.timefmt import clock
from iam_desktop.transcript import Transcript


class TranscriptView(QWidget):
    """Shows a transcript's segments (time, text) under a header line with its title and details."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header = QLabel("Drop audio or video files here, or use “Add files…”.")
        self.header.setObjectName("transcriptHeader")
        self.header.setWordWrap(True)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("transcriptTable")
        self.table.setHorizontalHeaderLabels(["Time", "Text"])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.setAcceptDrops(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.table)
        self._starts: list[float] = []

    def show_message(self, title: str, message: str) -> None:
        """No transcript to show: say why (still transcribing, failed, empty library…)."""
        self.header.setText(f"<b>{title}</b><br>{message}")
        self.table.setRowCount(0)
        self._starts = []

    def show_transcript(self, transcript: Transcript) -> None:
        details = f"{clock(transcript.duration)} · {transcript.engine} {transcript.model}"
        if transcript.language:
            details += f" · {transcript.language}"
        self.header.setText(f"<b>{transcript.title}</b><br>{details}")
        self.table.setRowCount(len(transcript.segments))
        self._starts = [seg.start for seg in transcript.segments]
        for row, seg in enumerate(transcript.segments):
            self.table.setItem(row, 0, QTableWidgetItem(f"{clock(seg.start)}–{clock(seg.end)}"))
            self.table.setItem(row, 1, QTableWidgetItem(seg.text))
        if not transcript.segments:
            self.header.setText(self.header.text() + "<br><i>No speech was found in this recording.</i>")
        self.table.resizeRowsToContents()

    def segment_texts(self) -> list[str]:
        """The texts shown, in order (what the user reads)."""
        return [self.table.item(row, 1).text() for row in range(self.table.rowCount())]

    def scroll_to(self, seconds: float) -> None:
        """Select and show the segment that holds (or follows) the moment `seconds`."""
        if not self._starts:
            return
        row = max((i for i, start in enumerate(self._starts) if start <= seconds + 1e-3), default=0)
        self.table.selectRow(row)
        self.table.scrollToItem(self.table.item(row, 0), QAbstractItemView.ScrollHint.PositionAtCenter)
