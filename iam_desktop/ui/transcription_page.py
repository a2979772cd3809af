"""The settings dialog's "Transcription" page: the default engine, the offline model and the size of the
pieces a long recording is transcribed in."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QSpinBox, QWidget

from iam_desktop.engines.models import ModelSpec
from iam_desktop.settings import Settings, option_range
from iam_desktop.ui.i18n import translate
from iam_desktop.ui.transcribe_options import ENGINE_LABELS, engine_label

#: the offline model picker's first entry (English; shown translated)
AUTOMATIC_MODEL = str(
    QT_TRANSLATE_NOOP("transcription_page", "Automatic (tiny.en for English, base otherwise)")
)


def seconds_box(name: str, value: float) -> QSpinBox:
    """A spin box of whole seconds within the range of the numeric option `name`, showing `value`."""
    low, high = option_range(name) or (0.0, 86400.0)
    box = QSpinBox()
    box.setRange(int(low), int(high))
    box.setSuffix(translate("transcription_page", " s"))
    box.setValue(round(value))
    return box


def model_label(spec: ModelSpec) -> str:
    """ "base (99 languages)", "tiny.en (English only)" in the window's language."""
    if spec.multilingual:
        count = len(spec.language_codes)
        languages = translate("transcription_page", "%n languages", "", count)
    else:
        languages = translate("transcription_page", "English only")
    text = translate("transcription_page", "{model} ({languages})")
    return text.format(model=spec.name, languages=languages)


class TranscriptionPage(QWidget):
    """How new files are transcribed by default. `values()` gives the chosen options by Settings name."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine = QComboBox()
        for key in ENGINE_LABELS:
            self.engine.addItem(engine_label(key), key)
        self.engine.setCurrentIndex(max(0, self.engine.findData(settings.default_engine)))
        engine_note = QLabel(
            translate(
                "transcription_page",
                "Offline transcription never sends audio anywhere. The cloud engine (OpenAI) needs a key: see Cloud.",  # noqa: E501
            )
        )
        engine_note.setWordWrap(True)
        self.local_model = QComboBox()
        self._chosen_model = settings.local_model
        self.set_models([])
        self.local_chunk = seconds_box("local_chunk_seconds", settings.local_chunk_seconds)
        chunk_note = QLabel(
            translate(
                "transcription_page",
                "Long recordings are transcribed in pieces of about this length, cut at pauses; an interrupted transcription goes on from its last finished piece.",  # noqa: E501
            )
        )
        chunk_note.setWordWrap(True)
        self.local_chunk.setAccessibleDescription(chunk_note.text())
        form = QFormLayout(self)
        form.addRow(translate("transcription_page", "Default engine:"), self.engine)
        form.addRow("", engine_note)
        form.addRow(translate("transcription_page", "Offline model:"), self.local_model)
        form.addRow(translate("transcription_page", "Piece length:"), self.local_chunk)
        form.addRow("", chunk_note)

    def set_models(self, models: Sequence[ModelSpec]) -> None:
        """Offer these installed models (after "Automatic"), keeping the current choice."""
        if self.local_model.count():
            self._chosen_model = self.local_model.currentData()
        self.local_model.clear()
        self.local_model.addItem(translate("transcription_page", AUTOMATIC_MODEL), None)
        for spec in models:
            self.local_model.addItem(model_label(spec), spec.name)
        chosen = self._chosen_model
        if chosen and self.local_model.findData(chosen) < 0:
            missing = translate("transcription_page", "{model} (not found)").format(model=chosen)
            self.local_model.addItem(missing, chosen)  # kept until the user picks another
        self.local_model.setCurrentIndex(max(0, self.local_model.findData(chosen)))

    def values(self) -> dict[str, Any]:
        """The chosen options, by their Settings names."""
        return {
            "default_engine": self.engine.currentData(),
            "local_model": self.local_model.currentData(),
            "local_chunk_seconds": float(self.local_chunk.value()),
        }
