"""The watcher: each scan queues the complete new files of the watched folders (never the same content
twice) and writes the exports of the ones whose transcription has finished.

The work itself is done by whichever job runner adopts queued jobs (the window's, or the one of
`iam-desktop watch run`); everything the watcher needs to go on is in the library, so a watcher that
was stopped or killed carries on where it left off: jobs wait in the queue, and the exports of jobs that
finished meanwhile are written by the next scan.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from iam_desktop.errors import IamError
from iam_desktop.export.writer import export_filename, write_export
from iam_desktop.library.library import Library
from iam_desktop.library.status import WatchedFileStatus
from iam_desktop.library.watch_store import WatchedFileInfo
from iam_desktop.settings import Settings
from iam_desktop.watch.scanner import SETTLE_SECONDS, FoundFile, Scanner, sha256_of

log = logging.getLogger(__name__)


@dataclass
class ScanReport:
    """What one scan did: files queued for transcription, files left alone as duplicates, files whose
    transcription finished (their exports written, or `export_error` says why not), jobs that failed or
    were cancelled (once per watcher), the export files written, and problems (a missing folder…)."""

    queued: list[WatchedFileInfo] = field(default_factory=list)
    duplicates: list[WatchedFileInfo] = field(default_factory=list)
    transcribed: list[WatchedFileInfo] = field(default_factory=list)
    failed: list[tuple[WatchedFileInfo, str]] = field(default_factory=list)
    exported: list[Path] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def job_options(settings: Settings) -> dict[str, Any]:
    """The job options of watched files: always the offline engine (a watcher never sends audio to the
    cloud unasked), with the language and local model of the settings."""
    return {"engine": "local", "model": settings.local_model, "language": settings.language}


def export_targets(info: WatchedFileInfo) -> list[tuple[str, Path]]:
    """(format, path) of each export of a watched file: `<stem>.<fmt>` next to it, or in the export
    folder under the same sub-folder the file has in the watched folder."""
    source = Path(info.path)
    folder = source.parent
    if info.export_dir is not None:
        try:
            relative = source.parent.relative_to(info.folder)
        except ValueError:
            relative = Path()
        folder = Path(info.export_dir) / relative
    return [(fmt, folder / export_filename(source.stem, fmt)) for fmt in info.export_formats]


class Watcher:
    """Scans the library's watched folders (call `scan()` every few seconds, off the GUI thread).

    `settle_seconds`: how long a file's size and time must stay the same before it is taken. `options`:
    the columns of the jobs it queues (see job_options). Not thread-safe: one scan at a time.
    """

    def __init__(
        self,
        library: Library,
        *,
        options: dict[str, Any] | None = None,
        settle_seconds: float = SETTLE_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._library = library
        self._options = dict(options or {"engine": "local"})
        self._scanner = Scanner(settle_seconds, clock)
        self._told_failed: set[int] = set()

    def set_options(self, options: dict[str, Any]) -> None:
        """The job columns of files queued from now on."""
        self._options = dict(options)

    def scan(self) -> ScanReport:
        """Queue every complete new file, write the exports of finished ones; returns what it did."""
        report = ScanReport()
        watch = self._library.watch
        folders = watch.folders()
        if folders:
            skip = self._library.paths.root.resolve()  # the library's own audio copies
            known = watch.signatures()
            for item in self._scanner.stable_files(folders, known, skip=skip, problems=report.problems):
                self._take(item, report)
        self._complete(report)
        return report

    def _take(self, item: FoundFile, report: ScanReport) -> None:
        path, size, mtime_ns = item.path, item.size, item.mtime_ns
        try:
            digest = sha256_of(path)
            stat = path.stat()
        except OSError as exc:
            self._scanner.forget(path)
            report.problems.append(f"cannot read {path}: {exc.strerror or exc}")
            return
        if (stat.st_size, stat.st_mtime_ns) != (size, mtime_ns):  # still being written after all
            self._scanner.forget(path)
            return
        watch = self._library.watch
        info, outcome = watch.record_file(item.folder, str(path), size, mtime_ns, digest, self._options)
        if outcome == "queued":
            report.queued.append(info)
        elif outcome == "duplicate":
            report.duplicates.append(info)

    def _complete(self, report: ScanReport) -> None:
        watch = self._library.watch
        for info, recording_id in watch.finished_jobs():
            written, error = self._export(info, recording_id)
            if watch.mark_done(info.id, recording_id, error):  # another watcher may have been first
                done = WatchedFileStatus.DONE
                report.transcribed.append(
                    replace(info, status=done, recording_id=recording_id, export_error=error)
                )
                report.exported.extend(written)
        for info, status, error in watch.unfinished_jobs():
            if info.id not in self._told_failed:
                self._told_failed.add(info.id)
                report.failed.append((info, error or status))

    def _export(self, info: WatchedFileInfo, recording_id: int) -> tuple[list[Path], str | None]:
        """Write the file's exports atomically; (paths written, what went wrong or None)."""
        targets = export_targets(info)
        if not targets:
            return [], None
        transcript = self._library.get_transcript(recording_id)
        if transcript is None:
            return [], "the recording has no transcript"
        written, errors = [], []
        for fmt, target in targets:
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
                written.append(write_export(transcript, fmt, target))
            except (IamError, OSError) as exc:
                message = str(exc) if isinstance(exc, IamError) else f"cannot write {target}: {exc.strerror}"
                log.warning("export of watched file %s failed: %s", info.path, message)
                errors.append(message)
        return written, "; ".join(errors) or None


__all__ = ["SETTLE_SECONDS", "ScanReport", "Watcher", "export_targets", "job_options"]
