"""The library for a screen reader (offscreen, on a real SQLite library): the sentence each row and each
search hit says (Qt's AccessibleTextRole), the names of the filters, and what is announced after a
search and a move to the trash."""

from __future__ import annotations

from datetime import datetime

import pytest
from helpers import stored_time
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QLocale, Qt

from iam_desktop.audio.store import StoredAudio
from iam_desktop.library import Library
from iam_desktop.transcript import Segment, Transcript
from iam_desktop.ui import accessibility
from iam_desktop.ui.library_panel import LibraryPanel

ACCESSIBLE_TEXT = Qt.ItemDataRole.AccessibleTextRole


def add(
    library: Library, title: str, created: datetime, *, duration: float = 30.0, text: str = "hello"
) -> int:
    """A recording made at `created` (local time) with a one-segment English transcript."""
    sha = f"{title.encode().hex()}{'0' * 64}"[:64]
    stored = StoredAudio(sha256=sha, relpath=f"{sha[:2]}/{sha}.wav", size=4)
    rid = library.add_recording(
        title=title, duration=duration, sample_rate=16000, channels=1, stored=stored, source_path=None
    )
    transcript = Transcript(
        title=title, duration=duration, engine="local", model="m", language="en",
        segments=[Segment(0.0, 5.0, text)],
    )  # fmt: skip
    library.save_transcript(rid, transcript)
    with library._engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE recordings SET created_at = ? WHERE id = ?", (stored_time(created.astimezone()), rid)
        )
    return rid


@pytest.fixture
def british():
    """Format in British English (24-hour times, day before month) for the length of the test."""
    before = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def make_panel(qtbot, library):
    def make() -> LibraryPanel:
        panel = LibraryPanel(library)
        qtbot.addWidget(panel)
        panel.resize(420, 640)
        panel.show()
        qtbot.waitExposed(panel)
        qtbot.waitUntil(lambda: not panel.model.is_loading(), timeout=5_000)
        return panel

    return make


def test_rows_say_title_day_time_duration_and_state(library, make_panel, british):
    add(library, "Interview with Ann", datetime(2026, 12, 2, 14, 5), duration=750.0)
    planning = add(library, "Planning", datetime(2026, 12, 2, 9, 0))
    add(library, "Budget", datetime(2026, 11, 20, 16, 30), duration=3725.0)
    library.jobs.create("/a.wav", engine="local", recording_id=planning)  # waiting to be transcribed again
    panel = make_panel()
    model = panel.model
    model.now = lambda: datetime(2026, 12, 2, 18, 0).astimezone()
    sentences = [model.index(row).data(ACCESSIBLE_TEXT) for row in range(model.rowCount())]
    assert sentences == [
        "Today, Interview with Ann, Wednesday, 2 December 2026 14:05, 12:30, English, transcribed",
        "Planning, Wednesday, 2 December 2026 09:00, 0:30, English, Waiting…",  # same day: no header
        "Friday, 20 November 2026, Budget, Friday, 20 November 2026 16:30, 1:02:05, English, transcribed",
    ]


def test_rows_are_said_in_the_locales_form(library, make_panel):
    add(library, "Interview with Ann", datetime(2026, 12, 2, 14, 5), duration=750.0)
    panel = make_panel()
    panel.model.now = lambda: datetime(2026, 12, 3, 8, 0).astimezone()
    before = QLocale()
    try:
        QLocale.setDefault(QLocale("de_DE"))
        sentence = panel.model.index(0).data(ACCESSIBLE_TEXT)
    finally:
        QLocale.setDefault(before)
    assert "Mittwoch, 2. Dezember 2026 14:05, 12:30" in sentence


def test_search_hits_say_where_they_are(qtbot, library, make_panel):
    add(library, "Harbour walk", datetime(2026, 12, 1, 10, 0), text="the lighthouse keeper waved")
    panel = make_panel()
    panel.search_box.setText("lighthouse")
    qtbot.waitUntil(lambda: panel.hits_model.rowCount() > 0, timeout=5_000)
    assert (
        panel.hits_model.index(0).data(ACCESSIBLE_TEXT)
        == "Harbour walk, at 0:00: the lighthouse keeper waved"
    )


def test_a_search_announces_how_many_recordings_it_found_once(qtbot, library, make_panel):
    add(library, "Harbour walk", datetime(2026, 12, 1, 10, 0), text="the lighthouse keeper")
    add(library, "Coast notes", datetime(2026, 12, 1, 11, 0), text="a lighthouse at dusk")
    panel = make_panel()
    accessibility.recent_announcements.clear()
    panel.search_box.setText("lighthouse")
    qtbot.waitUntil(lambda: "2 recordings found" in accessibility.recent_announcements, timeout=5_000)
    with qtbot.waitSignal(panel.hits_model.searched, timeout=5_000):
        panel.hits_model.set_query("lighthouse", keep_rows=True)  # the same search read again after a change
    assert list(accessibility.recent_announcements).count("2 recordings found") == 1
    panel.search_box.setText("nowhere-to-be-found")
    qtbot.waitUntil(lambda: "0 recordings found" in accessibility.recent_announcements, timeout=5_000)


def test_moving_to_the_trash_and_back_is_announced(qtbot, library, make_panel):
    add(library, "one", datetime(2026, 12, 1, 10, 0))
    add(library, "two", datetime(2026, 12, 1, 11, 0))
    panel = make_panel()
    selection = QItemSelection(panel.model.index(0), panel.model.index(1))
    panel.list.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    accessibility.recent_announcements.clear()
    panel.recording_actions.trash_action.trigger()
    qtbot.waitUntil(
        lambda: "Moved 2 recordings to the trash." in accessibility.recent_announcements, timeout=5_000
    )
    panel.recording_actions.undo_action.trigger()
    qtbot.waitUntil(lambda: "Restored 2 recordings." in accessibility.recent_announcements, timeout=5_000)


def test_every_filter_is_named_by_its_label(make_panel):
    filters = make_panel().filters
    names = [
        combo.accessibleName()
        for combo in (filters.sort, filters.tag, filters.language, filters.engine, filters.date_range)
    ]
    assert (
        names == ["Sort", "Tag", "Language", "Engine", "Date"] and filters.length.accessibleName() == "Length"
    )
