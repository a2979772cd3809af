"""The notes side panel: the open recording's title, its tags (completed from the library's) and free
notes, each saved in the background — the notes once typing pauses or the field loses the focus."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QFont
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from iam_desktop.library.library import Library
from iam_desktop.library.records import RecordingSummary, TagCount
from iam_desktop.ui.changes import Change, ChangeBus, Kind
from iam_desktop.ui.i18n import translate
from iam_desktop.ui.library_rows import grey_line
from iam_desktop.ui.operations import Operation
from iam_desktop.ui.recording_actions import change_tags
from iam_desktop.ui.tags_editor import TagsEditor
from iam_desktop.ui.theme import Role, css

#: how long typing must pause before the notes are saved (milliseconds)
NOTES_DELAY_MS = 800


class NotesEdit(QPlainTextEdit):
    """A multi-line field that says when it loses the focus.

    Signals:
        left: the field lost the focus.
    """

    #: no arguments
    left = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.left.emit()


class NotesPanel(QWidget):
    """Title, tags and notes of one recording (`show_recording`); every change is saved through the
    library in the background and published on `bus`, and a change made elsewhere is read again.

    Attributes: title_edit, details (the grey line), tags (TagsEditor), notes (NotesEdit), status (says
    "Saved"), recording_id (the one shown, or None).
    """

    def __init__(self, library: Library, bus: ChangeBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notesPanel")
        self._library = library
        self._bus = bus
        self.recording_id: int | None = None
        self._generation = 0
        self._saved_notes = ""
        self._title = ""
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("notesTitle")
        self.title_edit.setFrame(False)
        self.title_edit.setAccessibleName(translate("notes_panel", "Title"))
        font = QFont(self.title_edit.font())
        font.setWeight(QFont.Weight.DemiBold)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title_edit.setFont(font)
        self.details = QLabel()
        self.details.setStyleSheet(f"color: {css(Role.MUTED)}")
        self.tags = TagsEditor()
        self.notes = NotesEdit()
        self.notes.setObjectName("notesEdit")
        self.notes.setPlaceholderText(translate("notes_panel", "Notes on this recording…"))
        self.notes.setTabChangesFocus(True)  # Tab leaves the notes (keyboard users); Ctrl+Tab types a tab
        self.status = QLabel()
        self.status.setStyleSheet(f"color: {css(Role.MUTED)}")
        self.empty = QLabel(translate("notes_panel", "Open a recording to see its notes."))
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(f"color: {css(Role.MUTED)}")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(6)
        self._labels = (QLabel(translate("notes_panel", "Tags")), QLabel(translate("notes_panel", "Notes")))
        self._labels[0].setBuddy(self.tags)
        self._labels[1].setBuddy(self.notes)
        self.tags.setAccessibleName(translate("notes_panel", "Tags"))
        self.notes.setAccessibleName(translate("notes_panel", "Notes"))
        for widget in (self.title_edit, self.details, self._labels[0], self.tags, self._labels[1]):
            layout.addWidget(widget)
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.empty, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(NOTES_DELAY_MS)
        self._timer.timeout.connect(self.save_notes)
        self.notes.textChanged.connect(self._typed)
        self.notes.left.connect(self.save_notes)
        self.tags.committed.connect(self._save_tags)
        self.title_edit.editingFinished.connect(self._save_title)
        bus.changed.connect(self._on_change)
        self._show(None)

    # --- showing ------------------------------------------------------------------------------------

    def show_recording(self, recording_id: int | None) -> None:
        """Show the title, tags and notes of `recording_id` (None: nothing); notes typed for the one shown
        before are saved first."""
        if recording_id != self.recording_id:
            self.save_notes()
        self.recording_id = recording_id
        if recording_id is None:
            self._show(None)
            return
        self._read(recording_id, fresh=True)

    def _read(self, recording_id: int, *, fresh: bool, with_notes: bool = True) -> None:
        """Read the recording and show it (`fresh`: newly shown, every field replaced; else the fields
        being edited keep what is typed, and the notes only `with_notes`)."""
        self._generation += 1
        generation, items = self._generation, self._library.items

        def load() -> tuple[RecordingSummary | None, list[TagCount]]:
            return items.summary(recording_id), items.all_tags()

        def loaded(result: tuple[RecordingSummary | None, list[TagCount]]) -> None:
            if generation == self._generation and recording_id == self.recording_id:
                self._show(result[0], [tag.name for tag in result[1]], fresh=fresh, with_notes=with_notes)

        Operation(self, load).success(loaded).run()

    def _show(
        self,
        item: RecordingSummary | None,
        known: list[str] | None = None,
        *,
        fresh: bool = True,
        with_notes: bool = True,
    ) -> None:
        shown = item is not None
        for widget in (self.title_edit, self.details, self.tags, self.notes, self.status, *self._labels):
            widget.setVisible(shown)
        self.empty.setVisible(not shown)
        if item is None:
            return
        self._title = item.title
        if fresh or not self.title_edit.hasFocus():
            self.title_edit.setText(item.title)
            self.title_edit.setCursorPosition(0)
        self.details.setText(grey_line(item, datetime.now().astimezone()))
        self.tags.set_known(known or [])
        if fresh or not self.tags.hasFocus():
            self.tags.set_tags(item.tags)
        if fresh or with_notes:
            self._saved_notes = item.notes or ""
            self.notes.blockSignals(True)
            self.notes.setPlainText(self._saved_notes)
            self.notes.blockSignals(False)
            self.status.clear()

    def _on_change(self, change: Change) -> None:
        """Another view changed the shown recording (renamed, tagged, noted): read it again; notes being
        typed here are kept."""
        rid = self.recording_id
        if rid is None or change.source is self or not change.touches(Kind.RECORDINGS, rid):
            return
        typing = self._timer.isActive() or self.notes.toPlainText() != self._saved_notes
        self._read(rid, fresh=False, with_notes=not typing)

    # --- saving -------------------------------------------------------------------------------------

    def _typed(self) -> None:
        self.status.setText(translate("notes_panel", "Editing…"))
        self._timer.start()

    def save_notes(self) -> None:
        """Save the notes now if they changed (typing paused, the field left, another recording shown)."""
        self._timer.stop()
        rid, text = self.recording_id, self.notes.toPlainText()
        if rid is None or text == self._saved_notes:
            return
        self._saved_notes = text
        items = self._library.items
        self._write(lambda: items.set_notes(rid, text), rid, translate("notes_panel", "Saved"))

    def _save_tags(self, names: list[str]) -> None:
        rid = self.recording_id
        if rid is None:
            return
        library = self._library

        def save() -> None:
            had = library.items.tags_of(rid)
            keys = {name.casefold() for name in names}
            before = {name.casefold() for name in had}
            add = [name for name in names if name.casefold() not in before]
            change_tags(library, [rid], add, [name for name in had if name.casefold() not in keys])

        self._write(save, rid, translate("notes_panel", "Tags saved"))

    def _save_title(self) -> None:
        rid, title = self.recording_id, " ".join(self.title_edit.text().split())
        if rid is None or not title or title == self._title:
            return
        self._title = title
        items = self._library.items
        self._write(lambda: items.rename(rid, title), rid, translate("notes_panel", "Renamed"))

    def _write(self, func: Callable[[], object], rid: int, said: str) -> None:
        """Run `func` in the background; the change is published (the list reads again; this panel,
        its source, does not)."""
        change = Change.of(Kind.RECORDINGS, ids=[rid], source=self)
        Operation(self, func).changes(self._bus, change).success(lambda _: self.status.setText(said)).run()
