"""Full-text search on real SQLite files: query syntax, ranking, snippets, paging, the CLI, the index."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text, update

from iam_desktop.audio.store import StoredAudio
from iam_desktop.cli.main import main as cli_main
from iam_desktop.library import Library, search_index
from iam_desktop.library.schema import Recording
from iam_desktop.library.search import Term, match_expression, parse_query, split_marks
from iam_desktop.transcript import Segment, Transcript


def _add(library: Library, title: str = "Interview") -> int:
    stored = StoredAudio(sha256="cd" * 32, relpath=f"cd/{'cd' * 32}.wav", size=10)
    return library.add_recording(
        title=title, duration=60.0, sample_rate=16000, channels=1, stored=stored, source_path=None
    )


def _transcript(*texts: str) -> Transcript:
    segments = [Segment(i * 5.0, i * 5.0 + 4.5, t) for i, t in enumerate(texts)]
    return Transcript(
        title="t", duration=60, engine="local", model="tiny.en", language="en", segments=segments
    )


def _recording(library: Library, title: str, *texts: str) -> int:
    rid = _add(library, title)
    library.save_transcript(rid, _transcript(*texts))
    return rid


def _set_notes(library: Library, recording_id: int, notes: str) -> None:
    """Change a recording's notes the way the storage layer must: unindex, change, index again."""
    with library._session() as session:
        search_index.unindex_recording(session, recording_id)
        session.execute(
            text("UPDATE recordings SET notes = :n WHERE id = :r"), {"n": notes, "r": recording_id}
        )
        search_index.index_recording(session, recording_id)


def _check_index(library: Library) -> None:
    with library._session() as session:
        search_index.integrity_check(session)


def _found(library: Library, query: str, **options: object) -> list[tuple[int, float]]:
    return [(hit.id, hit.start) for hit in library.search(query, **options)]


# --- query parsing --------------------------------------------------------------------------------


def test_query_parsing():
    assert parse_query("budget  Review") == [Term("budget"), Term("Review")]
    assert parse_query('say "the budget" now') == [Term("say"), Term("the budget", phrase=True), Term("now")]
    assert parse_query("budg* x*") == [Term("budg", prefix=True), Term("x")]  # a 1-letter prefix is a word
    assert parse_query("budget rev", prefix_last=True) == [Term("budget"), Term("rev", prefix=True)]
    assert parse_query("budget r", prefix_last=True) == [Term("budget"), Term("r")]
    assert parse_query("budget rev ", prefix_last=True) == [Term("budget"), Term("rev")]  # word finished
    assert parse_query('"the budg', prefix_last=True) == [Term("the budg", phrase=True, prefix=True)]
    assert parse_query('"the budget"', prefix_last=True) == [Term("the budget", phrase=True)]
    assert parse_query('"the budg"*') == [Term("the budg", phrase=True, prefix=True)]
    assert parse_query("- ( ) ^ : * \"\" ''") == []
    assert match_expression("   ") is None
    assert match_expression('AND "x" NEAR(a b)') == '"AND" "x" "NEAR(a" "b)"'
    assert match_expression('say "hi"') == '"say" "hi"'
    assert match_expression('fo"o') == '"fo" "o"'
    assert split_marks("a \ue000bc\ue001 d \ue000e\ue001") == ("a bc d e", ((2, 4), (7, 8)))


# --- what is found --------------------------------------------------------------------------------


def test_segment_hits_with_their_start_times(library: Library):
    rid = _recording(library, "Weekly", "We reviewed the budget", "Nothing here", "The budget is fine")
    other = _recording(library, "Lunch", "sandwiches and budget talk")
    hits = library.search("budget", prefix_last=False)
    assert sorted((h.id, h.start) for h in hits) == [(rid, 0.0), (rid, 10.0), (other, 0.0)]
    first = next(h for h in hits if h.id == rid and h.start == 10.0)
    assert (first.end, first.title, first.source) == (14.5, "Weekly", "transcript")
    assert first.snippet == "The «budget» is fine"
    assert first.text == "The budget is fine" and first.text[slice(*first.spans[0])] == "budget"
    assert first.to_json() == {"id": rid, "title": "Weekly", "start": 10.0, "snippet": "The «budget» is fine"}
    assert library.search("nothing", prefix_last=False)[0].start == 5.0
    assert library.search("missing", prefix_last=False) == []
    assert library.search("   ") == [] and library.search("") == []
    _check_index(library)


def test_words_are_anded_in_any_order_and_phrases_keep_order(library: Library):
    rid = _recording(library, "R", "review the budget today", "budget review soon", "budget alone")
    assert sorted(_found(library, "budget review", prefix_last=False)) == [(rid, 0.0), (rid, 5.0)]
    assert _found(library, '"budget review"', prefix_last=False) == [(rid, 5.0)]
    assert _found(library, '"review the budget"', prefix_last=False) == [(rid, 0.0)]
    assert _found(library, '"review budget"', prefix_last=False) == []


