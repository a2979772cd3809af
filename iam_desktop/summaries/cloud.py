"""Summaries in the cloud: OpenAI's chat completions (or any OpenAI-compatible server), streamed as they
are written.

One request when the transcript fits the model's context (`CONTEXT_TOKENS`, a conservative default for
models not listed, or the caller's `context_tokens`), else map-reduce: the transcript is cut into parts
that follow segment boundaries (`chunk_transcript`), each part gets its own request for notes that keep
the moments ("[m:ss]"), and a last request combines the notes into the preset's answer. Only that last
request (or the single one) is streamed to `on_text`; while the parts are summarised `on_progress(done,
total)` says how far it is ("Summarising part 2 of 5…"). Parts go one after the other: a long recording
costs a few more seconds, and a busy account is not hit by a burst.

Tokens are counted roughly, without the model's tokenizer (`estimate_tokens`): the larger of characters/4
and words×1.3, plus one token per CJK character (those scripts take about one token a character). It errs
on the high side for English, so a part never comes near the real limit; should a server still answer
that the context is exceeded (a model this module does not know, on an OpenAI-compatible server), the
work starts again with the size the server names, or half the size.

Every request is streamed (`stream=True`) and read by a thread of its own, so that the caller's thread
stays free to check `cancelled` every few hundredths of a second, while waiting for the answer's first
byte as much as between chunks: a cancel hangs up the connection (the server sees the socket closed) and
raises Cancelled at once. The deltas are handed to `on_text` on the caller's thread.

Failures are treated like the transcription engine's (engines.openai_http, retry.call_with_retries): 429
and 5xx retried honouring Retry-After (capped at `MAX_RETRY_AFTER`: someone is waiting in front of the
window), dropped connections and timeouts a few short retries, a name that does not resolve or a refused
connection one quick retry then CloudUnavailable; 401/403 (a wrong key), insufficient_quota and other
refusals are not retried: CloudRefused in plain words, never holding the key. A stream that breaks off
midway (or ends without a finish reason, which OpenAI always sends) is a dropped connection: the request
is made again, and `on_restart()` tells the caller to drop the text it has shown so far; the final text is
only the last attempt's (a caller without `on_restart` would see the first attempt's text repeated). An
answer without any text (a refusal, a content filter) is CloudRefused rather than an empty summary.
"""

from __future__ import annotations

import logging
import math
import os
import queue
import re
import socket
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any, cast

import openai

from iam_desktop.engines.openai_http import (
    is_retryable,
    is_unreachable,
    reason,
    redact_message,
    refusal,
    retry_after,
    retry_policy,
)
from iam_desktop.engines.retry import RetriesExhausted, call_with_retries
from iam_desktop.errors import Cancelled, CloudRefused, CloudUnavailable
from iam_desktop.redaction import remember_secret
from iam_desktop.secrets import InvalidSecret, clean_key
from iam_desktop.summaries import prompts
from iam_desktop.summaries.model import CLOUD, PRESETS, Summary
from iam_desktop.transcript import Segment, Word

log = logging.getLogger(__name__)

DEFAULT_MODEL = "gpt-4o-mini"

#: the context window of common models (tokens, prompt and answer together), from OpenAI's model pages
#: as collected by pydantic/genai-prices (prices/providers/openai.yml); a dated snapshot
#: ("gpt-4o-mini-2024-07-18") takes its family's size
CONTEXT_TOKENS: dict[str, int] = {
    "gpt-4o-mini": 128_000,
    "gpt-4o": 128_000,
    "gpt-4.1": 1_047_576,
    "gpt-4.1-mini": 1_047_576,
    "gpt-4.1-nano": 1_047_576,
    "gpt-5": 400_000,
    "gpt-5-mini": 400_000,
    "gpt-5-nano": 400_000,
    "o3": 200_000,
    "o3-mini": 200_000,
    "o4-mini": 200_000,
    "gpt-4-turbo": 128_000,
    "gpt-3.5-turbo": 16_385,
}
#: the context assumed for a model not listed (an OpenAI-compatible server's own model, say): small
#: enough for the usual 8k local models; `context_tokens` overrides it
DEFAULT_CONTEXT_TOKENS = 8_192
#: even a model with a far larger context gets at most this many tokens of transcript per request
#: (answers over very long inputs lose detail, and a part's notes keep the moments anyway)
MAX_REQUEST_TOKENS = 100_000
#: room kept in the context for the answer (at most a quarter of the context)
ANSWER_RESERVE_TOKENS = 4_096
#: the user message's wrapping and the per-message overhead of the chat format
_MESSAGE_OVERHEAD = 60
#: a part is never planned smaller than this (a context too small for anything still gets a try)
_MIN_PART_TOKENS = 40

