"""The jobs area: one row per job with its file, engine, progress and time left, its state in plain words,
and Cancel, Retry and Remove buttons; the title counts the jobs still to do and the failed ones."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
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
from iam_desktop.library.status import JobStatus
from iam_desktop.timefmt import clock

STATUS_WORDS = {
    JobStatus.QUEUED: "Waiting…",
    JobStatus.RUNNING: "Transcribing…",
    JobStatus.DONE: "Done",
    JobStatus.CANCELLED: "Cancelled",
}
ENGINE_NAMES = {"local": "Offline", "openai": "OpenAI"}
ACTIVE_STATES = (JobStatus.QUEUED, JobStatus.RUNNING)
FINISHED_STATES = (JobStatus.DONE, JobStatus.FAILED, JobStatus.CANCELLED)


def progress_text(job: JobInfo) -> str:
    """ "42 %", with the time left while running: "42 % · 1:20 left" or "42 % · estimating…"."""
    percent = f"{job.progress * 100:.0f} %"
    if job.status != JobStatus.RUNNING:
        return percent
    if job.eta_seconds is None:
        return f"{percent} · estimating…"
    return f"{percent} · {clock(job.eta_seconds)} left"


def engine_text(job: JobInfo) -> str:
    """The engine and model in plain words: "Offline · tiny.en", "OpenAI · whisper-1"."""
    engine = ENGINE_NAMES.get(job.engine, job.engine)
    return f"{engine} · {job.model or 'automatic model'}"


class JobRow(QFrame):
    """One job: file name, engine and model, progress with time left, state or error, and the buttons
    that fit its state (Cancel while waiting or running, Retry when failed or cancelled, Remove unless
    running).

    Signals:
        cancel_requested: the job's ID, when the user presses Cancel.
        retry_requested: the job's ID, when the user presses Retry.
        remove_requested: the job's ID, when the user presses Remove.
    """

    #: job ID
    cancel_requested = Signal(int)
    #: job ID
    retry_requested = Signal(int)
    #: job ID
    remove_requested = Signal(int)

    def __init__(self, job: JobInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.job_id = job.id
        self.setObjectName("jobRow")
        self.name = QLabel(job_label(job))
        self.name.setToolTip(job.source_path)
        self.name.setMinimumWidth(160)
        self.engine = QLabel()
        quiet = self.engine.palette()
        quiet.setColor(QPalette.ColorRole.WindowText, quiet.color(QPalette.ColorRole.PlaceholderText))
        self.engine.setPalette(quiet)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.clicked.connect(lambda: self.cancel_requested.emit(self.job_id))
        self.retry_button = QPushButton("Retry")
        self.retry_button.clicked.connect(lambda: self.retry_requested.emit(self.job_id))
        self.remove_button = QPushButton("Remove")
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self.job_id))
        for button in (self.cancel_button, self.retry_button, self.remove_button):
            policy = button.sizePolicy()
            policy.setRetainSizeWhenHidden(True)  # the rows' columns stay aligned whatever the state
            button.setSizePolicy(policy)
        names = QVBoxLayout()
        names.setSpacing(0)
        names.addWidget(self.name)
        names.addWidget(self.engine)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addLayout(names, 2)
        layout.addWidget(self.bar, 2)
        layout.addWidget(self.status, 3)
        layout.addWidget(self.cancel_button)
        layout.addWidget(self.retry_button)
        layout.addWidget(self.remove_button)
        self.update_job(job)

    def update_job(self, job: JobInfo) -> None:
        """Show the job's new state."""
        self.state = job.status
        if job_label(job) != self.name.text():
            self.name.setText(job_label(job))
        self.engine.setText(engine_text(job))
        self.bar.setValue(int(round(job.progress * 1000)))
        self.bar.setFormat(progress_text(job))
        note = job.note or job.error
        if job.status == JobStatus.FAILED:
            self.status.setText(f"Failed: {job.error or 'unknown error'}")
            self.status.setStyleSheet("color: #b00020;")
        elif job.status == JobStatus.DONE and note:
            self.status.setText(f"Done — {note}")
            self.status.setStyleSheet("color: #a15c00;")
        else:
            self.status.setText(STATUS_WORDS.get(job.status, job.status))
            self.status.setStyleSheet("")
        self.bar.setVisible(job.status in ACTIVE_STATES)
        self.cancel_button.setVisible(job.status in ACTIVE_STATES)
        self.retry_button.setVisible(job.status in (JobStatus.FAILED, JobStatus.CANCELLED))
        self.remove_button.setVisible(job.status != JobStatus.RUNNING)


def job_label(job: JobInfo) -> str:
    """The file's name; for a job on the library's own copy (a recording, a re-transcription), whose file
    is named by its hash, the recording's title instead."""
    name = Path(job.source_path)
    if job.title and re.fullmatch(r"[0-9a-f]{64}", name.stem):
        return job.title
    return name.name


class JobsPanel(QWidget):
    """All jobs of this session, newest at the bottom, with a button to clear the finished ones.

    Signals:
        cancel_requested: a job ID whose Cancel button was pressed.
        retry_requested: a job ID whose Retry button was pressed.
        remove_requested: a job ID whose Remove button was pressed (the row stays until remove_job).
    """

    #: job ID
    cancel_requested = Signal(int)
    #: job ID
    retry_requested = Signal(int)
    #: job ID
    remove_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: dict[int, JobRow] = {}
        self.title = QLabel()
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
        self._update_title()

    def update_job(self, job: JobInfo) -> None:
        """Add the job's row, or show its new state."""
        row = self.rows.get(job.id)
        if row is None:
            row = JobRow(job)
            row.cancel_requested.connect(self.cancel_requested)
            row.retry_requested.connect(self.retry_requested)
            row.remove_requested.connect(self.remove_requested)
            self.rows[job.id] = row
            self._list.addWidget(row)
        else:
            row.update_job(job)
        self._update_title()

    def remove_job(self, job_id: int) -> None:
        """Drop the job's row (after the job itself was removed)."""
        row = self.rows.pop(job_id, None)
        if row is not None:
            self._list.removeWidget(row)
            row.deleteLater()
        self._update_title()

    def clear_finished(self) -> None:
        """Drop the rows of finished jobs (the jobs stay in the library)."""
        for job_id, row in list(self.rows.items()):
            if row.state in FINISHED_STATES:
                self.remove_job(job_id)

    def _update_title(self) -> None:
        states = [row.state for row in self.rows.values()]
        counts = []
        active = sum(state in ACTIVE_STATES for state in states)
        if active:
            counts.append(f"{active} running/queued")
        failed = sum(state == JobStatus.FAILED for state in states)
        if failed:
            counts.append(f"{failed} failed")
        self.title.setText("<b>Jobs</b>" + (f" — {', '.join(counts)}" if counts else ""))
