"""What the Summary tab runs off the GUI thread: reading a recording's transcript and summaries, looking
for the OpenAI key, estimating what a cloud summary costs, saving a summary as a text file, and making a
summary (`SummaryRun`: the text streamed back to the GUI thread as it arrives, cancellable).

A summary is made on threads of their own (`summary_pool`), not on the library's queue: a cloud summary
can stream for a minute, and the notes, the transcript's edits and the list must not wait for it (the
library takes writes from several threads, as it does from the job runner's)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Signal

from iam_desktop.errors import ExportError, IamError
from iam_desktop.library.library import Library
from iam_desktop.secrets import SecretStore, openai_api_key
from iam_desktop.settings import Settings
from iam_desktop.summaries.model import Summary
from iam_desktop.summaries.service import Generated, SummaryRequest, generate_summary
from iam_desktop.transcript import Segment
from iam_desktop.ui.background import run_in_background

log = logging.getLogger(__name__)

_pool: QThreadPool | None = None


def summary_pool() -> QThreadPool:
    """The threads summaries are made on (created on first use): one for the recording shown, one for a
    summary of a recording shown before that is still being made."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(2)
        _pool.setObjectName("iam-summaries")
    return _pool


@dataclass(frozen=True)
class RecordingState:
    """What the Summary tab shows of one recording, read at one moment.

    Attributes: recording_id, title (None: no such recording), segments (None: not transcribed yet),
    summaries (newest first).
    """

    recording_id: int
    title: str | None
    segments: list[Segment] | None
    summaries: list[Summary]


def read_state(library: Library, recording_id: int) -> RecordingState:
    """The recording's title, its transcript's segments and its summaries (run it on the library's queue)."""
    info = library.get_recording(recording_id)
    if info is None:
        return RecordingState(recording_id, None, None, [])
    transcript = library.get_transcript(recording_id)
    segments = list(transcript.segments) if transcript is not None and transcript.segments else None
    return RecordingState(recording_id, info.title, segments, list(library.summaries.list(recording_id)))


def read_key(store: SecretStore | None) -> str | None:
    """The OpenAI key (environment, then keyring), or None when there is none or the keyring cannot be
    read (then only the offline summary is offered)."""
    try:
        key, _source = openai_api_key(store)
    except IamError as exc:
        log.info("no OpenAI key for summaries: %s", exc)
        return None
    return key


def estimate(segments: list[Segment], preset: str, model: str, instruction: str | None = None) -> float:
    """What a cloud summary of `segments` would cost in US dollars."""
    from iam_desktop.summaries.cloud import estimate_summary_cost

    return estimate_summary_cost(segments, preset, model, instruction=instruction)


def save_text(path: str, text: str) -> Path:
    """Write `text` to `path` as UTF-8 (ExportError when it cannot be written)."""
    target = Path(path)
    try:
        target.write_text(text.rstrip("\n") + "\n", encoding="utf-8")
    except OSError as exc:
        raise ExportError(f"{target} could not be written: {exc.strerror or exc}") from exc
    return target


def export_with_transcript(library: Library, summary: Summary, fmt: str, path: str) -> Path:
    """Write the transcript of the summary's recording in format `fmt` to `path`, with `summary` as its
    section before the transcript (run it on the library's queue). ExportError when there is no transcript
    or the file cannot be written."""
    from iam_desktop.export import write_export

    transcript = library.get_transcript(summary.recording_id) if summary.recording_id is not None else None
    if transcript is None:
        raise ExportError("there is no transcript to export with the summary")
    return write_export(transcript, fmt, path, summaries=[summary])


class SummaryRun(QObject):
    """One summary being made (`start`): its text comes back as it arrives (`text_arrived`, deltas to
    append; `restarted`: drop the text so far), then `done` (Generated) or `failed` (the error; Cancelled
    after `cancel`). Its signals are delivered on the GUI thread, in the order they were sent.

    Signals:
        text_arrived: (str) more text of the summary.
        restarted: the text so far is to be dropped (a stream sent again, or the cloud gave up).
        done: (Generated) the summary, stored.
        failed: (Exception) why there is none.
    """

    #: (text) a piece to append
    text_arrived = Signal(str)
    #: no arguments
    restarted = Signal()
    #: (Generated)
    done = Signal(object)
    #: (Exception)
    failed = Signal(object)

    def __init__(
        self,
        parent: QObject,
        library: Library,
        request: SummaryRequest,
        settings: Settings,
        key: Callable[[], str | None],
    ) -> None:
        super().__init__(parent)
        self.request = request
        self._library = library
        self._settings = settings
        self._key = key
        self._cancel = threading.Event()

    def start(self) -> None:
        """Start making the summary (call on the GUI thread)."""
        run_in_background(self._work, owner=self, on_success=self.done.emit, on_failure=self.failed.emit,
                          pool=summary_pool())  # fmt: skip

    def cancel(self) -> None:
        """Ask the summary to stop (it ends with Cancelled soon after)."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _work(self) -> Generated:
        return generate_summary(
            self._library, self.request, self._settings, on_text=self.text_arrived.emit,
            on_restart=self.restarted.emit, cancelled=self._cancel.is_set, key=self._key,
        )  # fmt: skip


def wait_for_summaries(msecs: int = 5000) -> bool:
    """Let a summary being made end (at quit, after it was cancelled); True if it did within `msecs`."""
    return _pool is None or _pool.waitForDone(msecs)
