"""The library's filters and sort order (tag, language, engine, date range, length, sort, the trash), in a
popup behind one "Filter" button that says how many filters are on ("Filter · 2")."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPoint, Qt, Signal
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
from iam_desktop.ui.accessibility import name_fields_from_labels
from iam_desktop.ui.i18n import format_number, spoken_language_name, translate
from iam_desktop.ui.icons import icon
from iam_desktop.ui.library_model import ENGINE_NAMES, engine_name
from iam_desktop.ui.theme import Role, semantic

#: date range key -> label (English; shown translated)
DATE_RANGES = {
    "any": QT_TRANSLATE_NOOP("library_filters", "Any time"),
    "today": QT_TRANSLATE_NOOP("library_filters", "Today"),
    "7d": QT_TRANSLATE_NOOP("library_filters", "Last 7 days"),
    "30d": QT_TRANSLATE_NOOP("library_filters", "Last 30 days"),
    "year": QT_TRANSLATE_NOOP("library_filters", "This year"),
}
#: length range label (English, also the combo's data; shown translated) -> (min seconds, max seconds)
LENGTHS: dict[object, tuple[float | None, float | None]] = {
    QT_TRANSLATE_NOOP("library_filters", "Any length"): (None, None),
    QT_TRANSLATE_NOOP("library_filters", "Under 5 min"): (None, 299.999),  # the store's bounds are inclusive
    QT_TRANSLATE_NOOP("library_filters", "5 to 30 min"): (300.0, 1800.0),
    QT_TRANSLATE_NOOP("library_filters", "Over 30 min"): (1800.0, None),
}
#: sort key -> (label (English; shown translated), column, descending)
SORTS: dict[str, tuple[object, SortKey, bool]] = {
    "newest": (QT_TRANSLATE_NOOP("library_filters", "Newest first"), "created", True),
    "oldest": (QT_TRANSLATE_NOOP("library_filters", "Oldest first"), "created", False),
    "title": (QT_TRANSLATE_NOOP("library_filters", "Title A–Z"), "title", False),
    "longest": (QT_TRANSLATE_NOOP("library_filters", "Longest first"), "duration", True),
    "shortest": (QT_TRANSLATE_NOOP("library_filters", "Shortest first"), "duration", False),
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
        self.tag = _combo("tagFilter", [(translate("library_filters", "All tags"), None)])
        self.language = _combo(
            "languageFilter",
            [
                (translate("library_filters", "Any language"), None),
                *((spoken_language_name(c), c) for c in LANGUAGES),
            ],
        )
        self.engine = _combo(
            "engineFilter",
            [
                (translate("library_filters", "Any engine"), None),
                *((engine_name(k), k) for k in ENGINE_NAMES),
            ],
        )
        self.date_range = _combo(
            "dateFilter",
            ((translate("library_filters", str(label)), key) for key, label in DATE_RANGES.items()),
        )
        self.length = _combo(
            "lengthFilter", ((translate("library_filters", str(label)), label) for label in LENGTHS)
        )
        self.sort = _combo(
            "sortOrder",
            ((translate("library_filters", str(label)), key) for key, (label, _, _) in SORTS.items()),
        )
        self.trash = QCheckBox(translate("library_filters", "Show the trash"))
        self.trash.setObjectName("trashToggle")
        self.trash.setToolTip(translate("library_filters", "Show only the recordings in the trash"))
        self.reset_button = QPushButton(translate("library_filters", "Clear filters"))
        self.reset_button.setObjectName("clearFilters")
        self.reset_button.clicked.connect(self.reset)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for label, control in (
            (translate("library_filters", "Sort"), self.sort),
            (translate("library_filters", "Tag"), self.tag),
            (translate("library_filters", "Language"), self.language),
            (translate("library_filters", "Engine"), self.engine),
            (translate("library_filters", "Date"), self.date_range),
            (translate("library_filters", "Length"), self.length),
        ):
            layout.addRow(label, control)  # the row's label is the combo's buddy, and names it
        layout.addRow(self.trash)
        layout.addRow(self.reset_button)
        name_fields_from_labels(self)
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
        self.tag.addItem(translate("library_filters", "All tags"), None)
        for tag in tags:
            self.tag.addItem(f"{tag.name} ({format_number(tag.count)})", tag.name)
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
        self.popup.setAccessibleName(translate("library_filters", "Filters and sort order"))
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
        if count:
            self.setText(translate("library_filters", "Filter · {count}").format(count=format_number(count)))
            self.setToolTip(translate("library_filters", "%n filters on — click to change", "", count))
        else:
            self.setText(translate("library_filters", "Filter"))
            self.setToolTip(translate("library_filters", "Filter and sort"))
        self.setAccessibleName(translate("library_filters", "Filter"))
        self.setAccessibleDescription(self.toolTip())
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
