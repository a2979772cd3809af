"""The player's sound-card side: opening a PortAudio output stream, and the queue its callback reads.

`open_output` opens a sounddevice OutputStream (16 kHz if the device takes it, else its own rate; mono,
else stereo) and turns PortAudio's failures into plain `AudioOutputError`s. `OutputQueue` holds the
blocks the feeder made (player_feed) and is filled from by PortAudio's thread, which only copies: it
never blocks, never allocates more than a small clock tuple, and notes which source second is heard
when (the clock behind Player.position).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from typing import Any, NamedTuple

import numpy as np

from iam_desktop.audio import SPEECH_SAMPLE_RATE
from iam_desktop.audio.player_feed import Block, Producer
from iam_desktop.errors import IamError

NO_OUTPUT_DEVICE = "no audio output device"
DEVICE_LOST = "the audio output device stopped working"

LATENCY = 0.1  # seconds; PortAudio's "high" (35 ms) underruns through PulseAudio at 48 kHz on slow machines


class AudioOutputError(IamError):
    """Sound cannot be played: no output device, the device is unknown, busy, or was disconnected."""


class OpenedOutput(NamedTuple):
    """A stream open_output opened (not started), with what it was opened with."""

    stream: Any
    rate: int
    channels: int
    latency: float
    #: raise this in the callback to end the stream once its last buffer is played
    callback_stop: type[BaseException]


def open_output(
    device: int | str | None, output_rate: int | None, callback: Callable[..., None],
    finished_callback: Callable[[], None],
) -> OpenedOutput:  # fmt: skip
    """Open an output stream on `device` (None: the default) at `output_rate` (None: 16 kHz, else the
    device's own rate), mono or else stereo. Raises AudioOutputError with a plain message."""
    try:
        import sounddevice as sd
    except OSError as exc:  # the PortAudio library itself is missing
        raise AudioOutputError(f"{NO_OUTPUT_DEVICE} (PortAudio is not installed: {exc})") from None
    try:
        info = sd.query_devices(device, "output")
    except (ValueError, sd.PortAudioError):
        if device is None:
            raise AudioOutputError(NO_OUTPUT_DEVICE) from None
        raise AudioOutputError(f"{NO_OUTPUT_DEVICE} named {device!r}") from None
    if not info or info.get("max_output_channels", 0) < 1:
        raise AudioOutputError(NO_OUTPUT_DEVICE)
    rates = [output_rate] if output_rate else [SPEECH_SAMPLE_RATE, round(info["default_samplerate"])]
    error: Exception | None = None
    for rate in dict.fromkeys(rates):
        for channels in (1, 2):
            try:
                stream = sd.OutputStream(
                    samplerate=rate,
                    channels=channels,
                    dtype="float32",
                    device=device,
                    latency=LATENCY,
                    callback=callback,
                    finished_callback=finished_callback,
                )
            except Exception as exc:  # PortAudioError: format not supported, device busy
                error = exc
                continue
            return OpenedOutput(stream, rate, channels, float(stream.latency), sd.CallbackStop)
    raise AudioOutputError(f"cannot open the audio output {info['name']}: {plain(error)}")


def close_quietly(stream: Any) -> None:
    """Close a stream (None: nothing to do); closing a dead stream is best effort."""
    if stream is None:
        return
    try:
        stream.close(ignore_errors=True)
    except Exception:  # PortAudioError from a device that is gone
        pass


def plain(exc: BaseException | None) -> str:
    """PortAudio's message without its error-code suffix and "Error opening OutputStream:" prefix."""
    text = str(exc) if exc is not None else "unknown error"
    text = text.split(" [PaErrorCode")[0].removeprefix("Error opening OutputStream:").strip()
    return text or type(exc).__name__


class Clock(NamedTuple):
    """Taken by the callback: the source second ``source`` is heard at stream time ``when``."""

    generation: int
    source: float
    when: float
    speed: float
    #: source position after the last frame handed to PortAudio so far
    source_end: float

    def heard_at(self, now: float) -> float:
        """The source second heard at stream time `now` (at most what has been handed over)."""
        return min(self.source + (now - self.when) * self.speed, self.source_end)


class OutputQueue:
    """Blocks queued by the feeder, and what PortAudio's callback has taken of them.

    Attributes:
        blocks: queued blocks, oldest first (the feeder appends, the callback pops).
        consumed: (generation, output frames of it handed to PortAudio so far).
        clock: where the sound being heard is (None until the first buffer of a stream).
        ended_generation: the generation whose end-of-recording block the callback reached.
    """

    def __init__(self) -> None:
        self.blocks: deque[Block] = deque()
        self.consumed = (0, 0)
        self.clock: Clock | None = None
        self.ended_generation = -1
        # written by the callback only
        self._current: Block | None = None
        self._offset = 0

    def fill(
        self, outdata: np.ndarray, frames: int, time_info: Any, generation: int, rate: int, channels: int,
        latency: float,
    ) -> bool:  # fmt: skip
        """Copy queued frames of `generation` into `outdata` (silence where none are ready), dropping
        blocks of older generations; True once the end of the recording has been handed over."""
        block, offset = self._current, self._offset
        consumed_generation, consumed = self.consumed
        if consumed_generation != generation:
            consumed = 0
        filled = 0
        first: tuple[float, int, float] | None = None
        source_end = 0.0
        ended = False
        while filled < frames:
            if block is None or block.generation != generation or offset >= _length(block):
                block, offset = self._next_block(generation), 0
                if block is None:
                    break
                if block.samples is None:
                    block, ended = None, True
                    break
            samples = block.samples
            assert samples is not None  # checked above; the end marker never becomes _current
            count = min(frames - filled, len(samples) - offset)
            if first is None:
                per_frame = block.seconds_per_frame
                first = (block.source_seconds + offset * per_frame, filled, per_frame)
            if channels == 1:
                outdata[filled : filled + count, 0] = samples[offset : offset + count]
            else:
                outdata[filled : filled + count] = samples[offset : offset + count, None]
            filled += count
            offset += count
            consumed += count
            source_end = block.source_seconds + offset * block.seconds_per_frame
        if filled < frames:
            outdata[filled:] = 0.0
        self._current, self._offset = block, offset
        self.consumed = (generation, consumed)
        if first is not None:
            dac = time_info.outputBufferDacTime or time_info.currentTime + latency
            source, at, per_frame = first
            self.clock = Clock(generation, source, dac + at / rate, per_frame * rate, source_end)
        if ended:
            self.ended_generation = generation
        return ended

    def top_up(self, producer: Producer, speed: float, ahead_frames: float) -> bool:
        """Feeder thread: have `producer` make its next blocks at `speed` unless `ahead_frames` output
        frames of its generation are queued already; False if nothing was (or could be) made now."""
        consumed_generation, consumed = self.consumed
        queued = producer.produced - (consumed if consumed_generation == producer.generation else 0)
        if queued >= ahead_frames:
            return False
        blocks = producer.step(speed)
        self.blocks.extend(blocks)
        return bool(blocks)

    def _next_block(self, generation: int) -> Block | None:
        """The next queued block of ``generation``, dropping older ones; None if none is ready yet."""
        while True:
            try:
                block = self.blocks.popleft()
            except IndexError:
                return None
            if block.generation == generation:
                return block


def _length(block: Block) -> int:
    return 0 if block.samples is None else len(block.samples)
