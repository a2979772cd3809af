"""Play a library audio file on the sound card: play, pause, seek, skip, speed 0.5-2x, live position.

Four threads meet here; only the callers take a lock:

- the caller (the GUI thread) calls the public methods, which take ``_lock``;
- a decoder thread decodes the file with iter_pcm (16 kHz mono: enough for reviewing speech, and what
  the transcripts were made from) into memory as 16-bit (115 MB per hour); playing can start at once;
- a feeder thread time-stretches the decoded PCM (time_stretch) into ready-made output blocks kept
  about 0.2 s ahead in a deque, and calls the user's callbacks;
- PortAudio's thread runs ``_callback``, which only copies queued blocks into the output buffer and
  notes which source second is heard when (the clock behind ``position``).

Every seek, pause or load starts a new *generation*: the feeder drops what it had queued and restarts
from the new position, the callback skips blocks of older generations. A speed change keeps the
generation: the feeder switches speed where it is, so nothing is skipped or repeated.

``on_finished`` and ``on_error`` run on the feeder thread: a GUI must hand them to its own thread (e.g.
a queued Qt signal); they may call the Player. The feeder's blocks are made in player_feed; the card is
opened, and its callback's queue kept, in player_output; this module is the Player that ties them.
"""

from __future__ import annotations

import os
import threading
from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from iam_desktop.audio import SPEECH_SAMPLE_RATE
from iam_desktop.audio.player_feed import Pcm, Producer, Request
from iam_desktop.audio.player_output import (
    DEVICE_LOST,
    NO_OUTPUT_DEVICE,
    AudioOutputError,
    OutputQueue,
    close_quietly,
    open_output,
    plain,
)
from iam_desktop.audio.time_stretch import check_speed
from iam_desktop.errors import Cancelled, IamError

__all__ = ["DEVICE_LOST", "NO_OUTPUT_DEVICE", "AudioOutputError", "Player"]

_AHEAD_SECONDS = 0.2  # output the feeder keeps queued
_CHUNK_SECONDS = 5.0  # decoded chunk size


