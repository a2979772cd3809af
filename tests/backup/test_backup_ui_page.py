"""The settings dialog's Backup page (ui/backup_page.py) against the real S3 server: Save keeps the
storage in the settings and the secrets in the keyring only, Test connection says plainly what is wrong,
and Back up now runs off the GUI thread with progress, pause and cancel."""

from __future__ import annotations

import json
import threading
from dataclasses import replace

import pytest
from backup_builders import make_library
from keyring_fakes import PlaintextKeyring
from s3_helpers import S3Server

from iam_desktop.backup.credentials import PASSPHRASE as PASSPHRASE_NAME
from iam_desktop.backup.credentials import PASSPHRASE_ENV, S3_SECRET, S3_SECRET_ENV
from iam_desktop.backup.session import session_from_settings
from iam_desktop.backup.state import load_state
from iam_desktop.paths import data_paths
from iam_desktop.secrets import ALLOW_PLAINTEXT_ENV, SecretStore
from iam_desktop.settings import Settings, load_settings, settings_file
from iam_desktop.ui.backup_page import BackupPage
from iam_desktop.ui.backup_scheduler import BackupScheduler
from iam_desktop.ui.backup_texts import STORED
from iam_desktop.ui.theme import Role

pytestmark = pytest.mark.timeout(120)
PASSPHRASE = "a passphrase for the page test"


@pytest.fixture
def keyring(monkeypatch: pytest.MonkeyPatch) -> SecretStore:
    monkeypatch.setenv(ALLOW_PLAINTEXT_ENV, "1")  # the fake says it is a plaintext keyring
    monkeypatch.delenv(S3_SECRET_ENV, raising=False)
    monkeypatch.delenv(PASSPHRASE_ENV, raising=False)
    return SecretStore(PlaintextKeyring())


def fill(page: BackupPage, s3_server: S3Server, bucket: str, *, secret: str | None = None) -> None:
    form = page.form
    form.provider.setCurrentIndex(form.provider.findData("custom"))
    form.endpoint.setText(s3_server.endpoint)
    form.bucket.setText(bucket)
    form.prefix.setText("/iam/")
    form.access_id.setText(s3_server.key_id)
    form.secret.setText(secret or s3_server.secret)
    form.passphrase.setText(PASSPHRASE)
    assert form.confirm is not None
    form.confirm.setText(PASSPHRASE)


def test_save_keeps_the_storage_in_the_settings_and_the_secrets_in_the_keyring_only(
    qtbot, s3_server: S3Server, bucket: str, keyring: SecretStore
) -> None:  # fmt: skip
    paths = data_paths()
    page = BackupPage(Settings(), paths, keyring)
    qtbot.addWidget(page)
    assert not page.configured() and page.setup_hint.isVisibleTo(page)
    assert not page.backup_button.isVisibleTo(page)
    fill(page, s3_server, bucket)
    assert page.unsaved_changes() is not None  # OK now would drop what was typed
    with qtbot.waitSignal(page.settings_saved, timeout=30000) as saved:
        page.save_button.click()
    settings = saved.args[0]
    place = (settings.backup_provider, settings.backup_bucket, settings.backup_prefix)
    assert place == ("custom", bucket, "iam")
    assert page.storage_result.role is Role.SUCCESS
    assert page.storage_result.text().startswith("Saved. Backups go to Other S3-compatible, bucket")
    assert load_settings(paths) == settings
    text = settings_file(paths).read_text()
    assert s3_server.secret not in text and PASSPHRASE not in text
    assert json.loads(text)["backup_access_id"] == s3_server.key_id
    assert keyring.get(S3_SECRET) == s3_server.secret and keyring.get(PASSPHRASE_NAME) == PASSPHRASE
    # the fields are emptied and say that the secrets are stored; the dialog's OK keeps the new storage
    assert page.form.secret.text() == "" and page.form.passphrase.text() == ""
    qtbot.waitUntil(lambda: page.form.secret.placeholderText() == STORED, timeout=5000)
    assert page.form.passphrase.placeholderText() == STORED
    assert page.unsaved_changes() is None
    assert page.values()["backup_bucket"] == bucket and page.configured()
    assert page.backup_button.isVisibleTo(page) and page.backup_button.isEnabled()
    assert page.scheduler.settings.backup_bucket == bucket
    # Test connection with nothing typed uses the stored key
    with qtbot.waitSignal(page.quick.finished, timeout=30000):
        page.test_button.click()
    assert page.storage_result.role is Role.SUCCESS


