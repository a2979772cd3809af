"""Editing transcripts on real SQLite files: the machine transcript kept, undo data, the index in step."""

from __future__ import annotations

import pytest
from library_helpers import add_recording, assert_index_in_step, indexed, machine_transcript
from sqlalchemy import text

from iam_desktop.library import Library
from iam_desktop.library.editing import MIN_LENGTH, EditError
from iam_desktop.library.recording_store import NoSuchRecording
from iam_desktop.transcript import Segment, Transcript, Word


@pytest.fixture
def rid(library: Library) -> int:
    """A 40 s recording with three segments at 0-5, 10-15 and 20-25 s, each word timed."""
    recording_id = add_recording(library, "Edit me", duration=40.0)
    library.save_transcript(
        recording_id,
        machine_transcript("the quick brown fox", "jumps over the lazy dog", "and runs far away"),
    )
    return recording_id


def texts(library: Library, recording_id: int) -> list[str]:
    return [s.text for s in library.get_transcript(recording_id).segments]


def transcripts(library: Library) -> list[tuple]:
    with library._engine.connect() as conn:
        return [
            tuple(row)
            for row in conn.execute(
                text("SELECT id, kind, based_on_id, is_current FROM transcripts ORDER BY id")
            )
        ]


def found(library: Library, word: str) -> set[int]:
    return {h.id for h in library.search(word, prefix_last=False)}


# --- the edited copy --------------------------------------------------------------------------------


def test_first_edit_copies_the_machine_transcript_and_later_edits_change_the_copy(library: Library, rid: int):
    [(machine, *_)] = transcripts(library)
    result = library.edits.edit_text(rid, 1, "jumps over the sleepy dog")
    assert result.created_copy and result.count == 1
    copy = result.transcript_id
    assert transcripts(library) == [(machine, "machine", None, 0), (copy, "edited", machine, 1)]
    assert [r.text for r in result.before] == [
        "the quick brown fox",
        "jumps over the lazy dog",
        "and runs far away",
    ]
    assert [r.text for r in result.after] == [
        "the quick brown fox",
        "jumps over the sleepy dog",
        "and runs far away",
    ]
    assert [r.id for r in result.after] == [r.id for r in result.before]  # the copy's rows, kept
    assert library.get_transcript(rid).edited and library.edits.is_edited(rid)
    assert found(library, "sleepy") == {rid} and found(library, "lazy") == set()
    assert_index_in_step(library)

    second = library.edits.edit_text(rid, 0, "the quick red fox")
    assert not second.created_copy and len(transcripts(library)) == 2
    assert texts(library, rid)[:2] == ["the quick red fox", "jumps over the sleepy dog"]
    with library._engine.connect() as conn:  # the machine transcript is untouched
        original = conn.execute(
            text("SELECT text FROM segments WHERE transcript_id = :t ORDER BY position"), {"t": machine}
        ).scalars()
        assert list(original) == ["the quick brown fox", "jumps over the lazy dog", "and runs far away"]
    assert found(library, "red") == {rid} and found(library, "brown") == set()
    assert_index_in_step(library)


def test_restore_original_brings_back_the_machine_transcript(library: Library, rid: int):
    library.edits.edit_text(rid, 1, "jumps over the sleepy dog")
    library.edits.set_speaker(rid, [0], "Ann")
    result = library.edits.restore_original(rid)
    assert result.count == 1 and [r.text for r in result.after][1] == "jumps over the lazy dog"
    assert [(kind, current) for _, kind, _, current in transcripts(library)] == [("machine", True)]
    transcript = library.get_transcript(rid)
    assert not transcript.edited and transcript.segments[0].speaker is None
    assert texts(library, rid)[1] == "jumps over the lazy dog"
    assert found(library, "lazy") == {rid} and found(library, "sleepy") == set()
    assert_index_in_step(library)
    assert library.edits.restore_original(rid).count == 0  # nothing edited: nothing to do
    library.edits.edit_text(rid, 0, "edited again")  # a new copy can be made
    assert [kind for _, kind, _, _ in transcripts(library)] == ["machine", "edited"]
    assert_index_in_step(library)


