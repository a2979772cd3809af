"""LivePreview: the transcript shown while recording, made chunk by chunk on a worker thread."""

from __future__ import annotations

import threading
import time
import tracemalloc

import numpy as np
import pytest
from helpers import SPEECH_TEXT, wer

from iam_desktop.audio.decode import decode_pcm
from iam_desktop.audio.silence import is_silent
from iam_desktop.engines.base import EngineResult, TranscribeOptions
from iam_desktop.errors import EngineError
from iam_desktop.recording.live_preview import LivePreview, PreviewState
from iam_desktop.transcript import Segment, Word

RATE = 16000
BLOCK = RATE // 10  # the recorder hands over about 100 ms at a time


class FakeEngine:
    """Records each chunk it gets and answers one segment spanning it ("c0", "c1", …).

    `gate`, if given, is waited on before answering (the engine is "busy"); `delay` makes it slow;
    `error` is raised instead of answering.
    """

    name = "fake"
    model_name = "fake-1"

    def __init__(
        self, *, gate: threading.Event | None = None, delay: float = 0.0, error=None, keep_audio: bool = True
    ) -> None:
        self.calls: list[np.ndarray] = []  # the chunks it got (only with keep_audio)
        self.lengths: list[int] = []  # their lengths in samples
        self.keep_audio = keep_audio
        self.gate, self.delay, self.error = gate, delay, error
        self.entered = threading.Event()
        self.cancel_seen = threading.Event()

    def check(self, options: TranscribeOptions) -> None:
        pass

    def transcribe(self, audio, options, *, progress=None, cancelled=None) -> EngineResult:
        self.lengths.append(len(audio))
        if self.keep_audio:
            self.calls.append(np.array(audio, copy=True))
        self.entered.set()
        if self.error is not None:
            raise self.error
        if self.gate is not None:
            while not self.gate.wait(0.01):  # a real engine checks `cancelled` between steps
                if cancelled is not None and cancelled():
                    self.cancel_seen.set()
                    from iam_desktop.errors import Cancelled

                    raise Cancelled("cancelled")
        if self.delay:
            time.sleep(self.delay)
        duration = len(audio) / RATE
        k = len(self.lengths) - 1
        word = Word(0.0, duration, f"c{k}")
        return EngineResult([Segment(0.0, duration, f"c{k}", (word,))], "en")


def noise(seconds: float, level: float = 1e-4, seed: int = 0) -> np.ndarray:
    """A quiet room: faint noise, far below the silence threshold."""
    return np.random.default_rng(seed).normal(0, level, round(seconds * RATE)).astype(np.float32)


def tone(seconds: float, freq: float = 440.0, amplitude: float = 0.3) -> np.ndarray:
    return (amplitude * np.sin(2 * np.pi * freq * np.arange(round(seconds * RATE)) / RATE)).astype(np.float32)


def bursts(count: int, on: float = 1.0, off: float = 0.6) -> np.ndarray:
    """`count` tone bursts ("words") separated by pauses."""
    return np.concatenate([np.concatenate([tone(on), noise(off, seed=i)]) for i in range(count)])


def feed_all(preview: LivePreview, audio: np.ndarray, pace: float = 0.0) -> None:
    for start in range(0, len(audio), BLOCK):
        preview.feed(audio[start : start + BLOCK])
        if pace:
            time.sleep(pace)


def wait_for(condition, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.005)


# ---- with the real engine ------------------------------------------------------------------------------


class CountingEngine:
    """The real engine, with the length of every chunk and the time spent on it recorded."""

    def __init__(self, engine) -> None:
        self.engine = engine
        self.name, self.model_name = engine.name, engine.model_name
        self.chunks: list[tuple[float, float]] = []

    def check(self, options: TranscribeOptions) -> None:
        self.engine.check(options)

    def transcribe(self, audio, options, **kwargs) -> EngineResult:
        began = time.perf_counter()
        result = self.engine.transcribe(audio, options, **kwargs)
        self.chunks.append((len(audio) / RATE, time.perf_counter() - began))
        return result


