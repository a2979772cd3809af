"""The Backup page's form and words (ui/backup_page.py), without a server: which fields each provider
shows, what the page says before anything is set up, and how progress and times are put."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta

import pytest
from keyring.backends import fail
from PySide6.QtCore import QLocale

from iam_desktop.backup.control import Progress
from iam_desktop.backup.state import BackupState
from iam_desktop.backup.target import PROVIDERS
from iam_desktop.paths import data_paths
from iam_desktop.secrets import SecretStore
from iam_desktop.settings import Settings
from iam_desktop.ui.backup_form import BackupTargetForm
from iam_desktop.ui.backup_page import BackupPage
from iam_desktop.ui.backup_texts import PASSPHRASE_WARNING, eta_text, next_text, progress_text, when_text
from iam_desktop.ui.i18n import format_time
from iam_desktop.ui.theme import Role

NOW = datetime(2025, 3, 10, 12, 0).astimezone()


def test_each_provider_shows_the_fields_it_needs_with_its_hint(qtbot) -> None:
    form = BackupTargetForm(Settings())
    qtbot.addWidget(form)
    form.show()
    for key, preset in PROVIDERS.items():
        form.provider.setCurrentIndex(form.provider.findData(key))
        assert form.endpoint.isVisibleTo(form) == preset.needs_endpoint, key
        assert form.region.isVisibleTo(form) == (key != "r2"), key
        hint = form.endpoint_hint if preset.needs_endpoint else form.region_hint
        assert hint.text() == preset.hint and hint.isVisibleTo(form), key
        assert form.region.placeholderText() == preset.default_region
    form.provider.setCurrentIndex(form.provider.findData("wasabi"))
    form.bucket.setText(" my-backups ")
    form.prefix.setText("/laptop/")
    form.region.setText("eu-central-1")
    target = form.target()
    assert (target.provider, target.bucket, target.prefix, target.region) == (
        "wasabi", "my-backups", "laptop", "eu-central-1"
    )
    assert target.endpoint_url == "https://s3.eu-central-1.wasabisys.com"


def test_the_passphrase_warning_is_prominent_and_the_secret_fields_hide_what_is_typed(qtbot) -> None:
    form = BackupTargetForm(Settings())
    qtbot.addWidget(form)
    assert form.warning.text() == PASSPHRASE_WARNING
    assert "nobody, not even IAM Desktop, can recover it" in PASSPHRASE_WARNING
    for field in (form.secret, form.passphrase, form.confirm):
        assert field is not None and field.echoMode() == field.EchoMode.Password
    form.passphrase.setText("one two three four")
    form.confirm.setText("one two three five")  # type: ignore[union-attr]
    assert form.passphrase_problem() is not None
    form.confirm.setText("one two three four")  # type: ignore[union-attr]
    assert form.passphrase_problem() is None


def test_a_page_without_a_backup_says_how_to_set_one_up(qtbot) -> None:
    page = BackupPage(Settings(), data_paths(), SecretStore(fail.Keyring()))
    qtbot.addWidget(page)
    page.show()
    assert page.setup_hint.isVisible() and not page.last_label.isVisible()
    assert not page.backup_button.isVisible() and page.restore_button.isEnabled()
    assert page.unsaved_changes() is None
    page.back_up_now()
    assert page.work_result.role is Role.ERROR and not page.scheduler.worker.busy
    # a keyring that cannot be used is said on the page (secrets cannot be saved)
    qtbot.waitUntil(lambda: page.storage_result.role is Role.ERROR, timeout=5000)
    assert "keyring" in page.storage_result.text()
    # an incomplete storage is refused before any work starts
    page.test_connection()
    assert not page.quick.busy and "bucket" in page.storage_result.text()


def test_the_state_of_the_backups_in_words(qtbot) -> None:
    settings = Settings(backup_provider="aws", backup_bucket="b", backup_access_id="AKIA0000")
    page = BackupPage(settings, data_paths(), SecretStore(fail.Keyring()))
    qtbot.addWidget(page)
    now = datetime.now().astimezone()
    failed = BackupState(last_success=(now - timedelta(days=1)).isoformat(), last_error="the bucket is gone",
                         last_attempt=(now - timedelta(minutes=1)).isoformat())  # fmt: skip
    page._show_state(failed, now + timedelta(minutes=14, seconds=30))
    assert page.last_label.text().startswith("yesterday at")
    assert page.error_label.role is Role.ERROR and page.error_label.text().endswith(": the bucket is gone")
    assert page.next_label.text().startswith("in about 14 minutes") or page.next_label.text().startswith(
        "in about 15 minutes"
    )
    page._show_state(BackupState(last_success=now.isoformat(), last_attempt=now.isoformat()), None)
    assert page.error_label.text() == "none" and page.error_label.role is None


def test_progress_and_times_in_words() -> None:
    running = Progress("uploading", 12_300_000, 1_200_000_000, 4_500_000, 185, 3, 140)
    assert progress_text(running) == "Uploading · 12 MB of 1.2 GB · 4.5 MB/s · about 3 min left"
    assert progress_text(running, paused=True) == "Paused · 12 MB of 1.2 GB"
    assert progress_text(Progress("pruning", 0, 0, 0, None, 2, 9)) == "Removing old backups · 2 of 9 files"
    assert eta_text(20) == "less than a minute left"
    assert eta_text(2 * 3600 + 600) == "about 2 h 10 min left"
    assert next_text(None, NOW, configured=True, automatic=True).startswith("Automatic backups are off")
    assert next_text(NOW, NOW, configured=True, automatic=True) == "within a minute"


@pytest.fixture
def locale() -> Iterator[Callable[[str], None]]:
    """Sets the window's locale for formatting (QLocale's default) for one test."""
    before = QLocale()
    yield lambda name: QLocale.setDefault(QLocale(name))
    QLocale.setDefault(before)


def test_times_in_words_follow_the_window_locale(locale) -> None:
    locale("en_US")
    nine = NOW.replace(hour=9, minute=5)

    def said(when: datetime) -> str:
        return when_text(when, NOW).replace("\u202f", " ")  # (Qt puts a narrow space before AM/PM)

    assert when_text(nine, NOW) == f"today at {format_time(nine)}" and said(nine) == "today at 9:05 AM"
    assert said(NOW - timedelta(days=1)) == "yesterday at 12:00 PM"
    assert said(NOW + timedelta(days=1)) == "tomorrow at 12:00 PM"
    assert said(NOW - timedelta(days=3)) == "March 7 at 12:00 PM"
    assert said(NOW - timedelta(days=400)) == "Sunday, February 4, 2024 at 12:00 PM"
    upcoming = next_text(NOW + timedelta(hours=3), NOW, configured=True, automatic=True)
    assert upcoming.replace("\u202f", " ") == "today at 3:00 PM"
    locale("de_DE")  # (the words come from the translation files; the formats from the locale)
    assert when_text(NOW.replace(hour=9, minute=5), NOW) == "today at 09:05"
    assert when_text(NOW - timedelta(days=3), NOW) == "7. März at 12:00"
    assert when_text(NOW - timedelta(days=400), NOW) == "Sonntag, 4. Februar 2024 at 12:00"
    running = Progress("uploading", 12_300_000, 1_200_000_000, 4_500_000, 185, 3, 140)
    assert progress_text(running) == "Uploading · 12 MB of 1,2 GB · 4,5 MB/s · about 3 min left"


def test_every_field_is_named_for_a_screen_reader_and_results_are_announced(qtbot) -> None:
    from PySide6.QtWidgets import QLabel, QLineEdit

    from iam_desktop.ui.accessibility import recent_announcements

    form = BackupTargetForm(Settings(backup_provider="custom"))
    qtbot.addWidget(form)
    fields = [form.provider, *form.findChildren(QLineEdit)]
    assert all(field.accessibleName() for field in fields)
    assert "open" in form.passphrase.accessibleDescription()  # says what the passphrase protects
    buddies = {label.buddy() for label in form.findChildren(QLabel) if label.buddy() is not None}
    assert {form.region, form.endpoint, form.bucket, form.passphrase} <= buddies  # (not their cells)
    assert form.endpoint.accessibleDescription() == PROVIDERS["custom"].hint  # the hint under the field

    page = BackupPage(Settings(), data_paths(), SecretStore(fail.Keyring()))
    qtbot.addWidget(page)
    page._work_failed("The bucket is gone.")
    assert recent_announcements[-1] == "The backup failed: The bucket is gone."
    page._work_cancelled()
    assert recent_announcements[-1].startswith("Cancelled.")
