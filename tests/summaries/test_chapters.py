"""Lexical chapters: where the talk changes topic, on real passages (the benchmark's interview about
water, a product meeting, a lecture on volcanoes), timed as speech."""

from __future__ import annotations

import itertools

import pytest
from summary_transcripts import (
    GERMAN,
    interview_lines,
    lecture_lines,
    meeting_lines,
    one_hour,
    sentences_of,
    three_topics,
    timed,
)

from iam_desktop.summaries.chapters import (
    default_max_chapters,
    default_min_seconds,
    guess_language,
    lexical_chapters,
    terms,
)
from iam_desktop.transcript import Segment


def test_three_topics_give_three_chapters_starting_near_the_shifts():
    segments, shifts = three_topics()
    chapters = lexical_chapters(segments)
    starts = [c.start for c in chapters]
    assert starts[0] == segments[0].start == 0.0
    assert starts == sorted(starts) and len(set(starts)) == len(starts)
    assert set(starts) <= {s.start for s in segments}  # snapped to segment starts
    assert len(chapters) == 3
    for shift in shifts:
        assert min(abs(start - shift) for start in starts) <= 30, (shift, starts)


@pytest.mark.parametrize("order", list(itertools.permutations(("interview", "meeting", "lecture"))))
def test_the_shifts_are_found_whatever_the_order_of_the_topics(order):
    parts = {"interview": interview_lines(), "meeting": meeting_lines(), "lecture": lecture_lines()}
    segments: list[Segment] = []
    shifts = []
    for name in order:
        part = timed(parts[name], start=segments[-1].end + 1.0 if segments else 0.0)
        if segments:
            shifts.append(part[0].start)
        segments += part
    starts = [c.start for c in lexical_chapters(segments)]
    assert starts[0] == 0.0 and len(starts) == 3
    for shift in shifts:
        assert min(abs(start - shift) for start in starts) <= 30, (order, shift, starts)


def test_chapters_are_titled_by_their_distinctive_words():
    chapters = lexical_chapters(three_topics()[0])
    titles = [c.title for c in chapters]
    for title in titles:
        words = title.split(", ")
        assert 2 <= len(words) <= 4 and title[0].isupper(), title
    assert {"customers", "app", "checkout"} & set(titles[1].casefold().split(", ")), titles
    assert {"volcanoes", "magma", "ash", "volcano"} & set(titles[2].casefold().split(", ")), titles
    assert len(set(titles)) == 3


def test_one_topic_stays_one_chapter():
    lecture = timed(lecture_lines(), start=12.0)
    chapters = lexical_chapters(lecture)
    assert [c.start for c in chapters] == [12.0]
    assert "magma" in chapters[0].title.casefold() or "volcano" in chapters[0].title.casefold()


def test_limits_on_an_hour():
    hour = one_hour()
    end = hour[-1].end
    assert 3600 <= end <= 4200
    chapters = lexical_chapters(hour)
    assert 2 <= len(chapters) <= default_max_chapters(end) <= 13
    gaps = [b.start - a.start for a, b in itertools.pairwise(chapters)] + [end - chapters[-1].start]
    assert min(gaps) >= default_min_seconds(end) == 120
    few = lexical_chapters(hour, max_chapters=3)
    assert len(few) <= 3 and few[0].start == 0.0
    long = lexical_chapters(hour, min_seconds=900)
    assert all(b.start - a.start >= 900 for a, b in itertools.pairwise(long)) and end - long[-1].start >= 900
    assert [c.start for c in lexical_chapters(hour, max_chapters=1)] == [0.0]


def test_deterministic():
    segments = three_topics()[0]
    assert lexical_chapters(segments) == lexical_chapters(list(segments))
    hour = one_hour()
    assert lexical_chapters(hour) == lexical_chapters(hour)


def test_empty_short_and_blank_transcripts():
    assert lexical_chapters([]) == ()
    assert lexical_chapters([Segment(0, 2, "  "), Segment(2, 3, "")]) == ()
    one = lexical_chapters([Segment(4.5, 9, "The budget is ninety four million rand this year.")])
    assert len(one) == 1 and one[0].start == 4.5 and one[0].title
    words = lexical_chapters([Segment(1, 2, "Yes."), Segment(2, 3, "Okay.")])  # no content words at all
    assert [c.start for c in words] == [1] and words[0].title == "Yes. Okay."


def test_other_languages_and_scripts():
    german = timed([(None, s) for s in sentences_of(GERMAN)])
    (chapter,) = lexical_chapters(german, language="de")
    assert chapter.start == 0 and "Radweg" in chapter.title  # a noun keeps its capital
    assert "der" not in terms(GERMAN, "de") and "radweg" in terms(GERMAN, "de")
    chinese = [Segment(0, 5, "今天我们讨论新的预算。预算增加了百分之十。"),
               Segment(5, 10, "王伟会把报告发给大家。")]  # fmt: skip
    (chapter,) = lexical_chapters(chinese, language="zh")
    assert chapter.start == 0 and "预算" in chapter.title  # character bigrams


def test_terms_and_language_guess():
    assert terms("The leaks, the LEAKS and Thandi's meters!", "en") == ["leak", "leak", "thandi", "meter"]
    french = terms("L'association a organisé trois concerts.", "fr")
    assert french == ["association", "organisé", "trois", "concert"]
    assert guess_language(GERMAN) == "de"
    assert guess_language(" ".join(s for _, s in interview_lines())) == "en"
    assert guess_language("Gqeberha Mbombela") is None
