"""A window on the screenshots' demo library, and the texts a user sees in it: shared by the language,
right-to-left and large-text tests."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from helpers import REPO
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTabBar,
    QWidget,
)

from iam_desktop.paths import data_paths
from iam_desktop.settings import Settings


def screenshots_module():
    """tools/screenshots.py (its demo library and the moves that open each state)."""
    sys.path.insert(0, str(REPO / "tools"))
    try:
        import screenshots
    finally:
        sys.path.remove(str(REPO / "tools"))
    return screenshots


def open_demo_window(qtbot, root: Path, size: tuple[int, int] = (1024, 700)):
    """The running app on the demo library (12 recordings with transcripts); close it with `.close()`."""
    from iam_desktop.ui.app import start_app

    shots = screenshots_module()
    running = start_app(data_paths(shots.build_library(root)), Settings())
    running.window.resize(*size)
    qtbot.waitExposed(running.window)
    return running, shots


def close_other_windows(window: QWidget) -> None:
    for widget in QApplication.topLevelWidgets():
        if widget is not window and widget.isVisible():
            widget.close()


def _plain(text: str) -> str:
    """A text as read: without mnemonic "&"s and rich-text tags."""
    import re

    text = re.sub(r"<[^>]+>", " ", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a user sees or hears under `root`: labels, buttons, fields'
    placeholders, combo items, tabs, group titles, column headers, tooltips, accessible names and
    descriptions, the window title, and the menus (of a main window, their whole tree)."""

    def widget_texts(widget: QWidget) -> Iterator[tuple[str, str]]:
        kind = type(widget).__name__
        if isinstance(widget, QLabel):
            yield kind, widget.text()
        if isinstance(widget, QAbstractButton):
            yield kind, widget.text()
        if isinstance(widget, QLineEdit):
            yield f"{kind} placeholder", widget.placeholderText()
        if isinstance(widget, QComboBox) and not widget.isEditable():
            for i in range(widget.count()):
                yield f"{kind} item", widget.itemText(i)
        if isinstance(widget, QTabBar):
            for i in range(widget.count()):
                yield kind, widget.tabText(i)
        if isinstance(widget, QGroupBox):
            yield kind, widget.title()
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list model (columnCount is private there): no headers
                columns = 0
            for column in range(columns):
                header = model.headerData(column, _horizontal())
                if isinstance(header, str):
                    yield f"{kind} header", header
        yield f"{kind} tooltip", widget.toolTip()
        yield f"{kind} name", widget.accessibleName()
        yield f"{kind} description", widget.accessibleDescription()

    yield "title", root.windowTitle()
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is root or widget.isVisibleTo(root):
            for where, text in widget_texts(widget):
                if _plain(text):
                    yield where, _plain(text)
    if isinstance(root, QMainWindow):
        pending = list(root.menuBar().actions())
        while pending:
            action = pending.pop(0)
            if action.isSeparator():
                continue
            yield "menu", _plain(action.text())
            if action.toolTip():
                yield "action tooltip", _plain(action.toolTip())
            menu = action.menu()
            if isinstance(menu, QMenu):
                pending[:0] = menu.actions()


def _horizontal():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def walk_states(window, shots, qtbot) -> Iterator[tuple[str, QWidget]]:
    """The window's main states and its dialogs, each yielded once it is on screen (the caller reads it
    then): the library, an open transcript with find, every Settings page, Export, Keyboard shortcuts,
    About."""
    def settle(ms: int = 300) -> None:
        qtbot.wait(ms)

    yield "library", window
    shots._open_interview(window)
    settle(800)
    shots._find(window)
    settle()
    yield "transcript", window
    window.open_settings()
    dialog = window.settings_dialog
    settle()
    for name in dialog.page_names():
        dialog.show_page(name)
        settle(100)
        yield f"settings/{name}", dialog
    dialog.reject()
    openers: dict[str, Callable[[], None]] = {
        "export": window.export_action.trigger,
        "shortcuts": window.menus.shortcuts_action.trigger,
        "about": window.menus.about_action.trigger,
    }
    for what, open_it in openers.items():
        open_it()
        settle()
        for shown in [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window]:
            yield what, shown
            shown.close()
        settle(100)
