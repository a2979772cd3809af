"""The OpenAI engine against a local fake of the API: pieces, stitching, parallelism, retries, refusals."""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from datetime import datetime
from pathlib import Path

import numpy as np
import pytest
from fakes.openai_server import MAX_BODY_BYTES, FakeOpenAI, Fault, loud_stretches

from iam_desktop.engines.base import TranscribeOptions
from iam_desktop.engines.openai_engine import OpenAIEngine, language_code
from iam_desktop.engines.openai_wire import parse_answer
from iam_desktop.errors import Cancelled, CloudRefused, CloudUnavailable, EngineError

RATE = 16000
KEY = "sk-test-0123456789abcdef"


def tones(
    seconds: float, spans: list[tuple[float, float]], *, noise: float = 0.002, seed: int = 0
) -> np.ndarray:
    """Faint noise with a 440 Hz tone (level 0.3) in each (start, end) span."""
    rng = np.random.default_rng(seed)
    audio = rng.normal(0.0, noise, int(seconds * RATE)).astype(np.float32)
    for start, end in spans:
        a, b = int(start * RATE), int(end * RATE)
        audio[a:b] += (0.3 * np.sin(2 * np.pi * 440 * np.arange(b - a) / RATE)).astype(np.float32)
    return audio


def spaced_tones(seconds: float, seed: int = 1) -> list[tuple[float, float]]:
    """Tones of 0.4–1.5 s separated by 1.5–9 s of quiet, at irregular places."""
    rng = np.random.default_rng(seed)
    spans, t = [], 1.0
    while True:
        length = float(rng.uniform(0.4, 1.5))
        if t + length > seconds - 1:
            return spans
        spans.append((round(t, 3), round(t + length, 3)))
        t += length + float(rng.uniform(1.5, 9.0))


def flat(pairs) -> list[float]:
    return [t for pair in pairs for t in pair]


@pytest.fixture
def server():
    with FakeOpenAI(api_key=KEY) as fake:
        yield fake


@pytest.fixture
def sleeps() -> list[float]:
    return []


def upload_threads_ended() -> None:
    """Wait until the engine's upload threads (named "openai_N") have ended: then nothing more is sent."""
    for thread in threading.enumerate():
        if thread.name.startswith("openai"):
            thread.join(30)
            assert not thread.is_alive(), thread


def engine_for(server: FakeOpenAI, sleeps: list[float], **kw) -> OpenAIEngine:
    kw.setdefault("timeout", 5.0)
    return OpenAIEngine(kw.pop("api_key", KEY), base_url=server.base_url, sleep=sleeps.append, **kw)


SHORT = tones(12, [(2.0, 3.0), (7.5, 8.25)])


def test_long_recording_is_cut_in_silences_sent_in_parallel_and_stitched(server, sleeps):
    seconds = 14 * 60
    spans = spaced_tones(seconds)
    audio = tones(seconds, spans)
    assert 44 + 2 * len(audio) > MAX_BODY_BYTES  # as a 16-bit WAV it would be refused
    server.latency = 0.3
    engine = engine_for(server, sleeps, piece_seconds=120, max_parallel=3)
    progress: list[float] = []

    result = engine.transcribe(audio, TranscribeOptions(language="en"), progress=progress.append)

    answered = server.answered
    # 840 s in pieces of at most 120 s, each cut in the quietest moment of its last 30 s
    assert 7 <= len(answered) == len(server.requests) <= 10
    assert all(r.file_size < MAX_BODY_BYTES and r.content_length < MAX_BODY_BYTES for r in answered)
    assert all(r.file_size < 120 * 26_000 / 8 for r in answered)  # compact: about 24 kbit/s
    durations = sorted(r.duration for r in answered)
    assert durations[-1] <= 120 + 1 and durations[1] >= 90 - 0.01  # only the last piece may be short
    assert sum(r.duration for r in answered) == pytest.approx(seconds, abs=0.05)
    assert 1 < server.max_concurrency <= 3
    # every tone is found once, whole (none was cut in two), at its true place on the recording's clock
    assert [s.text for s in result.segments] == ["tone"] * len(spans)
    for segment, (start, end) in zip(result.segments, spans, strict=True):
        assert segment.start == pytest.approx(start, abs=0.1)
        assert segment.end == pytest.approx(end, abs=0.1)
        assert [w.text for w in segment.words] == ["tone"]
        assert segment.start <= segment.words[0].start <= segment.words[0].end <= segment.end
    assert result.language == "en"
    assert progress == sorted(progress) and progress[0] == 0.0 and progress[-1] == 1.0
    assert sleeps == []