def test_real_engine_preview_matches_the_speech(engine, speech_wav):
    speech = decode_pcm(speech_wav).samples
    lead = 8.0  # seconds of silence before the first word: the first chunk is skipped, so the speech
    # lies in later chunks and its times are right only if each chunk's start is added
    audio = np.concatenate([noise(lead), speech, noise(2.0, seed=1)])
    counting = CountingEngine(engine)
    updates: list[PreviewState] = []
    preview = LivePreview(counting, TranscribeOptions(), on_update=updates.append)
    preview.start()
    feed_all(preview, audio, pace=0.01)  # ten times faster than real time
    state = preview.finish(timeout=60)

    assert state.error is None and not state.busy
    assert state.received == pytest.approx(len(audio) / RATE)
    assert state.transcribed_until == pytest.approx(state.received)
    assert wer(SPEECH_TEXT, state.text) < 0.35, state.text
    assert len(counting.chunks) >= 2, counting.chunks  # really chunked, not one call at the end
    assert max(length for length, _ in counting.chunks) <= 20.0

    segments = state.segments
    assert lead - 0.8 < segments[0].start < lead + 0.8, segments[0]
    assert segments[-1].end <= lead + len(speech) / RATE + 0.5
    for before, after in zip(segments, segments[1:], strict=False):
        assert before.start <= before.end <= after.start + 1e-6 <= after.end + 1e-6
    for segment in segments:
        for word in segment.words:
            assert segment.start - 1e-6 <= word.start <= word.end <= segment.end + 1e-6

    texts = [u.text for u in updates]
    assert texts[-1] == state.text
    for earlier, later in zip(texts, texts[1:], strict=False):
        assert later.startswith(earlier)  # text only ever grows
    assert len({t for t in texts if t}) >= 2  # and it grew while recording, not once at the end


# ---- with fake engines ----------------------------------------------------------------------------------


def test_silence_never_reaches_the_engine():
    fake = FakeEngine()
    preview = LivePreview(fake, TranscribeOptions())
    preview.start()
    feed_all(preview, noise(40.0))
    state = preview.finish(timeout=10)
    assert fake.calls == []
    assert state.segments == () and state.text == ""
    assert state.transcribed_until == pytest.approx(40.0)
    assert state.error is None


def test_chunks_are_cut_in_pauses_and_times_offset():
    fake = FakeEngine()
    preview = LivePreview(fake, TranscribeOptions())
    preview.start()
    audio = np.concatenate([bursts(25), tone(0.5)])  # 40.5 s, ending in the middle of a "word"
    for start in range(0, len(audio), BLOCK):  # about real time for the worker: it keeps up
        preview.feed(audio[start : start + BLOCK])
        wait_for(lambda: preview.state().lag < 6.0 + 0.2)
    state = preview.finish(timeout=10)

    lengths = [len(c) for c in fake.calls]
    assert len(lengths) >= 5
    assert sum(lengths) == len(audio)  # every sample transcribed exactly once, nothing silent skipped
    for chunk in fake.calls[:-1]:
        assert 3.0 * RATE <= len(chunk) <= 20.0 * RATE
        assert is_silent(chunk[-400:])  # cut in a pause, not inside a "word"…
    for chunk in fake.calls[1:]:
        assert is_silent(chunk[:400])  # …so the next chunk starts in the pause too
    assert not is_silent(fake.calls[-1][-400:])  # finish() took everything, up to the last sample
    # each chunk's segment starts where the chunk starts in the recording
    starts = np.cumsum([0, *lengths[:-1]]) / RATE
    assert [s.text for s in state.segments] == [f"c{k}" for k in range(len(lengths))]
    np.testing.assert_allclose([s.start for s in state.segments], starts, atol=1e-6)
    np.testing.assert_allclose([s.words[0].start for s in state.segments], starts, atol=1e-6)
    assert state.segments[-1].end == pytest.approx(len(audio) / RATE)
    assert state.text == " ".join(f"c{k}" for k in range(len(lengths)))


