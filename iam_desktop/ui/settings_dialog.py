"""The Settings dialog: Transcription, OpenAI key, Models and Vocabulary pages. It hands back new Settings
and saves nothing itself (the window does); only the OpenAI key goes straight to the OS keyring, and the
vocabulary straight to the library."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QTabWidget, QVBoxLayout, QWidget

from iam_desktop.library.vocabulary_store import VocabularyStore
from iam_desktop.library.watch_store import WatchStore
from iam_desktop.secrets import SecretStore
from iam_desktop.settings import Settings, openai_base_url
from iam_desktop.ui.api_key_page import ApiKeyPage
from iam_desktop.ui.changes import ChangeBus
from iam_desktop.ui.models_page import ModelsPage
from iam_desktop.ui.transcription_page import TranscriptionPage
from iam_desktop.ui.vocabulary_page import VocabularyPage
from iam_desktop.ui.watch_folders_page import WatchFoldersPage


class SettingsDialog(QDialog):
    """Edits a copy of the settings; after OK, `result_settings()` gives the new Settings.

    Attributes: tabs, transcription_page, key_page, models_page, vocabulary_page (None without a
    `vocabulary`, the library's glossary), watch_page (None without `watch`, the library's watched
    folders), buttons.
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
    ) -> None:
        """`bus`: the window's ChangeBus (the vocabulary and watch folder pages publish their changes)."""
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.setObjectName("settingsDialog")
        self._settings = settings
        self.transcription_page = TranscriptionPage(settings)
        self.key_page = ApiKeyPage(secrets, base_url=lambda: openai_base_url(self.result_settings()))
        self.models_page = ModelsPage(settings.extra_model_dirs)
        self.models_page.models_loaded.connect(self.transcription_page.set_models)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.transcription_page, "Transcription")
        self.tabs.addTab(self.key_page, "OpenAI key")
        self.tabs.addTab(self.models_page, "Models")
        self.vocabulary_page = VocabularyPage(vocabulary, bus=bus) if vocabulary is not None else None
        if self.vocabulary_page is not None:
            self.tabs.addTab(self.vocabulary_page, "Vocabulary")
        self.watch_page = WatchFoldersPage(watch, bus=bus) if watch is not None else None
        if self.watch_page is not None:
            self.tabs.addTab(self.watch_page, "Watch folders")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self.resize(620, 460)

    def result_settings(self) -> Settings:
        """The settings as now chosen in the dialog (options it does not show are kept)."""
        return replace(
            self._settings,
            **self.transcription_page.values(),
            extra_model_dirs=self.models_page.extra_dirs(),
        )

    def accept(self) -> None:
        problem = self.transcription_page.base_url_problem()
        if problem:
            self.tabs.setCurrentWidget(self.transcription_page)
            QMessageBox.warning(self, "Settings", problem)
            return
        super().accept()