def test_piece_too_big_once_encoded_is_split_further(server, sleeps):
    spans = spaced_tones(60, seed=3)
    audio = tones(60, spans, noise=0.01)  # noise (below the fake's threshold) costs bits: ~180 kB in all
    engine = engine_for(server, sleeps, piece_seconds=60, max_upload_bytes=40_000)

    result = engine.transcribe(audio, TranscribeOptions())

    assert len(server.answered) >= 4
    assert all(r.file_size <= 40_000 for r in server.answered)
    assert sum(r.duration for r in server.answered) == pytest.approx(60, abs=0.05)
    assert flat((s.start, s.end) for s in result.segments) == pytest.approx(flat(spans), abs=0.1)


def test_upload_refused_as_too_large_is_not_retried(sleeps):
    with FakeOpenAI(api_key=KEY, max_body=2_000) as small:
        engine = engine_for(small, sleeps)
        with pytest.raises(CloudRefused, match="OpenAI refused the file"):
            engine.transcribe(SHORT, TranscribeOptions())
        assert [r.status for r in small.requests] == [413]
    assert sleeps == []


def test_rate_limit_waits_as_long_as_retry_after_says(server, sleeps):
    server.fail_next(
        Fault.status(429, headers={"Retry-After": "7"}), ("status", 429, {"retry-after-ms": "1500"})
    )
    result = engine_for(server, sleeps).transcribe(SHORT, TranscribeOptions())
    assert sleeps == [7.0, 1.5]
    assert [r.status for r in server.requests] == [429, 429, 200]
    assert [s.start for s in result.segments] == pytest.approx([2.0, 7.5], abs=0.05)


def test_server_error_is_retried_with_jittered_backoff(server, sleeps):
    server.fail_next(("status", 500), ("status", 503))
    result = engine_for(server, sleeps).transcribe(SHORT, TranscribeOptions())
    assert [r.status for r in server.requests] == [500, 503, 200]
    assert 0 <= sleeps[0] < 1 and 0 <= sleeps[1] < 2
    assert len(result.segments) == 2


def test_slow_answer_beyond_the_timeout_is_retried(server, sleeps):
    server.fail_next(Fault.delay(2.0))
    started = time.monotonic()
    result = engine_for(server, sleeps, timeout=0.4).transcribe(SHORT, TranscribeOptions())
    assert time.monotonic() - started < 1.8  # did not wait for the slow answer
    assert len(server.requests) == 2 and len(sleeps) == 1
    assert len(result.segments) == 2


def test_dropped_connection_is_retried(server, sleeps):
    server.fail_next(Fault.drop())
    result = engine_for(server, sleeps).transcribe(SHORT, TranscribeOptions())
    assert [r.status for r in server.requests] == [None, 200]
    assert len(sleeps) == 1 and len(result.segments) == 2


def test_wrong_key_is_refused_at_once(server, sleeps):
    wrong = "sk-wrong-key-abcdef123456"
    with pytest.raises(CloudRefused, match=r"OpenAI refused the API key \(401\)") as info:
        engine_for(server, sleeps, api_key=wrong).transcribe(SHORT, TranscribeOptions())
    assert len(server.requests) == 1 and sleeps == []
    assert server.requests[0].auth == f"Bearer {wrong}"
    assert wrong not in str(info.value) and "sk-wrong" not in str(info.value)


