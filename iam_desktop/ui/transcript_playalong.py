"""Listening along in the review pane: the segment and word being heard, clicks that seek, and F8 / Shift+F8
from one unsure word to the next.

While the audio plays, the segment being heard is shaded and kept in view (unless a cell is being edited)
and the word being heard is marked and shown in the playback bar. F8 goes on from the word last gone to,
clicked or heard (else from the selected row).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex

from iam_desktop.confidence import Position, next_uncertain, uncertain_words
from iam_desktop.ui.i18n import format_number, translate
from iam_desktop.ui.playback_bar import PlaybackBar
from iam_desktop.ui.segment_table import SegmentTable
from iam_desktop.ui.transcript_model import TEXT, TIME, SegmentModel, word_index_at, word_spans


class PlayAlong:
    """Ties `playback` to the segments of `table` (`model`); `say(message)` tells the user where F8 went."""

    def __init__(
        self, model: SegmentModel, table: SegmentTable, playback: PlaybackBar, say: Callable[[str], None]
    ) -> None:
        self._model, self._table, self._playback, self._say = model, table, playback, say
        self.cursor: Position | None = None  # the word F8 goes on from (None: the selected row)
        table.clicked.connect(self._clicked)
        table.word_clicked.connect(self._word_clicked)
        table.toggle_requested.connect(playback.toggle)
        table.selectionModel().currentRowChanged.connect(self._row_moved)
        playback.position_changed.connect(self._follow)

    def play_from(self, row: int) -> None:
        self._playback.seek(self._model.segment(row).start)
        self._playback.play()

    def _clicked(self, index: QModelIndex) -> None:
        if index.column() == TIME:
            self._playback.seek(self._model.segment(index.row()).start)

    def _word_clicked(self, row: int, word: int) -> None:
        """A click on a timed word of a segment's text: play on from that word."""
        words = self._model.segment(row).words
        if 0 <= word < len(words):
            self._playback.seek(words[word].start)
            self.cursor = (row, word)

    def _follow(self, seconds: float) -> None:
        """Shade the segment being heard, mark and show its word, keep it in view while playing."""
        model, playing = self._model, self._playback.playing
        row = model.row_at(seconds)
        segment = model.segment(row) if row >= 0 else None
        word = word_index_at(segment, seconds) if segment is not None else -1
        self._playback.word_label.setText(segment.words[word].text.strip() if segment and word >= 0 else "")
        model.set_current_word(row, word)
        if word >= 0 and playing:
            self.cursor = (row, word)  # F8 goes on from what is being heard
        if row == model.playing_row:
            return
        model.set_playing_row(row)
        if row >= 0 and playing and not self._table.editing():
            self._table.scrollTo(model.index(row, TEXT))

    def unsure_positions(self) -> list[Position]:
        """(row, word index) of every word the engine was unsure of that is still in the text shown."""
        segments = self._model.segments()
        return [(row, n) for row, n in uncertain_words(segments) if word_spans(segments[row])[n] is not None]

    def next_unsure(self, backwards: bool = False) -> Position | None:
        """Go to the next (previous) unsure word: select its segment, mark the word, cue the player at its
        start (playing on if it was playing) and give the table the focus, so F2 edits it. Wraps around;
        says where it is."""
        positions = self.unsure_positions()
        if not positions:
            return None
        rows = self._table.selected_rows()
        current = self.cursor
        if current is None and rows:
            current = (rows[0], len(self._model.segment(rows[0]).words)) if backwards else (rows[0], -1)
        found = next_uncertain(positions, current, backwards)
        assert found is not None
        at, wrapped = found
        row, n = positions[at]
        self._table.select_row(row)
        word = self._model.segment(row).words[n]
        self._playback.seek(word.start)
        self._model.set_current_word(row, n)  # the seek may land a hair before it, on the word before
        self.cursor = (row, n)
        self._table.setFocus()
        where = translate("transcript_playalong", "Unsure word {current} of {total}: “{word}” ({percent}%)")
        where = where.format(
            current=format_number(at + 1), total=format_number(len(positions)), word=word.text.strip(),
            percent=format_number(max(0.0, min(1.0, word.probability)) * 100),
        )  # fmt: skip
        if wrapped and backwards:
            where = translate("transcript_playalong", "Back at the end — {message}").format(message=where)
        elif wrapped:
            where = translate("transcript_playalong", "Back at the top — {message}").format(message=where)
        self._say(
            translate("transcript_playalong", "{message} — Space plays, F2 corrects.").format(message=where)
        )
        return row, n

    def _row_moved(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """The user moved to another row: F8 goes on from there, not from the word gone to before."""
        if self.cursor is not None and current.row() != self.cursor[0]:
            self.cursor = None
