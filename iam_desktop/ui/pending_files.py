"""The sidebar's "Adding" section: files that were added but are not recordings yet (their job waits in
the queue or is reading the file), each with its name and what its job is doing — so an added file shows
in the library at once, even behind a long job. Once the job has made the recording, the recording's own
row in the list takes over (with the job's progress on its grey line) and the entry goes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from iam_desktop.library.records import JobInfo
from iam_desktop.ui.i18n import translate
from iam_desktop.ui.jobs_panel import ACTIVE_STATES, job_label, progress_text
from iam_desktop.ui.theme import Role, css

#: how many entries show before the list scrolls
VISIBLE_ENTRIES = 4


def entry_text(job: JobInfo) -> str:
    """One entry: "talk.mp3 — Waiting…", "talk.mp3 — Reading the file…"."""
    return translate("pending_files", "{name} — {progress}").format(
        name=job_label(job), progress=progress_text(job)
    )


class PendingFiles(QWidget):
    """The files being added, hidden while there are none.

    Attributes: title (the section's label), entries (the list; one item per job, its ID as user data).

    Signals:
        activated: a job's ID, when the user opens an entry (the window shows the jobs).
    """

    #: int: the job's ID
    activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pendingFiles")
        self.title = QLabel(translate("pending_files", "Adding"))
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 0.9)
        self.title.setFont(font)
        self.entries = QListWidget()
        self.entries.setAccessibleName(translate("pending_files", "Files being added"))
        self.entries.setFrameShape(QListWidget.Shape.NoFrame)
        self.entries.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.entries.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.entries.itemActivated.connect(
            lambda item: self.activated.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 2, 4, 2)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.entries)
        self._items: dict[int, QListWidgetItem] = {}
        self._recolour()
        self.setVisible(False)

    def show_job(self, job: JobInfo) -> None:
        """A job's new state: listed while it is active and has no recording yet, else taken out."""
        pending = job.status in ACTIVE_STATES and job.recording_id is None
        item = self._items.get(job.id)
        if not pending:
            if item is not None:
                self.entries.takeItem(self.entries.row(item))
                del self._items[job.id]
        else:
            if item is None:
                item = QListWidgetItem()
                item.setData(Qt.ItemDataRole.UserRole, job.id)
                self.entries.addItem(item)
                self._items[job.id] = item
            item.setText(entry_text(job))
            item.setToolTip(job.source_path)
        self._fit()

    def show_jobs(self, jobs: list[JobInfo]) -> None:
        """Several jobs at once (those left by the last run, at start)."""
        for job in jobs:
            self.show_job(job)

    def pending(self) -> list[str]:
        """The entries' texts, in order."""
        return [self.entries.item(n).text() for n in range(self.entries.count())]

    def _fit(self) -> None:
        count = self.entries.count()
        self.setVisible(count > 0)
        row = self.entries.sizeHintForRow(0) if count else 0
        self.entries.setFixedHeight(row * min(count, VISIBLE_ENTRIES) + 4)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._recolour()

    def _recolour(self) -> None:
        self.title.setStyleSheet(f"color: {css(Role.MUTED, self.palette())};")