def test_exhausted_quota_is_refused_at_once(server, sleeps):
    server.fail_next(Fault.quota())
    with pytest.raises(CloudRefused, match="quota is exhausted"):
        engine_for(server, sleeps).transcribe(SHORT, TranscribeOptions())
    assert len(server.requests) == 1 and sleeps == []


def test_gives_up_after_max_retries(server, sleeps):
    server.fail_next(*[("status", 502)] * 6)
    with pytest.raises(
        CloudUnavailable, match=r"OpenAI did not answer after 6 attempts: server error \(502\)"
    ):
        engine_for(server, sleeps, max_retries=5).transcribe(SHORT, TranscribeOptions())
    assert len(server.requests) == 6
    assert len(sleeps) == 5 and all(0 <= s < min(30.0, 2.0**i) for i, s in enumerate(sleeps))


def test_cancel_midway_stops_quickly(server, sleeps):
    server.latency = 1.0
    audio = tones(120, spaced_tones(120))
    engine = engine_for(server, sleeps, piece_seconds=20, max_parallel=2)
    stop = threading.Event()
    threading.Timer(1.5, stop.set).start()  # while the second pair of pieces is in flight
    started = time.monotonic()
    with pytest.raises(Cancelled):
        engine.transcribe(audio, TranscribeOptions(), cancelled=stop.is_set)
    assert time.monotonic() - started < 2.0
    upload_threads_ended()  # requests in flight finish; none of the queued pieces is sent
    assert len(server.requests) <= 4


def test_error_in_one_piece_stops_the_others(server, sleeps):
    server.latency = 0.2
    server.fail_next(Fault.quota())
    audio = tones(120, spaced_tones(120))
    with pytest.raises(CloudRefused):
        engine_for(server, sleeps, piece_seconds=20, max_parallel=2).transcribe(audio, TranscribeOptions())
    upload_threads_ended()
    assert len(server.requests) <= 3


@pytest.mark.filterwarnings("ignore:deprecated:DeprecationWarning")  # the SDK marks translations deprecated
def test_translation_goes_to_the_translations_endpoint(server, sleeps):
    result = engine_for(server, sleeps).transcribe(
        SHORT, TranscribeOptions(language="de", task="translate", prompt="Meeting")
    )
    (request,) = server.requests
    assert request.path == "/v1/audio/translations"
    assert request.field("model") == "whisper-1" and request.field("response_format") == "verbose_json"
    assert request.field("prompt") == "Meeting"
    assert "language" not in request.fields and "timestamp_granularities[]" not in request.fields
    assert result.language == "en"
    assert [s.start for s in result.segments] == pytest.approx([2.0, 7.5], abs=0.05)
    assert all(s.words == () for s in result.segments)


@pytest.mark.parametrize("model", ["gpt-4o-transcribe", "gpt-4o-mini-transcribe"])
def test_gpt4o_models_get_json_and_one_segment_per_piece(server, sleeps, model):
    server.responder = lambda samples, fields: [(0.0, len(samples) / RATE, "some words")]
    audio = tones(40, [(5, 6), (30, 31)])
    result = engine_for(server, sleeps, model=model, piece_seconds=20).transcribe(audio, TranscribeOptions())
    assert len(server.requests) in (2, 3)
    for request in server.requests:
        assert request.path == "/v1/audio/transcriptions"
        assert request.field("model") == model and request.field("response_format") == "json"
        assert "timestamp_granularities[]" not in request.fields
    # text only: one segment spanning each piece, the pieces covering the audio without gaps
    assert len(result.segments) == len(server.requests)
    assert result.segments[0].start == 0.0 and result.segments[-1].end == pytest.approx(40.0)
    for before, after in zip(result.segments, result.segments[1:], strict=False):
        assert before.end == pytest.approx(after.start)
    assert all(s.text == "some words" and s.words == () for s in result.segments)
    assert result.language is None


