"""The live transcript preview shown while recording: the audio is transcribed in short chunks as it comes.

The recorder's writer thread feeds 16 kHz mono float32 samples in (see audio.resample); a worker thread
cuts the pending audio at pauses into chunks of a few seconds, hands each to the engine and appends the
text. feed() never waits for the engine, memory holds only the audio not yet transcribed (capped), and an
engine failure stops the preview with a plain message instead of disturbing the recording.

The preview is only a preview: the stored transcript is made from the whole recording afterwards.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from iam_desktop.audio import SPEECH_SAMPLE_RATE
from iam_desktop.audio.silence import SILENCE_RMS, find_pause, is_silent
from iam_desktop.engines.base import TranscribeOptions, TranscriptionEngine
from iam_desktop.errors import Cancelled, EngineError
from iam_desktop.transcript import Segment, Word

log = logging.getLogger(__name__)

#: the newest audio is never cut: a word may be starting there (seconds)
GUARD_SECONDS = 0.3


@dataclass(frozen=True)
class PreviewState:
    """A snapshot of the live preview.

    Attributes:
        segments: the text so far, times in seconds from the start of the recording.
        transcribed_until: seconds of the recording already transcribed (or found silent, or skipped).
        received: seconds of audio fed so far.
        busy: the engine is working on a chunk right now.
        error: why the preview stopped, in plain words; None while it works (or after a cancel).
        skipped: seconds of audio dropped untranscribed because the engine fell too far behind.
    """

    segments: tuple[Segment, ...] = ()
    transcribed_until: float = 0.0
    received: float = 0.0
    busy: bool = False
    error: str | None = None
    skipped: float = 0.0

    @property
    def text(self) -> str:
        """The segments' text joined by spaces."""
        return " ".join(t for t in (s.text.strip() for s in self.segments) if t)

    @property
    def lag(self) -> float:
        """Seconds of audio received but not transcribed yet."""
        return max(0.0, self.received - self.transcribed_until)


