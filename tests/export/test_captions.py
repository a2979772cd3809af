"""Caption rules of the SRT/VTT export (2 lines of ≤ 42 characters, 1–7 s, ≤ 20 characters per second, no
overlap, natural line breaks), on hand-made segments and on real transcripts of the local engine."""

from __future__ import annotations

import json

import pytest
from segment_checks import (
    LONG_SENTENCE_TEXT,
    NEWS_TEXT,
    NO_PUNCTUATION_TEXT,
    all_words,
    check_cues,
    without_punctuation,
)

from iam_desktop.export import to_json, to_srt, to_vtt
from iam_desktop.export.subtitles import cues_of
from iam_desktop.segmentation import resegment
from iam_desktop.transcript import Segment, Word


def _segment(text: str, start: float = 0.0, step: float = 0.3, speaker: str | None = None) -> Segment:
    words = tuple(Word(start + i * step, start + (i + 0.9) * step, w) for i, w in enumerate(text.split()))
    return Segment(words[0].start, words[-1].end, text, words, speaker)


def test_a_thirty_second_segment_becomes_many_proper_cues(make_transcript, parse_srt, parse_vtt):
    """What the engine gave before re-segmentation: one 30-second window of 80 words."""
    text = " ".join((NEWS_TEXT.split() * 2)[:80])
    segment = _segment(text, start=2.64, step=0.35)
    transcript = make_transcript(segment)
    for cues in (parse_srt(to_srt(transcript)), parse_vtt(to_vtt(transcript))):
        assert len(cues) >= 5
        check_cues(cues, list(segment.words))


def test_text_that_fits_one_line_stays_on_one_line_else_breaks_at_a_phrase(make_transcript, parse_srt):
    one = _segment("Not everyone is happy about the plan.")
    two = _segment("After three hours of debate, the members agreed to spend the money.", start=5)
    three = _segment("The shop owners are afraid that customers will stay away for months.", start=10)
    cues = parse_srt(to_srt(make_transcript(one, two, three)))
    assert [text for _, _, text in cues] == [
        "Not everyone is happy about the plan.",
        "After three hours of debate,\nthe members agreed to spend the money.",
        "The shop owners are afraid\nthat customers will stay away for months.",
    ]
    assert all(not line.endswith((" the", " a", " to")) for _, _, text in cues for line in text.split("\n"))


def test_a_short_cue_is_shown_for_a_second_and_long_enough_to_read(make_transcript, parse_srt):
    yes = Segment(1.0, 1.3, "Yes.", (Word(1.0, 1.3, "Yes."),))
    fast = _segment("This sentence has far too many characters for its time.", start=4.0, step=0.05)
    after = _segment("Later.", start=9.0)
    cues = parse_srt(to_srt(make_transcript(yes, fast, after)))
    assert cues[0] == (1000, 2000, "Yes.")  # the minimum second, taken from the silence after it
    start, end, text = cues[1]
    assert start == 4000 and (end - start) / 1000 >= len(text.replace("\n", "")) / 20
    assert end <= cues[2][0]


def test_a_cue_with_no_room_is_merged_with_the_next(make_transcript, parse_srt):
    quick = Segment(1.0, 1.3, "Yes.", (Word(1.0, 1.3, "Yes."),))
    next_one = _segment("Of course we will.", start=1.35)
    cues = parse_srt(to_srt(make_transcript(quick, next_one)))
    assert cues == [(1000, 2520, "Yes. Of course we will.")]  # to the end of the last word


def test_a_squeezed_cue_takes_words_from_its_neighbour(make_transcript, parse_srt):
    """Too short to read, no room around it, too long to merge: words move over from the cue before."""
    before = _segment("so we went to the market and we bought some apples and fresh bread early", step=0.33)
    squeezed = _segment("in the morning.", start=before.end + 0.05, step=0.18)
    other = _segment("Nice.", start=squeezed.end + 0.05, speaker="Bob")
    assert len(before.text) + len(squeezed.text) > 84 - 1  # cannot be one cue
    cues = parse_srt(to_srt(make_transcript(before, squeezed, other)))
    words = [*before.words, *squeezed.words, *other.words]
    assert [w for _, _, text in cues for w in text.replace("Bob:", "").split()] == [w.text for w in words]
    assert all(end - start >= 1000 for start, end, _ in cues), cues
    assert all(end <= following[0] for (_, end, _), following in zip(cues, cues[1:], strict=False))
    assert cues[1][2] != "in the morning."


def test_never_overlapping_even_when_the_speech_is_dense(make_transcript, parse_srt):
    segments = [_segment(f"Quick sentence number {i} here.", start=i * 1.0, step=0.19) for i in range(20)]
    cues = parse_srt(to_srt(make_transcript(*segments)))
    assert all(end <= following[0] for (_, end, _), following in zip(cues, cues[1:], strict=False))
    assert all(end - start >= 1000 for start, end, _ in cues)


