"""The Export dialog: the options the command line's export has (format, timestamps, speakers) with a
preview, "Export…" (asks for a file, written in the background by the export code) and "Copy transcript"
(plain text with the chosen options, to the clipboard)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from iam_desktop.export import EXPORT_FORMATS, FORMATS, export_filename, render, to_txt, write_export
from iam_desktop.summaries.model import Summary
from iam_desktop.transcript import Transcript
from iam_desktop.ui.accessibility import name_fields_from_labels
from iam_desktop.ui.i18n import translate
from iam_desktop.ui.icons import icon
from iam_desktop.ui.operations import Operation, Pool
from iam_desktop.ui.status_label import StatusLabel
from iam_desktop.ui.theme import Role

#: what each export format is called in the dialogs (English; translated where shown)
FORMAT_NAMES = {
    "txt": QT_TRANSLATE_NOOP("export_dialog", "Plain text"),
    "srt": QT_TRANSLATE_NOOP("export_dialog", "SubRip subtitles"),
    "vtt": QT_TRANSLATE_NOOP("export_dialog", "WebVTT subtitles"),
    "json": "JSON",
    "docx": QT_TRANSLATE_NOOP("export_dialog", "Word document"),
    "pdf": QT_TRANSLATE_NOOP("export_dialog", "PDF document"),
}
#: formats that can leave the timestamps out (subtitles always have timings, JSON has everything)
TIMESTAMP_CHOICE = ("txt", "docx", "pdf")
#: formats that can leave the speakers out
SPEAKER_CHOICE = ("txt", "srt", "vtt", "docx", "pdf")
#: formats with timestamps unless asked otherwise (as the export code's default)
TIMESTAMPS_BY_DEFAULT = ("docx", "pdf")
#: how many characters the preview shows at most (the file has everything)
PREVIEW_CHARS = 20_000


def format_name(fmt: str) -> str:
    """What the format `fmt` is called in the window's language: "SubRip subtitles"."""
    return translate("export_dialog", str(FORMAT_NAMES[fmt])) if fmt in FORMAT_NAMES else fmt.upper()


def format_label(fmt: str) -> str:
    """ "SubRip subtitles (.srt)"."""
    return f"{format_name(fmt)} (.{fmt})"


def file_filter(fmt: str) -> str:
    """The file dialog's filter for `fmt`: "SubRip subtitles (*.srt)"."""
    return f"{format_name(fmt)} (*.{fmt})"


def with_suffix(path: str, fmt: str) -> str:
    """`path` ending in ".<fmt>" (added when the name has another or none)."""
    return path if Path(path).suffix.lower() == f".{fmt}" else f"{path}.{fmt}"


