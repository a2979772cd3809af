"""The Settings dialog: a list of pages on the left (General, Transcription, Cloud, Recording, Appearance,
Storage, Backup, Subscription, Models, and Vocabulary and Watch folders with a library), the chosen page
on the right.

It hands back new Settings and saves nothing itself (the window does); only the OpenAI key goes straight
to the OS keyring, and the vocabulary and watched folders straight to the library. Accepting it applies
the chosen theme at once."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from iam_desktop.library.vocabulary_store import VocabularyStore
from iam_desktop.library.watch_store import WatchStore
from iam_desktop.paths import DataPaths, default_data_dir
from iam_desktop.recording.devices import InputDevice, list_input_devices
from iam_desktop.secrets import SecretStore
from iam_desktop.settings import Settings, openai_base_url
from iam_desktop.ui.accessibility import name_fields_from_labels
from iam_desktop.ui.appearance_page import AppearancePage
from iam_desktop.ui.backup_page import BackupPage
from iam_desktop.ui.backup_scheduler import BackupScheduler
from iam_desktop.ui.changes import ChangeBus
from iam_desktop.ui.cloud_page import CloudPage
from iam_desktop.ui.general_page import GeneralPage
from iam_desktop.ui.i18n import translate
from iam_desktop.ui.icons import icon
from iam_desktop.ui.models_page import ModelsPage
from iam_desktop.ui.recording_page import RecordingPage
from iam_desktop.ui.storage_page import StoragePage
from iam_desktop.ui.subscription_page import SubscriptionPage
from iam_desktop.ui.theme import apply_theme
from iam_desktop.ui.transcription_page import TranscriptionPage
from iam_desktop.ui.vocabulary_page import VocabularyPage
from iam_desktop.ui.watch_folders_page import WatchFoldersPage

#: each page's name (English, shown translated) and its icon in the list (names of iam_desktop.ui.icons)
PAGE_ICONS = {
    QT_TRANSLATE_NOOP("settings_dialog", "General"): "general",
    QT_TRANSLATE_NOOP("settings_dialog", "Transcription"): "transcription",
    QT_TRANSLATE_NOOP("settings_dialog", "Cloud"): "cloud",
    QT_TRANSLATE_NOOP("settings_dialog", "Recording"): "microphone",
    QT_TRANSLATE_NOOP("settings_dialog", "Appearance"): "appearance",
    QT_TRANSLATE_NOOP("settings_dialog", "Storage"): "storage",
    QT_TRANSLATE_NOOP("settings_dialog", "Backup"): "backup",
    QT_TRANSLATE_NOOP("settings_dialog", "Subscription"): "subscription",
    QT_TRANSLATE_NOOP("settings_dialog", "Models"): "models",
    QT_TRANSLATE_NOOP("settings_dialog", "Vocabulary"): "vocabulary",
    QT_TRANSLATE_NOOP("settings_dialog", "Watch folders"): "watch",
}


class SettingsDialog(QDialog):
    """Edits a copy of the settings; after OK, `result_settings()` gives the new Settings.

    Attributes: page_list (the list on the left), stack (the pages), general_page, transcription_page,
    cloud_page, key_page (the OpenAI key, on the Cloud page), recording_page, appearance_page, storage_page,
    backup_page, subscription_page, models_page, vocabulary_page (None without a `vocabulary`, the library's
    glossary), watch_page (None without `watch`, the library's watched folders), buttons.
    """

    def __init__(
        self,
        settings: Settings,
        secrets: SecretStore | None = None,
        parent: QWidget | None = None,
        vocabulary: VocabularyStore | None = None,
        watch: WatchStore | None = None,
        *,
        bus: ChangeBus | None = None,
        data_folder: Path | None = None,
        list_devices: Callable[[], list[InputDevice]] = list_input_devices,
        backup_scheduler: BackupScheduler | None = None,
    ) -> None:
        """`bus`: the window's ChangeBus (the vocabulary and watch folder pages publish their changes);
        `data_folder`: the library's folder, shown on Storage (default: the one this app uses);
        `list_devices`: lists the audio inputs for Recording (tests give their own);
        `backup_scheduler`: the window's automatic backups (the Backup page runs "Back up now" on it)."""
        super().__init__(parent)
        self.setWindowTitle(translate("settings_dialog", "Settings"))
        self.setObjectName("settingsDialog")
        self._settings = settings
        self.general_page = GeneralPage(settings)
        self.transcription_page = TranscriptionPage(settings)
        self.cloud_page = CloudPage(
            settings, secrets, base_url=lambda: openai_base_url(self.result_settings())
        )
        self.key_page = self.cloud_page.key_page
        self.recording_page = RecordingPage(settings, list_devices=list_devices)
        self.appearance_page = AppearancePage(settings)
        self.storage_page = StoragePage(data_folder)
        paths = DataPaths(data_folder or default_data_dir())
        self.backup_page = BackupPage(settings, paths, secrets, backup_scheduler)
        self.subscription_page = SubscriptionPage(paths, settings, secrets)
        self.models_page = ModelsPage(settings.extra_model_dirs)
        self.models_page.models_loaded.connect(self.transcription_page.set_models)
        self.vocabulary_page = VocabularyPage(vocabulary, bus=bus) if vocabulary is not None else None
        self.watch_page = WatchFoldersPage(watch, bus=bus) if watch is not None else None
        self.page_list = QListWidget()
        self.page_list.setObjectName("settingsPages")
        self.page_list.setAccessibleName(translate("settings_dialog", "Settings pages"))
        self.page_list.setIconSize(QSize(18, 18))
        self.stack = QStackedWidget()
        self._pages: dict[str, QWidget] = {}
        pages: list[tuple[str, QWidget | None]] = [
            ("General", self.general_page),
            ("Transcription", self.transcription_page),
            ("Cloud", self.cloud_page),
            ("Recording", self.recording_page),
            ("Appearance", self.appearance_page),
            ("Storage", self.storage_page),
            ("Backup", self.backup_page),
            ("Subscription", self.subscription_page),
            ("Models", self.models_page),
            ("Vocabulary", self.vocabulary_page),
            ("Watch folders", self.watch_page),
        ]
        for name, page in pages:
            if page is not None:
                self._add_page(name, page)
        self.page_list.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.page_list.setCurrentRow(0)
        self.page_list.setFixedWidth(max(150, self.page_list.sizeHintForColumn(0) + 28))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addWidget(self.page_list)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        self.resize(880, 600)  # (the Subscription page shows three plans side by side)
        name_fields_from_labels(self)  # a screen reader announces each field by its label

    def _add_page(self, name: str, page: QWidget) -> None:
        item = QListWidgetItem(icon(PAGE_ICONS[name]), translate("settings_dialog", name))
        self.page_list.addItem(item)
        self.stack.addWidget(page)
        self._pages[name] = page

    # --- pages -----------------------------------------------------------------------------------

    def page_names(self) -> list[str]:
        """The pages' names, in the order listed ("General", "Transcription", "Cloud", …; in English, whatever
        the window's language)."""
        return list(self._pages)

    def page(self, name: str) -> QWidget:
        """The page called `name`; KeyError if the dialog has none."""
        return self._pages[name]

    def show_page(self, name: str) -> None:
        """Show the page called `name` ("Cloud" to add a key); KeyError if the dialog has none."""
        self.page(name)  # (KeyError for a page the dialog does not have)
        self.page_list.setCurrentRow(self.page_names().index(name))

    # --- result ----------------------------------------------------------------------------------

    def result_settings(self) -> Settings:
        """The settings as now chosen in the dialog (options it does not show are kept)."""
        return self.subscription_page.settings_changes(replace(
            self._settings,
            **self.general_page.values(),
            **self.transcription_page.values(),
            **self.cloud_page.values(),
            **self.recording_page.values(),
            **self.appearance_page.values(),
            **self.backup_page.values(),
            extra_model_dirs=self.models_page.extra_dirs(),
        ))  # fmt: skip

    def accept(self) -> None:
        unsaved = self.backup_page.unsaved_changes()
        if unsaved:
            self.show_page("Backup")
            QMessageBox.warning(self, translate("settings_dialog", "Settings"), unsaved)
            return
        problem = self.cloud_page.base_url_problem()
        if problem:
            self.show_page("Cloud")
            QMessageBox.warning(self, translate("settings_dialog", "Settings"), problem)
            return
        app = QApplication.instance()
        theme = self.appearance_page.theme()
        if isinstance(app, QApplication) and theme != self._settings.theme:
            apply_theme(app, theme)
        super().accept()
