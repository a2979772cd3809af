"""The two sides of a meeting in one transcript: labels, time order and echo suppression, on hand-made
segments and on what the real engine hears in real speech played to the other side and leaked into the
microphone."""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import pytest
from helpers import normalise, wer

from iam_desktop.meeting.sides import DEFAULT_MY_NAME, OTHERS, merge_sides, suppress_echo
from iam_desktop.transcript import Segment, Word

SPEECH = Path("/work/shared/data/speech")
RATE = 16000
LAUNCH = "We should move the launch to March, after the trade show in Berlin."
BUDGET = "That sounds reasonable, but the budget for the second quarter is already tight."


def _words(text: str, start: float, step: float = 0.35, length: float = 0.3) -> tuple[Word, ...]:
    return tuple(Word(start + i * step, start + i * step + length, w) for i, w in enumerate(text.split()))


def _segment(text: str, start: float, speaker: str | None = None, **timing: float) -> Segment:
    words = _words(text, start, **timing)
    return Segment(words[0].start, words[-1].end, text, words, speaker)


def _bare(text: str, start: float, end: float) -> Segment:
    """A segment without words (a cloud model's)."""
    return Segment(start, end, text)


def _texts(segments: list[Segment]) -> list[tuple[str | None, str]]:
    return [(s.speaker, s.text) for s in segments]


# --- echo dropped -------------------------------------------------------------------------------------


def test_an_exact_echo_is_dropped_and_the_others_text_kept_once():
    others = [_segment(LAUNCH, 10.0)]
    mine = [_segment(LAUNCH, 10.15)]
    assert _texts(merge_sides(mine, others)) == [(OTHERS, LAUNCH)]
    assert suppress_echo(mine, others) == []


@pytest.mark.parametrize(
    "heard",
    [
        "we should move the launch to march after the trade show in berlin",  # case and punctuation
        "We should move the launch to March, after trade show in Berlin.",  # a word missing
        "We could move the launch to March, after the trade show in Berlin.",  # a word heard differently
        "We should move the lunch to March after the trade-show in Berlin!",  # a spelling, a hyphen
        "Uh, we should move the launch to March, after the trade show in Berlin.",  # a word more
    ],
)
def test_an_echo_heard_a_little_differently_is_dropped(heard):
    others = [_segment(LAUNCH, 10.0)]
    mine = [_segment(heard, 10.2, step=0.33)]
    assert _texts(merge_sides(mine, others)) == [(OTHERS, LAUNCH)]


def test_an_echo_with_numbers_as_words_or_digits_is_dropped():
    others = [_segment("We interviewed 42 customers and 1,000 users, 12% of them in Berlin.", 3.0)]
    heard = "We interviewed forty two customers and one thousand users, twelve percent of them in Berlin."
    mine = [_segment(heard, 3.1, step=0.25)]
    assert suppress_echo(mine, others) == []
    assert suppress_echo([_segment("Forty-two.", 8.0)], [_segment("42", 8.1)]) == []
    assert suppress_echo([_segment("Twelve percent", 8.0)], [_segment("12%.", 8.1)]) == []
    assert suppress_echo([_segment("Twelve.", 8.0)], [_segment("20.", 8.1)]) != []


@pytest.mark.parametrize("delay", [0.0, 0.3, -0.5, 0.8])
def test_an_echo_late_by_the_leak_and_the_timing_wobble_is_dropped(delay):
    others = [_segment(LAUNCH, 30.0)]
    mine = [_segment(LAUNCH, 30.0 + delay, step=0.37)]
    assert suppress_echo(mine, others) == []


def test_the_echo_of_a_text_split_differently_on_the_other_side_is_dropped():
    """The other side's words in two segments (two speakers, say), the echo in one: compared word by word."""
    first, second = LAUNCH.split(", ")
    others = [_segment(first + ",", 10.0, "Speaker 1"), _segment(second, 12.2, "Speaker 2")]
    mine = [_segment(LAUNCH, 10.2)]
    assert _texts(merge_sides(mine, others)) == [("Speaker 1", first + ","), ("Speaker 2", second)]


