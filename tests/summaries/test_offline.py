"""The offline summary on real passages (the benchmark's interview about water, a product meeting with
planted action items, a lecture on volcanoes, German and French meetings), timed as speech."""

from __future__ import annotations

import re
import time

import pytest
from summary_transcripts import (
    FRENCH,
    GERMAN,
    MEETING_ACTIONS,
    MEETING_STATEMENTS,
    MEETING_UNOWNED,
    interview_lines,
    lecture_lines,
    one_hour,
    sentences_of,
    three_topics,
    timed,
    transcript_text,
    whisper_like,
)

from iam_desktop.summaries.model import (
    ACTION_ITEMS,
    CHAPTERS,
    KEY_POINTS,
    MINUTES,
    OFFLINE,
    PRESETS,
    SUMMARY,
)
from iam_desktop.summaries.offline import offline_summary, split_sentences, summary_length
from iam_desktop.timefmt import clock
from iam_desktop.transcript import Segment

BULLET = re.compile(r"^- \[(\d+:\d\d(?::\d\d)?)\] (.+?)(?: — (.+))?$")


def bullets(text: str) -> list[tuple[str, str, str | None]]:
    """(moment, sentence, notes) of each "- [m:ss] sentence — notes" line; every line must be one."""
    found = []
    for line in text.splitlines():
        match = BULLET.match(line)
        assert match, line
        found.append((match.group(1), match.group(2), match.group(3)))
    return found


def prose_sentences(paragraph: str, segments: list[Segment]) -> list[Segment]:
    """The segments (one sentence each) a paragraph is made of, in its order; fails unless the paragraph
    is exactly such sentences joined by spaces."""
    by_text = {s.text: s for s in segments}
    used: list[Segment] = []
    rest = paragraph
    while rest:
        match = next((t for t in sorted(by_text, key=len, reverse=True) if rest.startswith(t)), None)
        assert match is not None, f"not a sentence of the transcript: {rest[:80]!r}"
        used.append(by_text[match])
        rest = rest[len(match) :].removeprefix(" ")
    return used


def jaccard(a: str, b: str) -> float:
    x, y = set(re.findall(r"\w+", a.casefold())), set(re.findall(r"\w+", b.casefold()))
    return len(x & y) / len(x | y)


@pytest.fixture(scope="module")
def topics() -> list[Segment]:
    return three_topics()[0]


def test_every_preset_is_offline_and_quotes_the_transcript(topics):
    for preset in PRESETS:
        summary = offline_summary(topics, preset, language="en")
        assert summary.preset == preset and summary.engine == OFFLINE and summary.offline
        assert summary.model is None and summary.instruction is None and summary.text.strip()
        assert (summary.chapters != ()) == (preset in (CHAPTERS, MINUTES))


def test_summary_is_whole_sentences_of_the_transcript_in_time_order(topics):
    text = offline_summary(topics, SUMMARY).text
    paragraphs = text.split("\n\n")
    used = [s for p in paragraphs for s in prose_sentences(p, topics)]
    assert 1 <= len(paragraphs) <= 4
    assert [s.start for s in used] == sorted(s.start for s in used)
    duration = topics[-1].end
    assert len(used) == summary_length(duration, len(topics)) == 6  # 6.3 minutes
    # every topic is represented: the interview, the meeting and the lecture
    assert any(s.end < 167 for s in used) and any(167 < s.start < 264 for s in used)
    assert any(s.start > 264 for s in used)
    assert all(len(s.text.split()) >= 5 for s in used)  # no "Thank you." or "Last question."


def test_length_grows_slowly_with_the_transcript():
    assert summary_length(300, 100) == 5
    assert 12 <= summary_length(3600, 1000) <= 15
    assert summary_length(6 * 3600, 5000) == 15
    assert summary_length(60, 100) == 3
    assert summary_length(600, 3) == 2 and summary_length(20, 1) == 1
    hour = one_hour()
    points = bullets(offline_summary(hour, KEY_POINTS).text)
    assert 12 <= len(points) <= 15


