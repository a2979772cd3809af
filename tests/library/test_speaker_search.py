"""Search by speaker on real SQLite libraries: names in the index, the speaker: filter, ranking, renames,
and the upgrade (0011) of a library whose index held only the text."""

from __future__ import annotations

import json
import sqlite3

import pytest
from library_helpers import add_recording, assert_index_in_step, indexed

from iam_desktop.library import Library, search
from iam_desktop.library.database import current_revision, head_revision, migrate, open_engine
from iam_desktop.library.search import Term, match_expression, parse_query
from iam_desktop.paths import data_paths
from iam_desktop.transcript import Segment, Transcript


def _transcript(*lines: tuple[str | None, str]) -> Transcript:
    """(speaker, text) per segment, 5 s each, 10 s apart."""
    segments = [Segment(i * 10.0, i * 10.0 + 5.0, text, speaker=who) for i, (who, text) in enumerate(lines)]
    return Transcript(title="t", duration=60.0, engine="local", model="m", language="en", segments=segments)


def _recording(library: Library, title: str, *lines: tuple[str | None, str], content: str = "a") -> int:
    rid = add_recording(library, title, 60.0, content=content)
    library.save_transcript(rid, _transcript(*lines))
    return rid


def _found(library: Library, query: str, **options: object) -> list[tuple[int, float]]:
    options.setdefault("prefix_last", False)
    return [(hit.id, hit.start) for hit in library.search(query, **options)]  # type: ignore[arg-type]


@pytest.fixture
def meeting(library: Library) -> int:
    """Alice and Bob talk; Bob names Alice once; a segment nobody is named for."""
    return _recording(
        library,
        "Budget meeting",
        ("Alice", "Welcome everyone."),  # 0 s
        ("Bob", "Thank you Alice, the budget is ready."),  # 10 s
        ("Alice", "Good, the budget then."),  # 20 s
        (None, "Applause."),  # 30 s
        ("Mary Ann", "A question about the budget."),  # 40 s
    )


# --- the query syntax -----------------------------------------------------------------------------


def test_filter_syntax_is_parsed_and_the_old_syntax_is_unchanged():
    assert parse_query("speaker:Alice budget") == [Term("Alice", column="speaker"), Term("budget")]
    assert parse_query('SPEAKER:"Mary Ann" x') == [Term("Mary Ann", phrase=True, column="speaker"), Term("x")]
    assert parse_query("speaker:Al*") == [Term("Al", prefix=True, column="speaker")]
    assert parse_query("speaker:Ali", prefix_last=True) == [Term("Ali", prefix=True, column="speaker")]
    assert parse_query('speaker:"Mary A', prefix_last=True) == [
        Term("Mary A", phrase=True, prefix=False, column="speaker")  # "A" is too short for a prefix
    ]
    # a filter with no value is ignored, and does not make the word before it a prefix
    assert parse_query("budget speaker:", prefix_last=True) == [Term("budget")]
    assert parse_query("speaker: budget") == [Term("budget")]
    assert parse_query("speaker:") == [] and match_expression("speaker:") is None
    # only at the start of a word, and only known filters
    assert parse_query("xspeaker:Alice title:Alice") == [Term("xspeaker:Alice"), Term("title:Alice")]
    assert match_expression('speaker:"Mary Ann" budget*') == 'speaker : "Mary Ann" "budget"*'
    assert match_expression('speaker:"Al""ice"') == 'speaker : "Al" "ice"'  # the filter takes one term
    assert match_expression("speaker:NEAR(a") == 'speaker : "NEAR(a"'
    # what the other tests of the syntax check still holds
    assert parse_query('say "the budget" now') == [Term("say"), Term("the budget", phrase=True), Term("now")]
    assert match_expression('AND "x" NEAR(a b)') == '"AND" "x" "NEAR(a" "b)"'


# --- what is found --------------------------------------------------------------------------------


def test_a_plain_word_finds_the_speakers_segments_and_where_they_are_named(library: Library, meeting: int):
    assert sorted(_found(library, "Alice")) == [(meeting, 0.0), (meeting, 10.0), (meeting, 20.0)]
    assert sorted(_found(library, "alice")) == sorted(_found(library, "ALICE"))
    assert sorted(_found(library, "Ali", prefix_last=True)) == sorted(_found(library, "Alice"))
    assert _found(library, '"Mary Ann"') == [(meeting, 40.0)]
    assert _found(library, "ann question") == [(meeting, 40.0)]  # one word in the name, one in the text
    assert _found(library, '"Ann A"') == []  # a phrase does not run from the name into the text
    assert _found(library, "Bob budget") == [(meeting, 10.0)]
    hits = {hit.start: hit for hit in library.search("Alice", prefix_last=False)}
    by_name = hits[0.0]
    assert (by_name.speaker, by_name.speaker_spans, by_name.spans) == ("Alice", ((0, 5),), ())
    assert (by_name.text, by_name.snippet, by_name.source) == (
        "Welcome everyone.",
        "Welcome everyone.",
        "transcript",
    )
    in_text = hits[10.0]
    assert (in_text.speaker, in_text.speaker_spans) == ("Bob", ())
    assert in_text.text[slice(*in_text.spans[0])] == "Alice"
    [nobody] = library.search("applause", prefix_last=False)
    assert (nobody.speaker, nobody.speaker_spans) == (None, ())
    assert library.count_hits("Alice", prefix_last=False) == 3
    assert_index_in_step(library)


