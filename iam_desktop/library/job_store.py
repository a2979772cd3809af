"""The persistent job queue in the library database: create, claim, heartbeat, checkpoint, finish."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm import Session

from iam_desktop.library.records import ChunkRecord, JobInfo, record_from_row
from iam_desktop.library.schema import Job, JobChunk, Recording, utcnow

#: a job whose owner has not beaten for this long is taken to be abandoned (its process died)
STALE_AFTER = timedelta(seconds=30)
#: states a job can be picked up from
PENDING = ("queued", "running")


class JobStore:
    """Jobs and their stored chunks. Thread- and process-safe: every change is one short transaction,
    and claims are compare-and-set updates, so two runners (the GUI and a CLI command) never work on the
    same job."""

    def __init__(self, session: Callable[[], AbstractContextManager[Session]]) -> None:
        self._session = session

    def create(
        self,
        source_path: str,
        *,
        engine: str,
        model: str | None = None,
        language: str | None = None,
        task: str = "transcribe",
        prompt: str | None = None,
        allow_fallback: bool = True,
        owner: str | None = None,
        recording_id: int | None = None,
        kind: str = "transcribe",
        vocabulary: list[str] | None = None,
    ) -> int:
        """Queue a job; with `owner` it is held for that runner from the start. `vocabulary`: the job's
        own terms (the library's glossary is added when it runs)."""
        now = utcnow()
        with self._session() as session:
            row = Job(
                kind=kind, source_path=source_path, status="queued", progress=0.0, engine=engine, model=model,
                language=language, task=task, prompt=prompt, allow_fallback=allow_fallback, owner=owner,
                heartbeat_at=now if owner else None, recording_id=recording_id, created_at=now,
                vocabulary=list(vocabulary) if vocabulary else None,
            )  # fmt: skip
            session.add(row)
            session.flush()
            return row.id

    def get(self, job_id: int) -> JobInfo | None:
        with self._session() as session:
            row = session.get(Job, job_id)
            return None if row is None else _job_info(session, row)

    def list(self, statuses: tuple[str, ...] | None = None) -> list[JobInfo]:
        with self._session() as session:
            query = select(Job).order_by(Job.id)
            if statuses:
                query = query.where(Job.status.in_(statuses))
            return [_job_info(session, row) for row in session.scalars(query)]

    def update(self, job_id: int, **values: Any) -> None:
        """Change a job's columns (status, progress, error, note, recording_id, eta_seconds…)."""
        for name in values:
            if not hasattr(Job, name):
                raise AttributeError(name)
        with self._session() as session:
            if session.execute(update(Job).where(Job.id == job_id).values(**values)).rowcount == 0:
                raise KeyError(job_id)

    # --- ownership --------------------------------------------------------------------------------

    def _claimable(self, owner: str, now: datetime) -> Any:
        return Job.status.in_(PENDING) & or_(
            Job.owner.is_(None), Job.owner == owner, Job.heartbeat_at < now - STALE_AFTER
        )

    def claim(self, job_id: int, owner: str) -> bool:
        """Take a pending job for `owner` if nobody else holds it (or its holder died); marks it running."""
        now = utcnow()
        with self._session() as session:
            result = session.execute(
                update(Job)
                .where(Job.id == job_id, self._claimable(owner, now))
                .values(owner=owner, heartbeat_at=now, status="running", started_at=now, error=None)
            )
            return result.rowcount == 1

    def claim_next(self, owner: str, *, only: set[int] | None = None) -> JobInfo | None:
        """Claim the oldest pending job this owner may work on (`only`: restrict to these IDs)."""
        now = utcnow()
        with self._session() as session:
            query = select(Job.id).where(self._claimable(owner, now)).order_by(Job.id)
            candidates = list(session.scalars(query))
        for job_id in candidates:
            if (only is None or job_id in only) and self.claim(job_id, owner):
                return self.get(job_id)
        return None

    def has_claimable(self, owner: str) -> bool:
        """Whether some pending job could be claimed by `owner` now (claims nothing)."""
        with self._session() as session:
            query = select(Job.id).where(self._claimable(owner, utcnow())).limit(1)
            return session.scalars(query).first() is not None

    def heartbeat(self, owner: str) -> int:
        """Tell other runners that `owner` is alive and still holds its pending jobs."""
        with self._session() as session:
            return session.execute(
                update(Job).where(Job.owner == owner, Job.status.in_(PENDING)).values(heartbeat_at=utcnow())
            ).rowcount

    def release(self, owner: str) -> int:
        """Give up every pending job of `owner` (closing the app): they wait, queued, for the next runner."""
        with self._session() as session:
            return session.execute(
                update(Job)
                .where(Job.owner == owner, Job.status.in_(PENDING))
                .values(owner=None, heartbeat_at=None, status="queued", eta_seconds=None)
            ).rowcount

    # --- user actions -----------------------------------------------------------------------------

    def retry(self, job_id: int) -> bool:
        """Queue a failed or cancelled job again (stored chunks are kept and reused)."""
        with self._session() as session:
            return (
                session.execute(
                    update(Job)
                    .where(Job.id == job_id, Job.status.in_(("failed", "cancelled")))
                    .values(
                        status="queued",
                        error=None,
                        note=None,
                        owner=None,
                        heartbeat_at=None,
                        finished_at=None,
                        eta_seconds=None,
                    )
                ).rowcount  # fmt: skip
                == 1
            )

    def remove(self, job_id: int) -> bool:
        """Forget a job that is not running (its recording, if any, stays in the library)."""
        with self._session() as session:
            return session.execute(delete(Job).where(Job.id == job_id, Job.status != "running")).rowcount == 1

    # --- chunks -----------------------------------------------------------------------------------

    def save_chunk(
        self, job_id: int, chunk: ChunkRecord, *, progress: float, eta_seconds: float | None
    ) -> None:
        """Store a finished chunk and the job's progress together (one transaction)."""
        with self._session() as session:
            session.execute(
                delete(JobChunk).where(JobChunk.job_id == job_id, JobChunk.position == chunk.position)
            )
            session.add(
                JobChunk(
                    job_id=job_id,
                    position=chunk.position,
                    start=chunk.start,
                    end=chunk.end,
                    engine=chunk.engine,
                    model=chunk.model,
                    language=chunk.language,
                    segments=chunk.segments,
                )  # fmt: skip
            )
            session.execute(
                update(Job).where(Job.id == job_id).values(progress=progress, eta_seconds=eta_seconds)
            )

    def chunks(self, job_id: int) -> list[ChunkRecord]:
        with self._session() as session:
            rows = session.scalars(
                select(JobChunk).where(JobChunk.job_id == job_id).order_by(JobChunk.position)
            )
            return [record_from_row(ChunkRecord, row) for row in rows]

    def drop_chunks(self, job_id: int) -> None:
        with self._session() as session:
            session.execute(delete(JobChunk).where(JobChunk.job_id == job_id))


def _job_info(session: Session, row: Job) -> JobInfo:
    """The job as a record, with the title of its recording once it has one."""
    info = record_from_row(JobInfo, row)
    if row.recording_id is None:
        return info
    recording = session.get(Recording, row.recording_id)
    return replace(info, title=recording.title) if recording is not None else info
