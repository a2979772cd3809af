"""Capturing audio from an input into a capture folder: the audio callback only queues, a writer thread
writes, flushes and measures.

The PortAudio callback copies each block into a queue and returns: it never waits for the disk, a lock
or the GIL-heavy work. The writer thread appends the blocks to the capture's WAV part (a new part before
one would pass 4 GB), makes the file durable at least every `flush_interval` seconds (so a crash loses at
most that much), feeds the level tracker and any listener (the live preview), and watches the device: a
stream that ends by itself, or stops delivering audio, means the device went away. A full disk, a lost
device or the user's stop all end the same way: the stream stops, everything written is kept, and
`status().stop_reason` / `status().error` say why.
"""

from __future__ import annotations

import errno
import logging
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from iam_desktop.errors import RecordingError
from iam_desktop.recording.bounded_call import call_bounded
from iam_desktop.recording.capture_folder import CaptureFolder
from iam_desktop.recording.devices import InputDevice, sounddevice
from iam_desktop.recording.levels import LevelTracker
from iam_desktop.recording.wav_file import WavWriter
from iam_desktop.timefmt import clock

log = logging.getLogger(__name__)

#: the writer makes the file durable at least this often (seconds): what a crash can lose
FLUSH_INTERVAL = 0.5
#: no audio from a running stream for this long means the device is gone (seconds)
STALL_TIMEOUT = 3.0
#: the first audio may take this long to arrive after the stream starts (seconds)
START_TIMEOUT = 5.0

#: why a recording stopped
STOP_USER = "stopped"
STOP_DEVICE_LOST = "device_lost"
STOP_DISK_FULL = "disk_full"
STOP_WRITE_FAILED = "write_failed"

BlockListener = Callable[[np.ndarray], None]


@dataclass(frozen=True)
class RecorderStatus:
    """A recorder's state at one moment.

    Attributes:
        state: "idle", "recording", "paused" or "stopped".
        frames: frames written to disk (flushed or about to be).
        sample_rate, channels: the recording format.
        bytes_written: size of the capture's audio files.
        overflows: blocks the input delivered late, with audio lost (0 on a healthy system).
        stop_reason: why it stopped (STOP_*), None while it runs.
        error: what went wrong, in plain words (None after a normal stop).
    """

    state: str
    frames: int
    sample_rate: int
    channels: int
    bytes_written: int
    overflows: int
    stop_reason: str | None = None
    error: str | None = None

    @property
    def elapsed(self) -> float:
        """Seconds of audio recorded (pauses not counted)."""
        return self.frames / self.sample_rate if self.sample_rate else 0.0


_STOP = object()


