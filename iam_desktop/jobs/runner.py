"""A background worker that runs transcription jobs one after another, off the caller's thread."""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable, Iterable
from os import PathLike

from iam_desktop.engines.base import TranscriptionEngine
from iam_desktop.jobs.pipeline import run_transcription_job
from iam_desktop.library.library import Library
from iam_desktop.library.records import JobInfo

log = logging.getLogger(__name__)

#: listeners hear about a job at most this often while it makes progress (finals always get through)
PROGRESS_INTERVAL = 0.1

JobListener = Callable[[JobInfo], None]


class JobRunner:
    """Runs queued jobs on one worker thread (one model, one job at a time).

    Listeners are called on the worker thread with the job's new state; a UI must hand that over to its
    own thread (see iam_desktop.ui.job_bridge). NOTE: listener code must be quick and must not touch
    widgets directly.
    """

    def __init__(self, library: Library, engine: TranscriptionEngine) -> None:
        self._library = library
        self._engine = engine
        self._queue: queue.Queue[int | None] = queue.Queue()
        self._cancelled: set[int] = set()
        self._lock = threading.Lock()
        self._listeners: list[JobListener] = []
        self._thread = threading.Thread(target=self._work, name="iam-jobs", daemon=True)
        self._started = False
        self._closing = False

    def add_listener(self, listener: JobListener) -> None:
        self._listeners.append(listener)

    def start(self) -> None:
        if not self._started:
            self._started = True
            self._thread.start()

    def submit(self, paths: Iterable[str | PathLike], *, language: str | None = None) -> list[int]:
        """Queue one transcription job per file; returns their job IDs."""
        job_ids = []
        for path in paths:
            job_id = self._library.create_job(
                str(path), engine=self._engine.name, model=self._engine.model_name, language=language
            )
            job_ids.append(job_id)
            self._notify(job_id)
            self._queue.put(job_id)
        self.start()
        return job_ids

    def cancel(self, job_id: int) -> None:
        """Ask a queued or running job to stop; it ends as cancelled at its next check."""
        with self._lock:
            self._cancelled.add(job_id)

    def shutdown(self, timeout: float | None = 10.0) -> None:
        """Cancel everything and stop the worker (waits up to `timeout` seconds for the current job)."""
        with self._lock:
            while True:
                try:
                    job_id = self._queue.get_nowait()
                except queue.Empty:
                    break
                if job_id is not None:
                    self._cancelled.add(job_id)
                    self._library.update_job(job_id, status="cancelled")
            self._closing = True
        self._queue.put(None)
        if self._started:
            self._thread.join(timeout)

    def _is_cancelled(self, job_id: int) -> bool:
        with self._lock:
            return self._closing or job_id in self._cancelled

    def _work(self) -> None:
        while True:
            job_id = self._queue.get()
            if job_id is None:
                return
            if self._is_cancelled(job_id):
                self._library.update_job(job_id, status="cancelled")
                self._notify(job_id)
                continue
            last = 0.0

            def progress(fraction: float, job_id: int = job_id) -> None:
                nonlocal last
                now = time.monotonic()
                if now - last >= PROGRESS_INTERVAL:
                    last = now
                    self._library.update_job(job_id, progress=fraction)
                    self._notify(job_id)

            self._notify(job_id)
            try:
                run_transcription_job(
                    self._library,
                    self._engine,
                    job_id,
                    progress=progress,
                    cancelled=lambda job_id=job_id: self._is_cancelled(job_id),
                )
            except Exception:  # never let one job kill the worker
                log.exception("job %s crashed the runner", job_id)
            self._notify(job_id)

    def _notify(self, job_id: int) -> None:
        info = self._library.get_job(job_id)
        if info is None:
            return
        for listener in list(self._listeners):
            try:
                listener(info)
            except Exception:
                log.exception("job listener failed")
