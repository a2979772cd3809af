"""Speaker-aware review: the speakers bar over the transcript (each speaker's colour, talk time and share, in
order of first appearance), filtering the segments by speaker, renaming and merging speakers from the bar
(stored in the library, undoable), the speaker's colour on its rows, readable in both themes. A real library
file and the real review pane offscreen (no player)."""

from __future__ import annotations

import itertools
from dataclasses import replace

import pytest
from library_helpers import add_recording, machine_transcript
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible, QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QInputDialog

from iam_desktop.library import Library
from iam_desktop.ui.segment_table import NO_SPEAKER
from iam_desktop.ui.speaker_bar import SpeakerBar, talk_times
from iam_desktop.ui.speaker_colours import speaker_colour
from iam_desktop.ui.theme import Role, contrast, palette_for, semantic
from iam_desktop.ui.transcript_model import TEXT, TIME
from iam_desktop.ui.transcript_view import TranscriptView
from iam_desktop.ui.waveform_overview import speaker_color

S1, S2, S3 = "Speaker 1", "Speaker 2", "Speaker 3"
#: (speaker, start, end, text): Speaker 1 talks 30 s, Speaker 2 and 3 10 s each (60%, 20%, 20%)
ROWS = [
    (S1, 0.0, 6.0, "Good morning everyone, and thanks for joining."),
    (S1, 10.0, 14.0, "Today we talk about the new library building."),
    (S2, 20.0, 25.0, "Will the reading rooms stay open on weekends?"),
    (S1, 30.0, 40.0, "On Saturdays, yes. Sundays are still being discussed."),
    (S3, 40.0, 45.0, "The budget allows for two more staff members."),
    (S3, 50.0, 55.0, "We could extend that if the pilot goes well."),
    (S2, 60.0, 65.0, "Great, thanks."),
    (S1, 70.0, 80.0, "Next item: the coffee shop on the second floor."),
]


@pytest.fixture
def view(qtbot, library: Library) -> TranscriptView:
    rid = add_recording(library, duration=90.0)
    transcript = machine_transcript(*(text for *_, text in ROWS))
    transcript.segments = [
        replace(seg, speaker=speaker, start=start, end=end, words=())
        for seg, (speaker, start, end, _text) in zip(transcript.segments, ROWS, strict=True)
    ]
    library.save_transcript(rid, transcript)
    pane = TranscriptView(library, None)
    pane.setPalette(palette_for("light"))
    qtbot.addWidget(pane)
    pane.resize(900, 640)
    pane.show()
    qtbot.waitExposed(pane)
    pane.show_transcript(library.get_transcript(rid))
    return pane


def saved(qtbot, view: TranscriptView) -> None:
    qtbot.waitUntil(view.writes.idle, timeout=5_000)


def stored_speakers(library: Library, view: TranscriptView) -> list[str | None]:
    return [s.speaker for s in library.get_transcript(view.recording_id).segments]


def entries(bar: SpeakerBar) -> list[tuple[str | None, str, str]]:
    """(key, name, detail) of each chip shown, "All speakers" first."""
    return [(c.key, c.text(), c.detail) for c in (bar.all_chip, *bar.chips) if c.isVisibleTo(bar)]


def shown_rows(view: TranscriptView) -> list[int]:
    return [row for row in range(view.model.rowCount()) if not view.table.isRowHidden(row)]


def click(qtbot, bar: SpeakerBar, speaker: str | None) -> None:
    chip = bar.chip_for(speaker)
    assert chip is not None, speaker
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)


def test_each_speaker_is_listed_with_talk_time_and_share_in_order_of_first_appearance(view):
    bar = view.speaker_bar
    assert bar.isVisible()
    assert entries(bar) == [
        (None, "All speakers", "50 s"),
        (S1, S1, "30 s · 60%"),
        (S2, S2, "10 s · 20%"),
        (S3, S3, "10 s · 20%"),
    ]
    assert bar.all_chip.isChecked() and bar.current is None
    # segments nobody is named for get an entry of their own, counted in the shares
    view.set_speaker("", [6])
    assert [(t.speaker, round(t.share * 100)) for t in bar.times] == [(S1, 60), (S2, 10), (S3, 20), ("", 10)]
    assert entries(bar)[-1] == (NO_SPEAKER, "No speaker", "5 s · 10%")


