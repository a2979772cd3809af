"""The persistent job queue in the library database: create, claim, heartbeat, checkpoint, finish.

A worker's writes are compare-and-set on the job's owner (`held_by`): a worker that was stopped past its
lease, and whose job another process has taken over since, gets JobLost instead of writing over the new
owner's work. Each such write also renews the worker's lease on the job.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any, Final

from sqlalchemy import ColumnElement, delete, or_, select, update
from sqlalchemy.orm import Session

from iam_desktop.errors import JobLost
from iam_desktop.library.records import ChunkRecord, JobInfo, record_from_row
from iam_desktop.library.schema import Job, JobChunk, Recording, utcnow
from iam_desktop.library.statements import rows_changed
from iam_desktop.library.status import PENDING_JOB_STATES, RETRYABLE_JOB_STATES, JobStatus

#: the environment variable that shortens or lengthens the lease (seconds; tests stop processes past it)
LEASE_ENV = "IAM_JOB_LEASE_SECONDS"


def _lease_seconds(default: float = 30.0) -> float:
    try:
        value = float(os.environ.get(LEASE_ENV, default))
    except ValueError:
        return default
    return value if 1.0 <= value <= 86400.0 else default


#: a job whose owner has not beaten for this long is taken to be abandoned (its process died or stopped)
STALE_AFTER = timedelta(seconds=_lease_seconds())
#: states a job can be picked up from
PENDING = PENDING_JOB_STATES


class AnyOwner:
    """The type of ANY_OWNER."""

    def __repr__(self) -> str:
        return "ANY_OWNER"


#: `held_by` for a write that does not depend on who holds the job (a user's action, not a worker's)
ANY_OWNER: Final = AnyOwner()
#: who must hold a job for a write to go through: an owner ID, None (nobody), or ANY_OWNER
HeldBy = str | None | AnyOwner


def held(job_id: int, held_by: HeldBy) -> ColumnElement[bool]:
    """The WHERE clause of a write to job `job_id` that only goes through while `held_by` holds it."""
    if isinstance(held_by, AnyOwner):
        return Job.id == job_id
    if held_by is None:
        return (Job.id == job_id) & Job.owner.is_(None)
    return (Job.id == job_id) & (Job.owner == held_by)


def lease(held_by: HeldBy) -> dict[str, Any]:
    """The values a worker's write adds: a renewed lease when it holds the job."""
    return {"heartbeat_at": utcnow()} if isinstance(held_by, str) else {}


def write_held(session: Session, job_id: int, held_by: HeldBy, **values: Any) -> None:
    """In `session`, set `values` on job `job_id` (and renew the lease) if `held_by` holds it; raises
    JobLost / KeyError otherwise, so that the caller's whole transaction is rolled back."""
    values = {**lease(held_by), **values} or {"id": Job.id}
    if rows_changed(session, update(Job).where(held(job_id, held_by)).values(**values)) == 0:
        raise lost(session, job_id, held_by)


