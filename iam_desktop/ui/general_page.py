"""The settings dialog's "General" page: transcribe after recording, the language spoken, crash reports."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from iam_desktop.languages import LANGUAGES
from iam_desktop.settings import Settings


def language_box(chosen: str | None) -> QComboBox:
    """A picker of the language spoken ("Detect automatically" = None), `chosen` selected (a code this
    version does not list is kept as an entry of its own)."""
    box = QComboBox()
    box.addItem("Detect automatically", None)
    for code, name in LANGUAGES.items():
        box.addItem(name, code)
    if chosen and box.findData(chosen) < 0:
        box.addItem(chosen, chosen)  # set elsewhere: kept
    box.setCurrentIndex(max(0, box.findData(chosen)))
    return box


class GeneralPage(QWidget):
    """Everyday choices. `values()` gives the chosen options by Settings name."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.transcribe_after_recording = QCheckBox("Transcribe each recording as soon as it stops")
        self.transcribe_after_recording.setChecked(settings.transcribe_after_recording)
        self.language = language_box(settings.language)
        language_note = QLabel("Naming the language makes transcription faster and more accurate.")
        language_note.setWordWrap(True)
        self.crash_reports = QCheckBox("Send a crash report when the app fails")
        self.crash_reports.setChecked(settings.crash_reports)
        self.crash_report_dsn = QLineEdit(settings.crash_report_dsn or "")
        self.crash_report_dsn.setPlaceholderText("https://…@example.org/1")
        self.crash_report_dsn.setClearButtonEnabled(True)
        crash_note = QLabel(
            "Reports never contain transcripts, titles, file paths or keys. They go only to the server "
            "named here (a Sentry-compatible address your organisation gives you)."
        )
        crash_note.setWordWrap(True)
        self.crash_reports.toggled.connect(self.crash_report_dsn.setEnabled)
        self.crash_report_dsn.setEnabled(settings.crash_reports)
        form = QFormLayout(self)
        form.addRow("Recording:", self.transcribe_after_recording)
        form.addRow("Language spoken:", self.language)
        form.addRow("", language_note)
        form.addRow("Crash reports:", self.crash_reports)
        form.addRow("Report server:", self.crash_report_dsn)
        form.addRow("", crash_note)

    def values(self) -> dict[str, Any]:
        """The chosen options, by their Settings names."""
        return {
            "transcribe_after_recording": self.transcribe_after_recording.isChecked(),
            "language": self.language.currentData(),
            "crash_reports": self.crash_reports.isChecked(),
            "crash_report_dsn": self.crash_report_dsn.text().strip() or None,
        }
