"""Undoable transcript edits, shown at once and stored in the background: QUndoCommands around
`library.edits` (TranscriptEditor).

An edit is one call of a TranscriptEditor method (a `Write`). The review pane works out what it makes of
the segments shown (`editing.preview`, the library's own rules, in memory), shows that, queues the same
call on the database thread and pushes a command holding both sides (`Shown`). Undo shows the segments
from before and queues writing them back (or restoring the machine transcript when the edit was the one
that made the edited copy); redo shows the segments after and queues writing them. The writes run one at
a time in the order asked, so each finds what the one before it stored; what the edit's own write stored
(its EditResult, with the rows' IDs) is kept in a `Stored` box that later writes read on that thread.
Consecutive nudges of one segment merge into one step.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QUndoCommand

from iam_desktop.library.editing import EditError, TranscriptEditor
from iam_desktop.library.records import EditResult
from iam_desktop.transcript import Segment

#: one edit: a call of a TranscriptEditor method for a recording ID
Write = Callable[[TranscriptEditor, int], EditResult]

_NUDGE_ID = 1


@dataclass(frozen=True)
class Shown:
    """What the pane shows on one side of an edit: the segments, and whether they are the edited copy."""

    segments: list[Segment]
    edited: bool


class Stored:
    """What one edit's write stored; set on the database thread by that write (None: not yet, or failed)."""

    def __init__(self) -> None:
        self.result: EditResult | None = None

    def get(self) -> EditResult:
        if self.result is None:
            raise EditError("an earlier edit of this transcript was not saved")
        return self.result


#: show these segments now
Show = Callable[[Shown], None]
#: queue this write after the ones already asked for
Store = Callable[[Write], None]


class EditCommand(QUndoCommand):
    """One edit, already shown and queued when it is pushed; undone and redone by writing whole segment
    lists."""

    def __init__(
        self, label: str, before: Shown, after: Shown, stored: Stored, show: Show, store: Store
    ) -> None:
        super().__init__(label)
        self.before, self.after = before, after
        #: the stored results undo reads (the first edit's) and redo reads (the last one's)
        self.first = self.last = stored
        self._show, self._store = show, store
        self._done = True  # shown and queued before the command was pushed

    def redo(self) -> None:
        if self._done:
            return
        last = self.last
        self._apply(self.after, lambda editor, rid: editor.replace_segments(rid, last.get().after))
        self._done = True

    def undo(self) -> None:
        first = self.first

        def write(editor: TranscriptEditor, rid: int) -> EditResult:
            result = first.get()
            if result.created_copy:  # back to the untouched machine transcript, not a copy of it
                return editor.restore_original(rid)
            return editor.replace_segments(rid, result.before)

        self._apply(self.before, write)
        self._done = False

    def _apply(self, shown: Shown, write: Write) -> None:
        self._show(shown)
        self._store(write)


class NudgeCommand(EditCommand):
    """A nudge; the next nudge of the same segment joins it (one undo step for many small moves)."""

    def __init__(
        self, label: str, before: Shown, after: Shown, stored: Stored, show: Show, store: Store, *,
        position: int,
    ) -> None:  # fmt: skip
        super().__init__(label, before, after, stored, show, store)
        self.position = position

    def id(self) -> int:
        return _NUDGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (isinstance(other, NudgeCommand) and other.position == self.position):
            return False
        self.after, self.last = other.after, other.last
        return True


class RestoreCommand(EditCommand):
    """Going back to the machine transcript (pushed once stored: the pane cannot foresee it); undo makes
    the edited version current again."""

    def redo(self) -> None:
        if self._done:
            return
        self._apply(self.after, lambda editor, rid: editor.restore_original(rid))
        self._done = True

    def undo(self) -> None:
        first = self.first
        self._apply(self.before, lambda editor, rid: editor.replace_segments(rid, first.get().before))
        self._done = False
