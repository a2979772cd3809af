"""Exporting the transcript shown in the window: Export… reads the transcript off the GUI thread and
opens the Export dialog (format, timestamps, speakers, Copy transcript), which writes in the background."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from iam_desktop.export import to_txt, write_export
from iam_desktop.library.library import Library
from iam_desktop.summaries.model import Summary
from iam_desktop.transcript import Transcript
from iam_desktop.ui.export_dialog import ExportDialog, format_label
from iam_desktop.ui.i18n import translate
from iam_desktop.ui.operations import Operation

__all__ = ["ExportActions", "format_label"]


class ExportActions(QObject):
    """The window's export of the shown transcript. `shown()` is the ID of the recording shown (None:
    nothing to export); `say(message, ms)` shows a message in the status bar.

    Attributes: dialog (the Export dialog open now, or None).
    """

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
        self.dialog: ExportDialog | None = None

    def choose_export(self) -> None:
        """Read the shown transcript (in the background), then open the Export dialog for it."""
        recording_id = self._shown()
        if recording_id is None:
            return
        if self.dialog is not None and isValid(self.dialog):
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        library = self._library

        def read() -> tuple[str, Transcript, list[Summary]] | None:
            info = library.get_recording(recording_id)
            transcript = library.get_transcript(recording_id) if info is not None else None
            if info is None or transcript is None:
                return None
            return info.title, transcript, library.summaries.for_export(recording_id)

        Operation(self, read).success(lambda found: self._open(recording_id, found)).run()

    def _open(self, recording_id: int, found: tuple[str, Transcript, list[Summary]] | None) -> None:
        if recording_id != self._shown():
            return  # another recording is shown by now
        if found is None:
            self._say(translate("export_actions", "There is no transcript yet."), 8000)
            return
        title, transcript, summaries = found
        dialog = ExportDialog(
            transcript, title, self._window, say=lambda message: self._say(message, 8000), summaries=summaries
        )
        dialog.finished.connect(lambda _result: self._closed(dialog))
        self.dialog = dialog
        dialog.open()

    def _closed(self, dialog: ExportDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def copy_transcript(self) -> None:
        """Put the shown transcript on the clipboard as plain text (speakers, no timestamps: the Export
        dialog's defaults), read in the background, and say so."""
        recording_id = self._shown()
        if recording_id is None:
            return
        library = self._library

        def read() -> str | None:
            transcript = library.get_transcript(recording_id)
            return None if transcript is None else to_txt(transcript)

        Operation(self, read).success(self._copy).run()

    def _copy(self, text: str | None) -> None:
        if text is None:
            self._say(translate("export_actions", "There is no transcript yet."), 8000)
            return
        QGuiApplication.clipboard().setText(text)
        self._say(translate("export_actions", "Transcript copied."), 5000)

    def export_to(self, path: str, fmt: str, *, recording_id: int | None = None) -> None:
        """Write the transcript of `recording_id` (default: the shown one) to `path` with the format's
        default options, in the background (after any edit queued before it: it runs on the library's
        queue), and say how it went."""
        rid = recording_id if recording_id is not None else self._shown()
        if rid is None:
            return
        library = self._library

        def export() -> Path | None:
            transcript = library.get_transcript(rid)
            if transcript is None:
                return None
            return write_export(transcript, fmt, path, summaries=library.summaries.for_export(rid))

        Operation(self, export).success(self._exported).run()

    def _exported(self, written: Path | None) -> None:
        if written is None:
            self._say(translate("export_actions", "There is no transcript yet."), 8000)
        else:
            self._say(translate("export_actions", "Exported to {path}").format(path=written), 8000)
