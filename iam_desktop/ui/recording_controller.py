"""The window's side of recording: starts, pauses, stops and saves recordings off the GUI thread, and
recovers interrupted ones at start-up. A recording is of the microphone, of the computer's audio, or of
both (a call: two tracks, each with its own live transcript). All the work is the core's
(iam_desktop.recording); this object only moves it to worker threads (as operations) and reports back with
signals on the GUI thread; a recording saved into the library is published on the window's bus."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal

from iam_desktop.engines.base import TranscribeOptions, TranscriptionEngine
from iam_desktop.errors import DeviceNotFound, IamError, RecordingError
from iam_desktop.jobs.runner import JobRunner
from iam_desktop.library.library import Library
from iam_desktop.recording.capture_folder import MICROPHONE, SYSTEM
from iam_desktop.recording.devices import InputDevice, find_input_device, list_input_devices
from iam_desktop.recording.levels import LevelSnapshot
from iam_desktop.recording.live_preview import LivePreview, PreviewState
from iam_desktop.recording.recorder import STOP_USER, RecorderStatus
from iam_desktop.recording.recovery import recover_captures
from iam_desktop.recording.saving import SavedCapture
from iam_desktop.recording.session import (
    SOURCE_BOTH,
    SOURCE_MICROPHONE,
    SOURCE_SYSTEM,
    SOURCES,
    RecordingSession,
)
from iam_desktop.recording.system_audio import SystemSource, default_system_source
from iam_desktop.settings import Settings, speaker_option
from iam_desktop.ui.changes import Change, ChangeBus, Kind
from iam_desktop.ui.i18n import format_clock, translate
from iam_desktop.ui.operations import Operation, Pool

log = logging.getLogger(__name__)

#: the controller's states
IDLE, STARTING, RECORDING, PAUSED, SAVING = "idle", "starting", "recording", "paused", "saving"

#: builds the engine the live preview uses, for a language (None: detect)
PreviewEngineFactory = Callable[[str | None], TranscriptionEngine]
#: a session that started, and what the user should know about how (an input replaced, the computer's
#: audio left out of a call)
Started = tuple[RecordingSession, list[str]]
#: what a stop gives back: how the recorder ended, the saved capture (None: nothing recorded), and a
#: problem queueing its transcription (None: queued, or not wanted)
Finished = tuple[RecorderStatus, SavedCapture | None, str | None]


def _saved_change(result: Finished) -> Change | None:
    saved = result[1]
    return None if saved is None else Change.of(Kind.RECORDINGS, Kind.JOBS, ids=[saved.recording_id])


class RecordingController(QObject):
    """One recording at a time for the window.

    Signals:
        state_changed: the new state (IDLE, STARTING, RECORDING, PAUSED, SAVING).
        preview_changed: a PreviewState, each time the live transcript grows (of the microphone; of the
            computer's audio when that is all the recording hears).
        system_preview_changed: a PreviewState, each time the live transcript of a call's other side (the
            computer's audio, the second track) grows.
        saved: the SavedCapture, once a recording is in the library.
        failed: a message, when a recording could not start or could not be saved.
        notice: a message for the status bar (a recording stopped by itself, a device replaced…).
        recovered: the list of SavedCapture recovered from an earlier crash (only when not empty).
        devices_listed: the list of InputDevice, after refresh_devices().
    """

    #: str: the new state
    state_changed = Signal(str)
    #: PreviewState
    preview_changed = Signal(object)
    #: PreviewState (the computer's audio in a call)
    system_preview_changed = Signal(object)
    #: SavedCapture
    saved = Signal(object)
    #: str: what went wrong
    failed = Signal(str)
    #: str
    notice = Signal(str)
    #: list[SavedCapture]
    recovered = Signal(object)
    #: list[InputDevice]
    devices_listed = Signal(object)
    # the recorder stopped (from its writer thread; delivered on the GUI thread)
    _recorder_stopped = Signal(object)

    def __init__(
        self,
        library: Library,
        runner: JobRunner,
        settings: Settings,
        *,
        preview_engine: PreviewEngineFactory | None = None,
        parent: QObject | None = None,
        bus: ChangeBus | None = None,
    ) -> None:
        """`bus`: where recordings saved into the library are published (None: nowhere)."""
        super().__init__(parent)
        self._bus = bus
        self._library = library
        self._runner = runner
        self.settings = settings
        self._preview_engine = preview_engine
        self._session: RecordingSession | None = None
        self._state = IDLE
        self._source = SOURCE_MICROPHONE  # of the recording starting or made (see `source`)
        self._notice: str | None = None  # the session's notice last reported
        # one owner of "save this capture": set while no save runs (stop() clears it, the save sets it)
        self._save_done = threading.Event()
        self._save_done.set()
        self._lock = threading.Lock()  # guards _closing and a session handed over by a starting worker
        self._closing = False
        self._recorder_stopped.connect(self._on_recorder_stopped, Qt.ConnectionType.QueuedConnection)

    # --- what the panel reads at its frame rate (cheap, lock-protected copies) ---------------------

    @property
    def state(self) -> str:
        return self._state

    @property
    def session(self) -> RecordingSession | None:
        return self._session

    def status(self) -> RecorderStatus | None:
        session = self._session
        return None if session is None else session.status()

    def levels(self) -> LevelSnapshot | None:
        session = self._session
        return None if session is None else session.levels.snapshot()

    def system_levels(self) -> LevelSnapshot | None:
        """The levels of a call's computer audio (None when the recording has no second track)."""
        session = self._session
        levels = None if session is None else session.system_levels
        return None if levels is None else levels.snapshot()

    @property
    def source(self) -> str:
        """What the recording being made records (SOURCE_MICROPHONE, SOURCE_SYSTEM or SOURCE_BOTH): what
        was asked for while it starts, what it really records once it does (a call whose computer audio
        could not be opened records the microphone alone)."""
        session = self._session
        return self._source if session is None else session.source

    def poll_notice(self) -> str | None:
        """What changed about the sources since the last call, as a sentence (the computer's audio of a call
        stopped, the recording moved to another output), emitted as `notice` too; None when nothing did.
        Cheap: the panel calls it at its frame rate."""
        session = self._session
        if session is None or self._state not in (RECORDING, PAUSED):
            return None
        news = session.notice()
        if news == self._notice:
            return None
        self._notice = news
        if not news:
            return None
        sentence = f"{news[:1].upper()}{news[1:]}"
        sentence = sentence if sentence.endswith((".", "!", "?")) else f"{sentence}."
        self.notice.emit(sentence)
        return sentence

    # --- user intent ---------------------------------------------------------------------------------

    def refresh_devices(self) -> None:
        """List the inputs off the GUI thread; devices_listed (or failed) follows."""
        Operation(self, list_input_devices, pool=Pool.GENERAL).success(self.devices_listed.emit).failure(
            lambda exc: self.failed.emit(str(exc))
        ).run()

    def toggle(self, device_name: str | None = None, source: str | None = None) -> None:
        """Start recording when idle, stop it when recording or paused (the window's shortcut)."""
        if self._state == IDLE:
            self.start(device_name, source)
        elif self._state in (RECORDING, PAUSED):
            self.stop()

    def toggle_pause(self) -> None:
        if self._state == RECORDING:
            self.pause()
        elif self._state == PAUSED:
            self.resume()

    def start(self, device_name: str | None = None, source: str | None = None) -> None:
        """Start recording `source` (SOURCE_MICROPHONE, SOURCE_SYSTEM or SOURCE_BOTH; None: the settings'
        choice) with the microphone `device_name` (None: the settings' choice, else the system default)."""
        if self._state != IDLE:
            return
        chosen = source if source is not None else self.settings.record_source
        self._source = chosen if chosen in SOURCES else SOURCE_MICROPHONE
        self._notice = None
        self._set_state(STARTING)
        name = device_name if device_name is not None else self.settings.input_device
        wanted = self._source
        Operation(self, lambda: self._begin(name, wanted), pool=Pool.GENERAL).success(self._started).failure(
            self._start_failed  # the state goes back to idle; `failed` says why
        ).run()

    def pause(self) -> None:
        if self._session is not None and self._state == RECORDING:
            self._session.pause()
            self._set_state(PAUSED)

    def resume(self) -> None:
        if self._session is not None and self._state == PAUSED:
            self._session.resume()
            self._set_state(RECORDING)

    def stop(self) -> None:
        """Stop, finish the live transcript, save into the library and (a setting) queue a transcription;
        all off the GUI thread. saved (or failed) follows."""
        session = self._session
        if session is None or self._state not in (RECORDING, PAUSED) or self._closing:
            return
        self._set_state(SAVING)
        self._save_done.clear()
        done, runner = self._save_done, self._runner
        speakers = speaker_option(self.settings)

        def finish() -> Finished:
            status, saved = self._finish(session, saved=done)
            problem = None
            if saved is not None and saved.manifest.transcribe:
                try:
                    language = saved.manifest.language
                    runner.retranscribe([saved.recording_id], language=language, speakers=speakers)
                except IamError as exc:
                    problem = translate(
                        "recording_controller",
                        "The recording was saved, but its transcription could not be queued: {reason}",
                    ).format(reason=exc)
            return status, saved, problem

        # the general pool: copying the audio and letting the live transcript catch up take seconds, which
        # must not hold up the library's queue (the library orders the save's few writes with the others)
        Operation(self, finish, pool=Pool.GENERAL).changes(self._bus, _saved_change).success(
            self._finished
        ).failure(self._save_failed).run()

    def recover_interrupted(self) -> None:
        """Save recordings an earlier crash interrupted (off the GUI thread); recovered follows."""
        library, runner = self._library, self._runner
        speakers = speaker_option(self.settings)

        def queue(saved: SavedCapture) -> None:
            runner.retranscribe([saved.recording_id], language=saved.manifest.language, speakers=speakers)

        def recover() -> tuple[list[SavedCapture], list[str]]:
            problems: list[str] = []
            return recover_captures(library, queue, problems), problems

        def done(result: tuple[list[SavedCapture], list[str]]) -> None:
            found, problems = result
            for problem in problems:
                self.notice.emit(problem)
            if found:
                self.recovered.emit(found)

        def recovered(result: tuple[list[SavedCapture], list[str]]) -> Change | None:
            ids = [saved.recording_id for saved in result[0]]
            return Change.of(Kind.RECORDINGS, Kind.JOBS, ids=ids) if ids else None

        def failed(exc: Exception) -> None:
            text = translate("recording_controller", "Interrupted recordings could not be saved: {reason}")
            self.notice.emit(text.format(reason=exc))

        Operation(self, recover).changes(self._bus, recovered).success(done).failure(failed).run()

    def shutdown(self) -> None:
        """The window closes: a running recording is stopped and saved now (blocking, a few seconds per
        hour of audio; what is recorded is durable on disk already, so even a kill during this loses
        nothing); its live transcript is dropped. A save already running (after stop()) is waited for,
        never started a second time; a recording still starting is saved by its starting worker."""
        with self._lock:
            self._closing = True  # from now on a session that finishes starting is saved at once
            session, self._session = self._session, None
        if self._state == SAVING:
            if session is not None:
                _cancel_previews(session)  # the save comes first; the live transcript is not kept
            self._save_done.wait()  # the running save owns the capture
            log.info("quit: waited for the recording being saved")
        elif session is not None:
            try:
                self._finish(session, finish_preview=False)
            except IamError as exc:
                log.warning("saving the recording at exit: %s (it is recovered on the next start)", exc)
        self._set_state(IDLE)

    # --- worker threads ----------------------------------------------------------------------------

    def _begin(self, name: str | None, source: str) -> Started:
        """Open the sources of `source` and start recording them. The computer's audio alone that cannot be
        recorded raises SystemAudioUnavailable (its message says what to install); in a call, the
        microphone is then recorded alone, and the notices say so."""
        notices: list[str] = []
        if source == SOURCE_SYSTEM:
            session = self._new_session(default_system_source())
        else:
            device = self._microphone(name, notices)
            system = None
            if source == SOURCE_BOTH:
                try:
                    system = default_system_source()
                except RecordingError as exc:
                    notices.append(_microphone_alone(exc))
            try:
                session = self._new_session(device, system)
            except RecordingError as exc:
                if system is None:
                    raise
                # the computer's audio would not open (the microphone alone will tell if it is the culprit)
                log.warning("recording the call's computer audio failed: %s", exc)
                session = self._new_session(device)
                notices.append(_microphone_alone(exc))
        with self._lock:
            if not self._closing:
                self._session = session  # shutdown() sees it even before _started runs
                return session, notices
        # the window closed while the input was opening: nobody will stop this recording but us
        log.info("quit while a recording was starting: saving it now")
        self._finish(session, finish_preview=False)
        return session, notices

    @staticmethod
    def _microphone(name: str | None, notices: list[str]) -> InputDevice:
        """The input called `name` (None: the system default); the default, with a notice, when it is not
        connected."""
        try:
            return find_input_device(name)
        except DeviceNotFound:
            if name is None:
                raise
            device = find_input_device(None)
            notices.append(
                translate(
                    "recording_controller",
                    "The input “{name}” is not connected; recording from “{device}” instead.",
                ).format(name=name, device=device.name)
            )
            return device

    def _new_session(
        self, device: InputDevice | SystemSource, system: SystemSource | None = None
    ) -> RecordingSession:
        language = self.settings.language
        session = RecordingSession(
            self._library, device, system=system, transcribe=self.settings.transcribe_after_recording,
            language=language, on_stopped=self._recorder_stopped.emit,
        )  # fmt: skip
        if self._preview_engine is not None:
            tracks = [(MICROPHONE, self._preview_update)]
            if session.system is not None:
                tracks.append((SYSTEM, self._system_preview_update))
            try:
                for track, on_update in tracks:  # (a call: one live transcript per side)
                    engine = self._preview_engine(language)
                    options = TranscribeOptions(language=language)
                    preview = LivePreview(engine, options, on_update=on_update)
                    preview.start()
                    session.attach_preview(preview, track)
            except IamError as exc:  # no model for the language…: record anyway, without a preview
                log.warning("no live preview: %s", exc)
        session.start()
        return session

    def _preview_update(self, state: PreviewState) -> None:
        self.preview_changed.emit(state)  # from the preview's thread: queued to the GUI thread

    def _system_preview_update(self, state: PreviewState) -> None:
        self.system_preview_changed.emit(state)  # (the same)

    @staticmethod
    def _finish(
        session: RecordingSession, *, finish_preview: bool = True, saved: threading.Event | None = None
    ) -> tuple[RecorderStatus, SavedCapture | None]:
        """Stop, save into the library (first: the audio matters most), then let the live transcript
        catch up with the last words (or drop it, when the window is closing: it is not kept). `saved` is
        set as soon as the save has ended (well or not)."""
        try:
            try:
                status = session.stop()
                saved_capture = session.save()
            finally:
                if saved is not None:
                    saved.set()
        finally:
            try:
                if finish_preview:
                    session.finish_preview()
                else:
                    _cancel_previews(session)
            except Exception:  # the preview is a nicety: never let it cost the recording
                log.exception("finishing the live preview")
        return status, saved_capture

    # --- back on the GUI thread ----------------------------------------------------------------------

    def _started(self, result: Started) -> None:
        session, notices = result
        if self._closing:
            return
        self._session = session
        self._set_state(RECORDING)
        for notice in notices:
            self.notice.emit(notice)

    def _start_failed(self, exc: BaseException) -> None:
        self._set_state(IDLE)
        text = translate("recording_controller", "Recording could not start: {reason}")
        self.failed.emit(text.format(reason=exc))

    def _on_recorder_stopped(self, status: RecorderStatus) -> None:
        if status.stop_reason != STOP_USER and self._state in (RECORDING, PAUSED):
            self.notice.emit(status.error or translate("recording_controller", "The recording stopped."))
            self.stop()

    def _finished(self, result: Finished) -> None:
        status, saved, problem = result
        self._session = None
        self._set_state(IDLE)
        if saved is None:
            self.failed.emit(translate("recording_controller", "Nothing was recorded."))
            return
        if problem:
            self.notice.emit(problem)
        self.saved.emit(saved)
        if status.stop_reason != STOP_USER and status.error:  # after `saved`: this is the message to see
            reason = f"{status.error[:1].upper()}{status.error[1:]}"
            text = translate("recording_controller", "{reason}. Saved as “{title}” ({duration}).")
            duration = format_clock(saved.duration)
            self.notice.emit(text.format(reason=reason, title=saved.title, duration=duration))

    def _save_failed(self, exc: BaseException) -> None:
        self._session = None
        self._set_state(IDLE)
        text = translate("recording_controller", "The recording could not be saved: {reason}")
        self.failed.emit(text.format(reason=exc))

    def _set_state(self, state: str) -> None:
        if state != self._state:
            self._state = state
            self.state_changed.emit(state)


def _microphone_alone(reason: Exception) -> str:
    """What the user hears when a call is recorded without the computer's audio."""
    text = translate(
        "recording_controller",
        "The computer's audio cannot be recorded ({reason}): recording the microphone alone.",
    )
    return text.format(reason=reason)


def _cancel_previews(session: RecordingSession) -> None:
    """Drop the live transcripts (the window closes: the save comes first, and they are not kept)."""
    for preview in (session.preview, session.system_preview):
        if preview is not None:
            preview.cancel()
