"""The Help menu's dialogs: Keyboard shortcuts lists the given actions and their shortcuts grouped by
menu (read from a real menu bar too); About names the app, its version, privacy and licences."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from iam_desktop import __version__
from iam_desktop.ui.about_dialog import PRIVACY, AboutDialog
from iam_desktop.ui.shortcuts_dialog import ShortcutsDialog, action_text, menu_actions


def action(window: QMainWindow, text: str, *keys: str) -> QAction:
    made = QAction(text, window)
    made.setShortcuts([QKeySequence(key) for key in keys])
    return made


def test_the_shortcuts_dialog_lists_every_action_by_menu(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    quit_action = action(window, "&Quit", "Ctrl+Q")
    groups = {
        "File": [action(window, "&Add files…", "Ctrl+O"), action(window, "&Export…", "Ctrl+E"), quit_action],
        "Edit": [action(window, "&Undo", "Ctrl+Z"), action(window, "Find && Replace", "Ctrl+H", "Ctrl+R")],
        "Help": [action(window, "&About IAM Desktop")],
        "Empty": [],
    }
    dialog = ShortcutsDialog(groups)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.rows() == [
        ("File", "Add files", "Ctrl+O"),
        ("File", "Export", "Ctrl+E"),
        ("File", "Quit", "Ctrl+Q"),
        ("Edit", "Undo", "Ctrl+Z"),
        ("Edit", "Find & Replace", "Ctrl+H, Ctrl+R"),
        ("Help", "About IAM Desktop", ""),
    ]
    assert dialog.table.topLevelItemCount() == 3  # a menu without actions has no heading
    assert dialog.table.topLevelItem(0).font(0).bold() and dialog.table.topLevelItem(0).isExpanded()


def test_menu_actions_reads_a_menu_bar(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    file_menu = window.menuBar().addMenu("&File")
    file_menu.addAction(action(window, "&Add files…", "Ctrl+O"))
    file_menu.addSeparator()
    recent = file_menu.addMenu("Open &recent")
    recent.addAction(action(window, "Interview"))
    file_menu.addAction(action(window, "&Quit", "Ctrl+Q"))
    window.menuBar().addMenu("&Help").addAction(action(window, "&Keyboard shortcuts", "F1"))
    groups = menu_actions(window.menuBar())
    assert {menu: [action_text(a) for a in actions] for menu, actions in groups.items()} == {
        "File": ["Add files", "Interview", "Quit"],
        "Help": ["Keyboard shortcuts"],
    }
    dialog = ShortcutsDialog(window.menuBar())  # the window's menu bar itself
    qtbot.addWidget(dialog)
    assert ("Help", "Keyboard shortcuts", "F1") in dialog.rows()
    assert [row[1] for row in dialog.rows()] == ["Add files", "Interview", "Quit", "Keyboard shortcuts"]


def test_about_names_the_app_version_privacy_and_licences(qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.title_label.text() == "IAM Desktop"
    assert dialog.version_label.text() == f"Version {__version__}"
    assert dialog.privacy_label.text() == PRIVACY and "offline" in PRIVACY
    credits = dialog.credits_label.text()
    assert "Phosphor" in credits and "MIT" in credits and "QtAwesome" in credits
    assert 'href="https://phosphoricons.com"' in credits and dialog.credits_label.openExternalLinks()
