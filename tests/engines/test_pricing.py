"""Cost estimates of cloud transcription."""

from __future__ import annotations

import pytest

from iam_desktop.engines.openai_engine import MODELS
from iam_desktop.engines.pricing import PRICE_PER_MINUTE, estimate_cost, format_cost


def test_every_supported_model_has_a_price():
    assert set(MODELS) <= set(PRICE_PER_MINUTE)


def test_estimate_is_per_minute():
    assert estimate_cost("whisper-1", 600) == pytest.approx(0.06)
    assert estimate_cost("gpt-4o-mini-transcribe", 3600) == pytest.approx(0.18)
    assert estimate_cost("gpt-4o-transcribe", 30) == pytest.approx(0.003)
    assert estimate_cost("whisper-1", -5) == 0.0


def test_unknown_model_has_no_price():
    with pytest.raises(KeyError):
        estimate_cost("no-such-model", 60)


@pytest.mark.parametrize(
    ("usd", "text"),
    [
        (0, "$0.00"),
        (0.0004, "<$0.01"),
        (0.01, "$0.01"),
        (0.4249, "$0.42"),
        (12.3, "$12.30"),
        (1234.5, "$1,234.50"),
    ],
)
def test_format_cost(usd, text):
    assert format_cost(usd) == text
