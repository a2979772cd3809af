"""Summaries stored with the recording (`library.summaries`): the round trip, order, edits, unknown IDs,
when they become stale, the trash, search, the migration both ways, and a database snapshot."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from library_helpers import add_recording, machine_transcript
from sqlalchemy import text

from iam_desktop.backup.db_snapshot import remove_snapshot, snapshot_database
from iam_desktop.library import Library, search_index
from iam_desktop.library.database import current_revision, open_engine
from iam_desktop.library.recording_store import NoSuchRecording
from iam_desktop.library.summary_store import STALE_SHARE, NoSuchSummary, changed_share
from iam_desktop.paths import data_paths
from iam_desktop.summaries.model import (
    ACTION_ITEMS,
    CHAPTERS,
    CLOUD,
    KEY_POINTS,
    OFFLINE,
    SUMMARY,
    Chapter,
    Summary,
)

#: 4 segments of 5 words: 20 words, so 2 words are 10 % (STALE_SHARE) and 3 words are more
LINES = (
    "alpha bravo charlie delta echo",
    "foxtrot golf hotel india juliet",
    "kilo lima mike november oscar",
    "papa quebec romeo sierra tango",
)


def _recording(library: Library, title: str = "Harbour talk", *lines: str) -> int:
    rid = add_recording(library, title)
    library.save_transcript(rid, machine_transcript(*(lines or LINES)))
    return rid


def _offline(text_: str = "- The ferry is late.\n- The budget grows.", preset: str = KEY_POINTS) -> Summary:
    return Summary(preset=preset, engine=OFFLINE, text=text_)


def _stale(library: Library, rid: int) -> list[bool]:
    return [s.stale for s in library.summaries.list(rid)]


def _summary_index_in_step(library: Library) -> None:
    """summaries_fts is undamaged and holds exactly what a rebuild from the data puts in it."""
    session = library._sessions()
    try:
        session.execute(text("INSERT INTO summaries_fts(summaries_fts) VALUES ('integrity-check')"))
        session.execute(text("CREATE VIRTUAL TABLE temp.mv USING fts5vocab(main, summaries_fts, instance)"))
        actual = sorted(tuple(r) for r in session.execute(text("SELECT * FROM temp.mv")))
        search_index.rebuild(session)
        expected = sorted(tuple(r) for r in session.execute(text("SELECT * FROM temp.mv")))
    finally:
        session.rollback()
        session.close()
    assert actual == expected


# --- the store ----------------------------------------------------------------------------------------


def test_a_summary_comes_back_as_it_was_stored(library):
    rid = _recording(library)
    made = Summary(
        preset=CHAPTERS, engine=CLOUD, model="gpt-4o-mini", instruction="Name the owners",
        text="[0:00] Opening\n[1:05] Budget",
        chapters=(Chapter(0.0, "Opening"), Chapter(65.5, "Budget — €")),
    )  # fmt: skip
    before = datetime.now(UTC)
    stored = library.summaries.add(rid, made)
    assert stored.id is not None and stored.recording_id == rid
    assert stored.created_at is not None and before - timedelta(
        seconds=1
    ) <= stored.created_at <= datetime.now(UTC)
    assert (stored.preset, stored.engine, stored.model, stored.instruction, stored.text, stored.chapters) == (
        made.preset, made.engine, made.model, made.instruction, made.text, made.chapters,
    )  # fmt: skip
    assert not stored.stale and not stored.edited and not stored.offline
    assert library.summaries.get(stored.id) == stored
    assert library.summaries.list(rid) == [stored]
    again = Library.open(library.paths)  # another process's view: from the file
    try:
        assert again.summaries.get(stored.id) == stored
    finally:
        again.close()


def test_summaries_are_listed_newest_first_and_latest_picks_by_preset(library):
    rid = _recording(library)
    other = _recording(library, "Other talk")
    old = library.summaries.add(rid, _offline("old", SUMMARY))
    points = library.summaries.add(rid, _offline("points", KEY_POINTS))
    new = library.summaries.add(rid, _offline("new", SUMMARY))
    earlier = library.summaries.add(
        rid, Summary(SUMMARY, OFFLINE, "imported", created_at=datetime(2020, 1, 1, tzinfo=UTC))
    )
    library.summaries.add(other, _offline("elsewhere", SUMMARY))
    assert [s.text for s in library.summaries.list(rid)] == ["new", "points", "old", "imported"]
    assert library.summaries.latest(rid) == new
    assert library.summaries.latest(rid, SUMMARY) == new
    assert library.summaries.latest(rid, KEY_POINTS) == points
    assert library.summaries.latest(rid, ACTION_ITEMS) is None
    assert earlier.created_at == datetime(2020, 1, 1, tzinfo=UTC) and old.id < new.id
    library.summaries.delete(new.id)
    assert library.summaries.latest(rid, SUMMARY) == old
    assert [s.text for s in library.summaries.list(rid)] == ["points", "old", "imported"]
    assert library.summaries.list(_recording(library, "No summaries")) == []


def test_editing_the_text_marks_it_edited_not_stale_and_moves_the_search(library):
    rid = _recording(library)
    stored = library.summaries.add(rid, _offline("The lighthouse keeper spoke."))
    same = library.summaries.update_text(stored.id, stored.text)
    assert same == stored and not same.edited  # the same text changes nothing
    edited = library.summaries.update_text(stored.id, "The ferryman spoke.")
    assert edited.edited and not edited.stale and edited.text == "The ferryman spoke."
    assert (edited.id, edited.created_at, edited.preset) == (stored.id, stored.created_at, stored.preset)
    assert library.summaries.get(stored.id) == edited
    assert [h.id for h in library.search("ferryman")] == [rid]
    assert library.search("lighthouse") == []
    _summary_index_in_step(library)


def test_unknown_ids_raise_the_library_errors(library):
    rid = _recording(library)
    for call in (
        lambda: library.summaries.get(999),
        lambda: library.summaries.update_text(999, "x"),
        lambda: library.summaries.delete(999),
    ):
        with pytest.raises(NoSuchSummary, match="no summary with ID 999"):
            call()
    for call in (
        lambda: library.summaries.add(999, _offline()),
        lambda: library.summaries.list(999),
        lambda: library.summaries.latest(999),
        lambda: library.summaries.mark_stale(999),
        lambda: library.summaries.for_export(999),
    ):
        with pytest.raises(NoSuchRecording):
            call()
    with pytest.raises(ValueError, match="unknown preset"):
        library.summaries.add(rid, Summary("haiku", OFFLINE, "x"))
    assert library.summaries.list(rid) == []


def test_for_export_gives_the_newest_fresh_summary_of_each_preset_in_preset_order(library):
    rid = _recording(library)
    library.summaries.add(rid, _offline("old chapters", CHAPTERS))
    library.summaries.mark_stale(rid)
    library.summaries.add(rid, _offline("first summary", SUMMARY))
    library.summaries.add(rid, _offline("action", ACTION_ITEMS))
    library.summaries.add(rid, _offline("second summary", SUMMARY))
    assert [s.text for s in library.summaries.for_export(rid)] == ["second summary", "action"]
    assert [s.text for s in library.summaries.for_export(rid, stale=True)] == [
        "second summary", "action", "old chapters",
    ]  # fmt: skip


# --- stale ---------------------------------------------------------------------------------------------


def test_a_new_transcript_makes_the_summaries_stale(library):
    rid = _recording(library)
    library.summaries.add(rid, _offline())
    library.summaries.add(rid, _offline(preset=SUMMARY))
    library.save_transcript(rid, machine_transcript(*LINES))  # transcribed again: same words, new text
    assert _stale(library, rid) == [True, True]
    fresh = library.summaries.add(rid, _offline())
    assert not fresh.stale and _stale(library, rid) == [False, True, True]


def test_a_finished_transcription_job_makes_the_summaries_stale(library):
    rid = _recording(library)
    library.summaries.add(rid, _offline())
    job = library.jobs.create("/talk.wav", engine="local", model="tiny", language=None)
    library.complete_job(job, rid, machine_transcript("an entirely new transcript"), None)
    assert _stale(library, rid) == [True]
    assert library.summaries.mark_stale(rid) == 0  # nothing fresh was left


def test_a_summary_of_a_transcript_replaced_meanwhile_is_stored_stale(library):
    rid = _recording(library)
    made_from = library.summaries.current_transcript_id(rid)
    assert made_from is not None
    library.save_transcript(rid, machine_transcript("transcribed again while it was summarised"))
    late = library.summaries.add(rid, _offline(), transcript_id=made_from)
    assert late.stale
    current = library.summaries.add(
        rid, _offline(), transcript_id=library.summaries.current_transcript_id(rid)
    )
    assert not current.stale
    assert library.summaries.current_transcript_id(_recording(library)) is not None
    assert library.summaries.add(add_recording(library, "Untranscribed"), _offline()).stale is False


def test_a_large_edit_makes_a_summary_stale_and_a_small_one_does_not(library):
    rid = _recording(library)
    library.summaries.add(rid, _offline())
    library.edits.edit_text(rid, 0, "alpha bravo charlie DELTA, echo!")  # case and punctuation: no word
    assert _stale(library, rid) == [False]
    library.edits.edit_text(rid, 1, "foxtrot golf hotel indigo julia")  # 2 words of 20 = 10 %: not more
    assert _stale(library, rid) == [False]
    library.edits.edit_text(rid, 2, "kilo lima mike november oskar")  # one more: the edits add up to 15 %
    assert _stale(library, rid) == [True]
    fresh = library.summaries.add(rid, _offline(preset=SUMMARY))
    library.edits.replace_all(rid, "a", "A")  # case only
    library.edits.edit_text(rid, 3, "one two three four five")  # 5 of 20 words at once
    assert [library.summaries.get(fresh.id).stale] == [True]


def test_speakers_timings_splits_and_merges_change_no_word(library):
    rid = _recording(library)
    stored = library.summaries.add(rid, _offline())
    library.edits.set_speaker(rid, [0, 1], "Alice")
    library.edits.rename_speaker(rid, "Alice", "Alicia")
    library.edits.nudge(rid, 0, 0.5, 0.5)
    library.edits.split(rid, 2, 10)
    library.edits.merge(rid, 0)
    segments = library.edits.segments(rid)
    library.edits.replace_segments(rid, [s.segment for s in segments])  # a speaker labelling job does this
    assert library.edits.is_edited(rid) and not library.summaries.get(stored.id).stale


def test_restoring_the_original_is_judged_like_any_edit(library):
    rid = _recording(library, "Long talk", *LINES, *LINES)  # 40 words
    of_original = library.summaries.add(rid, _offline())
    library.edits.edit_text(rid, 0, "alpha bravo charlie delta eco")  # 1 word: a typo fixed
    library.edits.restore_original(rid)  # 1 word back (5 % in all): the summary describes this transcript
    assert not library.summaries.get(of_original.id).stale
    library.edits.edit_text(rid, 0, "one two three four five")  # 5 words of 40: stale
    of_edit = library.summaries.add(rid, _offline(preset=SUMMARY))
    library.edits.restore_original(rid)  # the summary of the edited copy no longer fits
    assert library.summaries.get(of_original.id).stale and library.summaries.get(of_edit.id).stale


def test_changed_share_counts_words_not_segments():
    assert changed_share(["a b c d"], ["a b", "c d"]) == 0.0  # a split
    assert changed_share(["Hello, world"], ["hello world!"]) == 0.0  # case and punctuation
    assert changed_share(["a b c d"], ["a b c e"]) == 0.25  # one word replaced
    assert changed_share(["a b c d"], ["a b"]) == 0.5  # two removed
    assert changed_share(["a b"], ["a b c d"]) == 0.5  # two added, of the larger count
    assert changed_share([], []) == 0.0 and changed_share([""], ["x"]) == 1.0
    assert STALE_SHARE == 0.10


# --- the trash and deleting ----------------------------------------------------------------------------


def test_the_trash_hides_summaries_from_search_and_emptying_it_deletes_them(library):
    rid = _recording(library)
    kept = _recording(library, "Kept talk")
    library.summaries.add(rid, _offline("The quartermaster resigned."))
    library.summaries.add(rid, _offline("The quartermaster left.", SUMMARY))
    library.summaries.add(kept, _offline("The quartermaster stayed."))
    assert {h.id for h in library.search("quartermaster")} == {rid, kept}
    library.items.delete([rid])
    assert [h.id for h in library.search("quartermaster")] == [kept]
    assert len(library.summaries.list(rid)) == 2  # kept in the trash
    _summary_index_in_step(library)
    library.items.restore([rid])
    assert {h.id for h in library.search("quartermaster")} == {rid, kept}
    library.items.delete([rid])
    assert library.items.empty_trash(older_than=None) == 1
    with library._engine.connect() as connection:
        rows = connection.exec_driver_sql("SELECT recording_id FROM summaries ORDER BY id").all()
    assert rows == [(kept,)]
    _summary_index_in_step(library)


def test_deleting_the_transcript_a_summary_was_made_from_keeps_the_summary(library):
    rid = _recording(library)
    library.edits.edit_text(rid, 0, "alpha bravo charlie delta eco")
    of_edit = library.summaries.add(rid, _offline())
    library.edits.restore_original(rid)  # deletes the edited copy (ON DELETE SET NULL)
    assert library.summaries.get(of_edit.id).text == of_edit.text


# --- search --------------------------------------------------------------------------------------------


def test_a_word_only_in_a_summary_finds_the_recording(library):
    rid = _recording(library)
    other = _recording(library, "Lighthouse budget")
    library.summaries.add(rid, _offline("- Ann owns the lighthouse budget.\n- Bob books the ferry."))
    library.summaries.add(other, _offline("The lighthouse budget grows."))
    library.summaries.add(other, _offline("Nothing else.", SUMMARY))
    [hit] = library.search("Ann lighthouse")
    assert (hit.id, hit.source, hit.start, hit.title) == (rid, "summary", 0.0, "Harbour talk")
    assert hit.snippet == "- «Ann» owns the «lighthouse» budget.\n- Bob books the ferry."
    assert [hit.text[a:b] for a, b in hit.spans] == ["Ann", "lighthouse"]
    assert library.count_hits("Ann lighthouse") == 1
    # the other recording matches by its title too: one hit, by the title
    assert sorted((h.id, h.source) for h in library.search("lighthouse budget")) == [
        (rid, "summary"), (other, "title"),
    ]  # fmt: skip
    assert library.count_hits("lighthouse budget") == 2
    # a word in the transcript too: the transcript's hits only
    library.summaries.add(rid, _offline("Romeo was quoted.", SUMMARY))
    assert sorted((h.id, h.source, h.start) for h in library.search("romeo")) == [
        (rid, "transcript", 30.0), (other, "transcript", 30.0),
    ]  # fmt: skip
    assert library.search("boo", prefix_last=True)[0].source == "summary"
    assert library.search("speaker:Ann") == []  # a filter looks at segments only
    library.summaries.mark_stale(rid)
    assert [h.id for h in library.search("Ann")] == [rid]  # stale ones are still found
    _summary_index_in_step(library)


# --- the migration and the backup ----------------------------------------------------------------------


def test_the_migration_goes_down_keeping_the_transcripts_and_up_again(data_dir):
    from alembic import command

    from iam_desktop.library.database import alembic_config

    paths = data_paths(data_dir)
    library = Library.open(paths)
    try:
        rid = _recording(library)
        library.edits.edit_text(rid, 0, "alpha bravo charlie delta eco")
        library.summaries.add(rid, _offline("The quartermaster resigned."))
    finally:
        library.close()
    engine = open_engine(paths.database)
    try:
        config = alembic_config()
        with engine.begin() as connection:  # foreign keys on, as in the app
            config.attributes["connection"] = connection
            command.downgrade(config, "0012")
        assert current_revision(engine) == "0012"
    finally:
        engine.dispose()
    db = sqlite3.connect(paths.database)
    try:
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        counts = [db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("transcripts", "segments")]
    finally:
        db.close()
    assert not {t for t in tables if t.startswith("summaries")} and {"recordings", "transcripts"} <= tables
    assert counts == [2, 8]  # the machine transcript and the edited copy, with their segments
    library = Library.open(paths)  # and up again
    try:
        assert library.summaries.list(rid) == []
        assert library.get_transcript(rid).segments[0].text == "alpha bravo charlie delta eco"
        assert library.edits.is_edited(rid)
        library.summaries.add(rid, _offline("The quartermaster returned."))
        assert [h.source for h in library.search("quartermaster")] == ["summary"]
    finally:
        library.close()


def test_a_summary_is_in_the_database_snapshot_a_backup_takes(library, tmp_path):
    rid = _recording(library)
    stored = library.summaries.add(rid, _offline("The quartermaster resigned."))
    edited = library.summaries.update_text(stored.id, "The quartermaster resigned at noon.")
    snapshot = snapshot_database(library.paths.database, tmp_path)  # while the library is open
    try:
        restored = data_paths(tmp_path / "restored").ensure()
        shutil.copyfile(snapshot, restored.database)
    finally:
        remove_snapshot(snapshot)
    copy = Library.open(restored)
    try:
        assert copy.summaries.list(rid) == [edited]
        assert [h.id for h in copy.search("noon")] == [rid]
    finally:
        copy.close()
    assert Path(restored.database).is_file()
