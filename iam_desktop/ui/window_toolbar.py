"""The window's own actions (Add files, Export, Copy transcript, Settings, the panels to show) and its one
toolbar: Add files and the transcription options on the left; on the right the transcript's Export, Undo,
Redo and Find as a group that shows only while a transcript is open, then Settings. The transcript pane's
edit and playback actions go into the Edit and Playback menus."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QToolBar, QToolButton, QWidget

from iam_desktop.ui.i18n import translate
from iam_desktop.ui.icons import icon
from iam_desktop.ui.transcribe_options import TranscribeOptionsBar

if TYPE_CHECKING:
    from iam_desktop.ui.main_window import MainWindow

ICON_SIZE = QSize(18, 18)


class WindowToolbar(QObject):
    """Makes the actions and the toolbar of `window` (its imports, exports, panels and transcript pane
    must exist).

    Attributes: add_action, export_action, copy_action, settings_action, sidebar_action, notes_action,
    toolbar, options_bar (the transcription options now shown), review_group (Export, Undo, Redo, Find),
    edit_menu, playback_menu.
    """

    def __init__(self, window: MainWindow, options_bar: TranscribeOptionsBar) -> None:
        super().__init__(window)
        self._window = window
        self.add_action = self._action(
            "add", translate("window_toolbar", "Add files…"), QKeySequence.StandardKey.Open,
            translate("window_toolbar", "Add audio or video files to transcribe"),
        )  # fmt: skip
        self.add_action.triggered.connect(window.imports.choose_files)
        self.export_action = self._action(
            "export",
            translate("window_toolbar", "Export…"),
            QKeySequence("Ctrl+E"),
            translate("window_toolbar", "Export as text, subtitles, Word or PDF"),
        )
        self.export_action.triggered.connect(window.exports.choose_export)
        self.copy_action = self._action(
            "copy", translate("window_toolbar", "Copy transcript"), QKeySequence("Ctrl+Shift+C")
        )
        self.copy_action.triggered.connect(lambda: window.exports.copy_transcript())
        for action in (self.export_action, self.copy_action):
            action.setEnabled(False)  # until a transcript is shown
        settings_keys = QKeySequence("Ctrl+,")
        self.settings_action = self._action(
            "settings", translate("window_toolbar", "Settings…"), settings_keys
        )
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(window.open_settings)
        self.sidebar_action = self._toggle(
            translate("window_toolbar", "Library sidebar"), "Ctrl+Shift+L", checked=True
        )
        self.sidebar_action.toggled.connect(window.library_panel.setVisible)
        self.notes_action = self._toggle(
            translate("window_toolbar", "Notes panel"), "Ctrl+Shift+N", checked=False
        )
        self.notes_action.setIcon(icon("notes"))
        self.notes_action.toggled.connect(window.notes_panel.setVisible)

        self.toolbar = QToolBar(translate("window_toolbar", "Main toolbar"))
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setIconSize(ICON_SIZE)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addAction(self.add_action)
        self.options_bar = options_bar
        self._options_action = self.toolbar.addWidget(options_bar)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self._add_review_actions()
        self.toolbar.addAction(self.settings_action)
        window.addToolBar(self.toolbar)

    def _action(self, name: str, text: str, shortcut: QKeySequence | QKeySequence.StandardKey,
                tip: str = "") -> QAction:  # fmt: skip
        action = QAction(icon(name), text, self._window)
        action.setShortcut(shortcut)
        if tip:
            action.setToolTip(tip)
        self._window.addAction(action)
        return action

    def _toggle(self, text: str, shortcut: str, *, checked: bool) -> QAction:
        action = QAction(text, self._window)
        action.setCheckable(True)
        action.setChecked(checked)
        action.setShortcut(QKeySequence(shortcut))
        self._window.addAction(action)
        return action

    def _add_review_actions(self) -> None:
        """The transcript pane's edit and playback actions in the menu bar, and the most used ones on the
        toolbar as one group that shows only while a transcript is open."""
        window, view = self._window, self._window.transcript_view
        self.edit_menu = window.menuBar().addMenu(translate("window_toolbar", "&Edit"))
        for action in view.edit_actions():
            if action is None:
                self.edit_menu.addSeparator()
            else:
                self.edit_menu.addAction(action)
        self.playback_menu = window.menuBar().addMenu(translate("window_toolbar", "&Playback"))
        self.playback_menu.addActions(view.playback_actions())
        view.undo_action.setIcon(icon("undo"))
        view.redo_action.setIcon(icon("redo"))
        view.find_action.setIcon(icon("search"))
        group = QWidget()
        row = QHBoxLayout(group)
        row.setContentsMargins(0, 0, 8, 0)
        row.setSpacing(2)
        for action in (self.export_action, view.undo_action, view.redo_action, view.find_action):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setAutoRaise(True)
            button.setIconSize(ICON_SIZE)
            style = Qt.ToolButtonStyle  # icon only but for Export: "Undo Edit text" never widens the bar
            wide = action is self.export_action
            button.setToolButtonStyle(style.ToolButtonTextBesideIcon if wide else style.ToolButtonIconOnly)
            row.addWidget(button)
        self.review_group = group
        self._review_group_action = self.toolbar.addWidget(group)
        self._review_group_action.setVisible(False)

    def show_transcript_tools(self, shown: bool) -> None:
        """Show Export, Undo, Redo and Find (a transcript is open), or hide them; Export and Copy
        transcript are enabled with them."""
        self._review_group_action.setVisible(shown)
        self.export_action.setEnabled(shown)
        self.copy_action.setEnabled(shown)

    def replace_options_bar(self, bar: TranscribeOptionsBar) -> None:
        """Show `bar` instead of the options bar shown now (new settings give new defaults)."""
        old_bar, old_action = self.options_bar, self._options_action
        self.options_bar = bar
        self._options_action = self.toolbar.insertWidget(old_action, bar)
        self.toolbar.removeAction(old_action)
        old_bar.deleteLater()