def test_the_bar_is_hidden_while_nobody_is_named(qtbot, library):
    rid = add_recording(library, title="Plain")
    library.save_transcript(rid, machine_transcript("One.", "Two."))
    pane = TranscriptView(library, None)
    qtbot.addWidget(pane)
    pane.show()
    pane.show_transcript(library.get_transcript(rid))
    assert not pane.speaker_bar.isVisible() and talk_times(pane.model.segments()) == []
    pane.set_speaker("Ann", [1])
    assert pane.speaker_bar.isVisible()
    assert entries(pane.speaker_bar)[1:] == [("Ann", "Ann", "5 s · 50%"), ("", "No speaker", "5 s · 50%")]
    qtbot.waitUntil(pane.writes.idle, timeout=5_000)


def test_choosing_a_speaker_shows_only_their_segments_and_all_speakers_restores(qtbot, view):
    bar, table = view.speaker_bar, view.table
    view.table.select_row(0)
    click(qtbot, bar, S2)
    assert view.speaker_filter == S2 and bar.current == S2 and bar.chip_for(S2).isChecked()
    assert shown_rows(view) == [2, 6]
    assert table.selected_rows() == []  # the row left out is no longer selected
    assert view.all_speakers_action.isEnabled()

    # each turn still starts with the speaker's name; the rows shown are laid out at full height
    assert [view.model.speaker_label(row) for row in (2, 6)] == [S2, S2]
    assert all(table.rowHeight(row) > 0 for row in (2, 6))
    # Merge with next would join a segment that is not shown: it cannot
    table.select_row(2)
    assert not view.merge_action.isEnabled() and view.speaker_action.isEnabled()

    click(qtbot, bar, S3)
    assert shown_rows(view) == [4, 5]
    table.select_row(4)
    assert view.merge_action.isEnabled()  # 4 and 5 are both Speaker 3's, both shown
    click(qtbot, bar, S3)  # choosing the chosen one again shows everyone
    assert view.speaker_filter is None and shown_rows(view) == list(range(8))
    assert bar.all_chip.isChecked()

    click(qtbot, bar, S1)
    assert shown_rows(view) == [0, 1, 3, 7]
    wide = {row: table.rowHeight(row) for row in (2, 4, 5, 6)}
    view.resize(330, 640)  # while the others' rows are hidden, the text column narrows
    qtbot.waitUntil(lambda: table.rowHeight(3) == table.sizeHintForRow(3) > 0, timeout=2_000)
    click(qtbot, bar, None)
    assert shown_rows(view) == list(range(8)) and not view.all_speakers_action.isEnabled()
    assert any(table.rowHeight(row) > height for row, height in wide.items())  # (they wrap now)
    for row in range(8):  # every row shown again fits its text at today's width, at once
        assert table.rowHeight(row) == table.sizeHintForRow(row), row


def test_find_and_f8_going_to_another_speakers_segment_show_everyone_again(qtbot, view):
    view.filter_speaker(S3)
    assert shown_rows(view) == [4, 5]
    view.find_action.trigger()
    qtbot.keyClicks(view.find_bar.find_edit, "coffee")
    qtbot.keyClick(view.find_bar.find_edit, Qt.Key.Key_Return)
    assert view.table.selected_rows() == [7]  # Speaker 1's: shown again, with every other segment
    assert view.speaker_filter is None and shown_rows(view) == list(range(8))
    assert view.speaker_bar.all_chip.isChecked()
    view.find_bar.close_bar()

    view.filter_speaker(S2)
    view.cue(45.0)  # a search hit in Speaker 3's segment
    assert view.table.selected_rows() == [4] and view.speaker_filter is None


def test_an_edit_while_filtered_keeps_the_filter_and_the_bar_follows(qtbot, view, library):
    view.filter_speaker(S1)
    view.edit_text(3, "On Saturdays, yes.")
    assert view.speaker_filter == S1 and shown_rows(view) == [0, 1, 3, 7]
    view.set_speaker(S2, [1])  # the segment given to another speaker leaves the filtered view
    assert shown_rows(view) == [0, 3, 7]
    assert entries(view.speaker_bar)[1:3] == [(S1, S1, "26 s · 52%"), (S2, S2, "14 s · 28%")]
    view.undo_action.trigger()
    assert shown_rows(view) == [0, 1, 3, 7]
    saved(qtbot, view)
    assert stored_speakers(library, view) == [r[0] for r in ROWS]


