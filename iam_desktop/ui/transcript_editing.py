"""The edits of the transcript a review pane shows: worked out at once, stored in the background, undoable.

An edit is one call of a TranscriptEditor method (a `Write`). It is worked out in memory by the library's
own rules (`editing.preview`) on the segments shown, shown at once (`shown`), queued on the database thread
(`TranscriptWrites`) and pushed on the undo stack (one stack per recording). Restoring the machine
transcript cannot be worked out beforehand: edits wait (`waiting`) until it is stored, and after a failed
write until what is really stored has been read again (`reloaded`). A change another part of the app made
to the recording (the ChangeBus) is read again too.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from iam_desktop.errors import IamError
from iam_desktop.library.editing import preview
from iam_desktop.library.library import Library
from iam_desktop.library.records import EditResult
from iam_desktop.transcript import Segment, Transcript
from iam_desktop.ui.changes import Change, ChangeBus, Kind
from iam_desktop.ui.edit_commands import EditCommand, RestoreCommand, Shown, Stored, Write
from iam_desktop.ui.i18n import translate
from iam_desktop.ui.transcript_model import SegmentModel
from iam_desktop.ui.transcript_writes import TranscriptWrites


class TranscriptEditing(QObject):
    """Edits of the recording shown in `pane` (whose segments `model` holds).

    Attributes: undo_stack, writes (TranscriptWrites), recording_id, edited (the edited copy is shown),
    waiting (why edits wait; "": they do not).

    Signals:
        shown: (Shown) show these segments now: an edit, undo or redo, or what the library really holds.
        reloaded: (Transcript) the recording's transcript as stored, read again: show it.
        waiting_changed: () edits now wait, or may go on again.
        notice: (message) why an edit cannot be made.
    """

    shown = Signal(object)
    reloaded = Signal(object)
    waiting_changed = Signal()
    notice = Signal(str)

    def __init__(self, pane: QWidget, library: Library, bus: ChangeBus | None, model: SegmentModel) -> None:
        super().__init__(pane)
        self._pane, self._model = pane, model
        self.undo_stack = QUndoStack(self)
        self.writes = TranscriptWrites(pane, library, bus)
        self.recording_id: int | None = None
        self.edited = False
        self.waiting = ""
        self._duration = 0.0
        self.writes.settled.connect(self._settled)
        self.writes.failed.connect(self._failed)
        if bus is not None:
            bus.changed.connect(self._library_changed)

    def start(self, transcript: Transcript | None) -> None:
        """Edits apply to `transcript` from now on (None: nothing is shown). Call before showing it: another
        recording, or segments changed elsewhere, clear the undo history."""
        rid = transcript.recording_id if transcript is not None else None
        switched = rid is None or rid != self.recording_id
        if switched or transcript is None or transcript.segments != self._model.segments():
            self.undo_stack.clear()
        if switched:
            self.writes.restart()  # the writes for the recording shown before go on, on their own
        self.recording_id = rid
        self.edited = transcript is not None and transcript.edited
        self._duration = transcript.duration if transcript is not None else 0.0
        self._set_waiting("")

    def edit(self, label: str, write: Write, kind: type[EditCommand] = EditCommand, **extra: object) -> int:
        """Make one undoable edit: show it now, store it in the background. Returns how many things it
        changed (0: none, or it cannot be made: `notice` says why)."""
        rid = self.recording_id
        if rid is None:
            return 0
        if self.waiting:
            self.notice.emit(
                translate("transcript_editing", "One moment: {reason}").format(reason=self.waiting)
            )
            return 0
        try:
            planned = preview(self._model.segments(), self._duration, write)
        except IamError as exc:
            self.notice.emit(str(exc))
            return 0
        if planned.count:
            before = Shown(self._model.segments(), self.edited)
            after = Shown([r.segment for r in planned.after], True)
            stored = Stored()
            self._show(after)
            self.writes.store(rid, write, stored)
            self.undo_stack.push(kind(label, before, after, stored, self._show, self._store, **extra))
        return planned.count

    def restore(self) -> None:
        """Go back to the machine transcript (undoable); edits wait until it is stored."""
        rid = self.recording_id
        if rid is None or not self.edited or self.waiting:
            return
        self._set_waiting(translate("transcript_editing", "the original transcript is being restored."))
        self.writes.store(rid, lambda edits, rid: edits.restore_original(rid), then=self._restored)

    def reload(self) -> None:
        """Read the recording's transcript again, after the writes already asked (`reloaded`)."""
        rid = self.recording_id
        if rid is not None:
            self.writes.reload(rid, lambda transcript: self._reread(rid, transcript))

    def _store(self, write: Write) -> None:
        if self.recording_id is not None:
            self.writes.store(self.recording_id, write)

    def _show(self, shown: Shown) -> None:
        self.edited = shown.edited
        self.shown.emit(shown)

    def _set_waiting(self, why: str) -> None:
        if why != self.waiting:
            self.waiting = why
            self.waiting_changed.emit()

    def _restored(self, result: EditResult) -> None:
        if self.recording_id is None or not self.waiting:
            return  # another recording is shown now
        self._set_waiting("")
        before, after = Shown(self._model.segments(), True), Shown([r.segment for r in result.after], False)
        stored = Stored()
        stored.result = result
        self._show(after)
        self.undo_stack.push(
            RestoreCommand(
                translate("transcript_editing", "Restore original"),
                before,
                after,
                stored,
                self._show,
                self._store,
            )
        )

    def _settled(self, rid: int, segments: list[Segment], edited: bool) -> None:
        """Every write asked is stored: if the library holds something else than what is shown (changed
        by another program meanwhile), show what it holds; the undo history no longer applies."""
        if rid == self.recording_id and (segments != self._model.segments() or edited != self.edited):
            self.undo_stack.clear()
            self._show(Shown(segments, edited))

    def _failed(self, rid: int) -> None:
        """A write failed (the user was told): nothing before it can be undone (the history no longer
        matches the library); edits wait until what is really stored is shown."""
        if rid == self.recording_id:
            self.undo_stack.clear()
            self._set_waiting(
                translate("transcript_editing", "reloading the transcript after an edit that was not saved.")
            )
            self.reload()

    def _reread(self, rid: int, transcript: Transcript | None) -> None:
        if rid != self.recording_id:
            return
        if transcript is not None and (self.waiting or self.writes.idle()):  # else: later writes check
            self.reloaded.emit(transcript)
        self._set_waiting("")

    def _library_changed(self, change: Change) -> None:
        """Another part of the app changed the library: read again if it touched the recording shown."""
        rid = self.recording_id
        if change.source is self._pane or rid is None:
            return
        if change.touches(Kind.TRANSCRIPT, rid) or change.touches(Kind.RECORDINGS, rid):
            self.reload()