def test_key_points_carry_their_moments_in_time_order(topics):
    points = bullets(offline_summary(topics, KEY_POINTS).text)
    starts = {s.text: s.start for s in topics}
    assert 3 <= len(points) <= 8
    for moment, sentence, notes in points:
        assert sentence in starts and moment == clock(starts[sentence]) and notes is None
    assert [starts[p[1]] for p in points] == sorted(starts[p[1]] for p in points)


def test_key_points_of_an_hour_have_no_near_duplicates_and_show_hours():
    hour = one_hour()  # every sentence is said about nine times
    points = bullets(offline_summary(hour, KEY_POINTS).text)
    sentences = [p[1] for p in points]
    assert len(set(sentences)) == len(sentences)
    for i, a in enumerate(sentences):
        for b in sentences[i + 1 :]:
            assert jaccard(a, b) < 0.6, (a, b)
    starts = {}
    for s in hour:
        starts.setdefault(s.text, []).append(s.start)
    for moment, sentence, _ in points:
        assert moment in {clock(t) for t in starts[sentence]}
    assert any(re.fullmatch(r"1:\d\d:\d\d", moment) for moment, _, _ in points)  # past the hour: h:mm:ss


def test_action_items_find_the_planted_actions_with_owners(topics):
    text = offline_summary(topics, ACTION_ITEMS).text
    items = bullets(text)
    found = {sentence: notes for _, sentence, notes in items}
    for start, owner in MEETING_ACTIONS:
        (sentence,) = [s for s in found if s.startswith(start)]
        assert f"owner: {owner}" in (found[sentence] or ""), (sentence, found[sentence])
    thandi = next(s for s in found if s.startswith("Thandi will send"))
    assert found[thandi] == "owner: Thandi; due: by Friday"  # said by Pieter: the named person owns it
    assert "owner" not in (found[MEETING_UNOWNED] or "")  # said to the room, not by its owner
    for statement in MEETING_STATEMENTS:
        assert not any(s.startswith(statement) for s in found), statement
    assert not any("let's start" in s for s in found)  # meeting talk, not a plan
    assert not any(s in dict(lecture_lines()).values() for s in found)  # nothing from the lecture


def test_no_action_items_is_said_clearly():
    lecture = timed(lecture_lines())
    assert offline_summary(lecture, ACTION_ITEMS).text == "No action items found."
    assert "Action items\nNo action items found." in offline_summary(lecture, MINUTES).text


def test_action_items_of_an_hour_are_not_repeated():
    hour = one_hour()
    items = bullets(offline_summary(hour, ACTION_ITEMS).text)
    sentences = [s for _, s, _ in items]
    assert len(set(sentences)) == len(sentences)
    for start, _ in MEETING_ACTIONS:
        assert sum(s.startswith(start) for s in sentences) == 1, start


def test_minutes_hold_summary_key_points_actions_and_chapters(topics):
    summary = offline_summary(topics, MINUTES)
    parts = summary.text.split("\n\n")
    headings = [p.split("\n", 1)[0] for p in parts]
    assert headings == ["Summary", "Key points", "Action items", "Chapters"]
    brief = prose_sentences(parts[0].split("\n", 1)[1], topics)
    points = bullets(parts[1].split("\n", 1)[1])
    assert 2 <= len(brief) <= 3 and len(points) >= 3
    assert not {s.text for s in brief} & {p[1] for p in points}  # the key points add to the summary
    assert bullets(parts[2].split("\n", 1)[1]) == bullets(offline_summary(topics, ACTION_ITEMS).text)
    chapter_lines = parts[3].split("\n")[1:]
    assert chapter_lines == [f"[{clock(c.start)}] {c.title}" for c in summary.chapters]


def test_chapters_preset(topics):
    summary = offline_summary(topics, CHAPTERS)
    assert len(summary.chapters) == 3 and summary.chapters[0].start == 0.0
    assert summary.text.splitlines() == [f"[{clock(c.start)}] {c.title}" for c in summary.chapters]
    assert summary.text.startswith("[0:00] ")


def test_deterministic(topics):
    for preset in PRESETS:
        assert offline_summary(topics, preset) == offline_summary(list(topics), preset)
    hour = one_hour()
    assert offline_summary(hour, KEY_POINTS) == offline_summary(hour, KEY_POINTS)


