"""Watched folders and the files found in them, in the library database (see iam_desktop.watch)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from iam_desktop.library.records import aware
from iam_desktop.library.schema import Job, Recording, WatchedFile, WatchFolder, utcnow
from iam_desktop.library.statements import rows_changed
from iam_desktop.library.status import RETRYABLE_JOB_STATES, JobStatus, WatchedFileStatus

#: what became of a file handed to `WatchStore.record_file`
FileOutcome = Literal["queued", "duplicate", "known"]


@dataclass(frozen=True)
class WatchFolderInfo:
    """A watched folder (an absolute path) and what is exported for each file transcribed from it:
    `export_formats` (empty: nothing) into `export_dir` (None: next to the file)."""

    path: str
    export_formats: tuple[str, ...] = ()
    export_dir: str | None = None

    def to_json(self) -> dict[str, Any]:
        """As `watch list --json` prints it."""
        return {"path": self.path, "formats": list(self.export_formats), "export_to": self.export_dir}


@dataclass(frozen=True)
class WatchedFileInfo:
    """A file found in a watched folder (see iam_desktop.library.schema.WatchedFile)."""

    id: int
    folder: str
    path: str
    size: int
    mtime_ns: int
    sha256: str
    status: WatchedFileStatus
    job_id: int | None
    recording_id: int | None
    export_formats: tuple[str, ...]
    export_dir: str | None
    exported_at: datetime | None
    export_error: str | None


def _info(row: WatchedFile) -> WatchedFileInfo:
    return WatchedFileInfo(
        id=row.id, folder=row.folder, path=row.path, size=row.size, mtime_ns=row.mtime_ns,
        sha256=row.sha256, status=WatchedFileStatus(row.status), job_id=row.job_id,
        recording_id=row.recording_id,
        export_formats=tuple(row.export_formats or ()), export_dir=row.export_dir,
        exported_at=aware(row.exported_at) if row.exported_at else None, export_error=row.export_error,
    )  # fmt: skip


def _folder_info(row: WatchFolder) -> WatchFolderInfo:
    return WatchFolderInfo(row.path, tuple(row.export_formats or ()), row.export_dir)


class WatchStore:
    """The watch-folder configuration and the record of every file seen. Safe across threads and
    processes: every change is one short transaction, and queueing a file's content is guarded by a
    unique index, so two watchers never queue the same content."""

    def __init__(self, session: Callable[[], AbstractContextManager[Session]]) -> None:
        self._session = session

    # --- folders ----------------------------------------------------------------------------------

    def folders(self) -> list[WatchFolderInfo]:
        with self._session() as session:
            rows = session.scalars(select(WatchFolder).order_by(WatchFolder.path))
            return [_folder_info(row) for row in rows]

    def add_folder(self, folder: WatchFolderInfo) -> None:
        """Watch a folder, or change the export options of one already watched."""
        with self._session() as session:
            row = session.scalars(select(WatchFolder).where(WatchFolder.path == folder.path)).first()
            if row is None:
                session.add(
                    WatchFolder(
                        path=folder.path, export_formats=list(folder.export_formats),
                        export_dir=folder.export_dir, created_at=utcnow(),
                    )  # fmt: skip
                )
            else:
                row.export_formats = list(folder.export_formats)
                row.export_dir = folder.export_dir

    def remove_folder(self, path: str) -> bool:
        """Stop watching a folder (the files it gave stay in the library); False if it was not watched."""
        with self._session() as session:
            return rows_changed(session, delete(WatchFolder).where(WatchFolder.path == path)) == 1

    def set_folders(self, folders: Iterable[WatchFolderInfo]) -> None:
        """Make `folders` the watched folders (the Settings dialog hands back the whole list)."""
        wanted = {folder.path: folder for folder in folders}
        with self._session() as session:
            session.execute(delete(WatchFolder).where(WatchFolder.path.not_in(list(wanted))))
        for folder in wanted.values():
            self.add_folder(folder)

    # --- files ------------------------------------------------------------------------------------

    def signatures(self) -> set[tuple[str, int, int]]:
        """(path, size, mtime_ns) of every file already handled: such a file needs no second look."""
        with self._session() as session:
            query = select(WatchedFile.path, WatchedFile.size, WatchedFile.mtime_ns)
            return {(path, size, mtime) for path, size, mtime in session.execute(query)}

    def files(self, statuses: tuple[str, ...] | None = None) -> list[WatchedFileInfo]:
        with self._session() as session:
            query = select(WatchedFile).order_by(WatchedFile.id)
            if statuses:
                query = query.where(WatchedFile.status.in_(statuses))
            return [_info(row) for row in session.scalars(query)]

    def record_file(
        self,
        folder: WatchFolderInfo,
        path: str,
        size: int,
        mtime_ns: int,
        sha256: str,
        job_options: dict[str, Any],
    ) -> tuple[WatchedFileInfo, FileOutcome]:
        """Take note of a complete file: if its content (`sha256`) is new, queue a transcription job for
        it (job columns from `job_options`: engine, model, language, task…; held by nobody, so any
        runner that adopts work runs it) and return "queued"; if the content was seen before (under any
        name) or is already in the library, return "duplicate"; if this very path already holds it,
        note its new size and time and return "known". All in one transaction."""
        try:
            return self._record(folder, path, size, mtime_ns, sha256, job_options)
        except IntegrityError:  # another watcher queued the same content at this moment
            return self._record(folder, path, size, mtime_ns, sha256, job_options)

    def _record(
        self,
        folder: WatchFolderInfo,
        path: str,
        size: int,
        mtime_ns: int,
        sha256: str,
        job_options: dict[str, Any],
    ) -> tuple[WatchedFileInfo, FileOutcome]:
        with self._session() as session:
            rows = list(session.scalars(select(WatchedFile).where(WatchedFile.sha256 == sha256)))
            same_path = next((row for row in rows if row.path == path), None)
            if same_path is not None:
                same_path.size, same_path.mtime_ns = size, mtime_ns
                return _info(same_path), "known"
            original = next((row for row in rows if row.status != WatchedFileStatus.DUPLICATE), None)
            in_library = None
            if original is None:
                in_library = session.scalar(select(Recording.id).where(Recording.sha256 == sha256).limit(1))
            now = utcnow()
            values = dict(
                folder=folder.path, path=path, size=size, mtime_ns=mtime_ns, sha256=sha256,
                export_formats=list(folder.export_formats), export_dir=folder.export_dir, created_at=now,
            )  # fmt: skip
            if original is not None or in_library is not None:
                row = WatchedFile(
                    status=WatchedFileStatus.DUPLICATE,
                    job_id=original.job_id if original is not None else None,
                    recording_id=original.recording_id if original is not None else in_library,
                    **values,
                )
                session.add(row)
                session.flush()
                return _info(row), "duplicate"
            options = {"engine": "local", "task": "transcribe", **job_options}
            job = Job(
                kind="transcribe", source_path=path, status=JobStatus.QUEUED, progress=0.0, created_at=now,
                allow_fallback=True, **options,
            )  # fmt: skip
            session.add(job)
            session.flush()
            row = WatchedFile(status=WatchedFileStatus.QUEUED, job_id=job.id, recording_id=None, **values)
            session.add(row)
            session.flush()
            return _info(row), "queued"

    def finished_jobs(self) -> list[tuple[WatchedFileInfo, int]]:
        """Queued files whose job is done, with the recording it made: ready to be exported."""
        with self._session() as session:
            rows = session.execute(
                select(WatchedFile, Job.recording_id)
                .join(Job, Job.id == WatchedFile.job_id)
                .where(
                    WatchedFile.status == WatchedFileStatus.QUEUED,
                    Job.status == JobStatus.DONE,
                    Job.recording_id.is_not(None),
                )
                .order_by(WatchedFile.id)
            ).all()
            return [(_info(row), recording_id) for row, recording_id in rows if recording_id is not None]

    def unfinished_jobs(self) -> list[tuple[WatchedFileInfo, JobStatus, str | None]]:
        """Queued files whose job failed or was cancelled (it may be retried), with its status and error."""
        with self._session() as session:
            rows = session.execute(
                select(WatchedFile, Job.status, Job.error)
                .join(Job, Job.id == WatchedFile.job_id)
                .where(WatchedFile.status == WatchedFileStatus.QUEUED, Job.status.in_(RETRYABLE_JOB_STATES))
                .order_by(WatchedFile.id)
            ).all()
            return [(_info(row), JobStatus(status), error) for row, status, error in rows]

    def mark_done(self, file_id: int, recording_id: int, export_error: str | None) -> bool:
        """Record that a file was transcribed and its exports written (or why not). Compare-and-set:
        True only for the one watcher that got there first."""
        with self._session() as session:
            marked = rows_changed(
                session,
                update(WatchedFile)
                .where(WatchedFile.id == file_id, WatchedFile.status == WatchedFileStatus.QUEUED)
                .values(
                    status=WatchedFileStatus.DONE, recording_id=recording_id, export_error=export_error,
                    exported_at=None if export_error else utcnow(),
                ),
            )  # fmt: skip
            return marked == 1
