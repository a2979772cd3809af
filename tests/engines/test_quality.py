"""Quality guards on synthetic segments: repetition loops, music symbols, unsure silence phantoms."""

from __future__ import annotations

from iam_desktop.engines.quality import (
    clean_segments,
    drop_non_speech,
    is_non_speech,
    normalise,
    suppress_repetitions,
)
from iam_desktop.transcript import Segment, Word


def seg(start: float, text: str, probability: float | None = 0.9) -> Segment:
    words = ()
    if probability is not None:
        words = tuple(Word(start, start + 0.5, w, probability) for w in text.split())
    return Segment(start, start + 2.0, text, words)


def texts(segments: list[Segment]) -> list[str]:
    return [s.text for s in segments]


def test_normalise_folds_case_punctuation_and_spacing():
    assert normalise("  Hello,   WORLD!! ") == "hello world"
    assert normalise("Thanks for watching!") == normalise("thanks for watching")
    assert normalise("♪ ♪") == ""


def test_a_loop_of_one_line_becomes_one_line():
    segments = [seg(0, "We start now.")] + [seg(2 + 2 * i, "I'm going to the store.") for i in range(60)]
    kept = suppress_repetitions(segments)
    assert texts(kept) == ["We start now.", "I'm going to the store."]
    assert kept[1].start == 2  # the first occurrence is kept


def test_variants_in_case_and_punctuation_count_as_repeats():
    segments = [seg(0, "Okay, let's go."), seg(2, "okay let's go"), seg(4, "OKAY, LET'S GO!")]
    assert texts(suppress_repetitions(segments)) == ["Okay, let's go."]


def test_an_alternating_loop_of_two_long_lines_collapses():
    a, b = "and then we went back to the office", "where everybody was waiting for us"
    segments = [seg(2 * i, a if i % 2 == 0 else b) for i in range(20)]
    assert texts(suppress_repetitions(segments)) == [a, b]


def test_a_short_answer_repeated_in_a_dialogue_is_kept():
    segments = [seg(0, "Are you ready?"), seg(2, "Yes."), seg(4, "Really sure?"), seg(6, "Yes.")]
    assert texts(suppress_repetitions(segments)) == ["Are you ready?", "Yes.", "Really sure?", "Yes."]


def test_a_line_said_again_later_is_kept():
    segments = [seg(0, "Next slide please."), seg(2, "This shows revenue."), seg(4, "It grew a lot."),
                seg(6, "Next slide please.")]  # fmt: skip
    assert texts(suppress_repetitions(segments)) == texts(segments)


def test_music_and_sound_descriptions_are_dropped():
    for text in [
        "♪",
        "♪ ♪ ♪",
        "[Music]",
        "(upbeat music)",
        "[MUSIC PLAYING]",
        "*applause*",
        "...",
        "♫ (music) ♫",
    ]:
        assert is_non_speech(text), text
    for text in ["(laughs) Okay, that is fair.", "Music is my life.", "[inaudible] and then he left"]:
        assert not is_non_speech(text), text


def test_unsure_silence_phantoms_are_dropped_but_clear_speech_is_kept():
    segments = [
        seg(0, "Thanks for watching!", probability=0.2),
        seg(2, "Thank you.", probability=0.95),  # clearly spoken: kept
        seg(4, "Untertitel der Amara.org-Community", probability=0.3),
        seg(6, "Thank you.", probability=None),  # no word probabilities: kept
        seg(8, "The meeting is over.", probability=0.1),  # not a stock phrase: kept however unsure
    ]
    assert texts(drop_non_speech(segments)) == ["Thank you.", "Thank you.", "The meeting is over."]


def test_clean_segments_sees_a_loop_through_music_symbols():
    segments = [
        seg(0, "Hello there."),
        seg(2, "♪"),
        seg(4, "Hello there."),
        seg(6, "[Music]"),
        seg(8, "Bye now."),
    ]
    assert texts(clean_segments(segments)) == ["Hello there.", "Bye now."]
    assert clean_segments([]) == []
