"""What a cloud transcription costs, to show the user before and after sending audio."""

from __future__ import annotations

import os
from collections.abc import Iterable

#: USD per minute of audio, from OpenAI's pricing page (the gpt-4o ones are OpenAI's own per-minute
#: estimates of token-based billing). Checked 2026-11-26; prices change, so this is an estimate only.
PRICE_PER_MINUTE: dict[str, float] = {
    "whisper-1": 0.006,
    "gpt-4o-transcribe": 0.006,
    "gpt-4o-mini-transcribe": 0.003,
}


def estimate_cost(model: str, seconds: float) -> float:
    """Estimated USD for `seconds` of audio with `model`. Raises KeyError for a model without a price."""
    return PRICE_PER_MINUTE[model] * max(0.0, seconds) / 60.0


def format_cost(usd: float) -> str:
    """Plain money text: "$0.00", "<$0.01" for tiny non-zero amounts, "$0.42", "$12.30"."""
    if usd <= 0:
        return "$0.00"
    if usd < 0.01:
        return "<$0.01"
    return f"${usd:,.2f}"


def estimate_for_files(paths: Iterable[str | os.PathLike[str]], model: str) -> tuple[float, float]:
    """(seconds of audio, estimated USD) for sending these files to `model`; unreadable files count 0
    (they will fail before anything is sent). Reads each file's header only."""
    from iam_desktop.audio.probe import probe
    from iam_desktop.errors import MediaError

    seconds = 0.0
    for path in paths:
        try:
            seconds += probe(path).duration or 0.0
        except MediaError:
            continue
    return seconds, estimate_cost(model, seconds)