def test_case_and_diacritics_are_folded(library: Library):
    accented = _recording(library, "A", "Un café au lait à Zürich")
    plain = _recording(library, "B", "a cafe in zurich")
    for query in ("café", "cafe", "CAFÉ", "Cafe", "ZURICH", "zürich"):
        assert {h.id for h in library.search(query, prefix_last=False)} == {accented, plain}, query
    hit = next(h for h in library.search("cafe", prefix_last=False) if h.id == accented)
    assert hit.snippet == "Un «café» au lait à Zürich"  # the text as spoken, the match marked


def test_prefixes(library: Library):
    rid = _recording(library, "R", "the budgetary rules", "a budget", "budgie the bird", "bud")
    assert len(library.search("budg*", prefix_last=False)) == 3
    assert len(library.search("budg", prefix_last=False)) == 0  # the CLI: whole words unless *
    assert len(library.search("budg")) == 3  # the app: the last word while typing is a prefix
    assert len(library.search("the budg")) == 2
    assert len(library.search("bird th")) == 1  # only the last word is a prefix
    assert len(library.search("budg the")) == 0
    assert len(library.search("the budg ")) == 0  # a space after it: a whole word
    assert _found(library, "b*", prefix_last=False) == []  # too short for a prefix: the word "b"
    assert sorted(_found(library, "budge*", prefix_last=False)) == [(rid, 0.0), (rid, 5.0)]
    assert len(library.search("bu")) == 4  # budgetary, budget, budgie, bud
    assert library.search("budget*", prefix_last=False)[0].snippet == "a «budget»"  # shorter ranks first


def test_fts_syntax_in_input_is_plain_text(library: Library):
    rid = _recording(library, "Ops", "we said AND or NOT near the door", "title: colon (here) and ^caret")
    nasty = [
        "AND", "OR", "NOT", "NEAR", "NEAR(a b)", "NEAR/2", "a OR b", "NOT door", "-door", "+door", "^door",
        "title:door", "text:door", "(door", "door)", "*", "**", "*door", '"', '""', '"""', "'", "\\", "%",
        "_", "{door}", "[door]", "door;", "a - b", "d\x00oor", "🙂", "ﬁ", "\u200b", "door" * 100, "'; DROP",
    ]  # fmt: skip
    for query in nasty:
        for prefix_last in (False, True):
            library.search(query, prefix_last=prefix_last)
            library.count_hits(query, prefix_last=prefix_last)
    assert _found(library, "NOT", prefix_last=False) == [(rid, 0.0)]
    assert _found(library, "near door", prefix_last=False) == [(rid, 0.0)]
    assert _found(library, "title:", prefix_last=False) == [(rid, 5.0)]
    assert _found(library, "(here)", prefix_last=False) == [(rid, 5.0)]
    assert _found(library, "^caret", prefix_last=False) == [(rid, 5.0)]
    assert _found(library, "-door", prefix_last=False) == [(rid, 0.0)]  # not a NOT
    assert _found(library, "door OR window", prefix_last=False) == []  # OR is a word that is not there
    _check_index(library)


def test_a_newer_transcript_replaces_the_old_one(library: Library):
    rid = _recording(library, "R", "the old wording", "shared text")
    assert _found(library, "old", prefix_last=False) == [(rid, 0.0)]
    library.save_transcript(rid, _transcript("shared text", "the new wording"))
    assert library.search("old", prefix_last=False) == []
    assert _found(library, "new", prefix_last=False) == [(rid, 5.0)]
    assert _found(library, "shared", prefix_last=False) == [(rid, 0.0)]  # once, from the current one
    assert library.count_hits("wording", prefix_last=False) == 1
    _check_index(library)


def test_title_and_notes_hits_at_zero_for_recordings_without_a_segment_hit(library: Library):
    titled = _recording(library, "Quarterly Budget", "nothing relevant said")
    noted = _recording(library, "Call", "just chatting")
    _set_notes(library, noted, "Follow up on the budget with Zoë")
    spoken = _recording(library, "Budget talk", "the budget was approved")
    hits = library.search("budget", prefix_last=False)
    assert sorted((h.id, h.start, h.source) for h in hits) == [
        (titled, 0.0, "title"),
        (noted, 0.0, "notes"),
        (spoken, 0.0, "transcript"),  # the title matches too, but the segment hit is what counts
    ]
    by_id = {h.id: h for h in hits}
    assert by_id[titled].snippet == "Quarterly «Budget»"
    assert by_id[noted].snippet == "Follow up on the «budget» with Zoë"
    assert by_id[noted].title == "Call"
    assert _found(library, "zoe", prefix_last=False) == [(noted, 0.0)]
    assert library.count_hits("budget", prefix_last=False) == 3
    _check_index(library)


# --- ranking --------------------------------------------------------------------------------------


