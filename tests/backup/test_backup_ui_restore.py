"""The Restore dialog (ui/restore_dialog.py) against the real S3 server: it lists the snapshots, restores
into an empty data folder (a fresh install: storage and passphrase entered in the dialog, then kept),
asks before replacing a library that is not empty, and says plainly what is wrong."""

from __future__ import annotations

from pathlib import Path

import pytest
from backup_builders import back_up, folder_state, library_contents, make_library
from keyring_fakes import PlaintextKeyring
from library_helpers import add_recording
from PySide6.QtWidgets import QMessageBox
from s3_helpers import S3Server

from iam_desktop.backup.credentials import PASSPHRASE as PASSPHRASE_NAME
from iam_desktop.backup.credentials import PASSPHRASE_ENV, S3_SECRET, S3_SECRET_ENV, Credentials
from iam_desktop.backup.session import session_from_settings
from iam_desktop.library import Library
from iam_desktop.paths import data_paths
from iam_desktop.secrets import ALLOW_PLAINTEXT_ENV, SecretStore
from iam_desktop.settings import Settings, load_settings
from iam_desktop.ui.backup_worker import Restored
from iam_desktop.ui.restore_dialog import RestoreDialog, RestorePlan
from iam_desktop.ui.theme import Role

pytestmark = pytest.mark.timeout(120)


@pytest.fixture
def backed_up(backup_settings: Settings) -> Settings:
    """The test's data folder holds a library of four recordings, backed up once."""
    paths = data_paths()
    make_library(paths)
    back_up(paths, session_from_settings(backup_settings, create=True))
    return backup_settings


@pytest.fixture
def keyring(monkeypatch: pytest.MonkeyPatch) -> SecretStore:
    monkeypatch.setenv(ALLOW_PLAINTEXT_ENV, "1")  # the fake says it is a plaintext keyring
    return SecretStore(PlaintextKeyring())


def fill_form(dialog: RestoreDialog, s3_server: S3Server, bucket: str, passphrase: str) -> None:
    form = dialog.form
    assert form is not None
    form.provider.setCurrentIndex(form.provider.findData("custom"))
    form.endpoint.setText(s3_server.endpoint)
    form.bucket.setText(bucket)
    form.prefix.setText("iam")
    form.access_id.setText(s3_server.key_id)
    form.secret.setText(s3_server.secret)
    form.passphrase.setText(passphrase)


def test_a_fresh_install_restores_the_backup_and_keeps_its_settings(
    qtbot, backed_up: Settings, s3_server: S3Server, bucket: str, tmp_path: Path, keyring: SecretStore,
    monkeypatch: pytest.MonkeyPatch, credentials: Credentials,
) -> None:  # fmt: skip
    original = library_contents(data_paths())
    fresh = data_paths(tmp_path / "new-computer")
    monkeypatch.delenv(S3_SECRET_ENV)  # the new computer has nothing stored
    monkeypatch.delenv(PASSPHRASE_ENV)
    dialog = RestoreDialog(fresh, secrets=keyring)
    qtbot.addWidget(dialog)
    assert dialog.form is not None and dialog.pages.currentIndex() == 0
    assert dialog.form.confirm is None  # a passphrase is entered once to open a backup
    fill_form(dialog, s3_server, bucket, credentials.passphrase)
    with qtbot.waitSignal(dialog.worker.finished, timeout=30000):
        dialog.show_button.click()
    assert dialog.pages.currentIndex() == 1
    assert dialog.snapshots.topLevelItemCount() == 1
    row = dialog.snapshots.topLevelItem(0)
    assert [row.text(1), row.text(2)] == ["4", "4"]  # recordings, transcripts
    assert row.text(3).endswith("MB")
    assert dialog.selected() is dialog.infos[0]
    with qtbot.waitSignal(dialog.restored, timeout=60000) as restored:
        dialog.restore_button.click()  # an empty folder: no question asked
    assert dialog.confirm_box is None
    outcome = restored.args[0]
    assert isinstance(outcome, Restored) and outcome.setup_problem is None
    assert outcome.result.recordings == 4
    assert dialog.status.role is Role.SUCCESS and "4 recordings" in dialog.status.text()
    assert library_contents(fresh) == original
    # backups go on to the same place: the target in the settings, the secrets in the keyring only
    settings = load_settings(fresh)
    place = (settings.backup_provider, settings.backup_bucket, settings.backup_prefix)
    assert place == ("custom", bucket, "iam")
    assert keyring.get(S3_SECRET) == s3_server.secret
    assert keyring.get(PASSPHRASE_NAME) == credentials.passphrase
    stored = (fresh.root / "settings.json").read_text()
    assert s3_server.secret not in stored and credentials.passphrase not in stored