#: USD per million tokens (input, output), standard tier, from OpenAI's pricing page as collected by
#: pydantic/genai-prices (prices/providers/openai.yml: gpt-4o/4.1/o-series prices checked 2025-07-04
#: (o3 since its price cut of 2025-06-10), gpt-5 family 2025-11-13). OpenAI's own page was not among the
#: reference copies available here; prices change, so this is an estimate only.
PRICE_PER_MILLION_TOKENS: dict[str, tuple[float, float]] = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "gpt-4.1": (2.00, 8.00),
    "gpt-4.1-mini": (0.40, 1.60),
    "gpt-4.1-nano": (0.10, 0.40),
    "gpt-5": (1.25, 10.00),
    "gpt-5-mini": (0.25, 2.00),
    "gpt-5-nano": (0.05, 0.40),
    "o3": (2.00, 8.00),
    "o3-mini": (1.10, 4.40),
    "o4-mini": (1.10, 4.40),
}
#: the price assumed for a model not listed: gpt-4o's, dearer than every current small model, so that an
#: estimate for an unknown model errs on the high side
DEFAULT_PRICE_PER_MILLION_TOKENS = (2.50, 10.00)
#: the answer's length assumed by the estimate: a share of the request's input, within bounds (tokens)
_ANSWER_SHARE, _ANSWER_MIN, _ANSWER_MAX = 0.15, 300, 1_500

#: retries of a busy server (429, 5xx) per request, and the longest wait a Retry-After gets (seconds)
MAX_RETRIES = 4
MAX_RETRY_AFTER = 30.0
#: seconds a request may wait for the connection, or between two bytes of the answer
DEFAULT_TIMEOUT = 60.0
#: how often the caller's `cancelled` is asked while an answer is awaited (seconds)
POLL_SECONDS = 0.05
#: how often the work starts again with smaller parts after the server said the context was exceeded
_CONTEXT_RETRIES = 3
#: rounds of merging notes that are too long for the combining request
_MAX_MERGE_ROUNDS = 4

TextCallback = Callable[[str], None]
ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]

_WIDE = re.compile(r"[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")
_MAX_CONTEXT = re.compile(r"maximum context length is (\d+)", re.IGNORECASE)


# -- tokens and parts ------------------------------------------------------------------------------


def _tokens(chars: int, words: int, wide: int) -> int:
    return math.ceil(max((chars - wide) / 4.0, words * 1.3) + wide)


def estimate_tokens(text: str) -> int:
    """A rough token count of `text` (no tokenizer): the larger of characters/4 and words×1.3, plus one
    per CJK character. High rather than low for English (a real count is about words×1.3)."""
    return _tokens(len(text), len(text.split()), len(_WIDE.findall(text)))


def _line_tokens(segment: Segment) -> int:
    return estimate_tokens(prompts.format_line(segment)) + 1  # the line break


def _split_text(text: str, room: int) -> list[str]:
    """`text` cut at spaces into pieces of at most `room` tokens each (a word longer than that is cut
    inside, between characters)."""
    pieces: list[str] = []
    words: list[str] = []
    chars = wide = 0
    for word in text.split():
        word_wide = len(_WIDE.findall(word))
        if _tokens(len(word), 1, word_wide) > room:  # a giant "word" (a script without spaces): cut it
            if words:
                pieces.append(" ".join(words))
                words, chars, wide = [], 0, 0
            current: list[str] = []
            current_wide = 0
            for ch in word:
                ch_wide = 1 if _WIDE.match(ch) else 0
                if current and _tokens(len(current) + 1, 1, current_wide + ch_wide) > room:
                    pieces.append("".join(current))
                    current, current_wide = [], 0
                current.append(ch)
                current_wide += ch_wide
            if current:
                pieces.append("".join(current))
            continue
        extra = len(word) + (1 if words else 0)
        if words and _tokens(chars + extra, len(words) + 1, wide + word_wide) > room:
            pieces.append(" ".join(words))
            words, chars, wide, extra = [], 0, 0, len(word)
        words.append(word)
        chars, wide = chars + extra, wide + word_wide
    if words:
        pieces.append(" ".join(words))
    return pieces


