"""The window's watcher: scans the watched folders every few seconds on a worker thread of its own and
reports back on the GUI thread; the window's job runner transcribes what it queues."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from iam_desktop.jobs.runner import JobRunner
from iam_desktop.library.library import Library
from iam_desktop.library.records import JobInfo
from iam_desktop.settings import Settings
from iam_desktop.ui.changes import Change, ChangeBus, Kind
from iam_desktop.ui.i18n import translate
from iam_desktop.ui.operations import Operation, Pool
from iam_desktop.watch.watcher import ScanReport, Watcher, job_options

log = logging.getLogger(__name__)

#: milliseconds between two scans while the window is open
SCAN_INTERVAL_MS = 3000


def transcribed_text(name: str, formats: Sequence[str], export_error: str | None) -> str:
    """The status bar's news of a file a watched folder's scan transcribed (and exported)."""
    if formats and export_error:
        text = translate("watch_bridge", "Watch folders: {name} transcribed and exported ({formats}); export failed: {error}.")  # noqa: E501
    elif formats:
        text = translate("watch_bridge", "Watch folders: {name} transcribed and exported ({formats}).")
    elif export_error:
        text = translate("watch_bridge", "Watch folders: {name} transcribed; export failed: {error}.")
    else:
        text = translate("watch_bridge", "Watch folders: {name} transcribed.")
    return text.format(name=name, formats=", ".join(formats), error=export_error)


class WatchBridge(QObject):
    """Runs `Watcher.scan()` every `interval_ms` (one scan at a time, on the watch pool: never on the GUI
    thread, never holding up the library's queue), and at once when the watched folders change on `bus`.
    A failed scan is logged and said by `notice` (it is tried again at the next tick).

    Signals:
        jobs_queued: list[JobInfo] of the jobs a scan queued (the runner is woken for them).
        scanned: the ScanReport of each scan.
        notice: a sentence for the status bar (a file transcribed and exported, a failure, a problem).
    """

    jobs_queued = Signal(object)
    scanned = Signal(object)
    notice = Signal(str)

    def __init__(
        self,
        library: Library,
        runner: JobRunner,
        settings: Settings,
        *,
        interval_ms: int = SCAN_INTERVAL_MS,
        settle_seconds: float | None = None,
        parent: QObject | None = None,
        bus: ChangeBus | None = None,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._runner = runner
        options = job_options(settings)
        self._watcher = (
            Watcher(library, options=options)
            if settle_seconds is None
            else Watcher(library, options=options, settle_seconds=settle_seconds)
        )
        self._scanning = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.scan_now)
        if bus is not None:
            bus.changed.connect(self._on_change)

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def update_settings(self, settings: Settings) -> None:
        """Files queued from now on use the new settings' language and model."""
        self._watcher.set_options(job_options(settings))

    def scan_now(self) -> None:
        """Start a scan unless one is running."""
        if self._scanning:
            return
        self._scanning = True
        watcher, jobs = self._watcher, self._library.jobs

        def scan() -> tuple[ScanReport, list[JobInfo]]:
            report = watcher.scan()
            queued = [jobs.get(info.job_id) for info in report.queued if info.job_id is not None]
            return report, [job for job in queued if job is not None]

        Operation(self, scan, pool=Pool.WATCH).success(self._scanned).failure(self._failed).run()

    def _on_change(self, change: Change) -> None:
        if change.touches(Kind.WATCH) and self.timer.isActive():
            self.scan_now()  # a folder just added is looked at now, not in a few seconds

    def _scanned(self, result: tuple[ScanReport, list[JobInfo]]) -> None:
        self._scanning = False
        report, queued = result
        if queued:
            self._runner.wake()
            self.jobs_queued.emit(queued)
            names = ", ".join(Path(job.source_path).name for job in queued)
            self.notice.emit(translate("watch_bridge", "Watch folders: queued {names}.").format(names=names))
        for info in report.transcribed:
            self.notice.emit(transcribed_text(Path(info.path).name, info.export_formats, info.export_error))
        for problem in report.problems:
            self.notice.emit(translate("watch_bridge", "Watch folders: {problem}.").format(problem=problem))
        self.scanned.emit(report)

    def _failed(self, error: Exception) -> None:
        self._scanning = False
        log.warning("scanning the watched folders failed: %s", error)
        self.notice.emit(translate("watch_bridge", "Watch folders: {problem}").format(problem=error))
