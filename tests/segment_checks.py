"""Speech for the segmentation and caption tests, and checks of every segment and caption rule."""

from __future__ import annotations

import re

from iam_desktop.segmentation import MAX_SECONDS, join_words, max_chars
from iam_desktop.transcript import Segment, Word

#: about a minute of news: many sentences of different lengths, a question, commas, numbers
NEWS_TEXT = (
    "Welcome to the evening news. The city council met on Tuesday to discuss the new bridge over the river. "
    "After three hours of debate, the members agreed to spend forty two million on the project. "
    "Work will start in March and should be finished within two years. "
    "Not everyone is happy about the plan. Several shop owners on the east bank fear that the building work "
    "will keep customers away for months. Will the council help them? The mayor said that a small fund "
    "would be set up for businesses that lose money, but she did not say how large it would be. "
    "In other news, the local football team won its third game in a row. The coach praised the young "
    "players and said the team was finally playing with confidence. "
    "Tomorrow will be cloudy with some rain in the afternoon. Temperatures will stay between twelve and "
    "eighteen degrees. That is all for tonight. Thank you for listening, and good night."
)
#: about half a minute spoken without a single pause (no punctuation for the speech synthesiser)
NO_PUNCTUATION_TEXT = (
    "so we went down to the market early in the morning and we bought some apples and some bread and then "
    "we walked along the river for a while because the weather was nice and the children wanted to see the "
    "boats and after that we had lunch in a small cafe near the old church where the owner told us about "
    "the history of the town and how it had changed over the last fifty years and we listened for a long "
    "time before we finally went back home in the late afternoon"
)
#: one sentence of about 35–40 seconds
LONG_SENTENCE_TEXT = (
    "The committee that was appointed last spring to review the way the library lends its books to "
    "students, teachers and visitors from other towns has now finished its work, and after many long "
    "meetings in which every member was given the chance to speak about the problems they had seen, "
    "the committee has decided to recommend that the opening hours be extended on weekdays, that the "
    "number of books a student may borrow at one time be raised from five to eight, and that a small "
    "reading room be set aside on the second floor for people who need a quiet place to work."
)

_PUNCTUATION = re.compile(r"[^\w']")


def without_punctuation(segments: list[Segment]) -> list[Segment]:
    """The same speech as one segment whose words have lost every punctuation mark (as some engines and
    languages give), keeping their timings."""
    words = tuple(
        Word(w.start, w.end, text, w.probability)
        for w in (w for s in segments for w in s.words)
        if (text := _PUNCTUATION.sub("", w.text).lower())
    )
    return [Segment(words[0].start, words[-1].end, join_words(words), words)]


def all_words(segments: list[Segment]) -> list[Word]:
    return [w for s in segments for w in s.words]


def check_segments(segments: list[Segment], source: list[Segment], language: str | None = "en") -> None:
    """Every segment rule: every word of `source` kept once and in order (its times too, unless it started
    before an earlier word ended: then it starts at that end), text == words joined, times from the words,
    at most MAX_SECONDS and two subtitle lines (unless a single word), segments in time order."""
    words, given = all_words(segments), all_words(source)
    assert [(w.text, w.probability) for w in words] == [(w.text, w.probability) for w in given]
    reached = float("-inf")
    for word, original in zip(words, given, strict=True):
        start = max(original.start, reached)
        assert (word.start, word.end) == (start, max(original.end, start)), (word, original)
        reached = max(reached, word.end)
    previous_end = 0.0
    for segment in segments:
        assert segment.words, segment
        assert segment.text == join_words(segment.words, language)
        assert (segment.start, segment.end) == (segment.words[0].start, segment.words[-1].end)
        assert segment.start >= previous_end - 1e-9, "segments overlap"
        previous_end = segment.end
        if len(segment.words) > 1:
            assert segment.end - segment.start <= MAX_SECONDS, segment
            assert len(segment.text) <= max_chars(language), segment


def cue_seconds(cue: tuple[int, int, str]) -> float:
    return (cue[1] - cue[0]) / 1000


def check_cues(cues: list[tuple[int, int, str]], words: list[Word], *, width: int = 42) -> None:
    """Every caption rule on parsed cues (start ms, end ms, text): ≤ 2 lines of ≤ `width` characters,
    1–7 s, ≤ 20 characters per second, in order without overlap, and the words all there in order."""
    assert cues
    for i, (start, end, text) in enumerate(cues):
        lines = text.split("\n")
        assert 1 <= len(lines) <= 2, text
        assert all(len(line) <= width for line in lines), text
        assert 1.0 <= cue_seconds((start, end, text)) <= 7.0, (start, end, text)
        assert len("".join(lines)) / cue_seconds((start, end, text)) <= 20.0 + 1e-9, (start, end, text)
        if i + 1 < len(cues):
            assert end <= cues[i + 1][0], "cues overlap"
    assert " ".join(text.replace("\n", " ") for _, _, text in cues).split() == [w.text for w in words]