def test_an_edit_that_changes_nothing_makes_no_copy(library: Library, rid: int):
    result = library.edits.edit_text(rid, 0, "the quick brown fox")
    assert result.count == 0 and not result.created_copy
    assert library.edits.replace_all(rid, "zebra", "horse").count == 0
    assert len(transcripts(library)) == 1


def test_errors_are_plain(library: Library, rid: int):
    with pytest.raises(EditError, match="no segment 7"):
        library.edits.edit_text(rid, 7, "x")
    with pytest.raises(NoSuchRecording, match="no recording with ID 999"):
        library.edits.edit_text(999, 0, "x")
    bare = add_recording(library, "no transcript")
    with pytest.raises(EditError, match=f"recording {bare} has no transcript"):
        library.edits.merge(bare, 0)
    assert library.edits.segments(bare) == []
    with pytest.raises(EditError, match="no next one"):
        library.edits.merge(rid, 2)
    with pytest.raises(EditError, match="one part would have no text"):
        library.edits.split(rid, 0, 0)
    with pytest.raises(EditError, match="one part would have no text"):
        library.edits.split(rid, 0, len("the quick brown fox"))
    assert len(transcripts(library)) == 1  # failed edits leave no copy behind


# --- words ------------------------------------------------------------------------------------------


def test_edit_keeps_the_timings_of_words_that_still_match(library: Library, rid: int):
    words = library.get_transcript(rid).segments[1].words
    library.edits.edit_text(rid, 1, "jumps over a lazy dog!")
    kept = library.get_transcript(rid).segments[1].words
    assert [w.text.strip() for w in kept] == ["jumps", "over", "lazy"]
    assert kept == (words[0], words[1], words[3])
    library.edits.set_speaker(rid, [1], "Bo")  # text unchanged: words untouched
    assert library.get_transcript(rid).segments[1].words == kept


# --- split and merge --------------------------------------------------------------------------------


def test_split_at_a_word_boundary_uses_word_timings(library: Library, rid: int):
    library.edits.set_speaker(rid, [1], "Ann")
    result = library.edits.split(rid, 1, len("jumps over "))
    first, second = library.get_transcript(rid).segments[1:3]
    assert (first.text, second.text) == ("jumps over", "the lazy dog")
    assert (first.start, first.end, second.start, second.end) == (10.0, 12.0, 12.0, 15.0)  # word 3 at 12 s
    assert [w.text.strip() for w in first.words] == ["jumps", "over"]
    assert [w.text.strip() for w in second.words] == ["the", "lazy", "dog"]
    assert first.speaker == second.speaker == "Ann"
    assert len(result.after) == 4 and result.after[1].id == result.before[1].id
    assert found(library, "lazy") == {rid}
    assert_index_in_step(library)


def test_split_without_words_divides_time_by_characters(library: Library):
    recording_id = add_recording(library, duration=20.0)
    segment = Segment(0.0, 10.0, "aaaa bbbbbbbbbbbbbbb")  # 20 characters, no word timings
    library.save_transcript(recording_id, Transcript("t", 20.0, "local", "m", "en", [segment]))
    library.edits.split(recording_id, 0, 5)
    first, second = library.get_transcript(recording_id).segments
    assert (first.text, second.text) == ("aaaa", "bbbbbbbbbbbbbbb")
    assert first.end == second.start == pytest.approx(2.5)
    assert (first.start, second.end) == (0.0, 10.0)


def test_merge_joins_text_times_and_words(library: Library, rid: int):
    library.edits.set_speaker(rid, [2], "Cy")
    result = library.edits.merge(rid, 1)
    segments = library.get_transcript(rid).segments
    assert [s.text for s in segments] == ["the quick brown fox", "jumps over the lazy dog and runs far away"]
    merged = segments[1]
    assert (merged.start, merged.end, merged.speaker) == (10.0, 25.0, "Cy")
    assert len(merged.words) == 9
    assert [r.id for r in result.after] == [r.id for r in result.before[:2]]
    assert found(library, "runs") == {rid}
    assert len(indexed(library, "runs")) == 1
    assert_index_in_step(library)


