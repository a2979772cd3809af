"""The transcript reads like a document: rows that fit their wrapped text at any width, editing in place
with a multi-line editor, Find and search matches marked inside the text, the playing marks distinct from
the selection. A real library file, the real review pane offscreen (no player), its own light palette."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from library_helpers import add_recording, machine_transcript
from PySide6.QtCore import QPointF, QRect, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QTextLayout, QTextOption
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from iam_desktop.library import Library
from iam_desktop.ui.segment_layout import PAD_LEFT, PAD_RIGHT
from iam_desktop.ui.theme import Role, palette_for, semantic
from iam_desktop.ui.transcript_model import TEXT, TIME
from iam_desktop.ui.transcript_view import TranscriptView

LONG = (
    "Today we will talk about the new library building and what it means for the opening hours of the "
    "whole campus over the next two semesters, the reading rooms, the coffee shop and the parking."
)
LINES = [
    "Good morning everyone.", LONG, "The doors open at nine.", "The coffee shop is on the second floor.",
    "Any questions?", "Yes.", "Will the library be open on weekends?", "On Saturdays.", "Great, thanks.",
    "Next item.", "The budget.", "Okay.",
]  # fmt: skip


@pytest.fixture
def view(qtbot, library: Library) -> TranscriptView:
    rid = add_recording(library)
    transcript = machine_transcript(*LINES)
    transcript.segments[3] = replace(transcript.segments[3], speaker="Alice")
    library.save_transcript(rid, transcript)
    pane = TranscriptView(library, None)
    pane.setPalette(palette_for("light"))
    qtbot.addWidget(pane)
    pane.resize(900, 600)
    pane.show()
    qtbot.waitExposed(pane)
    pane.show_transcript(library.get_transcript(rid))
    return pane


def needed_height(view: TranscriptView, row: int) -> float:
    """The height row `row`'s text needs at its cell's width, worked out here with Qt's text layout alone
    (normal line spacing, no padding): lines × line spacing, plus a line for a speaker's name."""
    width = view.table.visualRect(view.model.index(row, TEXT)).width() - PAD_LEFT - PAD_RIGHT
    layout = QTextLayout(view.model.segment(row).text, view.table.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = 0
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines += 1
    layout.endLayout()
    speaker = 1 if view.model.speaker_label(row) else 0
    return (lines + speaker) * QFontMetricsF(view.table.font()).lineSpacing()


def visible_rows(view: TranscriptView) -> list[int]:
    height = view.table.viewport().height()
    return [r for r in range(view.model.rowCount()) if view.table.rowViewportPosition(r) < height]


def pixels(image: QImage, area: QRect, color: QColor, tolerance: int = 6) -> int:
    """How many pixels of `area` are `color` (within `tolerance` per channel)."""
    count = 0
    for y in range(max(0, area.top()), min(image.height(), area.bottom() + 1)):
        for x in range(max(0, area.left()), min(image.width(), area.right() + 1)):
            c = QColor(image.pixel(x, y))
            if max(abs(a - b) for a, b in zip(c.getRgb()[:3], color.getRgb()[:3], strict=True)) <= tolerance:
                count += 1
    return count


def row_rect(view: TranscriptView, row: int, column: int = TEXT) -> QRect:
    return view.table.visualRect(view.model.index(row, column))


def test_rows_fit_their_wrapped_text_at_any_width(qtbot, view):
    assert len([r for r in visible_rows(view) if view.table.rowViewportPosition(r) + view.table.rowHeight(r)
                <= view.table.viewport().height()]) >= 8  # many short paragraphs in view, not 2–3
    assert view.table.isColumnHidden(view.model.index(0, 1).column())  # no empty speaker column
    assert not view.table.showGrid() and not view.table.horizontalHeader().isVisible()

    for width, long_lines in ((460, 4), (1500, 2)):
        view.resize(width, 600)
        qtbot.waitUntil(lambda w=width: view.width() == w)
        qtbot.waitUntil(
            lambda: all(view.table.rowHeight(r) >= needed_height(view, r) for r in visible_rows(view)),
            timeout=2_000,
        )
        lines = needed_height(view, 1) / QFontMetricsF(view.table.font()).lineSpacing()
        assert (lines >= long_lines) if width < 500 else (lines <= long_lines), (width, lines)
        for row in visible_rows(view):  # not clipped top or bottom, with room between paragraphs
            assert view.table.rowHeight(row) >= needed_height(view, row) + 8, row

    view.resize(460, 600)  # back to narrow: heights grow again
    qtbot.waitUntil(lambda: view.table.rowHeight(1) >= needed_height(view, 1) + 8, timeout=2_000)
    assert needed_height(view, 1) >= 4 * QFontMetricsF(view.table.font()).lineSpacing()


def open_editor(qtbot, view: TranscriptView, row: int, key: Qt.Key = Qt.Key.Key_F2) -> QPlainTextEdit:
    view.table.select_row(row)
    view.table.setFocus()
    qtbot.keyClick(view.table, key)
    qtbot.waitUntil(view.table.editing, timeout=2_000)
    open_editor = view.table.text_editor()
    assert open_editor is not None and open_editor[0] == row
    return open_editor[1]


def test_a_paragraph_is_edited_in_place_on_several_lines_saved_and_undone(qtbot, view, library):
    rid = view.recording_id
    view.resize(420, 600)
    qtbot.waitUntil(lambda: view.table.rowHeight(1) >= needed_height(view, 1), timeout=2_000)
    editor = open_editor(qtbot, view, 1)
    assert isinstance(editor, QPlainTextEdit) and not view.findChildren(QLineEdit, "segmentEditor")
    assert editor.toPlainText() == LONG and editor.cursorPosition() == len(LONG)  # whole text, cursor at end
    qtbot.waitUntil(lambda: editor.height() >= editor.needed_height() - 2, timeout=2_000)
    assert editor.needed_height() > 4 * editor.fontMetrics().lineSpacing()  # shown wrapped, all of it
    assert row_rect(view, 1).intersects(editor.geometry())  # over its own row

    qtbot.keyClicks(editor, " And the garden.")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)  # saves: no line breaks
    qtbot.waitUntil(lambda: not view.table.editing(), timeout=2_000)
    assert view.segment_texts()[1] == LONG + " And the garden."  # shown at once
    qtbot.waitUntil(view.writes.idle, timeout=5_000)
    assert library.get_transcript(rid).segments[1].text == LONG + " And the garden."
    assert view.undo_action.text() == "Undo Edit text"

    editor = open_editor(qtbot, view, 2, Qt.Key.Key_Return)  # Enter opens it too; Escape cancels
    editor.setText("Something else")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not view.table.editing(), timeout=2_000)
    assert view.segment_texts()[2] == LINES[2]

    editor = open_editor(qtbot, view, 2)  # moving the focus away saves
    editor.setText("The doors open at ten.")
    view.find_bar.open()  # the find field takes the focus
    qtbot.waitUntil(lambda: not view.table.editing(), timeout=2_000)
    qtbot.waitUntil(view.writes.idle, timeout=5_000)
    assert library.get_transcript(rid).segments[2].text == "The doors open at ten."

    view.undo_action.trigger()
    view.undo_action.trigger()
    qtbot.waitUntil(view.writes.idle, timeout=5_000)
    assert [s.text for s in library.get_transcript(rid).segments] == LINES
    assert view.segment_texts() == LINES


