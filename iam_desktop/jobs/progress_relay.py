"""Passing a running job's progress on to listeners: often enough to look steady, seldom enough to be cheap,
and never losing the last word of a burst."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from iam_desktop.library.records import JobStage

#: listeners hear about a running job at most this often (a new stage always gets through at once)
NOTIFY_INTERVAL = 0.1
#: a job that reports nothing new is still told this often, its time left counted down meanwhile
TICK_SECONDS = 2.0


@dataclass(frozen=True)
class ProgressNote:
    """What is told about a running job: fraction done, seconds left (None: unknown yet) and its stage."""

    fraction: float | None
    eta: float | None
    stage: JobStage | None


class ProgressRelay:
    """Hands progress and stage reports of one job run to `send`, from the reporting thread or a ticker.

    The engine reports in bursts (all segments of a batch at once, then nothing while the next batch is
    decoded): the first report of a burst is sent at once, the rest are held and the newest is sent when
    NOTIFY_INTERVAL has passed, so the listener always ends up with the newest state. While nothing new
    arrives, the newest state is sent again every TICK_SECONDS with the time left counted down. `start`
    starts the ticker thread, `stop` ends it (the caller then tells the job's end itself).
    """

    def __init__(
        self,
        send: Callable[[ProgressNote], None],
        *,
        interval: float = NOTIFY_INTERVAL,
        tick: float = TICK_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._send, self._interval, self._tick, self._clock = send, interval, tick, clock
        self._lock = threading.Lock()
        self._stopped = threading.Event()
        self._fraction: float | None = None
        self._eta: tuple[float, float] | None = None  # seconds left, and when that was said
        self._stage: JobStage | None = None
        self._sent_at = float("-inf")
        self._held = False
        self._thread = threading.Thread(target=self._run, name="iam-job-progress", daemon=True)

    def progress(self, fraction: float, eta: float | None) -> None:
        """A new fraction done and time left (the pipeline's progress callback)."""
        with self._lock:
            self._fraction = fraction
            self._eta = None if eta is None else (eta, self._clock())
            self._offer(urgent=False)

    def stage(self, stage: JobStage) -> None:
        """A new stage (the pipeline's stage callback): a new step is sent at once."""
        with self._lock:
            urgent = self._stage is None or self._stage.step != stage.step
            self._stage = stage
            self._offer(urgent=urgent)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        """Send nothing more; ends the ticker."""
        with self._lock:
            self._stopped.set()
        if self._thread.is_alive():
            self._thread.join()

    def _offer(self, *, urgent: bool) -> None:
        """With the lock held: send now, or hold the newest state for the ticker."""
        if urgent or self._clock() - self._sent_at >= self._interval:
            self._flush()
        else:
            self._held = True

    def _flush(self) -> None:
        """With the lock held: send the newest state, the time left counted down to now."""
        if self._stopped.is_set():
            return
        now = self._clock()
        eta = None if self._eta is None else max(0.0, self._eta[0] - (now - self._eta[1]))
        self._sent_at, self._held = now, False
        self._send(ProgressNote(self._fraction, eta, self._stage))

    def _run(self) -> None:
        while not self._stopped.wait(min(self._interval, self._tick)):
            with self._lock:
                quiet = self._clock() - self._sent_at
                told = self._fraction is not None or self._stage is not None
                if told and ((self._held and quiet >= self._interval) or quiet >= self._tick):
                    self._flush()
