"""A background worker that works the persistent job queue, one job at a time, off the caller's thread."""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING

from iam_desktop.engines.provider import EngineProvider
from iam_desktop.errors import IamError, JobLost
from iam_desktop.jobs.owners import new_owner_id, owner_is_dead
from iam_desktop.jobs.progress_relay import ProgressRelay
from iam_desktop.library.job_store import STALE_AFTER
from iam_desktop.library.library import Library
from iam_desktop.library.recording_store import NoSuchRecording
from iam_desktop.library.records import JobInfo, JobStage
from iam_desktop.library.schema import utcnow
from iam_desktop.library.status import JobStatus
from iam_desktop.redaction import redact

if TYPE_CHECKING:  # NOTE: the pipeline (PyAV, the decoders) is imported by the worker, when a job runs
    from iam_desktop.jobs.pipeline import JobOutcome

log = logging.getLogger(__name__)

#: a running job's progress is written to the database at most this often (other processes read it)
PERSIST_INTERVAL = 1.0
#: how often the runner tells other processes it is alive (well within the lease on its jobs)
HEARTBEAT_INTERVAL = min(5.0, STALE_AFTER.total_seconds() / 6)
#: how often an idle runner that adopts orphans looks for jobs left by dead processes
RESCAN_INTERVAL = 10.0


def queue_patience() -> float:
    """Seconds a command waits for a job queue it cannot reach (a library another process keeps locked)
    before it gives up with the library's error (IAM_QUEUE_PATIENCE_SECONDS, else 60)."""
    try:
        return max(0.0, float(os.environ.get("IAM_QUEUE_PATIENCE_SECONDS", "60")))
    except ValueError:
        return 60.0

JobListener = Callable[[JobInfo], None]


def absolute_path(path: str | PathLike) -> str:
    """`path` made absolute and resolved (symbolic links followed as far as they lead)."""
    try:
        return str(Path(path).expanduser().resolve())
    except (OSError, RuntimeError):  # a symbolic link loop: absolute is enough (the job reports the loop)
        return os.path.abspath(os.fspath(path))