def test_diacritics_in_names_are_folded(library: Library):
    rid = _recording(library, "Zoë's talk", ("Zoë Müller", "Hello there."))
    assert _found(library, "zoe muller") == [(rid, 0.0)]
    assert _found(library, "speaker:ZOË") == [(rid, 0.0)]


def test_the_speaker_filter_keeps_only_that_speakers_segments(library: Library, meeting: int):
    assert sorted(_found(library, "speaker:Alice")) == [(meeting, 0.0), (meeting, 20.0)]  # not named by Bob
    assert _found(library, "speaker:Alice budget") == [(meeting, 20.0)]
    assert _found(library, "budget speaker:alice") == [(meeting, 20.0)]
    assert _found(library, "Speaker:BOB Alice") == [(meeting, 10.0)]  # Alice in Bob's text
    assert _found(library, 'speaker:"Mary Ann"') == [(meeting, 40.0)]
    assert _found(library, "speaker:ann") == [(meeting, 40.0)]  # a word of the name
    assert _found(library, 'speaker:"Ann Mary"') == []
    assert _found(library, "speaker:budget") == []  # "budget" is in texts and the title, no name
    assert _found(library, "speaker:Alice speaker:Bob") == []
    assert sorted(_found(library, "speaker:Al*")) == [(meeting, 0.0), (meeting, 20.0)]
    assert sorted(_found(library, "speaker:Ali", prefix_last=True)) == [(meeting, 0.0), (meeting, 20.0)]
    assert library.count_hits("speaker:Alice", prefix_last=False) == 2
    assert library.count_hits("speaker:Alice budget", prefix_last=False) == 1
    # a filter keeps title and notes hits out; without it the title is found
    assert [(h.id, h.source) for h in library.search("meeting", prefix_last=False)] == [(meeting, "title")]
    assert _found(library, "speaker:Alice meeting") == []
    assert library.count_hits("speaker:Alice meeting", prefix_last=False) == 0
    assert library.count_hits("meeting", prefix_last=False) == 1


