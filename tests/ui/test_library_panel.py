"""The library panel with real widgets (offscreen) on a real SQLite library: paging, filters, search, the
actions on selected recordings, the trash with undo, and re-transcription."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta

import pytest
from helpers import insert_many_recordings, stored_time
from PySide6.QtCore import QCoreApplication, QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox

from iam_desktop.audio.store import StoredAudio
from iam_desktop.engines.provider import SingleEngine
from iam_desktop.jobs.runner import JobRunner
from iam_desktop.library import Library
from iam_desktop.library.records import SearchHit
from iam_desktop.transcript import Segment, Transcript
from iam_desktop.ui.changes import Change, Kind
from iam_desktop.ui.i18n import format_time
from iam_desktop.ui.library_filters import date_from
from iam_desktop.ui.library_model import PAGE_SIZE, ROLE_ID
from iam_desktop.ui.library_panel import LibraryPanel
from iam_desktop.ui.library_rows import grey_line, state_text
from iam_desktop.ui.operations import Pool, wait_for_operations
from iam_desktop.ui.recording_actions import parse_tags
from iam_desktop.ui.search_hits import ROLE_HTML, SearchHitModel
from iam_desktop.ui.tags_editor import TagsDialog

# --- helpers ----------------------------------------------------------------------------------------


def add(
    library: Library,
    title: str,
    *,
    duration: float = 30.0,
    texts: tuple[str, ...] = ("hello there",),
    language: str | None = "en",
    engine: str = "local",
    days_ago: float = 0.0,
) -> int:
    """A recording (its audio copy need not exist) with a transcript of `texts` (none if empty)."""
    sha = f"{title.encode().hex()}{'0' * 64}"[:64]
    stored = StoredAudio(sha256=sha, relpath=f"{sha[:2]}/{sha}.wav", size=4)
    rid = library.add_recording(
        title=title, duration=duration, sample_rate=16000, channels=1, stored=stored, source_path=None
    )
    if texts:
        segments = [Segment(i * 10.0, i * 10.0 + 5.0, text) for i, text in enumerate(texts)]
        library.save_transcript(
            rid,
            Transcript(
                title=title,
                duration=duration,
                engine=engine,
                model="m",
                language=language,
                segments=segments,
            ),
        )
    if days_ago:
        with library._engine.begin() as conn:
            conn.exec_driver_sql(
                "UPDATE recordings SET created_at = ? WHERE id = ?",
                (stored_time(datetime.now(UTC) - timedelta(days=days_ago)), rid),
            )
    return rid


def titles(panel: LibraryPanel) -> list[str]:
    model = panel.model
    return [model.summary(row).title for row in range(model.rowCount())]


def select(panel: LibraryPanel, *wanted: str) -> None:
    """Select the recordings with these titles in the list (the first one current)."""
    model, selection = panel.model, QItemSelection()
    rows = [titles(panel).index(title) for title in wanted]
    for row in rows:
        selection.select(model.index(row), model.index(row))
    chooser = panel.list.selectionModel()
    chooser.setCurrentIndex(model.index(rows[0]), QItemSelectionModel.SelectionFlag.NoUpdate)
    chooser.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)


def wait_loaded(qtbot, panel: LibraryPanel) -> None:
    qtbot.waitUntil(lambda: not panel.model.is_loading(), timeout=5_000)


def reload_and_wait(qtbot, panel: LibraryPanel) -> None:
    with qtbot.waitSignal(panel.model.reloaded, timeout=5_000):
        panel.refresh()


@pytest.fixture
def make_panel(qtbot, library):
    def make() -> LibraryPanel:
        panel = LibraryPanel(library)
        qtbot.addWidget(panel)
        panel.resize(420, 640)
        panel.show()
        qtbot.waitExposed(panel)
        wait_loaded(qtbot, panel)
        return panel

    return make


@pytest.fixture
def dialogs(monkeypatch):
    """Answers for the standard dialogs (set the entries before triggering an action)."""
    answers: dict[str, object] = {}
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: answers["text"])
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: answers["multiline"])
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: answers["item"])
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: answers["folder"])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers["question"])
    monkeypatch.setattr(TagsDialog, "ask", lambda *a, **k: answers["tags"])
    return answers


# --- the list ---------------------------------------------------------------------------------------


def test_100000_recordings_load_a_page_at_a_time(qtbot, library):
    insert_many_recordings(library.paths.database, 100_000, datetime.now(UTC)).close()

    started = time.perf_counter()
    panel = LibraryPanel(library)
    qtbot.addWidget(panel)
    panel.resize(420, 640)
    panel.show()
    qtbot.waitExposed(panel)
    shown = time.perf_counter() - started
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=5_000)
    filled = time.perf_counter() - started
    assert shown < 1.0 and filled < 1.5, (shown, filled)
    assert panel.model.rowCount() == PAGE_SIZE and panel.model.total == 100_000
    assert titles(panel)[:2] == ["Recording 000001", "Recording 000002"]
    assert panel.count_label.text() == "100,000 recordings"

    panel.model.fetchMore()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2 * PAGE_SIZE, timeout=5_000)
    panel.list.scrollToBottom()  # the view asks for the next page itself
    qtbot.waitUntil(lambda: panel.model.rowCount() >= 3 * PAGE_SIZE, timeout=5_000)
    assert len(set(titles(panel))) == panel.model.rowCount()  # no row twice

    panel.filters.language.setCurrentIndex(panel.filters.language.findData("de"))
    qtbot.waitUntil(lambda: panel.model.total == 50_000, timeout=5_000)
    assert panel.model.rowCount() == PAGE_SIZE and titles(panel)[0] == "Recording 000002"


def test_rows_describe_the_recording(library):
    rid = add(library, "Board meeting", duration=75, language="de", engine="openai", texts=("x",))
    library.items.add_tags(rid, ["work", "Q3"])
    [item] = library.items.query()
    now = datetime.now().astimezone()
    local = item.created_at.astimezone()
    today = f"Today {format_time(local)} · 1:15 · German"
    assert grey_line(item, now) == today or local.date() != now.date()
    job = library.jobs.create("/a.wav", engine="local", recording_id=rid)
    assert state_text(library.items.query()[0]) == "Waiting…"
    library.jobs.update(job, status="failed")
    assert grey_line(library.items.query()[0], now).endswith(" · Failed")


def test_filters_and_sort_change_the_rows(qtbot, library, make_panel):
    add(library, "alpha", duration=10, language="en", days_ago=1)
    add(library, "Bravo", duration=300, language="de", engine="openai", days_ago=20)
    add(library, "charlie", duration=60, language="en", days_ago=100)
    delta = add(library, "delta", duration=30, texts=(), days_ago=400)
    library.items.add_tags(delta, ["work"])
    panel = make_panel()
    filters = panel.filters
    assert titles(panel) == ["alpha", "Bravo", "charlie", "delta"]

    def choose(combo, data) -> None:
        with qtbot.waitSignal(panel.model.reloaded, timeout=5_000):
            combo.setCurrentIndex(combo.findData(data))

    choose(filters.sort, "oldest")
    assert titles(panel) == ["delta", "charlie", "Bravo", "alpha"]
    choose(filters.sort, "title")
    assert titles(panel) == ["alpha", "Bravo", "charlie", "delta"]
    choose(filters.sort, "longest")
    assert titles(panel) == ["Bravo", "charlie", "delta", "alpha"]
    choose(filters.sort, "shortest")
    assert titles(panel) == ["alpha", "delta", "charlie", "Bravo"]
    choose(filters.date_range, "30d")
    assert titles(panel) == ["alpha", "Bravo"]
    choose(filters.date_range, "7d")
    assert titles(panel) == ["alpha"]
    choose(filters.date_range, "any")
    choose(filters.length, "5 to 30 min")
    assert titles(panel) == ["Bravo"]
    choose(filters.length, "Under 5 min")
    assert titles(panel) == ["alpha", "delta", "charlie"]
    choose(filters.length, "Any length")
    choose(filters.language, "en")
    assert titles(panel) == ["alpha", "charlie"]
    choose(filters.language, None)
    choose(filters.engine, "openai")
    assert titles(panel) == ["Bravo"]
    choose(filters.engine, None)
    assert (
        filters.tag.findData("work") > 0 and filters.tag.itemText(filters.tag.findData("work")) == "work (1)"
    )
    choose(filters.tag, "work")
    assert titles(panel) == ["delta"] and panel.count_label.text() == "1 recording"


def test_date_ranges_start_in_local_time():
    now = datetime(2026, 3, 15, 14, 30).astimezone()
    assert date_from("any", now) is None
    assert date_from("today", now) == now.replace(hour=0, minute=0)
    assert date_from("7d", now) == now - timedelta(days=7)
    assert date_from("year", now) == now.replace(month=1, day=1, hour=0, minute=0)


def test_refresh_keeps_the_selection_by_id(qtbot, library, make_panel):
    for title in ("one", "two", "three"):
        add(library, title)
    panel = make_panel()
    select(panel, "two", "one")
    shown = []
    panel.recording_selected.connect(lambda rid, at: shown.append(rid))
    add(library, "four")  # arrives on top: every row moves down
    reload_and_wait(qtbot, panel)
    assert titles(panel)[0] == "four"
    assert {panel.model.summary(i.row()).title for i in panel.list.selectionModel().selectedIndexes()} == {
        "one",
        "two",
    }
    assert panel.model.summary(panel.list.currentIndex().row()).title == "two"
    assert shown == []  # the same recording stays shown: nothing to tell the window

    three = next(item.id for item in library.items.query() if item.title == "three")
    with qtbot.waitSignal(panel.recording_selected, timeout=5_000) as picked:
        panel.select_recording(three)  # listed: selected at once
    assert picked.args == [three, 0.0]

    five = add(library, "five")  # just saved: selected once the reload its change asks for lists it
    with qtbot.waitSignal(panel.recording_selected, timeout=5_000) as picked:
        panel.select_recording(five)
        panel.bus.publish(Change.of(Kind.RECORDINGS, ids=[five]))
    assert picked.args == [five, 0.0]
    assert titles(panel)[0] == "five"


# --- actions ----------------------------------------------------------------------------------------


def test_rename_notes_and_tags_through_the_actions(qtbot, library, make_panel, dialogs):
    first, second = add(library, "first"), add(library, "second")
    library.items.add_tags(first, ["keep", "old"])
    library.items.add_tags(second, ["keep"])
    panel = make_panel()
    actions = panel.recording_actions

    select(panel, "first")
    actions.rename_action.trigger()  # F2: the title is edited in place
    editor = panel.list.findChild(QLineEdit, "titleEditor")
    assert editor is not None and editor.text() == "first"
    editor.setText("  Kick-off   call ")
    with qtbot.waitSignal(panel.model.reloaded, timeout=5_000):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert library.get_recording(first).title == "Kick-off call"
    assert "Kick-off call" in titles(panel)
    assert panel.notice.label.text() == "Renamed to “Kick-off call”."

    select(panel, "Kick-off call")
    dialogs["multiline"] = ("Call with the printer.\nBudget agreed.", True)
    with qtbot.waitSignal(panel.model.reloaded, timeout=5_000):
        actions.notes_action.trigger()
    assert library.items.query()[1].notes == "Call with the printer.\nBudget agreed."

    select(panel, "Kick-off call", "second")  # common tag: keep; "old" is on one only and stays
    dialogs["tags"] = ("keep, Clients ,clients, 2026", True)
    with qtbot.waitSignal(panel.model.reloaded, timeout=5_000):
        actions.tags_action.trigger()
    assert library.items.tags_of(first) == ["2026", "Clients", "keep", "old"]
    assert library.items.tags_of(second) == ["2026", "Clients", "keep"]

    select(panel, "Kick-off call", "second")
    dialogs["tags"] = ("Clients", True)  # keep and 2026 taken off both
    with qtbot.waitSignal(panel.model.reloaded, timeout=5_000):
        actions.tags_action.trigger()
    assert library.items.tags_of(first) == ["Clients", "old"]
    assert library.items.tags_of(second) == ["Clients"]
    qtbot.waitUntil(lambda: panel.filters.tag.findData("keep") < 0, timeout=5_000)  # the tag list follows

    select(panel, "second")
    dialogs["tags"] = ("x" * 101, True)  # too long: a plain message, nothing changed
    actions.tags_action.trigger()  # the default failure handler says it (a window-modal box)
    qtbot.waitUntil(lambda: panel.findChild(QMessageBox, "operationFailure") is not None, timeout=5_000)
    box = panel.findChild(QMessageBox, "operationFailure")
    assert "at most 100 characters" in box.text() and not box.detailedText()  # the user's to fix
    box.accept()
    assert library.items.tags_of(second) == ["Clients"]


def test_tag_text_is_split_on_commas():
    assert parse_tags(" a, b ,,A,  two  words ") == ["a", "b", "two words"]


def test_delete_key_moves_to_trash_and_undo_restores(qtbot, library, make_panel):
    ids = [add(library, title) for title in ("one", "two", "three")]
    panel = make_panel()
    select(panel, "three", "one")
    panel.list.setFocus()
    qtbot.waitUntil(panel.list.hasFocus)
    with qtbot.waitSignal(panel.model.reloaded, timeout=5_000):
        qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert titles(panel) == ["two"]
    assert library.items.is_trashed(ids[0]) and library.items.is_trashed(ids[2])
    assert panel.notice.isVisible() and panel.notice.undo_button.isVisible()
    assert panel.notice.label.text() == "Moved 2 recordings to the trash."

    with qtbot.waitSignal(panel.model.reloaded, timeout=5_000):
        qtbot.mouseClick(panel.notice.undo_button, Qt.MouseButton.LeftButton)
    assert titles(panel) == ["three", "two", "one"]
    assert not any(library.items.is_trashed(i) for i in ids)
    assert not panel.recording_actions.undo_action.isEnabled()  # undone once; nothing left to undo


def test_undo_is_offered_for_a_limited_time(qtbot, library, make_panel):
    rid = add(library, "one")
    panel = make_panel()
    panel.recording_actions.undo_ms = 300
    select(panel, "one")
    panel.recording_actions.trash_action.trigger()
    qtbot.waitUntil(panel.recording_actions.undo_action.isEnabled, timeout=5_000)
    qtbot.waitUntil(lambda: not panel.recording_actions.undo_action.isEnabled(), timeout=2_000)
    qtbot.waitUntil(lambda: not panel.notice.isVisible(), timeout=2_000)
    panel.recording_actions.undo_trash()  # too late: nothing happens
    assert wait_for_operations(5_000)  # whatever it started has ended
    assert library.items.is_trashed(rid)


def test_trash_view_restores_and_empties(qtbot, library, make_panel, dialogs):
    ids = {title: add(library, title) for title in ("one", "two", "three")}
    library.items.delete([ids["one"], ids["two"]])
    panel = make_panel()
    assert titles(panel) == ["three"] and not panel.trash_bar.isVisible()
    with qtbot.waitSignal(panel.model.reloaded, timeout=5_000):
        panel.filters.trash.click()
    assert titles(panel) == ["two", "one"] and panel.trash_bar.isVisible()
    assert panel.count_label.text() == "2 in the trash"
    select(panel, "one")
    panel.recording_actions.update_enabled()
    actions = panel.recording_actions
    assert actions.restore_action.isEnabled() and not actions.trash_action.isEnabled()
    assert not panel.recording_actions.rename_action.isEnabled()
    with qtbot.waitSignal(panel.model.reloaded, timeout=5_000):
        panel.recording_actions.restore_action.trigger()
    assert titles(panel) == ["two"] and not library.items.is_trashed(ids["one"])

    dialogs["question"] = QMessageBox.StandardButton.No
    panel.recording_actions.empty_trash_action.trigger()
    assert wait_for_operations(5_000)  # whatever it started has ended
    assert library.get_recording(ids["two"]) is not None
    dialogs["question"] = QMessageBox.StandardButton.Yes
    with qtbot.waitSignal(panel.model.reloaded, timeout=5_000):
        panel.recording_actions.empty_trash_action.trigger()
    assert titles(panel) == [] and library.get_recording(ids["two"]) is None
    assert panel.notice.label.text() == "Deleted 1 recording for good."
    with qtbot.waitSignal(panel.model.reloaded, timeout=5_000):
        panel.filters.trash.click()
    assert titles(panel) == ["three", "one"]


def test_export_selected_writes_a_file_per_recording(qtbot, library, make_panel, dialogs, tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    first = add(library, "Budget: Q3/Q4", texts=("we agreed on the budget",))
    second = add(library, "Lunch", texts=("soup", "bread"))
    add(library, "Not yet", texts=())
    panel = make_panel()
    select(panel, "Budget: Q3/Q4", "Lunch", "Not yet")
    dialogs["item"] = ("SubRip subtitles (.srt)", True)
    dialogs["folder"] = str(folder)
    panel.recording_actions.export_action.trigger()
    qtbot.waitUntil(lambda: panel.notice.label.text().startswith("Exported"), timeout=10_000)
    assert sorted(p.name for p in folder.iterdir()) == [f"Budget_ Q3_Q4-{first}.srt", f"Lunch-{second}.srt"]
    assert "00:00:10,000 --> 00:00:15,000\nbread" in (folder / f"Lunch-{second}.srt").read_text()
    assert panel.notice.label.text() == (
        f"Exported 2 transcripts to {folder}. Not exported: Not yet: no transcript yet"
    )

    select(panel, "Lunch")
    dialogs["folder"] = str(tmp_path / "gone")  # a folder removed meanwhile: a plain message
    panel.recording_actions.export_action.trigger()
    qtbot.waitUntil(lambda: "folder does not exist" in panel.notice.label.text(), timeout=10_000)


def test_retranscribe_queues_jobs_attached_to_the_same_recordings(qtbot, library, make_panel, monkeypatch):
    first, second = add(library, "first"), add(library, "second")
    runner = JobRunner(library, SingleEngine(object()))
    monkeypatch.setattr(runner, "start", lambda: None)  # queued only: no engine runs here
    panel = make_panel()
    panel.retranscribe_requested.connect(lambda ids: runner.retranscribe(ids, engine="local", language="de"))
    select(panel, "second", "first")
    with qtbot.waitSignal(panel.retranscribe_requested, timeout=5_000) as request:
        panel.recording_actions.retranscribe_action.trigger()
    assert sorted(request.args[0]) == sorted([first, second])
    jobs = library.jobs.list_jobs()
    assert sorted(job.recording_id for job in jobs) == sorted([first, second])
    for job in jobs:
        assert job.status == "queued" and job.language == "de" and job.owner == runner.owner
        assert job.source_path == str(library.audio_file(job.recording_id))
    reload_and_wait(qtbot, panel)
    assert all(panel.model.summary(row).status == "queued" for row in range(2))


def test_the_window_queues_a_retranscription_with_its_options(qtbot, library, monkeypatch):
    from iam_desktop.ui.main_window import MainWindow

    rid = add(library, "again")
    runner = JobRunner(library, SingleEngine(object()))
    monkeypatch.setattr(runner, "start", lambda: None)
    window = MainWindow(library, runner)
    qtbot.addWidget(window)
    window.options_bar.language.setCurrentIndex(window.options_bar.language.findData("fr"))
    window.library_panel.retranscribe_requested.emit([rid])
    qtbot.waitUntil(lambda: len(library.jobs.list_jobs()) == 1, timeout=5_000)
    [job] = library.jobs.list_jobs()
    assert (job.recording_id, job.language, job.engine) == (rid, "fr", "local")
    runner.shutdown(timeout=5)


# --- search -----------------------------------------------------------------------------------------


def test_search_lists_hits_with_the_match_in_bold_and_picking_one_shows_it(qtbot, library, make_panel):
    rid = add(library, "Harbour tour", texts=("we start at the pier", "the lighthouse is old"))
    add(library, "Other", texts=("nothing to see",))
    panel = make_panel()
    qtbot.keyClicks(panel.search_box, "LIGHTH")
    qtbot.waitUntil(lambda: panel.hits_model.rowCount() == 1, timeout=5_000)
    assert panel.stack.currentWidget() is panel.hits and not panel.filters.isEnabled()
    index = panel.hits_model.index(0)
    assert index.data() == "Harbour tour  ·  0:10\nthe lighthouse is old"
    assert "<b>lighthouse</b>" in index.data(ROLE_HTML)
    assert panel.count_label.text() == "1 hit for “LIGHTH”"  # said once the search is done (`searched`)
    with qtbot.waitSignal(panel.recording_selected, timeout=5_000) as picked:
        panel.hits.activated.emit(index)
    assert picked.args == [rid, 10.0]
    with qtbot.waitSignal(panel.recording_selected, timeout=5_000) as picked:
        panel.hits.setCurrentIndex(index)  # moving onto a hit with the keys shows it too
    assert picked.args == [rid, 10.0]
    panel.hits.grab()  # the delegate paints without error

    panel.hits.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    assert panel.selected_ids() == [rid]
    panel.hits.setFocus()
    qtbot.waitUntil(panel.hits.hasFocus)
    qtbot.keyClick(panel.hits, Qt.Key.Key_Delete)  # the keys work on hits too; the hit goes
    qtbot.waitUntil(lambda: panel.hits_model.rowCount() == 0, timeout=5_000)
    assert library.items.is_trashed(rid) and panel.count_label.text() == "Nothing found for “LIGHTH”"

    panel.search_box.clear()
    qtbot.waitUntil(lambda: panel.stack.currentWidget() is panel.list, timeout=5_000)
    assert panel.filters.isEnabled() and panel.count_label.text() == "1 recording"


def test_an_older_search_never_overwrites_a_newer_one(qtbot):
    release = threading.Event()

    def search(query: str, limit: int = 200, offset: int = 0) -> list[SearchHit]:
        if query == "slow":
            release.wait(5)
        return [SearchHit(id=1, title=query, start=0.0, snippet=f"«{query}»")]

    # the general pool runs both at once, so the newer answer comes back first (on the library's one thread
    # the older would simply end first)
    model = SearchHitModel(search, pool=Pool.GENERAL)
    model.set_query("slow")
    model.set_query("fast")
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5_000)
    release.set()
    assert wait_for_operations(5_000)  # the slow search has ended…
    QCoreApplication.processEvents()  # …and its late answer has been handed over (and dropped)
    assert model.hit(0).title == "fast" and "<b>fast</b>" in model.index(0).data(ROLE_HTML)


def test_search_hits_page_in_as_the_list_scrolls(qtbot):
    def search(query: str, limit: int = 200, offset: int = 0) -> list[SearchHit]:
        return [SearchHit(id=i, title=f"t{i}", start=float(i), snippet="x") for i in range(offset, 450)][
            :limit
        ]

    model = SearchHitModel(search)
    model.set_query("x")
    qtbot.waitUntil(lambda: model.rowCount() == 200, timeout=5_000)
    assert model.canFetchMore()
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 400, timeout=5_000)
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 450, timeout=5_000)
    assert not model.canFetchMore() and model.index(449).data(ROLE_ID) == 449


# --- the window's views follow the library ------------------------------------------------------------


def test_an_edit_in_the_transcript_updates_the_search_hits_and_the_list(qtbot, library):
    from iam_desktop.ui.main_window import MainWindow

    rid = add(library, "Harbour tour", texts=("we start at the pier", "the lighthouse is old"))
    runner = JobRunner(library, SingleEngine(object()))  # not started: no job runs here
    window = MainWindow(library, runner)
    qtbot.addWidget(window)
    window.show()
    panel, view = window.library_panel, window.transcript_view
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=5_000)
    assert "Edited" not in panel.model.index(0).data(Qt.ItemDataRole.ToolTipRole)
    qtbot.keyClicks(panel.search_box, "old")
    qtbot.waitUntil(lambda: panel.hits_model.rowCount() == 1, timeout=5_000)
    panel.hits.setCurrentIndex(panel.hits_model.index(0))  # shows the recording at the hit
    qtbot.waitUntil(lambda: view.recording_id == rid and view.segment_texts()[1] == "the lighthouse is old")

    view.edit_text(1, "the beacon is old")  # stored by the pane, published on the window's bus

    hits = panel.hits_model
    qtbot.waitUntil(lambda: hits.rowCount() == 1 and "beacon" in hits.index(0).data(), timeout=5_000)
    qtbot.waitUntil(lambda: "Edited" in panel.model.index(0).data(Qt.ItemDataRole.ToolTipRole), timeout=5_000)
    assert panel.hits.currentIndex().row() == 0  # the hit stays the current one
    assert view.segment_texts()[1] == "the beacon is old"  # the pane made the change: not read again
    assert "beacon" in library.get_transcript(rid).segments[1].text
    window.close()
