"""The library's filters and sort order (tag, language, engine, date range, length, sort, the trash), in a
popup behind one "Filter" button that says how many filters are on ("Filter · 2")."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from iam_desktop.languages import LANGUAGES
from iam_desktop.library.records import RecordingFilter, SortKey, TagCount
from iam_desktop.ui.icons import icon
from iam_desktop.ui.library_model import ENGINE_NAMES
from iam_desktop.ui.theme import Role, semantic

#: date range key -> label
DATE_RANGES = {
    "any": "Any time",
    "today": "Today",
    "7d": "Last 7 days",
    "30d": "Last 30 days",
    "year": "This year",
}
#: length range label -> (min seconds, max seconds)
LENGTHS: dict[str, tuple[float | None, float | None]] = {
    "Any length": (None, None),
    "Under 5 min": (None, 299.999),  # the store's bounds are inclusive
    "5 to 30 min": (300.0, 1800.0),
    "Over 30 min": (1800.0, None),
}
#: sort key -> (label, column, descending)
SORTS: dict[str, tuple[str, SortKey, bool]] = {
    "newest": ("Newest first", "created", True),
    "oldest": ("Oldest first", "created", False),
    "title": ("Title A–Z", "title", False),
    "longest": ("Longest first", "duration", True),
    "shortest": ("Shortest first", "duration", False),
}


def date_from(range_key: str, now: datetime | None = None) -> datetime | None:
    """The earliest creation time of a date range, in local time (None for "any")."""
    now = (now or datetime.now()).astimezone()
    midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
    if range_key == "today":
        return midnight
    if range_key == "7d":
        return now - timedelta(days=7)
    if range_key == "30d":
        return now - timedelta(days=30)
    if range_key == "year":
        return midnight.replace(month=1, day=1)
    return None


def _combo(name: str, items: Iterable[tuple[str, object]]) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(14)
    combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    for label, data in items:
        combo.addItem(label, data)
    return combo


class LibraryFilterBar(QWidget):
    """Combo boxes for tag, language, engine, date range, length and sort, and a Trash check box, one
    under the other with their labels (the content of the Filter popup).

    Attributes: tag, language, engine, date_range, length, sort (the combo boxes), trash (the check box),
    reset_button (puts every filter back to "any").

    Signals:
        changed: whenever the filter or the sort changes (read them with `recording_filter` and `sort_order`).
    """

    #: the user changed a filter, the sort or the trash toggle
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tag = _combo("tagFilter", [("All tags", None)])
        self.language = _combo(
            "languageFilter", [("Any language", None), *((n, c) for c, n in LANGUAGES.items())]
        )
        self.engine = _combo(
            "engineFilter", [("Any engine", None), *((n, k) for k, n in ENGINE_NAMES.items())]
        )
        self.date_range = _combo("dateFilter", ((label, key) for key, label in DATE_RANGES.items()))
        self.length = _combo("lengthFilter", ((label, label) for label in LENGTHS))
        self.sort = _combo("sortOrder", ((label, key) for key, (label, _, _) in SORTS.items()))
        self.trash = QCheckBox("Show the trash")
        self.trash.setObjectName("trashToggle")
        self.trash.setToolTip("Show only the recordings in the trash")
        self.reset_button = QPushButton("Clear filters")
        self.reset_button.setObjectName("clearFilters")
        self.reset_button.clicked.connect(self.reset)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for label, control in (
            ("Sort", self.sort),
            ("Tag", self.tag),
            ("Language", self.language),
            ("Engine", self.engine),
            ("Date", self.date_range),
            ("Length", self.length),
        ):
            layout.addRow(label, control)
        layout.addRow(self.trash)
        layout.addRow(self.reset_button)
        for combo in (self.tag, self.language, self.engine, self.date_range, self.length, self.sort):
            combo.currentIndexChanged.connect(self.changed)
        self.trash.toggled.connect(self.changed)
        self.changed.connect(self._enable_reset)
        self._enable_reset()

    def active_count(self) -> int:
        """How many filters narrow the list (the sort order is not a filter; the trash is)."""
        combos = (self.tag, self.language, self.engine, self.date_range, self.length)
        return sum(combo.currentIndex() > 0 for combo in combos) + self.trash.isChecked()

    def reset(self) -> None:
        """Every filter back to "any" and out of the trash (the sort order stays); one `changed`."""
        self.blockSignals(True)
        try:
            for combo in (self.tag, self.language, self.engine, self.date_range, self.length):
                combo.setCurrentIndex(0)
            self.trash.setChecked(False)
        finally:
            self.blockSignals(False)
        self.changed.emit()

    def _enable_reset(self) -> None:
        self.reset_button.setEnabled(self.active_count() > 0)

    def set_tags(self, tags: list[TagCount]) -> None:
        """Offer these tags (the chosen one stays chosen while it exists; no `changed` for the update)."""
        chosen = self.tag.currentData()
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem("All tags", None)
        for tag in tags:
            self.tag.addItem(f"{tag.name} ({tag.count})", tag.name)
        index = self.tag.findData(chosen) if chosen is not None else 0
        self.tag.setCurrentIndex(max(0, index))
        self.tag.blockSignals(False)
        if chosen is not None and index < 0:  # the tag is gone: the list now shows every recording
            self.changed.emit()

    def in_trash(self) -> bool:
        return self.trash.isChecked()

    def recording_filter(self, now: datetime | None = None) -> RecordingFilter:
        """The filter the controls describe."""
        return RecordingFilter(
            tag=self.tag.currentData(),
            language=self.language.currentData(),
            engine=self.engine.currentData(),
            created_from=date_from(self.date_range.currentData(), now),
            min_duration=LENGTHS[self.length.currentData()][0],
            max_duration=LENGTHS[self.length.currentData()][1],
            only_trashed=self.trash.isChecked(),
        )

    def sort_order(self) -> tuple[SortKey, bool]:
        """(column, descending) for library.items.query."""
        _, column, descending = SORTS[self.sort.currentData()]
        return column, descending


class FilterButton(QToolButton):
    """The one "Filter" button above the list: it opens the filters in a popup and says how many are on
    ("Filter · 2", in the accent colour).

    Attributes: bar (the LibraryFilterBar), popup (the frame that holds it).
    """

    def __init__(self, bar: LibraryFilterBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterButton")
        self.setIcon(icon("filter"))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setAutoRaise(True)
        self.bar = bar
        self._plain = self.palette().color(QPalette.ColorRole.ButtonText)
        self.popup = QFrame(self, Qt.WindowType.Popup)
        self.popup.setObjectName("filterPopup")
        self.popup.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self.popup)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addWidget(bar)
        self.clicked.connect(self.open_popup)
        bar.changed.connect(self.show_count)
        self.show_count()

    def show_count(self) -> None:
        """Say how many filters are on."""
        count = self.bar.active_count()
        self.setText(f"Filter · {count}" if count else "Filter")
        self.setToolTip(
            f"{count} filter{'s' if count != 1 else ''} on — click to change" if count else "Filter and sort"
        )
        palette = self.palette()
        color = semantic(Role.ACCENT, palette) if count else self._plain
        palette.setColor(QPalette.ColorRole.ButtonText, color)
        self.setPalette(palette)

    def open_popup(self) -> None:
        """Show the filters under the button (aligned to its right edge)."""
        self.popup.adjustSize()
        below = self.mapToGlobal(QPoint(self.width(), self.height()))
        self.popup.move(below.x() - self.popup.width(), below.y() + 2)
        self.popup.show()
