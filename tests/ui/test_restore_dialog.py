"""The Restore dialog without a server (ui/restore_dialog.py): a fresh install asks for the storage first
and refuses an incomplete form; snapshot dates are put in words. The restores themselves are tested
against the real server in tests/backup/test_backup_ui_restore.py."""

from __future__ import annotations

from datetime import UTC, datetime

from keyring.backends import fail

from iam_desktop.backup.snapshots import SnapshotInfo
from iam_desktop.paths import data_paths
from iam_desktop.secrets import SecretStore
from iam_desktop.ui.restore_dialog import RestoreDialog, snapshot_date
from iam_desktop.ui.theme import Role


def test_a_fresh_install_asks_where_the_backup_is_first(qtbot) -> None:
    dialog = RestoreDialog(data_paths(), secrets=SecretStore(fail.Keyring()))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.form is not None and dialog.pages.currentIndex() == 0
    assert dialog.show_button.isVisible() and not dialog.restore_button.isVisible()
    dialog.form.bucket.setText("my-backups")
    dialog.form.access_id.setText("AKIA00000000")
    dialog.show_button.click()  # no secret key typed
    assert not dialog.worker.busy
    assert dialog.status.role is Role.ERROR and "secret access key" in dialog.status.text()


def test_the_list_shows_date_recordings_and_size_and_unreadable_backups_cannot_be_chosen(qtbot) -> None:
    dialog = RestoreDialog(data_paths(), secrets=SecretStore(fail.Keyring()))
    qtbot.addWidget(dialog)
    infos = [
        SnapshotInfo("bad", "2025-03-11T10:00:00+00:00", 0, 0, 0, 0, problem="altered"),
        SnapshotInfo("good", "2025-03-10T10:00:00+00:00", 12, 11, 2_400_000_000, 13),
    ]
    dialog._show_list(infos)
    assert dialog.pages.currentIndex() == 1
    bad, good = (dialog.snapshots.topLevelItem(i) for i in range(2))
    assert bad.text(0).endswith("cannot be read") and not bad.flags() & bad.flags().ItemIsEnabled
    assert good.text(0).endswith("(newest)")  # the newest one that can be restored
    assert [good.text(1), good.text(2), good.text(3)] == ["12", "11", "2.4 GB"]
    assert dialog.selected() is infos[1]


def test_snapshot_dates_in_words() -> None:
    when = datetime(2025, 3, 10, 14, 2, tzinfo=UTC)
    local = when.astimezone()
    assert snapshot_date(when.isoformat()) == f"{local.day} {local.strftime('%B %Y, %H:%M')}"
    assert snapshot_date("") == "unknown date"
