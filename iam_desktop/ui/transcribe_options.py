"""The toolbar controls that say how new files are transcribed: engine, language, translation, speakers;
and, when the cloud engine is chosen without an OpenAI key, a notice with "Add key…" right there."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from iam_desktop.languages import LANGUAGES
from iam_desktop.secrets import SecretStore
from iam_desktop.settings import Settings, speaker_option
from iam_desktop.ui.accessibility import name_fields_from_labels
from iam_desktop.ui.api_key_page import KeyStatus, read_key_status
from iam_desktop.ui.i18n import spoken_language_name, translate
from iam_desktop.ui.library_model import engine_name
from iam_desktop.ui.operations import Operation, Pool
from iam_desktop.ui.theme import Role, css

#: each engine's name in the pickers (English; shown with `engine_label`)
ENGINE_LABELS = {
    "local": str(QT_TRANSLATE_NOOP("transcribe_options", "Offline (this computer)")),
    "openai": str(QT_TRANSLATE_NOOP("transcribe_options", "OpenAI (cloud)")),
}


#: the speaker counts the picker lists (more can be set in the settings file)
MOST_SPEAKERS_OFFERED = 6


def engine_label(key: str) -> str:
    """The engine `key`'s name in the window's language ("Offline (this computer)")."""
    return translate("transcribe_options", ENGINE_LABELS[key])


def key_notice(status: KeyStatus) -> str | None:
    """What the bar says about the OpenAI key: None when there is one, else why not in plain words."""
    if status.from_env or status.stored:
        return None
    if status.problem:
        return translate(
            "transcribe_options", "OpenAI needs an API key, and the system keyring is locked or unavailable"
        )
    return translate("transcribe_options", "OpenAI needs an API key")


class TranscribeOptionsBar(QWidget):
    """Engine, language ("Detect automatically" first) and "Translate to English"; starts from the
    settings and hands the choice to new jobs. With the cloud engine chosen, the key is looked up in the
    background (`secrets`, default: the OS keyring); without one the bar shows a notice and "Add key…".

    Signals:
        add_key_requested: the user pressed "Add key…" (open Settings on its Cloud page).
    """

    #: (nothing)
    add_key_requested = Signal()

    def __init__(
        self, settings: Settings, parent: QWidget | None = None, *, secrets: SecretStore | None = None
    ) -> None:
        super().__init__(parent)
        self._secrets = secrets
        self.engine = QComboBox()
        self.engine.setObjectName("engineChoice")
        for key in ENGINE_LABELS:  # short names on the toolbar ("Offline", "OpenAI"), the long ones as tips
            self.engine.addItem(engine_name(key), key)
            self.engine.setItemData(self.engine.count() - 1, engine_label(key), Qt.ItemDataRole.ToolTipRole)
        self.engine.setCurrentIndex(max(0, self.engine.findData(settings.default_engine)))
        self.language = QComboBox()
        self.language.setObjectName("languageChoice")
        self.language.addItem(translate("transcribe_options", "Detect automatically"), None)
        for code in LANGUAGES:
            self.language.addItem(spoken_language_name(code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.translate = QCheckBox(translate("transcribe_options", "Translate to English"))
        self.speakers = QComboBox()
        self.speakers.setObjectName("speakerChoice")
        self.speakers.addItem(translate("transcribe_options", "No speakers"), None)
        self.speakers.addItem(translate("transcribe_options", "Speakers: auto"), 0)
        for count in range(2, MOST_SPEAKERS_OFFERED + 1):
            self.speakers.addItem(translate("transcribe_options", "%n speakers", "", count), count)
        wanted = speaker_option(settings)
        found = self.speakers.findData(wanted)
        if found < 0 and wanted is not None:  # a count the list does not offer (from the settings file)
            self.speakers.addItem(translate("transcribe_options", "%n speakers", "", wanted), wanted)
            found = self.speakers.count() - 1
        self.speakers.setCurrentIndex(max(0, found))
        self.speakers.setToolTip(
            translate(
                "transcribe_options",
                "Label who speaks when (Speaker 1, Speaker 2…), offline, after transcribing",
            )
        )
        self.key_notice = QLabel()
        self.key_notice.setObjectName("keyNotice")
        self.key_notice.setStyleSheet(f"color: {css(Role.WARNING)};")
        self.add_key_button = QPushButton(translate("transcribe_options", "Add key…"))
        self.add_key_button.setToolTip(
            translate("transcribe_options", "Open Settings to add an OpenAI API key")
        )
        self.add_key_button.clicked.connect(self.add_key_requested)
        self.key_notice.hide()
        self.add_key_button.hide()
        self._settings = settings
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        engine_caption = QLabel(translate("transcribe_options", "Engine:"))
        engine_caption.setBuddy(self.engine)  # (a screen reader names the choice by its label, not its value)
        layout.addWidget(engine_caption)
        layout.addWidget(self.engine)
        layout.addWidget(self.key_notice)
        layout.addWidget(self.add_key_button)
        language_label = QLabel(translate("transcribe_options", "Language:"))
        language_label.setBuddy(self.language)
        layout.addWidget(language_label)
        layout.addWidget(self.language)
        layout.addWidget(self.translate)
        layout.addWidget(self.speakers)  # (no caption: its items say what it is, to keep the toolbar narrow)
        self.speakers.setAccessibleName(translate("transcribe_options", "Speakers"))
        self.language.setAccessibleDescription(
            translate("transcribe_options", "The language spoken in the files you transcribe next")
        )
        self.translate.setToolTip(
            translate("transcribe_options", "Write the transcript in English, whatever language is spoken")
        )
        name_fields_from_labels(self)
        self.engine.currentIndexChanged.connect(self.check_key)
        self.check_key()

    def check_key(self) -> None:
        """Look up the OpenAI key in the background when the cloud engine is chosen (also after a key was
        added in Settings), and show or hide the notice."""
        if self.engine.currentData() != "openai":
            self._show_notice(None)
            return
        store = self._secrets or SecretStore()
        Operation(self, lambda: read_key_status(store), pool=Pool.GENERAL).success(
            lambda status: self._show_notice(key_notice(status))
        ).run()

    def _show_notice(self, notice: str | None) -> None:
        if notice is not None and self.engine.currentData() != "openai":
            notice = None  # the engine changed back while the keyring was read
        self.key_notice.setText(notice or "")
        self.key_notice.setVisible(notice is not None)
        self.add_key_button.setVisible(notice is not None)

    def job_options(self) -> dict:
        """Keyword arguments for JobRunner.submit."""
        engine = self.engine.currentData()
        return {
            "engine": engine,
            "model": self._settings.openai_model if engine == "openai" else self._settings.local_model,
            "language": self.language.currentData(),
            "task": "translate" if self.translate.isChecked() else "transcribe",
            "allow_fallback": self._settings.fallback_to_local,
            "speakers": self.speakers.currentData(),
        }