def test_the_same_words_said_long_after_are_not_an_echo():
    others = [_segment(LAUNCH, 10.0)]
    mine = [_segment(LAUNCH, 16.0)]  # the user repeats it 6 s later
    assert suppress_echo(mine, others) == mine


# --- the user's own words kept ------------------------------------------------------------------------


def test_the_user_talking_over_the_others_with_different_words_is_kept_entirely():
    others = [_segment(BUDGET, 5.0), _segment(LAUNCH, 9.0)]
    mine = [
        _segment("I think the launch and the trade show matter more to the customers than the budget.", 5.1),
        _segment("The report and the budget look fine to me and to the team.", 9.0),
    ]
    assert suppress_echo(mine, others) == mine
    merged = merge_sides(mine, others)
    expected = [(OTHERS, BUDGET), (OTHERS, LAUNCH)] + [("Me", s.text) for s in mine]
    assert sorted(_texts(merged)) == sorted(expected)


def test_common_words_in_the_same_order_at_the_same_time_are_not_an_echo():
    others = [_segment("the plan and the schedule are late again", 2.0)]
    mine = [_segment("the report and the budget look fine", 2.0)]
    assert suppress_echo(mine, others) == mine


def test_an_echo_of_the_second_half_of_a_segment_is_cut_out_keeping_the_users_words():
    """The user speaks, then the other side starts and leaks into the same microphone segment."""
    own = _words("I agree with you completely about the plan.", 20.0)
    leak = _words(LAUNCH, 23.2)
    mine = [Segment(own[0].start, leak[-1].end, " ".join(w.text for w in own + leak), own + leak)]
    others = [_segment(LAUNCH, 23.0, "Speaker 2")]
    kept = suppress_echo(mine, others)
    assert kept == [Segment(own[0].start, own[-1].end, "I agree with you completely about the plan.", own)]
    merged = merge_sides(mine, others, my_name="Ada")
    assert _texts(merged) == [("Ada", "I agree with you completely about the plan."), ("Speaker 2", LAUNCH)]


def test_an_echo_between_the_users_words_leaves_both_sides_of_it():
    before = _words("Right, so here is my view.", 40.0)
    leak = _words(BUDGET, 42.5)
    after = _words("Sorry, go on please, I interrupted you there.", 47.0)
    words = before + leak + after
    mine = [Segment(words[0].start, words[-1].end, " ".join(w.text for w in words), words)]
    others = [_segment(BUDGET, 42.3)]
    assert _texts(suppress_echo(mine, others)) == [
        (None, "Right, so here is my view."),
        (None, "Sorry, go on please, I interrupted you there."),
    ]


def test_a_yes_at_the_same_moment_is_an_echo_and_five_seconds_later_it_is_not():
    others = [_segment("yes", 50.0)]
    assert suppress_echo([_segment("Yes.", 50.1)], others) == []
    assert suppress_echo([_segment("Yes, yes.", 50.0)], others) == []
    late = [_segment("Yes.", 55.0)]
    assert suppress_echo(late, others) == late
    assert suppress_echo([_segment("Yes.", 52.2)], others) != []  # 1.9 s after the other's "yes" ended
    assert _texts(merge_sides(late, others)) == [(OTHERS, "yes"), ("Me", "Yes.")]


def test_a_short_answer_with_another_word_at_the_same_moment_is_kept():
    others = [_segment("yes", 50.0)]
    mine = [_segment("No.", 50.0)]
    assert suppress_echo(mine, others) == mine


# --- segments without words ---------------------------------------------------------------------------


def test_segments_without_words_are_compared_by_their_text():
    others_bare = [_bare(LAUNCH, 10.0, 14.0)]
    others_words = [_segment(LAUNCH, 10.0)]
    echo = _bare("we should move the launch to march after trade show in berlin", 10.2, 14.3)
    for others in (others_bare, others_words):
        assert suppress_echo([echo], others) == []
    assert suppress_echo([_segment(LAUNCH, 10.2)], others_bare) == []
    own = _bare("I think the launch and the trade show matter more to the customers.", 10.0, 14.0)
    assert suppress_echo([own], others_bare) == [own]
    later = _bare(LAUNCH, 30.0, 34.0)
    assert suppress_echo([later], others_bare) == [later]


