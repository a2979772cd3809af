"""The jobs area: one row per job with its file, a progress bar, its state in plain words and Cancel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from iam_desktop.library.records import JobInfo

STATUS_WORDS = {
    "queued": "Waiting…",
    "running": "Transcribing…",
    "done": "Done",
    "cancelled": "Cancelled",
}


class JobRow(QFrame):
    """One job: file name, progress, state or error, and a Cancel button while it can be cancelled.

    Signals:
        cancel_requested: the job's ID, when the user presses Cancel.
    """

    #: job ID
    cancel_requested = Signal(int)

    def __init__(self, job: JobInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.job_id = job.id
        self.setObjectName("jobRow")
        self.name = QLabel(Path(job.source_path).name)
        self.name.setToolTip(job.source_path)
        self.name.setMinimumWidth(160)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.clicked.connect(lambda: self.cancel_requested.emit(self.job_id))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.name, 2)
        layout.addWidget(self.bar, 2)
        layout.addWidget(self.status, 3)
        layout.addWidget(self.cancel_button)
        self.update_job(job)

    def update_job(self, job: JobInfo) -> None:
        self.state = job.status
        self.bar.setValue(int(round(job.progress * 1000)))
        self.bar.setFormat(f"{job.progress * 100:.0f} %")
        if job.status == "failed":
            self.status.setText(f"Failed: {job.error or 'unknown error'}")
            self.status.setStyleSheet("color: #b00020;")
            self.bar.setVisible(False)
        elif job.status == "done" and job.error:
            self.status.setText(f"Done — {job.error}")
            self.status.setStyleSheet("color: #a15c00;")
            self.bar.setVisible(False)
        else:
            self.status.setText(STATUS_WORDS.get(job.status, job.status))
            self.status.setStyleSheet("")
            self.bar.setVisible(job.status in ("queued", "running"))
        self.cancel_button.setVisible(not job.finished)


class JobsPanel(QWidget):
    """All jobs of this session, newest at the bottom, with a button to clear the finished ones.

    Signals:
        cancel_requested: a job ID whose Cancel button was pressed.
    """

    #: job ID
    cancel_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: dict[int, JobRow] = {}
        self.title = QLabel("<b>Jobs</b>")
        self.clear_button = QPushButton("Clear finished")
        self.clear_button.clicked.connect(self.clear_finished)
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.clear_button)
        self._list = QVBoxLayout()
        self._list.setAlignment(Qt.AlignmentFlag.AlignTop)
        inner = QWidget()
        inner.setLayout(self._list)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setAcceptDrops(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(scroll)

    def update_job(self, job: JobInfo) -> None:
        row = self.rows.get(job.id)
        if row is None:
            row = JobRow(job)
            row.cancel_requested.connect(self.cancel_requested)
            self.rows[job.id] = row
            self._list.addWidget(row)
        else:
            row.update_job(job)

    def clear_finished(self) -> None:
        for job_id, row in list(self.rows.items()):
            if row.state in ("done", "failed", "cancelled"):
                self._list.removeWidget(row)
                row.deleteLater()
                del self.rows[job_id]