def test_gpt4o_models_cannot_translate(server, sleeps):
    engine = engine_for(server, sleeps, model="gpt-4o-transcribe")
    with pytest.raises(EngineError, match="whisper-1"):
        engine.check(TranscribeOptions(task="translate"))
    with pytest.raises(EngineError):
        engine.transcribe(SHORT, TranscribeOptions(task="translate"))
    assert server.requests == []


def test_language_prompt_and_key_are_sent(server, sleeps):
    result = engine_for(server, sleeps).transcribe(
        SHORT, TranscribeOptions(language="de", prompt="Kubernetes, Grafana, Müller")
    )
    (request,) = server.requests
    assert request.auth == f"Bearer {KEY}"
    assert request.field("language") == "de"
    assert request.field("prompt") == "Kubernetes, Grafana, Müller"
    assert request.fields["timestamp_granularities[]"] == ["segment", "word"]
    assert request.file_name.endswith(".ogg") and request.file_type == "audio/ogg"
    assert result.language == "de"  # the API says "german"


def test_words_are_stitched_with_their_piece_offset(server, sleeps):
    server.responder = lambda samples, fields: [
        (a, b, "hello there world") for a, b in loud_stretches(samples)
    ]
    spans = [(4.0, 5.5), (14.0, 15.5), (24.0, 25.5)]
    result = engine_for(server, sleeps, piece_seconds=10).transcribe(tones(30, spans), TranscribeOptions())
    assert len(server.requests) >= 3
    assert flat((s.start, s.end) for s in result.segments) == pytest.approx(flat(spans), abs=0.05)
    for segment, (start, end) in zip(result.segments, spans, strict=True):
        assert [w.text for w in segment.words] == ["hello", "there", "world"]
        expected = [start, start + 0.5, start + 0.5, start + 1.0, start + 1.0, end]
        assert flat((w.start, w.end) for w in segment.words) == pytest.approx(expected, abs=0.05)


def test_unknown_model_and_missing_key_are_reported(server, sleeps):
    with pytest.raises(EngineError, match="not supported"):
        engine_for(server, sleeps, model="whisper-9").check(TranscribeOptions())
    with pytest.raises(EngineError, match="API key"):
        engine_for(server, sleeps, api_key="").check(TranscribeOptions())


def test_empty_audio_sends_nothing(server, sleeps):
    result = engine_for(server, sleeps).transcribe(np.zeros(0, dtype=np.float32), TranscribeOptions())
    assert result.segments == [] and server.requests == []


def test_base_url_comes_from_the_environment(server, sleeps, monkeypatch):
    monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
    engine = OpenAIEngine(KEY, sleep=sleeps.append, timeout=5.0)
    assert len(engine.transcribe(SHORT, TranscribeOptions()).segments) == 2
    assert len(server.requests) == 1


def test_language_names_map_to_codes():
    assert language_code("english") == "en"
    assert language_code("German") == "de"
    assert language_code("de") == "de"
    assert language_code("klingon") is None and language_code(None) is None


def test_invented_text_over_silence_is_dropped_with_its_words():
    answer = {
        "language": "english",
        "text": "hello thank you",
        "segments": [
            {"start": 0.5, "end": 1.5, "text": " hello", "avg_logprob": -0.2, "no_speech_prob": 0.01},
            {"start": 3.0, "end": 4.0, "text": " thank you", "avg_logprob": -1.4, "no_speech_prob": 0.9},
        ],
        "words": [
            {"word": "hello", "start": 0.6, "end": 1.4},
            {"word": "thank", "start": 3.0, "end": 3.5},
            {"word": "you", "start": 3.5, "end": 4.0},
        ],
    }
    segments, language = parse_answer(answer, offset=60.0, seconds=10.0)
    assert language == "en"
    assert [(s.start, s.end, s.text) for s in segments] == [(60.5, 61.5, "hello")]
    assert [w.text for w in segments[0].words] == ["hello"]