def test_a_segment_without_words_partly_echo_is_kept_whole():
    others = [_segment(LAUNCH, 10.0)]
    mine = [_bare("I agree with you completely about the plan and the new office. We should move the launch",
                  7.0, 12.0)]  # fmt: skip
    assert suppress_echo(mine, others) == mine


# --- labels and order ---------------------------------------------------------------------------------


def test_labels_of_each_side():
    mine = [_segment("Good morning everyone.", 0.0, "Speaker 1")]
    others = [_segment("Hello there.", 2.0, "Speaker 2"), _segment("Hi, can you hear us?", 4.0)]
    assert _texts(merge_sides(mine, others)) == [
        (DEFAULT_MY_NAME, "Good morning everyone."),
        ("Speaker 2", "Hello there."),
        (OTHERS, "Hi, can you hear us?"),
    ]
    renamed = merge_sides(mine, others, my_name="Thandi", others_name="Guests")
    assert [s.speaker for s in renamed] == ["Thandi", "Speaker 2", "Guests"]
    assert DEFAULT_MY_NAME == "Me" and OTHERS == "Others"


def test_interleaved_turns_come_out_in_time_order():
    mine = [_segment(f"My point number {n} is about the {topic}.", 10.0 * n, step=0.3)
            for n, topic in enumerate(["roof", "garden", "stairs", "kitchen"])]  # fmt: skip
    others = [_segment(f"Their answer {n} concerns the {topic} instead.", 10.0 * n + 4.0, step=0.3)
              for n, topic in enumerate(["budget", "timeline", "permits", "builders"])]  # fmt: skip
    others.reverse()  # given out of order
    merged = merge_sides(mine, others)
    assert [s.start for s in merged] == sorted(s.start for s in mine + others)
    assert [s.speaker for s in merged] == ["Me", "Others"] * 4
    assert [s.text for s in merged[::2]] == [s.text for s in mine]


def test_order_on_equal_starts_is_by_end_then_stable():
    a = Segment(1.0, 3.0, "Mine.")
    b = Segment(1.0, 2.0, "Short.")
    c = Segment(1.0, 3.0, "Theirs.")
    d = Segment(1.0, 3.0, "Another one.")
    assert [s.text for s in merge_sides([a], [c, b, d])] == ["Short.", "Mine.", "Theirs.", "Another one."]


def test_empty_sides():
    assert merge_sides([], []) == []
    assert suppress_echo([], []) == []
    mine = [_segment("Testing, one two three.", 0.5)]
    assert merge_sides(mine, []) == [Segment(mine[0].start, mine[0].end, mine[0].text, mine[0].words, "Me")]
    assert suppress_echo(mine, []) == mine
    others = [_segment("Can you hear me?", 0.5)]
    assert _texts(merge_sides([], others)) == [(OTHERS, "Can you hear me?")]


# --- speed --------------------------------------------------------------------------------------------


def test_two_hours_of_meeting_are_merged_well_within_a_second():
    """5000 segments: the others talk on; the microphone hears every other sentence of theirs (echo) and
    the user's own sentences over the rest (the same common words in them: "the", "and", "to"…)."""
    theirs = [
        "The quarterly numbers came in on Tuesday and revenue rose by twelve percent.",
        LAUNCH,
        "Can you send me the contract before Friday? Jonathan needs to sign it.",
        "We interviewed forty two customers and most of them asked for offline mode.",
        BUDGET,
        "Let me check with Priya in accounting and get back to you tomorrow morning.",
        "The server went down twice last week, both times around three in the morning.",
        "Yes.",
        "Sure. I will write it up and share the document with the whole team.",
    ]
    rng = np.random.default_rng(5)
    own = [
        "I think the roof needs to be fixed before the winter comes.",
        "The garden looks much better since we moved the benches.",
        "Could you ask the team to paint the stairs on Monday?",
        "We had the kitchen window replaced and it is so much quieter.",
        "Sorry, I missed that, the line dropped for a moment.",
        "No.",
        "That is a good point, and the door to the office is still broken.",
        "Let us talk about it on Thursday with the whole group.",
    ]
    mine: list[Segment] = []
    others: list[Segment] = []
    start = 0.0
    for n in range(2500):
        text = theirs[rng.integers(len(theirs))]
        others.append(_segment(text, start, "Speaker 1" if n % 3 else None, step=0.3))
        if n % 2:
            mine.append(_segment(text, start + rng.uniform(-0.3, 0.5), step=0.3))
        else:
            mine.append(_segment(own[rng.integers(len(own))], start + rng.uniform(0.0, 1.5), step=0.3))
        start = others[-1].end + rng.uniform(0.3, 1.0)
    began = time.perf_counter()
    merged = merge_sides(mine, others)
    seconds = time.perf_counter() - began
    print(f"merge_sides: {len(mine) + len(others)} segments, {start / 3600:.1f} h, {seconds * 1000:.0f} ms")
    assert seconds < 1.0
    heard = [(s.start, s.text) for s in merged if s.speaker == "Me"]
    assert heard == [(s.start, s.text) for s in mine[::2]]  # no echo, and the user's own words kept
    assert [s.text for s in merged if s.speaker != "Me"] == [s.text for s in others]