def test_the_cli_search_takes_the_filter(library: Library, meeting: int, capsys: pytest.CaptureFixture[str]):
    from iam_desktop.cli.main import main as cli_main

    assert cli_main(["library", "search", "speaker:Alice budget", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == [
        {"id": meeting, "title": "Budget meeting", "start": 20.0, "snippet": "Good, the «budget» then."}
    ]


def test_a_match_in_the_text_ranks_above_a_match_of_the_speakers_name_alone(library: Library):
    """Short segments by Alice (a match of her name weighs little even in a few words), and long segments
    that name her once among many words (where a match weighs least): every one naming her comes first."""
    filler = " ".join(f"word{k}" for k in range(60))
    spoken = [("Alice", f"Short line {n}.") for n in range(6)]
    named = [("Bob", f"{filler} and then Alice {filler}") for _ in range(2)]
    rid = _recording(library, "Ranking", *spoken, *named, ("Carol", "Alice"))
    hits = library.search("Alice", prefix_last=False)
    assert len(hits) == 9
    by_text = [h for h in hits if h.spans]
    assert [h.start for h in hits[:3]] == [80.0, 60.0, 70.0]  # the shortest text first, then by time
    assert hits[:3] == by_text and all(h.speaker == "Alice" and not h.spans for h in hits[3:])
    assert all(a.rank <= b.rank for a, b in zip(hits, hits[1:], strict=False))
    # with the filter, the other words decide the order: the text match beats a longer one
    _recording(library, "More", ("Alice", "budget"), ("Alice", f"{filler} budget"), content="b")
    hits = library.search("speaker:Alice budget", prefix_last=False)
    assert [h.text for h in hits][0] == "budget" and len(hits) == 2 and hits[0].id != rid


def test_with_equal_weights_the_name_would_win(library: Library, monkeypatch: pytest.MonkeyPatch):
    """The ranking above comes from the column weight: with the name weighing as much as the text, a short
    segment found by its speaker alone beats a long one naming her."""
    filler = " ".join(f"word{k}" for k in range(60))
    _recording(library, "Ranking", ("Alice", "Short line."), ("Bob", f"{filler} Alice {filler}"))
    assert [h.start for h in library.search("Alice", prefix_last=False)] == [10.0, 0.0]
    monkeypatch.setattr(search, "SPEAKER_WEIGHT", 1.0)
    assert [h.start for h in library.search("Alice", prefix_last=False)] == [0.0, 10.0]


# --- the index follows every change -----------------------------------------------------------------


def test_renaming_a_speaker_moves_the_segments_to_the_new_name(library: Library, meeting: int):
    # the first edit copies the machine transcript (the whole index moves to the copy) ...
    library.edits.edit_text(meeting, 3, "Loud applause.")
    assert_index_in_step(library)
    # ... the later ones change single rows: a change of the speaker alone must reach the index too
    renamed = library.edits.rename_speaker(meeting, "Alice", "Carol Jones")
    assert renamed.count == 2 and not renamed.created_copy
    assert_index_in_step(library)
    assert _found(library, "Alice") == [(meeting, 10.0)]  # only where Bob names her
    assert _found(library, "speaker:Alice") == []
    assert sorted(_found(library, "speaker:Carol")) == [(meeting, 0.0), (meeting, 20.0)]
    assert sorted(_found(library, "jones")) == [(meeting, 0.0), (meeting, 20.0)]
    assert indexed(library, "alice") == {renamed.after[1].id}

    said = library.edits.set_speaker(meeting, [3], "Dave")
    assert_index_in_step(library)
    assert _found(library, "speaker:Dave") == [(meeting, 30.0)]
    unnamed = library.edits.set_speaker(meeting, [4], None)
    assert_index_in_step(library)
    assert _found(library, "Mary") == [] and _found(library, "question") == [(meeting, 40.0)]

    # undo brings the old names back into the index, redo takes them out again
    library.edits.replace_segments(meeting, unnamed.before)
    library.edits.replace_segments(meeting, said.before)
    library.edits.replace_segments(meeting, renamed.before)
    assert_index_in_step(library)
    assert sorted(_found(library, "speaker:Alice")) == [(meeting, 0.0), (meeting, 20.0)]
    assert _found(library, "Carol") == [] and _found(library, "Dave") == []
    library.edits.replace_segments(meeting, renamed.after)
    assert_index_in_step(library)
    assert _found(library, "speaker:Alice") == []

    # merging and splitting keep a speaker with the rows that hold it
    library.edits.merge(meeting, 0)
    library.edits.split(meeting, 0, 5)
    assert_index_in_step(library)
    assert len(_found(library, "speaker:Carol")) == 3
    assert _found(library, "speaker:Carol Alice") == _found(library, "Alice")  # Bob's words are hers now
    assert len(_found(library, "Alice")) == 1 and _found(library, "speaker:Bob") == []

    # the machine transcript again: the names as the engine gave them
    library.edits.restore_original(meeting)
    assert_index_in_step(library)
    assert sorted(_found(library, "speaker:Alice")) == [(meeting, 0.0), (meeting, 20.0)]
    assert _found(library, "Carol") == []


def test_trash_and_new_transcripts_take_the_names_along(library: Library, meeting: int):
    library.items.delete([meeting])
    assert _found(library, "Alice") == [] and indexed(library, "alice") == set()
    assert_index_in_step(library)
    library.items.restore([meeting])
    assert len(_found(library, "speaker:Alice")) == 2
    library.save_transcript(meeting, _transcript(("Erin", "A new transcript."), (None, "Alice was away.")))
    assert_index_in_step(library)
    assert _found(library, "speaker:Alice") == [] and _found(library, "Alice") == [(meeting, 10.0)]
    assert _found(library, "speaker:Erin") == [(meeting, 0.0)]


# --- the upgrade ------------------------------------------------------------------------------------


def test_a_library_at_0010_upgrades_to_an_index_of_names(data_dir):
    """A library at 0010 with the index as the app kept it then (text only): after the upgrade the same
    words are found, names too, only in current transcripts of recordings not in the trash."""
    paths = data_paths(data_dir)
    engine = open_engine(paths.database, upgrade=False)
    migrate(engine, "0010")
    engine.dispose()
    connection = sqlite3.connect(paths.database)
    with connection:
        for rid, deleted in ((1, None), (2, None), (3, "2026-02-01")):
            connection.execute(
                "INSERT INTO recordings (id, title, duration, sample_rate, channels, sha256, audio_path, "
                "created_at, deleted_at) VALUES (?, ?, 60, 16000, 1, 'x', 'x/x.wav', '2026-01-02', ?)",
                (rid, f"talk {rid}", deleted),
            )
        connection.execute(
            "INSERT INTO transcripts (id, recording_id, engine, model, language, created_at, is_current,"
            " kind, based_on_id) VALUES (1, 1, 'local', 'm', 'en', '2026-01-02', 0, 'machine', NULL),"
            " (2, 1, 'local', 'm', 'en', '2026-01-03', 1, 'edited', 1),"
            " (3, 2, 'local', 'm', 'en', '2026-01-02', 1, 'machine', NULL),"
            " (4, 3, 'local', 'm', 'en', '2026-01-02', 1, 'machine', NULL)"
        )
        rows = [
            (1, 0, "Opening words about the harbour.", "Speaker 1"),  # replaced by the user's edit
            (2, 0, "Opening words about the harbour.", "Alice"),
            (2, 1, "The ferry runs late.", "Bob"),
            (3, 0, "Alice asked about the ferry.", None),
            (4, 0, "The harbour was closed.", "Alice"),  # in the trash
        ]
        for transcript_id, position, text, speaker in rows:
            connection.execute(
                'INSERT INTO segments (transcript_id, position, start, "end", text, words, speaker) '
                "VALUES (?, ?, ?, ?, ?, '[]', ?)",
                (transcript_id, position, position * 10.0, position * 10.0 + 5, text, speaker),
            )
        connection.execute(
            "INSERT INTO segments_fts(rowid, text) SELECT s.id, s.text FROM segments s "
            "JOIN transcripts t ON t.id = s.transcript_id JOIN recordings r ON r.id = t.recording_id "
            "WHERE t.is_current = 1 AND r.deleted_at IS NULL"
        )
        connection.execute(
            "INSERT INTO recordings_fts(rowid, title, notes) "
            "SELECT id, title, coalesce(notes, '') FROM recordings WHERE deleted_at IS NULL"
        )
    connection.close()

    library = Library.open(paths)
    try:
        assert current_revision(library._engine) == head_revision()
        with library._engine.connect() as conn:
            columns = [row[1] for row in conn.exec_driver_sql("PRAGMA table_info(segments_fts)")]
            [sql] = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE name = 'segments_fts'").one()
        assert columns == ["text", "speaker"]
        assert "tokenize='unicode61 remove_diacritics 2'" in sql and "prefix='2 3'" in sql
        assert "content='segments'" in sql and "content_rowid='id'" in sql
        assert_index_in_step(library)
        # the words as before, the names now too
        assert sorted(_found(library, "ferry")) == [(1, 10.0), (2, 0.0)]
        assert sorted(_found(library, "harbour")) == [(1, 0.0)]
        assert sorted(_found(library, "Alice")) == [(1, 0.0), (2, 0.0)]
        assert _found(library, "speaker:Alice") == [(1, 0.0)]
        assert _found(library, "speaker:Bob ferry") == [(1, 10.0)]
        assert _found(library, "Speaker", prefix_last=True) == []  # the machine transcript's label
        assert _found(library, "har", prefix_last=True) == [(1, 0.0)]  # the prefixes are ready
        # and it keeps in step with edits made after the upgrade
        library.edits.rename_speaker(1, "Bob", "Robert")
        assert_index_in_step(library)
        assert _found(library, "speaker:Robert") == [(1, 10.0)] and _found(library, "Bob") == []
        library.items.restore([3])
        assert sorted(_found(library, "speaker:Alice")) == [(1, 0.0), (3, 0.0)]
        assert_index_in_step(library)
    finally:
        library.close()


def test_the_downgrade_to_0010_makes_the_text_index_again(data_dir):
    from alembic import command

    from iam_desktop.library.database import alembic_config

    paths = data_paths(data_dir)
    library = Library.open(paths)
    try:
        rid = _recording(library, "Talk", ("Alice", "The ferry runs late."))
    finally:
        library.close()
    engine = open_engine(paths.database)
    try:
        config = alembic_config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0010")
        assert current_revision(engine) == "0010"
        with engine.connect() as connection:
            columns = [row[1] for row in connection.exec_driver_sql("PRAGMA table_info(segments_fts)")]
            found = connection.exec_driver_sql(
                "SELECT rowid FROM segments_fts WHERE segments_fts MATCH 'ferry'"
            ).all()
            connection.exec_driver_sql("INSERT INTO segments_fts(segments_fts) VALUES ('integrity-check')")
            assert (
                connection.exec_driver_sql(
                    "SELECT count(*) FROM segments_fts WHERE segments_fts MATCH 'alice'"
                ).scalar()
                == 0
            )
        assert columns == ["text"] and len(found) == 1
    finally:
        engine.dispose()
    library = Library.open(paths)  # and up again
    try:
        assert _found(library, "speaker:Alice") == [(rid, 0.0)]
        assert_index_in_step(library)
    finally:
        library.close()
