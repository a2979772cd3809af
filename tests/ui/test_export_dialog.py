"""The Export dialog with real widgets: a file in each format written in the background with the chosen
options (timestamps on and off visible in the content), Copy transcript on the clipboard, a failure said
in the dialog, and the window's Export… opening it for the shown recording."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from library_helpers import add_recording
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QWidget

from iam_desktop.export import EXPORT_FORMATS
from iam_desktop.transcript import Segment, Transcript
from iam_desktop.ui.export_actions import ExportActions
from iam_desktop.ui.export_dialog import ExportDialog


def transcript() -> Transcript:
    return Transcript(
        title="Interview",
        duration=80.0,
        engine="local",
        model="base",
        language="en",
        segments=[
            Segment(0.0, 4.0, "Good morning everyone.", speaker="Ann"),
            Segment(65.0, 70.0, "Thanks for coming.", speaker="Bob"),
        ],
    )


def make_dialog(qtbot, **kwargs) -> ExportDialog:
    dialog = ExportDialog(transcript(), "Interview", **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def export(qtbot, dialog: ExportDialog, path: Path, monkeypatch, title: str = "Interview") -> str:
    """Press Export… and answer the file dialog with `path` (without a suffix); the path written."""
    asked = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args: asked.append(args) or (str(path), args[-1])
    )
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    fmt = dialog.chosen_format()
    assert asked[0][2] == f"{title}.{fmt}"  # the suggested name
    return f"{path}.{fmt}"


def docx_text(path: str) -> str:
    return "\n".join(p.text for p in docx.Document(path).paragraphs)


def pdf_text(path: str) -> str:
    if not shutil.which("pdftotext"):
        pytest.skip("poppler-utils not installed")
    result = subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True, check=True)
    return result.stdout.decode()


def content(fmt: str, path: str) -> str:
    """The text of an exported file."""
    if fmt == "docx":
        return docx_text(path)
    if fmt == "pdf":
        return pdf_text(path)
    text = Path(path).read_text(encoding="utf-8")
    return json.dumps(json.loads(text)) if fmt == "json" else text


@pytest.mark.parametrize("fmt", EXPORT_FORMATS)
def test_each_format_is_written_with_timestamps_on_and_off(qtbot, tmp_path, monkeypatch, fmt):
    contents = {}
    for timestamps in (True, False):
        said: list[str] = []
        dialog = make_dialog(qtbot, say=said.append)
        dialog.set_format(fmt)
        if dialog.timestamps.isEnabled():
            dialog.timestamps.setChecked(timestamps)
        written = export(qtbot, dialog, tmp_path / f"out-{timestamps}", monkeypatch)
        assert said == [f"Exported to {written}"]
        contents[timestamps] = content(fmt, written)
    on, off = contents[True], contents[False]
    assert "Good morning everyone." in on and "Ann" in on
    if fmt in ("txt", "docx", "pdf"):
        assert "00:01:05" in on and "00:01:05" not in off
        assert "Thanks for coming." in off
    elif fmt in ("srt", "vtt"):
        assert on == off and "00:01:05" in on  # subtitles always have their times
    else:
        assert json.loads(on)["segments"] and on == off


def test_speakers_can_be_left_out_and_the_preview_follows(qtbot):
    assert make_dialog(qtbot, fmt="srt").chosen_format() == "srt"
    dialog = make_dialog(qtbot)
    assert dialog.chosen_format() == "txt" and not dialog.timestamps.isChecked()
    assert dialog.preview.toPlainText() == "Ann: Good morning everyone.\nBob: Thanks for coming.\n"
    dialog.speakers.setChecked(False)
    dialog.timestamps.click()
    assert dialog.preview.toPlainText() == (
        "[00:00:00] Good morning everyone.\n[00:01:05] Thanks for coming.\n"
    )
    dialog.set_format("json")
    assert not dialog.speakers.isEnabled() and not dialog.timestamps.isEnabled()
    dialog.set_format("pdf")
    assert dialog.timestamps.isChecked()  # the user's choice, kept across formats


def test_copy_puts_the_text_with_the_options_on_the_clipboard(qtbot):
    dialog = make_dialog(qtbot)
    dialog.timestamps.click()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == (
        "[00:00:00] Ann: Good morning everyone.\n[00:01:05] Bob: Thanks for coming.\n"
    )
    assert dialog.message.text() == "Transcript copied." and dialog.isVisible()
    dialog.speakers.setChecked(False)
    dialog.timestamps.click()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == "Good morning everyone.\nThanks for coming.\n"


def test_a_failed_export_is_said_in_the_dialog(qtbot, tmp_path):
    dialog = make_dialog(qtbot)
    dialog.export_to(str(tmp_path / "missing" / "out.txt"))
    qtbot.waitUntil(lambda: dialog.message.text().startswith("Not exported:"), timeout=10_000)
    assert "folder does not exist" in dialog.message.text()
    assert dialog.isVisible() and dialog.export_button.isEnabled()


def test_the_window_action_opens_the_dialog_for_the_shown_recording(qtbot, library, tmp_path, monkeypatch):
    rid = add_recording(library, "Board meeting")
    library.save_transcript(rid, transcript())
    window = QWidget()
    qtbot.addWidget(window)
    said = []
    actions = ExportActions(window, library, shown=lambda: rid, say=lambda message, _ms: said.append(message))
    actions.choose_export()
    qtbot.waitUntil(lambda: actions.dialog is not None, timeout=10_000)
    dialog = actions.dialog
    assert dialog.windowTitle() == "Export “Board meeting”"
    assert "Thanks for coming." in dialog.preview.toPlainText()
    written = export(qtbot, dialog, tmp_path / "board", monkeypatch, "Board meeting")
    assert said == [f"Exported to {written}"]
    assert Path(written).read_text() == "Ann: Good morning everyone.\nBob: Thanks for coming.\n"
    qtbot.waitUntil(lambda: actions.dialog is None, timeout=5_000)


def test_copy_transcript_copies_the_shown_transcript_without_the_dialog(qtbot, library):
    rid = add_recording(library, "Board meeting")
    library.save_transcript(rid, transcript())
    empty = add_recording(library, "Not yet", content="b")
    window = QWidget()
    qtbot.addWidget(window)
    said, shown = [], [rid]
    actions = ExportActions(
        window, library, shown=lambda: shown[0], say=lambda message, _ms: said.append(message)
    )
    QApplication.clipboard().clear()
    actions.copy_transcript()
    qtbot.waitUntil(lambda: said == ["Transcript copied."], timeout=10_000)
    assert QApplication.clipboard().text() == "Ann: Good morning everyone.\nBob: Thanks for coming.\n"
    shown[0] = empty
    actions.copy_transcript()
    qtbot.waitUntil(lambda: len(said) == 2, timeout=10_000)
    assert said[1] == "There is no transcript yet." and actions.dialog is None


def test_the_recordings_summaries_come_first_unless_unticked(qtbot, tmp_path, monkeypatch):
    from iam_desktop.summaries.model import OFFLINE, Summary

    summary = Summary("key-points", OFFLINE, "- [0:01] The ferry runs late on Sundays.")
    dialog = make_dialog(qtbot, summaries=[summary])
    assert dialog.summaries.isVisible() and dialog.summaries.isChecked()
    assert "1 summary before the transcript" in dialog.summaries.text()
    text = dialog.preview.toPlainText()
    assert text.index("The ferry runs late on Sundays.") < text.index("Transcript")
    written = export(qtbot, dialog, tmp_path / "with", monkeypatch)
    assert "The ferry runs late on Sundays." in Path(written).read_text(encoding="utf-8")
    dialog.summaries.setChecked(False)
    assert "ferry runs late on Sundays" not in dialog.preview.toPlainText()
    dialog.summaries.setChecked(True)
    dialog.set_format("srt")
    assert not dialog.summaries.isEnabled() and dialog.chosen_summaries() == ()
    assert not make_dialog(qtbot).summaries.isVisible()  # a recording without summaries: no such choice
