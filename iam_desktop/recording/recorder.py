"""Capturing audio from an input into a capture folder: the audio callback only queues, a writer thread
writes, flushes and measures.

The PortAudio callback copies each block into a queue and returns: it never waits for the disk, a lock
or the GIL-heavy work. The writer thread appends the blocks to the capture's WAV part (a new part before
one would pass 4 GB), makes the file durable at least every `flush_interval` seconds (so a crash loses at
most that much), feeds the level tracker and any listener (the live preview), and watches the device: a
stream that ends by itself, or stops delivering audio, means the device went away. A full disk, a lost
device or the user's stop all end the same way: the stream stops, everything written is kept, and
`status().stop_reason` / `status().error` say why.

A recorder records one track. A meeting records two (the microphone and the computer's audio, each its own
Recorder into the same capture folder); their clocks drift apart, so each can keep a clock file of anchors
(a frame and the moment it was captured) from which saving aligns them (iam_desktop.meeting.alignment).
A track can follow its source: every FOLLOW_INTERVAL, and when the source goes quiet, `follow` is asked
which source to record now (the computer's new default output), and the stream is reopened on it.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from iam_desktop.errors import RecordingError
from iam_desktop.recording.bounded_call import call_bounded
from iam_desktop.recording.capture_folder import MICROPHONE, CaptureFolder
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

#: how often a track that follows its source asks whether the source changed (seconds)
FOLLOW_INTERVAL = 2.0

BlockListener = Callable[[np.ndarray], None]


class CaptureSource(Protocol):
    """What a Recorder records: a microphone (devices.InputDevice) or the computer's audio
    (system_audio.SystemSource)."""

    @property
    def name(self) -> str: ...

    @property
    def channels(self) -> int: ...

    def open_stream(
        self, rate: int, callback: Callable[..., None], finished_callback: Callable[[], None]
    ) -> Any:
        """An input stream, not started (start/stop/close, `latency`); RecordingError if it cannot open."""
        ...


#: asked which source to record now, given the current one: the same one (no change), another (switch to
#: it), or None (there is none any more: the track stops)
Follow = Callable[[Any], Any]


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
        notice: the latest change of source while recording ("now recording …"), or None.
    """

    state: str
    frames: int
    sample_rate: int
    channels: int
    bytes_written: int
    overflows: int
    stop_reason: str | None = None
    error: str | None = None
    notice: str | None = None

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
        device: CaptureSource,
        sample_rate: int,
        *,
        track: str = MICROPHONE,
        clock: bool = False,
        follow: Follow | None = None,
        flush_interval: float = FLUSH_INTERVAL,
        stall_timeout: float = STALL_TIMEOUT,
        max_part_frames: int | None = None,
        on_stopped: Callable[[RecorderStatus], None] | None = None,
    ) -> None:
        self.folder = folder
        self.device = device
        self.track = track
        self._follow = follow
        self._clock_path: Path | None = folder.clock_path(track) if clock else None
        self._clock_file: Any = None
        self._anchor: tuple[float, int, float] | None = None  # (offset, frame, time): the earliest this flush
        self._latency = 0.0
        self._last_follow = 0.0
        self._notice: str | None = None
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
        self._switching = False
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
        try:
            self._open_part()
            if self._clock_path is not None:
                self._clock_file = open(self._clock_path, "a", encoding="ascii")
        except OSError as exc:
            self._close_writer()
            raise RecordingError(_write_problem(exc)) from exc
        try:
            self._stream = self._open_stream(self.device)
            self._last_audio = time.monotonic() + START_TIMEOUT - self._stall_timeout
            self._last_follow = time.monotonic()
            with self._lock:
                self._state = "recording"
            self._thread.start()
            if not call_bounded(self._stream.start, "starting the input"):
                raise RecordingError("the audio system did not start the input in time")
        except (RecordingError, ValueError, OSError) as exc:
            message = (
                str(exc) if isinstance(exc, RecordingError)
                else f"the input {self.device.name!r} could not be opened: {exc}"
            )  # fmt: skip
            self._finish(STOP_DEVICE_LOST, message)
            self._done.wait(10)
            raise RecordingError(message) from exc

    def _open_stream(self, source: CaptureSource) -> Any:
        """Open (not start) an input stream on `source`. Raises RecordingError."""
        try:
            stream = source.open_stream(self.sample_rate, self._callback, self._stream_finished)
        except RecordingError:
            raise
        except Exception as exc:  # PortAudioError and kin, from whichever backend
            raise RecordingError(f"the input {source.name!r} could not be opened: {exc}") from exc
        latency = getattr(stream, "latency", 0.0)
        self._latency = float(latency) if isinstance(latency, int | float) else 0.0
        return stream

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
                stop_reason=self._stop_reason, error=self._error, notice=self._notice,
            )  # fmt: skip

    # --- PortAudio's thread -----------------------------------------------------------------------

    def _callback(self, indata: np.ndarray, frames: int, time_info: object, status: object) -> None:
        # NOTE: runs on the audio system's real-time thread: copy, queue, return. Nothing else.
        if status.input_overflow:  # type: ignore[attr-defined]
            self._overflows += 1
        now = time.monotonic()
        self._last_audio = now
        if not self._paused:
            self._queue.put((indata.copy(), now))

    def _stream_finished(self) -> None:
        if self._stopping or self._switching:
            return
        if self._follow is not None:  # the writer thread looks for another source at the next stall check
            self._last_audio = min(self._last_audio, time.monotonic() - self._stall_timeout)
            return
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
                if item is not None and not self._write_item(item):  # type: ignore[arg-type]
                    continue
                now = time.monotonic()
                if now - last_flush >= self._flush_interval:
                    last_flush = now
                    self._flush()
                stalled = not self._paused and now - self._last_audio > self._stall_timeout
                if self._follow is not None and (stalled or now - self._last_follow >= FOLLOW_INTERVAL):
                    self._last_follow = now
                    if self._follow_source(stalled):
                        continue
                if stalled:
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
                self._write_item(item)  # type: ignore[arg-type]

    def _follow_source(self, stalled: bool) -> bool:
        """Ask `follow` which source to record; reopen the stream on a new one. Returns True if the track
        goes on (the same source, or a new one opened), False if it has nothing to record any more."""
        assert self._follow is not None
        try:
            wanted = self._follow(self.device)
        except Exception:
            log.exception("following the source of %s failed", self.track)
            wanted = self.device
        if wanted is None:
            self._finish(STOP_DEVICE_LOST, f"{self.device.name!r} went away")
            return False
        if wanted == self.device and not stalled:
            return True
        self._switching = True
        try:
            self._close_stream()
            self._write_pending()  # the old stream's audio, and its anchor, before the gap
            stream = self._open_stream(wanted)
            if not call_bounded(stream.start, "starting the input"):
                raise RecordingError("the audio system did not start the input in time")
        except (RecordingError, OSError, ValueError) as exc:
            log.warning("%s: could not switch to %s: %s", self.track, wanted.name, exc)
            gone = f"{self.device.name!r} went away, and {wanted.name!r} could not be opened"
            self._finish(STOP_DEVICE_LOST, gone)
            return False
        finally:
            self._switching = False
        self._stream = stream
        if wanted != self.device:
            log.info("%s: now recording %s (was %s)", self.track, wanted.name, self.device.name)
            with self._lock:
                self._notice = f"now recording {wanted.name!r}: the output changed (was {self.device.name!r})"
        self.device = wanted
        self._last_audio = time.monotonic() + START_TIMEOUT - self._stall_timeout
        return True

    def _write_pending(self) -> None:
        """Write what is queued (a stop asked for stays queued), then the clock anchor of that audio, so
        that an anchor never spans a gap in the audio (the stream reopened on another source)."""
        while True:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                break
            if item is _STOP:
                self._queue.put(_STOP)
                break
            self._write_item(item)  # type: ignore[arg-type]
        if self._writer is not None:
            self._write_anchor()

    def _write_item(self, item: tuple[np.ndarray, float]) -> bool:
        block, arrived = item
        if self._clock_file is not None and self._writer is not None:
            frame = self._frames
            captured = arrived - len(block) / self.sample_rate - self._latency
            offset = captured - frame / self.sample_rate
            if self._anchor is None or offset < self._anchor[0]:
                self._anchor = (offset, frame, captured)
        return self._write_block(block)

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
            self._write_anchor()
        except OSError as exc:
            self._write_failed(exc)

    def _write_anchor(self) -> None:
        """Append this flush interval's best anchor to the clock file (after the audio it describes)."""
        anchor, self._anchor = self._anchor, None
        if anchor is None or self._clock_file is None:
            return
        self._clock_file.write(f"{anchor[1]} {anchor[2]:.6f}\n")
        self._clock_file.flush()
        os.fsync(self._clock_file.fileno())

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
        writer = WavWriter(self.folder.part_path(self._part, self.track), self.sample_rate, self.channels)
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
        if self._clock_file is not None and self._writer is not None:
            try:
                self._write_anchor()
            except OSError as exc:
                log.warning("the clock of %s: %s", self.track, exc)
        self._close_writer()
        clock_file, self._clock_file = self._clock_file, None
        if clock_file is not None:
            with contextlib.suppress(OSError):
                clock_file.close()
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
