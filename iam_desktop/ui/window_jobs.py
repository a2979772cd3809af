"""The window's side of the jobs: the jobs list shows every job the runner reports (and those a previous run
left) and the files turned away when added, in a popover opened from a compact status-bar indicator; its
Cancel, Retry and Remove buttons reach the runner; a screen reader is told when a job finishes or fails,
and a long job that ends while the window is in the background is announced on the desktop."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow, QWidget

from iam_desktop.jobs.runner import JobRunner
from iam_desktop.library.library import Library
from iam_desktop.library.records import JobInfo
from iam_desktop.library.status import JobStatus
from iam_desktop.ui.accessibility import announce
from iam_desktop.ui.changes import Change, ChangeBus, Kind
from iam_desktop.ui.desktop_notify import DesktopNotifier, should_notify
from iam_desktop.ui.i18n import translate
from iam_desktop.ui.job_bridge import JobBridge
from iam_desktop.ui.jobs_indicator import JobsIndicator
from iam_desktop.ui.jobs_panel import JobsPanel, job_label
from iam_desktop.ui.operations import Operation


class WindowJobs(QObject):
    """Connects `panel` (a new one if None) to `runner`. `say(message, ms)` shows a message in the status
    bar; `pick(id)` makes a recording whose job is done the shown one when nothing is shown (`shown()` is
    None); `notifier`: how long jobs that end in the background are announced (default: the desktop's).

    Attributes: bridge (the JobBridge: the runner's updates on the GUI thread, published on `bus`), panel,
    indicator (the JobsIndicator, put in the status bar of a QMainWindow; its popover holds the panel).
    """

    def __init__(
        self,
        window: QWidget,
        library: Library,
        runner: JobRunner,
        panel: JobsPanel | None,
        bus: ChangeBus,
        *,
        say: Callable[[str, int], None],
        shown: Callable[[], int | None],
        pick: Callable[[int], None],
        notifier: DesktopNotifier | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self.panel = panel = panel or JobsPanel()
        self._runner, self._bus = runner, bus
        self._say, self._shown, self._pick = say, shown, pick
        self._notifier = notifier or DesktopNotifier()
        self._running_since: dict[int, float] = {}  # job ID: when this window first saw it run
        self.indicator = JobsIndicator(panel, window)
        if isinstance(window, QMainWindow):
            window.statusBar().addPermanentWidget(self.indicator)
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
            self.panel.update_job(job)

    def open_popover(self) -> None:
        """Show the jobs list (View → Jobs, or a click on the indicator)."""
        self.indicator.open_popover()

    def show_rejected(self, path: str, reason: str) -> None:
        """A file that was turned away when it was added: shown with its reason and only Remove."""
        self.panel.add_rejected(path, reason)

    def on_job_changed(self, job: JobInfo) -> None:
        """A job's row shows its state (the bridge tells the views what its end changed)."""
        self.panel.update_job(job)
        if job.status == JobStatus.RUNNING:
            self._running_since.setdefault(job.id, time.monotonic())
            return
        began = self._running_since.pop(job.id, None)
        if began is not None and should_notify(
            job.status, time.monotonic() - began, window_active=self._window.isActiveWindow()
        ):
            self._announce(job)
        if job.status == JobStatus.DONE:
            announce(
                self._window, translate("window_jobs", "Transcript ready: {name}").format(name=job_label(job))
            )
        elif job.status == JobStatus.FAILED:
            name = job_label(job)
            announce(
                self._window, translate("window_jobs", "Transcription failed: {name}").format(name=name), True
            )
        if job.status == JobStatus.FAILED:
            error = job.error or translate("window_jobs", "unknown error")
            name = Path(job.source_path).name
            self._say(translate("window_jobs", "{name}: {error}").format(name=name, error=error), 10000)
        elif job.status == JobStatus.DONE and self._shown() is None and job.recording_id is not None:
            self._pick(job.recording_id)  # nothing shown yet: show this one

    def _announce(self, job: JobInfo) -> None:
        if job.status == JobStatus.DONE:
            self._notifier.notify(
                translate("window_jobs", "Transcript ready"),
                translate("window_jobs", "{name} is transcribed.").format(name=job_label(job)),
            )
        else:
            error = job.error or translate("window_jobs", "unknown error")
            self._notifier.notify(
                translate("window_jobs", "Transcription failed"),
                translate("window_jobs", "{name}: {error}").format(name=job_label(job), error=error),
            )

    def retry_job(self, job_id: int) -> None:
        """Queue a failed or cancelled job again (its row shows the new run)."""

        def retried(ok: bool) -> None:
            if not ok:
                self._say(translate("window_jobs", "Only a failed or cancelled job can be retried."), 8000)

        retry = self._runner.retry
        Operation(self, lambda: retry(job_id)).success(retried).run()

    def remove_job(self, job_id: int) -> None:
        """Forget a job that is not running, and drop its row (its recording stays in the library)."""

        def removed(ok: bool) -> None:
            if ok:
                self.panel.remove_job(job_id)
            else:
                self._say(translate("window_jobs", "A running job cannot be removed: cancel it first."), 8000)

        remove = self._runner.remove
        Operation(self, lambda: remove(job_id)).changes(self._bus, Change.of(Kind.JOBS)).success(
            removed
        ).run()