def test_matches_are_marked_inside_the_text_the_current_one_stronger(qtbot, view):
    view.resize(900, 600)
    view.find_action.trigger()
    qtbot.keyClicks(view.find_bar.find_edit, "the")
    for row, text in enumerate(LINES):  # every match, as typed
        assert view.model.match_ranges(row) == [m.span() for m in re.finditer("the", text, re.IGNORECASE)]
    delegate = view.table.itemDelegateForColumn(TEXT)
    view.table.select_row(0)
    qtbot.keyClick(view.find_bar.find_edit, Qt.Key.Key_Return)
    first, second = (m.start() for m in list(re.finditer("the", LONG))[:2])
    assert view.model.current_match == (1, first, first + 3) and view.table.selected_rows() == [1]
    assert [current for *_, current in delegate.match_spans(view.model.index(1, TEXT))][:2] == [True, False]
    view.find_bar.next_button.click()  # Find moves the current match
    assert view.model.current_match == (1, second, second + 3)

    image = view.table.viewport().grab().toImage()
    match, current = semantic(Role.MATCH, view.palette()), semantic(Role.MATCH_CURRENT, view.palette())
    assert pixels(image, row_rect(view, 2), match) > 20  # "The doors…" has a match, marked
    assert pixels(image, row_rect(view, 2), current) == 0
    assert pixels(image, row_rect(view, 1), current) > 20  # the current one, stronger
    assert pixels(image, row_rect(view, 0), match) == 0  # "Good morning everyone." has none

    view.find_bar.close_bar()  # closing Find unmarks
    assert view.model.match_ranges(2) == [] and view.model.current_match is None

    # a library search hit: its words marked, the audio cued at the first one in the segment
    view.cue(60.0, query="library build")
    assert [LINES[6][a:b] for a, b in view.model.match_ranges(6)] == ["library"]
    assert [LONG[a:b] for a, b in view.model.match_ranges(1)] == ["library", "building"]
    assert view.model.current_match == (6, 9, 16) and view.table.selected_rows() == [6]
    image = view.table.viewport().grab().toImage()
    assert pixels(image, row_rect(view, 6), current) > 20
    view.mark_query("")
    assert view.model.match_ranges(1) == []


def test_the_playing_marks_are_not_the_selection_and_stay_visible_on_it(qtbot, view):
    palette = view.palette()
    playing, accent = semantic(Role.PLAYING, palette), semantic(Role.ACCENT, palette)
    view.model.set_playing_row(2)
    view.model.set_current_word(2, 1)  # "doors"
    view.table.select_row(4)
    image = view.table.viewport().grab().toImage()

    def background(row: int) -> QColor:
        rect = row_rect(view, row)
        return QColor(image.pixel(rect.right() - 8, rect.center().y()))

    margin = row_rect(view, 2, TIME)
    assert background(2) == playing  # the playing segment: its own background…
    assert pixels(image, QRect(margin.left(), margin.top(), 10, margin.height()), accent, 2) > 10  # …a bar
    word = view.table.word_rect(2, 1)
    assert pixels(image, word, accent, 40) > 5  # the word heard, in the accent colour
    selected = background(4)
    highlight = palette.color(palette.ColorRole.Highlight)
    assert selected not in (playing, highlight) and selected != background(3)  # a light neutral tint

    view.table.select_row(2)  # selected while playing: the marks stay
    image = view.table.viewport().grab().toImage()
    assert background(2) == playing
    assert pixels(image, QRect(margin.left(), margin.top(), 10, margin.height()), accent, 2) > 10
    assert pixels(image, view.table.word_rect(2, 1), accent, 40) > 5
    outline = QRect(row_rect(view, 2).left(), row_rect(view, 2).top(), 200, 3)
    assert pixels(image, outline, playing, 0) < 150  # an outline marks the selection on it
    assert view.table.word_at(QPointF(word.center()).toPoint()) == (2, 1)
