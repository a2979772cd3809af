"""The form where a backup target is entered (provider, endpoint, region, bucket, prefix, access key ID,
secret access key, passphrase): used by the Backup page and by the first-start restore."""

from __future__ import annotations

import os
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from iam_desktop.backup.credentials import PASSPHRASE, PASSPHRASE_ENV, S3_SECRET, S3_SECRET_ENV
from iam_desktop.backup.target import PROVIDERS, BackupTarget, normalize_prefix
from iam_desktop.errors import SecretsUnavailable
from iam_desktop.secrets import SecretStore
from iam_desktop.settings import Settings
from iam_desktop.ui.backup_texts import PASSPHRASE_WARNING, STORED
from iam_desktop.ui.i18n import translate
from iam_desktop.ui.icons import icon
from iam_desktop.ui.theme import Role, css

#: the providers' names and hints that are words (backup.target.PROVIDERS, in English: shown through
#: `provider_text`; brand names such as "Amazon S3" stay as they are)
PROVIDER_WORDS = (
    QT_TRANSLATE_NOOP("backup_form", "Other S3-compatible (MinIO, Ceph, a company server)"),
    QT_TRANSLATE_NOOP("backup_form", "Region of the bucket, e.g. eu-central-1."),
    QT_TRANSLATE_NOOP("backup_form", "Wasabi region, e.g. eu-central-1 (the endpoint s3.<region>.wasabisys.com is used)."),  # noqa: E501
    QT_TRANSLATE_NOOP("backup_form", "Spaces region, e.g. ams3, fra1, nyc3."),
    QT_TRANSLATE_NOOP("backup_form", "The region in the bucket's S3 endpoint, e.g. eu-central-003."),
    QT_TRANSLATE_NOOP("backup_form", "The account's S3 API address, https://<account id>.r2.cloudflarestorage.com."),  # noqa: E501
    QT_TRANSLATE_NOOP("backup_form", "The server's address, e.g. https://minio.example.com:9000."),
)


def provider_text(text: str) -> str:
    """A provider's name or hint from backup.target in the window's language (as it is when it is a
    brand name, or a text this module does not list)."""
    return translate("backup_form", text) if text in PROVIDER_WORDS else text


@dataclass(frozen=True)
class StoredSecrets:
    """Which of the backup's secrets are stored (never their values), and why the keyring cannot be used."""

    secret_key: bool
    passphrase: bool
    problem: str | None = None


def read_stored_secrets(store: SecretStore) -> StoredSecrets:
    """Look at the environment and the keyring (slow: run it in the background)."""
    env_secret = bool(os.environ.get(S3_SECRET_ENV))
    env_phrase = bool(os.environ.get(PASSPHRASE_ENV))
    try:
        secret = env_secret or store.get(S3_SECRET) is not None
        phrase = env_phrase or store.get(PASSPHRASE) is not None
        return StoredSecrets(secret, phrase)
    except SecretsUnavailable as exc:
        return StoredSecrets(env_secret, env_phrase, str(exc))



# --- the target form ---------------------------------------------------------------------------------