def test_finish_transcribes_a_short_tail_with_sound_only():
    fake = FakeEngine()
    preview = LivePreview(fake, TranscribeOptions())
    preview.start()
    feed_all(preview, np.concatenate([noise(1.0), tone(0.8)]))  # far less than min_chunk
    state = preview.finish(timeout=10)
    assert [len(c) for c in fake.calls] == [round(1.8 * RATE)]
    assert state.text == "c0" and state.transcribed_until == pytest.approx(1.8)

    quiet = FakeEngine()
    preview = LivePreview(quiet, TranscribeOptions())
    preview.start()
    feed_all(preview, noise(2.0))
    assert preview.finish(timeout=10).transcribed_until == pytest.approx(2.0)
    assert quiet.calls == []


def test_feed_never_waits_for_a_busy_engine():
    gate = threading.Event()
    fake = FakeEngine(gate=gate)
    preview = LivePreview(fake, TranscribeOptions())
    preview.start()
    feed_all(preview, tone(6.5))
    assert fake.entered.wait(5)
    assert preview.state().busy
    slowest = 0.0
    for i in range(100):
        block = tone(0.1) if i % 2 else noise(0.1)
        began = time.perf_counter()
        preview.feed(block)
        slowest = max(slowest, time.perf_counter() - began)
    assert slowest < 0.010, f"feed() took {slowest * 1000:.1f} ms"
    state = preview.state()
    assert state.busy and state.received == pytest.approx(16.5) and state.lag > 10
    gate.set()
    state = preview.finish(timeout=10)
    assert state.transcribed_until == pytest.approx(16.5)
    assert sum(len(c) for c in fake.calls) == round(16.5 * RATE)


def test_a_slow_engine_gets_longer_chunks_to_catch_up():
    fake = FakeEngine(delay=0.4)
    preview = LivePreview(fake, TranscribeOptions(), max_chunk=12.0)
    preview.start()
    feed_all(preview, bursts(40), pace=0.002)  # 64 s of audio in about 1.3 s: far faster than the engine
    state = preview.finish(timeout=30)
    lengths = [len(c) / RATE for c in fake.calls]
    assert max(lengths) <= 12.0
    assert max(lengths) > 8.0, lengths  # it took bigger bites than target_chunk
    assert state.transcribed_until == pytest.approx(64.0)
    assert state.skipped == 0.0


def test_engine_far_behind_drops_the_oldest_audio_instead_of_growing():
    gate = threading.Event()
    fake = FakeEngine(gate=gate)
    preview = LivePreview(fake, TranscribeOptions(), max_pending=30.0)
    preview.start()
    feed_all(preview, tone(6.5))
    assert fake.entered.wait(5)
    for _ in range(10):
        feed_all(preview, tone(10.0))
        assert preview._pending_len <= 30.0 * RATE  # memory stays bounded while the engine is stuck
    gate.set()
    state = preview.finish(timeout=10)
    assert state.error is None
    assert state.skipped > 60.0
    assert state.transcribed_until == pytest.approx(106.5)
    transcribed = sum(len(c) for c in fake.calls) / RATE
    assert transcribed + state.skipped == pytest.approx(106.5, abs=0.01)


def test_engine_error_stops_the_preview_without_raising():
    updates: list[PreviewState] = []
    message = "the speech model tiny.en could not be loaded: damaged file"
    fake = FakeEngine(error=EngineError(message))
    preview = LivePreview(fake, TranscribeOptions(), on_update=updates.append)
    preview.start()
    feed_all(preview, tone(7.0))
    assert preview.join(5)  # the worker has stopped
    state = preview.state()
    assert state.error is not None and message in state.error
    assert updates and updates[-1].error == state.error
    feed_all(preview, tone(30.0))  # the recorder goes on feeding: no exception, nothing kept
    assert preview._pending_len == 0
    final = preview.finish(timeout=5)
    assert final.error == state.error and final.received == pytest.approx(37.0)
    assert len(fake.calls) == 1


def test_unexpected_exception_is_reported_in_plain_words():
    fake = FakeEngine(error=RuntimeError("boom"))
    preview = LivePreview(fake, TranscribeOptions())
    preview.start()
    feed_all(preview, tone(4.0))
    state = preview.finish(timeout=5)  # the short tail goes to the engine at finish
    assert state.error is not None and "boom" in state.error and not state.busy


