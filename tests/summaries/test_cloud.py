"""Cloud summaries against a local server speaking the chat-completions wire format over real HTTP:
streaming, prompts, parts and their combination, chapters, retries, refusals, cancelling, the cost."""

from __future__ import annotations

import logging
import socket
import threading
import time

import pytest
from fakes.chat_server import FakeChat, StreamCut
from fakes.openai_server import Fault
from summary_transcripts import meeting_lines, three_topics, timed

from iam_desktop.errors import Cancelled, CloudRefused, CloudUnavailable
from iam_desktop.summaries import cloud, prompts
from iam_desktop.summaries.cloud import (
    chunk_transcript,
    cloud_summary,
    estimate_summary_cost,
    estimate_tokens,
    split_segment,
)
from iam_desktop.summaries.model import ACTION_ITEMS, CHAPTERS, CLOUD, KEY_POINTS, PRESETS, SUMMARY, Chapter
from iam_desktop.summaries.prompts import format_line, parse_chapters
from iam_desktop.transcript import Segment, Word

KEY = "sk-test-summaries-0123456789abcdef"


@pytest.fixture
def server():
    with FakeChat(api_key=KEY) as fake:
        yield fake


def meeting() -> list[Segment]:
    """The product meeting (Pieter, Lerato, Thandi), about a minute and a half."""
    return timed(meeting_lines())


def summarise(server: FakeChat, segments: list[Segment], preset: str = SUMMARY, **kw):
    kw.setdefault("timeout", 5.0)
    return cloud_summary(segments, preset, api_key=kw.pop("api_key", KEY), base_url=server.base_url, **kw)


# -- one request ----------------------------------------------------------------------------------


def test_a_short_transcript_streams_in_one_request(server):
    deltas: list[str] = []
    summary = summarise(server, meeting(), on_text=deltas.append, instruction="  Mention the budget.  ")
    (request,) = server.requests
    assert request.path == "/v1/chat/completions" and request.auth == f"Bearer {KEY}"
    assert request.stream and request.body["model"] == "gpt-4o-mini"
    assert len(deltas) >= 3 and summary.text == "".join(deltas) == request.answer
    assert summary.engine == CLOUD and summary.model == "gpt-4o-mini" and summary.preset == SUMMARY
    assert summary.instruction == "Mention the budget." and not summary.offline
    # the transcript, timestamped, with its speakers; the instruction after the preset's task
    assert "[0:00] Pieter: Good morning everyone, let's start the product meeting." in request.user
    assert f"{prompts.moment(meeting()[5].start)} Thandi: Most of it went on video adverts" in request.user
    assert sum(line.startswith("[") for line in request.user.splitlines()) == len(meeting())
    assert "summary of the recording" in request.system and "speaker" in request.system
    assert request.system.rstrip().endswith("Mention the budget.")
    # moments in the answer are kept as clickable moments
    assert summary.chapters and summary.chapters[0] == Chapter(0.0, "Good morning everyone, let's")


def test_the_prompt_follows_the_preset_language_and_long_recordings(server):
    late = [Segment(3725.0, 3730.0, "We meet again next Thursday at ten.", speaker=None)]
    summarise(server, late, ACTION_ITEMS, language="de", model="gpt-4.1-mini")
    request = server.requests[-1]
    assert request.body["model"] == "gpt-4.1-mini"
    assert "[1:02:05] We meet again next Thursday at ten." in request.user  # h:mm:ss from an hour
    assert "action items" in request.system and "Owner" in request.system and "German" in request.system
    assert "speakers are not known" in request.system
    systems = {p: prompts.system_prompt(p) for p in PRESETS}
    assert len(set(systems.values())) == len(PRESETS)
    assert "'[m:ss] Title'" in systems[CHAPTERS] and "key points" in systems[KEY_POINTS]


def test_the_key_and_the_base_url_from_the_environment(server, monkeypatch):
    monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
    summary = cloud_summary(meeting()[:3], SUMMARY, api_key=f"  {KEY}\u200b ", timeout=5.0)
    assert summary.text and [r.auth for r in server.requests] == [f"Bearer {KEY}"]  # the key cleaned


# -- parts, then combined -------------------------------------------------------------------------


