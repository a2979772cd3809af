"""Help → Keyboard shortcuts: every menu's actions and their shortcuts, in a two-column table grouped by
menu, read from the actions themselves (so it is never out of date)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QMenuBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iam_desktop.ui.i18n import translate


def action_text(action: QAction) -> str:
    """The action's text as a person reads it: without its "&" mnemonic marks or a trailing "…"."""
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").rstrip(".")


def shortcut_text(action: QAction) -> str:
    """The action's shortcuts as the platform writes them ("Ctrl+Q"; several joined by ", "); "" if none."""
    native = QKeySequence.SequenceFormat.NativeText
    return ", ".join(key.toString(native) for key in action.shortcuts() if not key.isEmpty())


def menu_actions(menu_bar: QMenuBar) -> dict[str, list[QAction]]:
    """Each menu of `menu_bar` (by its title, without "&") and its actions (those of its submenus too;
    separators left out)."""
    groups: dict[str, list[QAction]] = {}
    for top in menu_bar.actions():
        menu = top.menu()
        if not isinstance(menu, QMenu):
            continue
        found: list[QAction] = []
        pending = list(menu.actions())
        while pending:
            action = pending.pop(0)
            if action.isSeparator():
                continue
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                pending[:0] = submenu.actions()
            else:
                found.append(action)
        groups[action_text(top)] = found
    return groups


class ShortcutsDialog(QDialog):
    """The actions of each menu with their shortcuts. `groups`: menu name → its actions, or the window's
    menu bar (read with `menu_actions`); an action without text is left out, one without a shortcut is
    listed without one.

    Attributes: table (a two-column tree: a row per menu, its actions under it).
    """

    def __init__(
        self, groups: Mapping[str, Sequence[QAction]] | QMenuBar, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        if isinstance(groups, QMenuBar):
            groups = menu_actions(groups)
        self.setWindowTitle(translate("shortcuts_dialog", "Keyboard shortcuts"))
        self.setObjectName("shortcutsDialog")
        self.table = QTreeWidget()
        self.table.setAccessibleName(translate("shortcuts_dialog", "Keyboard shortcuts"))
        self.table.setColumnCount(2)
        self.table.setHeaderLabels(
            [translate("shortcuts_dialog", "Action"), translate("shortcuts_dialog", "Shortcut")]
        )
        self.table.setRootIsDecorated(False)
        self.table.setItemsExpandable(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        for menu, actions in groups.items():
            rows = [(action_text(a), shortcut_text(a)) for a in actions if action_text(a)]
            if not rows:
                continue
            heading = QTreeWidgetItem([menu, ""])
            font = QFont(heading.font(0))
            font.setBold(True)
            heading.setFont(0, font)
            heading.setFirstColumnSpanned(True)
            self.table.addTopLevelItem(heading)
            for text, keys in rows:
                QTreeWidgetItem(heading, [text, keys])
            heading.setExpanded(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(460, 560)

    def rows(self) -> list[tuple[str, str, str]]:
        """(menu, action, shortcut) of every listed action, in order."""
        listed = []
        headings = (self.table.topLevelItem(i) for i in range(self.table.topLevelItemCount()))
        for heading in filter(None, headings):
            children = (heading.child(j) for j in range(heading.childCount()))
            listed += [(heading.text(0), child.text(0), child.text(1)) for child in filter(None, children)]
        return listed
