"""Runs the backup's long work (back up, restore, verify, list snapshots, test a connection, set up) on a
thread of its own, one task at a time, and reports to the GUI thread with Qt signals; pause, resume and
cancel go through the task's `backup.control.Control`.

    worker = BackupWorker(parent)
    worker.finished.connect(show_result)
    worker.failed.connect(show_error)
    worker.back_up(paths, settings)

The core modules are imported when a task runs, on the worker's thread (boto3 loads slowly).
NOTE: task functions must not touch widgets.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from shiboken6 import isValid

from iam_desktop.backup.control import Control, Progress
from iam_desktop.backup.errors import Cancelled
from iam_desktop.errors import IamError
from iam_desktop.paths import DataPaths
from iam_desktop.redaction import redact
from iam_desktop.secrets import SecretStore
from iam_desktop.settings import Settings
from iam_desktop.ui.i18n import translate

if TYPE_CHECKING:
    from iam_desktop.backup.credentials import Credentials
    from iam_desktop.backup.manifest import Manifest
    from iam_desktop.backup.restore import RestoreResult
    from iam_desktop.backup.session import BackupSession
    from iam_desktop.backup.target import BackupTarget

log = logging.getLogger(__name__)

#: a task: gets the task's Control, returns its result (on the worker thread)
Task = Callable[[Control], Any]
#: opens the backup set (on the worker thread)
SessionOpener = Callable[[], "BackupSession"]


def plain_message(error: BaseException) -> str:
    """What to tell the user about `error`: an app error's own words (first letter capitalised, a full
    stop at the end; they come from the core, in English), else that something unexpected happened (in the
    window's language); secrets are redacted either way."""
    if isinstance(error, IamError):
        text = redact(str(error).strip()) or type(error).__name__
        text = text[:1].upper() + text[1:]
        return text if text.endswith((".", "!", "?")) else text + "."
    detail = redact(str(error).strip() or type(error).__name__)
    text = translate("backup_worker", "Something went wrong that IAM Desktop did not expect ({detail}). The details are in the log.")  # noqa: E501
    return text.format(detail=detail)


def settings_session(settings: Settings, store: SecretStore | None = None) -> SessionOpener:
    """Opens the backup set the settings describe, with the secrets from the environment or keyring."""

    def open_it() -> BackupSession:
        from iam_desktop.backup.session import session_from_settings

        return session_from_settings(settings, store)

    return open_it


def target_session(target: BackupTarget, credentials: Credentials) -> SessionOpener:
    """Opens the backup set at `target` with the given secrets (a restore on a fresh install)."""

    def open_it() -> BackupSession:
        from iam_desktop.backup.session import open_session

        return open_session(target, credentials)

    return open_it


class BackupWorker(QObject):
    """One backup task at a time on a thread of its own.

    Attributes: task (the running task's name, None when idle), last_task (the name of the task that
    ended last; set before its finished/failed/cancelled signal).

    Signals:
        started: a task began (its name: "backup", "restore", "check", "verify", "snapshots", "test",
            "configure").
        progress: a Progress of the running task (from backup.control), at most about 5 times a second.
        paused_changed: the task was paused (True) or resumed (False).
        finished: the task's result (BackupResult, Restored, LocalCheck, VerifyResult, list of
            SnapshotInfo, list of checks passed, the new Settings).
        failed: what went wrong, in plain words (the traceback of a defect is logged).
        cancelled: the user cancelled the task; what was done is kept.
    """

    #: the task's name
    started = Signal(str)
    #: Progress
    progress = Signal(object)
    #: bool: paused
    paused_changed = Signal(bool)
    #: the task's result
    finished = Signal(object)
    #: a plain message
    failed = Signal(str)
    #: nothing
    cancelled = Signal()
    # (outcome, is_error), emitted on the worker thread and delivered on this object's thread
    _ended = Signal(object, bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.task: str | None = None
        self.last_task: str | None = None
        self._control: Control | None = None
        self._thread: threading.Thread | None = None
        self._ended.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    # --- state and control -------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.task is not None

    @property
    def paused(self) -> bool:
        return self._control is not None and self._control.paused

    def pause(self) -> None:
        """Hold the running task at its next checkpoint (a part being sent is finished first)."""
        if self._control is not None and not self._control.paused:
            self._control.pause()
            self.paused_changed.emit(True)

    def resume(self) -> None:
        if self._control is not None and self._control.paused:
            self._control.resume()
            self.paused_changed.emit(False)

    def cancel(self) -> None:
        """Stop the running task at its next checkpoint; `cancelled` follows."""
        if self._control is not None:
            self._control.cancel()

    def set_limit(self, bytes_per_second: float) -> None:
        """Change the running task's bandwidth limit (0: none)."""
        if self._control is not None:
            self._control.set_limit(bytes_per_second)

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for the running task's thread to end (at quit, after `cancel`); True if it did. Its
        signals are still delivered by the event loop afterwards."""
        thread = self._thread
        if thread is not None:
            thread.join(timeout)
            return not thread.is_alive()
        return True

    # --- running -----------------------------------------------------------------------------------

    def start(self, name: str, task: Task, *, limit_bytes_per_second: float = 0) -> bool:
        """Run `task(control)` on a new thread; False (nothing started) while another task runs. Call this
        on the GUI thread."""
        if self.busy:
            return False
        control = Control(self._report, limit_bytes_per_second=limit_bytes_per_second)
        self.task, self._control = name, control
        self._thread = threading.Thread(target=self._run, args=(task, control), name=f"iam-backup-{name}",
                                        daemon=True)  # fmt: skip
        self.started.emit(name)
        self._thread.start()
        return True

    def _report(self, progress: Progress) -> None:
        """On the worker thread: pass a progress report on (queued to the receivers' threads)."""
        if isValid(self):
            self.progress.emit(progress)

    def _run(self, task: Task, control: Control) -> None:
        try:
            outcome, is_error = task(control), False
        except Exception as exc:
            if not isinstance(exc, IamError):
                log.error("backup task %s failed", self.task, exc_info=exc)
            else:
                log.info("backup task %s: %s", self.task, redact(str(exc)))
            outcome, is_error = exc, True
        if isValid(self):
            self._ended.emit(outcome, is_error)

    @Slot(object, bool)
    def _deliver(self, outcome: object, is_error: bool) -> None:
        """On this object's (the GUI) thread: the task ended."""
        self.last_task = self.task
        self.task, self._control, self._thread = None, None, None
        if not is_error:
            self.finished.emit(outcome)
        elif isinstance(outcome, Cancelled):
            self.cancelled.emit()
        else:
            assert isinstance(outcome, BaseException)
            self.failed.emit(plain_message(outcome))

    # --- the tasks ---------------------------------------------------------------------------------

    def back_up(self, paths: DataPaths, settings: Settings, store: SecretStore | None = None) -> bool:
        """Back up the library now (run_backup), with the settings' bandwidth limit."""
        opener = settings_session(settings, store)

        def task(control: Control) -> Any:
            from iam_desktop.backup.run import run_backup

            control.checkpoint()
            try:
                session = opener()
            except IamError as exc:  # run_backup records its own failures; this one never got there
                record_failure(paths, exc)
                raise
            return run_backup(paths, settings, session, control)

        return self.start("backup", task, limit_bytes_per_second=settings.backup_bandwidth_kbps * 1000)

    def restore(self, paths: DataPaths, opener: SessionOpener, snapshot_id: str | None, *,
                force: bool = False, remember: tuple[BackupTarget, Credentials] | None = None,
                store: SecretStore | None = None) -> bool:  # fmt: skip
        """Restore snapshot `snapshot_id` (None: the newest) into `paths` (the library must be closed);
        `force` only after the user agreed to replace a library that is not empty. With `remember` (a
        fresh install), the target and secrets are then kept (backup.configure) so backups go on to the
        same place. The result is a Restored."""

        def task(control: Control) -> Any:
            from iam_desktop.backup.restore import restore

            control.checkpoint()
            result = restore(paths, opener(), snapshot_id, force=force, control=control)
            problem = None
            if remember is not None:
                try:
                    keep_configuration(paths, remember[0], remember[1], store)
                except IamError as exc:
                    log.warning("the restored library's backup could not be set up: %s", redact(str(exc)))
                    problem = plain_message(exc)
            return Restored(result, problem)

        return self.start("restore", task)

    def check_local(self, paths: DataPaths, manifest: Manifest) -> bool:
        """Whether restoring `manifest` replaces local work; the result is a LocalCheck."""

        def task(control: Control) -> Any:
            from iam_desktop.backup.errors import BackupError
            from iam_desktop.backup.restore import read_local_library, refuse_newer_local

            local = read_local_library(paths)
            try:
                refuse_newer_local(local, manifest)
                newer = None
            except BackupError as exc:
                newer = str(exc).split(";")[0]
            return LocalCheck(local.recordings, local.problem, newer)

        return self.start("check", task)

    def verify(
        self, opener: SessionOpener, sample: int | None = None, paths: DataPaths | None = None
    ) -> bool:
        """Read back every object (or a random `sample` of them) and check it; with `paths`, what is found
        damaged is noted for the next backup of that data folder to upload again."""

        def task(control: Control) -> Any:
            from iam_desktop.backup.verify import verify

            control.checkpoint()
            return verify(opener(), sample, control=control, paths=paths)

        return self.start("verify", task)

    def list_snapshots(self, opener: SessionOpener) -> bool:
        """The backup set's snapshots, newest first (a list of SnapshotInfo)."""

        def task(control: Control) -> Any:
            from iam_desktop.backup.snapshots import list_snapshots

            return list_snapshots(opener())

        return self.start("snapshots", task)

    def test_connection(self, target: BackupTarget, secret: str | None,
                        store: SecretStore | None = None) -> bool:  # fmt: skip
        """Check that the storage can be used with `secret` (None: the stored one); the result is the list
        of checks passed."""

        def task(control: Control) -> Any:
            from iam_desktop.backup.connection import test_connection

            key = secret
            if key is None:
                key = stored_secret_key(store)
            return test_connection(target, key)

        return self.start("test", task)

    def configure(self, paths: DataPaths, settings: Settings, target: BackupTarget, secret: str | None,
                  passphrase: str | None, store: SecretStore | None = None) -> bool:  # fmt: skip
        """Test the storage, create or unlock the backup set, then save the settings and the secrets
        (None: keep the stored one); the result is the new Settings. Nothing is saved if a step fails."""

        def task(control: Control) -> Any:
            from iam_desktop.backup.configure import configure
            from iam_desktop.backup.credentials import Credentials, load_credentials

            key, phrase = secret, passphrase
            if key is None or phrase is None:
                stored = load_credentials(store)
                key, phrase = key or stored.secret_access_key, phrase or stored.passphrase
            return configure(paths, settings, target, Credentials(key, phrase), store)

        return self.start("configure", task)


@dataclass(frozen=True)
class Restored:
    """A finished restore: its RestoreResult, and why the backup could not be set up again afterwards
    (None: it was, or it did not need to be)."""

    result: RestoreResult
    setup_problem: str | None = None


@dataclass(frozen=True)
class LocalCheck:
    """What a restore would replace: the local library's recordings, why it cannot be read (None: it
    can), and why it is newer than the snapshot (None: it is not)."""

    recordings: int
    problem: str | None
    newer: str | None

    @property
    def needs_confirmation(self) -> bool:
        """True when the library is not empty (or cannot be read): the user must agree to replace it."""
        return self.recordings > 0 or self.problem is not None or self.newer is not None


def keep_configuration(paths: DataPaths, target: BackupTarget, credentials: Credentials,
                       store: SecretStore | None = None) -> Settings:  # fmt: skip
    """Keep `target` in the data folder's settings and the secrets in the keyring (backup.configure: the
    set is unlocked first; nothing is kept if that fails)."""
    from iam_desktop.backup.configure import configure
    from iam_desktop.settings import load_settings

    return configure(paths, load_settings(paths), target, credentials, store)


def record_failure(paths: DataPaths, error: Exception) -> None:
    """Note in the backup's state that an attempt failed now with `error` (a backup that could not even
    open the backup set), so the schedule waits before retrying and the page shows why."""
    from iam_desktop.backup.state import load_state, save_state, utc_now

    if isinstance(error, Cancelled):
        return
    try:
        state = load_state(paths)
        save_state(paths, replace(state, last_attempt=utc_now(), last_error=redact(str(error))))
    except OSError as exc:
        log.warning("the backup state could not be written: %s", exc)


def stored_secret_key(store: SecretStore | None = None) -> str:
    """The stored secret access key (environment first, then keyring); BackupNotConfigured when none is."""
    from iam_desktop.backup.credentials import S3_SECRET, S3_SECRET_ENV, clean_secret_key
    from iam_desktop.backup.errors import BackupNotConfigured

    value = os.environ.get(S3_SECRET_ENV, "") or (store or SecretStore()).get(S3_SECRET) or ""
    if not value:
        raise BackupNotConfigured("enter the secret access key: none is stored yet")
    return clean_secret_key(value)
