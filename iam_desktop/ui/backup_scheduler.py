"""Automatic backups while the window is open: once a minute the scheduler reads the backup's state (off
the GUI thread), asks `backup.schedule` whether a backup is due, and starts one through its BackupWorker.
It also runs the backups and checks the user asks for (Back up now, Verify), so only one runs at a time.
Automatic backups are a feature of the paid plans: under a plan without them nothing is started on its own
(`not_in_plan` says why), while Back up now works in every plan."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QObject, QTimer, Signal
from shiboken6 import isValid

from iam_desktop.backup.schedule import last_attempt_failed, next_backup_due
from iam_desktop.backup.state import BackupState, load_state
from iam_desktop.billing.features import AUTOMATIC_BACKUP, feature_refusal
from iam_desktop.paths import DataPaths
from iam_desktop.secrets import SecretStore
from iam_desktop.settings import Settings
from iam_desktop.ui.backup_worker import BackupWorker, settings_session
from iam_desktop.ui.operations import Operation, Pool

log = logging.getLogger(__name__)

#: how often the scheduler looks whether a backup is due (ms)
CHECK_INTERVAL_MS = 60_000

EMPTY_STATE = BackupState()


def utc_now() -> datetime:
    return datetime.now(UTC)


class BackupScheduler(QObject):
    """Starts automatic backups when they are due, and the ones the user asks for.

    Attributes: worker (the BackupWorker every backup and verify runs on), state (the BackupState last
    read), next_due (when the next automatic backup is due; None: automatic backups are off or not set
    up), last_change (the library's last change this run knows of), failures (attempts failed in a row).

    Signals:
        started: a backup or check began (the task's name: "backup" or "verify"; automatic or not).
        progress: a backup.control.Progress of it.
        finished: its result (BackupResult, VerifyResult).
        failed: what went wrong, in plain words.
        cancelled: the user cancelled it.
        state_changed: the state was read again (after each check and each backup): (BackupState,
            next due datetime or None).
    """

    #: the task's name
    started = Signal(str)
    #: Progress
    progress = Signal(object)
    #: the result
    finished = Signal(object)
    #: a plain message
    failed = Signal(str)
    #: nothing
    cancelled = Signal()
    #: (BackupState, datetime | None)
    state_changed = Signal(object, object)

    def __init__(
        self,
        paths: DataPaths,
        settings: Settings,
        store: SecretStore | None = None,
        parent: QObject | None = None,
        *,
        clock: Callable[[], datetime] = utc_now,
        interval_ms: int = CHECK_INTERVAL_MS,
        plan_refusal: Callable[[], str | None] | None = None,
    ) -> None:
        """`store`: the keyring (default: the OS keyring); `clock` gives the time now (aware, UTC);
        `plan_refusal` says why the plan in force has no automatic backups, or None when it has them
        (default: the licence's plan; called off the GUI thread)."""
        super().__init__(parent)
        self._paths, self._settings, self._store, self._clock = paths, settings, store, clock
        self._plan_refusal = plan_refusal or (lambda: feature_refusal(paths, AUTOMATIC_BACKUP))
        #: why automatic backups are not run under the plan in force (None: they are)
        self.not_in_plan: str | None = None
        self.worker = BackupWorker(self)
        self.state = EMPTY_STATE
        self.next_due: datetime | None = None
        self.last_change: datetime | None = None
        self.failures = 0
        self._checking = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.worker.started.connect(self.started)
        self.worker.progress.connect(self.progress)
        self.worker.finished.connect(self._finished)
        self.worker.failed.connect(self._failed)
        self.worker.cancelled.connect(self._cancelled)

    @property
    def settings(self) -> Settings:
        return self._settings

    # --- what the window tells it ------------------------------------------------------------------

    def start(self) -> None:
        """Check now (in the background), then every minute."""
        self.timer.start()
        self.check()

    def stop(self, timeout: float = 5.0) -> None:
        """No more automatic backups; a running backup or check is cancelled (what it sent is kept and the
        next backup continues from there) and waited for up to `timeout` seconds."""
        self.timer.stop()
        if self.worker.busy:
            self.worker.cancel()
            self.worker.wait(timeout)

    def update_settings(self, settings: Settings) -> None:
        """Use `settings` from now on (the window's settings_changed)."""
        self._settings = settings
        self.worker.set_limit(settings.backup_bandwidth_kbps * 1000)
        self.refresh()

    def note_library_change(self, when: datetime | None = None) -> None:
        """The library changed (a recording or transcript was added, edited or removed) at `when` (default
        now): a backup follows once it has been quiet for a while."""
        when = when or self._clock()
        if self.last_change is None or when > self.last_change:
            self.last_change = when
            self._decide(self.state, start=False)

    # --- backups -----------------------------------------------------------------------------------

    def back_up_now(self, settings: Settings | None = None) -> bool:
        """Start a backup now (with `settings`, default the scheduler's: the Backup page passes its options
        as chosen); False if a backup or check is already running."""
        return self.worker.back_up(self._paths, settings or self._settings, self._store)

    def verify(self, sample: int | None = None) -> bool:
        """Check the backup (every object, or a random `sample`); False if something is already running."""
        return self.worker.verify(settings_session(self._settings, self._store), sample, self._paths)

    def check(self) -> None:
        """Read the state in the background; then start a backup if one is due."""
        self._read_state(start=True)

    def refresh(self) -> None:
        """Read the state again and say when the next backup is due (state_changed), starting nothing."""
        self._read_state(start=False)

    def _read_state(self, *, start: bool) -> None:
        if self._checking:
            return
        self._checking = True
        paths, refusal = self._paths, self._plan_refusal
        Operation(self, lambda: (load_state(paths), refusal()), pool=Pool.GENERAL).success(
            lambda read: self._state_read(read, start)
        ).failure(self._read_failed).run()

    def _read_failed(self, error: Exception) -> None:
        self._checking = False
        log.warning("the backup state could not be read: %s", error)

    def _state_read(self, read: tuple[BackupState, str | None], start: bool) -> None:
        self._checking = False
        state, self.not_in_plan = read
        if isValid(self):
            if self.failures == 0 and last_attempt_failed(state):
                self.failures = 1  # (an attempt before this run failed)
            self._decide(state, start=start)

    def _decide(self, state: BackupState, *, start: bool) -> None:
        """Work out when the next backup is due; start it if it is due now (and `start`)."""
        self.state = state
        now = self._clock()
        self.next_due = next_backup_due(state, self._settings, now=now, last_library_change=self.last_change,
                                        failures=max(1, self.failures))  # fmt: skip
        if self.not_in_plan is not None and self.next_due is not None:
            log.info("an automatic backup would be due, but the plan has none: %s", self.not_in_plan)
            self.next_due = None  # (Back up now still works: backups themselves are in every plan)
        self.state_changed.emit(state, self.next_due)
        if start and self.next_due is not None and self.next_due <= now and not self.worker.busy:
            log.info("an automatic backup is due (since %s)", self.next_due.isoformat(timespec="seconds"))
            self.back_up_now()

    def _finished(self, result: object) -> None:
        if self._task_was("backup"):
            self.failures = 0
        self.finished.emit(result)
        self.refresh()

    def _failed(self, message: str) -> None:
        if self._task_was("backup"):
            self.failures += 1
        self.failed.emit(message)
        self.refresh()

    def _cancelled(self) -> None:
        self.cancelled.emit()
        self.refresh()

    def _task_was(self, name: str) -> bool:
        return self.worker.last_task == name
