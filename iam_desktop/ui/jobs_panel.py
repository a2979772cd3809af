"""The jobs list (shown in the jobs popover): one compact row per job with its file, what it is doing in words
("Loading model…", "Transcribing 3:20 of 21:05 · 1:20 left"), a progress bar that is busy until there is a
real estimate, its state or error, and the buttons that can act; files turned away when they were added
show with their reason and only Remove. The title counts the jobs still to do and the failed ones."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, Signal
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

from iam_desktop.library.records import STAGE_WORDS, JobInfo, JobStage
from iam_desktop.library.status import JobStatus
from iam_desktop.ui.i18n import format_clock, translate
from iam_desktop.ui.library_model import engine_name
from iam_desktop.ui.theme import Role, css

#: a job state -> its word (English; shown translated with `status_word`)
STATUS_WORDS = {
    JobStatus.QUEUED: QT_TRANSLATE_NOOP("jobs_panel", "Waiting…"),
    JobStatus.RUNNING: QT_TRANSLATE_NOOP("jobs_panel", "Starting…"),
    JobStatus.DONE: QT_TRANSLATE_NOOP("jobs_panel", "Done"),
    JobStatus.CANCELLED: QT_TRANSLATE_NOOP("jobs_panel", "Cancelled"),
}
#: the core's stage words (iam_desktop.library.records.STAGE_WORDS), listed for translation
_STAGE_TEXTS = (
    QT_TRANSLATE_NOOP("jobs_panel", "Reading the file…"),
    QT_TRANSLATE_NOOP("jobs_panel", "Loading model…"),
    QT_TRANSLATE_NOOP("jobs_panel", "Detecting language…"),
    QT_TRANSLATE_NOOP("jobs_panel", "Transcribing…"),
    QT_TRANSLATE_NOOP("jobs_panel", "Identifying speakers…"),
    QT_TRANSLATE_NOOP("jobs_panel", "Saving…"),
)
ACTIVE_STATES = (JobStatus.QUEUED, JobStatus.RUNNING)
FINISHED_STATES = (JobStatus.DONE, JobStatus.FAILED, JobStatus.CANCELLED)


def status_word(status: JobStatus) -> str:
    """A job state in the window's language ("Waiting…"; a state without a word as it is)."""
    word = STATUS_WORDS.get(status)
    return translate("jobs_panel", str(word)) if word else str(status)


def stage_text(stage: JobStage | None) -> str:
    """What a running job is doing, in the window's language: "Loading model…", "Transcribing 3:20 of
    21:05" ("Starting…" before the first stage; a stage the window does not know in the core's words)."""
    if stage is None:
        return status_word(JobStatus.RUNNING)
    if stage.step == "transcribe" and stage.done is not None and stage.total:
        return translate("jobs_panel", "Transcribing {done} of {total}").format(
            done=format_clock(min(stage.done, stage.total)), total=format_clock(stage.total)
        )
    words = STAGE_WORDS.get(stage.step)
    return translate("jobs_panel", words) if words is not None and words in _STAGE_TEXTS else stage.text


def progress_text(job: JobInfo) -> str:
    """What a job is doing in words: "Waiting…", "Loading model…", "Transcribing 3:20 of 21:05 · 1:20 left",
    "Done — note", "Failed: error"."""
    if job.status == JobStatus.FAILED:
        error = job.error or translate("jobs_panel", "unknown error")
        return translate("jobs_panel", "Failed: {error}").format(error=error)
    if job.status == JobStatus.DONE and (job.note or job.error):
        return translate("jobs_panel", "Done — {note}").format(note=job.note or job.error)
    if job.status != JobStatus.RUNNING:
        return status_word(job.status)
    text = stage_text(job.stage)
    if job.eta_seconds is not None and job.stage is not None and job.stage.step == "transcribe":
        if job.eta_seconds < 5:
            text += translate("jobs_panel", " · almost done")
        else:
            text += translate("jobs_panel", " · {time} left").format(time=format_clock(job.eta_seconds))
    return text


def has_estimate(job: JobInfo) -> bool:
    """Whether the job's progress is known well enough for a filling bar (else the bar shows it busy)."""
    return job.status == JobStatus.RUNNING and (
        job.eta_seconds is not None or (job.stage is not None and job.stage.step == "save")
    )


