"""Hands job updates from the runner's worker thread to the GUI thread as a Qt signal."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from iam_desktop.jobs.runner import JobRunner
from iam_desktop.library.records import JobInfo


class JobBridge(QObject):
    """Listens to a JobRunner and re-emits every update on the thread this object lives in.

    Signals:
        job_changed: a job's new state (JobInfo), delivered on the GUI thread.
    """

    #: JobInfo of the job that changed
    job_changed = Signal(object)

    def __init__(self, runner: JobRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # emitting from the worker thread queues the call onto this object's (the GUI) thread
        runner.add_listener(self._from_worker)

    def _from_worker(self, job: JobInfo) -> None:
        self.job_changed.emit(job)
