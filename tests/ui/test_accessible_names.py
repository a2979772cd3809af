"""Screen readers (a first step of the accessibility issue): every interactive widget a user can reach in the
window's main states, the Settings pages and the dialogs has a name in Qt's accessibility tree, and a field
that holds a value (a choice, a text field, a slider) is named by an explicit name or its label — never by
its current value or its placeholder, which is what a screen reader would otherwise announce."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest
from helpers import REPO
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QWidget,
)

from iam_desktop.paths import data_paths
from iam_desktop.settings import Settings

INTERACTIVE = (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox, QAbstractSlider, QAbstractItemView,
               QTextEdit, QPlainTextEdit)  # fmt: skip
VALUED = (QComboBox, QLineEdit, QAbstractSpinBox, QAbstractSlider)


def unnamed(root: QWidget) -> list[str]:
    """The interactive widgets under `root` (shown) without a proper accessible name, described."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(root):
            continue
        part = isinstance(widget.parent(), QLineEdit | QComboBox | QAbstractSpinBox)
        if part or isinstance(widget, QScrollBar | QHeaderView):
            continue  # parts of another widget, named through it (the header's sections have their own)
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name).strip() if interface is not None else ""
        # a value field must have a name of its own (given by hand or from its label): Qt gives a combo box
        # its current value as the name, and only the label relation tells AT-SPI screen readers more
        named = bool(widget.accessibleName().strip())
        if not name or (isinstance(widget, VALUED) and not named):
            where = type(widget.parent()).__name__
            found.append(f"{type(widget).__name__} {widget.objectName()!r} in {where} (said as {name!r})")
    return found


@pytest.fixture
def window(qtbot, tmp_path) -> Iterator[QWidget]:
    """The app on the screenshots' demo library (12 recordings with transcripts), at 1024×700."""
    sys.path.insert(0, str(REPO / "tools"))
    try:
        import screenshots
    finally:
        sys.path.remove(str(REPO / "tools"))
    from iam_desktop.ui.app import start_app

    running = start_app(data_paths(screenshots.build_library(tmp_path / "demo")), Settings())
    running.window.resize(1024, 700)
    qtbot.waitExposed(running.window)
    running.window.tools_module = screenshots  # type: ignore[attr-defined]
    yield running.window
    for widget in QApplication.topLevelWidgets():
        if widget is not running.window and widget.isVisible():
            widget.close()
    running.close()


def settle(qtbot, ms: int = 300) -> None:
    qtbot.wait(ms)


def others(window: QWidget) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window]


def test_the_window_names_every_control_in_its_main_states(qtbot, window):
    shots = window.tools_module
    assert unnamed(window) == []  # the library list, search, options bar
    shots._open_interview(window)
    settle(qtbot, 800)
    assert unnamed(window) == []  # the transcript, the playback bar
    shots._find(window)
    settle(qtbot)
    assert unnamed(window) == []  # find and replace
    assert window.transcript_view.table.accessibleName() == "Transcript"
    engine = window.options_bar.engine
    assert engine.accessibleName() == "Engine"  # (Windows and macOS read the name)
    relations = QAccessible.queryAccessibleInterface(engine).relations(QAccessible.Relation.Label)
    assert [other.text(QAccessible.Text.Name) for other, _ in relations] == ["Engine:"]  # (AT-SPI: Orca)


def test_every_settings_page_names_its_fields(qtbot, window):
    window.open_settings()
    dialog = window.settings_dialog
    settle(qtbot)
    assert unnamed(dialog) == []
    for name in dialog.page_names():
        dialog.show_page(name)
        settle(qtbot, 100)
        assert unnamed(dialog.page(name)) == [], name
    dialog.reject()


def test_the_dialogs_name_their_fields(qtbot, window):
    window.tools_module._open_interview(window)
    settle(qtbot, 800)
    openers = {
        "export": window.export_action.trigger,
        "shortcuts": window.menus.shortcuts_action.trigger,
        "about": window.menus.about_action.trigger,
    }
    for what, open_it in openers.items():
        open_it()
        settle(qtbot)
        shown = others(window)
        assert shown, what
        for dialog in shown:
            assert unnamed(dialog) == [], what
            dialog.close()
        settle(qtbot, 100)
    window.open_subscription_settings()
    settle(qtbot, 500)
    licence = window.settings_dialog.subscription_page.open_licence_dialog()
    settle(qtbot)
    assert unnamed(licence) == []
    licence.reject()
    window.settings_dialog.reject()