class FittedLabel(QLabel):
    """A word-wrapped label exactly as tall as its text at its width (a wrapped label in a form is
    otherwise given room for a narrower width: a blank band under the text)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        height = self.heightForWidth(self.width())
        if height > 0 and height != self.height():
            self.setFixedHeight(height)


def form_label(text: str, buddy: QWidget) -> QLabel:
    """A form's label for a field with a hint under it: level with the field, not with the pair; the
    field is its buddy (its mnemonic and screen readers reach the field, not the cell around it)."""
    label = QLabel(text)
    label.setBuddy(buddy)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    label.setContentsMargins(0, 4, 0, 0)
    return label


def with_hint(field: QWidget, hint: QLabel) -> QWidget:
    """`field` with a small explanation right under it, as one cell of a form."""
    cell = QWidget()
    column = QVBoxLayout(cell)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(3)
    column.addWidget(field)
    column.addWidget(hint)
    return cell


class BackupTargetForm(QWidget):
    """Where backups go and the secrets that open them: provider, bucket, folder, region, server
    address, access key ID, secret access key, passphrase (and its confirmation, when `confirm`).
    Used by the Backup page and by the restore dialog of a fresh install.

    Attributes: provider, bucket, prefix, region, region_hint, endpoint, endpoint_hint, access_id, secret,
    passphrase, confirm (None without `confirm`), warning.
    """

    #: something in the form was edited
    edited = Signal()

    def __init__(self, settings: Settings, *, confirm: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.provider = QComboBox()
        for preset in PROVIDERS.values():
            self.provider.addItem(provider_text(preset.label), preset.key)
        self.provider.setAccessibleName(translate("backup_form", "Provider"))
        self.provider.setAccessibleDescription(
            translate("backup_form", "The storage service that keeps the backups")
        )
        self.bucket = QLineEdit(settings.backup_bucket)
        self.bucket.setAccessibleName(translate("backup_form", "Bucket"))
        self.bucket.setPlaceholderText(translate("backup_form", "the bucket's name"))
        self.prefix = QLineEdit(settings.backup_prefix)
        self.prefix.setAccessibleName(translate("backup_form", "Folder in the bucket"))
        self.prefix.setPlaceholderText(translate("backup_form", "empty: the top of the bucket"))
        self.region = QLineEdit(settings.backup_region or "")
        self.region.setAccessibleName(translate("backup_form", "Region"))
        self.region_hint = self._hint()
        self.endpoint = QLineEdit(settings.backup_endpoint or "")
        self.endpoint.setAccessibleName(translate("backup_form", "Server address"))
        self.endpoint.setPlaceholderText("https://…")
        self.endpoint_hint = self._hint()
        self.access_id = QLineEdit(settings.backup_access_id)
        self.access_id.setAccessibleName(translate("backup_form", "Access key ID"))
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(translate("backup_form", "Secret access key"))
        self.secret.setAccessibleDescription(translate(
            "backup_form", "The secret that goes with the access key ID; it is kept in the OS keyring only"
        ))  # fmt: skip
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(translate("backup_form", "Passphrase"))
        self.passphrase.setAccessibleDescription(translate(
            "backup_form", "Encrypts the backups on this computer; without it nobody can open them"
        ))  # fmt: skip
        self.confirm: QLineEdit | None = None
        self.warning = FittedLabel(translate("backup_texts", PASSPHRASE_WARNING))
        self.warning.setObjectName("passphraseWarning")
        self.warning.setTextFormat(Qt.TextFormat.RichText)
        self.warning.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._warning_icon = QLabel()
        warning = QFrame()
        warning.setObjectName("passphraseWarningBox")
        self._warning_box = warning
        row = QHBoxLayout(warning)
        row.setContentsMargins(10, 8, 10, 8)
        row.setSpacing(10)
        row.addWidget(self._warning_icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.warning, 1)

        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.addRow(translate("backup_form", "Provider:"), self.provider)
        self.form.addRow(translate("backup_form", "Bucket:"), self.bucket)
        self.form.addRow(translate("backup_form", "Folder in the bucket:"), self.prefix)
        self._region_row = with_hint(self.region, self.region_hint)
        self._endpoint_row = with_hint(self.endpoint, self.endpoint_hint)
        self.form.addRow(form_label(translate("backup_form", "Region:"), self.region), self._region_row)
        self.form.addRow(form_label(translate("backup_form", "Server address:"), self.endpoint),
                         self._endpoint_row)  # fmt: skip
        self.form.addRow(translate("backup_form", "Access key ID:"), self.access_id)
        self.form.addRow(translate("backup_form", "Secret access key:"), self.secret)
        self.form.addRow(translate("backup_form", "Passphrase:"), self.passphrase)
        if confirm:
            self.confirm = QLineEdit()
            self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
            self.confirm.setPlaceholderText(translate("backup_form", "type the passphrase again"))
            self.confirm.setAccessibleName(translate("backup_form", "Confirm passphrase"))
            self.confirm.setAccessibleDescription(
                translate("backup_form", "The same passphrase again, to be sure it was typed as meant")
            )
            self.form.addRow(translate("backup_form", "Confirm passphrase:"), self.confirm)
        self.form.addRow("", warning)
        index = self.provider.findData(settings.backup_provider or "aws")
        self.provider.setCurrentIndex(max(0, index))
        self.provider.currentIndexChanged.connect(self._provider_changed)
        for edit in self._edits():
            edit.textChanged.connect(self.edited)
        self.provider.currentIndexChanged.connect(self.edited)
        self.set_stored(StoredSecrets(False, False))
        self._provider_changed()
        self._recolour()

    @staticmethod
    def _hint() -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setObjectName("formHint")
        return label

    def _edits(self) -> list[QLineEdit]:
        edits = [self.bucket, self.prefix, self.region, self.endpoint, self.access_id, self.secret,
                 self.passphrase]  # fmt: skip
        return edits + ([self.confirm] if self.confirm is not None else [])

    def _provider_changed(self) -> None:
        """Show the fields the provider needs, with its hint under the one it is about."""
        preset = PROVIDERS[self.provider.currentData()]
        self.region.setPlaceholderText(preset.default_region)
        show_region = preset.key != "r2"  # (R2 has one region, "auto")
        show_endpoint = preset.needs_endpoint or bool(self.endpoint.text().strip())
        self.form.setRowVisible(self._region_row, show_region)
        self.form.setRowVisible(self._endpoint_row, show_endpoint)
        hint_under_endpoint = preset.needs_endpoint
        hint = provider_text(preset.hint)
        self.region_hint.setText("" if hint_under_endpoint else hint)
        self.region_hint.setVisible(not hint_under_endpoint)
        own = translate("backup_form", "Leave empty to use the provider's own.")
        self.endpoint_hint.setText(hint if hint_under_endpoint else own)
        self.region.setAccessibleDescription(self.region_hint.text())
        self.endpoint.setAccessibleDescription(self.endpoint_hint.text())

    def set_stored(self, stored: StoredSecrets) -> None:
        """Say in the secret fields whether a secret is stored (their values are never shown)."""
        kept = translate("backup_texts", STORED)
        self.secret.setPlaceholderText(
            kept if stored.secret_key else translate("backup_form", "paste the secret access key")
        )
        self.passphrase.setPlaceholderText(
            kept if stored.passphrase
            else translate("backup_form", "at least 8 characters; a few unrelated words are best")
        )  # fmt: skip

    def target(self) -> BackupTarget:
        """The target as entered (not checked: `check_target`)."""
        preset = PROVIDERS[self.provider.currentData()]
        endpoint = self.endpoint.text().strip() or None
        return BackupTarget(
            provider=preset.key, bucket=self.bucket.text().strip(),
            access_key_id=self.access_id.text().strip(),
            prefix=normalize_prefix(self.prefix.text()), region=self.region.text().strip() or None,
            endpoint=endpoint,
        )  # fmt: skip

    def typed_secret(self) -> str | None:
        """The secret access key typed (None: keep the stored one)."""
        return self.secret.text().strip() or None

    def typed_passphrase(self) -> str | None:
        """The passphrase typed (None: keep the stored one)."""
        return self.passphrase.text() or None

    def passphrase_problem(self) -> str | None:
        """Why the passphrase typed cannot be used here (the confirmation differs), or None."""
        if self.confirm is None or not self.passphrase.text():
            return None
        if self.passphrase.text() != self.confirm.text():
            return translate(
                "backup_form", "The two passphrases differ: type the same passphrase in both fields."
            )
        return None

    def clear_secrets(self) -> None:
        """Empty the secret fields (after they were saved)."""
        for edit in (self.secret, self.passphrase, self.confirm):
            if edit is not None:
                edit.clear()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._recolour()

    def _recolour(self) -> None:
        muted, warn = css(Role.MUTED, self.palette()), css(Role.WARNING, self.palette())
        for hint in (self.region_hint, self.endpoint_hint):
            hint.setStyleSheet(f"color: {muted};")
        self.warning.setStyleSheet(f"color: {warn};")
        self._warning_box.setStyleSheet(
            f"QFrame#passphraseWarningBox {{ border: 1px solid {warn}; border-radius: 6px; }}"
        )
        self._warning_icon.setPixmap(icon("warning").pixmap(20, 20))


# --- the page ----------------------------------------------------------------------------------------

