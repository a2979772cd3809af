"""The window's File, View and Help menus (Edit and Playback come from the transcript pane, Record from
RecordingMenu): Quit (Ctrl+Q), the panels to show, the theme, and the Help entries — keyboard shortcuts
(from the same actions that define them), the log and data folders, About."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar

from iam_desktop.ui.i18n import translate
from iam_desktop.ui.icons import icon
from iam_desktop.ui.storage_page import open_folder

if TYPE_CHECKING:
    from iam_desktop.ui.main_window import MainWindow

#: the theme choices in View → Theme: (setting value, label)
THEME_CHOICES = (
    ("system", str(QT_TRANSLATE_NOOP("window_menus", "Follow the system"))),
    ("light", str(QT_TRANSLATE_NOOP("window_menus", "Light"))),
    ("dark", str(QT_TRANSLATE_NOOP("window_menus", "Dark"))),
)


class WindowMenus(QObject):
    """Builds the menu bar's File, View and Help menus around the ones that exist, in the usual order
    File, Edit, View, Playback, Record, Help.

    Attributes: file_menu, view_menu, help_menu, quit_action, jobs_action, search_action,
    theme_actions (setting value → checkable action), shortcuts_action, subscription_action, log_action,
    data_action, about_action.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        bar = window.menuBar()
        self.file_menu = QMenu(translate("window_menus", "&File"), bar)
        self.file_menu.addAction(window.add_action)
        self.file_menu.addAction(window.export_action)
        self.file_menu.addAction(window.copy_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(window.settings_action)
        self.file_menu.addSeparator()
        self.quit_action = QAction(icon("close"), translate("window_menus", "&Quit"), window)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(window.close)  # closing the window quits, in order
        window.addAction(self.quit_action)
        self.file_menu.addAction(self.quit_action)
        _insert_first(bar, self.file_menu)

        self.view_menu = QMenu(translate("window_menus", "&View"), bar)
        self.search_action = self._action(
            translate("window_menus", "Search the library"), window.focus_search, "Ctrl+Shift+F"
        )
        self.jobs_action = self._action(translate("window_menus", "Jobs"), window.open_jobs, "Ctrl+Shift+J")
        self.view_menu.addActions([self.search_action, self.jobs_action])
        self.view_menu.addSeparator()
        self.view_menu.addAction(window.sidebar_action)
        self.view_menu.addAction(window.notes_action)
        theme_menu = self.view_menu.addMenu(translate("window_menus", "Theme"))
        group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for value, label in THEME_CHOICES:
            action = QAction(translate("window_menus", label), window)
            action.setCheckable(True)
            action.setChecked(window.settings.theme == value)
            action.triggered.connect(lambda _checked=False, v=value: window.set_theme(v))
            group.addAction(action)
            theme_menu.addAction(action)
            self.theme_actions[value] = action
        window.settings_changed.connect(lambda s: self.theme_actions[s.theme].setChecked(True))
        playback = window.playback_menu.menuAction()
        bar.insertMenu(playback, self.view_menu)

        self.help_menu = bar.addMenu(translate("window_menus", "&Help"))
        self.shortcuts_action = self._action(
            translate("window_menus", "Keyboard shortcuts"), self.show_shortcuts, "Ctrl+/"
        )
        self.shortcuts_action.setIcon(icon("keyboard"))
        paths = window.data_paths
        self.log_action = self._action(
            translate("window_menus", "Open the log folder"), lambda: self._open(paths.logs)
        )
        self.data_action = self._action(
            translate("window_menus", "Open the data folder"), lambda: self._open(paths.root)
        )
        self.about_action = self._action(translate("window_menus", "About IAM Desktop"), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.subscription_action = self._action(
            translate("window_menus", "Plans and subscription…"), window.open_subscription_settings
        )
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.subscription_action)
        self.help_menu.addSeparator()
        self.help_menu.addActions([self.log_action, self.data_action])
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)

    def _action(self, text: str, slot: Callable[[], object], shortcut: str = "") -> QAction:
        action = QAction(text, self._window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        self._window.addAction(action)
        return action

    def _open(self, folder: Path) -> None:
        if not open_folder(folder):
            self._window.say(
                translate("window_menus", "The folder could not be opened: {folder}").format(folder=folder),
                10000,
            )

    def show_shortcuts(self) -> None:
        """Help → Keyboard shortcuts."""
        from iam_desktop.ui.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self._window.menuBar(), parent=self._window).open()  # read from the menus themselves

    def show_about(self) -> None:
        """Help → About."""
        from iam_desktop.ui.about_dialog import AboutDialog

        AboutDialog(parent=self._window).open()


def _insert_first(bar: QMenuBar, menu: QMenu) -> None:
    actions = bar.actions()
    if actions:
        bar.insertMenu(actions[0], menu)
    else:
        bar.addMenu(menu)
