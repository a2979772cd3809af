"""The toolbar controls that say how new files are transcribed: engine, language, translation."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QWidget

from iam_desktop.languages import LANGUAGES
from iam_desktop.settings import Settings

ENGINE_LABELS = {"local": "Offline (this computer)", "openai": "OpenAI (cloud)"}


class TranscribeOptionsBar(QWidget):
    """Engine, language ("Detect automatically" first) and "Translate to English"; starts from the
    settings and hands the choice to new jobs."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine = QComboBox()
        self.engine.setObjectName("engineChoice")
        for key, label in ENGINE_LABELS.items():
            self.engine.addItem(label, key)
        self.engine.setCurrentIndex(max(0, self.engine.findData(settings.default_engine)))
        self.language = QComboBox()
        self.language.setObjectName("languageChoice")
        self.language.addItem("Detect automatically", None)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.translate = QCheckBox("Translate to English")
        self._settings = settings
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(QLabel("Engine:"))
        layout.addWidget(self.engine)
        layout.addWidget(QLabel("Language:"))
        layout.addWidget(self.language)
        layout.addWidget(self.translate)

    def job_options(self) -> dict:
        """Keyword arguments for JobRunner.submit."""
        engine = self.engine.currentData()
        return {
            "engine": engine,
            "model": self._settings.openai_model if engine == "openai" else self._settings.local_model,
            "language": self.language.currentData(),
            "task": "translate" if self.translate.isChecked() else "transcribe",
            "allow_fallback": self._settings.fallback_to_local,
        }