def test_the_instruction_favours_its_words_and_is_kept(topics):
    plain = [p[1] for p in bullets(offline_summary(topics, KEY_POINTS).text)]
    budget = offline_summary(topics, KEY_POINTS, instruction="  Focus on the budget, please ")
    assert budget.instruction == "Focus on the budget, please"
    focused = [p[1] for p in bullets(budget.text)]
    assert sum("budget" in s for s in focused) >= 2 > sum("budget" in s for s in plain)
    drought = [p[1] for p in bullets(offline_summary(topics, KEY_POINTS, instruction="the dams").text)]
    assert any("dams" in s for s in drought) and not any("dams" in s for s in plain)
    # words the transcript does not have change nothing; an empty instruction is no instruction
    assert offline_summary(topics, KEY_POINTS, instruction="focus on zebras").text == "\n".join(
        f"- [{m}] {s}" for m, s, _ in bullets(offline_summary(topics, KEY_POINTS).text))  # fmt: skip
    assert offline_summary(topics, SUMMARY, instruction="   ").instruction is None


def test_sentences_split_by_whisper_go_on_across_segments():
    lines = interview_lines() + lecture_lines()
    segments, starts = whisper_like(lines)  # 12 words a segment, sentences cut anywhere
    originals = {text for _, text in lines}
    sentences = split_sentences(segments)
    assert {s.text for s in sentences} <= originals  # no sentence is cut or glued to another
    assert len(sentences) == len(lines)
    assert all(s.start == pytest.approx(starts[s.text]) for s in sentences)  # from the words' timing
    text = transcript_text(segments)
    points = bullets(offline_summary(segments, KEY_POINTS).text)
    assert len(points) >= 3
    for moment, sentence, _ in points:
        assert sentence in originals and sentence in text and moment == clock(starts[sentence])
    summary = offline_summary(segments, SUMMARY).text
    quoted = re.split(r"(?<=[.?!])\s+", summary)
    assert len(quoted) >= 3 and all(sentence in originals for sentence in quoted)


def test_text_without_punctuation_is_cut_into_short_sentences():
    lines = interview_lines() + lecture_lines()
    words = " ".join(re.sub(r"[.,?!;]", "", t).casefold() for _, t in lines).split()
    segments = [Segment(i / 2.5, (i + len(words[i : i + 75])) / 2.5, " ".join(words[i : i + 75]))
                for i in range(0, len(words), 75)]  # fmt: skip
    assert segments[0].end - segments[0].start == 30
    sentences = split_sentences(segments)
    assert max(len(s.text.split()) for s in sentences) <= 30
    assert max(len(s.text.split()) for s in sentences[:-1]) <= 25
    text = transcript_text(segments)
    points = bullets(offline_summary(segments, KEY_POINTS).text)
    assert points
    segment_starts = {clock(s.start) for s in segments}
    for _, sentence, _ in points:
        assert sentence in text and len(sentence.split()) <= 30
    assert any(moment not in segment_starts for moment, _, _ in points)  # a moment inside a segment
    assert offline_summary(segments, SUMMARY).text


def test_empty_transcript_says_there_was_nothing():
    for segments in ([], [Segment(0, 1, ""), Segment(1, 2, "   ")], [Segment(0, 1, " ... ")]):
        for preset in PRESETS:
            summary = offline_summary(segments, preset, instruction="budget")
            assert summary.text == "There was nothing to summarise: the transcript is empty."
            assert summary.chapters == () and summary.instruction == "budget"


def test_one_sentence():
    segments = [Segment(3.2, 7.9, " The budget this year is 94 million rand. ")]
    assert offline_summary(segments, SUMMARY).text == "The budget this year is 94 million rand."
    assert offline_summary(segments, KEY_POINTS).text == "- [0:03] The budget this year is 94 million rand."
    chapters = offline_summary(segments, CHAPTERS)
    assert [c.start for c in chapters.chapters] == [3.2]
    assert offline_summary(segments, ACTION_ITEMS).text == "No action items found."


