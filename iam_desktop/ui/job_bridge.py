"""Hands job updates from the runner's worker thread to the GUI thread as a Qt signal, and tells the
window's views when a job changed the library."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from iam_desktop.jobs.runner import JobRunner
from iam_desktop.library.records import JobInfo
from iam_desktop.ui.changes import Change, ChangeBus, Kind


class JobBridge(QObject):
    """Listens to a JobRunner and re-emits every update on the thread this object lives in.

    With a `bus`, a job that moves to another state, or gets its recording (imported), publishes a
    Change of Kind.JOBS and Kind.RECORDINGS for its recording (the list shows the recording and its state);
    a finished job adds Kind.TRANSCRIPT (its transcript is new). Progress updates publish nothing.

    Signals:
        job_changed: a job's new state (JobInfo), delivered on the GUI thread.
    """

    #: JobInfo of the job that changed
    job_changed = Signal(object)

    def __init__(
        self, runner: JobRunner, parent: QObject | None = None, *, bus: ChangeBus | None = None
    ) -> None:
        super().__init__(parent)
        self._bus = bus
        self._seen: dict[int, tuple[str, int | None]] = {}  # job ID: (state, recording ID) last published
        self.job_changed.connect(self._publish)  # queued to this object's thread, like every receiver
        # emitting from the worker thread queues the call onto this object's (the GUI) thread
        runner.add_listener(self._from_worker)

    def _from_worker(self, job: JobInfo) -> None:
        self.job_changed.emit(job)

    def _publish(self, job: JobInfo) -> None:
        """On the GUI thread (the receiving end of job_changed)."""
        state = (str(job.status), job.recording_id)
        if self._bus is None or self._seen.get(job.id) == state:
            return
        if job.finished:
            self._seen.pop(job.id, None)
        else:
            self._seen[job.id] = state
        if job.recording_id is None:
            self._bus.publish(Change.of(Kind.JOBS, source=self))
            return
        kinds = (
            (Kind.JOBS, Kind.RECORDINGS, Kind.TRANSCRIPT) if job.finished else (Kind.JOBS, Kind.RECORDINGS)
        )
        self._bus.publish(Change.of(*kinds, ids=[job.recording_id], source=self))