def split_segment(segment: Segment, max_tokens: int) -> list[Segment]:
    """A segment whose line is longer than `max_tokens` cut at words into segments that fit, in order;
    their times from the words' own when the segment has them one for one, else shared out by length."""
    prefix = _line_tokens(replace(segment, text="", words=()))
    pieces = _split_text(segment.text, max(1, max_tokens - prefix))
    if len(pieces) <= 1:
        return [segment]
    words = segment.text.split()
    timed = len(segment.words) == len(words) and all(
        w.text.strip() == t for w, t in zip(segment.words, words, strict=True)
    )
    total = sum(len(p) for p in pieces) or 1
    span = max(0.0, segment.end - segment.start)
    out: list[Segment] = []
    done_chars = done_words = 0
    for piece in pieces:
        count = len(piece.split())
        start = segment.start + span * done_chars / total
        end = segment.start + span * (done_chars + len(piece)) / total
        piece_words: tuple[Word, ...] = ()
        if timed and count and piece == " ".join(words[done_words : done_words + count]):
            piece_words = segment.words[done_words : done_words + count]
            start, end = piece_words[0].start, piece_words[-1].end
            done_words += count
        else:
            timed = False
        out.append(Segment(round(start, 3), round(end, 3), piece, piece_words, segment.speaker))
        done_chars += len(piece)
    return out


def chunk_transcript(segments: Sequence[Segment], max_tokens: int) -> list[list[Segment]]:
    """The transcript cut into parts of at most `max_tokens` tokens of prompt lines each (counted with
    `estimate_tokens` on the lines as sent: "[m:ss] Speaker: text"), in order. Parts follow segment
    boundaries: a segment is never split, except one that alone is longer than `max_tokens`, which is cut
    at words (`split_segment`). There are as few parts as `max_tokens` allows, and they are balanced: the
    largest is as small as it can be (rather than full parts and a scrap at the end). Segments without
    text are left out; no text gives no parts."""
    if max_tokens < 1:
        raise ValueError("max_tokens must be at least 1")
    lines: list[tuple[Segment, int]] = []
    for segment in segments:
        if not segment.text.strip():
            continue
        size = _line_tokens(segment)
        if size <= max_tokens:
            lines.append((segment, size))
        else:
            lines.extend((piece, _line_tokens(piece)) for piece in split_segment(segment, max_tokens))
    if not lines:
        return []
    sizes = [size for _, size in lines]
    count = len(_pack(sizes, max_tokens))  # the fewest parts there can be
    low, high = max(sizes), max_tokens  # the smallest capacity that still needs no more parts: balanced
    while low < high:
        middle = (low + high) // 2
        if len(_pack(sizes, middle)) <= count:
            high = middle
        else:
            low = middle + 1
    return [[lines[i][0] for i in part] for part in _pack(sizes, low)]


def _pack(sizes: list[int], capacity: int) -> list[list[int]]:
    """Indexes of `sizes` in order, packed greedily into parts of at most `capacity` (fewest parts)."""
    parts: list[list[int]] = [[]]
    filled = 0
    for index, size in enumerate(sizes):
        if parts[-1] and filled + size > capacity:
            parts.append([])
            filled = 0
        parts[-1].append(index)
        filled += size
    return parts


# -- models: context and price ---------------------------------------------------------------------


def _lookup(table: dict[str, Any], model: str) -> Any:
    """The entry for `model`, or for the longest listed name it is a dated or suffixed version of."""
    name = model.strip().lower()
    if name in table:
        return table[name]
    for known in sorted(table, key=len, reverse=True):
        if name.startswith(known + "-"):
            return table[known]
    return None


def context_size(model: str) -> int:
    """The model's context window in tokens (DEFAULT_CONTEXT_TOKENS when it is not known)."""
    return _lookup(CONTEXT_TOKENS, model) or DEFAULT_CONTEXT_TOKENS


