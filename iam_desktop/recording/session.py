"""One recording from the press of Record to a recording in the library: the capture folder, the
recorder, the optional live preview, and saving. The CLI's `record` and the window both drive this."""

from __future__ import annotations

import logging
from collections.abc import Callable

from iam_desktop.audio.resample import StreamResampler
from iam_desktop.errors import RecordingError, StorageError
from iam_desktop.library.library import Library
from iam_desktop.recording.capture_folder import CaptureFolder, new_manifest
from iam_desktop.recording.devices import InputDevice, choose_rate, find_input_device
from iam_desktop.recording.levels import LevelTracker
from iam_desktop.recording.live_preview import LivePreview, PreviewState
from iam_desktop.recording.recorder import Recorder, RecorderStatus
from iam_desktop.recording.saving import SavedCapture, save_capture

log = logging.getLogger(__name__)


class RecordingSession:
    """Records one input into a new capture folder, then saves it into the library.

    Use: `RecordingSession.begin(library, device_name)` (starts recording; or construct, `attach_preview`,
    `start`), then pause/resume, `stop()` (quick: the file is complete and durable), `finish_preview()`
    if there is one, then `save()` (slow for long recordings: run both off the GUI thread).
    Attributes: device, manifest, recorder, folder, preview (a LivePreview, or None).
    """

    def __init__(
        self,
        library: Library,
        device: InputDevice,
        *,
        transcribe: bool = True,
        language: str | None = None,
        title: str | None = None,
        on_stopped: Callable[[RecorderStatus], None] | None = None,
        **recorder_options: float | int | None,
    ) -> None:
        self.library = library
        self.device = device
        rate = choose_rate(device)
        self.manifest = new_manifest(
            device=device.name, sample_rate=rate, channels=device.channels, transcribe=transcribe,
            language=language, title=title,
        )  # fmt: skip
        try:
            self.folder = CaptureFolder.create(library.paths.captures, self.manifest)
        except OSError as exc:
            raise RecordingError(f"cannot start a recording in {library.paths.captures}: {exc}") from exc
        self.recorder = Recorder(self.folder, device, rate, on_stopped=on_stopped, **recorder_options)  # type: ignore[arg-type]
        self.preview: LivePreview | None = None

    @classmethod
    def begin(cls, library: Library, device_name: str | None = None, **options: object) -> RecordingSession:
        """Find the input (None: the default), start recording it. Raises DeviceNotFound, RecordingError."""
        session = cls(library, find_input_device(device_name), **options)  # type: ignore[arg-type]
        session.start()
        return session

    def attach_preview(self, preview: LivePreview) -> None:
        """Feed the live preview with everything recorded (16 kHz mono), from the writer thread; call
        before start(). The preview must already be started."""
        resampler = StreamResampler(self.recorder.sample_rate, self.recorder.channels)
        self.preview = preview
        self.recorder.add_listener(lambda block: preview.feed(resampler.process(block)))

    def start(self) -> None:
        """Start recording. Raises RecordingError (and removes the capture folder) if the input cannot
        be opened."""
        try:
            self.recorder.start()
        except BaseException:
            self.folder.remove()
            if self.preview is not None:
                self.preview.cancel()
            raise

    @property
    def levels(self) -> LevelTracker:
        return self.recorder.levels

    def status(self) -> RecorderStatus:
        return self.recorder.status()

    def pause(self) -> None:
        self.recorder.pause()

    def resume(self) -> None:
        self.recorder.resume()

    def stop(self) -> RecorderStatus:
        """Stop recording; everything captured is on disk when this returns."""
        return self.recorder.stop()

    def finish_preview(self, timeout: float | None = 120.0) -> PreviewState | None:
        """After stop(): let the live preview transcribe what it has not yet, up to the last word."""
        return None if self.preview is None else self.preview.finish(timeout)

    def save(self) -> SavedCapture | None:
        """Save the stopped capture into the library (None if nothing was recorded). Raises
        StorageError if the library cannot take it: the capture is then kept in its folder and
        recovered on the next start (the message says so)."""
        self.recorder.stop()
        try:
            return save_capture(self.library, self.folder)
        except StorageError as exc:  # unlocked below: from then on, recovery may take it
            raise StorageError(
                f"{exc}; the recording is kept in {self.folder.path} and will be added to the library "
                "the next time IAM Desktop starts"
            ) from exc
        finally:
            self.folder.unlock()
