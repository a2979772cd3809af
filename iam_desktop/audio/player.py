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
a queued Qt signal); they may call the Player.
"""

from __future__ import annotations

import os
import threading
from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np

from iam_desktop.audio.decode import SAMPLE_RATE, iter_pcm
from iam_desktop.audio.probe import probe
from iam_desktop.audio.time_stretch import Stretcher, check_speed
from iam_desktop.errors import Cancelled, IamError

NO_OUTPUT_DEVICE = "no audio output device"
DEVICE_LOST = "the audio output device stopped working"

_AHEAD_SECONDS = 0.2  # output the feeder keeps queued
_STEP_SECONDS = 0.05  # source read per feeder step
_CHUNK_SECONDS = 5.0  # decoded chunk size
_LATENCY = 0.1  # seconds; PortAudio's "high" (35 ms) underruns through PulseAudio at 48 kHz on slow machines


class AudioOutputError(IamError):
    """Sound cannot be played: no output device, the device is unknown, busy, or was disconnected."""


class _Block(NamedTuple):
    generation: int
    #: output frames at the stream's rate; None marks the end of the recording
    samples: np.ndarray | None
    #: source position of samples[0], and source seconds advanced per output frame
    source_seconds: float
    seconds_per_frame: float


class _Request(NamedTuple):
    generation: int
    start_seconds: float
    speed: float


class _Clock(NamedTuple):
    """Taken by the callback: the source second ``source`` is heard at stream time ``when``."""

    generation: int
    source: float
    when: float
    speed: float
    #: source position after the last frame handed to PortAudio so far
    source_end: float


class _Pcm:
    """Decoded 16 kHz audio, appended in equal chunks by the decoder and read by the feeder."""

    def __init__(self, chunk_samples: int) -> None:
        self.chunk_samples = chunk_samples
        self.chunks: list[np.ndarray] = []
        self.length = 0
        self.complete = False

    def append(self, samples: np.ndarray) -> None:
        self.chunks.append((np.clip(samples, -1.0, 1.0) * 32767).astype(np.int16))
        self.length += len(samples)

    def read(self, start: int, count: int) -> np.ndarray:
        """Samples [start, start + count) as float32; the range must be decoded already."""
        parts = []
        while count > 0:
            chunk = self.chunks[start // self.chunk_samples]
            offset = start % self.chunk_samples
            part = chunk[offset : offset + count]
            parts.append(part)
            start += len(part)
            count -= len(part)
        joined = np.concatenate(parts) if len(parts) > 1 else parts[0]
        return joined.astype(np.float32) / 32768.0


class _Resampler:
    """Streaming linear interpolation from SAMPLE_RATE to a device rate that refuses 16 kHz."""

    def __init__(self, out_rate: int) -> None:
        self.step = SAMPLE_RATE / out_rate
        self.phase = 0.0  # position of the next output sample, relative to self.last
        self.last = np.zeros(1, np.float32)

    def __call__(self, samples: np.ndarray) -> np.ndarray:
        if self.step == 1.0 or not len(samples):
            return samples
        joined = np.concatenate((self.last, samples))
        count = int(np.floor((len(joined) - 1 - self.phase) / self.step)) + 1
        positions = self.phase + self.step * np.arange(max(count, 0))
        out = np.interp(positions, np.arange(len(joined)), joined).astype(np.float32)
        self.phase += self.step * len(positions) - (len(joined) - 1)
        self.last = joined[-1:]
        return out


class _Producer:
    """The feeder's work within one generation: stretch the PCM from a start position into blocks."""

    def __init__(self, request: _Request, pcm: _Pcm, rate: int) -> None:
        self.generation = request.generation
        self.pcm = pcm
        self.rate = rate
        self.source = round(request.start_seconds * SAMPLE_RATE)  # next source sample to stretch
        if pcm.complete:
            self.source = min(self.source, pcm.length)
        self.produced = 0  # output frames made in this generation
        self.ended = False
        self._begin(request.speed)

    def _begin(self, speed: float) -> None:
        """Start a segment of constant speed at the current source position."""
        self.stretcher = Stretcher(SAMPLE_RATE, speed)
        self.resample = _Resampler(self.rate)
        self.segment_start = self.source / SAMPLE_RATE
        self.segment_frames = 0

    def step(self, speed: float) -> list[_Block]:
        """Stretch the next ~50 ms of source at ``speed``; [] if nothing can be done now."""
        if self.ended:
            return []
        blocks = []
        if speed != self.stretcher.speed:  # finish the old speed's segment, then go on seamlessly
            blocks += self._blocks(self.stretcher.flush())
            self._begin(speed)
        available = self.pcm.length
        if self.source < available:
            count = min(round(_STEP_SECONDS * SAMPLE_RATE * speed), available - self.source)
            blocks += self._blocks(self.stretcher.push(self.pcm.read(self.source, count)))
            self.source += count
        elif self.pcm.complete:
            blocks += self._blocks(self.stretcher.flush())
            self.ended = True
            blocks.append(_Block(self.generation, None, self.source / SAMPLE_RATE, 0.0))
        return blocks

    def _blocks(self, stretched: np.ndarray) -> list[_Block]:
        out = self.resample(stretched)
        if not len(out):
            return []
        per_frame = self.stretcher.speed / self.rate
        start = self.segment_start + self.segment_frames * per_frame
        self.segment_frames += len(out)
        self.produced += len(out)
        return [_Block(self.generation, out, start, per_frame)]


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
        self._queue: deque[_Block] = deque()
        self._events: deque[IamError | None] = deque()  # for _dispatch: None means "finished"
        self._request = _Request(0, 0.0, 1.0)
        self._anchor = 0.0  # position while not playing, and the lowest position of this generation
        self._playing = False
        self._closed = False
        self._path: Path | None = None
        self._pcm: _Pcm | None = None
        self._declared_duration = 0.0
        self._loaded = threading.Event()
        self._decoder: threading.Thread | None = None
        self._decode_token = object()
        self._feeder: threading.Thread | None = None
        self._stream: Any = None
        self._rate = SAMPLE_RATE
        self._channels = 1
        self._latency = 0.0
        # written by the callback only
        self._current: _Block | None = None
        self._offset = 0
        self._consumed = (0, 0)  # (generation, output frames consumed in it)
        self._clock: _Clock | None = None
        self._ended_generation = -1
        self._stream_broken = False  # PortAudio hangs restarting a stream whose device failed
        self._callback_stop: type[BaseException] = StopIteration

    # ----- loading

    def load(self, path: str | os.PathLike[str]) -> None:
        """Open ``path`` for playback, stopped at 0 s; decoding continues in the background.

        Raises MediaError at once if the file is not usable audio (see probe()).
        """
        info = probe(path)
        with self._lock:
            self._check_open()
            self._halt()
            self._decode_token = token = object()
            self._path = Path(path)
            self._pcm = pcm = _Pcm(round(_CHUNK_SECONDS * SAMPLE_RATE))
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

    def _decode(self, path: Path, pcm: _Pcm, token: object) -> None:
        try:
            stream = iter_pcm(path, _CHUNK_SECONDS, cancelled=lambda: token is not self._decode_token)
            for chunk in stream:
                pcm.append(chunk)
                self._wake.set()
        except Cancelled:
            return
        except IamError as exc:  # damaged partway: play what was recovered, and say so
            if token is self._decode_token:
                self._report(exc)
        except Exception as exc:  # a decoder bug must not kill playback silently
            if token is self._decode_token:
                self._report(IamError(f"could not decode {path.name}: {exc}"))
        pcm.complete = True
        if token is self._decode_token:
            self._loaded.set()
        self._wake.set()

    # ----- transport

    @property
    def duration(self) -> float:
        """Length in seconds (as declared by the file until it is fully decoded)."""
        pcm = self._pcm
        if pcm is None:
            return 0.0
        decoded = pcm.length / SAMPLE_RATE
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
        clock, anchor, stream = self._clock, self._anchor, self._stream
        if clock is None or clock.generation != self._request.generation or stream is None:
            return anchor
        try:
            now = stream.time
        except Exception:  # a stream closing under us: the last known place will do
            return anchor
        heard = clock.source + (now - clock.when) * clock.speed
        return max(anchor, min(heard, clock.source_end, self.duration))

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
                raise AudioOutputError(f"cannot play sound: {_plain(exc)}") from None

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
        self._request = _Request(self._request.generation + 1, start_seconds, speed)
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
        try:
            import sounddevice as sd
        except OSError as exc:  # the PortAudio library itself is missing
            raise AudioOutputError(f"{NO_OUTPUT_DEVICE} (PortAudio is not installed: {exc})") from None
        try:
            info = sd.query_devices(self.device, "output")
        except (ValueError, sd.PortAudioError):
            if self.device is None:
                raise AudioOutputError(NO_OUTPUT_DEVICE) from None
            raise AudioOutputError(f"{NO_OUTPUT_DEVICE} named {self.device!r}") from None
        if not info or info.get("max_output_channels", 0) < 1:
            raise AudioOutputError(NO_OUTPUT_DEVICE)
        rates = [self.output_rate] if self.output_rate else [SAMPLE_RATE, round(info["default_samplerate"])]
        error: Exception | None = None
        for rate in dict.fromkeys(rates):
            for channels in (1, 2):
                try:
                    stream = sd.OutputStream(
                        samplerate=rate,
                        channels=channels,
                        dtype="float32",
                        device=self.device,
                        latency=_LATENCY,
                        callback=self._callback,
                        finished_callback=self._stream_finished,
                    )
                except Exception as exc:  # PortAudioError: format not supported, device busy
                    error = exc
                    continue
                self._stream, self._rate, self._channels = stream, rate, channels
                self._callback_stop = sd.CallbackStop
                self._latency = float(stream.latency)
                return
        raise AudioOutputError(f"cannot open the audio output {info['name']}: {_plain(error)}")

    def _close_stream(self) -> None:
        stream, self._stream = self._stream, None
        self._stream_broken = False
        if stream is not None:
            try:
                stream.close(ignore_errors=True)
            except Exception:  # closing a dead stream is best effort
                pass

    def _report(self, error: IamError | None) -> None:
        """Have the feeder thread call on_error(error), or on_finished() if error is None."""
        self._events.append(error)
        self._wake.set()

    def _dispatch(self) -> None:
        """Call the user's callbacks for what happened (feeder thread, no lock held)."""
        while self._events:
            error = self._events.popleft()
            callback = self.on_finished if error is None else self.on_error
            if callback is not None:
                if error is None:
                    callback()
                else:
                    callback(error)

    # ----- feeder thread

    def _feed(self) -> None:
        producer: _Producer | None = None
        while True:
            self._wake.wait()
            self._wake.clear()
            self._dispatch()
            while not self._closed:
                request, pcm = self._request, self._pcm
                if pcm is None:
                    break
                if producer is None or producer.generation != request.generation or producer.pcm is not pcm:
                    self._queue.clear()
                    producer = _Producer(request, pcm, self._rate)
                consumed_generation, consumed = self._consumed
                queued = producer.produced - (consumed if consumed_generation == request.generation else 0)
                if queued >= _AHEAD_SECONDS * producer.rate:
                    break
                blocks = producer.step(request.speed)
                if not blocks:
                    break  # at the end, or the decoder is behind (it wakes us with more)
                self._queue.extend(blocks)
            if self._closed:
                return

    # ----- PortAudio thread: copy only, never block

    def _callback(self, outdata: np.ndarray, frames: int, time_info: Any, status: object) -> None:
        generation = self._request.generation
        block, offset = self._current, self._offset
        consumed_generation, consumed = self._consumed
        if consumed_generation != generation:
            consumed = 0
        filled = 0
        first: tuple[float, int, float] | None = None
        source_end = 0.0
        ended = False
        while filled < frames:
            if block is None or block.generation != generation or offset >= len(block.samples):
                block, offset = self._next_block(generation), 0
                if block is None:
                    break
                if block.samples is None:
                    block, ended = None, True
                    break
            count = min(frames - filled, len(block.samples) - offset)
            if first is None:
                per_frame = block.seconds_per_frame
                first = (block.source_seconds + offset * per_frame, filled, per_frame)
            if self._channels == 1:
                outdata[filled : filled + count, 0] = block.samples[offset : offset + count]
            else:
                outdata[filled : filled + count] = block.samples[offset : offset + count, None]
            filled += count
            offset += count
            consumed += count
            source_end = block.source_seconds + offset * block.seconds_per_frame
        if filled < frames:
            outdata[filled:] = 0.0
        self._current, self._offset = block, offset
        self._consumed = (generation, consumed)
        if first is not None:
            dac = time_info.outputBufferDacTime or time_info.currentTime + self._latency
            source, at, per_frame = first
            speed = per_frame * self._rate
            self._clock = _Clock(generation, source, dac + at / self._rate, speed, source_end)
        self._wake.set()
        if ended:
            self._ended_generation = generation
            raise self._callback_stop()

    def _next_block(self, generation: int) -> _Block | None:
        """The next queued block of ``generation``, dropping older ones; None if none is ready yet."""
        while True:
            try:
                block = self._queue.popleft()
            except IndexError:
                return None
            if block.generation == generation:
                return block

    def _stream_finished(self) -> None:
        """PortAudio's stream stopped: at the end of the recording, or the device failed."""
        if not self._playing:
            return  # paused or stopped by the caller
        if self._ended_generation == self._request.generation:
            self._anchor = self.duration
            self._playing = False
            self._report(None)
            return
        clock = self._clock
        if clock is not None and clock.generation == self._request.generation:
            self._anchor = max(self._anchor, min(clock.source_end, self.duration))
        self._playing = False
        self._stream_broken = True
        self._report(AudioOutputError(DEVICE_LOST))


def _plain(exc: BaseException | None) -> str:
    """PortAudio's message without its error-code suffix and "Error opening OutputStream:" prefix."""
    text = str(exc) if exc is not None else "unknown error"
    text = text.split(" [PaErrorCode")[0].removeprefix("Error opening OutputStream:").strip()
    return text or type(exc).__name__