def test_renaming_in_the_bar_renames_everywhere_and_the_filter_follows(qtbot, view, library, monkeypatch):
    bar = view.speaker_bar
    click(qtbot, bar, S2)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Alice", True))
    menu = bar.menu_for(S2)
    rename = menu.actions()[0]
    assert rename.text() == "Rename Speaker 2…"
    rename.trigger()
    saved(qtbot, view)

    assert stored_speakers(library, view) == [S1, S1, "Alice", S1, S3, S3, "Alice", S1]
    assert [seg.speaker for seg in view.model.segments()] == stored_speakers(library, view)
    assert entries(bar)[2] == ("Alice", "Alice", "10 s · 20%")
    assert bar.chip_for(S2) is None
    assert view.speaker_filter == "Alice" and shown_rows(view) == [2, 6] and bar.chip_for("Alice").isChecked()
    assert view.undo_action.text() == "Undo Rename speaker"

    view.undo_action.trigger()
    saved(qtbot, view)
    assert stored_speakers(library, view) == [r[0] for r in ROWS]
    assert [key for key, *_ in entries(bar)] == [None, S1, S2, S3]
    assert view.speaker_filter is None and shown_rows(view) == list(range(8))  # "Alice" is gone


def test_merging_through_the_bar_joins_two_speakers_and_their_talk_time(qtbot, view, library):
    bar = view.speaker_bar
    click(qtbot, bar, S3)
    menu = bar.menu_for(S3)
    into = menu.actions()[1].menu()
    assert menu.actions()[1].text() == "Merge Speaker 3 into"
    assert [a.text() for a in into.actions()] == [S1, S2]  # the other speakers
    next(a for a in into.actions() if a.text() == S1).trigger()
    saved(qtbot, view)

    assert stored_speakers(library, view) == [S1, S1, S2, S1, S1, S1, S2, S1]
    assert [key for key, *_ in entries(bar)] == [None, S1, S2]
    assert entries(bar)[1] == (S1, S1, "40 s · 80%")  # 30 s + 10 s
    assert sum(t.seconds for t in bar.times) == pytest.approx(50.0)
    assert view.speaker_filter == S1 and shown_rows(view) == [0, 1, 3, 4, 5, 7]
    assert view.undo_action.text() == "Undo Merge speakers"

    view.undo_action.trigger()
    saved(qtbot, view)
    assert len(bar.speakers()) == 3 and stored_speakers(library, view) == [r[0] for r in ROWS]


def test_merge_speaker_from_the_edit_menu_asks_which_and_into_whom(qtbot, view, library, monkeypatch):
    asked = []

    def ask(_parent, _title, label, choices, *_args):
        asked.append((label, list(choices)))
        return (S2 if len(asked) == 1 else S3), True

    monkeypatch.setattr(QInputDialog, "getItem", ask)
    assert view.merge_speaker_action in view.edit_actions()
    view.merge_speaker_action.trigger()
    saved(qtbot, view)
    assert asked == [("Merge this speaker:", [S1, S2, S3]), ("Into:", [S1, S3])]
    assert stored_speakers(library, view) == [S1, S1, S3, S1, S3, S3, S3, S1]


def test_set_speaker_offers_the_speakers_there_are(qtbot, view, library, monkeypatch):
    offered = []

    def ask(_parent, _title, _label, choices, current, editable):
        offered.append((list(choices), current, editable))
        return S3, True

    monkeypatch.setattr(QInputDialog, "getItem", ask)
    view.table.select_row(2)
    view.speaker_action.trigger()
    assert offered == [([S1, S2, S3], 1, True)]  # the speakers there are, this one's chosen, or a new name
    saved(qtbot, view)
    assert stored_speakers(library, view)[2] == S3


def count(image: QImage, area: QRect, color: QColor, tolerance: int = 10) -> int:
    found = 0
    for y in range(max(0, area.top()), min(image.height(), area.bottom() + 1)):
        for x in range(max(0, area.left()), min(image.width(), area.right() + 1)):
            c = QColor(image.pixel(x, y))
            if max(abs(a - b) for a, b in zip(c.getRgb()[:3], color.getRgb()[:3], strict=True)) <= tolerance:
                found += 1
    return found


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_each_speaker_has_a_distinct_readable_colour_on_its_rows_and_chip(qtbot, view, mode, tmp_path):
    palette = palette_for(mode)
    view.setPalette(palette)
    view.table.select_row(4)  # a selected row, and one being played
    view.model.set_playing_row(2)
    QApplication.processEvents()
    colours = [speaker_colour(n, palette) for n in range(3)]
    assert len({c.name() for c in colours}) == 3
    for a, b in itertools.combinations(colours, 2):  # far apart, not two shades of one hue
        assert sum(abs(x - y) for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True)) > 120
    grounds = [palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.AlternateBase),
               semantic(Role.PLAYING, palette), palette.color(QPalette.ColorRole.Window)]  # fmt: skip
    for colour in colours:
        for ground in grounds:
            assert contrast(colour, ground) >= 4.5, (mode, colour.name(), ground.name())

    # the bar, the band under the waveform and the rows use the same colour for each speaker
    for n, speaker in enumerate((S1, S2, S3)):
        assert view.speaker_bar.chip_for(speaker).colour() == colours[n] == speaker_color(n, palette)
    image = view.table.viewport().grab().toImage()
    for row, speaker in ((0, 0), (2, 1), (4, 2), (5, 2)):
        margin = view.table.visualRect(view.model.index(row, TIME))
        edge = QRect(margin.right() - 8, margin.top(), 9, margin.height())  # (the playing bar is left)
        text = view.table.visualRect(view.model.index(row, TEXT))
        assert count(image, edge, colours[speaker]) >= 20, (row, "its speaker's bar")
        others = [c for n, c in enumerate(colours) if n != speaker]
        assert all(count(image, edge, c) == 0 for c in others), row
        if view.model.speaker_label(row):  # the name above the text, in the colour
            assert count(image, text, colours[speaker], tolerance=40) >= 10, (row, "its name")
    view.grab().save(str(tmp_path / f"speakers-{mode}.png"))


