"""The library as a sidebar (offscreen, on a real SQLite library): the rows' grey line, the day headers,
the Filter button, rename in place (F2), the tags editor, the notes side panel, the empty library and a
job's progress on its row."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from helpers import stored_time
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit

from iam_desktop.audio.store import StoredAudio
from iam_desktop.library import Library
from iam_desktop.library.records import RecordingFilter, RecordingSummary
from iam_desktop.library.status import RecordingStatus
from iam_desktop.transcript import Segment, Transcript
from iam_desktop.ui.changes import Change, ChangeBus, Kind
from iam_desktop.ui.library_delegate import RecordingDelegate
from iam_desktop.ui.library_model import ROLE_HEADER, ROLE_LINE, ROLE_PROBLEM
from iam_desktop.ui.library_panel import NO_MATCH_TEXT, LibraryPanel
from iam_desktop.ui.library_rows import day_header, grey_line, is_problem, when_text
from iam_desktop.ui.notes_panel import NotesPanel
from iam_desktop.ui.tags_editor import TagsDialog, TagsEditor

#: a Thursday evening, local time
NOW = datetime(2026, 11, 19, 23, 55).astimezone()


def summary(created: datetime, **values: object) -> RecordingSummary:
    fields: dict = {"id": 1, "title": "t", "duration": 105.0, "created_at": created, "status": "done"}
    return RecordingSummary(**{**fields, **values})


def add(library: Library, title: str, *, days_ago: float = 0.0, language: str | None = "en") -> int:
    """A recording made `days_ago` days before now, with a one-segment transcript."""
    sha = f"{title.encode().hex()}{'0' * 64}"[:64]
    stored = StoredAudio(sha256=sha, relpath=f"{sha[:2]}/{sha}.wav", size=4)
    rid = library.add_recording(
        title=title, duration=65.0, sample_rate=16000, channels=1, stored=stored, source_path=None
    )
    transcript = Transcript(
        title=title, duration=65.0, engine="local", model="m", language=language,
        segments=[Segment(0.0, 5.0, "hello there")],
    )  # fmt: skip
    library.save_transcript(rid, transcript)
    if days_ago:
        with library._engine.begin() as conn:
            conn.exec_driver_sql(
                "UPDATE recordings SET created_at = ? WHERE id = ?",
                (stored_time(datetime.now(UTC) - timedelta(days=days_ago)), rid),
            )
    return rid


@pytest.fixture
def make_panel(qtbot, library):
    def make() -> LibraryPanel:
        panel = LibraryPanel(library)
        qtbot.addWidget(panel)
        panel.resize(300, 700)
        panel.show()
        qtbot.waitExposed(panel)
        qtbot.waitUntil(lambda: not panel.model.is_loading(), timeout=5_000)
        return panel

    return make


def titles(panel: LibraryPanel) -> list[str]:
    return [panel.model.summary(row).title for row in range(panel.model.rowCount())]


# --- the grey line and the day headers (functions of the locale) ------------------------------------


@pytest.fixture
def british():
    """Format in British English (24-hour times, day before month) for the length of the test."""
    before = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(before)


def test_the_grey_line_says_when_how_long_and_what_language(british):
    today = NOW.replace(hour=9, minute=5)
    assert grey_line(summary(today, language="pt"), NOW) == "Today 09:05 · 1:45 · Portuguese"
    yesterday = NOW - timedelta(days=1, hours=14)
    assert grey_line(summary(yesterday, duration=6300.0), NOW) == "Yesterday 09:55 · 1:45:00"
    monday = NOW.replace(hour=14, minute=2) - timedelta(days=3)
    assert grey_line(summary(monday, duration=59.6, language="xx"), NOW) == "Monday 14:02 · 0:59 · xx"
    assert when_text(NOW - timedelta(days=7), NOW) == "12 November 23:55"  # a week ago: the date
    assert when_text(datetime(2025, 3, 4, 10, 0).astimezone(), NOW) == "04/03/2025"  # another year


def test_the_grey_line_follows_the_locale():
    before = QLocale()
    try:
        QLocale.setDefault(QLocale("en_US"))
        assert when_text(NOW.replace(hour=9, minute=5), NOW) == "Today 9:05\u202fAM"
        assert when_text(datetime(2025, 3, 4, 10, 0).astimezone(), NOW) == "3/4/25"
        QLocale.setDefault(QLocale("de_DE"))
        assert when_text(NOW - timedelta(days=7), NOW) == "12. November 23:55"
        assert day_header(NOW - timedelta(days=3), NOW) == "Montag"
    finally:
        QLocale.setDefault(before)


def test_the_grey_line_says_the_job_state_while_a_recording_is_transcribed(british):
    running = summary(NOW, status="running", progress=0.42, language=None)
    assert grey_line(running, NOW) == "Today 23:55 · 1:45 · Transcribing 42 %"
    assert grey_line(replace(running, progress=0.0), NOW).endswith(" · Transcribing…")
    assert grey_line(summary(NOW, status="queued", language=None), NOW) == "Today 23:55 · 1:45 · Waiting…"
    failed = summary(NOW, status="failed", language="de")
    assert grey_line(failed, NOW) == "Today 23:55 · 1:45 · German · Failed" and is_problem(failed)
    assert not is_problem(running)


def test_day_headers(british):
    assert day_header(NOW.replace(hour=0, minute=1), NOW) == "Today"
    assert day_header(NOW - timedelta(days=1), NOW) == "Yesterday"
    assert day_header(NOW - timedelta(days=3), NOW) == "Monday"
    assert day_header(NOW - timedelta(days=6), NOW) == "Friday"
    assert day_header(NOW - timedelta(days=7), NOW) == "Thursday, 12 November 2026"


# --- the core list query ----------------------------------------------------------------------------


def test_the_list_query_carries_the_newest_jobs_progress(library):
    first, second = add(library, "first"), add(library, "second")
    old = library.jobs.create("/a.wav", engine="local", recording_id=first)
    library.jobs.update(old, status="failed", progress=0.9)
    job = library.jobs.create("/a.wav", engine="local", recording_id=first)
    library.jobs.update(job, status="running", progress=0.42)
    item = library.items.summary(first)
    assert item is not None and item.status == RecordingStatus.RUNNING
    assert item.progress == pytest.approx(0.42)
    assert library.items.summary(second).progress == 0.0
    assert [i.id for i in library.items.query(RecordingFilter(ids=(second,)))] == [second]
    assert library.items.summary(9999) is None


# --- the list ---------------------------------------------------------------------------------------


def test_rows_are_grouped_by_day_and_headers_are_not_rows(qtbot, library, make_panel):
    add(library, "early", days_ago=3)
    add(library, "yesterday", days_ago=1)
    add(library, "today 1")
    add(library, "today 2")
    panel = make_panel()
    model = panel.model
    assert titles(panel) == ["today 2", "today 1", "yesterday", "early"]
    headers = [model.index(row).data(ROLE_HEADER) for row in range(4)]
    three_days = day_header(datetime.now(UTC) - timedelta(days=3), datetime.now().astimezone())
    assert headers == ["Today", None, "Yesterday", three_days]
    assert model.rowCount() == 4  # a header is no row of its own

    view = panel.list
    view.setFocus()
    view.setCurrentIndex(model.index(1))
    qtbot.keyClick(view, Qt.Key.Key_Down)  # from the last of today to the first of yesterday
    assert view.currentIndex().row() == 2
    header_top = view.visualRect(model.index(2)).top() + 3  # on "Yesterday", above the row
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(40, header_top))
    assert view.currentIndex().row() == 2
    assert [i.row() for i in view.selectionModel().selectedIndexes()] == [2]
    body = view.visualRect(model.index(3)).bottom() - 4
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(40, body))
    assert view.currentIndex().row() == 3
    assert model.index(2).data(ROLE_LINE)[0].startswith("Yesterday ")
    view.grab()  # the delegate paints without error

    with qtbot.waitSignal(model.reloaded, timeout=5_000):
        panel.filters.sort.setCurrentIndex(panel.filters.sort.findData("title"))
    assert [model.index(row).data(ROLE_HEADER) for row in range(4)] == [None] * 4  # by title: no days


def test_rows_are_compact(qtbot, library, make_panel):
    for n in range(12):
        add(library, f"recording {n}", days_ago=n * 0.3)
    panel = make_panel()
    delegate = panel.list.itemDelegate()
    assert isinstance(delegate, RecordingDelegate)
    heights = [panel.list.visualRect(panel.model.index(row)).height() for row in range(12)]
    assert sum(heights[:10]) <= 560, heights  # ten rows, with their day headers, in a 700 px window
    assert panel.list.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff


def test_f2_renames_in_place_and_escape_cancels(qtbot, library, make_panel):
    rid = add(library, "Old title")
    panel = make_panel()
    view = panel.list
    view.setCurrentIndex(panel.model.index(0))
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.findChild(QLineEdit, "titleEditor")
    assert view.state() == QAbstractItemView.State.EditingState and editor.text() == "Old title"
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert view.state() != QAbstractItemView.State.EditingState
    qtbot.waitUntil(lambda: view.findChild(QLineEdit, "titleEditor") is None)  # the editor is gone
    assert library.get_recording(rid).title == "Old title"

    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.findChild(QLineEdit, "titleEditor")
    editor.selectAll()
    qtbot.keyClicks(editor, "Kick-off call")
    with qtbot.waitSignal(panel.model.reloaded, timeout=5_000):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert library.get_recording(rid).title == "Kick-off call"
    assert titles(panel) == ["Kick-off call"] and panel.notice.label.text() == "Renamed to “Kick-off call”."


def test_the_filter_button_counts_the_filters_that_are_on(qtbot, library, make_panel):
    add(library, "english", language="en")
    add(library, "german", language="de", days_ago=40)
    panel = make_panel()
    button, filters = panel.filter_button, panel.filters
    assert button.text() == "Filter" and not filters.isVisible()  # the filters wait behind the button
    button.click()
    assert button.popup.isVisible() and filters.isVisible()

    with qtbot.waitSignal(panel.model.reloaded, timeout=5_000):
        filters.language.setCurrentIndex(filters.language.findData("de"))
    assert titles(panel) == ["german"] and button.text() == "Filter · 1"
    with qtbot.waitSignal(panel.model.reloaded, timeout=5_000):
        filters.date_range.setCurrentIndex(filters.date_range.findData("30d"))
    assert titles(panel) == [] and button.text() == "Filter · 2"
    assert panel.list.placeholder == NO_MATCH_TEXT and not panel.is_empty()
    with qtbot.waitSignal(panel.model.reloaded, timeout=5_000):
        filters.sort.setCurrentIndex(filters.sort.findData("title"))
    assert button.text() == "Filter · 2"  # the order is not a filter
    with qtbot.waitSignal(panel.model.reloaded, timeout=5_000):
        filters.reset_button.click()
    assert titles(panel) == ["english", "german"] and button.text() == "Filter"
    assert panel.list.placeholder == ""


def test_an_empty_library_says_so_once_and_stops_when_a_recording_arrives(qtbot, library, make_panel):
    panel = make_panel()
    qtbot.waitUntil(panel.is_empty, timeout=5_000)
    assert panel.list.placeholder == "" and not panel.count_label.isVisible()  # nothing noisy
    rid = add(library, "first")
    with qtbot.waitSignal(panel.emptiness_changed, timeout=5_000) as told:
        panel.bus.publish(Change.of(Kind.RECORDINGS, ids=[rid]))
    assert told.args == [False] and not panel.is_empty() and panel.count_label.isVisible()


def test_a_jobs_progress_shows_on_its_row(qtbot, library, make_panel):
    rid = add(library, "long talk")
    panel = make_panel()
    job = library.jobs.create("/talk.wav", engine="local", recording_id=rid)
    library.jobs.update(job, status="running", progress=0.42)
    with qtbot.waitSignal(panel.model.reloaded, timeout=5_000):
        panel.bus.publish(Change.of(Kind.JOBS, Kind.RECORDINGS, ids=[rid]))
    index = panel.model.index(0)
    assert index.data(ROLE_LINE)[1] == "Transcribing 42 %"

    info = library.jobs.get(job)
    panel.show_job(replace(info, progress=0.57))  # a progress update: never stored, shown at once
    assert panel.model.index(0).data(ROLE_LINE)[1] == "Transcribing 57 %"
    panel.show_job(replace(info, status="failed"))
    assert panel.model.index(0).data(ROLE_LINE)[1] == "Failed" and panel.model.index(0).data(ROLE_PROBLEM)
    panel.show_job(replace(info, recording_id=rid + 100, progress=0.9))  # not listed: nothing happens
    assert panel.model.index(0).data(ROLE_LINE)[1] == "Failed"


# --- tags and notes ---------------------------------------------------------------------------------


def test_the_tags_editor_completes_from_the_librarys_tags(qtbot):
    editor = TagsEditor()
    qtbot.addWidget(editor)
    editor.show()
    editor.set_known(["work", "Workshop", "home"])
    editor.set_tags(["home"])
    editor.setFocus()
    editor.end(False)
    qtbot.keyClicks(editor, ", WOR")
    completer = editor.suggestions
    popup = completer.popup()
    assert popup is not None and popup.isVisible()
    offered = [completer.completionModel().index(r, 0).data() for r in range(completer.completionCount())]
    assert offered == ["work", "Workshop"]
    editor.insert_completion("Workshop")
    assert editor.text() == "home, Workshop, " and editor.tags() == ["home", "Workshop"]
    with qtbot.waitSignal(editor.committed) as done:
        editor.editingFinished.emit()
    assert done.args == [["home", "Workshop"]]


def test_the_tags_action_offers_the_librarys_tags(qtbot, library, make_panel, monkeypatch):
    rid = add(library, "tagged")
    library.items.add_tags(rid, ["work", "clients"])
    other = add(library, "plain")
    panel = make_panel()
    qtbot.waitUntil(lambda: panel.recording_actions.known_tags == ["clients", "work"], timeout=5_000)
    asked = []

    def ask(parent, label, names, known):
        asked.append((list(names), list(known)))
        return "work, Interview", True

    monkeypatch.setattr(TagsDialog, "ask", ask)
    panel.list.setCurrentIndex(panel.model.index(titles(panel).index("plain")))
    with qtbot.waitSignal(panel.model.reloaded, timeout=5_000):
        panel.recording_actions.tags_action.trigger()
    assert asked == [([], ["clients", "work"])]
    assert library.items.tags_of(other) == ["Interview", "work"]


def test_the_notes_panel_saves_notes_tags_and_title(qtbot, library):
    rid, other = add(library, "Interview"), add(library, "Other")
    library.items.add_tags(other, ["press"])
    bus = ChangeBus()
    changes: list[Change] = []
    bus.changed.connect(changes.append)
    panel = NotesPanel(library, bus)
    qtbot.addWidget(panel)
    panel.resize(300, 500)
    panel.show()
    assert panel.empty.isVisible() and not panel.notes.isVisible()
    panel.show_recording(rid)
    qtbot.waitUntil(lambda: panel.title_edit.text() == "Interview", timeout=5_000)
    assert panel.notes.isVisible() and "1:05" in panel.details.text()

    panel.notes.setFocus()
    qtbot.keyClicks(panel.notes, "Call back on Monday")
    qtbot.waitUntil(lambda: library.items.summary(rid).notes == "Call back on Monday", timeout=5_000)
    qtbot.waitUntil(lambda: panel.status.text() == "Saved", timeout=5_000)
    assert any(change.touches(Kind.RECORDINGS, rid) for change in changes)

    panel.tags.setFocus()
    qtbot.keyClicks(panel.tags, "pre")
    assert panel.tags.suggestions.currentCompletion() == "press"  # the library's tags are offered
    panel.tags.insert_completion("press")
    qtbot.keyClick(panel.tags, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: library.items.tags_of(rid) == ["press"], timeout=5_000)

    panel.title_edit.setFocus()
    panel.title_edit.selectAll()
    qtbot.keyClicks(panel.title_edit, "Interview with the mayor")
    qtbot.keyClick(panel.title_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: library.get_recording(rid).title == "Interview with the mayor", timeout=5_000)

    panel.notes.setFocus()
    qtbot.keyClicks(panel.notes, ".")  # typed, then another recording shown before the pause: saved
    panel.show_recording(other)
    qtbot.waitUntil(lambda: panel.title_edit.text() == "Other", timeout=5_000)
    qtbot.waitUntil(lambda: library.items.summary(rid).notes != "Call back on Monday", timeout=5_000)
    assert library.items.summary(rid).notes == "Call back on Monday."
    assert panel.notes.toPlainText() == ""

    library.items.set_notes(other, "Written elsewhere")  # another view changed it: read again
    bus.publish(Change.of(Kind.RECORDINGS, ids=[other]))
    qtbot.waitUntil(lambda: panel.notes.toPlainText() == "Written elsewhere", timeout=5_000)


def test_notes_from_the_list_open_the_side_panel(qtbot, library, make_panel):
    rid = add(library, "noted")
    panel = make_panel()
    panel.recording_actions.notes_in_panel = True
    panel.list.setCurrentIndex(panel.model.index(0))
    with qtbot.waitSignal(panel.recording_actions.notes_requested) as asked:
        panel.recording_actions.notes_action.trigger()
    assert asked.args == [rid]