def test_cancel_stops_promptly_and_drops_pending_audio():
    gate = threading.Event()  # never set: the engine would wait for ever
    fake = FakeEngine(gate=gate)
    preview = LivePreview(fake, TranscribeOptions())
    preview.start()
    feed_all(preview, tone(15.0))
    assert fake.entered.wait(5)
    began = time.perf_counter()
    preview.cancel()
    assert time.perf_counter() - began < 0.05  # cancel() itself never waits
    assert preview.join(2)
    assert time.perf_counter() - began < 0.5
    assert fake.cancel_seen.is_set()  # the engine call was cancelled through its `cancelled` check
    state = preview.state()
    assert state.error is None and not state.busy and state.segments == ()
    assert preview._pending_len == 0
    preview.feed(tone(1.0))  # ignored after cancel
    assert preview.state().received == pytest.approx(15.0)
    assert len(fake.calls) == 1


def test_memory_stays_bounded_over_ten_minutes():
    fake = FakeEngine(keep_audio=False)
    preview = LivePreview(fake, TranscribeOptions())
    preview.start()
    minute = np.concatenate([noise(20.0), bursts(25)])  # 60 s: silence, then "speech"
    most = 0
    tracemalloc.start()
    try:
        for m in range(10):
            if m == 1:  # measure from the second minute on
                baseline, _ = tracemalloc.get_traced_memory()
                tracemalloc.reset_peak()
            for start in range(0, len(minute), BLOCK):
                preview.feed(minute[start : start + BLOCK])
                most = max(most, sum(len(b) for b in preview._pending))
                if preview._pending_len >= 6 * RATE:  # the worker wakes by itself; wait, as real time would
                    wait_for(lambda: preview._pending_len < 6 * RATE)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    state = preview.finish(timeout=10)
    assert state.transcribed_until == pytest.approx(600.0)
    assert most <= 6.1 * RATE  # never more than about one target chunk kept, whatever the length
    assert len(preview._pending) == 0
    # 9 minutes of float32 audio are 35 MB; the preview's memory grew by far less than one minute's
    assert peak - baseline < 2_000_000, f"{(peak - baseline) / 1e6:.1f} MB"
    # the silent third of each minute never reached the engine
    assert sum(fake.lengths) < 0.75 * 600 * RATE
    assert len(state.segments) == len(fake.lengths) > 10


def test_state_and_arguments():
    state = PreviewState(segments=(Segment(0, 1, " Hello. "), Segment(1, 2, ""), Segment(2, 3, "World")))
    assert state.text == "Hello. World"
    with pytest.raises(ValueError):
        LivePreview(FakeEngine(), TranscribeOptions(), min_chunk=8.0, target_chunk=6.0)
    preview = LivePreview(FakeEngine(), TranscribeOptions())
    preview.start()
    preview.start()  # a second start does nothing
    assert sum(t.name == "iam-live-preview" for t in threading.enumerate()) >= 1
    assert preview.finish(timeout=5) == PreviewState()
    assert preview.join(1)


def test_finish_with_a_timeout_gives_up_on_a_stuck_engine():
    fake = FakeEngine(gate=threading.Event())  # never answers unless cancelled
    preview = LivePreview(fake, TranscribeOptions())
    preview.start()
    feed_all(preview, tone(8.0))
    assert fake.entered.wait(5)
    began = time.perf_counter()
    state = preview.finish(timeout=0.2)
    assert time.perf_counter() - began < 1.0
    assert state.error is None and state.segments == ()
    assert preview.join(2) and fake.cancel_seen.is_set()


def test_a_failing_on_update_does_not_stop_the_preview():
    seen: list[PreviewState] = []

    def on_update(state: PreviewState) -> None:
        seen.append(state)
        raise RuntimeError("a UI bug")

    fake = FakeEngine()
    preview = LivePreview(fake, TranscribeOptions(), on_update=on_update)
    preview.start()
    audio = bursts(10)
    feed_all(preview, audio[: len(audio) // 2])
    wait_for(lambda: len(seen) >= 2)  # a chunk was transcribed and on_update raised (twice: busy, then done)
    feed_all(preview, audio[len(audio) // 2 :])
    state = preview.finish(timeout=10)
    assert state.error is None and len(fake.lengths) >= 2  # it went on after the failures
    assert state.transcribed_until == pytest.approx(16.0)
    assert seen[-1] == state
