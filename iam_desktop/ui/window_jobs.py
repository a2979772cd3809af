"""The window's side of the jobs: the jobs area shows every job the runner reports (and those a previous run
left), and its Cancel, Retry and Remove buttons reach the runner."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from iam_desktop.jobs.runner import JobRunner
from iam_desktop.library.library import Library
from iam_desktop.library.records import JobInfo
from iam_desktop.library.status import JobStatus
from iam_desktop.ui.changes import Change, ChangeBus, Kind
from iam_desktop.ui.job_bridge import JobBridge
from iam_desktop.ui.jobs_panel import JobsPanel
from iam_desktop.ui.operations import Operation


class WindowJobs(QObject):
    """Connects `panel` to `runner`. `say(message, ms)` shows a message in the status bar; `pick(id)` makes
    a recording whose job is done the shown one when nothing is shown (`shown()` is None).

    Attributes: bridge (the JobBridge: the runner's updates on the GUI thread, published on `bus`).
    """

    def __init__(
        self,
        window: QWidget,
        library: Library,
        runner: JobRunner,
        panel: JobsPanel,
        bus: ChangeBus,
        *,
        say: Callable[[str, int], None],
        shown: Callable[[], int | None],
        pick: Callable[[int], None],
    ) -> None:
        super().__init__(window)
        self._runner, self._panel, self._bus = runner, panel, bus
        self._say, self._shown, self._pick = say, shown, pick
        self.bridge = JobBridge(runner, window, bus=bus)
        self.bridge.job_changed.connect(self.on_job_changed)
        panel.cancel_requested.connect(runner.cancel)
        panel.retry_requested.connect(self.retry_job)
        panel.remove_requested.connect(self.remove_job)
        jobs = library.jobs
        Operation(self, lambda: jobs.list_jobs(statuses=(JobStatus.QUEUED, JobStatus.RUNNING))).success(
            self.show_jobs  # left by the last run: resumed
        ).run()

    def show_jobs(self, jobs: list[JobInfo]) -> None:
        for job in jobs:
            self._panel.update_job(job)

    def on_job_changed(self, job: JobInfo) -> None:
        """A job's row shows its state (the bridge tells the views what its end changed)."""
        self._panel.update_job(job)
        if job.status == JobStatus.FAILED:
            self._say(f"{Path(job.source_path).name}: {job.error}", 10000)
        elif job.status == JobStatus.DONE and self._shown() is None and job.recording_id is not None:
            self._pick(job.recording_id)  # nothing shown yet: show this one

    def retry_job(self, job_id: int) -> None:
        """Queue a failed or cancelled job again (its row shows the new run)."""

        def retried(ok: bool) -> None:
            if not ok:
                self._say("Only a failed or cancelled job can be retried.", 8000)

        retry = self._runner.retry
        Operation(self, lambda: retry(job_id)).success(retried).run()

    def remove_job(self, job_id: int) -> None:
        """Forget a job that is not running, and drop its row (its recording stays in the library)."""

        def removed(ok: bool) -> None:
            if ok:
                self._panel.remove_job(job_id)
            else:
                self._say("A running job cannot be removed: cancel it first.", 8000)

        remove = self._runner.remove
        Operation(self, lambda: remove(job_id)).changes(self._bus, Change.of(Kind.JOBS)).success(
            removed
        ).run()