def test_a_long_transcript_is_summarised_in_parts_then_combined(server):
    segments, _changes = three_topics()
    assert len({s.text for s in segments}) == len(segments)
    deltas: list[str] = []
    progress: list[tuple[int, int]] = []
    summary = summarise(
        server, segments, on_text=deltas.append, context_tokens=1200,
        on_progress=lambda done, total: progress.append((done, total)),
    )  # fmt: skip
    *parts, combine = server.requests
    assert len(parts) >= 3 and all(r.status == 200 and r.stream for r in server.requests)
    n = len(parts)
    assert progress == [(i, n) for i in range(n + 1)]
    # every segment's line was sent in exactly one part, the parts in the transcript's order
    sent = [r.user.splitlines() for r in parts]
    for segment in segments:
        assert sum(format_line(segment) in lines for lines in sent) == 1, segment
    order = [line for lines in sent for line in lines if line in {format_line(s) for s in segments}]
    assert order == [format_line(s) for s in segments]
    for number, request in enumerate(parts, 1):
        assert f"part {number} of {n}" in request.system and f"part {number} of {n}" in request.user
    # the combining step holds every part's notes; only its answer reached on_text
    for number, request in enumerate(parts, 1):
        assert f"Notes on part {number} of {n}:\n{request.answer}" in combine.user
    assert "summary of the recording" in combine.system and "notes on consecutive parts" in combine.system
    assert summary.text == "".join(deltas) == combine.answer
    assert all(r.answer not in summary.text for r in parts)


def test_notes_too_long_for_one_request_are_merged_first(server):
    def responder(messages, body):
        system = messages[0]["content"]
        if "Merge them into one set" in system:
            return f"- [0:00] merged {len(body['messages'][1]['content'])}"
        if "this is part" in system:  # long notes: together too long for the combining request
            return "\n".join(
                f"- [0:{i:02d}] a long note on what was said here, number {i}" for i in range(10)
            )
        return "- [0:00] The final summary."

    server.responder = responder
    segments, _changes = three_topics()
    summary = summarise(server, segments, context_tokens=1200)
    parts = [r for r in server.requests if "this is part" in r.system]
    merges = [r for r in server.requests if "Merge them into one set" in r.system]
    final = server.requests[-1]
    assert len(parts) >= 3 and 1 <= len(merges) < len(parts) and summary.text == final.answer
    assert server.requests == [*parts, *merges, final]
    merged_notes = "\n".join(r.user for r in merges) + final.user
    assert all(r.answer in merged_notes for r in parts)  # every part's notes went into a merge (or as is)
    assert all(r.answer in final.user for r in merges)


def test_an_empty_answer_is_refused(server):
    server.responder = lambda messages, body: "  "
    with pytest.raises(CloudRefused, match="no text"):
        summarise(server, meeting())


def test_chunks_follow_segment_boundaries_and_are_balanced():
    segments, _changes = three_topics()
    sizes = [estimate_tokens(format_line(s)) + 1 for s in segments]
    chunks = chunk_transcript(segments, 300)
    assert [s for chunk in chunks for s in chunk] == segments
    totals = [sum(sizes[segments.index(s)] for s in chunk) for chunk in chunks]
    fewest, filled = 1, 0  # parts filled as far as they go
    for size in sizes:
        fewest, filled = (fewest + 1, size) if filled + size > 300 else (fewest, filled + size)
    assert max(totals) <= 300 and len(chunks) == fewest == 6
    assert max(totals) - min(totals) < max(sizes)  # balanced: no scrap of a last part
    assert chunk_transcript(segments, 10**6) == [segments]
    assert chunk_transcript([Segment(0, 1, "  ")], 100) == []
    with pytest.raises(ValueError):
        chunk_transcript(segments, 0)


def test_a_giant_segment_is_cut_at_words():
    text = " ".join(f"word{i}" for i in range(400))
    words = tuple(Word(10 + i * 0.5, 10 + i * 0.5 + 0.4, f"word{i}") for i in range(400))
    giant = Segment(10.0, 210.0, text, words, "Anna")
    small = Segment(211.0, 212.0, "A short one.", speaker="Ben")
    chunks = chunk_transcript([giant, small], 120)
    pieces = [s for chunk in chunks for s in chunk if s.speaker == "Anna"]
    assert len(pieces) > 3 and " ".join(p.text for p in pieces) == text
    assert all(estimate_tokens(format_line(p)) + 1 <= 120 for p in pieces)
    assert all(p.words and p.start == p.words[0].start and p.end == p.words[-1].end for p in pieces)
    assert pieces[0].start == 10.0 and pieces[-1].end == words[-1].end
    assert chunks[-1][-1] == small
    # without word timings the times are shared out by length; a script without spaces is cut too
    untimed = split_segment(Segment(0.0, 100.0, text), 120)
    assert untimed[0].start == 0.0 and untimed[-1].end == 100.0
    assert all(a.end <= b.start + 1e-6 for a, b in zip(untimed, untimed[1:], strict=False))
    cjk = split_segment(Segment(0.0, 60.0, "会议" * 300), 100)
    assert len(cjk) > 5 and "".join(p.text for p in cjk) == "会议" * 300