@pytest.mark.filterwarnings("ignore:deprecated:DeprecationWarning")  # the SDK marks translations deprecated
@pytest.mark.parametrize(
    ("model", "task"),
    [("whisper-1", "transcribe"), ("whisper-1", "translate"), ("gpt-4o-transcribe", "transcribe"),
     ("gpt-4o-mini-transcribe", "transcribe")],
)  # fmt: skip
def test_vocabulary_is_sent_as_the_prompt_of_every_piece(server, sleeps, model, task):
    audio = tones(40, [(5, 6), (18, 19), (30, 31)])
    options = TranscribeOptions(task=task, prompt="Mayors met.", vocabulary=("Gqeberha", "Mbombela"))
    engine_for(server, sleeps, model=model, piece_seconds=12).transcribe(audio, options)
    assert len(server.answered) >= 3
    assert [r.field("prompt") for r in server.answered] == ["Mayors met. Gqeberha, Mbombela."] * len(
        server.answered
    )


def test_no_prompt_is_sent_without_vocabulary_or_prompt(server, sleeps):
    engine_for(server, sleeps).transcribe(SHORT, TranscribeOptions(vocabulary=()))
    (request,) = server.requests
    assert "prompt" not in request.fields


# -- an unreachable or flaky cloud: how long before giving up (real sleeps, real sockets) ------------------


