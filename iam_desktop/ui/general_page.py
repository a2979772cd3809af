"""The settings dialog's "General" page: the window's language, transcribe after recording, what Record
records and the user's name in calls, the language spoken, crash reports."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from iam_desktop.languages import LANGUAGES
from iam_desktop.meeting.sides import DEFAULT_MY_NAME
from iam_desktop.settings import Settings
from iam_desktop.ui.accessibility import name_fields_from_labels
from iam_desktop.ui.i18n import LANGUAGES as WINDOW_LANGUAGES
from iam_desktop.ui.i18n import spoken_language_name, translate
from iam_desktop.ui.source_picker import SourcePicker


def language_box(chosen: str | None) -> QComboBox:
    """A picker of the language spoken ("Detect automatically" = None), `chosen` selected (a code this
    version does not list is kept as an entry of its own)."""
    box = QComboBox()
    box.addItem(translate("general_page", "Detect automatically"), None)
    for code in LANGUAGES:
        box.addItem(spoken_language_name(code), code)
    if chosen and box.findData(chosen) < 0:
        box.addItem(chosen, chosen)  # set elsewhere: kept
    box.setCurrentIndex(max(0, box.findData(chosen)))
    return box


def interface_language_box(chosen: str) -> QComboBox:
    """A picker of the window's language: "System language" (data "system"), then each shipped language
    by its own name (data: its code), `chosen` selected (anything unknown selects "System language")."""
    box = QComboBox()
    box.addItem(translate("general_page", "System language"), "system")
    for code, name in WINDOW_LANGUAGES.items():
        box.addItem(name, code)
    box.setCurrentIndex(max(0, box.findData(chosen)))
    return box


class GeneralPage(QWidget):
    """Everyday choices. `values()` gives the chosen options by Settings name.

    Attributes: interface_language (the window's language), transcribe_after_recording, record_source
    (what Record records), my_name (the user's name in calls), language (the language spoken),
    identify_speakers, speaker_count (0: found from the audio), crash_reports, crash_report_dsn.
    """

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.interface_language = interface_language_box(settings.interface_language)
        self.interface_language.setObjectName("interfaceLanguage")
        self.interface_language.setAccessibleDescription(
            translate("general_page", "The language of the window's menus, buttons and messages")
        )
        interface_note = QLabel(
            translate("general_page", "The window's language changes the next time IAM Desktop starts.")
        )
        interface_note.setWordWrap(True)
        self.transcribe_after_recording = QCheckBox(
            translate("general_page", "Transcribe each recording as soon as it stops")
        )
        self.transcribe_after_recording.setChecked(settings.transcribe_after_recording)
        self.record_source = SourcePicker(settings.record_source)
        self.my_name = QLineEdit(settings.my_name)
        self.my_name.setObjectName("myName")
        self.my_name.setPlaceholderText(DEFAULT_MY_NAME)
        self.my_name.setMaxLength(60)
        name_note = QLabel(
            translate(
                "general_page",
                "In the transcript of a call, your words (the microphone) are labelled with this name, the other side's (the computer's audio) “Others”.",  # noqa: E501
            )
        )
        name_note.setWordWrap(True)
        self.my_name.setAccessibleDescription(name_note.text())
        self.language = language_box(settings.language)
        self.language.setAccessibleDescription(
            translate("general_page", "The language usually spoken in your recordings")
        )
        language_note = QLabel(
            translate("general_page", "Naming the language makes transcription faster and more accurate.")
        )
        language_note.setWordWrap(True)
        self.identify_speakers = QCheckBox(translate("general_page", "Identify who speaks when"))
        self.identify_speakers.setChecked(settings.identify_speakers)
        self.speaker_count = QComboBox()
        self.speaker_count.setObjectName("speakerCount")
        self.speaker_count.addItem(translate("general_page", "Find automatically"), 0)
        for count in range(2, 21):
            self.speaker_count.addItem(translate("general_page", "%n speakers", "", count), count)
        self.speaker_count.setCurrentIndex(max(0, self.speaker_count.findData(settings.speaker_count)))
        self.identify_speakers.toggled.connect(self.speaker_count.setEnabled)
        self.speaker_count.setEnabled(settings.identify_speakers)
        speakers_note = QLabel(
            translate(
                "general_page",
                "Done on this computer after transcribing: each voice becomes Speaker 1, Speaker 2… (rename them in the transcript). A recording with one voice gets no labels.",  # noqa: E501
            )
        )
        speakers_note.setWordWrap(True)
        self.crash_reports = QCheckBox(translate("general_page", "Send a crash report when the app fails"))
        self.crash_reports.setChecked(settings.crash_reports)
        self.crash_report_dsn = QLineEdit(settings.crash_report_dsn or "")
        self.crash_report_dsn.setPlaceholderText("https://…@example.org/1")
        self.crash_report_dsn.setClearButtonEnabled(True)
        crash_note = QLabel(
            translate(
                "general_page",
                "Reports never contain transcripts, titles, file paths or keys. They go only to the server named here (a Sentry-compatible address your organisation gives you).",  # noqa: E501
            )
        )
        crash_note.setWordWrap(True)
        self.crash_report_dsn.setAccessibleDescription(crash_note.text())
        self.crash_reports.toggled.connect(self.crash_report_dsn.setEnabled)
        self.crash_report_dsn.setEnabled(settings.crash_reports)
        for box in (self.transcribe_after_recording, self.identify_speakers, self.crash_reports):
            box.setAccessibleName(box.text())  # (its own words, not its row's label)
        form = QFormLayout(self)  # (each row's label is its field's buddy)
        form.addRow(translate("general_page", "Language:"), self.interface_language)
        form.addRow("", interface_note)
        form.addRow(translate("general_page", "Recording:"), self.transcribe_after_recording)
        form.addRow(translate("general_page", "Record from:"), self.record_source)
        form.addRow(translate("general_page", "Your name in calls:"), self.my_name)
        form.addRow("", name_note)
        form.addRow(translate("general_page", "Language spoken:"), self.language)
        form.addRow("", language_note)
        form.addRow(translate("general_page", "Speakers:"), self.identify_speakers)
        form.addRow(translate("general_page", "Number of speakers:"), self.speaker_count)
        form.addRow("", speakers_note)
        form.addRow(translate("general_page", "Crash reports:"), self.crash_reports)
        form.addRow(translate("general_page", "Report server:"), self.crash_report_dsn)
        form.addRow("", crash_note)
        name_fields_from_labels(self)

    def values(self) -> dict[str, Any]:
        """The chosen options, by their Settings names."""
        return {
            "interface_language": self.interface_language.currentData(),
            "transcribe_after_recording": self.transcribe_after_recording.isChecked(),
            "record_source": self.record_source.source(),
            "my_name": self.my_name.text().strip() or DEFAULT_MY_NAME,
            "language": self.language.currentData(),
            "identify_speakers": self.identify_speakers.isChecked(),
            "speaker_count": int(self.speaker_count.currentData()),
            "crash_reports": self.crash_reports.isChecked(),
            "crash_report_dsn": self.crash_report_dsn.text().strip() or None,
        }
