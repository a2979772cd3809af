"""Find and replace inside one transcript: the bar above the segments, and the search over their texts.

The bar only asks; the review pane's TranscriptSearch (transcript_find) finds (find_matches, next_match)
over the segments it shows and makes replacements through undoable edits.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

from iam_desktop.ui.i18n import translate
from iam_desktop.ui.icons import icon

#: a match: (segment row, character offset in its text)
Match = tuple[int, int]


def find_matches(texts: list[str], needle: str, case_sensitive: bool = False) -> list[Match]:
    """Every occurrence of `needle` in `texts`, in order (the same matching as library.edits.find)."""
    if not needle:
        return []
    pattern = re.compile(re.escape(needle), 0 if case_sensitive else re.IGNORECASE)
    return [(row, m.start()) for row, text in enumerate(texts) for m in pattern.finditer(text)]


def next_match(matches: list[Match], cursor: Match, backward: bool = False) -> int | None:
    """The index in `matches` of the first match at or after `cursor` (backward: the last one before
    it), wrapping around; None if there are no matches."""
    if not matches:
        return None
    at = bisect_left(matches, cursor)
    if backward:
        return (at - 1) % len(matches)
    return at % len(matches)


class FindReplaceBar(QWidget):
    """Find field, replace field, match case; Enter finds the next match, Shift+Enter the previous one,
    Escape closes the bar.

    Signals:
        find_requested: (backward) the user asks for the next (or previous) match.
        replace_requested: () replace the current match and go to the next one.
        replace_all_requested: () replace every match.
        opened: () the bar was shown.
        closed: () the bar was closed.
    """

    find_requested = Signal(bool)
    opened = Signal()
    replace_requested = Signal()
    replace_all_requested = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.find_edit = QLineEdit()
        self.find_edit.setPlaceholderText(translate("find_replace", "Find in this transcript"))
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.setAccessibleName(translate("find_replace", "Find"))
        self.find_edit.setAccessibleDescription(
            translate(
                "find_replace", "Enter finds the next match, Shift+Enter the previous one, Escape closes."
            )
        )
        self.replace_edit = QLineEdit()
        self.replace_edit.setPlaceholderText(translate("find_replace", "Replace with"))
        self.replace_edit.setAccessibleName(translate("find_replace", "Replace with"))
        self.replace_edit.setAccessibleDescription(
            translate("find_replace", "Enter replaces the current match and goes to the next one.")
        )
        self.case_box = QCheckBox(translate("find_replace", "Match case"))
        self.previous_button = QPushButton(translate("find_replace", "Previous"))
        self.previous_button.setToolTip(translate("find_replace", "Previous match (Shift+Enter)"))
        self.next_button = QPushButton(translate("find_replace", "Next"))
        self.next_button.setToolTip(translate("find_replace", "Next match (Enter)"))
        self.replace_button = QPushButton(translate("find_replace", "Replace"))
        self.replace_all_button = QPushButton(translate("find_replace", "Replace all"))
        self.close_button = QToolButton()
        self.close_button.setIcon(icon("close"))
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(translate("find_replace", "Close (Esc)"))
        self.close_button.setAccessibleName(translate("find_replace", "Close find and replace"))
        self.status_label = QLabel()
        metrics = self.status_label.fontMetrics()  # wide enough for any status: the bar does not jump
        statuses = (translate("find_replace", "Not found"), translate("find_replace", "{current} of {total}"))
        widest = max(metrics.horizontalAdvance(t.format(current=999, total=999)) for t in statuses)
        self.status_label.setMinimumWidth(widest)
        for edit in (self.find_edit, self.replace_edit):
            edit.setAcceptDrops(False)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.find_edit, 0, 0)
        layout.addWidget(self.previous_button, 0, 1)
        layout.addWidget(self.next_button, 0, 2)
        layout.addWidget(self.case_box, 0, 3)
        layout.addWidget(self.status_label, 0, 4)
        layout.addWidget(self.close_button, 0, 5)
        layout.addWidget(self.replace_edit, 1, 0)
        layout.addWidget(self.replace_button, 1, 1)
        layout.addWidget(self.replace_all_button, 1, 2)
        layout.setColumnStretch(0, 1)

        self.previous_button.clicked.connect(lambda: self.find_requested.emit(True))
        self.next_button.clicked.connect(lambda: self.find_requested.emit(False))
        self.replace_button.clicked.connect(self.replace_requested.emit)
        self.replace_all_button.clicked.connect(self.replace_all_requested.emit)
        self.close_button.clicked.connect(self.close_bar)
        self.find_edit.returnPressed.connect(self._enter_pressed)
        self.replace_edit.returnPressed.connect(self.replace_requested.emit)
        self.find_edit.textChanged.connect(lambda _text: self.status_label.clear())
        self.case_box.toggled.connect(lambda _on: self.status_label.clear())
        self.hide()

    @property
    def needle(self) -> str:
        return self.find_edit.text()

    @property
    def replacement(self) -> str:
        return self.replace_edit.text()

    @property
    def case_sensitive(self) -> bool:
        return self.case_box.isChecked()

    def open(self, *, replace: bool = False) -> None:
        """Show the bar (with the replace row if `replace`) and put the cursor in the find field
        (in the replace field when it is opened for replacing and something is already being found)."""
        if replace or not self.isVisible():
            for widget in (self.replace_edit, self.replace_button, self.replace_all_button):
                widget.setVisible(replace)
        self.show()
        self.opened.emit()
        field = self.replace_edit if replace and self.needle else self.find_edit
        field.setFocus()
        field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.status_label.clear()
        self.closed.emit()

    def set_status(self, text: str) -> None:
        self.status_label.setText(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)

    def _enter_pressed(self) -> None:
        shift = QApplication.keyboardModifiers() & Qt.KeyboardModifier.ShiftModifier
        self.find_requested.emit(bool(shift))