def test_the_bar_and_its_chips_have_accessible_names(qtbot, view):
    bar = view.speaker_bar
    assert bar.accessibleName() == "Speakers" and bar.accessibleDescription()
    spoken = {}
    for chip in (bar.all_chip, *bar.chips):
        interface = QAccessible.queryAccessibleInterface(chip)
        assert interface is not None and interface.role() == QAccessible.Role.RadioButton  # one of them
        spoken[chip.key] = interface.text(QAccessible.Text.Name)
        assert chip.toolTip()
    assert spoken[None] == "All speakers: 3 speakers, 50 s of talk"
    assert spoken[S1] == "Speaker 1: 30 s, 60% of the talk"
    assert spoken[S3] == "Speaker 3: 10 s, 20% of the talk"
    click(qtbot, bar, S1)
    state = QAccessible.queryAccessibleInterface(bar.chip_for(S1)).state()
    assert state.checkable and state.checked


def test_the_keyboard_reaches_the_chips_as_one_group_and_arrows_choose(qtbot, view):
    bar = view.speaker_bar
    tab_stops = [c for c in (bar.all_chip, *bar.chips) if c.focusPolicy() & Qt.FocusPolicy.TabFocus]
    assert tab_stops == [bar.all_chip]  # Tab enters the group once, at the chosen chip
    chain, widget = [], bar.all_chip
    for _ in bar.chips:  # the chips follow one another in the focus chain, as shown
        widget = widget.nextInFocusChain()
        chain.append(widget)
    assert chain == bar.chips
    bar.all_chip.setFocus()
    qtbot.keyClick(bar.all_chip, Qt.Key.Key_Right)
    assert bar.chip_for(S1).hasFocus() and view.speaker_filter == S1
    qtbot.keyClick(bar.chip_for(S1), Qt.Key.Key_Right)
    assert view.speaker_filter == S2 and shown_rows(view) == [2, 6]
    tab_stops = [c for c in (bar.all_chip, *bar.chips) if c.focusPolicy() & Qt.FocusPolicy.TabFocus]
    assert tab_stops == [bar.chip_for(S2)]  # Tab comes back to the chosen one
    qtbot.keyClick(bar.chip_for(S2), Qt.Key.Key_Left)
    qtbot.keyClick(bar.chip_for(S1), Qt.Key.Key_Left)
    assert bar.all_chip.hasFocus() and view.speaker_filter is None


def test_the_chips_wrap_onto_more_rows_in_a_narrow_pane_and_long_names_are_cut_short(qtbot, view):
    bar = view.speaker_bar
    one_row = bar.height()
    assert len({chip.y() for chip in (bar.all_chip, *bar.chips)}) == 1
    view.resize(380, 640)
    qtbot.waitUntil(lambda: bar.height() > one_row, timeout=2_000)
    assert len({chip.y() for chip in (bar.all_chip, *bar.chips)}) >= 2
    for chip in (bar.all_chip, *bar.chips):  # every chip whole, inside the bar
        assert bar.rect().contains(chip.geometry()), chip.text()

    long_name = "Professor Dr. Maria-Magdalena van der Westhuizen-Oppenheimer of the Faculty of Law"
    view.rename_speaker(S2, long_name)
    chip = bar.chip_for(long_name)
    assert chip.width() < 380 and bar.rect().contains(chip.geometry())
    assert chip.accessibleName().startswith(long_name)  # the whole name for a screen reader
    qtbot.waitUntil(view.writes.idle, timeout=5_000)
