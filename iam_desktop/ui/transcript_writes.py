"""Storing a review pane's edits in the background: one write after another on the database thread.

The pane shows an edit at once and queues its write here; a library locked by another process makes the
database thread wait, never the window. The writes of one *run* (one recording shown) are made in the order
asked. When one fails (a locked or damaged library, a full disk) the user is told (`report_failure`), the
writes queued after it in the same run are dropped (they were worked out on top of the failed one), and
`failed` tells the pane, which reloads what is really stored and forgets its undo history.

After each stored write the `ChangeBus` hears that the recording's transcript changed (once per burst:
when no write of the run is left), so the library list and the search results follow.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from iam_desktop.errors import IamError
from iam_desktop.library.library import Library
from iam_desktop.library.records import EditResult
from iam_desktop.transcript import Transcript
from iam_desktop.ui.changes import Change, ChangeBus, Kind
from iam_desktop.ui.edit_commands import Stored, Write
from iam_desktop.ui.operations import Operation, report_failure


class _Skipped(IamError):
    """An earlier write of the same run failed, so this one was not made."""


class _Run:
    """The writes asked while one recording is shown. `broken` is set and read on the database thread
    only (by the writes themselves, in order)."""

    def __init__(self) -> None:
        self.broken = False


class TranscriptWrites(QObject):
    """The write queue of one review pane (`pane`: the widget that asks and is told of failures).

    Signals:
        settled: (recording ID, segments, edited) every write of the run is stored; this is what the
            library holds now (the pane checks that it shows the same).
        failed: (recording ID) a write of the run failed; the pane must reload.
    """

    #: (recording ID, list[Segment] now stored, whether they are the edited copy)
    settled = Signal(int, object, bool)
    #: (recording ID) a write failed (already reported to the user)
    failed = Signal(int)

    def __init__(self, pane: QWidget, library: Library, bus: ChangeBus | None) -> None:
        super().__init__(pane)
        self._pane = pane
        self._library = library
        self._bus = bus
        self._run = _Run()
        self._pending = 0  # writes of the run not yet back
        self._outstanding = 0  # writes and reads of any run not yet back

    def idle(self) -> bool:
        """Nothing asked of the library is still under way."""
        return self._outstanding == 0

    def restart(self) -> None:
        """Start a new run (another recording shown, or after a failure)."""
        self._run, self._pending = _Run(), 0

    def store(
        self, recording_id: int, write: Write, stored: Stored | None = None,
        then: Callable[[EditResult], None] | None = None,
    ) -> None:  # fmt: skip
        """Queue `write` for `recording_id` after the writes already asked; its result goes into `stored`
        (on the database thread, for the writes after it) and to `then` (on the GUI thread)."""
        run, editor = self._run, self._library.edits

        def work() -> tuple[EditResult, bool]:
            if run.broken:
                raise _Skipped("not saved: an earlier edit could not be saved")
            try:
                result = write(editor, recording_id)
                edited = editor.is_edited(recording_id)
            except Exception:
                run.broken = True
                raise
            if stored is not None:
                stored.result = result
            return result, edited

        self._pending += 1
        self._outstanding += 1
        operation = (
            Operation(self._pane, work)
            .success(lambda done: self._stored(run, recording_id, done, then))
            .failure(lambda error: self._failed(run, recording_id, error))
        )
        if self._bus is not None:
            change = Change.of(Kind.TRANSCRIPT, ids=[recording_id], source=self._pane)
            # one announcement per burst: when this is the last write of the run still under way
            operation.changes(self._bus, lambda _: None if run is self._run and self._pending > 1 else change)
        operation.run()

    def reload(self, recording_id: int, then: Callable[[Transcript | None], None]) -> None:
        """Read the recording's transcript after the writes already asked; `then(transcript)` (None: it
        has none, or it could not be read: the user was told)."""

        def done(transcript: Transcript | None) -> None:
            self._outstanding -= 1
            then(transcript)

        def failed(error: Exception) -> None:
            report_failure(self._pane, error)
            done(None)

        self._outstanding += 1
        get = self._library.get_transcript
        Operation(self._pane, lambda: get(recording_id)).success(done).failure(failed).run()

    def _stored(
        self, run: _Run, recording_id: int, done: tuple[EditResult, bool],
        then: Callable[[EditResult], None] | None,
    ) -> None:  # fmt: skip
        self._outstanding -= 1
        result, edited = done
        if then is not None:
            then(result)
        if run is not self._run:
            return
        self._pending -= 1
        if not self._pending:
            self.settled.emit(recording_id, [r.segment for r in result.after], edited)

    def _failed(self, run: _Run, recording_id: int, error: Exception) -> None:
        self._outstanding -= 1
        if isinstance(error, _Skipped):
            return
        report_failure(self._pane, error)
        if self._bus is not None:  # the writes before it in the burst were stored and not yet announced
            self._bus.publish(Change.of(Kind.TRANSCRIPT, ids=[recording_id], source=self._pane))
        if run is self._run:
            self.restart()
            self.failed.emit(recording_id)
