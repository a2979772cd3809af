"""The player's feeder side: decoded speech kept in memory, and turned into blocks ready for the card.

`Pcm` holds the decoded 16 kHz audio (16-bit, decoded into it in chunks by the decoder thread); a `Producer`
time-stretches it from a start position (time_stretch), resamples it to the output stream's rate
(audio.resample) and cuts it into `Block`s that carry the source time of their first frame, so that the
PortAudio callback (player_output) can tell which second of the recording is heard when.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import numpy as np

from iam_desktop.audio import SPEECH_SAMPLE_RATE
from iam_desktop.audio.resample import StreamResampler
from iam_desktop.audio.time_stretch import Stretcher
from iam_desktop.errors import Cancelled, IamError

#: source audio read per feeder step (seconds)
STEP_SECONDS = 0.05


class Block(NamedTuple):
    """Output frames of one generation (see Player), ready for the card."""

    generation: int
    #: output frames at the stream's rate; None marks the end of the recording
    samples: np.ndarray | None
    #: source position of samples[0], and source seconds advanced per output frame
    source_seconds: float
    seconds_per_frame: float


class Request(NamedTuple):
    """What the caller wants played: from `start_seconds` at `speed`, in generation `generation`."""

    generation: int
    start_seconds: float
    speed: float


class Pcm:
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

    def decode(
        self, path: Path, cancelled: Callable[[], bool], on_chunk: Callable[[], None]
    ) -> IamError | None:
        """Decode `path` into this buffer (the decoder thread), calling `on_chunk()` after each chunk, then
        mark it complete; returns the error that cut decoding short (what was decoded stays playable).
        Raises Cancelled, the buffer left incomplete, as soon as `cancelled()` is true."""
        from iam_desktop.audio.decode import iter_pcm  # (PyAV: imported when something is played)

        error: IamError | None = None
        try:
            for chunk in iter_pcm(path, self.chunk_samples / SPEECH_SAMPLE_RATE, cancelled=cancelled):
                self.append(chunk)
                on_chunk()
        except Cancelled:
            raise
        except IamError as exc:  # damaged partway: play what was recovered, and say so
            error = exc
        except Exception as exc:  # a decoder bug must not kill playback silently
            error = IamError(f"could not decode {path.name}: {exc}")
        self.complete = True
        return error


class Producer:
    """The feeder's work within one generation: stretch the PCM from a start position into blocks."""

    def __init__(self, request: Request, pcm: Pcm, rate: int) -> None:
        self.generation = request.generation
        self.pcm = pcm
        self.rate = rate
        self.source = round(request.start_seconds * SPEECH_SAMPLE_RATE)  # next source sample to stretch
        if pcm.complete:
            self.source = min(self.source, pcm.length)
        self.produced = 0  # output frames made in this generation
        self.ended = False
        self._begin(request.speed)

    def _begin(self, speed: float) -> None:
        """Start a segment of constant speed at the current source position."""
        self.stretcher = Stretcher(SPEECH_SAMPLE_RATE, speed)
        self.resampler = StreamResampler(SPEECH_SAMPLE_RATE, 1, out_rate=self.rate)
        self.segment_start = self.source / SPEECH_SAMPLE_RATE
        self.segment_frames = 0

    def step(self, speed: float) -> list[Block]:
        """Stretch the next ~50 ms of source at ``speed``; [] if nothing can be done now."""
        if self.ended:
            return []
        blocks = []
        if speed != self.stretcher.speed:  # finish the old speed's segment, then go on seamlessly
            blocks += self._blocks(self.stretcher.flush(), last=True)
            self._begin(speed)
        available = self.pcm.length
        if self.source < available:
            count = min(round(STEP_SECONDS * SPEECH_SAMPLE_RATE * speed), available - self.source)
            blocks += self._blocks(self.stretcher.push(self.pcm.read(self.source, count)))
            self.source += count
        elif self.pcm.complete:
            blocks += self._blocks(self.stretcher.flush(), last=True)
            self.ended = True
            blocks.append(Block(self.generation, None, self.source / SPEECH_SAMPLE_RATE, 0.0))
        return blocks

    def _blocks(self, stretched: np.ndarray, *, last: bool = False) -> list[Block]:
        """`stretched` at the output rate, as a block; `last`: the segment ends here (nothing held back)."""
        out = self.resampler.process(stretched)
        if last:
            tail = self.resampler.flush()
            out = np.concatenate((out, tail)) if len(tail) else out
        if not len(out):
            return []
        per_frame = self.stretcher.speed / self.rate
        start = self.segment_start + self.segment_frames * per_frame
        self.segment_frames += len(out)
        self.produced += len(out)
        return [Block(self.generation, out, start, per_frame)]
