"""The settings dialog's "Transcription" page: default engine, language, local model, cloud fallback,
OpenAI model (with its price per minute) and an OpenAI-compatible address."""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from iam_desktop.engines.factory import OPENAI_MODELS
from iam_desktop.engines.models import ModelSpec
from iam_desktop.engines.pricing import PRICE_PER_MINUTE
from iam_desktop.languages import LANGUAGES
from iam_desktop.settings import OPENAI_BASE_URL_ENV, Settings
from iam_desktop.ui.transcribe_options import ENGINE_LABELS

AUTOMATIC_MODEL = "Automatic (tiny.en for English, base otherwise)"


def price_label(model: str) -> str:
    """ "whisper-1 — about $0.006 per minute" (just the name for a model without a known price)."""
    price = PRICE_PER_MINUTE.get(model)
    return model if price is None else f"{model} — about ${price:.3f} per minute"


class TranscriptionPage(QWidget):
    """How new files are transcribed by default. `values()` gives the chosen options by Settings name."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine = QComboBox()
        for key, label in ENGINE_LABELS.items():
            self.engine.addItem(label, key)
        self.engine.setCurrentIndex(max(0, self.engine.findData(settings.default_engine)))
        self.language = QComboBox()
        self.language.addItem("Detect automatically", None)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        if settings.language and self.language.findData(settings.language) < 0:
            self.language.addItem(settings.language, settings.language)  # set elsewhere: kept
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.local_model = QComboBox()
        self._chosen_model = settings.local_model
        self.set_models([])
        self.fallback = QCheckBox("When the cloud cannot be reached, transcribe on this computer instead")
        self.fallback.setChecked(settings.fallback_to_local)
        self.openai_model = QComboBox()
        for model in OPENAI_MODELS:
            self.openai_model.addItem(price_label(model), model)
        if self.openai_model.findData(settings.openai_model) < 0:
            self.openai_model.addItem(settings.openai_model, settings.openai_model)
        self.openai_model.setCurrentIndex(max(0, self.openai_model.findData(settings.openai_model)))
        price_note = QLabel("Prices are estimates from OpenAI's price list; they may change.")
        price_note.setWordWrap(True)
        self.base_url = QLineEdit(settings.openai_base_url or "")
        self.base_url.setPlaceholderText("empty: OpenAI (https://api.openai.com/v1)")
        self.base_url.setClearButtonEnabled(True)
        self.base_url_note = QLabel()
        self.base_url_note.setWordWrap(True)
        if os.environ.get(OPENAI_BASE_URL_ENV, "").strip():
            self.base_url_note.setText(
                f"{OPENAI_BASE_URL_ENV} is set in the environment and is used instead."
            )
        self.base_url_note.setVisible(bool(self.base_url_note.text()))
        form = QFormLayout(self)
        form.addRow("Default engine:", self.engine)
        form.addRow("Language spoken:", self.language)
        form.addRow("Offline model:", self.local_model)
        form.addRow("", self.fallback)
        form.addRow("OpenAI model:", self.openai_model)
        form.addRow("", price_note)
        form.addRow("OpenAI-compatible address:", self.base_url)
        form.addRow("", self.base_url_note)

    def set_models(self, models: Sequence[ModelSpec]) -> None:
        """Offer these installed models (after "Automatic"), keeping the current choice."""
        if self.local_model.count():
            self._chosen_model = self.local_model.currentData()
        self.local_model.clear()
        self.local_model.addItem(AUTOMATIC_MODEL, None)
        for spec in models:
            self.local_model.addItem(f"{spec.name} ({spec.languages})", spec.name)
        chosen = self._chosen_model
        if chosen and self.local_model.findData(chosen) < 0:
            self.local_model.addItem(f"{chosen} (not found)", chosen)  # kept until the user picks another
        self.local_model.setCurrentIndex(max(0, self.local_model.findData(chosen)))

    def base_url_problem(self) -> str | None:
        """Why the address cannot be used, in plain words; None when it is empty or looks right."""
        url = self.base_url.text().strip()
        if url and not url.startswith(("http://", "https://")):
            return "The OpenAI-compatible address must start with http:// or https://."
        return None

    def values(self) -> dict[str, Any]:
        """The chosen options, by their Settings names."""
        return {
            "default_engine": self.engine.currentData(),
            "language": self.language.currentData(),
            "local_model": self.local_model.currentData(),
            "fallback_to_local": self.fallback.isChecked(),
            "openai_model": self.openai_model.currentData(),
            "openai_base_url": self.base_url.text().strip() or None,
        }
