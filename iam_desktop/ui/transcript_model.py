"""The segments of one transcript as a table model: time, speaker and text (speaker and text editable).

The model never changes the transcript itself: an inline edit is reported (text_edited, speaker_edited)
and the owner applies it to the library and hands the resulting segments back with set_segments.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from iam_desktop.timefmt import clock
from iam_desktop.transcript import Segment, Word

TIME, SPEAKER, TEXT = range(3)
HEADERS = ("Time", "Speaker", "Text")
#: the data role reported as changed when the word being heard moves (the row height stays)
CURRENT_WORD_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


def stamp(seconds: float) -> str:
    """A moment to a tenth of a second (truncated, as everywhere): 65.34 -> "1:05.3", 3725 -> "1:02:05.0"."""
    return clock(seconds, 1)


def word_at(segment: Segment, seconds: float) -> Word | None:
    """The word of `segment` being spoken at `seconds`, if its words are timed."""
    index = word_index_at(segment, seconds)
    return segment.words[index] if index >= 0 else None


def word_index_at(segment: Segment, seconds: float) -> int:
    """The index of the word of `segment` being spoken at `seconds` (-1: none, or no timed words)."""
    return next((i for i, w in enumerate(segment.words) if w.start <= seconds < w.end), -1)


@lru_cache(maxsize=256)
def word_spans(segment: Segment) -> tuple[tuple[int, int] | None, ...]:
    """Where each of `segment`'s timed words is in its text: (start, end) character offsets, or None
    for a word that cannot be found (the text was edited, the word is only punctuation…).

    Words are matched in order, ignoring case and anything but letters and digits; a word matches at
    the start of a word of the text or right where the previous one ended (a word split in pieces)."""
    text = segment.text
    chars = [(at, c.casefold()) for at, c in enumerate(text) if c.isalnum()]
    folded = "".join(c for _, c in chars)
    starts = {
        n for n, (at, _) in enumerate(chars) if at == 0 or not text[at - 1].isalnum()
    }  # the first letter of each word of the text
    spans: list[tuple[int, int] | None] = []
    cursor = 0
    for word in segment.words:
        needle = "".join(c.casefold() for c in word.text if c.isalnum())
        found = folded.find(needle, cursor) if needle else -1
        while found != -1 and found != cursor and found not in starts:
            found = folded.find(needle, found + 1)
        if found == -1:
            spans.append(None)
            continue
        cursor = found + len(needle)
        spans.append((chars[found][0], chars[cursor - 1][0] + 1))
    return tuple(spans)


class SegmentModel(QAbstractTableModel):
    """One row per segment; the row being played is shaded (set_playing_row) and the word being heard
    is marked (set_current_word; the text column's delegate paints it).

    Signals:
        text_edited: (row, new text) when the user edits a segment's text inline.
        speaker_edited: (row, new name, "" for none) when the user edits a segment's speaker inline.
    """

    text_edited = Signal(int, str)
    speaker_edited = Signal(int, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._segments: list[Segment] = []
        self._starts: list[float] = []
        self._playing = -1
        self._word = (-1, -1)

    # --- contents -------------------------------------------------------------------------------

    def segments(self) -> list[Segment]:
        return list(self._segments)

    def segment(self, row: int) -> Segment:
        return self._segments[row]

    def set_segments(self, segments: list[Segment], *, reset: bool = False) -> None:
        """Show `segments`. With the same number of rows (and no `reset`) only the rows that differ are
        updated, so an open editor and the selection survive; otherwise the model is reset."""
        segments = list(segments)
        if reset or len(segments) != len(self._segments):
            self.beginResetModel()
            self._segments = segments
            self._starts = [s.start for s in segments]
            self._playing = self._playing if 0 <= self._playing < len(segments) and not reset else -1
            self._word = (-1, -1)
            self.endResetModel()
            return
        old, self._segments = self._segments, segments
        self._starts = [s.start for s in segments]
        for row, (before, after) in enumerate(zip(old, segments, strict=True)):
            if before != after:
                self.dataChanged.emit(self.index(row, TIME), self.index(row, TEXT))

    def row_at(self, seconds: float) -> int:
        """The segment holding (or, in a pause, last before) the moment `seconds`; -1 if there are none.
        Before the first segment it is the first one."""
        if not self._segments:
            return -1
        return max(0, bisect_right(self._starts, seconds + 1e-3) - 1)

    @property
    def playing_row(self) -> int:
        """The row shaded as being played (-1: none)."""
        return self._playing

    def set_playing_row(self, row: int) -> None:
        if row == self._playing:
            return
        previous, self._playing = self._playing, row
        for changed in (previous, row):
            if 0 <= changed < len(self._segments):
                self.dataChanged.emit(
                    self.index(changed, TIME), self.index(changed, TEXT), [Qt.ItemDataRole.BackgroundRole]
                )

    @property
    def current_word(self) -> tuple[int, int]:
        """(row, word index) of the word being heard; (-1, -1): none."""
        return self._word

    def set_current_word(self, row: int, word: int) -> None:
        """Mark word `word` of segment `row` as the one being heard (-1: none)."""
        current = (row, word) if row >= 0 and word >= 0 else (-1, -1)
        if current == self._word:
            return
        previous, self._word = self._word[0], current
        for changed in {previous, current[0]}:
            if 0 <= changed < len(self._segments):
                index = self.index(changed, TEXT)
                self.dataChanged.emit(index, index, [CURRENT_WORD_ROLE])

    # --- QAbstractTableModel --------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._segments)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in (SPEAKER, TEXT):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._segments):
            return None
        seg, column = self._segments[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == TIME:
                return f"{stamp(seg.start)} – {stamp(seg.end)}"
            if column == SPEAKER:
                return seg.speaker or ""
            return seg.text
        if role == Qt.ItemDataRole.ToolTipRole and column == TIME:
            return "Click to play from here"
        if role == Qt.ItemDataRole.BackgroundRole and index.row() == self._playing:
            shade = QColor(QApplication.palette().color(QPalette.ColorRole.Highlight))
            shade.setAlpha(70)
            return shade
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Report an inline edit; the owner stores it and calls set_segments with the result."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row, text = index.row(), str(value if value is not None else "")
        if index.column() == TEXT and text.strip() and text != self._segments[row].text:
            self.text_edited.emit(row, text)
            return True
        if index.column() == SPEAKER and (text.strip() or None) != self._segments[row].speaker:
            self.speaker_edited.emit(row, text.strip())
            return True
        return False