def test_the_server_s_context_limit_makes_the_parts_smaller(server):
    server.context_window = 900  # tokens: the transcript does not fit a model the module does not know
    segments, _changes = three_topics()
    summary = summarise(server, segments, model="local-llama", context_tokens=4000)
    refused = [r for r in server.requests if r.status == 400]
    answered = [r for r in server.requests if r.status == 200]
    assert refused and answered and server.requests[-1] is answered[-1]
    assert max(len(r.user) for r in answered) < min(len(r.user) for r in refused)  # smaller parts
    assert summary.text == answered[-1].answer
    server.context_window = 50  # nothing fits
    with pytest.raises(CloudRefused, match="does not fit the context"):
        summarise(server, segments, model="local-llama", context_tokens=4000)


# -- chapters -------------------------------------------------------------------------------------


def test_chapters_are_parsed_clamped_sorted_and_deduplicated(server):
    segments = meeting()  # ends at about 1:36
    end = segments[-1].end
    server.responder = lambda messages, body: (
        "Here are the chapters:\n[0:40] Marketing budget\n**[0:00]** Opening\n(1:10) Support tickets\n"
        "[0:40] Duplicate\n- [5:00] Beyond the end\n12:30 not a chapter line? yes it is\n[1:75] Not a time"
    )
    summary = summarise(server, segments, CHAPTERS)
    assert "'[m:ss] Title'" in server.requests[0].system
    assert summary.chapters == (
        Chapter(0.0, "Opening"), Chapter(40.0, "Marketing budget"), Chapter(70.0, "Support tickets"),
        Chapter(end, "Beyond the end"),
    )  # fmt: skip
    assert summary.text.startswith("Here are the chapters:")  # the text as streamed


def test_the_chapter_parser_is_tolerant():
    text = (
        "1. **[0:00]** Welcome\n[1:02:03] — Late topic\n(12:30) Budget\n12:40 – Bare time\n"
        '- [3:05–7:10] A range\n* [4:00]: "Quoted"\n[5:00]\nno time here\n[12:75] bad\n[0:00] Again'
    )
    assert parse_chapters(text) == (
        Chapter(0.0, "Welcome"), Chapter(185.0, "A range"), Chapter(240.0, "Quoted"), Chapter(300.0, "5:00"),
        Chapter(750.0, "Budget"), Chapter(760.0, "Bare time"), Chapter(3723.0, "Late topic"),
    )  # fmt: skip
    assert parse_chapters(text, duration=800.0)[-1] == Chapter(800.0, "Late topic")
    assert parse_chapters("") == ()


# -- failures -------------------------------------------------------------------------------------


def test_429_is_retried_after_the_wait_the_server_asks(server):
    server.fail_next(Fault.status(429, headers={"Retry-After": "0.6"}))
    deltas: list[str] = []
    summary = summarise(server, meeting(), on_text=deltas.append)
    first, second = server.requests
    assert first.status == 429 and second.status == 200 and summary.text == second.answer == "".join(deltas)
    assert second.started - (first.ended or 0) >= 0.5


def test_a_long_retry_after_is_capped(server, monkeypatch):
    monkeypatch.setattr(cloud, "MAX_RETRY_AFTER", 0.3)
    server.fail_next(Fault.status(429, headers={"Retry-After": "3600"}))
    started = time.monotonic()
    summarise(server, meeting())
    assert time.monotonic() - started < 2.0 and [r.status for r in server.requests] == [429, 200]


def test_500_is_retried(server):
    server.fail_next(Fault.status(503))
    summary = summarise(server, meeting())
    assert [r.status for r in server.requests] == [503, 200] and summary.text == server.requests[-1].answer


def test_a_stream_dropped_midway_starts_over(server):
    server.fail_next(StreamCut(after=3))
    shown: list[str] = []
    restarts: list[int] = []

    def on_restart() -> None:
        restarts.append(len(shown))
        shown.clear()

    summary = summarise(server, meeting(), on_text=shown.append, on_restart=on_restart)
    cut, whole = server.requests
    assert cut.chunks_sent == 3 and whole.status == 200
    assert restarts == [3]  # three deltas were shown, then dropped
    assert summary.text == "".join(shown) == whole.answer  # not duplicated


def test_a_timeout_is_retried(server):
    server.fail_next(Fault.delay(1.0))
    summary = summarise(server, meeting(), timeout=0.3)
    assert len(server.requests) == 2 and summary.text == server.requests[-1].answer