def closed_port() -> int:
    """A local TCP port nothing listens on (connections to it are refused at once)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_a_refused_connection_gets_one_quick_retry():
    engine = OpenAIEngine(KEY, base_url=f"http://127.0.0.1:{closed_port()}/v1", timeout=5.0)
    started = time.monotonic()
    with pytest.raises(CloudUnavailable, match=r"after 2 attempts: the connection was refused"):
        engine.transcribe(SHORT, TranscribeOptions())
    assert time.monotonic() - started < 5.0  # one retry within half a second, not ~26 s of backoff


def test_a_name_that_does_not_resolve_gets_one_quick_retry(sleeps):
    engine = OpenAIEngine(KEY, base_url="http://no-such-host.invalid/v1", timeout=5.0, sleep=sleeps.append)
    with pytest.raises(CloudUnavailable, match=r"after 2 attempts: the server's name could not be resolved"):
        engine.transcribe(SHORT, TranscribeOptions())
    assert len(sleeps) == 1 and sleeps[0] <= 0.5


def test_a_server_that_drops_every_connection_gets_a_few_short_retries(server):
    server.fail_next(*[Fault.drop()] * 10)  # accepts, reads the request, hangs up: again and again
    engine = OpenAIEngine(KEY, base_url=server.base_url, timeout=5.0)
    started = time.monotonic()
    with pytest.raises(CloudUnavailable, match=r"after 4 attempts: the connection failed or was dropped"):
        engine.transcribe(SHORT, TranscribeOptions())
    assert time.monotonic() - started < 10.0  # waits of at most 0.5 + 1 + 2 s
    assert [r.status for r in server.requests] == [None] * 4


def test_timeouts_get_two_retries(server, sleeps):
    server.fail_next(*[Fault.delay(3.0)] * 5)
    with pytest.raises(CloudUnavailable, match=r"after 3 attempts: the request timed out"):
        engine_for(server, sleeps, timeout=0.4).transcribe(SHORT, TranscribeOptions())
    assert len(server.requests) == 3 and len(sleeps) == 2 and all(s < 4.0 for s in sleeps)


# -- hostile keys and providers that echo them --------------------------------------------------------------


def test_a_key_with_invisible_characters_is_cleaned_before_it_is_sent(server, sleeps):
    engine = engine_for(server, sleeps, api_key=f"\ufeff{KEY}\u200b\n")
    assert len(engine.transcribe(SHORT, TranscribeOptions()).segments) == 2
    assert [r.auth for r in server.requests] == [f"Bearer {KEY}"]


def test_a_key_with_a_non_ascii_letter_is_refused_before_anything_is_sent(server, sleeps):
    hostile = KEY[:10] + "é" + KEY[10:]
    with pytest.raises(EngineError, match="not plain ASCII") as raised:
        engine_for(server, sleeps, api_key=hostile).transcribe(SHORT, TranscribeOptions())
    assert server.requests == [] and KEY[:10] not in str(raised.value) and "sk-" not in str(raised.value)


@pytest.mark.parametrize("masked", [False, True])
@pytest.mark.parametrize("prefix", ["sk-proj-", "gsk_"])
def test_a_provider_echoing_the_key_never_gets_it_into_the_message(sleeps, prefix: str, masked: bool):
    key = f"{prefix}{uuid.uuid4().hex}"
    with FakeOpenAI(api_key=key) as echoing:
        echoing.fail_next(Fault.echo(401, masked=masked))
        with pytest.raises(CloudRefused, match=r"OpenAI refused the API key \(401\)") as raised:
            engine_for(echoing, sleeps, api_key=key).transcribe(SHORT, TranscribeOptions())
    message = str(raised.value)
    assert "[redacted]" in message and key[8:-4] not in message and key[-4:] not in message, message
    assert key[:8] not in message


# -- the real CLI: a cloud that cannot be reached falls back quickly, with one warning ----------------------


def _cli(data: Path, base_url: str, *args: str) -> tuple[subprocess.CompletedProcess[str], float]:
    """Run the real `iam-desktop ARGS` on the data folder `data` with the OpenAI key and base URL set; the
    process and its wall-clock seconds."""
    script = Path(sys.executable).parent / "iam-desktop"
    command = [str(script)] if script.is_file() else [sys.executable, "-m", "iam_desktop"]
    env = {**os.environ, "IAM_DATA_DIR": str(data), "OPENAI_API_KEY": KEY, "OPENAI_BASE_URL": base_url}
    started = time.monotonic()
    proc = subprocess.run([*command, *args], capture_output=True, text=True, encoding="utf-8", env=env,
                          timeout=300, check=False)
    return proc, time.monotonic() - started


@pytest.fixture(params=["closed port", "drops every connection"])
def unreachable(request):
    """The base URL of a cloud that cannot be reached: nothing listening, or a server that accepts every
    connection and drops it."""
    if request.param == "closed port":
        yield f"http://127.0.0.1:{closed_port()}/v1"
        return
    with FakeOpenAI(api_key=KEY) as dropping:
        dropping.fail_next(*[Fault.drop()] * 50)
        yield dropping.base_url


def test_cli_gives_up_on_an_unreachable_cloud_within_seconds(tmp_path: Path, speech_wav: Path, unreachable):
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text(json.dumps({"fallback_to_local": False}), encoding="utf-8")
    proc, _ = _cli(data, unreachable, "transcribe", "--engine", "openai", str(speech_wav))
    assert proc.returncode == 1, proc.stderr
    assert "OpenAI did not answer after" in proc.stderr and "Traceback" not in proc.stderr
    # the job's own clock (import, decoding, every attempt and wait), free of the start-up of a CLI
    # process on a busy machine: was ~26 s, five retries with exponential backoff
    with sqlite3.connect(data / "library.sqlite3") as db:
        started, finished = db.execute("SELECT started_at, finished_at FROM jobs").fetchone()
    seconds = (datetime.fromisoformat(finished) - datetime.fromisoformat(started)).total_seconds()
    assert seconds < 10.0, (seconds, proc.stderr)


def test_cli_falls_back_to_the_local_model_with_exactly_one_warning(
    tmp_path: Path, speech_wav: Path, unreachable
):
    proc, _ = _cli(tmp_path / "data", unreachable, "transcribe", "--engine", "openai", str(speech_wav))
    assert proc.returncode == 0, proc.stderr
    warnings_ = [line for line in proc.stderr.splitlines() if "warning" in line.lower()]
    assert len(warnings_) == 1, proc.stderr
    assert warnings_[0].startswith(f"warning: {speech_wav}: the cloud could not be reached (OpenAI did not")
    assert warnings_[0].endswith("transcribed with the local model instead")
    assert proc.stdout.strip().endswith(str(speech_wav))
