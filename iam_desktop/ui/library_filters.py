"""The filter and sort bar above the library list: tag, language, engine, date range, sort order, trash."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QSizePolicy, QToolButton, QWidget

from iam_desktop.languages import LANGUAGES
from iam_desktop.library.records import RecordingFilter, SortKey, TagCount
from iam_desktop.ui.library_model import ENGINE_NAMES

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
    combo.setMinimumContentsLength(3)  # the panel may be narrow; the popup shows the whole text
    combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    for label, data in items:
        combo.addItem(label, data)
    return combo


class LibraryFilterBar(QWidget):
    """Combo boxes for tag, language, engine, date range, length and sort, and a Trash toggle.

    Attributes: tag, language, engine, date_range, length, sort (the combo boxes), trash (the toggle).

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
        self.trash = QToolButton()
        self.trash.setText("Trash")
        self.trash.setCheckable(True)
        self.trash.setObjectName("trashToggle")
        self.trash.setToolTip("Show only the recordings in the trash")
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        controls = (self.tag, self.language, self.engine, self.date_range, self.length, self.sort, self.trash)
        for position, control in enumerate(controls):  # two columns: the library panel may be narrow
            layout.addWidget(control, *divmod(position, 2))
        for combo in (self.tag, self.language, self.engine, self.date_range, self.length, self.sort):
            combo.currentIndexChanged.connect(self.changed)
        self.trash.toggled.connect(self.changed)

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
