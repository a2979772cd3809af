"""The settings dialog's "Backup" page: where backups go (provider, bucket, keys, passphrase), Test
connection and Save, the automatic backups' options, Back up now with its progress, the last and next
backup and the last error, and Verify… and Restore….

Everything slow (the keyring, the storage, the backup itself) runs on a BackupWorker; the page never
touches boto3, SQL or files. The secret access key and the passphrase go to the OS keyring only (Save);
the page shows whether one is stored, never its value.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from iam_desktop.backup.control import Progress
from iam_desktop.backup.errors import BackupNotConfigured
from iam_desktop.backup.schedule import parse_time
from iam_desktop.backup.state import BackupState
from iam_desktop.backup.target import BackupTarget, check_target, normalize_prefix
from iam_desktop.paths import DataPaths
from iam_desktop.secrets import SecretStore
from iam_desktop.settings import Settings
from iam_desktop.ui.accessibility import announce
from iam_desktop.ui.backup_form import BackupTargetForm, StoredSecrets, read_stored_secrets
from iam_desktop.ui.backup_scheduler import BackupScheduler
from iam_desktop.ui.backup_texts import (
    VERIFY_SAMPLE,
    capitalised,
    last_text,
    next_text,
    progress_text,
    result_role,
    result_text,
    when_text,
)
from iam_desktop.ui.backup_worker import BackupWorker
from iam_desktop.ui.i18n import translate
from iam_desktop.ui.icons import icon
from iam_desktop.ui.operations import Operation, Pool
from iam_desktop.ui.status_label import StatusLabel
from iam_desktop.ui.theme import Role


class BackupPage(QWidget):
    """The Backup page. `values()` gives the backup options by Settings name (the storage as last saved:
    Save writes the storage and secrets itself, through `backup.configure`).

    Attributes: form (BackupTargetForm), test_button, save_button, storage_result, automatic, keep,
    bandwidth, last_label, next_label, error_label, backup_button, pause_button, cancel_button,
    verify_button, restore_button, progress_bar, progress_label, work_result, scheduler, quick (the worker
    for Test connection and Save).

    Signals:
        settings_saved: Save stored a new configuration (the new Settings, already written).
        restore_requested: the user chose a backup to restore in the Restore… dialog and agreed (a
            restore_dialog.RestorePlan): the app closes its library and runs it (see restore_dialog).
    """

    #: Settings
    settings_saved = Signal(object)
    #: RestorePlan
    restore_requested = Signal(object)

    def __init__(
        self,
        settings: Settings,
        paths: DataPaths,
        secrets: SecretStore | None = None,
        scheduler: BackupScheduler | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`scheduler`: the window's (backups run there, one at a time); without one the page makes its
        own, which starts nothing by itself."""
        super().__init__(parent)
        self._settings = settings
        self._paths = paths
        self._store = secrets or SecretStore()
        self.scheduler = scheduler or BackupScheduler(paths, settings, self._store, self)
        self.quick = BackupWorker(self)
        self._last_progress: Progress | None = None

        # the state of the backups
        self.last_label = QLabel("—")
        self.next_label = QLabel("—")
        self.next_label.setWordWrap(True)
        self.error_label = StatusLabel()
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backup_button = QPushButton(icon("cloud"), translate("backup_page", "Back up now"))
        self.backup_button.clicked.connect(self.back_up_now)
        self.pause_button = QPushButton(icon("pause"), translate("backup_page", "Pause"))
        self.pause_button.clicked.connect(self.toggle_pause)
        self.cancel_button = QPushButton(icon("close"), translate("backup_page", "Cancel"))
        self.cancel_button.setAccessibleName(translate("backup_page", "Cancel the backup"))
        self.cancel_button.clicked.connect(self.cancel)
        self.verify_button = QPushButton(icon("done"), translate("backup_page", "Verify…"))
        self.verify_button.setAccessibleDescription(
            translate("backup_page", "Reads the backup back from the storage and checks it")
        )
        verify_menu = QMenu(self.verify_button)
        sample = VERIFY_SAMPLE
        self.verify_sample_action = verify_menu.addAction(
            translate("backup_page", "Check a sample (%n objects, quick)", "", sample)
        )
        self.verify_sample_action.triggered.connect(lambda: self.verify(VERIFY_SAMPLE))
        self.verify_all_action = verify_menu.addAction(
            translate("backup_page", "Check everything (downloads the whole backup)")
        )
        self.verify_all_action.triggered.connect(lambda: self.verify(None))
        self.verify_button.setMenu(verify_menu)
        self.restore_button = QPushButton(icon("undo"), translate("backup_page", "Restore…"))
        self.restore_button.setAccessibleDescription(
            translate("backup_page", "Brings back the library from a backup")
        )
        self.restore_button.clicked.connect(self.open_restore)
        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setFixedHeight(10)
        self.progress_bar.setAccessibleName(translate("backup_page", "Progress"))
        self.progress_label = QLabel()
        self.work_result = StatusLabel()
        self.work_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.work_result.setVisible(False)

        self.setup_hint = QLabel(translate("backup_page", "Backups are not set up yet. Choose where to keep them below and press Save: the first backup starts right after. To bring back a library from a backup, press Restore…"))  # noqa: E501
        self.setup_hint.setWordWrap(True)
        state_box = QGroupBox(translate("backup_page", "Backups"))
        self._state_form = state_form = QFormLayout(state_box)
        state_form.addRow(self.setup_hint)
        state_form.addRow(translate("backup_page", "Last backup:"), self.last_label)
        state_form.addRow(translate("backup_page", "Next backup:"), self.next_label)
        state_form.addRow(translate("backup_page", "Last problem:"), self.error_label)
        actions = QHBoxLayout()
        actions.addWidget(self.backup_button)
        actions.addWidget(self.pause_button)
        actions.addWidget(self.cancel_button)
        actions.addStretch(1)
        actions.addWidget(self.verify_button)
        actions.addWidget(self.restore_button)
        state_form.addRow(actions)
        state_form.addRow(self.progress_bar)
        state_form.addRow(self.progress_label)
        state_form.addRow(self.work_result)

        # where backups go
        self.form = BackupTargetForm(settings)
        self.form.edited.connect(self._update_buttons)
        self.test_button = QPushButton(translate("backup_page", "Test connection"))
        self.test_button.setAccessibleDescription(
            translate(
                "backup_page", "Checks that the storage can be reached with these keys; nothing is saved."
            )
        )
        self.test_button.clicked.connect(self.test_connection)
        self.save_button = QPushButton(translate("backup_page", "Save"))
        self.save_button.setAccessibleName(translate("backup_page", "Save the backup storage"))
        self.save_button.setToolTip(translate(
            "backup_page", "Check the storage, then keep these settings (secrets in the OS keyring)"
        ))  # fmt: skip
        self.save_button.setAccessibleDescription(self.save_button.toolTip())
        self.save_button.clicked.connect(self.save)
        self.storage_result = StatusLabel()
        self.storage_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        storage_box = QGroupBox(translate("backup_page", "Where backups go"))
        storage = QVBoxLayout(storage_box)
        intro = QLabel(translate("backup_page", "Your recordings, transcripts and the library are encrypted on this computer and kept in a bucket of an S3-compatible storage service. Whoever holds the bucket learns nothing from it."))  # noqa: E501
        intro.setWordWrap(True)
        storage.addWidget(intro)
        storage.addWidget(self.form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        storage.addLayout(buttons)
        storage.addWidget(self.storage_result)

        # automatic backups
        self.automatic = QCheckBox(translate(
            "backup_page", "Back up automatically (after new recordings and transcripts, and daily)"
        ))  # fmt: skip
        self.automatic.setChecked(settings.backup_automatic)
        self.automatic.toggled.connect(self._refresh_next)
        self.keep = QSpinBox()
        self.keep.setRange(1, 10000)
        self.keep.setValue(settings.backup_keep)
        self.keep.setAccessibleName(translate("backup_page", "Backups to keep"))
        self.keep.setToolTip(
            translate("backup_page", "Older backups, and what only they need, are removed from the bucket")
        )
        self.keep.setAccessibleDescription(self.keep.toolTip())
        self.bandwidth = QSpinBox()
        self.bandwidth.setRange(0, 10_000_000)
        self.bandwidth.setSingleStep(100)
        self.bandwidth.setSuffix(" kB/s")
        self.bandwidth.setSpecialValueText(translate("backup_page", "No limit"))
        self.bandwidth.setValue(settings.backup_bandwidth_kbps)
        self.bandwidth.setAccessibleName(translate("backup_page", "Bandwidth limit in kilobytes per second"))
        self.bandwidth.setToolTip(
            translate("backup_page", "The most a backup may send or receive per second")
        )
        self.bandwidth.setAccessibleDescription(self.bandwidth.toolTip())
        options_box = QGroupBox(translate("backup_page", "Automatic backups"))
        options = QFormLayout(options_box)
        options.addRow(self.automatic)
        options.addRow(translate("backup_page", "Backups to keep:"), self.keep)
        options.addRow(translate("backup_page", "Bandwidth limit:"), self.bandwidth)

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 8, 0)
        column.addWidget(state_box)
        column.addWidget(storage_box)
        column.addWidget(options_box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        self.quick.finished.connect(self._quick_finished)
        self.quick.failed.connect(self._quick_failed)
        self.scheduler.started.connect(self._work_started)
        self.scheduler.progress.connect(self._work_progress)
        self.scheduler.finished.connect(self._work_finished)
        self.scheduler.failed.connect(self._work_failed)
        self.scheduler.cancelled.connect(self._work_cancelled)
        self.scheduler.state_changed.connect(self._show_state)
        self.scheduler.worker.paused_changed.connect(self._paused_changed)
        self._show_state(self.scheduler.state, self.scheduler.next_due)
        self._update_buttons()
        self.read_secrets()
        self.scheduler.refresh()
        if self.scheduler.worker.busy:  # a backup that started before the page was opened
            self._work_started(self.scheduler.worker.task or "backup")

    # --- values ------------------------------------------------------------------------------------

    def configured(self) -> bool:
        """True when a storage is saved (backups can run)."""
        return bool(self._settings.backup_provider)

    def values(self) -> dict[str, Any]:
        """The backup options by Settings name: the storage as last saved, the options as now chosen."""
        s = self._settings
        return {
            "backup_provider": s.backup_provider, "backup_bucket": s.backup_bucket,
            "backup_prefix": s.backup_prefix, "backup_region": s.backup_region,
            "backup_endpoint": s.backup_endpoint, "backup_access_id": s.backup_access_id,
            "backup_automatic": self.automatic.isChecked(), "backup_keep": self.keep.value(),
            "backup_bandwidth_kbps": self.bandwidth.value(),
        }  # fmt: skip

    def unsaved_changes(self) -> str | None:
        """What the user entered about the storage and has not saved (OK would drop it), or None."""
        typed = self.form.typed_secret() or self.form.typed_passphrase()
        if self.form.target() != self._saved_target() or typed:
            return translate("backup_page", "The backup storage was changed but not saved: press Save on the Backup page to check and keep it, or Cancel to drop the change.")  # noqa: E501
        return None

    def _saved_target(self) -> BackupTarget:
        s = self._settings
        provider = s.backup_provider or self.form.provider.currentData()
        return BackupTarget(
            provider=provider, bucket=s.backup_bucket.strip(), access_key_id=s.backup_access_id.strip(),
            prefix=normalize_prefix(s.backup_prefix), region=s.backup_region or None,
            endpoint=s.backup_endpoint or None,
        )  # fmt: skip

    def _chosen_settings(self) -> Settings:
        """The settings with the options as now chosen (the storage still as saved)."""
        return replace(self._settings, **self.values())

    # --- secrets, test and save --------------------------------------------------------------------

    def read_secrets(self) -> None:
        """Look (in the background) which secrets are stored, to say so in their fields."""
        store = self._store
        Operation(self, lambda: read_stored_secrets(store), pool=Pool.GENERAL).success(
            self._show_secrets
        ).failure(lambda error: self.storage_result.say(capitalised(str(error)), Role.ERROR)).run()

    def _show_secrets(self, stored: StoredSecrets) -> None:
        if not isValid(self):
            return
        self._stored = stored
        self.form.set_stored(stored)
        if stored.problem:
            text = translate(
                "backup_page", "The OS keyring cannot be used, so the secrets cannot be saved: {problem}"
            )
            self.storage_result.say(text.format(problem=stored.problem), Role.ERROR)

    def _checked_target(self) -> BackupTarget | None:
        """The form's target, or None after saying what is missing."""
        try:
            return check_target(self.form.target())
        except BackupNotConfigured as exc:
            self.storage_result.say(capitalised(str(exc)) + ".", Role.ERROR)
            return None

    def test_connection(self) -> None:
        """Check (on the worker) that the storage can be used with the entered (else the stored) key."""
        target = self._checked_target()
        if target is None:
            return
        if self.quick.test_connection(target, self.form.typed_secret(), self._store):
            self.storage_result.say(translate("backup_page", "Testing the connection…"))
            self._update_buttons()

    def save(self) -> None:
        """Check the storage, create or unlock the backup set, then keep the settings and secrets (on the
        worker; nothing is kept if a step fails)."""
        target = self._checked_target()
        if target is None:
            return
        problem = self.form.passphrase_problem()
        if problem:
            self.storage_result.say(problem, Role.ERROR)
            return
        settings = self._chosen_settings()
        secret, passphrase = self.form.typed_secret(), self.form.typed_passphrase()
        if self.quick.configure(self._paths, settings, target, secret, passphrase, self._store):
            self.storage_result.say(translate("backup_page", "Checking the storage and saving…"))
            self._update_buttons()

    def _quick_finished(self, result: object) -> None:
        if not isValid(self):
            return
        if self.quick.last_task == "test":
            checks = list(result) if isinstance(result, list | tuple) else []
            if checks:
                text = translate("backup_page", "The connection works ({checks}).").format(
                    checks=", ".join(str(c) for c in checks))  # fmt: skip
            else:
                text = translate("backup_page", "The connection works.")
            self._storage_say(text, Role.SUCCESS)
        elif self.quick.last_task == "configure" and isinstance(result, Settings):
            self._settings = result
            self.form.clear_secrets()
            target = self._saved_target()
            text = translate("backup_page", "Saved. Backups go to {where}.").format(where=target.describe())
            self._storage_say(text, Role.SUCCESS)
            self.scheduler.update_settings(result)
            self.read_secrets()
            self.settings_saved.emit(result)
        self._update_buttons()

    def _quick_failed(self, message: str) -> None:
        if isValid(self):
            self._storage_say(message, Role.ERROR)
            self._update_buttons()

    def _storage_say(self, text: str, role: Role) -> None:
        """Say how Test connection or Save ended, on the page and to a screen reader."""
        self.storage_result.say(text, role)
        announce(self.storage_result, text, assertive=role is Role.ERROR)

    # --- backing up --------------------------------------------------------------------------------

    def back_up_now(self) -> None:
        """Start a backup (on the scheduler's worker) with the options as now chosen."""
        if not self.configured():
            text = translate(
                "backup_page", "Set up where backups go first: fill in the storage below, then Save."
            )
            self._work_say(text, Role.ERROR)
            return
        self.scheduler.back_up_now(self._chosen_settings())

    def verify(self, sample: int | None) -> None:
        """Read the backup back (everything, or a random `sample` of objects) and check it."""
        if not self.configured():
            text = translate("backup_page", "There is nothing to check: no backup is set up yet.")
            self._work_say(text, Role.ERROR)
            return
        self.scheduler.verify(sample)

    def toggle_pause(self) -> None:
        """Pause the running backup or check, or go on with it."""
        worker = self.scheduler.worker
        if worker.paused:
            worker.resume()
        else:
            worker.pause()

    def cancel(self) -> None:
        """Stop the running backup or check (what was sent is kept)."""
        self.scheduler.worker.cancel()
        self.progress_label.setText(translate("backup_page", "Cancelling…"))

    def open_restore(self) -> None:
        """The restore dialog (window-modal): the saved backup's snapshots, or first the storage's form
        when none is set up. The choice is handed over (restore_requested): the library is open here."""
        from iam_desktop.ui.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self._paths, settings=self._settings, secrets=self._store, parent=self,
                               hand_over=True)  # fmt: skip
        dialog.hand_over_requested.connect(self.restore_requested)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _work_started(self, name: str) -> None:
        if not isValid(self):
            return
        self._last_progress = None
        self.progress_bar.setRange(0, 0)  # busy until the first report
        if name == "verify":
            self.progress_label.setText(translate("backup_page", "Checking the backup…"))
        else:
            self.progress_label.setText(translate("backup_page", "Starting the backup…"))
        self._work_say("")
        self._update_buttons()

    def _work_progress(self, progress: Progress) -> None:
        if not isValid(self):
            return
        self._last_progress = progress
        if progress.total_bytes:
            self.progress_bar.setRange(0, 1000)
            self.progress_bar.setValue(round(1000 * progress.fraction))
        else:
            self.progress_bar.setRange(0, 0)
        self.progress_label.setText(progress_text(progress, paused=self.scheduler.worker.paused))

    def _work_finished(self, result: object) -> None:
        if not isValid(self):
            return
        text, role = result_text(result), result_role(result)
        self._work_say(text, role)
        announce(self.work_result, text, assertive=role is Role.ERROR)
        self._update_buttons()

    def _work_failed(self, message: str) -> None:
        if isValid(self):
            self._work_say(message, Role.ERROR)
            if self.scheduler.worker.last_task == "verify":
                news = translate("backup_page", "The check of the backup failed: {reason}")
            else:
                news = translate("backup_page", "The backup failed: {reason}")
            announce(self.work_result, news.format(reason=message), assertive=True)
            self._update_buttons()

    def _work_cancelled(self) -> None:
        if isValid(self):
            if self.scheduler.worker.last_task == "verify":
                text = translate("backup_page", "The check was cancelled.")
            else:
                text = translate(
                    "backup_page", "Cancelled. What was sent is kept; the next backup goes on from there."
                )
            self._work_say(text)
            announce(self.work_result, text)
            self._update_buttons()

    def _paused_changed(self, _paused: bool) -> None:
        if isValid(self):
            self._update_buttons()

    def _work_say(self, text: str, role: Role | None = None) -> None:
        self.work_result.say(text, role)
        self.work_result.setVisible(bool(text))

    def _show_state(self, state: BackupState, due: datetime | None) -> None:
        if not isValid(self):
            return
        now = datetime.now().astimezone()
        if self.configured():
            self.last_label.setText(last_text(state, now))
        else:
            self.last_label.setText(translate("backup_page", "Backups are not set up yet."))
        self._due = due
        self._refresh_next()
        attempt, success = parse_time(state.last_attempt), parse_time(state.last_success)
        failed = bool(state.last_error) and (success is None or (attempt is not None and attempt > success))
        if failed and attempt is not None:
            when = capitalised(when_text(attempt, now))
            text = translate("backup_page", "{when}: {problem}").format(when=when, problem=state.last_error)
            self.error_label.say(text, Role.ERROR)
        else:
            self.error_label.say(translate("backup_page", "none"))

    def _refresh_next(self) -> None:
        due = getattr(self, "_due", None)
        now = datetime.now().astimezone()
        if self.scheduler.worker.task == "backup":
            self.next_label.setText(translate("backup_page", "running now"))
            return
        if self.automatic.isChecked() and self.scheduler.not_in_plan is not None:
            self.next_label.setText(self.scheduler.not_in_plan)
            return
        self.next_label.setText(next_text(due, now, configured=self.configured(),
                                          automatic=self.automatic.isChecked()))  # fmt: skip

    def _update_buttons(self) -> None:
        worker = self.scheduler.worker
        running = worker.busy
        quick = self.quick.busy
        configured = self.configured()
        self.backup_button.setEnabled(configured and not running)
        self.verify_button.setEnabled(configured and not running)
        self.restore_button.setEnabled(not running)
        self.setup_hint.setVisible(not configured)
        for row in (self.last_label, self.next_label, self.error_label):
            self._state_form.setRowVisible(row, configured)
        self.backup_button.setVisible(configured)
        self.verify_button.setVisible(configured)
        self.pause_button.setVisible(running)
        self.cancel_button.setVisible(running)
        if worker.paused:
            self.pause_button.setText(translate("backup_page", "Resume"))
        else:
            self.pause_button.setText(translate("backup_page", "Pause"))
        self.pause_button.setIcon(icon("play" if worker.paused else "pause"))
        self.progress_bar.setVisible(running)
        self.progress_label.setVisible(running)
        if running and worker.paused and self._last_progress is not None:
            self.progress_label.setText(progress_text(self._last_progress, paused=True))
        self.test_button.setEnabled(not quick)
        self.save_button.setEnabled(not quick)
        self.form.setEnabled(not quick)
        self._refresh_next()