def lost(session: Session, job_id: int, held_by: HeldBy) -> Exception:
    """The error for a write to `job_id` that matched no row: JobLost if the job is there (held by someone
    else now), KeyError if there is no such job."""
    if session.get(Job, job_id) is None or isinstance(held_by, AnyOwner):
        return KeyError(job_id)
    return JobLost(f"job {job_id} was taken over by another process")


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
        speakers: int | None = None,
    ) -> int:
        """Queue a job; with `owner` it is held for that runner from the start. `vocabulary`: the job's
        own terms (the library's glossary is added when it runs). `speakers`: label speakers after
        transcribing (None: no; 0: as many as are found; N: N speakers); kind "speakers" only labels the
        recording's current transcript."""
        now = utcnow()
        with self._session() as session:
            row = Job(
                kind=kind, source_path=source_path, status=JobStatus.QUEUED, progress=0.0, engine=engine,
                model=model, language=language, task=task, prompt=prompt, allow_fallback=allow_fallback,
                owner=owner, heartbeat_at=now if owner else None, recording_id=recording_id, created_at=now,
                vocabulary=list(vocabulary) if vocabulary else None, speakers=speakers,
            )  # fmt: skip
            session.add(row)
            session.flush()
            return row.id

    def get(self, job_id: int) -> JobInfo | None:
        with self._session() as session:
            row = session.get(Job, job_id)
            return None if row is None else _job_info(session, row)

    def list_jobs(self, statuses: tuple[str, ...] | None = None) -> list[JobInfo]:
        """Every job (or those in `statuses`), oldest first."""
        with self._session() as session:
            query = select(Job).order_by(Job.id)
            if statuses:
                query = query.where(Job.status.in_(statuses))
            return [_job_info(session, row) for row in session.scalars(query)]

    def update(self, job_id: int, *, held_by: HeldBy = ANY_OWNER, **values: Any) -> None:
        """Change a job's columns (status, progress, error, note, recording_id, eta_seconds…). A worker
        passes `held_by` (its owner ID): JobLost if the job is no longer its own. KeyError: no such job."""
        for name in values:
            if not hasattr(Job, name):
                raise AttributeError(name)
        with self._session() as session:
            write_held(session, job_id, held_by, **values)

    # --- ownership --------------------------------------------------------------------------------

    def _claimable(self, owner: str, now: datetime) -> Any:
        return Job.status.in_(PENDING) & or_(
            Job.owner.is_(None), Job.owner == owner, Job.heartbeat_at < now - STALE_AFTER
        )

    def claim(self, job_id: int, owner: str) -> bool:
        """Take a pending job for `owner` if nobody else holds it (or its holder died); marks it running."""
        now = utcnow()
        with self._session() as session:
            claimed = rows_changed(
                session,
                update(Job)
                .where(Job.id == job_id, self._claimable(owner, now))
                .values(owner=owner, heartbeat_at=now, status=JobStatus.RUNNING, started_at=now, error=None),
            )
            return claimed == 1

    def claim_next(
        self, owner: str, *, only: set[int] | None = None, exclude: set[int] | None = None
    ) -> JobInfo | None:
        """Claim the oldest pending job this owner may work on (`only`: restrict to these IDs; `exclude`:
        never these)."""
        now = utcnow()
        with self._session() as session:
            query = select(Job.id).where(self._claimable(owner, now)).order_by(Job.id)
            candidates = list(session.scalars(query))
        for job_id in candidates:
            if exclude and job_id in exclude:
                continue
            if (only is None or job_id in only) and self.claim(job_id, owner):
                return self.get(job_id)
        return None

    def has_claimable(
        self, owner: str, *, exclude: set[int] | None = None, only: set[int] | None = None
    ) -> bool:
        """Whether some pending job could be claimed by `owner` now (claims nothing); `exclude` / `only`
        as for claim_next."""
        with self._session() as session:
            query = select(Job.id).where(self._claimable(owner, utcnow()))
            if exclude:
                query = query.where(Job.id.not_in(exclude))
            if only is not None:
                query = query.where(Job.id.in_(only))
            return session.scalars(query.limit(1)).first() is not None

    def heartbeat(self, owner: str) -> int:
        """Tell other runners that `owner` is alive and still holds its pending jobs."""
        with self._session() as session:
            return rows_changed(
                session,
                update(Job).where(Job.owner == owner, Job.status.in_(PENDING)).values(heartbeat_at=utcnow()),
            )

    def release(self, owner: str) -> int:
        """Give up every pending job of `owner` (closing the app): they wait, queued, for the next runner."""
        with self._session() as session:
            return rows_changed(
                session,
                update(Job)
                .where(Job.owner == owner, Job.status.in_(PENDING))
                .values(owner=None, heartbeat_at=None, status=JobStatus.QUEUED, eta_seconds=None),
            )

    def release_job(self, job_id: int, owner: str) -> bool:
        """Give up one pending job of `owner` (its outcome could not be stored): queued for the next one."""
        with self._session() as session:
            released = rows_changed(
                session,
                update(Job)
                .where(held(job_id, owner), Job.status.in_(PENDING))
                .values(owner=None, heartbeat_at=None, status=JobStatus.QUEUED, eta_seconds=None),
            )
            return released == 1

    def release_holders(self, is_dead: Callable[[str], bool]) -> int:
        """Release the pending jobs of every holder `is_dead` says has ended (a killed process), without
        waiting for its heartbeat to go stale; returns how many jobs were released."""
        with self._session() as session:
            query = select(Job.owner).where(Job.status.in_(PENDING), Job.owner.is_not(None)).distinct()
            owners = [owner for owner in session.scalars(query) if owner is not None]
        return sum(self.release(owner) for owner in owners if is_dead(owner))

    def holders(self) -> list[tuple[int, str, datetime | None]]:
        """(job ID, owner, last heartbeat) of every pending job someone holds."""
        with self._session() as session:
            query = select(Job.id, Job.owner, Job.heartbeat_at).where(
                Job.status.in_(PENDING), Job.owner.is_not(None)
            ).order_by(Job.id)
            rows = session.execute(query)
            return [(job_id, owner, heartbeat) for job_id, owner, heartbeat in rows if owner is not None]

    # --- user actions -----------------------------------------------------------------------------

    def retry(self, job_id: int) -> bool:
        """Queue a failed or cancelled job again (stored chunks are kept and reused)."""
        with self._session() as session:
            queued = rows_changed(
                session,
                update(Job)
                .where(Job.id == job_id, Job.status.in_(RETRYABLE_JOB_STATES))
                .values(
                    status=JobStatus.QUEUED, error=None, note=None, owner=None, heartbeat_at=None,
                    finished_at=None, eta_seconds=None,
                ),
            )  # fmt: skip
            return queued == 1

    def remove(self, job_id: int) -> bool:
        """Forget a job that is not running (its recording, if any, stays in the library)."""
        with self._session() as session:
            statement = delete(Job).where(Job.id == job_id, Job.status != JobStatus.RUNNING)
            return rows_changed(session, statement) == 1

    # --- chunks -----------------------------------------------------------------------------------

    def save_chunk(
        self,
        job_id: int,
        chunk: ChunkRecord,
        *,
        progress: float,
        eta_seconds: float | None,
        held_by: HeldBy = ANY_OWNER,
    ) -> None:
        """Store a finished chunk and the job's progress together (one transaction); JobLost (and nothing
        stored) if `held_by` no longer holds the job."""
        with self._session() as session:
            write_held(session, job_id, held_by, progress=progress, eta_seconds=eta_seconds)
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

    def chunks(self, job_id: int) -> list[ChunkRecord]:
        with self._session() as session:
            rows = session.scalars(
                select(JobChunk).where(JobChunk.job_id == job_id).order_by(JobChunk.position)
            )
            return [record_from_row(ChunkRecord, row) for row in rows]

    def drop_chunks(self, job_id: int, *, held_by: HeldBy = ANY_OWNER) -> None:
        with self._session() as session:
            write_held(session, job_id, held_by)
            session.execute(delete(JobChunk).where(JobChunk.job_id == job_id))


def _job_info(session: Session, row: Job) -> JobInfo:
    """The job as a record, with the title of its recording once it has one."""
    info = record_from_row(JobInfo, row)
    if row.recording_id is None:
        return info
    recording = session.get(Recording, row.recording_id)
    return replace(info, title=recording.title) if recording is not None else info
