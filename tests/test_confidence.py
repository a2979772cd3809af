"""Unsure words: which words are marked, moving between them with wrap-around, and the real model's words."""

from __future__ import annotations

import math

from helpers import SPEECH_TEXT, read_audio

from iam_desktop.confidence import UNSURE_BELOW, describe, is_unsure, next_uncertain, uncertain_words
from iam_desktop.engines.base import TranscribeOptions
from iam_desktop.transcript import Segment, Word


def seg(*words: tuple[str, float]) -> Segment:
    timed = tuple(Word(i * 0.5, i * 0.5 + 0.4, f" {w}", p) for i, (w, p) in enumerate(words))
    return Segment(0.0, len(words) * 0.5, " ".join(w for w, _ in words), timed)


SEGMENTS = [
    seg(("Good", 0.3), ("morning", 0.99)),
    seg(("the", 0.9), ("doors", 0.97)),  # none
    seg(("open", 0.49), ("at", 0.5), ("high", 0.36), (".", 0.01)),  # 0.5 is sure; "." is no word
    seg(("nine", float("nan")), ("sharp", 0.1)),
]


def test_words_below_the_threshold_are_unsure_in_reading_order():
    assert uncertain_words(SEGMENTS) == [(0, 0), (2, 0), (2, 2), (3, 1)]
    assert uncertain_words(SEGMENTS, threshold=0.35) == [(0, 0), (3, 1)]
    assert uncertain_words([]) == [] and uncertain_words([seg(("fine", 1.0))]) == []
    assert not is_unsure(Word(0, 1, " ,", 0.0))  # punctuation alone
    assert not is_unsure(Word(0, 1, " nine", math.nan))  # no usable probability
    assert is_unsure(Word(0, 1, "Gqeberha", UNSURE_BELOW - 0.01))
    assert not is_unsure(Word(0, 1, "Gqeberha", UNSURE_BELOW))
    assert not is_unsure(Word(0, 1, "cloud", 1.0))  # engines without probabilities store 1.0


def test_next_goes_forward_and_wraps_around():
    positions = uncertain_words(SEGMENTS)
    assert next_uncertain(positions, None) == (0, False)
    assert next_uncertain(positions, (0, 0)) == (1, False)  # strictly after the word one is at
    assert next_uncertain(positions, (2, 0)) == (2, False)
    assert next_uncertain(positions, (2, 1)) == (2, False)  # from a sure word between two unsure ones
    assert next_uncertain(positions, (1, -1)) == (1, False)  # from the start of a row without any
    assert next_uncertain(positions, (2, -1)) == (1, False)  # from a row's start: its own first one
    assert next_uncertain(positions, (3, 1)) == (0, True)  # past the last: wraps to the first
    assert next_uncertain(positions, (9, 0)) == (0, True)


def test_previous_goes_back_and_wraps_around():
    positions = uncertain_words(SEGMENTS)
    assert next_uncertain(positions, None, backwards=True) == (3, False)
    assert next_uncertain(positions, (3, 1), backwards=True) == (2, False)
    assert next_uncertain(positions, (2, 2), backwards=True) == (1, False)
    assert next_uncertain(positions, (2, 10**9), backwards=True) == (2, False)  # a row's own last one
    assert next_uncertain(positions, (0, 0), backwards=True) == (3, True)  # before the first: the last
    assert next_uncertain(positions, (0, -1), backwards=True) == (3, True)


def test_nothing_to_go_to():
    assert next_uncertain([], None) is None
    assert next_uncertain([], (2, 1), backwards=True) is None
    only = [(4, 2)]
    assert next_uncertain(only, (4, 2)) == (0, True)  # the only one: found again, after wrapping
    assert next_uncertain(only, (4, 2), backwards=True) == (0, True)


def test_description_for_the_tooltip():
    assert describe(0.42) == "Unsure (42%)"
    assert describe(0.004) == "Unsure (0%)"
    assert describe(1.7) == "Unsure (100%)"


def test_the_real_model_gives_probabilities_that_mark_few_words(engine, speech_wav):
    """The bundled model's words carry probabilities in 0..1; on clear speech most are sure, so the marks
    stay few (the threshold was chosen on such figures: see iam_desktop.confidence)."""
    samples, rate = read_audio(speech_wav)
    assert rate == 16000
    result = engine.transcribe(samples[:, 0], TranscribeOptions(language="en"))
    words = [w for s in result.segments for w in s.words]
    assert len(words) >= len(SPEECH_TEXT.split()) - 3
    assert all(0.0 <= w.probability <= 1.0 for w in words)
    assert len({round(w.probability, 3) for w in words}) > 3  # real, varying figures, not a default
    unsure = uncertain_words(result.segments)
    assert len(unsure) <= 0.25 * len(words)
    assert all(result.segments[r].words[n].probability < UNSURE_BELOW for r, n in unsure)
