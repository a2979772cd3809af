"""The Restore dialog: the backups in the bucket (date, recordings, size), and restoring the chosen one
with progress and Cancel. A library that is not empty is replaced only after the user agreed (force).

On a fresh install (no backup set up) it first asks where the backup is kept, its keys and passphrase
(the Backup page's form); after the restore they are kept, so backups go on to the same place.

A restore needs the library closed (backup.restore takes its lock alone). In the running window the
dialog is made with `hand_over=True`: once the user has chosen and agreed, it emits `hand_over_requested`
with the RestorePlan and closes; the app closes its library and shows `RestoreDialog(paths, plan=plan)`,
which runs the restore at once, then starts again.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from iam_desktop.backup.control import Progress
from iam_desktop.backup.credentials import Credentials, clean_secret_key
from iam_desktop.backup.errors import BackupNotConfigured
from iam_desktop.backup.schedule import parse_time
from iam_desktop.backup.snapshots import SnapshotInfo
from iam_desktop.backup.target import BackupTarget, check_target
from iam_desktop.errors import IamError
from iam_desktop.paths import DataPaths
from iam_desktop.secrets import SecretStore
from iam_desktop.settings import Settings
from iam_desktop.ui.accessibility import announce
from iam_desktop.ui.backup_form import BackupTargetForm
from iam_desktop.ui.backup_texts import capitalised, progress_text
from iam_desktop.ui.backup_worker import (
    BackupWorker,
    LocalCheck,
    Restored,
    SessionOpener,
    settings_session,
    target_session,
)
from iam_desktop.ui.i18n import format_datetime, format_number, format_size, translate
from iam_desktop.ui.status_label import StatusLabel
from iam_desktop.ui.theme import Role, css

#: the snapshot list's columns (English: shown through `translate`)
COLUMNS = (
    str(QT_TRANSLATE_NOOP("restore_dialog", "Backed up")),
    str(QT_TRANSLATE_NOOP("restore_dialog", "Recordings")),
    str(QT_TRANSLATE_NOOP("restore_dialog", "Transcripts")),
    str(QT_TRANSLATE_NOOP("restore_dialog", "Size")),
)


def snapshot_date(created: str) -> str:
    """When a backup was made, in local time and the window's locale ("Monday, March 10, 2025 2:02 PM",
    "Montag, 10. März 2025 14:02"); the text as given when it is not a time."""
    when = parse_time(created)
    if when is None:
        return created or translate("restore_dialog", "unknown date")
    return format_datetime(when.astimezone(), long=True)


@dataclass(frozen=True, repr=False)
class RestorePlan:
    """A restore the user chose and agreed to: the snapshot, whether a non-empty library may be replaced
    (`force`), and where it comes from — `target` and `credentials` as entered (a fresh install; they are
    kept afterwards), or None for the saved `settings` with the stored secrets."""

    snapshot_id: str
    created: str
    force: bool
    settings: Settings
    target: BackupTarget | None = None
    credentials: Credentials | None = None

    def opener(self, store: SecretStore | None = None) -> SessionOpener:
        if self.target is not None and self.credentials is not None:
            return target_session(self.target, self.credentials)
        return settings_session(self.settings, store)

    def __repr__(self) -> str:
        return f"RestorePlan({self.snapshot_id}, force={self.force})"


class RestoreDialog(QDialog):
    """Lists the snapshots and restores one.

    Attributes: form (BackupTargetForm, None when the saved backup is used), pages (target page, list
    page), show_button, snapshots (the list), restore_button, cancel_button, close_button, back_button,
    progress_bar, progress_label, status, confirm_box (the open confirmation, or None), worker, plan (the
    restore chosen, once agreed), infos (the SnapshotInfo of each row).

    Signals:
        restored: a restore finished (a backup_worker.Restored).
        hand_over_requested: (with `hand_over`) the user chose and agreed to a restore (a RestorePlan):
            the app must close its library and run it with `RestoreDialog(paths, plan=plan)`.
    """

    #: Restored
    restored = Signal(object)
    #: RestorePlan
    hand_over_requested = Signal(object)

    def __init__(
        self,
        paths: DataPaths,
        *,
        settings: Settings | None = None,
        secrets: SecretStore | None = None,
        parent: QWidget | None = None,
        hand_over: bool = False,
        plan: RestorePlan | None = None,
    ) -> None:
        """`settings` with a backup set up: its snapshots are listed at once; without (a fresh install),
        the dialog asks for the storage first. `plan`: run that restore at once (the library is closed)."""
        super().__init__(parent)
        self.setWindowTitle(translate("restore_dialog", "Restore from a backup"))
        self.setObjectName("restoreDialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._paths, self._store, self._hand_over = paths, secrets, hand_over
        self._settings = settings or Settings()
        self.plan: RestorePlan | None = plan
        self._run_mode = plan is not None  # (the library is closed: only this restore runs)
        self._restored = False
        self._close_when_done = False
        self.infos: list[SnapshotInfo] = []
        self.confirm_box: QMessageBox | None = None
        self._entered: tuple[BackupTarget, Credentials] | None = None
        self.worker = BackupWorker(self)
        ask_target = plan is None and not self._settings.backup_provider

        # where the backup is (a fresh install)
        self.form: BackupTargetForm | None = None
        target_page = QWidget()
        if ask_target:
            self.form = BackupTargetForm(self._settings, confirm=False)
            form = self.form
            form.warning.setText(translate("restore_dialog", "<b>The passphrase the backup was made with.</b> The backup cannot be opened without it."))  # noqa: E501
            form.secret.setPlaceholderText(translate("restore_dialog", "the storage's secret access key"))
            form.passphrase.setPlaceholderText(translate("restore_dialog", "the backup's passphrase"))
            form.passphrase.setAccessibleDescription(
                translate("restore_dialog", "The passphrase the backup was made with; it opens the backup")
            )
            intro = QLabel(translate("restore_dialog", "Enter where your backup is kept, the storage's keys and the backup's passphrase. They are kept on this computer once the library is restored."))  # noqa: E501
            intro.setWordWrap(True)
            column = QVBoxLayout(target_page)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(intro)
            column.addSpacing(6)
            column.addWidget(self.form)
            column.addStretch(1)
        self.show_button = QPushButton(translate("restore_dialog", "Show backups"))
        self.show_button.setDefault(ask_target)
        self.show_button.clicked.connect(self.show_backups)

        # the snapshots
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.snapshots = QTreeWidget()
        self.snapshots.setObjectName("snapshotList")
        self.snapshots.setHeaderLabels([translate("restore_dialog", column) for column in COLUMNS])
        self.snapshots.setAccessibleName(translate("restore_dialog", "Backups"))
        self.snapshots.setAccessibleDescription(
            translate("restore_dialog", "Choose the backup to restore; the newest is chosen first")
        )
        self.where.setBuddy(self.snapshots)
        self.snapshots.setRootIsDecorated(False)
        self.snapshots.setAlternatingRowColors(True)
        self.snapshots.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.snapshots.setUniformRowHeights(True)
        header = self.snapshots.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column_index in range(1, len(COLUMNS)):
            header.setSectionResizeMode(column_index, QHeaderView.ResizeMode.ResizeToContents)
        self.snapshots.itemSelectionChanged.connect(self._update_buttons)
        self.snapshots.itemDoubleClicked.connect(lambda *_: self.start_restore())
        self.note = QLabel(translate("restore_dialog", "Restoring brings back the library and every recording of the chosen backup. Each file is checked before anything on this computer changes. A library already here is kept beside the restored one, never deleted."))  # noqa: E501
        self.note.setWordWrap(True)
        list_page = QWidget()
        column = QVBoxLayout(list_page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.where)
        column.addWidget(self.snapshots, 1)
        column.addWidget(self.note)

        self.pages = QStackedWidget()
        self.pages.addWidget(target_page)
        self.pages.addWidget(list_page)
        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setFixedHeight(10)
        self.progress_bar.setAccessibleName(translate("restore_dialog", "Progress"))
        self.progress_label = QLabel()
        self.status = StatusLabel()
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.back_button = QPushButton(translate("restore_dialog", "Back"))
        self.back_button.setAccessibleDescription(
            translate("restore_dialog", "Back to where the backup is kept")
        )
        self.back_button.clicked.connect(self.go_back)
        self.restore_button = QPushButton(translate("restore_dialog", "Restore"))
        self.restore_button.setAccessibleDescription(
            translate("restore_dialog", "Restores the backup chosen in the list")
        )
        self.restore_button.clicked.connect(self.start_restore)
        self.cancel_button = QPushButton(translate("restore_dialog", "Cancel restore"))
        self.cancel_button.clicked.connect(self.cancel_restore)
        self.close_button = QPushButton(translate("restore_dialog", "Close"))
        self.close_button.clicked.connect(self.reject)
        # the list, then the buttons in the order they stand in their row
        order = (self.snapshots, self.back_button, self.show_button, self.restore_button, self.cancel_button,
                 self.close_button)  # fmt: skip
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(640, 430 if ask_target else 440)

        self.worker.progress.connect(self._progress)
        self.worker.finished.connect(self._finished)
        self.worker.failed.connect(self._failed)
        self.worker.cancelled.connect(self._cancelled)
        self._recolour()
        if plan is not None:
            self.pages.setCurrentIndex(1)
            restoring = translate("restore_dialog", "Restoring the backup of {date}.")
            self.where.setText(restoring.format(date=snapshot_date(plan.created)))
            self.snapshots.setVisible(False)
            self._run(plan)
        elif ask_target:
            self.pages.setCurrentIndex(0)
        else:
            self.pages.setCurrentIndex(1)
            self._list(settings_session(self._settings, self._store), self._describe_saved())
        self._update_buttons()

    # --- listing -------------------------------------------------------------------------------------

    def _describe_saved(self) -> str:
        try:
            from iam_desktop.backup.session import target_from_settings  # (light: no client is made)

            return target_from_settings(self._settings).describe()
        except IamError:
            return translate("restore_dialog", "the saved storage")

    def show_backups(self) -> None:
        """Open the backup set entered in the form and list its snapshots (on the worker)."""
        assert self.form is not None
        try:
            target = check_target(self.form.target())
            secret, passphrase = self.form.typed_secret(), self.form.typed_passphrase()
            if not secret:
                missing = translate("restore_dialog", "enter the storage's secret access key")
                raise BackupNotConfigured(missing)
            if not passphrase:
                raise BackupNotConfigured(translate("restore_dialog", "enter the backup's passphrase"))
            credentials = Credentials(clean_secret_key(secret), passphrase)
        except IamError as exc:
            self.status.say(capitalised(str(exc)) + ".", Role.ERROR)
            return
        self._entered = (target, credentials)
        self._list(target_session(target, credentials), target.describe())

    def _list(self, opener: SessionOpener, where: str) -> None:
        if self.worker.list_snapshots(opener):
            self.where.setText(translate("restore_dialog", "Backups in {where}:").format(where=where))
            self.status.say(translate("restore_dialog", "Opening the backup…"))
            self._busy_bar()
            self._update_buttons()

    def _show_list(self, infos: list[SnapshotInfo]) -> None:
        self.infos = infos
        self.snapshots.clear()
        self.pages.setCurrentIndex(1)
        for info in infos:
            if info.readable:
                cells = [snapshot_date(info.created), format_number(info.recordings),
                         format_number(info.transcripts), format_size(info.size)]  # fmt: skip
            else:
                unreadable = translate("restore_dialog", "{date} — cannot be read")
                cells = [unreadable.format(date=snapshot_date(info.created)), "", "", ""]
            item = QTreeWidgetItem(cells)
            right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            for column_index in range(1, len(COLUMNS)):
                item.setTextAlignment(column_index, right)
            if not info.readable:
                item.setToolTip(0, info.problem or "")
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable & ~Qt.ItemFlag.ItemIsEnabled)
            self.snapshots.addTopLevelItem(item)
        readable = [i for i, info in enumerate(infos) if info.readable]
        if readable:
            newest = self.snapshots.topLevelItem(readable[0])
            assert newest is not None
            newest.setText(0, translate("restore_dialog", "{date}  (newest)").format(date=newest.text(0)))
            self.snapshots.setCurrentItem(newest)
            self.status.say("")
            found = len(readable)
            announce(self.snapshots, translate("restore_dialog", "%n backups found.", "", found))
        elif infos:
            self._say_failure(translate(
                "restore_dialog", "None of the backups can be read. Run Verify on the Backup page to see why."
            ))  # fmt: skip
        else:
            self._say_failure(translate(
                "restore_dialog", "There is no backup here yet: check the bucket and the folder in it."
            ))  # fmt: skip
        self.restore_button.setDefault(True)

    def selected(self) -> SnapshotInfo | None:
        """The snapshot chosen in the list (None: none, or one that cannot be read)."""
        item = self.snapshots.currentItem()
        if item is None or not item.isSelected():
            return None
        info = self.infos[self.snapshots.indexOfTopLevelItem(item)]
        return info if info.readable else None

    def go_back(self) -> None:
        """Back to the storage's form (a fresh install)."""
        self.pages.setCurrentIndex(0)
        self.status.say("")
        self._update_buttons()

    # --- restoring -----------------------------------------------------------------------------------

    def start_restore(self) -> None:
        """Restore the chosen snapshot: first see whether it replaces a library that is not empty (then
        the user must agree)."""
        info = self.selected()
        if info is None or info.manifest is None or self.worker.busy:
            return
        if self.worker.check_local(self._paths, info.manifest):
            self.status.say(translate("restore_dialog", "Looking at the library on this computer…"))
            self._update_buttons()

    def _checked_local(self, check: LocalCheck) -> None:
        info = self.selected()
        if info is None:
            return
        if not check.needs_confirmation:
            self._agreed(info, force=False)
            return
        if check.problem is not None:
            what = translate("restore_dialog", "The library on this computer cannot be read.")
        elif check.newer is not None:
            what = capitalised(check.newer) + "."
        else:
            recordings = check.recordings
            what = translate(
                "restore_dialog", "The library on this computer holds %n recordings.", "", recordings
            )
        title = translate("restore_dialog", "Replace the library?")
        box = QMessageBox(QMessageBox.Icon.Warning, title, what, parent=self)
        box.setObjectName("restoreConfirm")
        box.setInformativeText(translate("restore_dialog", "Restoring replaces it with the backup of {date}. The current library file is kept beside the restored one (library.sqlite3.before-restore-…), so it can be brought back by hand; recordings added since that backup are not in the restored library.").format(date=snapshot_date(info.created)))  # noqa: E501
        replace_button = box.addButton(
            translate("restore_dialog", "Replace the library"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.confirm_box = box

        def answered() -> None:
            self.confirm_box = None
            self._update_buttons()
            if box.clickedButton() is replace_button and isValid(self):
                self._agreed(info, force=True)
            elif isValid(self):
                self.status.say(translate("restore_dialog", "Nothing was restored."))
            box.deleteLater()

        box.finished.connect(lambda _result: answered())
        box.open()
        self._update_buttons()

    def _agreed(self, info: SnapshotInfo, *, force: bool) -> None:
        target, credentials = self._entered if self._entered is not None else (None, None)
        plan = RestorePlan(info.snapshot_id, info.created, force, self._settings, target, credentials)
        self.plan = plan
        if self._hand_over:
            self.hand_over_requested.emit(plan)
            self.accept()
            return
        self._run(plan)

    def _run(self, plan: RestorePlan) -> None:
        remember = (plan.target, plan.credentials) if plan.target and plan.credentials else None
        if self.worker.restore(self._paths, plan.opener(self._store), plan.snapshot_id, force=plan.force,
                               remember=remember, store=self._store):  # fmt: skip
            self.status.say("")
            self.progress_label.setText(translate("restore_dialog", "Starting the restore…"))
            self._busy_bar()
            self._update_buttons()

    def cancel_restore(self) -> None:
        """Stop the restore: nothing on this computer changes."""
        self.worker.cancel()
        self.progress_label.setText(translate("restore_dialog", "Cancelling…"))

    def reject(self) -> None:
        """Close; a running restore is cancelled first (the dialog closes once it has stopped)."""
        if self.worker.busy:
            self._close_when_done = True
            self.worker.cancel()
            self.progress_label.setText(translate("restore_dialog", "Cancelling…"))
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.worker.busy:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)

    # --- the worker's reports ------------------------------------------------------------------------

    def _busy_bar(self) -> None:
        self.progress_bar.setRange(0, 0)

    def _progress(self, progress: Progress) -> None:
        if progress.total_bytes:
            self.progress_bar.setRange(0, 1000)
            self.progress_bar.setValue(round(1000 * progress.fraction))
        self.progress_label.setText(progress_text(progress))

    def _finished(self, result: object) -> None:
        task = self.worker.last_task
        if task == "snapshots" and isinstance(result, list):
            self._show_list(result)
        elif task == "check" and isinstance(result, LocalCheck):
            self._checked_local(result)
        elif task == "restore" and isinstance(result, Restored):
            done = result.result
            recordings, transcripts = done.recordings, done.transcripts
            text = translate("restore_dialog", "Restored the backup of {date}: {recordings} and {transcripts}, every file checked.").format(  # noqa: E501
                date=snapshot_date(done.created),
                recordings=translate("restore_dialog", "%n recordings", "", recordings),
                transcripts=translate("restore_dialog", "%n transcripts", "", transcripts),
            )
            self.status.say(text, Role.SUCCESS)
            if result.setup_problem:
                problem = translate("restore_dialog", "Backups are not set up on this computer yet: {problem} Set them up in Settings → Backup.")  # noqa: E501
                text = f"{text}\n{problem.format(problem=result.setup_problem)}"
                self.status.say(text, Role.WARNING)
            announce(self.status, text)
            self.progress_bar.setRange(0, 1)
            self.progress_bar.setValue(1)
            self.progress_label.setText("")
            self.close_button.setDefault(True)
            self._restored = True
            self.restored.emit(result)
        self._update_buttons()

    def _say_failure(self, text: str) -> None:
        """Say what went wrong, on the dialog and at once to a screen reader."""
        self.status.say(text, Role.ERROR)
        announce(self.status, text, assertive=True)

    def _failed(self, message: str) -> None:
        if self.worker.last_task == "restore":
            self.status.say(message, Role.ERROR)
            news = translate("restore_dialog", "The restore failed: {reason}").format(reason=message)
            announce(self.status, news, assertive=True)
        else:
            self._say_failure(message)
        self.progress_label.setText("")
        self._ended_without_restore()
        self._update_buttons()
        self._close_if_asked()

    def _cancelled(self) -> None:
        text = translate("restore_dialog", "The restore was cancelled; nothing on this computer was changed.")
        self.status.say(text)
        announce(self.status, text)
        self.progress_label.setText("")
        self._ended_without_restore()
        self._update_buttons()
        self._close_if_asked()

    def _ended_without_restore(self) -> None:
        if not self._run_mode:
            self.plan = None  # (another snapshot may be chosen, or the same one tried again)

    def _close_if_asked(self) -> None:
        if self._close_when_done:
            super().reject()

    def _update_buttons(self) -> None:
        busy = self.worker.busy
        restoring = busy and self.worker.task == "restore"
        on_form = self.pages.currentIndex() == 0 and self.form is not None
        self.show_button.setVisible(on_form)
        self.show_button.setEnabled(not busy)
        self.back_button.setVisible(self.form is not None and not on_form and not self._run_mode)
        self.back_button.setEnabled(not busy and not self._restored)
        self.restore_button.setVisible(not on_form and not self._run_mode and not self._restored)
        self.restore_button.setEnabled(not busy and self.confirm_box is None and self.selected() is not None)
        self.cancel_button.setVisible(restoring)
        self.close_button.setEnabled(not restoring)
        if self.form is not None:
            self.form.setEnabled(not busy)
        self.snapshots.setEnabled(not busy and not self._restored)
        self.progress_bar.setVisible(busy or self._restored)
        self.progress_label.setVisible(busy)

    def _recolour(self) -> None:
        self.note.setStyleSheet(f"color: {css(Role.MUTED, self.palette())};")