class ExportDialog(QDialog):
    """Exports one transcript (already read from the library). `say(message)` reports a finished export
    (the window's status bar); the dialog closes once the file is written.

    Attributes: format_box, timestamps, speakers, preview, export_button, copy_button, message.
    """

    def __init__(
        self,
        transcript: Transcript,
        title: str,
        parent: QWidget | None = None,
        *,
        fmt: str = "txt",
        say: Callable[[str], None] = lambda _message: None,
        summaries: Sequence[Summary] = (),
    ) -> None:
        """`fmt`: the format chosen at first; `summaries`: the recording's summaries a document may begin
        with (the newest of each kind that is not out of date)."""
        super().__init__(parent)
        self.setWindowTitle(translate("export_dialog", "Export “{title}”").format(title=title))
        self.setObjectName("exportDialog")
        self._transcript = transcript
        self._title = title
        self._say = say
        self._timestamps_chosen: bool | None = None  # None until the user ticks or unticks it
        self.format_box = QComboBox()
        for name in EXPORT_FORMATS:
            self.format_box.addItem(format_label(name), name)
        self.timestamps = QCheckBox(translate("export_dialog", "Start each paragraph with its time"))
        self.timestamps.setAccessibleName(self.timestamps.text())  # not its row's label ("Include")
        self.speakers = QCheckBox(translate("export_dialog", "Speaker names"))
        self.speakers.setChecked(True)
        self._summaries = tuple(summaries)
        count = len(self._summaries)
        included = translate("export_dialog", "%n summaries before the transcript", "", count)
        self.summaries = QCheckBox(included)
        self.summaries.setChecked(bool(count))
        self.summaries.setVisible(bool(count))
        self.preview = QPlainTextEdit()
        self.preview.setAccessibleName(translate("export_dialog", "Preview of the export"))
        self.preview.setReadOnly(True)
        self.preview.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.message = StatusLabel()
        self.export_button = QPushButton(icon("export"), translate("export_dialog", "Export…"))
        self.export_button.setDefault(True)
        self.copy_button = QPushButton(icon("copy"), translate("export_dialog", "Copy transcript"))
        self.copy_button.setToolTip(
            translate("export_dialog", "Copy the text, with the chosen timestamps and speakers")
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self.choose_file)
        self.copy_button.clicked.connect(self.copy_transcript)
        self.format_box.currentIndexChanged.connect(self._format_changed)
        self.timestamps.clicked.connect(self._timestamps_clicked)
        self.speakers.toggled.connect(self._update_preview)
        self.summaries.toggled.connect(self._update_preview)
        form = QFormLayout()
        form.addRow(translate("export_dialog", "Format:"), self.format_box)
        form.addRow(translate("export_dialog", "Include:"), self.timestamps)
        form.addRow("", self.speakers)
        form.addRow("", self.summaries)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.set_format(fmt)
        self._format_changed()
        self.resize(620, 480)
        name_fields_from_labels(self)

    # --- options ---------------------------------------------------------------------------------

    def chosen_format(self) -> str:
        """The format picked ("txt", "srt", …)."""
        return str(self.format_box.currentData())

    def set_format(self, fmt: str) -> None:
        """Pick the format `fmt` (one of EXPORT_FORMATS)."""
        self.format_box.setCurrentIndex(self.format_box.findData(fmt))

    def chosen_summaries(self) -> tuple[Summary, ...]:
        """The summaries the export begins with: the recording's, unless unticked (none in subtitles)."""
        wanted = self.summaries.isChecked() and self.chosen_format() not in ("srt", "vtt")
        return self._summaries if wanted else ()

    def options(self) -> tuple[bool, bool]:
        """(timestamps, speakers) as the export code takes them for the chosen format."""
        return self.timestamps.isChecked(), self.speakers.isChecked()

    def _format_changed(self) -> None:
        fmt = self.chosen_format()
        self.timestamps.setEnabled(fmt in TIMESTAMP_CHOICE)
        self.speakers.setEnabled(fmt in SPEAKER_CHOICE)
        self.summaries.setEnabled(fmt not in ("srt", "vtt"))  # subtitles have no place for them
        if fmt not in TIMESTAMP_CHOICE:
            self.timestamps.setChecked(fmt != "json")  # subtitles always have times
            self.timestamps.setToolTip(
                translate("export_dialog", "Subtitles always have their times") if fmt != "json" else ""
            )
        else:
            self.timestamps.setToolTip("")
            chosen = self._timestamps_chosen
            self.timestamps.setChecked(chosen if chosen is not None else fmt in TIMESTAMPS_BY_DEFAULT)
        if fmt == "json":
            self.speakers.setChecked(True)  # JSON keeps everything
        self._update_preview()

    def _timestamps_clicked(self, checked: bool) -> None:
        self._timestamps_chosen = checked
        self._update_preview()

    def _update_preview(self) -> None:
        fmt = self.chosen_format()
        timestamps, speakers = self.options()
        # documents are previewed as their text (their layout is the writer's)
        text = render(self._transcript, fmt if fmt in FORMATS else "txt", timestamps=timestamps,
                      speakers=speakers, summaries=self.chosen_summaries())  # fmt: skip
        self.preview.setPlainText(text[:PREVIEW_CHARS] + ("\n…" if len(text) > PREVIEW_CHARS else ""))

    # --- actions ---------------------------------------------------------------------------------

    def plain_text(self) -> str:
        """The transcript as plain text with the chosen timestamps and speakers."""
        timestamps, speakers = self.options()
        fmt = self.chosen_format()
        return to_txt(self._transcript, timestamps=timestamps and fmt != "json", speakers=speakers,
                      summaries=self.chosen_summaries())  # fmt: skip

    def copy_transcript(self) -> None:
        """Put the plain text on the clipboard."""
        QGuiApplication.clipboard().setText(self.plain_text())
        self.message.say(translate("export_dialog", "Transcript copied."), Role.SUCCESS)

    def choose_file(self) -> None:
        """Ask for a file name (in the chosen format), then export to it."""
        fmt = self.chosen_format()
        path, _chosen = QFileDialog.getSaveFileName(
            self,
            translate("export_dialog", "Export transcript"),
            export_filename(self._title, fmt),
            file_filter(fmt),
        )
        if path:
            self.export_to(with_suffix(path, fmt))

    def export_to(self, path: str) -> None:
        """Write the transcript to `path` in the chosen format and options, in the background; the dialog
        closes when it is written, or says why it could not be."""
        fmt = self.chosen_format()
        timestamps, speakers = self.options()
        transcript, summaries = self._transcript, self.chosen_summaries()
        self.export_button.setEnabled(False)
        self.message.say(translate("export_dialog", "Exporting…"))
        Operation(
            self,
            lambda: write_export(
                transcript, fmt, path, timestamps=timestamps, speakers=speakers, summaries=summaries
            ),
            pool=Pool.GENERAL,
        ).success(self._written).failure(self._failed).run()

    def _written(self, written: Path) -> None:
        self._say(translate("export_dialog", "Exported to {path}").format(path=written))
        if isValid(self):
            self.message.say(f"Exported to {written}", Role.SUCCESS)
            self.export_button.setEnabled(True)
            self.accept()

    def _failed(self, error: Exception) -> None:
        if isValid(self):
            self.export_button.setEnabled(True)
            text = str(error)
            reason = f"{text[:1].lower()}{text[1:]}"
            self.message.say(
                translate("export_dialog", "Not exported: {reason}").format(reason=reason), Role.ERROR
            )
