"""One recording from the press of Record to a recording in the library: the capture folder, the
recorder(s), the optional live preview(s), and saving. The CLI's `record` and the window both drive this.

A session records one of three sources: the microphone, the computer's audio (what it plays), or both —
a meeting: the microphone and the computer's audio as two tracks of one capture, each with its own
recorder, clock and live preview, aligned when saved (iam_desktop.meeting). In a meeting the microphone
leads: its stop (by the user or because it went away) ends the recording; the computer's audio stopping
(its output removed) only ends that track, and `notice()` says so.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from iam_desktop.audio.resample import StreamResampler
from iam_desktop.errors import RecordingError, StorageError
from iam_desktop.library.library import Library
from iam_desktop.recording.capture_folder import MICROPHONE, SYSTEM, CaptureFolder, new_manifest
from iam_desktop.recording.devices import InputDevice, choose_rate, find_input_device
from iam_desktop.recording.levels import LevelTracker
from iam_desktop.recording.live_preview import LivePreview, PreviewState
from iam_desktop.recording.recorder import STOP_USER, Recorder, RecorderStatus
from iam_desktop.recording.saving import SavedCapture, save_capture
from iam_desktop.recording.system_audio import SystemSource, find_system_source, follow_default_output

log = logging.getLogger(__name__)

#: what a session records
SOURCE_MICROPHONE = MICROPHONE
SOURCE_SYSTEM = SYSTEM
SOURCE_BOTH = "both"
SOURCES = (SOURCE_MICROPHONE, SOURCE_SYSTEM, SOURCE_BOTH)


class RecordingSession:
    """Records into a new capture folder, then saves it into the library.

    Use: `RecordingSession.begin(library, device_name, source=…)` (starts recording; or construct,
    `attach_preview`, `start`), then pause/resume, `stop()` (quick: the files are complete and durable),
    `finish_preview()` if there is one, then `save()` (slow for long recordings: run both off the GUI thread).
    Attributes: device (the microphone, or the computer's audio when that is all it records), system (the
    computer's audio as the second track of a meeting, else None), manifest, recorder (the first track),
    system_recorder, folder, preview, system_preview.
    """

    def __init__(
        self,
        library: Library,
        device: InputDevice | SystemSource,
        *,
        system: SystemSource | None = None,
        transcribe: bool = True,
        language: str | None = None,
        title: str | None = None,
        on_stopped: Callable[[RecorderStatus], None] | None = None,
        **recorder_options: float | int | None,
    ) -> None:
        self.library = library
        self.device = device
        self.system = system
        alone = isinstance(device, SystemSource)
        self.source = SOURCE_SYSTEM if alone else SOURCE_BOTH if system is not None else SOURCE_MICROPHONE
        rate = choose_rate(device) if isinstance(device, InputDevice) else _system_rate(device)
        system_rate = _system_rate(system) if system is not None else None
        self.manifest = new_manifest(
            device=device.name, sample_rate=rate, channels=device.channels, transcribe=transcribe,
            language=language, title=title, source=self.source,
            system=None if system is None or not system_rate else (system.name, system_rate, system.channels),
        )  # fmt: skip
        try:
            self.folder = CaptureFolder.create(library.paths.captures, self.manifest)
        except OSError as exc:
            raise RecordingError(f"cannot start a recording in {library.paths.captures}: {exc}") from exc
        follow = follow_default_output if alone and device.is_default else None
        self.recorder = Recorder(
            self.folder, device, rate, clock=system is not None, follow=follow, on_stopped=on_stopped,
            **recorder_options,  # type: ignore[arg-type]
        )  # fmt: skip
        self.system_recorder: Recorder | None = None
        if system is not None and system_rate is not None:
            self.system_recorder = Recorder(
                self.folder, system, system_rate, track=SYSTEM, clock=True,
                follow=follow_default_output if system.is_default else None, **recorder_options,  # type: ignore[arg-type]
            )  # fmt: skip
        self.preview: LivePreview | None = None
        self.system_preview: LivePreview | None = None

    @classmethod
    def begin(
        cls, library: Library, device_name: str | None = None, *, source: str = SOURCE_MICROPHONE,
        system_name: str | None = None, **options: object,
    ) -> RecordingSession:  # fmt: skip
        """Find the sources (None: the defaults) and start recording them. `source`: SOURCE_MICROPHONE,
        SOURCE_SYSTEM or SOURCE_BOTH. Raises DeviceNotFound, SystemAudioUnavailable, RecordingError."""
        if source not in SOURCES:
            raise ValueError(f"unknown source {source!r}")
        if source == SOURCE_SYSTEM:
            session = cls(library, find_system_source(system_name), **options)  # type: ignore[arg-type]
        else:
            system = find_system_source(system_name) if source == SOURCE_BOTH else None
            session = cls(library, find_input_device(device_name), system=system, **options)  # type: ignore[arg-type]
        session.start()
        return session

    def attach_preview(self, preview: LivePreview, track: str = MICROPHONE) -> None:
        """Feed a live preview with everything a track records (16 kHz mono), from the writer thread; call
        before start(). The preview must already be started. `track`: MICROPHONE (the first track, whatever
        it records) or SYSTEM (a meeting's computer audio)."""
        recorder = self.recorder if track == MICROPHONE else self.system_recorder
        if recorder is None:
            raise ValueError("this recording has no computer-audio track")
        resampler = StreamResampler(recorder.sample_rate, recorder.channels)
        if track == MICROPHONE:
            self.preview = preview
        else:
            self.system_preview = preview
        recorder.add_listener(lambda block: preview.feed(resampler.process(block)))

    def start(self) -> None:
        """Start recording. Raises RecordingError (and removes the capture folder) if an input cannot be
        opened."""
        try:
            self.recorder.start()
            if self.system_recorder is not None:
                self.system_recorder.start()
        except BaseException:
            if self.system_recorder is not None:
                self.recorder.stop()
            self.folder.remove()
            for preview in (self.preview, self.system_preview):
                if preview is not None:
                    preview.cancel()
            raise

    @property
    def levels(self) -> LevelTracker:
        """The first track's levels (the microphone's, or the computer audio's when that is all)."""
        return self.recorder.levels

    @property
    def system_levels(self) -> LevelTracker | None:
        """A meeting's computer-audio levels (None for one track)."""
        return None if self.system_recorder is None else self.system_recorder.levels

    def status(self) -> RecorderStatus:
        return self.recorder.status()

    def system_status(self) -> RecorderStatus | None:
        return None if self.system_recorder is None else self.system_recorder.status()

    def notice(self) -> str | None:
        """What the user should know about the sources while recording: the computer's audio stopped (the
        microphone goes on) or moved to another output; None when all is as it started."""
        first = self.recorder.status()
        if self.system_recorder is None:
            return first.notice
        system = self.system_recorder.status()
        if system.state == "stopped" and first.state != "stopped" and system.stop_reason != STOP_USER:
            return (
                f"the computer's audio stopped at {_clock(system.elapsed)} "
                f"({system.error or 'it went away'}); the microphone goes on"
            )
        return system.notice

    def pause(self) -> None:
        for recorder in self._recorders():
            recorder.pause()

    def resume(self) -> None:
        for recorder in self._recorders():
            recorder.resume()

    def stop(self) -> RecorderStatus:
        """Stop recording; everything captured is on disk when this returns (the first track's status)."""
        status = self.recorder.stop()
        if self.system_recorder is not None:
            self.system_recorder.stop()
        return status

    def finish_preview(self, timeout: float | None = 120.0) -> PreviewState | None:
        """After stop(): let the live preview(s) transcribe what they have not yet, up to the last word;
        the first track's state."""
        if self.system_preview is not None:
            self.system_preview.finish(timeout)
        return None if self.preview is None else self.preview.finish(timeout)

    def save(self) -> SavedCapture | None:
        """Save the stopped capture into the library (None if nothing was recorded). Raises
        StorageError if the library cannot take it: the capture is then kept in its folder and
        recovered on the next start (the message says so)."""
        self.stop()
        try:
            return save_capture(self.library, self.folder)
        except StorageError as exc:  # unlocked below: from then on, recovery may take it
            raise StorageError(
                f"{exc}; the recording is kept in {self.folder.path} and will be added to the library "
                "the next time IAM Desktop starts"
            ) from exc
        finally:
            self.folder.unlock()

    def _recorders(self) -> list[Recorder]:
        return [self.recorder] + ([self.system_recorder] if self.system_recorder is not None else [])


def _system_rate(source: SystemSource) -> int:
    """The computer audio's rate: its own where it records at it, else 48 kHz."""
    rate = int(source.default_rate) if source.default_rate >= 8000 else 48000
    return rate if source.check_rate(rate) else 48000


def _clock(seconds: float) -> str:
    from iam_desktop.timefmt import clock

    return clock(seconds)