def test_split_then_merge_gives_back_the_text(library: Library, rid: int):
    library.edits.split(rid, 0, len("the quick"))
    library.edits.merge(rid, 0)
    segment = library.get_transcript(rid).segments[0]
    assert (segment.text, segment.start, segment.end, len(segment.words)) == (
        "the quick brown fox",
        0.0,
        5.0,
        4,
    )


# --- nudge ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("position", "start_delta", "end_delta", "expected"),
    [
        (1, -1.0, 2.0, (9.0, 17.0)),  # free room: moved as asked
        (1, -8.0, 0.0, (5.0, 15.0)),  # stops at the previous segment's end
        (1, 0.0, 9.0, (10.0, 20.0)),  # stops at the next segment's start
        (0, -3.0, 0.0, (0.0, 5.0)),  # not before 0
        (2, 0.0, 30.0, (20.0, 40.0)),  # not past the recording's end
        (1, 7.0, 0.0, (15.0 - MIN_LENGTH, 15.0)),  # start stays before the end
        (1, 0.0, -9.0, (10.0, 10.0 + MIN_LENGTH)),  # end stays after the start
        (1, 3.0, 3.0, (13.0, 18.0)),  # a move keeps the length
        (1, 9.0, 9.0, (15.0, 20.0)),  # … and stops at the next segment
        (1, -9.0, -9.0, (5.0, 10.0)),  # … or the previous one
    ],
)
def test_nudge_is_clamped(library: Library, rid: int, position, start_delta, end_delta, expected):
    library.edits.nudge(rid, position, start_delta, end_delta)
    segment = library.get_transcript(rid).segments[position]
    assert (segment.start, segment.end) == pytest.approx(expected)
    assert all(segment.start <= w.start <= w.end <= segment.end for w in segment.words)


def test_nudge_against_an_overlap_does_not_make_it_worse(library: Library):
    recording_id = add_recording(library, duration=20.0)
    overlapping = [Segment(0.0, 6.0, "one"), Segment(5.0, 10.0, "two")]  # as engines sometimes give
    library.save_transcript(recording_id, Transcript("t", 20.0, "local", "m", "en", overlapping))
    library.edits.nudge(recording_id, 1, -1.0, 0.0)
    assert library.get_transcript(recording_id).segments[1].start == 5.0
    library.edits.nudge(recording_id, 1, 0.5, 0.0)
    assert library.get_transcript(recording_id).segments[1].start == 5.5


# --- speakers ---------------------------------------------------------------------------------------


def test_speakers_set_renamed_and_listed(library: Library, rid: int):
    assert library.edits.set_speaker(rid, [2, 0], "  Ann  ").count == 2
    library.edits.set_speaker(rid, [1], "Bo")
    assert library.edits.speakers(rid) == ["Ann", "Bo"]
    assert library.edits.rename_speaker(rid, "Ann", "Anna").count == 2
    assert [s.speaker for s in library.get_transcript(rid).segments] == ["Anna", "Bo", "Anna"]
    library.edits.set_speaker(rid, [1], None)
    assert library.edits.speakers(rid) == ["Anna"]
    assert library.edits.rename_speaker(rid, "Anna", "").count == 2
    assert library.edits.speakers(rid) == []
    assert_index_in_step(library)


# --- find and replace -------------------------------------------------------------------------------