def engine_text(job: JobInfo) -> str:
    """The engine and model in plain words: "Offline · tiny.en", "OpenAI · whisper-1"."""
    model = job.model or translate("jobs_panel", "automatic model")
    return f"{engine_name(job.engine)} · {model}"


def job_label(job: JobInfo) -> str:
    """The file's name; for a job on the library's own copy (a recording, a re-transcription), whose file
    is named by its hash, the recording's title instead."""
    name = Path(job.source_path)
    if job.title and re.fullmatch(r"[0-9a-f]{64}", name.stem):
        return job.title
    return name.name


def _button(text: str) -> QPushButton:
    button = QPushButton(text)
    policy = button.sizePolicy()
    policy.setRetainSizeWhenHidden(True)  # the rows' columns stay aligned whatever the state
    button.setSizePolicy(policy)
    return button


class _RowBase(QFrame):
    """A row's name line (name and buttons) and its status line, coloured by theme role."""

    def __init__(self, name: str, tooltip: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("jobRow")
        self.name = QLabel(name)
        self.name.setToolTip(tooltip)
        self.setAccessibleName(name)
        self.name.setMinimumWidth(120)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.engine = QLabel()
        self._role: Role | None = None
        self._top = QHBoxLayout()
        self._top.addWidget(self.name, 1)
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(6, 4, 6, 4)
        self._column.setSpacing(2)
        self._column.addLayout(self._top)

    def _tint(self, role: Role | None) -> None:
        """Colour the status line (None: the palette's text), and the engine line muted."""
        self._role = role
        self.status.setStyleSheet("" if role is None else f"color: {css(role, self.palette())};")
        self.engine.setStyleSheet(f"color: {css(Role.MUTED, self.palette())};")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:  # light/dark switched: the variant that reads
            self._tint(self._role)
        super().changeEvent(event)


class JobRow(_RowBase):
    """One job: file name and the buttons that fit its state (Cancel while waiting or running, Retry when
    failed or cancelled, Remove unless running), a busy or filling progress bar while running, what it
    is doing or how it ended, and the engine and model.

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
        super().__init__(job_label(job), job.source_path, parent)
        self.job_id = job.id
        self.job = job
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(8)
        self.bar.setAccessibleName(translate("jobs_panel", "Progress"))
        self.cancel_button = _button(translate("jobs_panel", "Cancel"))
        self.cancel_button.clicked.connect(lambda: self.cancel_requested.emit(self.job_id))
        self.retry_button = _button(translate("jobs_panel", "Retry"))
        self.retry_button.clicked.connect(lambda: self.retry_requested.emit(self.job_id))
        self.remove_button = _button(translate("jobs_panel", "Remove"))
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self.job_id))
        for button in (self.cancel_button, self.retry_button, self.remove_button):
            button.setAccessibleDescription(job_label(job))  # which job the button acts on
            self._top.addWidget(button)
        self._column.addWidget(self.bar)
        self._column.addWidget(self.status)
        self._column.addWidget(self.engine)
        self.update_job(job)

    def update_job(self, job: JobInfo) -> None:
        """Show the job's new state."""
        self.job = job
        self.state = job.status
        if job_label(job) != self.name.text():
            self.name.setText(job_label(job))
            self.setAccessibleName(job_label(job))
            for button in (self.cancel_button, self.retry_button, self.remove_button):
                button.setAccessibleDescription(job_label(job))
        self.engine.setText(engine_text(job))
        if has_estimate(job):
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(round(job.progress * 1000)))
        else:
            self.bar.setRange(0, 0)  # busy: no honest estimate yet
        self.status.setText(progress_text(job))
        self.setAccessibleDescription(f"{self.status.text()}, {self.engine.text()}")
        if job.status == JobStatus.FAILED:
            self._tint(Role.ERROR)
        elif job.status == JobStatus.DONE and (job.note or job.error):
            self._tint(Role.WARNING)
        else:
            self._tint(None)
        self.bar.setVisible(job.status == JobStatus.RUNNING)
        self.cancel_button.setVisible(job.status in ACTIVE_STATES)
        self.retry_button.setVisible(job.status in (JobStatus.FAILED, JobStatus.CANCELLED))
        self.remove_button.setVisible(job.status != JobStatus.RUNNING)