def test_a_cue_lasts_at_most_seven_seconds(make_transcript, parse_srt):
    t = make_transcript(Segment(59.9996, 119.9994, "a"), Segment(200.0, 260.0, "one long held note"))
    cues = parse_srt(to_srt(t))
    assert cues[0] == (60_000, 67_000, "a")
    assert all(1000 <= end - start <= 7000 for start, end, _ in cues[1:]) and len(cues) >= 2


def test_text_without_words_is_cut_in_proportion(make_transcript, parse_srt):
    """A cloud transcript without word timings (gpt-4o models): one segment per uploaded piece."""
    text = NEWS_TEXT
    segment = Segment(0.0, 60.0, text)
    cues = parse_srt(to_srt(make_transcript(segment)))
    check_cues(cues, [Word(0, 0, w) for w in text.split()])
    assert cues[0][0] == 0 and cues[-1][1] == 60_000


def test_an_edited_segment_is_cut_by_its_text(make_transcript, parse_srt):
    seg = _segment("the words the engine heard " * 8, start=0.0, step=0.3)
    edited = Segment(seg.start, seg.end, "What the user wrote instead, " * 6, seg.words)
    cues = parse_srt(to_srt(make_transcript(edited)))
    check_cues(cues, [Word(0, 0, w) for w in edited.text.split()])


def test_speaker_names_count_in_the_line(make_transcript, parse_srt, parse_vtt):
    seg = _segment("After three hours of debate, the members agreed to spend forty million.", speaker="Ann")
    transcript = make_transcript(seg)
    cues = parse_srt(to_srt(transcript))
    assert all(text.startswith("Ann: ") for _, _, text in cues)
    assert all(len(line) <= 42 for _, _, text in cues for line in text.split("\n"))
    assert all(text.startswith("<v Ann>") for _, _, text in parse_vtt(to_vtt(transcript)))


def test_chinese_lines_are_narrower(make_transcript):
    chars = "今天我们讨论新的图书馆大楼的开放时间和咖啡店的位置以及很多其他的事情。"
    words = tuple(Word(i * 0.25, i * 0.25 + 0.2, c) for i, c in enumerate(chars))
    t = make_transcript(Segment(0, words[-1].end, chars, words), language="zh")
    cues = cues_of(t)
    assert all(len(line) <= 16 for _, _, lines, _ in cues for line in lines)
    assert "".join("".join(lines) for _, _, lines, _ in cues) == chars


# --- real transcripts --------------------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("name", ["news", "no-punctuation", "long-sentence"])
@pytest.mark.parametrize("resegmented", [True, False], ids=["segments", "engine-windows"])
def test_real_transcripts_follow_the_caption_rules(
    real_transcripts, make_transcript, parse_srt, parse_vtt, name, resegmented
):
    segments = real_transcripts[name]
    if resegmented:
        segments = resegment(segments, "en")
    transcript = make_transcript(*segments)
    for cues in (parse_srt(to_srt(transcript)), parse_vtt(to_vtt(transcript))):
        check_cues(cues, all_words(segments))


@pytest.mark.slow
@pytest.mark.parametrize("name", ["news", "no-punctuation", "long-sentence"])
def test_real_words_without_punctuation_follow_the_caption_rules(
    real_transcripts, make_transcript, parse_srt, name
):
    segments = resegment(without_punctuation(real_transcripts[name]), "en")
    check_cues(parse_srt(to_srt(make_transcript(*segments))), all_words(segments))


@pytest.mark.slow
def test_json_keeps_every_word(real_transcripts, make_transcript):
    segments = resegment(real_transcripts["news"], "en")
    document = json.loads(to_json(make_transcript(*segments)))
    words = [w for s in document["segments"] for w in s["words"]]
    assert [w["word"] for w in words] == [w.text for w in all_words(real_transcripts["news"])]
    assert [(w["start"], w["end"]) for w in words] == [
        (round(w.start, 3), round(w.end, 3)) for w in all_words(segments)
    ]
    assert [s["text"] for s in document["segments"]] == [s.text for s in segments]


@pytest.mark.slow
def test_five_minutes_through_the_pipeline_give_proper_subtitles(library, engine, media_dir, parse_srt):
    """A five-minute file, transcribed by the job pipeline and exported: no cue longer than 7 s, and every
    caption and segment rule holds (the issue's `00:00:02,640 --> 00:00:30,700` holding 80 words)."""
    from helpers import make_speech
    from segment_checks import check_segments

    from iam_desktop.engines.provider import SingleEngine
    from iam_desktop.jobs.pipeline import run_transcription_job

    text = " ".join([NEWS_TEXT, NO_PUNCTUATION_TEXT + ".", LONG_SENTENCE_TEXT] * 3)
    path = make_speech(text, media_dir / "five-minutes.wav")
    job = library.jobs.create(str(path), engine="local", model=None, language="en")
    outcome = run_transcription_job(library, SingleEngine(engine), job)
    assert outcome.status == "done", outcome
    transcript = library.get_transcript(outcome.recording_id)
    assert transcript.duration > 270
    check_segments(transcript.segments, transcript.segments)
    cues = parse_srt(to_srt(transcript))
    assert max(end - start for start, end, _ in cues) <= 7000
    check_cues(cues, all_words(transcript.segments))
