"""What the user can do with the selected recordings: rename, notes, tags, export, transcribe again, move to
the trash (with undo), restore and empty the trash. Each is a QAction (context menu and keyboard); the
questions are standard dialogs, and the work runs in the background through the library facade."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMenu, QMessageBox, QWidget

from iam_desktop.export import EXPORT_FORMATS
from iam_desktop.export.bulk import BulkExport, export_recordings
from iam_desktop.library.library import Library
from iam_desktop.library.records import RecordingSummary
from iam_desktop.ui.changes import Change, ChangeBus, Kind
from iam_desktop.ui.export_actions import format_label
from iam_desktop.ui.i18n import translate
from iam_desktop.ui.icons import icon
from iam_desktop.ui.operations import Operation, report_failure
from iam_desktop.ui.tags_editor import TagsDialog, parse_tags

T = TypeVar("T")
#: how long "Undo" stays offered after moving recordings to the trash (milliseconds)
UNDO_MS = 10_000


@dataclass(frozen=True)
class Picked:
    """A selected recording: its ID and title, and its list row when the list shows it (None for a search
    hit: the notes and tags of those are not at hand)."""

    id: int
    title: str
    summary: RecordingSummary | None = None


def change_tags(library: Library, ids: Iterable[int], add: list[str], remove: list[str]) -> None:
    for recording_id in ids:
        if add:
            library.items.add_tags(recording_id, add)
        for name in remove:
            library.items.remove_tag(recording_id, name)


class RecordingActions(QObject):
    """The actions on the recordings that `picked()` returns (the selection of the visible list).

    Attributes: rename_action (F2), notes_action, tags_action, export_action, retranscribe_action,
    trash_action (Delete), restore_action, empty_trash_action, undo_action (for undo_ms after a move
    to the trash). The do-it methods (rename, set_notes, set_tags, export, trash, restore,
    undo_trash, empty_trash) ask nothing and work in the background.

    Each change is published on `bus` (the views read again what they show); a failure is reported by the
    default handler (after publishing the change anyway: part of a bulk change may have gone through).

    Signals:
        notice: a message for the user in plain words (what was done).
        trashed: the IDs just moved to the trash (Undo is offered now; no `notice` for it).
        retranscribe_requested: the IDs of the recordings to transcribe again.
        speakers_requested: the IDs of recordings whose speakers to identify (again), and how many
            there are (0: find out).
    """

    #: message text
    notice = Signal(str)
    #: list of recording IDs moved to the trash
    trashed = Signal(list)
    #: list of recording IDs
    retranscribe_requested = Signal(list)
    #: list of recording IDs, the number of speakers (0: find it)
    speakers_requested = Signal(list, int)
    #: recording ID (only with notes_in_panel)
    notes_requested = Signal(int)

    def __init__(
        self,
        library: Library,
        picked: Callable[[], list[Picked]],
        in_trash: Callable[[], bool],
        parent: QWidget,
        bus: ChangeBus,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._bus = bus
        self._picked = picked
        self._in_trash = in_trash
        self._widget = parent
        self._undo_ids: list[int] = []
        self._last_format = EXPORT_FORMATS[0]
        #: how long Undo stays offered after a move to the trash (milliseconds)
        self.undo_ms = UNDO_MS
        #: the tag names the library has (offered while typing tags; kept up to date by the panel)
        self.known_tags: list[str] = []
        #: starts editing the current title in place; False where it cannot (then a dialog asks)
        self.edit_title: Callable[[], bool] = lambda: False
        #: Notes… asks for the notes side panel (`notes_requested`) instead of a dialog
        self.notes_in_panel = False
        self._undo_timer = QTimer(self, singleShot=True)
        self._undo_timer.timeout.connect(self._forget_undo)

        def action(
            text: str, slot: Callable[[], None], shortcut: QKeySequence | None = None, glyph: str = ""
        ) -> QAction:
            made = QAction(icon(glyph), text, parent) if glyph else QAction(text, parent)
            if shortcut is not None:
                made.setShortcut(shortcut)
                made.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            made.triggered.connect(slot)
            return made

        self.rename_action = action(
            translate("recording_actions", "Rename"), self.ask_rename, QKeySequence(Qt.Key.Key_F2), "edit"
        )
        self.notes_action = action(translate("recording_actions", "Notes…"), self.ask_notes, glyph="notes")
        self.tags_action = action(translate("recording_actions", "Tags…"), self.ask_tags, glyph="tag")
        self.export_action = action(
            translate("recording_actions", "Export selected…"), self.ask_export, glyph="export"
        )
        self.retranscribe_action = action(
            translate("recording_actions", "Transcribe again"), self.request_retranscribe
        )
        self.speakers_menu = QMenu(translate("recording_actions", "Identify speakers"), parent)
        self.speakers_menu.setToolTip(
            translate("recording_actions", "Label who speaks when, without transcribing again")
        )
        self.speakers_menu.setToolTipsVisible(True)
        self.speakers_actions = [
            action(translate("recording_actions", "Find how many"), lambda: self.request_speakers(0))
        ]
        for count in range(2, 7):
            self.speakers_actions.append(
                action(
                    translate("recording_actions", "%n speakers", "", count),
                    # (triggered passes `checked` first: it must not land in n)
                    lambda _checked=False, n=count: self.request_speakers(n),  # type: ignore[misc]
                )
            )
        self.speakers_menu.addActions(self.speakers_actions)
        self.trash_action = action(
            translate("recording_actions", "Move to trash"),
            self.trash_selected,
            QKeySequence(QKeySequence.StandardKey.Delete),
            "trash",
        )
        self.restore_action = action(translate("recording_actions", "Restore"), self.restore_selected)
        self.empty_trash_action = action(translate("recording_actions", "Empty trash…"), self.ask_empty_trash)
        # no Ctrl+Z: that is the transcript's undo (one key in two contexts would fire neither)
        self.undo_action = action(translate("recording_actions", "Undo"), self.undo_trash)
        self.undo_action.setToolTip(
            translate("recording_actions", "Bring back the recordings just moved to the trash")
        )
        self.undo_action.setEnabled(False)

    def bind(self, widget: QWidget) -> None:
        """Make the keyboard shortcuts work while `widget` (a list view) has the focus."""
        for made in (self.rename_action, self.trash_action):
            widget.addAction(made)

    def update_enabled(self) -> None:
        """Enable what makes sense for the selection and the view (the list or the trash)."""
        picked, trash = self._picked(), self._in_trash()
        listed = bool(picked) and all(p.summary is not None for p in picked)
        self.rename_action.setEnabled(len(picked) == 1 and not trash)
        self.notes_action.setEnabled(len(picked) == 1 and listed and not trash)
        self.tags_action.setEnabled(listed and not trash)
        self.export_action.setEnabled(bool(picked))
        self.retranscribe_action.setEnabled(bool(picked) and not trash)
        self.speakers_menu.setEnabled(bool(picked) and not trash)
        self.trash_action.setEnabled(bool(picked) and not trash)
        self.restore_action.setEnabled(bool(picked) and trash)
        self.empty_trash_action.setEnabled(trash)

    def menu(self, parent: QWidget) -> QMenu:
        """The context menu for the selection."""
        self.update_enabled()
        menu = QMenu(parent)
        if self._in_trash():
            menu.addActions([self.restore_action, self.export_action])
            menu.addSeparator()
            menu.addAction(self.empty_trash_action)
        else:
            menu.addActions([self.rename_action, self.notes_action, self.tags_action])
            menu.addSeparator()
            menu.addActions([self.export_action, self.retranscribe_action])
            menu.addMenu(self.speakers_menu)
            menu.addSeparator()
            menu.addAction(self.trash_action)
        return menu

    # --- asking -------------------------------------------------------------------------------------

    def _ids(self) -> list[int]:
        return [p.id for p in self._picked()]

    def ask_rename(self) -> None:
        picked = self._picked()
        if len(picked) != 1 or self._in_trash() or self.edit_title():
            return
        title, ok = QInputDialog.getText(
            self._widget,
            translate("recording_actions", "Rename recording"),
            translate("recording_actions", "Title:"),
            QLineEdit.EchoMode.Normal,
            picked[0].title,
        )
        if ok and title.strip() and title.strip() != picked[0].title:
            self.rename(picked[0].id, title)

    def ask_notes(self) -> None:
        picked = self._picked()
        if len(picked) != 1 or picked[0].summary is None or self._in_trash():
            return
        if self.notes_in_panel:
            self.notes_requested.emit(picked[0].id)
            return
        notes, ok = QInputDialog.getMultiLineText(
            self._widget,
            translate("recording_actions", "Notes"),
            translate("recording_actions", "Notes on “{title}”:").format(title=picked[0].title),
            picked[0].summary.notes or "",
        )
        if ok:
            self.set_notes(picked[0].id, notes)

    def ask_tags(self) -> None:
        picked = self._picked()
        summaries = [p.summary for p in picked if p.summary is not None]
        if not picked or len(summaries) != len(picked) or self._in_trash():
            return
        common = [tag for tag in summaries[0].tags if all(tag in s.tags for s in summaries[1:])]
        count = len(picked)
        label = (
            translate("recording_actions", "Tags, separated by commas:")
            if len(picked) == 1
            else translate(
                "recording_actions",
                "Tags all %n recordings carry, separated by commas\n(names added here go on every one; names taken out come off every one):",  # noqa: E501 (one literal for lupdate)
                "",
                count,
            )
        )
        text, ok = TagsDialog.ask(self._widget, label, common, self.known_tags)
        if ok:
            self.set_tags([p.id for p in picked], text, common)

    def ask_export(self) -> None:
        ids = self._ids()
        if not ids:
            return
        count = len(ids)
        labels = [format_label(fmt) for fmt in EXPORT_FORMATS]
        label, ok = QInputDialog.getItem(
            self._widget,
            translate("recording_actions", "Export"),
            translate("recording_actions", "Export %n transcripts as:", "", count),
            labels,
            EXPORT_FORMATS.index(self._last_format),
            False,
        )
        if not ok or label not in labels:
            return
        fmt = EXPORT_FORMATS[labels.index(label)]
        folder = QFileDialog.getExistingDirectory(
            self._widget, translate("recording_actions", "Export to folder")
        )
        if folder:
            self._last_format = fmt
            self.export(ids, fmt, folder)

    def ask_empty_trash(self) -> None:
        answer = QMessageBox.question(
            self._widget,
            translate("recording_actions", "Empty trash"),
            translate(
                "recording_actions",
                "Delete every recording in the trash for good, with its transcript and audio?\nThis cannot be undone.",  # noqa: E501 (one literal for lupdate)
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.empty_trash()

    def request_retranscribe(self) -> None:
        ids = self._ids()
        if ids and not self._in_trash():
            self.retranscribe_requested.emit(ids)

    def request_speakers(self, count: int = 0) -> None:
        """Ask for the speakers of the selected recordings to be identified (`count`: how many, 0: find)."""
        ids = self._ids()
        if ids and not self._in_trash():
            self.speakers_requested.emit(ids, count)

    def trash_selected(self) -> None:
        ids = self._ids()
        if ids and not self._in_trash():
            self.trash(ids)

    def restore_selected(self) -> None:
        ids = self._ids()
        if ids and self._in_trash():
            self.restore(ids)

    # --- doing (in the background) ------------------------------------------------------------------

    def _run(
        self,
        func: Callable[[], T],
        done: Callable[[T], str | None],
        ids: Iterable[int] = (),
        *,
        change: Change | None = None,
    ) -> None:
        """Run `func` as an operation that changes the recordings `ids` (or makes `change`; None: nothing
        changes, as for an export); `done(result)` is the notice to show, if any."""
        made = change if change is not None else Change.of(Kind.RECORDINGS, ids=ids)

        def succeeded(result: T) -> None:
            message = done(result)
            if message:
                self.notice.emit(message)

        def failed(error: Exception) -> None:
            if change is not None or ids:
                self._bus.publish(made)  # part of a bulk change may have gone through
            report_failure(self._widget, error)

        operation = Operation(self, func).success(succeeded).failure(failed)
        if change is not None or ids:
            operation.changes(self._bus, made)
        operation.run()

    def rename(self, recording_id: int, title: str) -> None:
        items = self._library.items
        renamed = translate("recording_actions", "Renamed to “{title}”.")
        self._run(
            lambda: items.rename(recording_id, title), lambda new: renamed.format(title=new), [recording_id]
        )

    def set_notes(self, recording_id: int, notes: str) -> None:
        items = self._library.items
        self._run(
            lambda: items.set_notes(recording_id, notes),
            lambda _: translate("recording_actions", "Notes saved."),
            [recording_id],
        )

    def set_tags(self, ids: list[int], text: str, had: Iterable[str] = ()) -> None:
        """Make `text` (comma-separated) the tags common to `ids`, which were `had` before: new names are
        added to every recording, names of `had` left out are taken off every one."""
        wanted = parse_tags(text)
        keys = {name.casefold() for name in wanted}
        before = {name.casefold() for name in had}
        add = [name for name in wanted if name.casefold() not in before]
        remove = [name for name in had if name.casefold() not in keys]
        if not add and not remove:
            return
        library = self._library
        self._run(
            lambda: change_tags(library, ids, add, remove),
            lambda _: translate("recording_actions", "Tags saved."),
            ids,
        )

    def export(self, ids: list[int], fmt: str, folder: str | Path) -> None:
        library, target = self._library, Path(folder)

        def report(result: BulkExport) -> str:
            written = len(result.written)
            message = translate("recording_actions", "Exported %n transcripts to {folder}.", "", written)
            message = message.format(folder=target)
            if result.problems():  # the problems are the core's words (English)
                problems = "; ".join(result.problems())
                message += " " + translate("recording_actions", "Not exported: {problems}").format(
                    problems=problems
                )
            return message

        # on the library's queue: a transcript edit made just before is in the file
        self._run(lambda: export_recordings(library, ids, fmt, target), report)

    def trash(self, ids: list[int]) -> None:
        """Move recordings to the trash; Undo brings them back for the next undo_ms."""
        items = self._library.items

        def moved(_count: int) -> None:
            self._undo_ids = list(ids)
            self.undo_action.setEnabled(True)
            self._undo_timer.start(self.undo_ms)
            self.trashed.emit(list(ids))

        self._run(lambda: items.delete(ids), moved, ids)

    def undo_trash(self) -> None:
        """Bring back what the last move to the trash took (while Undo is offered)."""
        ids = self._undo_ids
        self._forget_undo()
        if ids:
            self.restore(ids)

    def _forget_undo(self) -> None:
        self._undo_ids = []
        self._undo_timer.stop()
        self.undo_action.setEnabled(False)

    def restore(self, ids: list[int]) -> None:
        items = self._library.items
        self._run(
            lambda: items.restore(ids),
            lambda count: translate("recording_actions", "Restored %n recordings.", "", count),
            ids,
        )

    def empty_trash(self) -> None:
        items = self._library.items
        self._run(
            lambda: items.empty_trash(older_than=None),
            lambda count: translate("recording_actions", "Deleted %n recordings for good.", "", count),
            change=Change.of(Kind.RECORDINGS),  # which ones is not known here: any
        )
