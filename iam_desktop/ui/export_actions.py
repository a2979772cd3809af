"""Exporting the transcript shown in the window: the Export… action asks for a file and a format, then the
transcript is read and written off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from iam_desktop.export import EXPORT_FORMATS, export_filename, write_export
from iam_desktop.library.library import Library
from iam_desktop.ui.operations import Operation

#: what each export format is called in the dialogs
FORMAT_NAMES = {
    "txt": "Plain text",
    "srt": "SubRip subtitles",
    "vtt": "WebVTT subtitles",
    "json": "JSON",
    "docx": "Word document",
    "pdf": "PDF document",
}


def format_label(fmt: str) -> str:
    """ "SubRip subtitles (.srt)"."""
    return f"{FORMAT_NAMES.get(fmt, fmt.upper())} (.{fmt})"


def file_filter(fmt: str) -> str:
    """The file dialog's filter for `fmt`: "SubRip subtitles (*.srt)"."""
    return f"{FORMAT_NAMES.get(fmt, fmt.upper())} (*.{fmt})"


def chosen_format(path: str, chosen_filter: str) -> tuple[str, str]:
    """(path with the format's suffix, format) for what the save dialog returned: a known suffix in the
    name decides, else the chosen filter, else plain text."""
    fmt = next((f for f in EXPORT_FORMATS if file_filter(f) == chosen_filter), None)
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix in EXPORT_FORMATS:
        fmt = suffix
    fmt = fmt or "txt"
    if Path(path).suffix.lower() != f".{fmt}":
        path = f"{path}.{fmt}"
    return path, fmt


class ExportActions(QObject):
    """The window's export of the shown transcript. `shown()` is the ID of the recording shown (None:
    nothing to export); `say(message, ms)` shows a message in the status bar."""

    def __init__(
        self,
        window: QWidget,
        library: Library,
        *,
        shown: Callable[[], int | None],
        say: Callable[[str, int], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._library = library
        self._shown = shown
        self._say = say

    def choose_export(self) -> None:
        """Ask where and in which format to export the shown transcript, then export it."""
        recording_id = self._shown()
        if recording_id is None:
            return
        library = self._library
        Operation(self, lambda: library.get_recording(recording_id)).success(
            lambda info: self._ask(recording_id, info.title) if info is not None else None
        ).run()

    def _ask(self, recording_id: int, title: str) -> None:
        if recording_id != self._shown():
            return  # another recording is shown by now
        path, chosen = QFileDialog.getSaveFileName(
            self._window,
            "Export transcript",
            export_filename(title, "txt"),
            ";;".join(file_filter(fmt) for fmt in EXPORT_FORMATS),
        )
        if path:
            self.export_to(*chosen_format(path, chosen), recording_id=recording_id)

    def export_to(self, path: str, fmt: str, *, recording_id: int | None = None) -> None:
        """Write the transcript of `recording_id` (default: the shown one) to `path` in the background
        (after any edit queued before it: it runs on the library's queue) and say how it went."""
        rid = recording_id if recording_id is not None else self._shown()
        if rid is None:
            return
        library = self._library

        def export() -> Path | None:
            transcript = library.get_transcript(rid)
            return None if transcript is None else write_export(transcript, fmt, path)

        Operation(self, export).success(
            lambda written: self._say(
                f"Exported to {written}" if written else "There is no transcript yet.", 8000
            )
        ).run()