class LivePreview:
    """Transcribe a recording while it is being made, chunk by chunk, on a worker thread of its own.

    feed() is called by the recorder's writer thread and only appends under a short lock; the worker
    waits (no polling) until `target_chunk` seconds are pending, cuts at the quietest pause in the later
    part of them (a chunk is at least `min_chunk` and at most `max_chunk` seconds), transcribes that
    chunk, shifts the times by the chunk's start in the recording, appends the segments and frees the
    audio. When the engine is slower than real time, the pending audio grows and the chunks get longer
    (up to `max_chunk`) so it catches up; beyond `max_pending` seconds the oldest audio is dropped
    (counted in PreviewState.skipped) so that memory stays bounded however long the recording is.
    Chunks that are silence never reach the engine.

    `on_update(state)` is called on the worker thread after each chunk (and when the engine starts on one,
    and when the preview stops): a UI must hand the state over to its own thread (a queued signal).
    Exceptions from on_update are logged and ignored.

    An engine error (or any other failure in the worker) sets PreviewState.error and stops the preview;
    nothing is ever raised into the recorder. The options are passed to the engine as given, per chunk.
    """

    def __init__(
        self,
        engine: TranscriptionEngine,
        options: TranscribeOptions,
        *,
        on_update: Callable[[PreviewState], None] | None = None,
        min_chunk: float = 3.0,
        target_chunk: float = 6.0,
        max_chunk: float = 20.0,
        max_pending: float = 300.0,
        silence_rms: float = SILENCE_RMS,
    ) -> None:
        if not 0 < min_chunk <= target_chunk <= max_chunk:
            raise ValueError("chunk lengths must satisfy 0 < min_chunk <= target_chunk <= max_chunk")
        if max_pending < max_chunk:
            raise ValueError("max_pending must be at least max_chunk")
        self.engine = engine
        self.options = options
        self.on_update = on_update
        self.sample_rate = SPEECH_SAMPLE_RATE
        self._min = int(min_chunk * self.sample_rate)
        self._target = int(target_chunk * self.sample_rate)
        self._max = int(max_chunk * self.sample_rate)
        self._max_pending = int(max_pending * self.sample_rate)
        self._guard = int(GUARD_SECONDS * self.sample_rate)
        self._silence_rms = silence_rms

        self._cond = threading.Condition()
        # everything below is guarded by self._cond
        self._pending: deque[np.ndarray] = deque()
        self._pending_len = 0  # samples in _pending
        self._pending_start = 0  # position in the recording (samples) of the first pending sample
        self._received = 0  # samples fed
        self._done_until = 0  # samples transcribed, found silent or skipped
        self._skipped = 0
        self._segments: list[Segment] = []
        self._busy = False
        self._inflight_end = 0  # end (samples) of the chunk the engine is working on
        self._error: str | None = None
        self._finishing = False  # no more audio will come: transcribe the rest, then stop
        self._stopped = False  # the worker has ended (or will end): further audio is not kept
        self._cancel = threading.Event()
        self._thread: threading.Thread | None = None

    # ---- the recorder's side -------------------------------------------------------------------------

    def start(self) -> None:
        """Start the worker thread (a daemon named "iam-live-preview"). Calling it again does nothing."""
        with self._cond:
            if self._thread is not None:
                return
            self._thread = threading.Thread(target=self._work, name="iam-live-preview", daemon=True)
        self._thread.start()

    def feed(self, samples: np.ndarray) -> None:
        """Add 16 kHz mono float32 samples (copied). Never waits for the engine: safe on the writer thread.

        Ignored after finish() or cancel(); after an engine error the audio is counted but not kept.
        """
        block = np.array(samples, dtype=np.float32, copy=True).reshape(-1)
        if len(block) == 0:
            return
        with self._cond:
            if self._finishing or self._cancel.is_set():
                return
            self._received += len(block)
            if self._stopped:
                self._pending_start = self._received
                return
            self._pending.append(block)
            self._pending_len += len(block)
            if self._pending_len > self._max_pending:
                self._drop_oldest_locked(self._pending_len - self._max_pending)
            if self._pending_len >= self._target:
                self._cond.notify_all()

    def finish(self, timeout: float | None = None) -> PreviewState:
        """No more audio: transcribe everything still pending (however short, if it holds sound), stop the
        worker and return the final state. Blocks meanwhile (about one engine call per `max_chunk` seconds
        pending): not on a UI thread without a short `timeout`. If it takes longer than `timeout` seconds
        the rest is cancelled and the state so far returned."""
        with self._cond:
            self._finishing = True
            self._cond.notify_all()
            thread = self._thread
        if thread is None:  # never started: start now, the worker goes straight to the rest
            self.start()
            thread = self._thread
        assert thread is not None
        thread.join(timeout)
        if thread.is_alive():
            log.warning("live preview: not finished after %s s; cancelling the rest", timeout)
            self.cancel()
        return self.state()

    def cancel(self) -> None:
        """Stop as soon as possible and drop the pending audio; the engine's current call is cancelled
        through its `cancelled` check. Returns at once; join() waits for the worker to end."""
        with self._cond:
            self._cancel.set()
            self._stopped = True
            self._pending.clear()
            self._pending_len = 0
            self._pending_start = self._received
            self._cond.notify_all()

    def join(self, timeout: float | None = None) -> bool:
        """Wait for the worker thread to end (after finish(), cancel() or an error); True if it has."""
        thread = self._thread
        if thread is None:
            return True
        thread.join(timeout)
        return not thread.is_alive()

    def state(self) -> PreviewState:
        """A consistent snapshot (any thread)."""
        with self._cond:
            return self._state_locked()

    # ---- internals -------------------------------------------------------------------------------------

    def _state_locked(self) -> PreviewState:
        rate = self.sample_rate
        return PreviewState(
            segments=tuple(self._segments),
            transcribed_until=self._done_until / rate,
            received=self._received / rate,
            busy=self._busy,
            error=self._error,
            skipped=self._skipped / rate,
        )

    def _drop_oldest_locked(self, count: int) -> None:
        """Drop at least `count` of the oldest pending samples (whole blocks: cheap) untranscribed."""
        dropped = 0
        while self._pending and dropped < count:
            dropped += len(self._pending.popleft())
        old_start = self._pending_start
        self._pending_len -= dropped
        self._pending_start += dropped
        # what the engine is working on right now is not lost, only what lies beyond it
        lost = self._pending_start - max(old_start, self._inflight_end if self._busy else 0)
        self._skipped += max(0, lost)
        if not self._busy:
            self._done_until = max(self._done_until, self._pending_start)
        log.log(
            logging.WARNING if self._skipped == max(0, lost) else logging.DEBUG,  # warn once, not per block
            "live preview: the engine fell behind; %.1f s of audio left untranscribed",
            max(0, lost) / self.sample_rate,
        )

    def _consume_locked(self, until: int) -> None:
        """Free the pending audio before position `until` (samples from the start of the recording)."""
        while self._pending and self._pending_start < until:
            block = self._pending[0]
            take = until - self._pending_start
            if take >= len(block):
                self._pending.popleft()
                self._pending_len -= len(block)
                self._pending_start += len(block)
            else:
                self._pending[0] = block[take:].copy()  # a copy: the slice would keep the whole block
                self._pending_len -= take
                self._pending_start += take
        self._done_until = max(self._done_until, until, self._pending_start)

    def _next_chunk(self) -> tuple[int, np.ndarray] | None:
        """Wait until a chunk is due; return (its start in samples, its samples), or None to stop."""
        with self._cond:
            while True:
                if self._cancel.is_set() or self._stopped:
                    return None
                if self._finishing:
                    if self._pending_len == 0:
                        return None
                    break
                if self._pending_len >= self._target:
                    break
                self._cond.wait()
            final = self._finishing
            start = self._pending_start
            # take only the blocks a chunk can reach (the list of references is cheap to copy)
            reach = self._max + self._guard
            blocks, taken = [], 0
            for block in self._pending:
                if taken >= reach:
                    break
                blocks.append(block)
                taken += len(block)
        audio = np.concatenate(blocks) if len(blocks) > 1 else blocks[0]
        n = len(audio)
        if final and n <= self._max:
            return start, audio
        usable = n if final else n - self._guard
        hi = min(usable, self._max)
        lo = min(hi, max(self._min, hi // 2))  # the later part: longer chunks when behind
        cut = find_pause(audio, lo, hi, self.sample_rate)
        cut = max(1, min(cut, self._max, n))
        return start, audio[:cut]

    def _transcribe(self, start: int, audio: np.ndarray) -> list[Segment]:
        with self._cond:
            self._busy = True
            self._inflight_end = start + len(audio)
            state = self._state_locked()
        self._notify(state)
        try:
            result = self.engine.transcribe(audio, self.options, cancelled=self._cancel.is_set)
        finally:
            with self._cond:
                self._busy = False
        offset = start / self.sample_rate
        begin, end = offset, offset + len(audio) / self.sample_rate
        return [_shift(s, offset, begin, end) for s in result.segments]

    def _work(self) -> None:
        log.debug("live preview started (%s %s)", getattr(self.engine, "name", "?"), self.engine.model_name)
        try:
            while True:
                chunk = self._next_chunk()
                if chunk is None:
                    break
                start, audio = chunk
                del chunk  # only `audio` holds the chunk: freed before the next wait
                if is_silent(audio, self._silence_rms, self.sample_rate):
                    segments = []
                else:
                    segments = self._transcribe(start, audio)
                with self._cond:
                    if self._cancel.is_set():
                        break
                    if segments:  # never before what is already there
                        floor = self._segments[-1].end if self._segments else 0.0
                        segments = [_clamp_start(s, floor) for s in segments]
                    self._segments.extend(segments)
                    self._consume_locked(start + len(audio))
                    state = self._state_locked()
                del audio
                self._notify(state)
        except Cancelled:
            if not self._cancel.is_set():
                self._fail("the live preview was cancelled by the engine")
        except EngineError as exc:
            self._fail(f"the live preview stopped: {exc}")
        except MemoryError:
            self._fail("the live preview stopped: not enough memory")
        except Exception as exc:  # a defect in an engine or here: the recording must go on regardless
            log.exception("live preview failed")
            self._fail(f"the live preview stopped because of an unexpected error: {exc}")
        finally:
            with self._cond:
                self._stopped = True
                self._busy = False
                self._pending.clear()
                self._pending_len = 0
                self._pending_start = self._received
                self._cond.notify_all()
            log.debug("live preview stopped")

    def _fail(self, message: str) -> None:
        log.warning("%s", message)
        with self._cond:
            self._error = message
            self._stopped = True
            self._busy = False
            state = self._state_locked()
        self._notify(state)

    def _notify(self, state: PreviewState) -> None:
        if self.on_update is None:
            return
        try:
            self.on_update(state)
        except Exception:
            log.exception("live preview: on_update failed")


def _shift(segment: Segment, offset: float, begin: float, end: float) -> Segment:
    """`segment` moved by `offset` seconds, its times (and its words') kept within [begin, end]."""

    def at(t: float) -> float:
        return min(end, max(begin, float(t) + offset))

    words = tuple(dataclasses.replace(w, start=at(w.start), end=at(w.end)) for w in segment.words)
    start, stop = at(segment.start), at(segment.end)
    return dataclasses.replace(segment, start=start, end=max(start, stop), words=words)


def _clamp_start(segment: Segment, floor: float) -> Segment:
    if segment.start >= floor:
        return segment
    words = tuple(
        w if w.start >= floor else Word(floor, max(floor, w.end), w.text, w.probability)
        for w in segment.words
    )
    return dataclasses.replace(segment, start=floor, end=max(floor, segment.end), words=words)
