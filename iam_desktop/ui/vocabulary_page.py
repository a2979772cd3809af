"""The settings dialog's "Vocabulary" page: the library's glossary of names, places and jargon.

Changes go straight to the library (like the key to the keyring): OK or Cancel of the dialog does not
undo them. Every library call runs in the background (ui/background.py)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iam_desktop.library.vocabulary_store import VocabularyStore
from iam_desktop.ui.accessibility import announce
from iam_desktop.ui.changes import Change, ChangeBus, Kind
from iam_desktop.ui.i18n import format_number, translate
from iam_desktop.ui.stored_changes import StoredChanges
from iam_desktop.ui.theme import Role
from iam_desktop.vocabulary import MAX_TERMS

#: what the page is for (English: shown through `translate`)
HINT = str(QT_TRANSLATE_NOOP("vocabulary_page", "Names, places and jargon the transcription should spell right. Used by the offline model and the cloud, for every new transcription."))  # noqa: E501


def count_text(count: int) -> str:
    """ "No terms yet.", "1 term.", "12 terms." in the window's language."""
    if count == 0:
        return translate("vocabulary_page", "No terms yet.")
    return translate("vocabulary_page", "%n terms.", "", count)


class VocabularyPage(StoredChanges, QWidget):
    """The terms in a list, a line to add some ("A, B, C") and Remove selected.

    Attributes: terms (the list), term_edit, add_button, remove_button, message.
    """

    def __init__(
        self, vocabulary: VocabularyStore, parent: QWidget | None = None, *, bus: ChangeBus | None = None
    ) -> None:
        super().__init__(parent)
        self._store = vocabulary
        self.bus = bus
        self._busy = True  # until the terms are loaded, and while a change is being saved
        hint = QLabel(translate("vocabulary_page", HINT))
        hint.setWordWrap(True)
        self.term_edit = QLineEdit()
        self.term_edit.setAccessibleName(translate("vocabulary_page", "New term"))
        self.term_edit.setAccessibleDescription(
            translate("vocabulary_page", "One term or several separated by commas; Enter adds them")
        )
        self.term_edit.setPlaceholderText(
            translate("vocabulary_page", "Add terms, separated by commas: Gqeberha, Mbombela, Nkosazana")
        )
        self.term_edit.setClearButtonEnabled(True)
        self.term_edit.textChanged.connect(self._update_buttons)
        self.term_edit.returnPressed.connect(self.add_typed)
        self.add_button = QPushButton(translate("vocabulary_page", "Add"))
        self.add_button.setAccessibleDescription(translate("vocabulary_page", "Adds the terms typed"))
        self.add_button.clicked.connect(self.add_typed)
        self.terms = QListWidget()
        self.terms.setAccessibleName(translate("vocabulary_page", "Vocabulary terms"))
        self.terms.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.terms.setAlternatingRowColors(True)
        self.terms.setSpacing(1)
        self.terms.itemSelectionChanged.connect(self._update_buttons)
        delete = QKeySequence(QKeySequence.StandardKey.Delete)
        QShortcut(delete, self.terms, self.remove_selected, context=Qt.ShortcutContext.WidgetShortcut)
        self.remove_button = QPushButton(translate("vocabulary_page", "Remove selected"))
        tip = translate("vocabulary_page", "Remove the selected terms ({shortcut})")
        self.remove_button.setToolTip(tip.format(shortcut=delete.toString(QKeySequence.SequenceFormat.NativeText)))
        self.remove_button.clicked.connect(self.remove_selected)
        self.message = QLabel(translate("vocabulary_page", "Loading…"))
        self.message.setWordWrap(True)
        add_row = QHBoxLayout()
        add_row.addWidget(self.term_edit, 1)
        add_row.addWidget(self.add_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addSpacing(4)
        layout.addLayout(add_row)
        layout.addWidget(self.terms, 1)
        layout.addLayout(bottom)
        self._update_buttons()
        self._run(self._store.list, lambda terms: self._show(terms, ""))

    def term_list(self) -> list[str]:
        """The terms as now shown."""
        return [self.terms.item(row).text() for row in range(self.terms.count())]

    # --- actions ---------------------------------------------------------------------------------

    def add_typed(self) -> None:
        """Add the terms typed in the line ("A, B, C"); the line is cleared once they are saved."""
        text = self.term_edit.text()
        if self._busy or not text.strip():
            return
        store = self._store

        def add() -> tuple[list[str], list[str]]:
            return store.add(text), store.list()

        self._run(add, self._added, Change.of(Kind.VOCABULARY))

    def remove_selected(self) -> None:
        """Remove the selected terms from the library."""
        chosen = [item.text() for item in self.terms.selectedItems()]
        if self._busy or not chosen:
            return
        store = self._store

        def remove() -> tuple[list[str], list[str]]:
            return store.remove(chosen), store.list()

        self._run(
            remove,
            lambda result: self._show(
                result[1], translate("vocabulary_page", "Removed {terms}.").format(terms=", ".join(result[0]))
            ),
            Change.of(Kind.VOCABULARY),
        )

    # --- results ---------------------------------------------------------------------------------

    def _added(self, result: tuple[list[str], list[str]]) -> None:
        added, terms = result
        self.term_edit.clear()
        if added:
            note = translate("vocabulary_page", "Added {terms}.").format(terms=", ".join(added))
        else:
            note = translate("vocabulary_page", "Already in the list.")
        self._show(terms, note, select=added)

    def _show(self, terms: list[str], note: str, select: list[str] | None = None) -> None:
        self._busy = False
        self.terms.clear()
        self.terms.addItems(terms)
        for term in select or ():
            for item in self.terms.findItems(term, Qt.MatchFlag.MatchExactly):
                item.setSelected(True)
                self.terms.scrollToItem(item)
        full = ""
        if len(terms) >= MAX_TERMS:
            full = translate("vocabulary_page", " (at most {count})").format(count=format_number(MAX_TERMS))
        text = " ".join(part for part in (note, count_text(len(terms)) + full) if part)
        self._say(text)
        if note:  # (what the user just did: a screen reader says how it went)
            announce(self.message, text)
        self._update_buttons()

    def _say(self, text: str, role: Role | None = None) -> None:
        """Show `text` on the message line; a failure is also said at once to a screen reader."""
        super()._say(text, role)
        if role is Role.ERROR:
            announce(self.message, text, assertive=True)

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(not self._busy and bool(self.term_edit.text().strip()))
        self.remove_button.setEnabled(not self._busy and bool(self.terms.selectedItems()))
