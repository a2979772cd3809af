"""The window's part of backups: automatic backups in the background (told of every library change and
every new setting), the first-start "Restore from a backup…", and a restore the user agreed to, which
the app runs once the window has closed its library (restore needs the library closed everywhere)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from iam_desktop.secrets import SecretStore
from iam_desktop.ui.backup_scheduler import BackupScheduler
from iam_desktop.ui.changes import Change, Kind
from iam_desktop.ui.i18n import translate

if TYPE_CHECKING:
    from iam_desktop.ui.main_window import MainWindow
    from iam_desktop.ui.restore_dialog import RestorePlan
    from iam_desktop.ui.settings_dialog import SettingsDialog

#: library changes that make a new backup worth it
_BACKED_UP = {Kind.RECORDINGS, Kind.TRANSCRIPT}


class WindowBackup(QObject):
    """Attributes: scheduler (the BackupScheduler), restore_plan (the RestorePlan to run after the window
    closed, or None)."""

    def __init__(self, window: MainWindow, secrets: SecretStore | None) -> None:
        super().__init__(window)
        self._window, self._secrets = window, secrets
        self.scheduler = BackupScheduler(window.data_paths, window.settings, secrets, self)
        self.restore_plan: RestorePlan | None = None
        window.settings_changed.connect(self.scheduler.update_settings)
        window.changes.changed.connect(self._on_change)
        window.welcome.restore_requested.connect(self.open_restore)
        self.scheduler.failed.connect(
            lambda message: window.say(
                translate("window_backup", "Backup failed: {reason}").format(reason=message), 10000
            )
        )

    def start(self) -> None:
        """Check now whether a backup is due (in the background), then every minute."""
        self.scheduler.start()

    def stop(self) -> None:
        """Cancel a running backup (what was sent is kept; the next one continues from there)."""
        self.scheduler.stop()

    def _on_change(self, change: Change) -> None:
        if _BACKED_UP & set(change.kinds):
            self.scheduler.note_library_change()

    def connect_settings(self, dialog: SettingsDialog) -> None:
        """The Backup page's saved configuration and restore requests reach the window."""
        page = dialog.backup_page
        page.settings_saved.connect(self._window.apply_settings)  # (Save has written it already)
        page.restore_requested.connect(self.restore_and_restart)

    def open_restore(self) -> None:
        """The first-start restore: ask for the storage and keys, list the backups, agree to one."""
        from iam_desktop.ui.restore_dialog import RestoreDialog

        dialog = RestoreDialog(
            self._window.data_paths, settings=self._window.settings, secrets=self._secrets,
            parent=self._window, hand_over=True,
        )  # fmt: skip
        dialog.hand_over_requested.connect(self.restore_and_restart)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def restore_and_restart(self, plan: RestorePlan) -> None:
        """Close the window (and so the library); the app then runs `plan` and starts again."""
        self.restore_plan = plan
        self._window.close()