class Player:
    """Plays one audio file at a time through sounddevice; Qt-free, safe to call from one GUI thread.

    Attributes:
        on_finished: called (no arguments, on the feeder thread) when playback reaches the end.
        on_error: called with an IamError (on the feeder thread) when the output device is lost
            while playing or the file turns out damaged while decoding; the Player stays usable.
    """

    def __init__(self, device: int | str | None = None, output_rate: int | None = None) -> None:
        """``device``: a sounddevice device index or name, None for the default output.
        ``output_rate``: force the stream's sample rate; None tries 16 kHz, then the device's own rate."""
        self.device = device
        self.output_rate = output_rate
        self.on_finished: Callable[[], None] | None = None
        self.on_error: Callable[[IamError], None] | None = None
        self._lock = threading.RLock()
        self._wake = threading.Event()
        self._events: deque[IamError | None] = deque()  # for _dispatch: None means "finished"
        self._request = Request(0, 0.0, 1.0)
        self._anchor = 0.0  # position while not playing, and the lowest position of this generation
        self._playing = False
        self._closed = False
        self._path: Path | None = None
        self._pcm: Pcm | None = None
        self._declared_duration = 0.0
        self._loaded = threading.Event()
        self._decoder: threading.Thread | None = None
        self._decode_token = object()
        self._feeder: threading.Thread | None = None
        self._stream: Any = None
        self._rate = SPEECH_SAMPLE_RATE
        self._channels = 1
        self._latency = 0.0
        self._output = OutputQueue()  # the blocks ready for the card, and what it took of them
        self._stream_broken = False  # PortAudio hangs restarting a stream whose device failed
        self._callback_stop: type[BaseException] = StopIteration

    # ----- loading

    def load(self, path: str | os.PathLike[str]) -> None:
        """Open ``path`` for playback, stopped at 0 s; decoding continues in the background.

        Raises MediaError at once if the file is not usable audio (see probe()).
        """
        from iam_desktop.audio.probe import probe  # (PyAV: imported when something is played)

        info = probe(path)
        with self._lock:
            self._check_open()
            self._halt()
            self._decode_token = token = object()
            self._path = Path(path)
            self._pcm = pcm = Pcm(round(_CHUNK_SECONDS * SPEECH_SAMPLE_RATE))
            self._declared_duration = info.duration or 0.0
            self._loaded.clear()
            self._anchor = 0.0
            self._new_generation(0.0, self._request.speed)
            self._decoder = threading.Thread(
                target=self._decode, args=(self._path, pcm, token), name="player-decode", daemon=True
            )
            self._decoder.start()
            if self._feeder is None:
                self._feeder = threading.Thread(target=self._feed, name="player-feed", daemon=True)
                self._feeder.start()

    def wait_loaded(self, timeout: float | None = None) -> bool:
        """Block until the whole file is decoded; True if it is (False on timeout or nothing loaded)."""
        return self._pcm is not None and self._loaded.wait(timeout)

    @property
    def loaded(self) -> bool:
        """The whole file is decoded (``duration`` is exact)."""
        return self._loaded.is_set()

    @property
    def path(self) -> Path | None:
        """The file loaded, if any."""
        return self._path

    def _decode(self, path: Path, pcm: Pcm, token: object) -> None:
        try:
            error = pcm.decode(path, lambda: token is not self._decode_token, self._wake.set)
        except Cancelled:
            return
        if token is self._decode_token:
            if error is not None:
                self._report(error)
            self._loaded.set()
        self._wake.set()

    # ----- transport

    @property
    def duration(self) -> float:
        """Length in seconds (as declared by the file until it is fully decoded)."""
        pcm = self._pcm
        if pcm is None:
            return 0.0
        decoded = pcm.length / SPEECH_SAMPLE_RATE
        return decoded if pcm.complete else max(decoded, self._declared_duration)

    @property
    def playing(self) -> bool:
        """Sound is being played (not paused, stopped or finished)."""
        return self._playing

    @property
    def speed(self) -> float:
        """Playback speed, 0.5..2.0; the pitch stays the same."""
        return self._request.speed

    @property
    def position(self) -> float:
        """Seconds into the recording of the sound being heard now (output latency included)."""
        if not self._playing:
            return self._anchor
        clock, anchor, stream = self._output.clock, self._anchor, self._stream
        if clock is None or clock.generation != self._request.generation or stream is None:
            return anchor
        try:
            now = stream.time
        except Exception:  # a stream closing under us: the last known place will do
            return anchor
        return max(anchor, min(clock.heard_at(now), self.duration))

    def play(self) -> None:
        """Start or resume playing; from the start again if at the end.

        Raises AudioOutputError (e.g. "no audio output device") if sound cannot be played.
        """
        with self._lock:
            self._check_open()
            if self._playing or self._pcm is None:
                return
            if self._pcm.complete and self._anchor >= self.duration - 0.01:
                self._anchor = 0.0
            if self._stream_broken:
                self._close_stream()
            self._open_stream()
            self._new_generation(self._anchor, self._request.speed)
            self._playing = True
            try:
                if not self._stream.stopped:
                    self._stream.abort()
                self._stream.start()
            except Exception as exc:  # PortAudioError: device gone or busy
                self._playing = False
                self._close_stream()
                raise AudioOutputError(f"cannot play sound: {plain(exc)}") from None

    def pause(self) -> None:
        """Stop playing and stay at the current position."""
        with self._lock:
            self._halt()

    def toggle(self) -> None:
        """Pause if playing, else play (may raise AudioOutputError)."""
        with self._lock:
            if self._playing:
                self._halt()
            else:
                self.play()

    def stop(self) -> None:
        """Stop playing and go back to the start."""
        with self._lock:
            self._halt()
            self._anchor = 0.0
            self._new_generation(0.0, self._request.speed)

    def seek(self, seconds: float) -> None:
        """Go to ``seconds`` (clamped to the recording), keep playing or paused."""
        with self._lock:
            target = min(max(0.0, float(seconds)), self.duration)
            self._anchor = target
            self._new_generation(target, self._request.speed)

    def skip(self, delta_seconds: float) -> None:
        """Move forward (or back, if negative) by ``delta_seconds`` from the current position."""
        with self._lock:
            self.seek(self.position + delta_seconds)

    def set_speed(self, speed: float) -> None:
        """Play ``speed`` times as fast (0.5..2.0; ValueError outside) at the same pitch.

        While playing, the change is heard after what is already queued (about 0.3 s)."""
        speed = check_speed(speed)
        with self._lock:
            # the feeder switches speed at the source it has reached: no gap, no repeat; heard ~0.3 s later
            self._request = self._request._replace(speed=speed)
            self._wake.set()

    def close(self) -> None:
        """Stop playing and release the device and the threads; the Player cannot be used after."""
        with self._lock:
            if self._closed:
                return
            self._halt()
            self._close_stream()
            self._closed = True
            self._decode_token = object()
            self._pcm = None
            self._wake.set()
            threads = [t for t in (self._feeder, self._decoder) if t is not None]
        for thread in threads:
            if thread is not threading.current_thread():  # close() called from on_finished/on_error
                thread.join(timeout=5)

    def __enter__(self) -> Player:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # ----- internals, caller side (under _lock)

    def _check_open(self) -> None:
        if self._closed:
            raise RuntimeError("the player is closed")

    def _new_generation(self, start_seconds: float, speed: float) -> None:
        self._request = Request(self._request.generation + 1, start_seconds, speed)
        self._wake.set()

    def _halt(self) -> None:
        """Pause: remember the position heard, silence the stream, queue again from there."""
        if not self._playing:
            return
        self._anchor = self.position
        self._playing = False
        try:
            self._stream.abort()
        except Exception:  # a lost device cannot be stopped any further
            self._close_stream()
        self._new_generation(self._anchor, self._request.speed)

    def _open_stream(self) -> None:
        if self._stream is not None:
            return
        opened = open_output(self.device, self.output_rate, self._callback, self._stream_finished)
        self._stream, self._rate, self._channels = opened.stream, opened.rate, opened.channels
        self._latency, self._callback_stop = opened.latency, opened.callback_stop

    def _close_stream(self) -> None:
        stream, self._stream = self._stream, None
        self._stream_broken = False
        close_quietly(stream)

    def _report(self, error: IamError | None) -> None:
        """Have the feeder thread call on_error(error), or on_finished() if error is None."""
        self._events.append(error)
        self._wake.set()

    def _dispatch(self) -> None:
        """Call the user's callbacks for what happened (feeder thread, no lock held)."""
        while self._events:
            error = self._events.popleft()
            if error is None and self.on_finished is not None:
                self.on_finished()
            elif error is not None and self.on_error is not None:
                self.on_error(error)

    # ----- feeder thread

    def _feed(self) -> None:
        producer: Producer | None = None
        while True:
            self._wake.wait()
            self._wake.clear()
            self._dispatch()
            while not self._closed:
                request, pcm = self._request, self._pcm
                if pcm is None:
                    break
                if producer is None or producer.generation != request.generation or producer.pcm is not pcm:
                    self._output.blocks.clear()
                    producer = Producer(request, pcm, self._rate)
                if not self._output.top_up(producer, request.speed, _AHEAD_SECONDS * producer.rate):
                    break  # enough queued, at the end, or the decoder is behind (it wakes us with more)
            if self._closed:
                return

    # ----- PortAudio thread: copy only, never block

    def _callback(self, outdata: np.ndarray, frames: int, time_info: Any, status: object) -> None:
        generation = self._request.generation
        ended = self._output.fill(
            outdata, frames, time_info, generation, self._rate, self._channels, self._latency
        )
        self._wake.set()
        if ended:
            raise self._callback_stop()

    def _stream_finished(self) -> None:
        """PortAudio's stream stopped: at the end of the recording, or the device failed."""
        if not self._playing:
            return  # paused or stopped by the caller
        if self._output.ended_generation == self._request.generation:
            self._anchor = self.duration
            self._playing = False
            self._report(None)
            return
        clock = self._output.clock
        if clock is not None and clock.generation == self._request.generation:
            self._anchor = max(self._anchor, min(clock.source_end, self.duration))
        self._playing = False
        self._stream_broken = True
        self._report(AudioOutputError(DEVICE_LOST))