# --- real speech, really recognised -------------------------------------------------------------------


def _clip(name: str) -> np.ndarray:
    from iam_desktop.audio.decode import decode_pcm

    return decode_pcm(SPEECH / f"{name}.wav").samples


def _leaked(samples: np.ndarray, *, delay: float = 0.2, gain_db: float = -12.0) -> np.ndarray:
    """What the microphone hears of the other side: quieter, a bit later, with room noise."""
    leaked = np.concatenate([np.zeros(round(delay * RATE), dtype=np.float32), samples * 10 ** (gain_db / 20)])
    noise = np.random.default_rng(3).normal(0.0, 0.003, len(leaked))
    return (leaked + noise).astype(np.float32)


@pytest.fixture(scope="module")
def real_meeting(engine) -> dict[str, list[Segment]]:
    """The segments the local engine hears: the other side (JFK, 11 s), its leak into the microphone, the
    user (Mr. Quilter, 6 s) speaking 2 s into it, and both at once on the microphone."""
    from iam_desktop.engines.base import TranscribeOptions

    theirs, own = _clip("en_jfk_inaugural"), _clip("en_leopard_quilter")
    leak = _leaked(theirs)
    user = np.zeros(len(leak), dtype=np.float32)
    user[2 * RATE : 2 * RATE + len(own)] = own
    audio = {"others": theirs, "leak": leak, "user": user, "user over leak": user + leak}
    return {name: engine.transcribe(samples, TranscribeOptions("en")).segments
            for name, samples in audio.items()}  # fmt: skip


def test_real_speech_leaked_into_the_microphone_appears_once(real_meeting):
    others, leak = real_meeting["others"], real_meeting["leak"]
    # the quiet copy is really heard differently
    assert wer(" ".join(s.text for s in leak), " ".join(s.text for s in others)) > 0
    merged = merge_sides(leak, others)
    assert merged == [Segment(s.start, s.end, s.text, s.words, OTHERS) for s in others]
    assert normalise(" ".join(s.text for s in merged)).count("fellow") == 1


def test_real_speech_of_the_user_over_the_others_is_kept_in_full(real_meeting):
    user, others = real_meeting["user"], real_meeting["others"]
    assert suppress_echo(user, others) == user
    merged = merge_sides(user, others)
    assert [s.text for s in merged if s.speaker == "Me"] == [s.text for s in user]
    assert [s.text for s in merged if s.speaker == OTHERS] == [s.text for s in others]


def test_real_speech_of_the_user_with_the_others_leaking_keeps_the_users_words_only(real_meeting):
    others = real_meeting["others"]
    merged = merge_sides(real_meeting["user over leak"], others)
    mine = " ".join(s.text for s in merged if s.speaker == "Me")
    reference = "Mr. Quilter is the apostle of the middle classes and we are glad to welcome his gospel."
    assert wer(reference, mine) <= 0.25, mine
    assert not {"fellow", "americans", "american", "country"} & set(normalise(mine)), mine
    assert [s.text for s in merged if s.speaker == OTHERS] == [s.text for s in others]
