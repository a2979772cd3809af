"""The segments of one transcript as a table model: start time, speaker and text (text editable).

The model never changes the transcript itself: an inline edit of a text is reported (text_edited)
and the owner applies it to the library and hands the resulting segments back with set_segments. It also
holds what the text column's delegate marks: the row being played, the word being heard, and the matches
of a Find or library search (set_pattern; the current Find match: set_current_match). A screen reader reads
each row as one sentence: "1:05, Alice: the text" (Qt.ItemDataRole.AccessibleTextRole). Speakers are
numbered in order of first appearance (speaker_index), which picks their colour (speaker_colours).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from iam_desktop.transcript import Segment, Word
from iam_desktop.ui.i18n import format_clock, translate
from iam_desktop.ui.speaker_colours import speaker_numbers

TIME, SPEAKER, TEXT = range(3)
#: the columns' headers, in English (translated where shown)
HEADERS = (
    QT_TRANSLATE_NOOP("transcript_model", "Time"),
    QT_TRANSLATE_NOOP("transcript_model", "Speaker"),
    QT_TRANSLATE_NOOP("transcript_model", "Text"),
)
#: the data role reported as changed when the word being heard moves (the row height stays)
CURRENT_WORD_ROLE = Qt.ItemDataRole.UserRole + 1
#: the data role reported as changed when the playing row or the matches marked change (same height)
MARKS_ROLE = Qt.ItemDataRole.UserRole + 2
#: a match marked in the text: (row, start, end) character offsets
Span = tuple[int, int, int]

Index = QModelIndex | QPersistentModelIndex


def stamp(seconds: float) -> str:
    """A moment to a tenth of a second (truncated, as everywhere): 65.34 -> "1:05.3", 3725 -> "1:02:05.0"."""
    return format_clock(seconds, 1)


def spoken_row(segment: Segment) -> str:
    """A segment as a screen reader reads its row: "1:05, Alice: the text" ("1:05: the text" without a
    speaker)."""
    time = format_clock(segment.start)
    if segment.speaker:
        sentence = translate("transcript_model", "{time}, {speaker}: {text}")
        return sentence.format(time=time, speaker=segment.speaker, text=segment.text)
    return translate("transcript_model", "{time}: {text}").format(time=time, text=segment.text)


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
    """One row per segment; the row being played (set_playing_row), the word being heard
    (set_current_word) and the matches of a pattern (set_pattern, set_current_match) are marked by the
    delegates. The speaker is shown above a segment whose speaker differs from the one before
    (speaker_label), in the colour of its number (speaker_index).

    Signals:
        text_edited: (row, new text) when the user edits a segment's text inline.
    """

    text_edited = Signal(int, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._segments: list[Segment] = []
        self._starts: list[float] = []
        self._numbers: dict[str, int] = {}
        self._playing = -1
        self._word = (-1, -1)
        self._pattern: re.Pattern[str] | None = None
        self._matches: dict[int, list[tuple[int, int]]] = {}
        self._current_match: Span | None = None

    # --- contents -------------------------------------------------------------------------------

    def segments(self) -> list[Segment]:
        return list(self._segments)

    def segment(self, row: int) -> Segment:
        return self._segments[row]

    def set_segments(self, segments: list[Segment], *, reset: bool = False) -> None:
        """Show `segments`. With the same number of rows (and no `reset`) only the rows that differ are
        updated, so an open editor and the selection survive; otherwise the model is reset."""
        segments = list(segments)
        self._matches.clear()
        self._current_match = None
        if reset or len(segments) != len(self._segments):
            self.beginResetModel()
            self._segments = segments
            self._starts = [s.start for s in segments]
            self._numbers = speaker_numbers(segments)
            self._playing = self._playing if 0 <= self._playing < len(segments) and not reset else -1
            self._word = (-1, -1)
            self.endResetModel()
            return
        old, old_labels = self._segments, [self.speaker_label(row) for row in range(len(segments))]
        old_numbers = [self.speaker_index(row) for row in range(len(segments))]
        self._segments = segments
        self._starts = [s.start for s in segments]
        self._numbers = speaker_numbers(segments)
        for row, (before, after) in enumerate(zip(old, segments, strict=True)):
            relabelled = old_labels[row] != self.speaker_label(row)
            if before != after or relabelled or old_numbers[row] != self.speaker_index(row):
                self.dataChanged.emit(self.index(row, TIME), self.index(row, TEXT))

    def speaker_label(self, row: int) -> str:
        """The speaker's name shown above segment `row`: its speaker, when it differs from the one
        before ("": none shown)."""
        speaker = self._segments[row].speaker or ""
        return "" if row > 0 and self._segments[row - 1].speaker == speaker else speaker

    def speaker_index(self, row: int) -> int:
        """The number of segment `row`'s speaker, in order of first appearance (its colour's index in
        speaker_colours); -1: nobody named."""
        speaker = self._segments[row].speaker
        return self._numbers.get(speaker, -1) if speaker else -1

    def speakers(self) -> list[str]:
        """The speakers named, in order of first appearance."""
        return list(self._numbers)

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
            self._marks_changed(changed)

    def _marks_changed(self, row: int) -> None:
        if 0 <= row < len(self._segments):
            self.dataChanged.emit(self.index(row, TIME), self.index(row, TEXT), [MARKS_ROLE])

    # --- matches --------------------------------------------------------------------------------

    @property
    def pattern(self) -> re.Pattern[str] | None:
        """What is marked (a Find or library search), None for nothing."""
        return self._pattern

    def set_pattern(self, pattern: re.Pattern[str] | None) -> None:
        """Mark every match of `pattern` in the texts (None: no marks)."""
        if pattern == self._pattern:
            return
        self._pattern, self._current_match = pattern, None
        self._matches.clear()
        if self._segments:
            last = len(self._segments) - 1
            self.dataChanged.emit(self.index(0, TEXT), self.index(last, TEXT), [MARKS_ROLE])

    def match_ranges(self, row: int) -> list[tuple[int, int]]:
        """The (start, end) characters of each match marked in segment `row`'s text."""
        if self._pattern is None or not 0 <= row < len(self._segments):
            return []
        if row not in self._matches:
            text = self._segments[row].text
            found = self._pattern.finditer(text)
            self._matches[row] = [(m.start(), m.end()) for m in found if m.end() > m.start()]
        return self._matches[row]

    @property
    def current_match(self) -> Span | None:
        """(row, start, end) of the match marked as the current one (stronger), if any."""
        return self._current_match

    def set_current_match(self, match: Span | None) -> None:
        previous, self._current_match = self._current_match, match
        for changed in {previous[0] if previous else -1, match[0] if match else -1}:
            self._marks_changed(changed)

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
            return translate("transcript_model", str(HEADERS[section]))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == TEXT:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._segments):
            return None
        seg, column = self._segments[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == TIME:  # the margin reads like a document's: whole seconds (tenths in the tooltip)
                return format_clock(seg.start)
            if column == SPEAKER:
                return seg.speaker or ""
            return seg.text
        if role == Qt.ItemDataRole.ToolTipRole and column == TIME:
            return translate("transcript_model", "{start} – {end}: click to play from here").format(
                start=stamp(seg.start), end=stamp(seg.end)
            )
        if role == Qt.ItemDataRole.AccessibleTextRole:  # the whole row, whichever cell has the focus
            return spoken_row(seg)
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Report an inline edit; the owner stores it and calls set_segments with the result."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row, text = index.row(), str(value if value is not None else "")
        if index.column() == TEXT and text.strip() and text != self._segments[row].text:
            self.text_edited.emit(row, text)
            return True
        return False