class RejectedRow(_RowBase):
    """A file turned away when it was added: its name, "Not added: reason" and only Remove.

    Signals:
        remove_requested: the row's key (see JobsPanel.add_rejected), when the user presses Remove.
    """

    #: the row's key
    remove_requested = Signal(int)

    def __init__(self, key: int, path: str, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(Path(path).name or path, path, parent)
        self.key = key
        self.state = JobStatus.FAILED
        self.status.setText(translate("jobs_panel", "Not added: {reason}").format(reason=reason))
        self.setAccessibleDescription(self.status.text())
        self.remove_button = _button(translate("jobs_panel", "Remove"))
        self.remove_button.setAccessibleDescription(Path(path).name or path)
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self.key))
        self._top.addWidget(self.remove_button)
        self._column.addWidget(self.status)
        self._tint(Role.ERROR)


@dataclass(frozen=True)
class JobsSummary:
    """What the jobs indicator says: jobs still to do, failed ones (and files turned away), and the
    running job (None when none runs)."""

    active: int
    failed: int
    running: JobInfo | None


class JobsPanel(QWidget):
    """All jobs of this session, newest at the bottom, with a button to clear the finished ones, and the
    files turned away when they were added.

    Signals:
        cancel_requested: a job ID whose Cancel button was pressed.
        retry_requested: a job ID whose Retry button was pressed.
        remove_requested: a job ID whose Remove button was pressed (the row stays until remove_job).
        changed: a row was added, changed or dropped (see summary()).
    """

    #: job ID
    cancel_requested = Signal(int)
    #: job ID
    retry_requested = Signal(int)
    #: job ID
    remove_requested = Signal(int)
    #: (nothing)
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: dict[int, JobRow] = {}
        self.rejected: dict[int, RejectedRow] = {}
        self._next_key = 1
        self.title = QLabel()
        self.clear_button = QPushButton(translate("jobs_panel", "Clear finished"))
        self.clear_button.clicked.connect(self.clear_finished)
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.clear_button)
        self._list = QVBoxLayout()
        self._list.setAlignment(Qt.AlignmentFlag.AlignTop)
        inner = QWidget()
        inner.setLayout(self._list)
        self.list_area = QScrollArea()
        self.list_area.setWidgetResizable(True)
        self.list_area.setWidget(inner)
        self.list_area.setAcceptDrops(False)
        self.list_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.list_area)
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

    def add_rejected(self, path: str, reason: str) -> int:
        """Show a file that was turned away when it was added, with its reason; returns the row's key."""
        key, self._next_key = self._next_key, self._next_key + 1
        row = RejectedRow(key, path, reason)
        row.remove_requested.connect(self.remove_rejected)
        self.rejected[key] = row
        self._list.addWidget(row)
        self._update_title()
        return key

    def remove_rejected(self, key: int) -> None:
        """Drop the row of a file that was turned away."""
        self._drop(self.rejected.pop(key, None))

    def remove_job(self, job_id: int) -> None:
        """Drop the job's row (after the job itself was removed)."""
        self._drop(self.rows.pop(job_id, None))

    def clear_finished(self) -> None:
        """Drop the rows of finished jobs (the jobs stay in the library) and of files turned away."""
        for job_id, row in list(self.rows.items()):
            if row.state in FINISHED_STATES:
                self.remove_job(job_id)
        for key in list(self.rejected):
            self.remove_rejected(key)

    def summary(self) -> JobsSummary:
        """The counts and the running job, for the jobs indicator."""
        states = [row.state for row in self.rows.values()]
        running = next((row.job for row in self.rows.values() if row.state == JobStatus.RUNNING), None)
        return JobsSummary(
            active=sum(state in ACTIVE_STATES for state in states),
            failed=sum(state == JobStatus.FAILED for state in states) + len(self.rejected),
            running=running,
        )

    def _drop(self, row: QWidget | None) -> None:
        if row is not None:
            self._list.removeWidget(row)
            row.deleteLater()
        self._update_title()

    def _update_title(self) -> None:
        summary = self.summary()
        counts = []
        if summary.active:
            active = summary.active
            counts.append(translate("jobs_panel", "%n to do", "", active))
        if summary.failed:
            failed = summary.failed
            counts.append(translate("jobs_panel", "%n failed", "", failed))
        jobs = html.escape(translate("jobs_panel", "Jobs"))
        self.title.setText(f"<b>{jobs}</b>" + (f" — {', '.join(counts)}" if counts else ""))
        self.changed.emit()
