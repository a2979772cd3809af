"""Sentence-sized segments from word timings: hand-made word lists, then real transcripts of the engine."""

from __future__ import annotations

import random
import time

import pytest
from segment_checks import all_words, check_segments, without_punctuation

from iam_desktop.segmentation import MAX_SECONDS, PAUSE_SECONDS, ends_sentence, join_words, resegment
from iam_desktop.transcript import Segment, Word


def _words(text: str, start: float = 0.0, step: float = 0.35, length: float = 0.3) -> tuple[Word, ...]:
    return tuple(Word(start + i * step, start + i * step + length, w) for i, w in enumerate(text.split()))


def _segment(text: str, start: float = 0.0, speaker: str | None = None, **timing: float) -> Segment:
    words = _words(text, start, **timing)
    return Segment(words[0].start, words[-1].end, text, words, speaker)


def _texts(segments: list[Segment]) -> list[str]:
    return [s.text for s in segments]


# --- hand-made word lists -------------------------------------------------------------------------------


def test_nothing_and_one_word():
    assert resegment([]) == []
    one = Segment(1.0, 1.4, "Hello.", (Word(1.0, 1.4, "Hello.", 0.5),))
    assert resegment([one], "en") == [one]


def test_sentences_end_segments_and_the_text_is_the_words():
    text = "Good morning everyone. Is this on? Yes! Mr. Smith met J. Doe at 3.5 p.m. today. See e.g. page 2."
    segments = resegment([Segment(0, 40, "  " + text + " ", _words(text))], "en")
    assert _texts(segments) == [
        "Good morning everyone.",
        "Is this on?",
        "Yes!",
        "Mr. Smith met J. Doe at 3.5 p.m. today.",
        "See e.g. page 2.",
    ]
    check_segments(segments, [Segment(0, 40, text, _words(text))])


def test_other_scripts_end_sentences_and_join_without_spaces():
    words = (Word(0, 0.5, "今天"), Word(0.5, 1.0, "很好。"), Word(1.0, 1.5, "我们"), Word(1.5, 2.0, "走吧！"))
    segments = resegment([Segment(0, 2, "今天很好。我们走吧！", words)], "zh")
    assert _texts(segments) == ["今天很好。", "我们走吧！"]
    check_segments(segments, [Segment(0, 2, "", words)], "zh")
    assert ends_sentence(Word(0, 1, "क्या?")) and ends_sentence(Word(0, 1, "هل؟"))
    assert ends_sentence(Word(0, 1, 'said."'), Word(1, 2, "Then"))
    assert not ends_sentence(Word(0, 1, "etc."), Word(1, 2, "and"))


def test_a_pause_ends_a_segment_and_segments_are_joined_across_old_ends():
    first = _segment("so what we did was")
    second = _segment("to wait and then", start=first.end + 0.05)
    third = _segment("we went home", start=second.end + PAUSE_SECONDS + 0.1)
    segments = resegment([first, second, third], "en")
    assert _texts(segments) == ["so what we did was to wait and then", "we went home"]
    assert (segments[1].start, segments[1].end) == (third.start, third.end)


def test_too_long_pieces_are_split_at_a_phrase_boundary():
    text = (
        "The council agreed to build the bridge over the river next year, although many shop owners "
        "on the east bank were worried about the noise and the dust"
    )
    segments = resegment([_segment(text)], "en")
    assert _texts(segments) == [
        "The council agreed to build the bridge over the river next year,",
        "although many shop owners on the east bank were worried about the noise and the dust",
    ]


def test_long_stream_without_punctuation_is_cut_to_size_fast():
    """Three hours of words without punctuation or pauses: every piece fits, nothing lost, well under a
    second, the same every time."""
    rng = random.Random(9)
    vocabulary = "we the market river and because then boats children walked bought apples town".split()
    text = " ".join(rng.choice(vocabulary) for _ in range(3 * 3600 * 2))
    source = [Segment(0, 1, text, _words(text, step=0.5, length=0.45))]
    started = time.perf_counter()
    segments = resegment(source, "en")
    elapsed = time.perf_counter() - started
    assert elapsed < 1.0, elapsed
    check_segments(segments, source)
    assert min(len(s.words) for s in segments) >= 3
    assert resegment(source, "en") == segments


def test_a_punctuated_three_hours_is_fast():
    rng = random.Random(3)
    vocabulary = "we the, market river. and because then? boats children walked! bought apples town".split()
    text = " ".join(rng.choice(vocabulary) for _ in range(3 * 3600 * 3))
    source = [_segment(text, step=0.33)]
    started = time.perf_counter()
    segments = resegment(source, "en")
    assert time.perf_counter() - started < 1.0
    check_segments(segments, source)


def test_a_long_word_stands_alone():
    words = (Word(0, 0.5, "and"), Word(0.6, 20.0, "ooooh"), Word(20.1, 20.5, "yes"))
    segments = resegment([Segment(0, 20.5, "and ooooh yes", words)], "en")
    assert all_words(segments) == list(words)
    assert all(s.end - s.start <= MAX_SECONDS or len(s.words) == 1 for s in segments)