def test_find_and_replace_all(library: Library, rid: int):
    assert library.edits.find(rid, "THE") == [(0, 0), (1, 11)]
    assert library.edits.find(rid, "THE", case_sensitive=True) == []
    assert library.edits.replace_all(rid, "THE", "x", case_sensitive=True).count == 0
    result = library.edits.replace_all(rid, "The", "a")
    assert result.count == 2
    assert texts(library, rid) == ["a quick brown fox", "jumps over a lazy dog", "and runs far away"]
    assert library.edits.find(rid, "a lazy") == [(1, 11)]
    assert library.edits.replace_all(rid, "a", r"\1 x").count == 7  # plain text, not a pattern
    assert texts(library, rid)[2] == r"\1 xnd runs f\1 xr \1 xw\1 xy"
    assert found(library, "quick") == {rid}
    assert_index_in_step(library)
    with pytest.raises(EditError, match="search text is empty"):
        library.edits.find(rid, "")


# --- undo and redo ----------------------------------------------------------------------------------


def test_results_undo_and_redo_through_replace_segments(library: Library, rid: int):
    first = library.edits.edit_text(rid, 0, "a slow brown fox")
    split = library.edits.split(rid, 1, len("jumps over "))
    undone = library.edits.replace_segments(rid, split.before)
    assert undone.after == split.before  # the same rows, IDs and all
    assert texts(library, rid) == ["a slow brown fox", "jumps over the lazy dog", "and runs far away"]
    assert_index_in_step(library)
    redone = library.edits.replace_segments(rid, split.after)
    assert [r.segment for r in redone.after] == [r.segment for r in split.after]
    assert [r.id for r in redone.after][:2] == [r.id for r in split.after][:2]  # kept rows keep their IDs
    assert_index_in_step(library)
    library.edits.replace_segments(rid, split.before)
    library.edits.replace_segments(rid, first.before)  # back to the state before the first edit
    assert texts(library, rid) == ["the quick brown fox", "jumps over the lazy dog", "and runs far away"]
    assert found(library, "quick") == {rid} and found(library, "slow") == set()
    assert_index_in_step(library)
    # redo after restore_original: a new copy is made and the records written into it
    library.edits.restore_original(rid)
    again = library.edits.replace_segments(rid, first.after)
    assert again.created_copy and texts(library, rid)[0] == "a slow brown fox"
    assert_index_in_step(library)


def test_replace_segments_with_plain_segments(library: Library, rid: int):
    new = [Segment(0.0, 3.0, "entirely new", (Word(0.0, 1.0, " entirely"),), "Zed")]
    result = library.edits.replace_segments(rid, new)
    assert [r.segment for r in result.after] == new
    assert library.get_transcript(rid).segments == new
    assert found(library, "entirely") == {rid} and found(library, "fox") == set()
    assert_index_in_step(library)


# --- interplay with the rest of the library ---------------------------------------------------------


def test_editing_in_the_trash_keeps_it_out_of_the_index(library: Library, rid: int):
    library.items.delete([rid])
    library.edits.edit_text(rid, 0, "hidden words")
    library.edits.split(rid, 1, 6)
    assert indexed(library, "hidden") == set()
    assert_index_in_step(library)
    library.items.restore([rid])
    assert found(library, "hidden") == {rid}
    assert_index_in_step(library)
    library.items.delete([rid])
    library.edits.restore_original(rid)
    assert_index_in_step(library)


def test_a_new_machine_transcript_becomes_current_and_can_be_edited(library: Library, rid: int):
    library.edits.edit_text(rid, 0, "my correction")
    library.save_transcript(rid, machine_transcript("a fresh transcription"))
    assert not library.get_transcript(rid).edited
    assert found(library, "fresh") == {rid} and found(library, "correction") == set()
    library.edits.edit_text(rid, 0, "a fresher transcription")
    assert texts(library, rid) == ["a fresher transcription"]
    assert_index_in_step(library)
    library.edits.restore_original(rid)
    assert texts(library, rid) == ["a fresh transcription"]
    assert_index_in_step(library)


def test_empty_trash_removes_edited_transcripts_too(library: Library, rid: int):
    library.edits.edit_text(rid, 0, "edited")
    library.items.delete([rid])
    assert library.items.empty_trash(None) == 1
    assert transcripts(library) == []
    assert_index_in_step(library)
