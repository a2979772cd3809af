"""A background worker that works the persistent job queue, one job at a time, off the caller's thread."""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import replace
from os import PathLike

from iam_desktop.engines.provider import EngineProvider
from iam_desktop.jobs.pipeline import run_transcription_job
from iam_desktop.library.library import Library
from iam_desktop.library.recording_store import NoSuchRecording
from iam_desktop.library.records import JobInfo
from iam_desktop.library.schema import utcnow

log = logging.getLogger(__name__)

#: listeners hear about a running job at most this often (status changes always get through)
NOTIFY_INTERVAL = 0.1
#: a running job's progress is written to the database at most this often (other processes read it)
PERSIST_INTERVAL = 1.0
#: how often the runner tells other processes it is alive
HEARTBEAT_INTERVAL = 5.0
#: how often an idle runner that adopts orphans looks for jobs left by dead processes
RESCAN_INTERVAL = 10.0

JobListener = Callable[[JobInfo], None]


def new_owner_id(role: str) -> str:
    """A name for this runner that is unique across processes and machines sharing a library."""
    return f"{role}:{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


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
        if not self._started:
            self._started = True
            self._worker.start()
            self._heart.start()

    def submit(self, paths: Iterable[str | PathLike], **options: object) -> list[int]:
        """Queue one transcription job per file (options: engine, model, language, task, prompt,
        allow_fallback; unset ones come from the runner's defaults); returns their job IDs."""
        return self._queue([(str(path), None) for path in paths], options)

    def retranscribe(self, recording_ids: Iterable[int], **options: object) -> list[int]:
        """Queue a new transcription of recordings already in the library, from the library's own audio
        copies (options as for submit). Each job is attached to its recording and, when done, its
        transcript becomes the recording's current one. Returns the job IDs; raises NoSuchRecording for
        an unknown ID (and then queues nothing)."""
        sources = []
        for recording_id in dict.fromkeys(int(i) for i in recording_ids):
            path = self._library.audio_file(recording_id)
            if path is None:
                raise NoSuchRecording(recording_id)
            sources.append((str(path), recording_id))
        return self._queue(sources, options)

    def _queue(self, sources: list[tuple[str, int | None]], options: dict[str, object]) -> list[int]:
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
        if not running:
            job = self._library.jobs.get(job_id)
            if job is not None and job.status in ("queued", "running"):
                self._library.jobs.update(job_id, status="cancelled", finished_at=utcnow(), eta_seconds=None)
                self._notify(job_id)

    def retry(self, job_id: int) -> bool:
        """Queue a failed or cancelled job again; it resumes from its stored chunks."""
        if not self._library.jobs.retry(job_id):
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

    def shutdown(self, timeout: float | None = 10.0) -> None:
        """Stop working: the running job is interrupted and, like every waiting job of this runner,
        released to the queue to resume on the next start."""
        self._closing.set()
        self._wake.set()
        if self._started:
            self._worker.join(timeout)
            self._heart.join(timeout)
        self._library.jobs.release(self.owner)

    # --- worker -----------------------------------------------------------------------------------

    def _is_cancelled(self, job_id: int) -> bool:
        with self._lock:
            return self._closing.is_set() or job_id in self._cancelled

    def _next_job(self) -> JobInfo | None:
        with self._lock:
            own = set(self._own)
        job = self._library.jobs.claim_next(self.owner, only=None if self._adopt else own)
        if job is not None:
            with self._lock:
                self._own.add(job.id)
                self._current = job.id
        return job

    def _work(self) -> None:
        while not self._closing.is_set():
            try:
                job = self._next_job()
            except Exception:
                log.exception("could not read the job queue")
                job = None
            if job is None:
                self._wake.wait(RESCAN_INTERVAL if self._adopt else None)
                self._wake.clear()
                continue
            try:
                self._run(job)
            except Exception:  # never let one job kill the worker
                log.exception("job %s crashed the runner", job.id)
            finally:
                with self._lock:
                    self._current = None

    def _run(self, job: JobInfo) -> None:
        if self._is_cancelled(job.id) and not self._closing.is_set():
            self._library.jobs.update(job.id, status="cancelled", finished_at=utcnow())
            self._notify(job.id)
            return
        self._notify(job.id)
        last_notify = last_persist = 0.0

        def progress(fraction: float, eta: float | None) -> None:
            nonlocal last_notify, last_persist
            now = time.monotonic()
            if now - last_persist >= PERSIST_INTERVAL:
                last_persist = now
                self._library.jobs.update(job.id, progress=fraction, eta_seconds=eta)
            if now - last_notify >= NOTIFY_INTERVAL:
                last_notify = now
                self._notify(job.id, progress=fraction, eta=eta)

        outcome = run_transcription_job(
            self._library,
            self._engines,
            job.id,
            progress=progress,
            cancelled=lambda: self._is_cancelled(job.id),
        )
        if outcome.status == "cancelled":
            if self._closing.is_set():
                self._library.jobs.release(self.owner)
            else:
                self._library.jobs.update(job.id, status="cancelled", finished_at=utcnow(), eta_seconds=None)
        self._notify(job.id)

    def _beat(self) -> None:
        while not self._closing.wait(HEARTBEAT_INTERVAL):
            try:
                self._library.jobs.heartbeat(self.owner)
            except Exception:
                log.exception("heartbeat failed")

    def _notify(self, job_id: int, *, progress: float | None = None, eta: float | None = None) -> None:
        info = self._library.jobs.get(job_id)
        if info is None:
            return
        if progress is not None:  # fresher than the database, which is written less often
            info = replace(info, progress=progress, eta_seconds=eta)
        for listener in list(self._listeners):
            try:
                listener(info)
            except Exception:
                log.exception("job listener failed")
