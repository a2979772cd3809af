"""Find and replace in the transcript a review pane shows: the matches marked in the text, the match being
shown, the bar's requests; and the words of a library search marked in the recording it opened.

Matches are found over the texts the pane shows (what the user reads, including edits still being saved);
every match of the find field is marked as it is typed, the one Find went to stronger. Replacements are
made through the pane's undoable edits. While the find bar is closed (or its field empty) the words of the
library search that opened the recording are marked (mark_query).

A screen reader hears how many matches there are once the find field has been left alone for a moment
(SETTLE_MS), which match Find went to, and how many replacements were made.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QTimer

from iam_desktop.library.search import parse_query
from iam_desktop.ui.accessibility import announce
from iam_desktop.ui.find_replace import FindReplaceBar, Match, find_matches, next_match
from iam_desktop.ui.i18n import format_number, translate
from iam_desktop.ui.segment_table import SegmentTable
from iam_desktop.ui.transcript_model import SegmentModel

#: how long the find field must be left alone before the number of matches is announced
SETTLE_MS = 600


def needle_pattern(needle: str, case_sensitive: bool = False) -> re.Pattern[str] | None:
    """What the find field matches (as find_matches does); None for an empty field."""
    return re.compile(re.escape(needle), 0 if case_sensitive else re.IGNORECASE) if needle else None


def query_pattern(query: str) -> re.Pattern[str] | None:
    """The words a library search `query` finds, as they read in a text: each term's words in a row (a
    phrase), each word at the start of a word of the text and counting as a prefix, ignoring case (as the
    app's search-as-you-type matches). None: nothing to mark."""
    alternatives = []
    for term in parse_query(query, prefix_last=True):
        words = re.findall(r"\w+", term.text)
        if words:
            alternatives.append(r"(?<!\w)" + r"\W+".join(re.escape(word) for word in words) + r"\w*")
    return re.compile("|".join(alternatives), re.IGNORECASE) if alternatives else None


class TranscriptSearch:
    """Drives `bar` over the segments of `table`.

    `texts()` gives the texts shown; `edit_text(row, text)` and `replace_all(needle, replacement,
    case_sensitive)` (returns how many were replaced) make undoable edits.
    """

    def __init__(
        self,
        bar: FindReplaceBar,
        table: SegmentTable,
        texts: Callable[[], list[str]],
        edit_text: Callable[[int, str], None],
        replace_all: Callable[[str, str, bool], int],
    ) -> None:
        self.bar, self._table = bar, table
        model = table.model()
        assert isinstance(model, SegmentModel)
        self._model = model
        self._texts, self._edit_text, self._replace_all = texts, edit_text, replace_all
        self._match: tuple[int, int, int] | None = None  # row, offset, length of the match shown
        self._query: re.Pattern[str] | None = None  # the library search's words
        self._settle = QTimer(bar, singleShot=True, interval=SETTLE_MS)
        self._settle.timeout.connect(self.announce_count)
        bar.find_requested.connect(self.find_next)
        bar.replace_requested.connect(self.replace_current)
        bar.replace_all_requested.connect(self.replace_all)
        bar.closed.connect(table.setFocus)
        bar.closed.connect(self._mark)
        bar.opened.connect(self._mark)
        bar.find_edit.textChanged.connect(lambda _text: self._typed())
        bar.case_box.toggled.connect(lambda _on: self._typed())

    def forget(self) -> None:
        """The texts changed: the next search starts from the selected row."""
        self._match = None

    def mark_query(self, query: str) -> re.Pattern[str] | None:
        """Mark the words of the library search `query` ("": none) while Find marks nothing; returns
        what is marked."""
        self._query = query_pattern(query)
        self._mark()
        return self._query

    def _typed(self) -> None:
        """The find field or Match case changed: mark the matches now, announce their number once the
        typing settles."""
        self._mark()
        self._settle.start()

    def announce_count(self) -> None:
        """Tell a screen reader how many matches the find field has ("No matches"); nothing while the bar
        is closed or its field empty."""
        self._settle.stop()
        if not (self.bar.isVisible() and self.bar.needle):
            return
        count = len(find_matches(self._texts(), self.bar.needle, self.bar.case_sensitive))
        if count:
            announce(self.bar, translate("transcript_find", "%n matches", "", count))
        else:
            announce(self.bar, translate("transcript_find", "No matches"))

    def _mark(self) -> None:
        """Mark the matches of the find field while the bar is open with a text, else the query's."""
        self._match = None
        finding = self.bar.isVisible() and self.bar.needle
        pattern = needle_pattern(self.bar.needle, self.bar.case_sensitive) if finding else self._query
        self._model.set_pattern(pattern)

    def find_next(self, backward: bool = False) -> Match | None:
        """Select the segment of the next (or previous) match of the bar's text; returns the match."""
        matches = find_matches(self._texts(), self.bar.needle, self.bar.case_sensitive)
        if self._match is not None:
            row, offset, _length = self._match
            cursor = (row, offset) if backward else (row, offset + 1)
        else:
            rows = self._table.selected_rows()
            cursor = (rows[0] if rows else 0, 0)
        found = next_match(matches, cursor, backward)
        if found is None:
            self._match = None
            self._model.set_current_match(None)
            self.bar.set_status(translate("transcript_find", "Not found") if self.bar.needle else "")
            if self.bar.needle:
                self._settle.stop()
                announce(self.bar, translate("transcript_find", "No matches"))
            return None
        row, offset = matches[found]
        self._match = (row, offset, len(self.bar.needle))
        self._model.set_pattern(needle_pattern(self.bar.needle, self.bar.case_sensitive))
        self._model.set_current_match((row, offset, offset + len(self.bar.needle)))
        current, total = format_number(found + 1), format_number(len(matches))
        self.bar.set_status(
            translate("transcript_find", "{current} of {total}").format(current=current, total=total)
        )
        self._table.select_row(row, center=True)
        self._settle.stop()  # what is announced now says how many there are
        spoken = translate("transcript_find", "Match {current} of {total}: {text}")
        announce(self.bar, spoken.format(current=current, total=total, text=self._texts()[row]))
        return row, offset

    def replace_current(self) -> None:
        """Replace the match shown (finding one first if none is) and go to the next one."""
        needle, replacement = self.bar.needle, self.bar.replacement
        if self._match is None and self.find_next() is None:
            return
        assert self._match is not None
        row, offset, length = self._match
        text = self._texts()[row]
        part = text[offset : offset + length]
        same = part == needle if self.bar.case_sensitive else part.casefold() == needle.casefold()
        if same:
            self._edit_text(row, text[:offset] + replacement + text[offset + length :])
            self._match = (row, offset + len(replacement) - 1, 0)  # the next match comes after it
        self.find_next()

    def replace_all(self) -> None:
        """Replace every match of the bar's text, as one undoable edit."""
        count = self._replace_all(self.bar.needle, self.bar.replacement, self.bar.case_sensitive)
        self.bar.set_status(translate("transcript_find", "Replaced %n", "", count))
        announce(self.bar, translate("transcript_find", "%n replacements", "", count))