def test_a_wrong_key_is_refused_in_plain_words_without_the_key(server, caplog):
    caplog.set_level(logging.DEBUG)
    wrong = "sk-wrong-key-9876543210fedcba"
    with pytest.raises(CloudRefused) as refused:
        summarise(server, meeting(), api_key=wrong)
    assert "refused the API key (401)" in str(refused.value) and "check the key" in str(refused.value)
    assert len(server.requests) == 1  # not retried
    server.fail_next(Fault.echo(401))  # a server that repeats the key it got
    with pytest.raises(CloudRefused) as echoed:
        summarise(server, meeting())
    for secret in (wrong, KEY):
        assert secret not in str(refused.value) + str(echoed.value)
        assert secret[:12] not in caplog.text and secret[-8:] not in caplog.text
    assert "summary request refused" in caplog.text


def test_no_key_is_refused_before_anything_is_sent(server):
    for key in ("", "   ", "sk-bad\x07key-0123456789"):
        with pytest.raises(CloudRefused):
            summarise(server, meeting(), api_key=key)
    assert server.requests == []


def test_an_exhausted_quota_is_refused_at_once(server):
    server.fail_next(Fault.quota())
    with pytest.raises(CloudRefused, match="quota"):
        summarise(server, meeting())
    assert len(server.requests) == 1


def test_an_unknown_model_is_refused(server):
    server.fail_next(Fault.status(404, message="The model `gpt-9` does not exist."))
    with pytest.raises(CloudRefused, match="404"):
        summarise(server, meeting(), model="gpt-9")


def test_an_unreachable_server_is_unavailable_quickly():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed again: nothing listens there
    started = time.monotonic()
    with pytest.raises(CloudUnavailable, match="could not be reached"):
        cloud_summary(meeting(), SUMMARY, api_key=KEY, base_url=f"http://127.0.0.1:{port}/v1", timeout=2.0)
    assert time.monotonic() - started < 2.0


def test_cancel_during_the_stream_hangs_up_at_once(server):
    server.chunk_delay = 3.0
    deltas: list[str] = []
    stop = threading.Event()

    def on_text(delta: str) -> None:
        deltas.append(delta)
        stop.set()

    started = time.monotonic()
    with pytest.raises(Cancelled):
        summarise(server, meeting(), on_text=on_text, cancelled=stop.is_set)
    assert time.monotonic() - started < 1.0 and len(deltas) == 1
    (request,) = server.requests
    assert server.wait_until(lambda: request.ended is not None, timeout=1.0)
    assert request.hung_up and request.chunks_sent == 1  # the server saw the connection closed


def test_cancel_while_waiting_for_the_answer_and_between_parts(server):
    server.latency = 3.0
    started = time.monotonic()
    with pytest.raises(Cancelled):
        summarise(server, meeting(), cancelled=lambda: time.monotonic() - started > 0.2)
    assert time.monotonic() - started < 1.0
    server.latency = 0.0
    segments, _changes = three_topics()
    calls = len(server.requests)
    progress: list[int] = []
    with pytest.raises(Cancelled):
        summarise(server, segments, context_tokens=1200, cancelled=lambda: len(progress) > 1,
                  on_progress=lambda done, total: progress.append(done))  # fmt: skip
    assert len(server.requests) - calls == 1  # the first part was sent, then nothing more


# -- the cost -------------------------------------------------------------------------------------


def test_the_cost_grows_with_the_length_and_the_model_s_price():
    segments, _changes = three_topics()
    short = estimate_summary_cost(segments[:10], SUMMARY, "gpt-4o-mini")
    whole = estimate_summary_cost(segments, SUMMARY, "gpt-4o-mini")
    assert 0 < short < whole < 0.01
    assert estimate_summary_cost(segments, SUMMARY, "gpt-4o") > whole * 10
    assert estimate_summary_cost(segments, SUMMARY, "gpt-4o-mini-2024-07-18") == whole  # a dated snapshot
    nano = estimate_summary_cost(segments, SUMMARY, "gpt-4.1-nano")
    assert nano < whole < estimate_summary_cost(segments, SUMMARY, "gpt-4.1-mini")
    # an unknown model: the default (dear) price, and parts for its small default context
    unknown = estimate_summary_cost(segments * 8, SUMMARY, "my-local-model")
    assert unknown > estimate_summary_cost(segments * 8, SUMMARY, "gpt-4o")
    in_parts = estimate_summary_cost(segments, SUMMARY, "gpt-4o-mini", context_tokens=1200)
    assert in_parts > whole  # every part's prompt and the combining step
    assert estimate_summary_cost([], SUMMARY, "gpt-4o-mini") == 0.0
    with pytest.raises(ValueError):
        estimate_summary_cost(segments, "poem", "gpt-4o-mini")