class Recorder:
    """Records one input into a capture folder's WAV parts.

    Thread-safe: start/pause/resume/stop and status may be called from any thread (the GUI's); the
    listeners run on the writer thread and must be quick and never block (the live preview only queues).
    """

    def __init__(
        self,
        folder: CaptureFolder,
        device: InputDevice,
        sample_rate: int,
        *,
        flush_interval: float = FLUSH_INTERVAL,
        stall_timeout: float = STALL_TIMEOUT,
        max_part_frames: int | None = None,
        on_stopped: Callable[[RecorderStatus], None] | None = None,
    ) -> None:
        self.folder = folder
        self.device = device
        self.sample_rate = int(sample_rate)
        self.channels = device.channels
        self.levels = LevelTracker(self.sample_rate)
        self._flush_interval = flush_interval
        self._stall_timeout = stall_timeout
        self._max_part_frames = max_part_frames
        self._on_stopped = on_stopped
        self._listeners: list[BlockListener] = []
        self._queue: queue.SimpleQueue[object] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._state = "idle"
        self._paused = False
        self._overflows = 0
        self._last_audio = 0.0
        self._stream: Any = None  # a sounddevice.InputStream while open (sounddevice is imported lazily)
        self._writer: WavWriter | None = None
        self._part = 0
        self._closed_parts_bytes = 0
        self._frames = 0
        self._stop_reason: str | None = None
        self._error: str | None = None
        self._stopping = False
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._write_loop, name="iam-recorder-writer", daemon=True)

    # --- control (any thread) ---------------------------------------------------------------------

    def add_listener(self, listener: BlockListener) -> None:
        """Call `listener(block)` on the writer thread with every block written (int16, shape (frames,
        channels)); listeners added after start() may miss the first blocks."""
        self._listeners.append(listener)

    def start(self) -> None:
        """Open the first part and the input stream. Raises RecordingError (device busy or gone, no
        room to write) with nothing left running."""
        sd = sounddevice()
        try:
            self._open_part()
        except OSError as exc:
            raise RecordingError(_write_problem(exc)) from exc
        try:
            self._stream = sd.InputStream(
                device=self.device.index, samplerate=self.sample_rate, channels=self.channels, dtype="int16",
                callback=self._callback, finished_callback=self._stream_finished,
            )  # fmt: skip
            self._last_audio = time.monotonic() + START_TIMEOUT - self._stall_timeout
            with self._lock:
                self._state = "recording"
            self._thread.start()
            if not call_bounded(self._stream.start, "starting the input"):
                raise sd.PortAudioError("the audio system did not start the input in time")
        except (sd.PortAudioError, ValueError) as exc:
            self._finish(STOP_DEVICE_LOST, f"the input {self.device.name!r} could not be opened: {exc}")
            self._done.wait(10)
            raise RecordingError(f"the input {self.device.name!r} could not be opened: {exc}") from exc

    def pause(self) -> None:
        with self._lock:
            if self._state == "recording":
                self._paused = True
                self._state = "paused"

    def resume(self) -> None:
        with self._lock:
            if self._state == "paused":
                self._paused = False
                self._state = "recording"
                self._last_audio = time.monotonic()

    def stop(self, timeout: float | None = 10.0) -> RecorderStatus:
        """Stop recording (the audio the device still holds is written first) and close the file;
        returns the final status. Safe to call after the recorder stopped by itself."""
        self._finish(STOP_USER, None)
        self._done.wait(timeout)
        return self.status()

    def wait(self, timeout: float | None = None) -> bool:
        """Wait until the recorder has stopped (by stop() or by itself); True if it has."""
        return self._done.wait(timeout)

    def status(self) -> RecorderStatus:
        with self._lock:
            writer_bytes = self._writer.size if self._writer is not None else 0
            return RecorderStatus(
                state=self._state, frames=self._frames, sample_rate=self.sample_rate, channels=self.channels,
                bytes_written=self._closed_parts_bytes + writer_bytes, overflows=self._overflows,
                stop_reason=self._stop_reason, error=self._error,
            )  # fmt: skip

    # --- PortAudio's thread -----------------------------------------------------------------------

    def _callback(self, indata: np.ndarray, frames: int, time_info: object, status: object) -> None:
        # NOTE: runs on the audio system's real-time thread: copy, queue, return. Nothing else.
        if status.input_overflow:  # type: ignore[attr-defined]
            self._overflows += 1
        self._last_audio = time.monotonic()
        if not self._paused:
            self._queue.put(indata.copy())

    def _stream_finished(self) -> None:
        if not self._stopping:  # the stream ended by itself: the device went away
            self._finish(STOP_DEVICE_LOST, f"the input {self.device.name!r} stopped delivering audio")

    # --- the writer thread ------------------------------------------------------------------------

    def _finish(self, reason: str, error: str | None) -> None:
        """Ask the writer thread to stop (the first reason given wins)."""
        with self._lock:
            if self._stopping:
                return
            self._stopping = True
            self._stop_reason, self._error = reason, error
        self._queue.put(_STOP)
        if not self._thread.is_alive():  # never started
            self._close_everything()

    def _write_loop(self) -> None:
        last_flush = time.monotonic()
        try:
            while True:
                try:
                    item = self._queue.get(timeout=min(self._flush_interval, 0.25))
                except queue.Empty:
                    item = None
                if item is _STOP:
                    self._close_stream()  # PortAudio delivers what it still holds before stop() returns
                    self._drain()
                    break
                if item is not None and not self._write_block(item):  # type: ignore[arg-type]
                    continue
                now = time.monotonic()
                if now - last_flush >= self._flush_interval:
                    last_flush = now
                    self._flush()
                if not self._paused and now - self._last_audio > self._stall_timeout:
                    self._finish(STOP_DEVICE_LOST, f"the input {self.device.name!r} stopped delivering audio")
        except Exception as exc:  # a defect: stop cleanly rather than record into nothing
            log.exception("recorder writer failed")
            self._finish(STOP_WRITE_FAILED, f"recording stopped after an internal error: {exc!r}")
            self._close_stream()
        finally:
            self._close_everything()

    def _drain(self) -> None:
        while True:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                return
            if item is not _STOP:
                self._write_block(item)  # type: ignore[arg-type]

    def _write_block(self, block: np.ndarray) -> bool:
        """Write one block; on a write error stop the recording. Returns False once writing is over."""
        if self._writer is None:
            return False
        try:
            offset = 0
            while offset < len(block):
                room = self._writer.room()
                if self._max_part_frames is not None:
                    room = min(room, self._max_part_frames - self._writer.frames)
                if room <= 0:
                    self._next_part()
                    continue
                piece = block[offset:offset + room]
                self._writer.write(piece)
                offset += len(piece)
                with self._lock:
                    self._frames += len(piece)
        except OSError as exc:
            self._write_failed(exc)
            return False
        self.levels.feed(block)
        for listener in self._listeners:
            try:
                listener(block)
            except Exception:
                log.exception("a recording listener failed")
        return True

    def _flush(self) -> None:
        if self._writer is None:
            return
        try:
            self._writer.flush()
        except OSError as exc:
            self._write_failed(exc)

    def _write_failed(self, exc: OSError) -> None:
        disk_full = exc.errno in (errno.ENOSPC, errno.EDQUOT)
        kept = clock(self._frames / self.sample_rate)
        if disk_full:
            self._finish(STOP_DISK_FULL, f"the disk is full: recording stopped; the {kept} recorded are kept")
        else:
            problem = _write_problem(exc)
            self._finish(STOP_WRITE_FAILED, f"{problem}: recording stopped; the {kept} recorded are kept")
        self._close_stream()
        self._close_writer()

    def _open_part(self) -> None:
        self._part += 1
        writer = WavWriter(self.folder.part_path(self._part), self.sample_rate, self.channels)
        with self._lock:
            self._writer = writer

    def _next_part(self) -> None:
        self._close_writer()
        self._open_part()

    def _close_writer(self) -> None:
        writer = self._writer
        if writer is None:
            return
        try:
            writer.close()
        except OSError as exc:  # the data up to the last flush is safe; repair_wav fixes the header
            log.warning("closing %s: %s", writer.path, exc)
        with self._lock:
            self._closed_parts_bytes += writer.size
            self._writer = None

    def _close_stream(self) -> None:
        stream, self._stream = self._stream, None
        if stream is None:
            return
        def stop_and_close() -> None:
            stream.stop()
            stream.close()

        try:  # a device that vanished can fail to close, or hang: nothing more to save from it
            call_bounded(stop_and_close, "closing the input")
        except Exception as exc:
            log.warning("closing the input stream: %s", exc)

    def _close_everything(self) -> None:
        self._close_stream()
        self._close_writer()
        with self._lock:
            self._state = "stopped"
        self._done.set()
        if self._on_stopped is not None:
            try:
                self._on_stopped(self.status())
            except Exception:
                log.exception("on_stopped failed")


def _write_problem(exc: OSError) -> str:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return "the disk is full"
    return f"the recording could not be written ({exc.strerror or exc})"