class JobRunner:
    """Runs jobs from the library's queue on one worker thread.

    A runner holds the jobs it queued (owner = its ID) and keeps them alive with a heartbeat. With
    `adopt_orphans` (the GUI) it also takes over queued jobs nobody holds and jobs whose holder died,
    so that work left by a closed or killed app resumes; without it (a CLI command) it runs only its own.
    Closing (`shutdown`) releases unfinished jobs back to the queue: they resume on the next start.

    Listeners are called on the worker thread (and on the caller's thread for `submit`) with the job's
    new state; a UI must hand that over to its own thread (see iam_desktop.ui.job_bridge). NOTE:
    listener code must be quick and must not touch widgets directly.
    """

    def __init__(
        self,
        library: Library,
        engines: EngineProvider,
        *,
        adopt_orphans: bool = False,
        role: str = "app",
        defaults: dict | None = None,
    ) -> None:
        self._library = library
        self._engines = engines
        self._adopt = adopt_orphans
        self._defaults = dict(defaults or {})
        self.owner = new_owner_id(role)
        self._own: set[int] = set()
        self._cancelled: set[int] = set()
        #: jobs another process took over from this runner (it was stopped past its lease)
        self._lost: set[int] = set()
        #: jobs whose failure could not be stored (a full disk): released, and not taken again by this
        #: runner unless the user retries them (the next start or `jobs resume` takes them up)
        self._parked: set[int] = set()
        #: the last state each job was seen in (told to listeners when the library cannot be read)
        self._last_seen: dict[int, JobInfo] = {}
        #: the last storage problem logged (the same one is not logged again and again)
        self._last_problem: str | None = None
        #: since when (monotonic) and why the worker cannot reach the job queue, or None
        self._queue_trouble: tuple[float, IamError] | None = None
        self._current: int | None = None
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._closing = threading.Event()
        self._listeners: list[JobListener] = []
        self._worker = threading.Thread(target=self._work, name="iam-jobs", daemon=True)
        self._heart = threading.Thread(target=self._beat, name="iam-jobs-heartbeat", daemon=True)
        self._started = False

    # --- public API -------------------------------------------------------------------------------

    def add_listener(self, listener: JobListener) -> None:
        self._listeners.append(listener)

    def start(self) -> None:
        with self._lock:  # shutdown, on another thread, sees the threads either not started or started
            if not self._started:
                self._started = True
                self._worker.start()
                self._heart.start()

    def submit(self, paths: Iterable[str | PathLike], **options: object) -> list[int]:
        """Queue one transcription job per file (options: engine, model, language, task, prompt,
        allow_fallback; unset ones come from the runner's defaults); returns their job IDs. Paths are
        stored absolute, so any process can resume the job from any working folder."""
        return self._queue([(absolute_path(path), None) for path in paths], options)

    def retranscribe(self, recording_ids: Iterable[int], **options: object) -> list[int]:
        """Queue a new transcription of recordings already in the library, from the library's own audio
        copies (options as for submit). Each job is attached to its recording and, when done, its
        transcript becomes the recording's current one. Returns the job IDs; raises NoSuchRecording for
        an unknown ID (and then queues nothing)."""
        return self._queue(self._library_sources(recording_ids), options)

    def label_speakers(self, recording_ids: Iterable[int], count: int = 0) -> list[int]:
        """Queue the labelling of the speakers of recordings already transcribed (`count`: the number of
        speakers, 0 to find it), without transcribing them again. Returns the job IDs; raises
        NoSuchRecording for an unknown ID (and then queues nothing)."""
        options: dict[str, object] = {"kind": "speakers", "speakers": max(0, int(count))}
        return self._queue(self._library_sources(recording_ids), options)

    def _library_sources(self, recording_ids: Iterable[int]) -> list[tuple[str, int | None]]:
        """(the library's audio copy, recording ID) per distinct ID; NoSuchRecording for an unknown one."""
        sources: list[tuple[str, int | None]] = []
        for recording_id in dict.fromkeys(int(i) for i in recording_ids):
            path = self._library.audio_file(recording_id)
            if path is None:
                raise NoSuchRecording(recording_id)
            sources.append((str(path), recording_id))
        return sources

    def _queue(self, sources: Sequence[tuple[str, int | None]], options: dict[str, object]) -> list[int]:
        """Create a job held by this runner per (source path, recording ID or None) and wake the worker."""
        values = {"engine": "local", **self._defaults, **{k: v for k, v in options.items() if v is not None}}
        job_ids = []
        for path, recording_id in sources:
            job_id = self._library.jobs.create(path, owner=self.owner, recording_id=recording_id, **values)
            with self._lock:
                self._own.add(job_id)
            job_ids.append(job_id)
            self._notify(job_id)
        self.start()
        self._wake.set()
        return job_ids

    def cancel(self, job_id: int) -> None:
        """Stop a job: a running one at its next check, a waiting one at once."""
        with self._lock:
            self._cancelled.add(job_id)
            running = job_id == self._current
            if job_id in self._lost:  # another process's job now
                return
        if not running:
            try:
                job = self._library.jobs.get(job_id)
                if job is not None and job.status.pending:
                    self._library.jobs.update(
                        job_id, status=JobStatus.CANCELLED, finished_at=utcnow(), eta_seconds=None
                    )
            except IamError as exc:
                self._storage_problem(f"job {job_id} could not be cancelled", exc)
                return
            self._notify(job_id)

    def cancel_own(self) -> None:
        """Cancel every job this runner queued (a command interrupted, even while it was still queueing:
        the jobs it had created by then are known here, not yet to the caller)."""
        with self._lock:
            own = sorted(self._own)
        for job_id in own:
            self.cancel(job_id)

    def retry(self, job_id: int) -> bool:
        """Queue a failed or cancelled job again; it resumes from its stored chunks."""
        with self._lock:
            parked = job_id in self._parked
            self._parked.discard(job_id)
        if not self._library.jobs.retry(job_id) and not parked:
            return False
        with self._lock:
            self._cancelled.discard(job_id)
            self._own.add(job_id)
        self._library.jobs.update(job_id, owner=self.owner, heartbeat_at=utcnow())
        self._notify(job_id)
        self.start()
        self._wake.set()
        return True

    def remove(self, job_id: int) -> bool:
        """Forget a finished or waiting job (not a running one)."""
        with self._lock:
            if job_id == self._current:
                return False
            self._own.discard(job_id)
        return self._library.jobs.remove(job_id)

    def wake(self) -> None:
        """Look at the queue now (jobs may have been added or abandoned by other processes)."""
        self._wake.set()

    def is_idle(self) -> bool:
        with self._lock:
            return self._current is None

    def has_work(self) -> bool:
        """Whether the queue holds a job this runner could take now (busy or not)."""
        with self._lock:
            own, parked = set(self._own), set(self._parked)
        if self._adopt:
            self._library.jobs.release_holders(owner_is_dead)
            return self._library.jobs.has_claimable(self.owner, exclude=parked)
        return self._library.jobs.has_claimable(self.owner, exclude=parked, only=own)

    def check_queue(self, patience: float) -> None:
        """Raise the library error that has kept the worker from its job queue for `patience` seconds or
        more (e.g. another process stopped inside a write keeps the library locked), so that a command
        waiting for its jobs says so instead of waiting for ever."""
        with self._lock:
            trouble = self._queue_trouble
        if trouble is not None and time.monotonic() - trouble[0] >= patience:
            raise trouble[1]

    def shutdown(self, timeout: float | None = 10.0) -> None:
        """Stop working: the running job is interrupted and, like every waiting job of this runner,
        released to the queue to resume on the next start. Never raises: if the library cannot be
        written (a full disk), the jobs stay marked as this runner's and are taken over once its
        heartbeat is stale."""
        self._closing.set()
        self._wake.set()
        with self._lock:
            started = self._started
        if started:
            self._worker.join(timeout)
            self._heart.join(timeout)
        try:
            self._library.jobs.release(self.owner)
        except IamError as exc:
            log.info("jobs could not be released (another runner takes them over later): %s", exc)

    def handed_over(self, job_id: int) -> bool:
        """Whether another process took this job over from this runner."""
        with self._lock:
            return job_id in self._lost

    # --- worker -----------------------------------------------------------------------------------

    def _is_cancelled(self, job_id: int) -> bool:
        with self._lock:
            return self._closing.is_set() or job_id in self._cancelled or job_id in self._lost

    def _next_job(self) -> JobInfo | None:
        with self._lock:
            own = set(self._own)
        if self._adopt:  # a holder whose process is gone (killed) need not be waited for
            self._library.jobs.release_holders(owner_is_dead)
        with self._lock:
            parked = set(self._parked)
        job = self._library.jobs.claim_next(self.owner, only=None if self._adopt else own, exclude=parked)
        if job is not None:
            with self._lock:
                self._own.add(job.id)
                self._current = job.id
        return job

    def _work(self) -> None:
        while not self._closing.is_set():
            try:
                job = self._next_job()
            except IamError as exc:
                self._storage_problem("could not read the job queue", exc)
                with self._lock:
                    since = self._queue_trouble[0] if self._queue_trouble else time.monotonic()
                    self._queue_trouble = (since, exc)
                job = None
            except Exception:
                log.exception("could not read the job queue")
                job = None
            else:
                with self._lock:
                    self._queue_trouble = None
            if job is None:
                self._wake.wait(RESCAN_INTERVAL if self._adopt else None)
                self._wake.clear()
                continue
            try:
                self._run(job)
            except Exception as exc:  # never let one job kill the worker, nor leave a listener waiting
                from iam_desktop.jobs.pipeline import JobOutcome

                log.exception("job %s crashed the runner", job.id)
                self._release_job(job.id)
                error = redact(f"internal error: {exc!r}")
                self._notify(job.id, ended=JobOutcome(JobStatus.FAILED, job.recording_id, error=error))
            finally:
                with self._lock:
                    self._current = None

    def _run(self, job: JobInfo) -> None:
        from iam_desktop.jobs.pipeline import JobOutcome, run_transcription_job
        from iam_desktop.jobs.speaker_job import run_speaker_job

        if self._is_cancelled(job.id) and not self._closing.is_set():
            self._library.jobs.update(job.id, status=JobStatus.CANCELLED, finished_at=utcnow())
            self._notify(job.id)
            return
        self._notify(job.id)
        last_persist = 0.0
        relay = ProgressRelay(
            lambda note: self._notify(job.id, progress=note.fraction, eta=note.eta, stage=note.stage)
        )

        def progress(fraction: float, eta: float | None) -> None:
            nonlocal last_persist
            relay.progress(fraction, eta)
            now = time.monotonic()
            if now - last_persist >= PERSIST_INTERVAL:
                last_persist = now
                try:
                    self._library.jobs.update(job.id, held_by=self.owner, progress=fraction, eta_seconds=eta)
                except JobLost:
                    with self._lock:
                        self._lost.add(job.id)  # the run stops at its next check
                except IamError as exc:  # progress is a courtesy; the chunk's save reports the fault
                    self._storage_problem("progress could not be saved", exc)

        relay.start()
        try:
            if job.kind == "speakers":
                outcome = run_speaker_job(
                    self._library, job.id, progress=progress, cancelled=lambda: self._is_cancelled(job.id),
                    stage=relay.stage,
                )  # fmt: skip
            else:
                outcome = run_transcription_job(
                    self._library,
                    self._engines,
                    job.id,
                    progress=progress,
                    cancelled=lambda: self._is_cancelled(job.id),
                    stage=relay.stage,
                )
        finally:
            relay.stop()
        if outcome.status == JobStatus.CANCELLED and self.handed_over(job.id):
            outcome = JobOutcome(JobStatus.LOST, outcome.recording_id)
        if outcome.status == JobStatus.LOST:
            with self._lock:
                self._lost.add(job.id)
                self._own.discard(job.id)
            log.info("job %s was taken over by another process; this one gave it up", job.id)
        elif outcome.status == JobStatus.CANCELLED:
            self._end_cancelled(job.id)
        elif not outcome.stored:
            with self._lock:
                self._parked.add(job.id)
            self._release_job(job.id)
            self._notify(job.id, ended=outcome)
            return
        self._notify(job.id)

    def _end_cancelled(self, job_id: int) -> None:
        """Record a cancelled run: cancelled when the user asked, released to the queue when only the runner
        closing stopped it."""
        with self._lock:
            asked = job_id in self._cancelled
        try:
            if self._closing.is_set() and not asked:
                self._library.jobs.release(self.owner)
            else:
                self._library.jobs.update(
                    job_id, held_by=self.owner, status=JobStatus.CANCELLED, finished_at=utcnow(),
                    eta_seconds=None,
                )  # fmt: skip
        except JobLost:
            with self._lock:
                self._lost.add(job_id)
        except IamError as exc:
            self._storage_problem("the cancel could not be saved", exc)

    def _release_job(self, job_id: int) -> None:
        """Give one job back to the queue (best effort: with a full disk it is taken over once stale)."""
        try:
            self._library.jobs.release_job(job_id, self.owner)
        except IamError as exc:
            self._storage_problem(f"job {job_id} could not be released", exc)
        with self._lock:
            self._own.discard(job_id)

    def _storage_problem(self, what: str, exc: Exception) -> None:
        """Log a library fault once per distinct message, without a traceback: it is the user's disk or
        a busy database, not a defect, and it tends to repeat every few seconds."""
        message = f"{what}: {exc}"
        if message != self._last_problem:  # the job's outcome tells the user; this is for the log
            self._last_problem = message
            log.info("%s", message)

    def _beat(self) -> None:
        while not self._closing.wait(HEARTBEAT_INTERVAL):
            try:
                self._library.jobs.heartbeat(self.owner)
            except IamError as exc:
                self._storage_problem("heartbeat failed", exc)
            except Exception:
                log.exception("heartbeat failed")

    def _notify(
        self,
        job_id: int,
        *,
        progress: float | None = None,
        eta: float | None = None,
        stage: JobStage | None = None,
        ended: JobOutcome | None = None,
    ) -> None:
        """Tell listeners the job's state: as stored, or as last seen when the library cannot be read;
        `progress`, `eta` and `stage`: fresher news of the running job; `ended`: an outcome that could not
        be stored (told as it is, the job being released)."""
        try:
            info = self._library.jobs.get(job_id)
        except IamError as exc:
            self._storage_problem("the job's state could not be read", exc)
            info = self._last_seen.get(job_id)
        if info is None:
            return
        self._last_seen[job_id] = info
        if progress is not None:  # fresher than the database, which is written less often
            info = replace(info, progress=progress, eta_seconds=eta)
        if stage is not None and info.status == JobStatus.RUNNING:
            info = replace(info, stage=stage)
        if ended is not None:
            info = replace(info, status=ended.status, error=ended.error, note=ended.note, eta_seconds=None)
        with self._lock:
            if job_id == self._current and info.owner not in (None, self.owner):  # taken over meanwhile
                self._lost.add(job_id)
        if self.handed_over(job_id):
            info = replace(info, handed_over=True)
        for listener in list(self._listeners):
            try:
                listener(info)
            except Exception:
                log.exception("job listener failed")