def test_segments_without_words_and_speakers_are_kept():
    text_only = Segment(5.0, 30.0, "A whole minute of text. With sentences. But no words.")
    ann = _segment("Hello there. How are you?", speaker="Ann")
    bob = _segment("Fine thanks.", start=ann.end + 0.1, speaker="Bob")
    segments = resegment([ann, bob, text_only], "en")
    assert [(s.speaker, s.text) for s in segments] == [
        ("Ann", "Hello there."),
        ("Ann", "How are you?"),
        ("Bob", "Fine thanks."),
        (None, text_only.text),
    ]
    assert segments[-1] is text_only


def test_words_overlapping_where_the_engines_windows_meet_give_segments_in_time_order():
    """The local engine's windows (and the job's pieces) meet with words a few hundredths of a second over
    the edge (a real transcript: "morning." ending at 298.085 s, the next window's first word starting at
    298.065 s): the later word starts where the earlier ends, so the segments do not overlap."""
    morning = (Word(296.6, 297.7, "in", 0.9), Word(297.705, 298.085, "morning."))
    window_one = Segment(296.6, 298.085, "", morning)
    then = Word(298.065, 298.405, "Then", 0.49)
    inside = Word(298.2, 298.3, "we", 0.8)  # wholly inside the word before it: it starts and ends at its end
    went = Word(298.6, 298.9, "went.")
    window_two = Segment(298.065, 298.9, "", (then, inside, went))
    segments = resegment([window_one, window_two], "en")
    assert _texts(segments) == ["in morning.", "Then we went."]
    moved = (Word(298.085, 298.405, "Then", 0.49), Word(298.405, 298.405, "we", 0.8), went)
    assert segments[1].words == moved
    assert segments[0].words == morning and segments[0].end == 298.085 == segments[1].start
    check_segments(segments, [window_one, window_two])
    # another speaker talking over the end of a sentence keeps the times they were given
    bob = Segment(298.065, 298.9, "", (then, went), speaker="Bob")
    assert resegment([window_one, bob], "en")[1].words == (then, went)


def test_keep_edits_keeps_changed_text_and_keep_ends_the_given_ends():
    edited = Segment(0.0, 3.0, "Totally rewritten by hand. Two sentences.", _words("one two three four"))
    first = _segment("Kept apart. From", start=4.0)
    second = _segment("the next one.", start=first.end + 0.05)
    segments = resegment([edited, first, second], "en", keep_edits=True, keep_ends=True)
    assert segments[0] is edited
    assert _texts(segments[1:]) == ["Kept apart.", "From", "the next one."]
    segments = resegment([edited, first, second], "en", keep_edits=True)
    assert segments[0] is edited
    assert _texts(segments[1:]) == ["Kept apart.", "From the next one."]
    # by default the words are the truth (what the engine gave) and the ends are not kept
    assert _texts(resegment([edited, first, second], "en")) == [
        "one two three four",
        "Kept apart.",
        "From the next one.",
    ]


def test_join_words():
    words = (Word(0, 1, "Hello,"), Word(1, 2, ""), Word(2, 3, "world."))
    assert join_words(words, "en") == "Hello, world."
    assert join_words(words, "ja") == "Hello,world."


# --- real transcripts of the local engine ------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("name", ["news", "no-punctuation", "long-sentence"])
def test_real_transcripts(real_transcripts, name):
    source = real_transcripts[name]
    segments = resegment(source, "en")
    check_segments(segments, source)
    assert len(segments) > len(source)  # the engine's windows are cut into sentences and phrases
    if name == "news":
        assert sum(s.text.endswith((".", "?", "!")) for s in segments) >= 0.7 * len(segments)
        assert max(s.end - s.start for s in segments) < 10


@pytest.mark.slow
@pytest.mark.parametrize("name", ["news", "no-punctuation", "long-sentence"])
def test_real_words_without_any_punctuation(real_transcripts, name):
    """The same real word timings with every punctuation mark removed: cut by pauses and size alone."""
    source = without_punctuation(real_transcripts[name])
    segments = resegment(source, "en")
    check_segments(segments, source)
    assert len(segments) >= sum(s.end - s.start for s in source) / MAX_SECONDS


@pytest.mark.slow
def test_one_long_sentence_becomes_phrases(real_transcripts):
    """The 35-second sentence, as one sentence (only its final full stop kept): phrases of a subtitle's
    size, cut mostly at its commas and conjunctions."""
    words = all_words(real_transcripts["long-sentence"])
    plain = [Word(w.start, w.end, w.text.rstrip(".?!"), w.probability) for w in words[:-1]]
    plain.append(words[-1])
    source = [Segment(plain[0].start, plain[-1].end, join_words(plain), tuple(plain))]
    assert source[0].end - source[0].start > 30
    segments = resegment(source, "en")
    check_segments(segments, source)
    assert len(segments) >= 3
    natural = sum(
        s.text.endswith(",") or s.text.endswith(".") or after.text.split()[0].lower() in {"and", "that", "to"}
        for s, after in zip(segments, segments[1:] + segments[:1], strict=True)
    )
    assert natural >= len(segments) / 2, [s.text for s in segments]
