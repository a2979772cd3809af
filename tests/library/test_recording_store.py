"""Managing recordings on real SQLite files: titles, notes, tags, the filtered and paged list, the trash."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest
from helpers import insert_many_recordings, stored_time
from library_helpers import add_recording, assert_index_in_step, indexed, machine_transcript
from sqlalchemy import text

from iam_desktop.errors import IamError
from iam_desktop.library import Library
from iam_desktop.library.recording_store import NoSuchRecording
from iam_desktop.library.records import RecordingFilter

# --- helpers shared with test_editing ---------------------------------------------------------------










def ids(rows: list) -> list[int]:
    return [r.id for r in rows]


def _set(library: Library, recording_id: int, **values: object) -> None:
    with library._engine.begin() as conn:
        for column, value in values.items():
            conn.execute(
                text(f"UPDATE recordings SET {column} = :v WHERE id = :r"), {"v": value, "r": recording_id}
            )


# --- title and notes --------------------------------------------------------------------------------


def test_rename_changes_title_and_index(library: Library):
    rid = add_recording(library, "Budget meeting")
    assert library.items.rename(rid, "  Quarterly   review ") == "Quarterly review"
    assert library.get_recording(rid).title == "Quarterly review"
    assert indexed(library, "quarterly", "recordings_fts") == {rid}
    assert indexed(library, "budget", "recordings_fts") == set()
    assert [h.id for h in library.search("quarterly")] == [rid]
    assert library.search("budget") == []
    assert_index_in_step(library)


def test_rename_refuses_empty_title_and_unknown_id(library: Library):
    rid = add_recording(library, "Keep")
    with pytest.raises(IamError, match="title cannot be empty"):
        library.items.rename(rid, "   ")
    with pytest.raises(NoSuchRecording, match="no recording with ID 999"):
        library.items.rename(999, "x")
    assert library.get_recording(rid).title == "Keep"


def test_notes_are_set_searched_and_cleared(library: Library):
    rid = add_recording(library)
    library.save_transcript(rid, machine_transcript("hello there"))
    library.items.set_notes(rid, "call the plumber")
    assert library.get_transcript(rid).notes == "call the plumber"
    assert [h.id for h in library.search("plumber")] == [rid]
    library.items.set_notes(rid, "  ")
    assert library.get_transcript(rid).notes is None
    assert library.search("plumber") == []
    assert [h.id for h in library.search("hello")] == [rid]  # the transcript stayed indexed once
    assert_index_in_step(library)


def test_rename_in_the_trash_stays_out_of_the_index(library: Library):
    rid = add_recording(library, "Old name")
    library.items.delete([rid])
    library.items.rename(rid, "New name")
    library.items.set_notes(rid, "secret")
    assert indexed(library, "new", "recordings_fts") == set()
    assert_index_in_step(library)
    library.items.restore([rid])
    assert [h.id for h in library.search("secret")] == [rid]
    assert_index_in_step(library)


# --- tags -------------------------------------------------------------------------------------------


def test_tags_reuse_names_case_insensitively(library: Library):
    a, b = add_recording(library, "a"), add_recording(library, "b")
    assert library.items.add_tags(a, ["Work", " urgent  ", "work"]) == ["urgent", "Work"]
    assert library.items.add_tags(b, ["WORK", "Ünï Code"]) == ["Work", "Ünï Code"]  # reuses "Work"
    assert library.items.add_tags(b, ["ünï code"]) == ["Work", "Ünï Code"]  # Unicode case folding too
    assert [(t.name, t.count) for t in library.items.all_tags()] == [
        ("urgent", 1),
        ("Work", 2),
        ("Ünï Code", 1),
    ]
    assert library.items.tags_of(a) == ["urgent", "Work"]


def test_empty_tag_is_refused_and_nothing_changes(library: Library):
    rid = add_recording(library)
    with pytest.raises(IamError, match="tag cannot be empty"):
        library.items.add_tags(rid, ["fine", "  "])
    assert library.items.tags_of(rid) == []
    with pytest.raises(NoSuchRecording):
        library.items.add_tags(42, ["x"])


def test_remove_tag_and_unused_tags_are_forgotten(library: Library):
    a, b = add_recording(library, "a"), add_recording(library, "b")
    library.items.add_tags(a, ["work", "home"])
    library.items.add_tags(b, ["work"])
    assert library.items.remove_tag(a, "HOME") is True
    assert library.items.remove_tag(a, "home") is False
    assert library.items.tags_of(a) == ["work"]
    assert [t.name for t in library.items.all_tags()] == ["work"]
    library.items.delete([b])
    assert [(t.name, t.count) for t in library.items.all_tags()] == [("work", 1)]  # trash not counted


# --- the list ---------------------------------------------------------------------------------------


@pytest.fixture
def catalogue(library: Library) -> dict[str, int]:
    """Five recordings with different titles, durations, days, languages, engines and tags."""
    now = datetime.now(UTC)
    spec = [
        ("Alpha standup", 60.0, 5, "en", "local", ["work"]),
        ("beta interview", 600.0, 4, "de", "openai", ["work", "press"]),
        ("Gamma lecture", 3600.0, 3, "en", "openai", []),
        ("delta voice memo", 20.0, 2, None, None, ["home"]),
        ("Epsilon standup", 90.0, 1, "en", "local", ["Work"]),
    ]
    made = {}
    for title, duration, days_ago, language, engine, tags in spec:
        rid = add_recording(library, title, duration)
        _set(library, rid, created_at=stored_time(now - timedelta(days=days_ago)))
        if engine:
            library.save_transcript(rid, machine_transcript("words", engine=engine, language=language))
        if tags:
            library.items.add_tags(rid, tags)
        made[title.split()[0].lower()] = rid
    return made


def test_query_sorts_and_pages(library: Library, catalogue: dict[str, int]):
    c = catalogue
    newest_first = [c["epsilon"], c["delta"], c["gamma"], c["beta"], c["alpha"]]
    assert ids(library.items.query()) == newest_first
    assert ids(library.list_recordings()) == newest_first
    assert ids(library.items.query(sort="created", descending=False)) == newest_first[::-1]
    by_title = [c["alpha"], c["beta"], c["delta"], c["epsilon"], c["gamma"]]  # case-insensitive
    assert ids(library.items.query(sort="title", descending=False)) == by_title
    assert ids(library.items.query(sort="duration")) == [
        c["gamma"],
        c["beta"],
        c["epsilon"],
        c["alpha"],
        c["delta"],
    ]
    pages = [
        ids(library.items.query(sort="title", descending=False, offset=o, limit=2)) for o in (0, 2, 4, 6)
    ]
    assert pages == [by_title[:2], by_title[2:4], by_title[4:], []]
    with pytest.raises(ValueError):
        library.items.query(sort="colour")  # type: ignore[arg-type]


def test_title_sort_ignores_case(library: Library):
    for title in ("b", "A", "c", "B"):
        add_recording(library, title)
    titles = [r.title for r in library.items.query(sort="title", descending=False)]
    assert [t.casefold() for t in titles] == ["a", "b", "b", "c"]


def test_query_rows_describe_the_recording(library: Library, catalogue: dict[str, int]):
    [beta] = library.items.query(RecordingFilter(text="beta"))
    assert (beta.language, beta.engine, beta.tags, beta.edited, beta.deleted_at) == (
        "de", "openai", ("press", "work"), False, None,
    )  # fmt: skip
    assert beta.to_json().keys() == {"id", "title", "duration", "created_at", "status"}
    [delta] = library.items.query(RecordingFilter(text="delta"))
    # no transcript and no job (recorded or imported without transcribing): not "done"
    assert (delta.language, delta.engine, delta.tags, delta.status) == (None, None, ("home",), "recorded")


@pytest.mark.parametrize(
    ("where", "expected"),
    [
        (RecordingFilter(text="STANDUP"), ["epsilon", "alpha"]),
        (RecordingFilter(text="100%_"), []),  # LIKE wildcards are plain characters
        (RecordingFilter(tag="WORK"), ["epsilon", "beta", "alpha"]),
        (RecordingFilter(tag="nope"), []),
        (RecordingFilter(min_duration=60, max_duration=600), ["epsilon", "beta", "alpha"]),
        (RecordingFilter(language="en"), ["epsilon", "gamma", "alpha"]),
        (RecordingFilter(engine="openai"), ["gamma", "beta"]),
        (RecordingFilter(engine="openai", language="en", text="lecture"), ["gamma"]),
        (RecordingFilter(tag="work", engine="local", min_duration=70), ["epsilon"]),
    ],
)
def test_filters_and_counts_agree(
    library: Library, catalogue: dict[str, int], where: RecordingFilter, expected
):
    assert ids(library.items.query(where)) == [catalogue[name] for name in expected]
    assert library.items.count(where) == len(expected)


def test_created_range_filter(library: Library, catalogue: dict[str, int]):
    now = datetime.now(UTC)
    where = RecordingFilter(
        created_from=now - timedelta(days=4, hours=1), created_to=now - timedelta(days=1, hours=1)
    )
    assert ids(library.items.query(where)) == [catalogue["delta"], catalogue["gamma"], catalogue["beta"]]
    assert library.items.count(where) == 3
    local_naive = (now - timedelta(days=2, hours=1)).astimezone().replace(tzinfo=None)  # naive = local time
    assert library.items.count(RecordingFilter(created_from=local_naive)) == 2


def test_trash_filters(library: Library, catalogue: dict[str, int]):
    library.items.delete([catalogue["beta"], catalogue["gamma"]])
    assert library.items.count() == 3
    assert library.items.count(RecordingFilter(include_trashed=True)) == 5
    trash = library.items.query(RecordingFilter(only_trashed=True))
    assert ids(trash) == [catalogue["gamma"], catalogue["beta"]]
    assert all(r.deleted_at is not None for r in trash)
    assert library.items.count(RecordingFilter(only_trashed=True, engine="openai", language="de")) == 1
    assert catalogue["beta"] not in ids(library.list_recordings())


def test_status_is_the_newest_jobs(library: Library):
    rid = add_recording(library)
    first = library.jobs.create("/a.wav", engine="local", recording_id=rid)
    library.jobs.update(first, status="failed")
    library.jobs.create("/a.wav", engine="local", recording_id=rid)
    assert library.items.query()[0].status == "queued"


def test_list_is_fast_with_100000_recordings(library: Library):
    """count + one page, sorted and filtered, on a large library (the lazy list model's calls)."""
    now = datetime.now(UTC)
    connection = insert_many_recordings(library.paths.database, 100_000, now)
    with connection:
        connection.execute("INSERT INTO tags (id, name) VALUES (1, 'work')")
        connection.executemany(
            "INSERT INTO recording_tags (recording_id, tag_id) VALUES (?, 1)",
            ((i,) for i in range(1, 100_001, 10)),
        )
        connection.executemany(
            "UPDATE recordings SET deleted_at = ? WHERE id = ?",
            ((stored_time(now), i) for i in range(7, 100_001, 100)),
        )
    connection.close()
    calls = [
        lambda: library.items.count(),
        lambda: library.items.query(offset=50_000, limit=100),
        lambda: library.items.query(sort="title", descending=False, offset=200, limit=100),
        lambda: library.items.query(sort="duration", limit=100),
        lambda: library.items.count(RecordingFilter(tag="work", language="en")),
        lambda: library.items.query(RecordingFilter(tag="work", language="en"), limit=100),
        lambda: library.items.query(RecordingFilter(text="0999"), limit=100),
    ]
    for call in calls:
        started = time.perf_counter()
        call()
        assert time.perf_counter() - started < 1.0
    assert library.items.count() == 100_000 - 1000
    page = library.items.query(offset=10, limit=5)
    assert ids(page) == [12, 13, 14, 15, 16]  # 7 is in the trash
    assert library.items.count(RecordingFilter(tag="work", language="en")) == 10_000


# --- the trash --------------------------------------------------------------------------------------


def test_trash_hides_from_list_and_search_and_restore_brings_back(library: Library):
    rid = add_recording(library, "Harbour tour")
    library.save_transcript(rid, machine_transcript("the lighthouse keeper", "seagulls everywhere"))
    library.items.set_notes(rid, "ferry timetable")
    other = add_recording(library, "Other")
    library.save_transcript(other, machine_transcript("lighthouse too"))
    segment_ids = indexed(library, "lighthouse")
    assert library.items.delete([rid]) == 1
    assert ids(library.list_recordings()) == [other]
    assert [h.id for h in library.search("lighthouse")] == [other]
    assert library.search("harbour") == library.search("ferry") == library.search("seagulls") == []
    assert indexed(library, "seagulls") == set()
    assert (
        indexed(library, "harbour", "recordings_fts") == indexed(library, "ferry", "recordings_fts") == set()
    )
    assert len(indexed(library, "lighthouse")) == 1
    assert library.items.is_trashed(rid)
    assert_index_in_step(library)
    assert library.items.delete([rid]) == 0  # already there: nothing unindexed twice
    assert_index_in_step(library)

    assert library.items.restore([rid]) == 1
    assert library.items.restore([rid]) == 0
    assert not library.items.is_trashed(rid)
    assert ids(library.list_recordings()) == [other, rid]
    assert indexed(library, "lighthouse") == segment_ids
    assert {h.id for h in library.search("lighthouse")} == {rid, other}
    assert [h.id for h in library.search("ferry")] == [rid]
    assert_index_in_step(library)


def test_bulk_trash_is_one_transaction(library: Library):
    a, b = add_recording(library, "a"), add_recording(library, "b")
    with pytest.raises(NoSuchRecording, match="no recording with ID 999"):
        library.items.delete([a, 999, b])
    assert library.items.count() == 2
    assert library.items.delete([a, b, a]) == 2
    assert library.items.count() == 0
    with pytest.raises(NoSuchRecording):
        library.items.restore([a, 999])
    assert library.items.count() == 0
    assert library.items.restore([a, b]) == 2
    assert_index_in_step(library)


def test_empty_trash_deletes_rows_and_unshared_audio(library: Library):
    lonely = add_recording(library, "lonely", content="1", audio=True)
    shared = add_recording(library, "shared", content="2", audio=True)
    twin = add_recording(library, "twin", content="2", audio=True)  # the same audio copy as `shared`
    for rid in (lonely, shared, twin):
        library.save_transcript(rid, machine_transcript("some words"))
        library.items.add_tags(rid, [f"tag{rid}"])
    job = library.jobs.create("/x.wav", engine="local", recording_id=lonely)
    lonely_audio, shared_audio = library.audio_file(lonely), library.audio_file(shared)
    library.items.delete([lonely, shared])
    assert library.items.empty_trash() == 0  # not 30 days old yet
    assert library.items.empty_trash(None) == 2
    assert library.get_recording(lonely) is None and library.get_recording(shared) is None
    assert not lonely_audio.exists()
    assert shared_audio.exists() and library.audio_file(twin) == shared_audio
    assert library.items.count(RecordingFilter(include_trashed=True)) == 1
    assert [t.name for t in library.items.all_tags()] == [f"tag{twin}"]
    assert library.jobs.get(job).recording_id is None  # the job's history stays
    with library._engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM transcripts")).scalar() == 1
        assert conn.execute(text("SELECT count(*) FROM segments")).scalar() == 1
    assert_index_in_step(library)


def test_purge_expired_only_takes_old_trash(library: Library):
    old, recent, kept = (
        add_recording(library, t, content=t[0], audio=True) for t in ("old", "recent", "kept")
    )
    library.items.delete([old, recent])
    _set(library, old, deleted_at=stored_time(datetime.now(UTC) - timedelta(days=31)))
    _set(library, recent, deleted_at=stored_time(datetime.now(UTC) - timedelta(days=29)))
    old_audio = library.audio_file(old)
    assert library.items.purge_expired() == 1
    assert library.get_recording(old) is None and not old_audio.exists()
    assert library.items.is_trashed(recent)
    assert library.items.empty_trash(timedelta(days=7)) == 1
    assert ids(library.items.query(RecordingFilter(include_trashed=True))) == [kept]
