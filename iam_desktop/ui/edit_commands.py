"""Undoable transcript edits: QUndoCommands around `library.edits` (TranscriptEditor).

An edit is made in the library first (`perform`); only an edit that changed something is pushed, as a
command holding its EditResult. Undo writes `result.before` back (or restores the machine transcript
when the edit was the one that made the edited copy), redo writes `result.after`; each time the
`refresh` callback gets the segments now stored. Consecutive nudges of one segment merge into one step.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

from iam_desktop.errors import IamError
from iam_desktop.library.editing import TranscriptEditor
from iam_desktop.library.records import EditResult
from iam_desktop.transcript import Segment

#: called with the segments stored after an edit, undo or redo
Refresh = Callable[[list[Segment]], None]
#: called with an error an undo or redo ran into (the command is then dropped)
Report = Callable[[IamError], None]

_NUDGE_ID = 1


class EditCommand(QUndoCommand):
    """One edit already made in the library, undone and redone by writing whole segment lists."""

    def __init__(
        self,
        editor: TranscriptEditor,
        recording_id: int,
        label: str,
        result: EditResult,
        refresh: Refresh,
        report: Report,
    ) -> None:
        super().__init__(label)
        self.editor = editor
        self.recording_id = recording_id
        self.result = result
        self._refresh = refresh
        self._report = report
        self._done = True  # the edit was made before the command was pushed

    def redo(self) -> None:
        if self._done:
            return
        self._apply(lambda: self.editor.replace_segments(self.recording_id, self.result.after))
        self._done = True

    def undo(self) -> None:
        if self.result.created_copy:  # back to the untouched machine transcript, not a copy of it
            self._apply(lambda: self.editor.restore_original(self.recording_id))
        else:
            self._apply(lambda: self.editor.replace_segments(self.recording_id, self.result.before))
        self._done = False

    def _apply(self, change: Callable[[], EditResult]) -> None:
        try:
            stored = change()
        except IamError as exc:  # e.g. the recording was deleted meanwhile
            self.setObsolete(True)
            self._report(exc)
            return
        self._refresh([r.segment for r in stored.after])


class NudgeCommand(EditCommand):
    """A nudge; the next nudge of the same segment joins it (one undo step for many small moves)."""

    def __init__(
        self,
        editor: TranscriptEditor,
        recording_id: int,
        label: str,
        result: EditResult,
        refresh: Refresh,
        report: Report,
        *,
        position: int,
    ) -> None:
        super().__init__(editor, recording_id, label, result, refresh, report)
        self.position = position

    def id(self) -> int:
        return _NUDGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (
            isinstance(other, NudgeCommand)
            and other.recording_id == self.recording_id
            and other.position == self.position
        ):
            return False
        first, last = self.result, other.result
        self.result = EditResult(
            first.before, last.after, first.count, first.created_copy, last.transcript_id
        )
        return True


class RestoreCommand(EditCommand):
    """Going back to the machine transcript; undo makes the edited version current again."""

    def redo(self) -> None:
        if self._done:
            return
        self._apply(lambda: self.editor.restore_original(self.recording_id))
        self._done = True

    def undo(self) -> None:
        self._apply(lambda: self.editor.replace_segments(self.recording_id, self.result.before))
        self._done = False


def perform(
    stack: QUndoStack,
    editor: TranscriptEditor,
    recording_id: int,
    label: str,
    edit: Callable[[], EditResult],
    refresh: Refresh,
    report: Report,
    *,
    kind: type[EditCommand] = EditCommand,
    **extra: object,
) -> EditResult:
    """Make an edit (`edit()` calls one TranscriptEditor method) and, if it changed anything, push it
    as an undoable command and refresh. Raises what the edit raises (EditError…), pushing nothing."""
    result = edit()
    if result.count:
        stack.push(kind(editor, recording_id, label, result, refresh, report, **extra))
        refresh([r.segment for r in result.after])
    return result
