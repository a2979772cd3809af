"""Editing a recording's tags: a comma-separated line field that completes the tag being typed from the
tags the library already has, and a small dialog around it for the list's "Tags…" action."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from iam_desktop.ui.i18n import translate

#: between tags in the field
SEPARATOR = ", "


def parse_tags(text: str) -> list[str]:
    """Comma-separated tag names: spaces trimmed, empty ones dropped, duplicates (any case) once."""
    names: dict[str, str] = {}
    for part in text.split(","):
        name = " ".join(part.split())
        if name:
            names.setdefault(name.casefold(), name)
    return list(names.values())


class TagsEditor(QLineEdit):
    """Tags separated by commas; the part after the last comma is completed from `set_known` (names
    already in the field are not offered again).

    Attributes: suggestions (the QCompleter over the known tags).

    Signals:
        committed: the field's tags (a list of names) when the user finished editing (Enter or leaving
            the field) and they differ from what `set_tags` last put in.
    """

    #: list of tag names
    committed = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tagsEditor")
        self.setPlaceholderText(translate("tags_editor", "Add tags, separated by commas"))
        self.setAccessibleName(translate("tags_editor", "Tags"))
        self.setAccessibleDescription(
            translate("tags_editor", "Tags separated by commas; suggestions appear while you type")
        )
        self.setClearButtonEnabled(True)
        self._known: list[str] = []
        self._shown: list[str] = []
        self._names = QStringListModel(self)
        self.suggestions = QCompleter(self._names, self)
        self.suggestions.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.suggestions.setFilterMode(Qt.MatchFlag.MatchContains)
        self.suggestions.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.suggestions.setWidget(self)  # not setCompleter: it would replace the whole text
        self.suggestions.activated.connect(self.insert_completion)
        self.textEdited.connect(self._complete)
        self.editingFinished.connect(self._finish)

    def set_known(self, names: Iterable[str]) -> None:
        """The library's tags, offered while typing."""
        self._known = sorted(set(names), key=str.casefold)

    def set_tags(self, names: Iterable[str]) -> None:
        """Show these tags (no `committed` for them)."""
        self._shown = list(names)
        self.setText(SEPARATOR.join(self._shown))

    def tags(self) -> list[str]:
        """The tags in the field (trimmed, each once)."""
        return parse_tags(self.text())

    def _popup(self) -> QAbstractItemView:
        popup = self.suggestions.popup()
        assert popup is not None  # a completer always has its popup
        return popup

    def _current_part(self) -> str:
        return self.text()[: self.cursorPosition()].rsplit(",", 1)[-1].strip()

    def _complete(self) -> None:
        prefix = self._current_part()
        if not prefix:
            self._popup().hide()
            return
        typed = {name.casefold() for name in self.tags()}
        self._names.setStringList(
            [n for n in self._known if n.casefold() not in typed or n.casefold() == prefix.casefold()]
        )
        self.suggestions.setCompletionPrefix(prefix)
        if self.suggestions.completionCount():
            self.suggestions.complete()
        else:
            self._popup().hide()

    def insert_completion(self, name: str) -> None:
        """Put `name` in place of the tag being typed, followed by a separator for the next one."""
        before = self.text()[: self.cursorPosition()]
        after = self.text()[self.cursorPosition() :]
        head = before.rsplit(",", 1)[0] + SEPARATOR if "," in before else ""
        text = f"{head}{name}{SEPARATOR}"
        self.setText(text + after.lstrip(", "))
        self.setCursorPosition(len(text))
        self._popup().hide()

    def _finish(self) -> None:
        if self._popup().isVisible():
            return  # Enter chose a completion: not done yet
        wanted = self.tags()
        if [n.casefold() for n in wanted] != [n.casefold() for n in self._shown]:
            self._shown = wanted
            self.committed.emit(wanted)


class TagsDialog(QDialog):
    """Asks for tags with a TagsEditor (the list's "Tags…" action)."""

    def __init__(
        self, parent: QWidget | None, label: str, names: Iterable[str], known: Iterable[str]
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("tags_editor", "Tags"))
        self.setObjectName("tagsDialog")
        self.editor = TagsEditor()
        self.editor.set_known(known)
        self.editor.set_tags(names)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        text = QLabel(label)
        text.setWordWrap(True)
        text.setBuddy(self.editor)
        self.editor.setAccessibleDescription(label)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.editor)
        layout.addWidget(buttons)
        self.resize(380, self.sizeHint().height())

    @staticmethod
    def ask(
        parent: QWidget | None, label: str, names: Iterable[str], known: Iterable[str]
    ) -> tuple[str, bool]:
        """Show the dialog; (the field's text, whether the user pressed OK)."""
        dialog = TagsDialog(parent, label, names, known)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        text = dialog.editor.text()
        dialog.deleteLater()
        return text, accepted