def test_a_wrong_passphrase_is_said_plainly_and_changes_nothing(
    qtbot, backed_up: Settings, s3_server: S3Server, bucket: str, tmp_path: Path, keyring: SecretStore
) -> None:  # fmt: skip
    fresh = data_paths(tmp_path / "new-computer")
    before = folder_state(fresh.root)
    dialog = RestoreDialog(fresh, secrets=keyring)
    qtbot.addWidget(dialog)
    fill_form(dialog, s3_server, bucket, "not the right passphrase")
    with qtbot.waitSignal(dialog.worker.failed, timeout=30000):
        dialog.show_button.click()
    assert dialog.status.role is Role.ERROR
    assert "passphrase" in dialog.status.text().lower()
    assert dialog.pages.currentIndex() == 0 and dialog.show_button.isEnabled()
    assert folder_state(fresh.root) == before
    # an incomplete form is refused before anything is tried
    dialog.form.bucket.clear()  # type: ignore[union-attr]
    dialog.show_button.click()
    assert not dialog.worker.busy
    assert dialog.status.role is Role.ERROR and "bucket" in dialog.status.text()


def test_replacing_a_library_that_is_not_empty_needs_the_users_consent(
    qtbot, backed_up: Settings
) -> None:  # fmt: skip
    paths = data_paths()
    library = Library.open(paths)
    try:
        add_recording(library, "Made after the backup", content="z", audio=True)
    finally:
        library.close()
    before = folder_state(paths.root)
    dialog = RestoreDialog(paths, settings=backed_up)
    qtbot.addWidget(dialog)
    assert dialog.form is None  # a backup is set up: its snapshots are listed at once
    qtbot.waitUntil(lambda: dialog.snapshots.topLevelItemCount() == 1, timeout=30000)
    assert dialog.where.text().startswith("Backups in Other S3-compatible")

    qtbot.waitUntil(lambda: dialog.restore_button.isEnabled(), timeout=5000)
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: dialog.confirm_box is not None, timeout=10000)
    box = dialog.confirm_box
    assert box is not None
    assert "does not have" in box.text() or "5 recordings" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: dialog.confirm_box is None, timeout=5000)
    assert dialog.status.text() == "Nothing was restored."
    assert folder_state(paths.root) == before

    dialog.restore_button.click()
    qtbot.waitUntil(lambda: dialog.confirm_box is not None, timeout=10000)
    box = dialog.confirm_box
    assert box is not None
    replace_button = next(b for b in box.buttons() if b.text() == "Replace the library")
    with qtbot.waitSignal(dialog.restored, timeout=60000) as restored:
        replace_button.click()
    result = restored.args[0].result
    assert result.recordings == 4
    assert result.kept_previous is not None and result.kept_previous.is_file()  # kept, never deleted


def test_in_the_running_app_the_choice_is_handed_over_and_run_once_the_library_is_closed(
    qtbot, backed_up: Settings
) -> None:  # fmt: skip
    paths = data_paths()
    library = Library.open(paths)  # as in the window: the library is open
    try:
        dialog = RestoreDialog(paths, settings=backed_up, hand_over=True)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.restore_button.isEnabled(), timeout=30000)
        dialog.restore_button.click()
        qtbot.waitUntil(lambda: dialog.confirm_box is not None, timeout=10000)
        replace_button = next(b for b in dialog.confirm_box.buttons() if b.text() == "Replace the library")  # type: ignore[union-attr]
        with qtbot.waitSignal(dialog.hand_over_requested, timeout=5000) as handed:
            replace_button.click()
    finally:
        library.close()
    plan = handed.args[0]
    assert isinstance(plan, RestorePlan) and plan.force and plan.snapshot_id == dialog.infos[0].snapshot_id
    assert not dialog.isVisible()
    runner = RestoreDialog(paths, plan=plan)  # what the app shows once its library is closed
    qtbot.addWidget(runner)
    assert runner.cancel_button.isVisibleTo(runner) and not runner.restore_button.isVisibleTo(runner)
    with qtbot.waitSignal(runner.restored, timeout=60000) as restored:
        pass
    assert restored.args[0].result.snapshot_id == plan.snapshot_id
    assert runner.status.role is Role.SUCCESS