def test_german_and_french():
    german = timed([(None, s) for s in sentences_of(GERMAN)])
    french = timed([(None, s) for s in sentences_of(FRENCH)], words=True)
    for segments, language, headings in (
        (german, "de", ["Zusammenfassung", "Kernpunkte", "Aufgaben", "Kapitel"]),
        (french, "fr-FR", ["Résumé", "Points clés", "Actions à mener", "Chapitres"]),
        (german, None, ["Zusammenfassung", "Kernpunkte", "Aufgaben", "Kapitel"]),  # guessed
    ):
        for preset in PRESETS:
            assert offline_summary(segments, preset, language=language).text
        for paragraph in offline_summary(segments, SUMMARY, language=language).text.split("\n\n"):
            prose_sentences(paragraph, segments)
        for moment, sentence, _ in bullets(offline_summary(segments, KEY_POINTS, language=language).text):
            assert any(s.text == sentence and clock(s.start) == moment for s in segments)
        minutes = offline_summary(segments, MINUTES, language=language).text
        assert [p.split("\n", 1)[0] for p in minutes.split("\n\n")] == headings
    items = {s: n for _, s, n in bullets(offline_summary(german, ACTION_ITEMS, language="de").text)}
    assert items[next(s for s in items if s.startswith("Frau Schneider"))] == (
        "zuständig: Frau Schneider; fällig: bis Freitag")
    assert any(s.startswith("Wir müssen") for s in items)
    assert not any(s.startswith(("Der Architekt", "Die Kosten")) for s in items)
    items = {s: n for _, s, n in bullets(offline_summary(french, ACTION_ITEMS, language="fr").text)}
    assert "responsable: Marie" in items[next(s for s in items if s.startswith("Marie va"))]
    assert any(s.startswith("Nous devons") for s in items)
    assert not any(s.startswith(("Plus de huit cents", "La mairie")) for s in items)


@pytest.mark.parametrize(("language", "action", "statement"), [
    ("es", "Tenemos que revisar el presupuesto antes del viernes.", "El año pasado vendimos mil libros."),
    ("pt", "Temos que consertar os canos até sexta-feira.", "No ano passado vendemos quatro mil livros."),
    ("af", "Ons moet die pype teen Vrydag herstel.", "Verlede jaar het ons vierduisend boeke verkoop."),
])  # fmt: skip
def test_action_items_in_spanish_portuguese_and_afrikaans(language, action, statement):
    segments = timed([("Ana", statement), ("Ana", action)])
    items = bullets(offline_summary(segments, ACTION_ITEMS, language=language).text)
    assert [s for _, s, _ in items] == [action]
    assert items[0][2] is not None and ": Ana; " in items[0][2]  # the speaker, in the first person


def test_chinese_sentences_without_spaces():
    segments = [Segment(0, 5, "今天我们讨论新的预算。预算增加了百分之十。"),
                Segment(5, 10, "下周五之前王伟会把报告发给大家。"),
                Segment(10, 15, "我们需要更多的工程师来修理管道。")]  # fmt: skip
    text = transcript_text(segments)
    for preset in PRESETS:
        assert offline_summary(segments, preset, language="zh").text
    summary = offline_summary(segments, SUMMARY, language="zh").text
    quoted = re.findall(r"[^。]+。", summary)
    assert len(quoted) == 2 and "".join(quoted) == summary  # no space put between them
    assert all(sentence in text for sentence in quoted)
    assert offline_summary(segments, CHAPTERS, language="zh").chapters[0].start == 0
    unpunctuated = "我们需要更多的工程师来修理管道" * 20  # 300 characters, no punctuation, no spaces
    pieces = split_sentences([Segment(0, 60, unpunctuated)])
    assert len(pieces) == 5 and "".join(p.text for p in pieces) == unpunctuated
    assert [p.start for p in pieces] == [0, 12, 24, 36, 48]


def test_unknown_preset():
    with pytest.raises(ValueError, match="unknown preset"):
        offline_summary([Segment(0, 1, "Hello there.")], "haiku")


def test_an_hour_takes_under_two_seconds():
    hour = one_hour()
    assert len(hour) >= 700 and sum(len(s.text.split()) for s in hour) >= 9000 and hour[-1].end >= 3600
    for preset in PRESETS:
        began = time.perf_counter()
        offline_summary(hour, preset, instruction="focus on the budget")
        took = time.perf_counter() - began
        assert took < 2.0, (preset, took)