def test_more_occurrences_rank_first(library: Library):
    once = _recording(library, "A", "the budget for the new library building")
    twice = _recording(library, "B", "the budget and the budget for the new building")
    _recording(library, "C", "unrelated")
    hits = library.search("budget", prefix_last=False)
    assert [h.id for h in hits] == [twice, once]
    assert hits[0].rank < hits[1].rank  # bm25: lower is better
    assert hits[0].snippet == "the «budget» and the «budget» for the new building"


def test_a_rarer_word_weighs_more(library: Library):
    for i in range(8):  # "meeting" is everywhere, "zeppelin" is rare
        _recording(library, f"Filler {i}", f"another meeting number {i}")
    common_twice = _recording(library, "A", "meeting meeting zeppelin")
    rare_twice = _recording(library, "B", "meeting zeppelin zeppelin")
    assert [h.id for h in library.search("meeting zeppelin", prefix_last=False)] == [rare_twice, common_twice]


def test_shorter_segments_rank_first_and_ties_go_to_the_newest_recording(library: Library):
    older = _recording(library, "Old", "budget")
    long_one = _recording(library, "Long", "we talked for a long time and then about the budget as well")
    newer = _recording(library, "New", "budget")
    with library._session() as session:  # make "New" clearly the newest by its date, not only its ID
        later = datetime.now(UTC) + timedelta(days=1)
        session.execute(update(Recording).where(Recording.id == newer).values(created_at=later))
    assert [h.id for h in library.search("budget", prefix_last=False)] == [newer, older, long_one]
    with library._session() as session:
        earlier = datetime.now(UTC) - timedelta(days=400)
        session.execute(
            text("UPDATE recordings SET created_at = :t WHERE id = :r"), {"t": earlier, "r": newer}
        )
    assert [h.id for h in library.search("budget", prefix_last=False)] == [older, newer, long_one]


def test_snippets_are_trimmed_around_the_match(library: Library):
    words = [f"w{i}" for i in range(120)]
    words[60] = "zeppelin"
    _recording(library, "Long", " ".join(words))
    (hit,) = library.search("zeppelin", prefix_last=False)
    assert "«zeppelin»" in hit.snippet and hit.snippet.startswith("…") and hit.snippet.endswith("…")
    assert 15 <= len(hit.snippet.split()) <= 22


def test_paging_and_counting(library: Library):
    rids = [
        _recording(library, f"R{i}", f"budget item {i}", "filler", f"more budget {i} here") for i in range(7)
    ]
    everything = library.search("budget", prefix_last=False)
    assert len(everything) == 14 and {h.id for h in everything} == set(rids)
    assert library.count_hits("budget", prefix_last=False) == 14
    pages = [library.search("budget", limit=5, offset=at, prefix_last=False) for at in (0, 5, 10, 15)]
    assert [len(p) for p in pages] == [5, 5, 4, 0]
    assert [(h.id, h.start) for page in pages for h in page] == [(h.id, h.start) for h in everything]
    assert library.search("budget", limit=0) == []
    assert library.count_hits("  ") == 0 and library.count_hits("nothing") == 0


def test_many_matches_rank_a_window_of_the_newest(library: Library, monkeypatch: pytest.MonkeyPatch):
    from iam_desktop.library import search as full_text

    monkeypatch.setattr(full_text, "RANK_WINDOW", 4)
    rids = [_recording(library, f"R{i}", "budget budget" if i == 0 else "budget") for i in range(6)]
    hits = library.search("budget", prefix_last=False)
    assert {h.id for h in hits} == set(rids[2:])  # the oldest, though it says it twice, is not ranked
    assert library.count_hits("budget", prefix_last=False) == 6  # but counted


def test_index_stays_sound_after_changes(library: Library):
    rid = _recording(library, "Budget", "first version")
    for version in range(3):
        library.save_transcript(rid, _transcript(f"version {version} budget", "more"))
    _set_notes(library, rid, "notes on the budget")
    assert _found(library, "version", prefix_last=False) == [(rid, 0.0)]
    assert library.search("first", prefix_last=False) == []
    _check_index(library)


# --- the CLI --------------------------------------------------------------------------------------


def test_cli_search_json_is_ranked(library: Library, capsys: pytest.CaptureFixture[str]):
    once = _recording(library, "Once", "a budget was set")
    twice = _recording(library, "Twice", "budget budget everywhere")
    titled = _recording(library, "Budget planning", "we planned")
    assert cli_main(["library", "search", "budget", "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert {h["id"] for h in hits} == {once, twice, titled}
    assert [h["id"] for h in hits if h["id"] != titled] == [twice, once]
    assert all(set(h) == {"id", "title", "start", "snippet"} for h in hits)
    assert next(h for h in hits if h["id"] == twice)["snippet"] == "«budget» «budget» everywhere"
    assert cli_main(["library", "search", "budg"]) == 0  # the CLI matches whole words
    assert capsys.readouterr().out == ""
    assert cli_main(["library", "search", "budg*"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3 and all(line.count("\t") == 3 for line in lines)
    assert cli_main(["library", "search", 'NEAR( "unclosed', "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