def price_per_million_tokens(model: str) -> tuple[float, float]:
    """(input, output) USD per million tokens (DEFAULT_PRICE_PER_MILLION_TOKENS when not known)."""
    return _lookup(PRICE_PER_MILLION_TOKENS, model) or DEFAULT_PRICE_PER_MILLION_TOKENS


def _room(context: int, system: str) -> int:
    """Tokens of transcript (or notes) one request may carry beside `system` within `context`."""
    reserve = min(ANSWER_RESERVE_TOKENS, context // 4)
    room = context - reserve - estimate_tokens(system) - _MESSAGE_OVERHEAD
    return max(_MIN_PART_TOKENS, min(MAX_REQUEST_TOKENS, room))


@dataclass(frozen=True)
class _Plan:
    """How a transcript is sent: its parts (one: a single request) and what the prompts need."""

    parts: list[list[Segment]]
    context: int
    speakers: bool


def _plan(
    segments: Sequence[Segment], preset: str, context: int, instruction: str | None, language: str | None
) -> _Plan:
    speakers = any(s.speaker for s in segments)
    whole = prompts.system_prompt(preset, instruction=instruction, language=language, speakers=speakers)
    texts = [s for s in segments if s.text.strip()]
    if sum(_line_tokens(s) for s in texts) <= _room(context, whole):
        return _Plan([texts] if texts else [], context, speakers)
    part = prompts.chunk_system_prompt(
        preset, 999, 999, instruction=instruction, language=language, speakers=speakers
    )
    return _Plan(chunk_transcript(texts, _room(context, part)), context, speakers)


def _answer_estimate(input_tokens: int) -> int:
    return int(min(_ANSWER_MAX, max(_ANSWER_MIN, input_tokens * _ANSWER_SHARE)))


def estimate_summary_cost(
    segments: Sequence[Segment], preset: str, model: str = DEFAULT_MODEL, *,
    context_tokens: int | None = None, instruction: str | None = None,
) -> float:  # fmt: skip
    """Estimated USD for `cloud_summary` of these segments with `model`: the input of every request
    (each part's prompt and the combining one, or the single request) and a bounded estimate of each
    answer (15 % of its input, 300 to 1,500 tokens), at PRICE_PER_MILLION_TOKENS (an unknown model at
    DEFAULT_PRICE_PER_MILLION_TOKENS). Raises ValueError for an unknown preset."""
    if preset not in PRESETS:
        raise ValueError(f"unknown preset {preset!r}: one of {', '.join(PRESETS)}")
    plan = _plan(segments, preset, context_tokens or context_size(model), instruction, None)
    if not plan.parts:
        return 0.0
    sent: list[int] = []
    answers: list[int] = []
    if len(plan.parts) == 1:
        messages = prompts.single_messages(preset, plan.parts[0], instruction=instruction)
        sent.append(sum(estimate_tokens(m["content"]) for m in messages) + _MESSAGE_OVERHEAD)
        answers.append(_answer_estimate(sent[-1]))
    else:
        for number, part in enumerate(plan.parts, 1):
            messages = prompts.chunk_messages(
                preset, part, number, len(plan.parts), instruction=instruction, speakers=plan.speakers
            )
            sent.append(sum(estimate_tokens(m["content"]) for m in messages) + _MESSAGE_OVERHEAD)
            answers.append(_answer_estimate(sent[-1]))
        combine = prompts.combine_messages(preset, [], instruction=instruction, speakers=plan.speakers)
        combined = sum(estimate_tokens(m["content"]) for m in combine) + sum(answers) + _MESSAGE_OVERHEAD
        sent.append(combined)
        answers.append(_answer_estimate(combined))
    price_in, price_out = price_per_million_tokens(model)
    return (sum(sent) * price_in + sum(answers) * price_out) / 1_000_000


# -- one streamed request --------------------------------------------------------------------------


class _ContextExceeded(Exception):
    """The server refused the request as longer than the model's context (its size, when it said)."""

    def __init__(self, context: int | None) -> None:
        super().__init__("context length exceeded")
        self.context = context


def _context_exceeded(exc: openai.APIStatusError) -> _ContextExceeded | None:
    if exc.status_code not in (400, 413):
        return None
    found = _MAX_CONTEXT.search(str(exc.message or ""))
    if found is None and exc.code != "context_length_exceeded":
        return None
    return _ContextExceeded(int(found.group(1)) if found else None)


def _hang_up(stream: openai.Stream[Any]) -> None:
    """Shut the stream's socket down (from any thread): a read waiting on it ends at once, and the server
    sees the connection closed. Does nothing when the transport does not expose its socket."""
    network = stream.response.extensions.get("network_stream")
    sock = network.get_extra_info("socket") if network is not None else None
    if isinstance(sock, socket.socket):
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


class _StreamReader(threading.Thread):
    """Makes one streamed request and reads it, handing ("delta", text), ("end", finish reason) or
    ("error", exception) to `events`; `stop` makes it give up (hanging up the connection)."""

    def __init__(self, client: openai.OpenAI, model: str, messages: list[prompts.Message]) -> None:
        super().__init__(name="openai-summary", daemon=True)
        self.events: queue.SimpleQueue[tuple[str, Any]] = queue.SimpleQueue()
        self._client = client
        self._model = model
        self._messages = messages
        self._stopped = threading.Event()
        self._lock = threading.Lock()
        self._stream: openai.Stream[Any] | None = None

    def run(self) -> None:
        try:
            stream = self._client.chat.completions.create(
                model=self._model, messages=cast(Any, self._messages), stream=True
            )
        except BaseException as exc:  # handed to the caller's thread, which raises it
            self.events.put(("error", exc))
            return
        with self._lock:
            self._stream = stream
            stopped = self._stopped.is_set()
        try:
            if not stopped:
                self._read(stream)
        except BaseException as exc:
            if not self._stopped.is_set():
                self.events.put(("error", exc))
        finally:
            stream.close()

    def _read(self, stream: openai.Stream[Any]) -> None:
        try:
            self._read_chunks(stream)
        except (openai.APIStatusError, openai.APIConnectionError):
            raise
        except openai.APIError as exc:  # an error event in the stream: the answer broke off, try again
            raise openai.APIConnectionError(
                message=f"the server broke the answer off: {redact_message(exc.message)}", request=exc.request
            ) from exc

    def _read_chunks(self, stream: openai.Stream[Any]) -> None:
        finish: str | None = None
        for chunk in stream:
            if self._stopped.is_set():
                return
            for choice in chunk.choices or ():
                if choice.index != 0:
                    continue
                content = choice.delta.content if choice.delta is not None else None
                if content:
                    self.events.put(("delta", content))
                if choice.finish_reason:
                    finish = choice.finish_reason
        if finish is None:  # the stream ended before the answer did: as good as a dropped connection
            raise openai.APIConnectionError(
                message="the answer broke off before its end", request=stream.response.request
            )
        self.events.put(("end", finish))

    def stop(self) -> None:
        """Give up the request: the stream's connection is hung up if it is open (and closed as soon as
        it opens otherwise)."""
        with self._lock:
            self._stopped.set()
            stream = self._stream
        if stream is not None:
            _hang_up(stream)


class _Requests:
    """Makes the requests of one summary: streamed, retried, cancellable, errors in plain words."""

    def __init__(
        self, client: openai.OpenAI, model: str, *, cancelled: CancelCheck | None, max_retries: int,
        on_restart: Callable[[], None] | None,
    ) -> None:  # fmt: skip
        self._client = client
        self._model = model
        self._cancelled = cancelled
        self._max_retries = max_retries
        self._on_restart = on_restart

    def _check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise Cancelled("cancelled")

    def _wait(self, seconds: float) -> None:
        """Sleep between retries, cancellable."""
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            self._check()
            time.sleep(min(POLL_SECONDS, left))

    def _stream_once(self, messages: list[prompts.Message], on_delta: TextCallback | None) -> str:
        reader = _StreamReader(self._client, self._model, messages)
        reader.start()
        parts: list[str] = []
        finished = False
        try:
            while True:
                self._check()
                try:
                    kind, value = reader.events.get(timeout=POLL_SECONDS)
                except queue.Empty:
                    continue
                if kind == "delta":
                    parts.append(value)
                    if on_delta is not None:
                        on_delta(value)
                    continue
                finished = True
                if kind == "error":
                    raise value
                if value == "length":
                    log.info("the summary's answer was cut off at the model's output limit")
                return "".join(parts)
        finally:
            if not finished:
                reader.stop()

    def request(self, messages: list[prompts.Message], on_text: TextCallback | None = None) -> str:
        """The answer's text; streamed to `on_text` when given (after a broken-off attempt, `on_restart`
        is called before the text comes again). Raises Cancelled, CloudRefused, CloudUnavailable,
        _ContextExceeded."""
        shown = False

        def deliver(delta: str) -> None:
            nonlocal shown
            shown = True
            if on_text is not None:
                on_text(delta)

        def attempt() -> str:
            nonlocal shown
            if shown:
                shown = False
                if self._on_restart is not None:
                    self._on_restart()
            return self._stream_once(messages, deliver if on_text is not None else None)

        def on_retry(number: int, delay: float, exc: BaseException) -> None:
            log.info("summary request failed (%s); retry %d in %.1f s", reason(exc), number + 1, delay)

        try:
            return call_with_retries(
                attempt, is_retryable=is_retryable, retry_after=retry_after, max_retries=self._max_retries,
                max_retry_after=MAX_RETRY_AFTER, sleep=self._wait, cancelled=self._cancelled,
                on_retry=on_retry, policy=retry_policy,
            )  # fmt: skip
        except RetriesExhausted as exc:
            last = exc.last_error
            if is_unreachable(last):
                where = redact_message(str(self._client.base_url))
                raise CloudUnavailable(f"OpenAI could not be reached at {where}: {reason(last)}") from last
            raise CloudUnavailable(
                f"OpenAI did not answer after {exc.attempts} attempts: {reason(last)}"
            ) from last
        except openai.APIStatusError as exc:
            exceeded = _context_exceeded(exc)
            if exceeded is not None:
                raise exceeded from exc
            refused = refusal(exc)
            log.warning("summary request refused: %s", refused)
            raise refused from exc
        except UnicodeEncodeError:  # a header that is not ASCII; never shows its value
            raise CloudRefused("the request to OpenAI could not be made: a header (the API key?) holds "
                               "characters that are not plain ASCII") from None  # fmt: skip
        except openai.OpenAIError as exc:
            raise CloudUnavailable(f"OpenAI could not be used: {redact_message(str(exc))}") from exc


# -- the summary -----------------------------------------------------------------------------------


def _checked_key(api_key: str) -> str:
    remember_secret(api_key or "")
    if not (api_key or "").strip():
        raise CloudRefused("no OpenAI API key is set; add one in the settings")
    try:
        return clean_key(api_key, label="the OpenAI API key")
    except InvalidSecret as exc:
        raise CloudRefused(str(exc)) from exc


def _combine(
    requests: _Requests, preset: str, notes: list[str], context: int, *, instruction: str | None,
    language: str | None, speakers: bool,
) -> list[str]:  # fmt: skip
    """Merge the notes (not streamed) until they fit the combining request, or cannot shrink further."""
    final = prompts.combine_messages(
        preset, [], instruction=instruction, language=language, speakers=speakers
    )
    room = _room(context, final[0]["content"])
    total = len(notes)
    for _ in range(_MAX_MERGE_ROUNDS):
        sizes = [estimate_tokens(n) + 12 for n in notes]
        if sum(sizes) <= room or len(notes) <= 1:
            return notes
        groups = _pack(sizes, room)
        if len(groups) == len(notes):  # every note alone fills a request: merging cannot help
            return notes
        merged: list[str] = []
        for group in groups:
            batch = [notes[i] for i in group]
            if len(batch) == 1:
                merged.append(batch[0])
                continue
            messages = prompts.merge_messages(
                preset, batch, group[0] + 1, total, language=language, speakers=speakers
            )
            merged.append(requests.request(messages))
        notes, total = merged, len(merged)
    return notes


def _summarise(
    requests: _Requests, segments: Sequence[Segment], preset: str, context: int, *,
    instruction: str | None, language: str | None, on_text: TextCallback | None,
    on_progress: ProgressCallback | None,
) -> str:  # fmt: skip
    plan = _plan(segments, preset, context, instruction, language)
    if not plan.parts:
        raise ValueError("the transcript has no text: there is nothing to summarise")
    if len(plan.parts) == 1:
        log.info("summary (%s) in one request", preset)
        messages = prompts.single_messages(preset, plan.parts[0], instruction=instruction, language=language)
        return requests.request(messages, on_text)
    total = len(plan.parts)
    log.info("summary (%s) in %d parts, then combined", preset, total)
    notes: list[str] = []
    for number, part in enumerate(plan.parts, 1):
        if on_progress is not None:
            on_progress(number - 1, total)
        messages = prompts.chunk_messages(
            preset, part, number, total, instruction=instruction, language=language, speakers=plan.speakers
        )
        notes.append(requests.request(messages))
    if on_progress is not None:
        on_progress(total, total)
    notes = _combine(
        requests, preset, notes, context, instruction=instruction, language=language, speakers=plan.speakers
    )
    messages = prompts.combine_messages(
        preset, notes, instruction=instruction, language=language, speakers=plan.speakers
    )
    return requests.request(messages, on_text)


def _answer(text: str, model: str) -> str:
    if not text.strip():  # a refusal or a content filter: nothing worth storing
        raise CloudRefused(f"{model} answered with no text; try again, or another model")
    return text


def cloud_summary(
    segments: Sequence[Segment],
    preset: str,
    *,
    api_key: str,
    base_url: str | None = None,
    model: str = DEFAULT_MODEL,
    instruction: str | None = None,
    language: str | None = None,
    on_text: TextCallback | None = None,
    on_restart: Callable[[], None] | None = None,
    on_progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
    context_tokens: int | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    max_retries: int = MAX_RETRIES,
) -> Summary:
    """The `preset` summary of the transcript made by `model` through the chat-completions API.

    `base_url`: an OpenAI-compatible server (default $OPENAI_BASE_URL, else OpenAI's). The answer streams
    to `on_text` delta by delta (the final text is their concatenation); `on_restart()` means the text
    shown so far is to be dropped, as it comes again (a stream broke off and was asked for again). For a
    transcript longer than the context (`context_tokens`, default from CONTEXT_TOKENS),
    `on_progress(done, total)` tells how many of the `total` parts are summarised (0 before the first;
    `total` when the combining request, the one streamed, starts). `cancelled` is checked every few
    hundredths of a second. The summary's chapters are the lines of the answer that start with a moment
    (prompts.parse_chapters), clamped to the transcript's end.

    Raises ValueError (unknown preset, a transcript without text), Cancelled, CloudRefused (a wrong or
    missing key, no quota, a model the server does not offer: never retried), CloudUnavailable (the
    server cannot be reached or keeps failing)."""
    if preset not in PRESETS:
        raise ValueError(f"unknown preset {preset!r}: one of {', '.join(PRESETS)}")
    if context_tokens is not None and context_tokens < 1:
        raise ValueError("context_tokens must be positive")
    key = _checked_key(api_key)
    instruction = (instruction or "").strip() or None
    if cancelled is not None and cancelled():
        raise Cancelled("cancelled")
    client = openai.OpenAI(
        api_key=key, base_url=base_url or os.environ.get("OPENAI_BASE_URL") or None, max_retries=0,
        timeout=timeout,
    )  # fmt: skip
    requests = _Requests(client, model, cancelled=cancelled, max_retries=max_retries, on_restart=on_restart)
    context = context_tokens or context_size(model)
    try:
        for tries_left in range(_CONTEXT_RETRIES, -1, -1):
            try:
                text = _summarise(
                    requests, segments, preset, context, instruction=instruction, language=language,
                    on_text=on_text, on_progress=on_progress,
                )  # fmt: skip
                _answer(text, model)
                break
            except _ContextExceeded as exc:
                smaller = exc.context if exc.context and exc.context < context else context // 2
                if not tries_left or smaller < 2 * _MIN_PART_TOKENS:
                    raise CloudRefused(
                        f"the transcript does not fit the context of {model}, even in parts of "
                        f"{context} tokens; choose a model with a larger context"
                    ) from exc
                log.info("the server's context is smaller than %d tokens: trying %d", context, smaller)
                context = smaller
    finally:
        client.close()
    duration = max((s.end for s in segments), default=0.0)
    return Summary(
        preset=preset, engine=CLOUD, text=text, model=model,
        chapters=prompts.parse_chapters(text, duration), instruction=instruction,
    )  # fmt: skip
