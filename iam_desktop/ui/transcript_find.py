"""Find and replace in the transcript a review pane shows: the match being shown and the bar's requests.

Matches are found over the texts the pane shows (what the user reads, including edits still being saved);
replacements are made through the pane's undoable edits.
"""

from __future__ import annotations

from collections.abc import Callable

from iam_desktop.ui.find_replace import FindReplaceBar, Match, find_matches, next_match
from iam_desktop.ui.segment_table import SegmentTable


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
        self._texts, self._edit_text, self._replace_all = texts, edit_text, replace_all
        self._match: tuple[int, int, int] | None = None  # row, offset, length of the match shown
        bar.find_requested.connect(self.find_next)
        bar.replace_requested.connect(self.replace_current)
        bar.replace_all_requested.connect(self.replace_all)
        bar.closed.connect(table.setFocus)

    def forget(self) -> None:
        """The texts changed: the next search starts from the selected row."""
        self._match = None

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
            self.bar.set_status("Not found" if self.bar.needle else "")
            return None
        row, offset = matches[found]
        self._match = (row, offset, len(self.bar.needle))
        self.bar.set_status(f"{found + 1} of {len(matches)}")
        self._table.select_row(row, center=True)
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
        self.bar.set_status(f"Replaced {count}")