def test_test_connection_says_plainly_when_the_key_is_wrong(
    qtbot, s3_server: S3Server, bucket: str, keyring: SecretStore
) -> None:  # fmt: skip
    page = BackupPage(Settings(), data_paths(), keyring)
    qtbot.addWidget(page)
    fill(page, s3_server, bucket, secret="NOTTHERIGHTSECRETKEY0000")
    with qtbot.waitSignal(page.quick.failed, timeout=30000):
        page.test_button.click()
    message = page.storage_result.text()
    assert page.storage_result.role is Role.ERROR
    assert "key" in message.lower() and message[0].isupper()
    assert "NOTTHERIGHTSECRETKEY0000" not in message
    assert "Traceback" not in message and "botocore" not in message
    page.form.secret.setText(s3_server.secret)
    with qtbot.waitSignal(page.quick.finished, timeout=30000):
        page.test_button.click()
    assert page.storage_result.role is Role.SUCCESS
    assert page.storage_result.text().startswith("The connection works")
    assert not settings_file(data_paths()).exists() or load_settings(data_paths()).backup_provider is None


def test_save_refuses_passphrases_that_differ(qtbot, s3_server: S3Server, bucket: str,
                                              keyring: SecretStore) -> None:  # fmt: skip
    page = BackupPage(Settings(), data_paths(), keyring)
    qtbot.addWidget(page)
    fill(page, s3_server, bucket)
    assert page.form.confirm is not None
    page.form.confirm.setText(PASSPHRASE + "!")
    page.save_button.click()
    assert not page.quick.busy
    assert page.storage_result.role is Role.ERROR and "passphrases differ" in page.storage_result.text()
    assert keyring.get(S3_SECRET) is None


def test_back_up_now_runs_off_the_gui_thread_with_progress_pause_and_cancel(
    qtbot, backup_settings: Settings
) -> None:  # fmt: skip
    paths = data_paths()
    make_library(paths)  # 2.5 MiB of audio: at 200 kB/s a backup takes over ten seconds
    session_from_settings(backup_settings, create=True)
    page = BackupPage(backup_settings, paths)
    qtbot.addWidget(page)
    page.bandwidth.setValue(200)
    seen: list[str] = []
    page.scheduler.progress.connect(lambda p: seen.append(p.stage))

    page.backup_button.click()
    assert page.scheduler.worker.busy and not page.backup_button.isEnabled()
    assert page.pause_button.isVisibleTo(page) and page.cancel_button.isVisibleTo(page)
    assert page.next_label.text() == "running now"
    worker_thread = page.scheduler.worker._thread
    assert worker_thread is not None and worker_thread is not threading.current_thread()
    qtbot.waitUntil(lambda: "uploading" in seen and "of" in page.progress_label.text(), timeout=30000)
    assert page.progress_label.text().startswith("Uploading · ")
    qtbot.waitUntil(lambda: "kB/s" in page.progress_label.text(), timeout=10000)
    page.pause_button.click()
    assert page.pause_button.text() == "Resume"
    qtbot.waitUntil(lambda: page.progress_label.text().startswith("Paused · "), timeout=5000)
    page.pause_button.click()
    assert page.pause_button.text() == "Pause"
    with qtbot.waitSignal(page.scheduler.cancelled, timeout=30000):
        page.cancel_button.click()
    assert page.work_result.text().startswith("Cancelled.")
    assert page.backup_button.isEnabled() and not page.cancel_button.isVisibleTo(page)
    assert load_state(paths).last_success is None

    page.bandwidth.setValue(0)
    with qtbot.waitSignal(page.scheduler.finished, timeout=60000):
        page.backup_button.click()
    assert page.work_result.role is Role.SUCCESS and page.work_result.text().startswith("Backed up:")
    qtbot.waitUntil(lambda: page.last_label.text().startswith("today at"), timeout=5000)
    assert page.values()["backup_bandwidth_kbps"] == 0


def test_a_failed_backup_shows_its_error_and_when_it_will_try_again(
    qtbot, backup_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:  # fmt: skip
    paths = data_paths()
    make_library(paths)
    settings = replace(backup_settings, backup_bucket="no-such-bucket-here")
    paid = BackupScheduler(paths, settings, plan_refusal=lambda: None)  # automatic backups: a paid plan
    page = BackupPage(settings, paths, None, paid)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.scheduler.failed, timeout=30000):
        page.backup_button.click()
    assert page.work_result.role is Role.ERROR
    qtbot.waitUntil(lambda: page.error_label.role is Role.ERROR, timeout=5000)
    assert page.error_label.text().startswith("Today at ")
    assert "in about 15 minutes" in page.next_label.text()
