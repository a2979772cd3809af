"""Progress, pause, cancel and the bandwidth limit of one backup, restore or verify (thread-safe).

The worker calls `control.checkpoint()` between pieces of work (it waits while paused and raises
Cancelled once cancelled) and `control.transferred(n)` after sending or receiving n bytes (it sleeps as
long as the bandwidth limit asks and reports progress to the listener at most every REPORT_INTERVAL).
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from iam_desktop.backup.errors import Cancelled

#: progress is reported at most this often (seconds)
REPORT_INTERVAL = 0.2
#: the rate is measured over this many seconds
RATE_WINDOW = 5.0


@dataclass(frozen=True)
class Progress:
    """One moment of the work: `stage` ("preparing", "uploading", "pruning", "downloading", "verifying",
    "restoring"), bytes done of total, the rate (bytes/s over the last seconds), the seconds left (None
    while unknown), files done of total."""

    stage: str
    done_bytes: int
    total_bytes: int
    rate: float
    eta: float | None
    files_done: int = 0
    files_total: int = 0

    @property
    def fraction(self) -> float:
        return min(1.0, self.done_bytes / self.total_bytes) if self.total_bytes else 0.0


ProgressListener = Callable[[Progress], None]


class Control:
    """Shared between the worker and whoever drives it (the window, the CLI)."""

    def __init__(self, listener: ProgressListener | None = None, *, limit_bytes_per_second: float = 0,
                 clock: Callable[[], float] = time.monotonic) -> None:  # fmt: skip
        self._listener = listener
        self._clock = clock
        self._lock = threading.Lock()
        self._running = threading.Event()
        self._running.set()
        self._cancelled = threading.Event()
        self._limit = float(limit_bytes_per_second)
        self._stage = "preparing"
        self._done = self._total = self._files_done = self._files_total = 0
        self._samples: deque[tuple[float, int]] = deque()
        self._last_report = 0.0
        self._budget_start = clock()
        self._budget_bytes = 0

    # --- the driver's side ---
    def pause(self) -> None:
        self._running.clear()

    def resume(self) -> None:
        self._running.set()

    def cancel(self) -> None:
        self._cancelled.set()
        self._running.set()

    @property
    def paused(self) -> bool:
        return not self._running.is_set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def set_limit(self, bytes_per_second: float) -> None:
        """0 = no limit."""
        with self._lock:
            self._limit = float(bytes_per_second)
            self._budget_start, self._budget_bytes = self._clock(), 0

    # --- the worker's side ---
    def checkpoint(self) -> None:
        """Wait while paused; raise Cancelled once cancelled."""
        while not self._running.wait(0.2):
            pass
        if self._cancelled.is_set():
            raise Cancelled("cancelled; what was done is kept and the next run continues from there")

    def begin(self, stage: str, total_bytes: int, files_total: int = 0) -> None:
        """Start a stage of `total_bytes` (and `files_total` files)."""
        with self._lock:
            self._stage, self._total, self._files_total = stage, total_bytes, files_total
            self._done = self._files_done = 0
            self._samples.clear()
        self._report(force=True)

    def transferred(self, nbytes: int) -> None:
        """Count `nbytes` moved; sleeps as the bandwidth limit asks (pausing and cancelling still work)."""
        with self._lock:
            self._done += nbytes
            now = self._clock()
            self._samples.append((now, self._done))
            while self._samples and now - self._samples[0][0] > RATE_WINDOW:
                self._samples.popleft()
            delay = 0.0
            if self._limit > 0:
                self._budget_bytes += nbytes
                delay = self._budget_start + self._budget_bytes / self._limit - now
        if delay > 0:
            self._cancelled.wait(delay)
        self._report()

    def file_done(self) -> None:
        with self._lock:
            self._files_done += 1
        self._report()

    def snapshot(self) -> Progress:
        with self._lock:
            rate = 0.0
            if len(self._samples) >= 2:
                (t0, b0), (t1, b1) = self._samples[0], self._samples[-1]
                rate = (b1 - b0) / (t1 - t0) if t1 > t0 else 0.0
            left = max(0, self._total - self._done)
            eta = left / rate if rate > 0 else (0.0 if left == 0 and self._total else None)
            files = (self._files_done, self._files_total)
            return Progress(self._stage, self._done, self._total, rate, eta, *files)

    def _report(self, force: bool = False) -> None:
        if self._listener is None:
            return
        now = self._clock()
        if not force and now - self._last_report < REPORT_INTERVAL:
            return
        self._last_report = now
        self._listener(self.snapshot())

    def finish(self) -> None:
        """Report the final state of the stage."""
        self._report(force=True)
