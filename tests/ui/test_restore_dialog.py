"""The Restore dialog without a server (ui/restore_dialog.py): a fresh install asks for the storage first
and refuses an incomplete form; snapshot dates are put in words. The restores themselves are tested
against the real server in tests/backup/test_backup_ui_restore.py."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime

import pytest
from keyring.backends import fail
from PySide6.QtCore import QLocale

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


@pytest.fixture
def locale() -> Iterator[Callable[[str], None]]:
    """Sets the window's locale for formatting (QLocale's default) for one test."""
    before = QLocale()
    yield lambda name: QLocale.setDefault(QLocale(name))
    QLocale.setDefault(before)


def test_snapshot_dates_in_the_window_locale(locale) -> None:
    when = datetime(2025, 3, 10, 14, 2, tzinfo=UTC)
    local = when.astimezone()  # (shown in local time)
    locale("en_US")
    text = snapshot_date(when.isoformat())
    assert text.startswith(f"Monday, March {local.day}, 2025 ") if local.day == 10 else "2025" in text
    assert text.endswith(("AM", "PM")) and f":{local.minute:02d}" in text
    locale("de_DE")
    text = snapshot_date(when.isoformat())
    assert f"{local.day}. März 2025" in text and text.endswith(f"{local.hour:02d}:{local.minute:02d}")
    assert snapshot_date("") == "unknown date"
    assert snapshot_date("not a time") == "not a time"
