"""The main window: a compact record bar on top (it grows into the live view while recording), the library
as a sidebar, the open transcript as the main, document-like area (a welcome card when none is open), jobs
as an indicator in the status bar; files dropped anywhere."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from iam_desktop import __version__
from iam_desktop.audio.player import Player
from iam_desktop.jobs.runner import JobRunner
from iam_desktop.library.library import Library
from iam_desktop.secrets import SecretStore
from iam_desktop.settings import Settings, save_settings
from iam_desktop.transcript import Transcript
from iam_desktop.ui.accessibility import add_shortcuts_to_tooltips, name_fields_from_labels
from iam_desktop.ui.changes import Change, ChangeBus, Kind
from iam_desktop.ui.drop_overlay import DropOverlay
from iam_desktop.ui.export_actions import ExportActions
from iam_desktop.ui.i18n import translate
from iam_desktop.ui.import_flow import ImportFlow
from iam_desktop.ui.jobs_panel import ACTIVE_STATES
from iam_desktop.ui.library_panel import LibraryPanel
from iam_desktop.ui.notes_panel import NotesPanel
from iam_desktop.ui.operations import Operation, Pool
from iam_desktop.ui.record_panel import NO_INPUT_TIP, RecordPanel
from iam_desktop.ui.recording_controller import (
    PreviewEngineFactory,
    RecordingController,
)
from iam_desktop.ui.settings_dialog import SettingsDialog
from iam_desktop.ui.summary_panel import SummaryPanel
from iam_desktop.ui.theme import ThemeMode, apply_theme
from iam_desktop.ui.transcribe_options import TranscribeOptionsBar
from iam_desktop.ui.transcript_view import TranscriptView
from iam_desktop.ui.watch_bridge import WatchBridge
from iam_desktop.ui.welcome_card import WelcomeCard
from iam_desktop.ui.window_backup import WindowBackup
from iam_desktop.ui.window_jobs import WindowJobs
from iam_desktop.ui.window_menus import WindowMenus
from iam_desktop.ui.window_recording import RecordingMenu
from iam_desktop.ui.window_state import WindowState
from iam_desktop.ui.window_subscription import WindowSubscription
from iam_desktop.ui.window_toolbar import WindowToolbar


class MainWindow(QMainWindow):
    """Presents the library and the jobs, and forwards the user's files to the job runner.

    Every library read and write runs as an Operation; what one changed is published on `changes`, the
    window's one ChangeBus, and each view reads again what it shows (nobody calls another's refresh).

    Attributes: library_panel, transcript_view, summary_panel (the Summary tab), document_tabs (Transcript,
    Summary), welcome, notes_panel, record_panel, jobs_panel (in the jobs popover of the status bar),
    main_stack (welcome or the document tabs), changes (the ChangeBus),
    imports (ImportFlow: files and re-transcriptions to jobs), exports (ExportActions), add_action,
    export_action, settings_action, options_bar, settings (in use), settings_dialog (the open one, or
    None), player (the one audio player, closed with the window), edit_menu, playback_menu.

    Signals:
        settings_changed: the new Settings, after the user accepted the Settings dialog.
    """

    #: Settings now in use (the app hands them to the engines)
    settings_changed = Signal(object)

    def __init__(
        self,
        library: Library,
        runner: JobRunner,
        *,
        settings: Settings | None = None,
        secrets: SecretStore | None = None,
        preview_engine: PreviewEngineFactory | None = None,
    ) -> None:
        """`secrets`: the keyring the Settings dialog keeps the OpenAI key in (default: the OS keyring).
        `preview_engine`: builds the engine of the live transcript while recording (None: no preview)."""
        super().__init__()
        self._library = library
        self._runner = runner
        self._secrets = secrets
        self.settings = settings or Settings()
        self._shown_id: int | None = None
        self.data_paths = library.paths
        self.setWindowTitle("IAM Desktop")
        self.setAcceptDrops(True)

        self.changes = ChangeBus(self)
        self.library_panel = LibraryPanel(library, bus=self.changes)
        self.library_panel.setMinimumWidth(220)
        self.player = Player()
        self.transcript_view = TranscriptView(library, self.player, bus=self.changes)
        self.summary_panel = SummaryPanel(
            library, self.changes, settings=lambda: self.settings, secrets=secrets
        )
        self.document_tabs = QTabWidget()  # the transcript, and its summaries beside it
        self.document_tabs.setObjectName("documentTabs")
        self.document_tabs.setDocumentMode(True)
        # Tab stops at the tab bar in its place: the tab widget itself, whose focus proxy the bar is, would
        # take the focus there again after the text (a loop)
        self.document_tabs.setFocusProxy(None)  # type: ignore[arg-type]  # (None takes it away)
        self.document_tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.document_tabs.tabBar().setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.document_tabs.addTab(self.transcript_view, translate("main_window", "Transcript"))
        self.document_tabs.addTab(self.summary_panel, translate("main_window", "Summary"))
        self.document_tabs.tabBar().setAccessibleName(translate("main_window", "Transcript or summary"))
        self.welcome = WelcomeCard()
        self.main_stack = QStackedWidget()
        self.main_stack.addWidget(self.welcome)
        self.main_stack.addWidget(self.document_tabs)
        self.main_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.main_splitter.setChildrenCollapsible(False)
        self.main_splitter.addWidget(self.library_panel)
        self.main_splitter.addWidget(self.main_stack)
        self.notes_panel = NotesPanel(library, self.changes)
        self.notes_panel.setMinimumWidth(220)
        self.notes_panel.setVisible(False)
        self.main_splitter.addWidget(self.notes_panel)
        self.main_splitter.setStretchFactor(0, 0)
        self.main_splitter.setStretchFactor(1, 1)
        self.main_splitter.setStretchFactor(2, 0)
        self.main_splitter.setSizes([300, 800, 280])
        self.recording = RecordingController(library, runner, self.settings, preview_engine=preview_engine,
                                             parent=self, bus=self.changes)  # fmt: skip
        self.record_panel = RecordPanel(self.recording)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.record_panel)
        column.addWidget(self.main_splitter, 1)
        self.setCentralWidget(central)
        self.drop_overlay = DropOverlay(central)
        self.record_panel.input_available.connect(
            lambda can: self.welcome.set_can_record(can, NO_INPUT_TIP)
        )
        self.welcome.record_requested.connect(
            lambda: self.recording.toggle(self.record_panel.chosen_device())
        )

        self.imports = ImportFlow(
            self,
            library,
            runner,
            self.changes,
            options=self._job_options,
            settings=lambda: self.settings,
            say=self.say,
            secrets=secrets,
        )
        self.exports = ExportActions(self, library, shown=lambda: self._shown_id, say=self.say)
        self.welcome.add_files_requested.connect(self.imports.choose_files)
        self.settings_dialog: SettingsDialog | None = None
        self.tools = WindowToolbar(self, self._make_options_bar(self.settings))
        tools = self.tools
        self.add_action, self.export_action = tools.add_action, tools.export_action
        self.copy_action, self.settings_action = tools.copy_action, tools.settings_action
        self.sidebar_action, self.notes_action = tools.sidebar_action, tools.notes_action
        self.toolbar, self.review_group = tools.toolbar, tools.review_group
        self.edit_menu, self.playback_menu = tools.edit_menu, tools.playback_menu
        self.transcript_view.notice.connect(lambda message: self.say(message, 8000))
        self.recording_menu = RecordingMenu(self)
        self.record_action = self.recording_menu.record_action
        self.pause_action = self.recording_menu.pause_action
        self.menus = WindowMenus(self)
        self.quit_action = self.menus.quit_action
        ready = translate("main_window", "IAM Desktop {version} — offline model ready to use")
        self.statusBar().showMessage(ready.format(version=__version__))

        pick = self.library_panel.select_recording
        self.jobs = WindowJobs(
            self,
            library,
            runner,
            None,  # (it makes the jobs panel, shown in a popover from the status bar's indicator)
            self.changes,
            say=self.say,
            shown=lambda: self._shown_id,
            pick=pick,
        )
        self.bridge = self.jobs.bridge
        self.jobs_panel = self.jobs.panel
        self.imports.file_rejected.connect(self.jobs.show_rejected)
        self.imports.key_missing.connect(self.open_cloud_settings)
        self.changes.changed.connect(self._on_change)
        self.watch = WatchBridge(library, runner, self.settings, parent=self, bus=self.changes)
        self.watch.jobs_queued.connect(self.jobs.show_jobs)
        self.watch.notice.connect(lambda message: self.say(message, 10000))
        self.settings_changed.connect(self.watch.update_settings)
        self.watch.start()
        self.library_panel.recording_selected.connect(self.show_recording)
        self.library_panel.emptiness_changed.connect(self.show_welcome)
        self.library_panel.recording_selected.connect(lambda rid, _at: self.notes_panel.show_recording(rid))
        self.summary_panel.seek_requested.connect(self.seek_to)
        self.summary_panel.add_key_requested.connect(self.open_cloud_settings)
        self.settings_changed.connect(lambda _settings: self.summary_panel.check_key())
        actions = self.library_panel.recording_actions
        actions.notes_in_panel = True  # "Notes…" opens the side panel
        actions.notes_requested.connect(self._open_notes)
        self.bridge.job_changed.connect(self.library_panel.show_job)  # live "Transcribing 42 %" on rows
        self.library_panel.pending.activated.connect(lambda _job_id: self.open_jobs())
        jobs = library.jobs  # files added before a restart and still waiting show under "Adding" too
        Operation(self, lambda: jobs.list_jobs(statuses=ACTIVE_STATES)).success(
            self.library_panel.pending.show_jobs
        ).run()
        self.library_panel.retranscribe_requested.connect(self.imports.retranscribe)
        self.library_panel.speakers_requested.connect(self.imports.identify_speakers)
        self.backups = WindowBackup(self, secrets)
        self.backups.start()
        self.subscription = WindowSubscription(
            self, library.paths, settings=lambda: self.settings, open_page=self.open_subscription_settings,
            say=self.say,
        )  # fmt: skip
        self.imports.upgrade_requested.connect(self.open_subscription_settings)
        # a new plan may allow automatic backups: look again whether one is due
        self.subscription.entitlement_changed.connect(lambda _licence: self.backups.scheduler.check())
        self.subscription.start()

        self._state = WindowState(library.paths.ui_state)
        if not self._state.restore(self, self._splitters()):
            self.resize(1100, 720)
        self.recording.refresh_devices()
        self.recording.recover_interrupted()  # recordings a crash interrupted come back into the library
        name_fields_from_labels(self)  # a screen reader announces each labelled field by its label
        add_shortcuts_to_tooltips(self)  # "Export… (Ctrl+E)": the key is learnt where the button is
        self.fix_tab_order()

    def tab_stops(self) -> list[QWidget]:
        """The window's parts in the order Tab visits them, which is the order the eye reads them: the
        toolbar (Add files, the options, the transcript's tools, Settings), the record bar, the sidebar
        (search, filter, files being added, the list), the main area top to bottom (the welcome card, or
        the Transcript / Summary tabs, then the waveform, the player, the find bar and the transcript, or
        the Summary tab's fields), the notes, the jobs indicator. Parts
        made of several fields stand for their fields."""
        toolbar = self.toolbar
        view, panel = self.transcript_view, self.library_panel
        return [
            *(w for w in (toolbar.widgetForAction(self.add_action),) if w is not None),
            self.options_bar,
            self.review_group,
            *(w for w in (toolbar.widgetForAction(self.settings_action),) if w is not None),
            self.record_panel,
            panel.search_box,
            panel.filter_button,
            panel.pending,
            panel.trash_bar,
            panel.stack,
            panel.notice,
            self.welcome,
            self.document_tabs.tabBar(),
            view.overview,
            view.playback,
            view.find_bar,
            view.speaker_bar,
            view.table,
            self.summary_panel,
            self.notes_panel,
            self.jobs.indicator,
        ]

    def fix_tab_order(self) -> None:
        """Make Tab follow `tab_stops` (widgets join the focus chain in the order they were made, which is
        not the order they are shown in), with the toolbar's buttons in it. Called again when the options
        bar is replaced."""
        for action in (self.add_action, self.settings_action):
            button = self.toolbar.widgetForAction(action)
            if button is not None:
                button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # (a toolbar leaves its buttons out of Tab)
        # Tab leaves the transcript for the next part (Qt's tables move between cells with Tab instead,
        # a trap for the keyboard); the arrow keys move between segments
        self.transcript_view.table.setTabKeyNavigation(False)
        chain = [field for stop in self.tab_stops() for field in _fields(stop)]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _job_options(self) -> dict[str, Any]:
        return self.options_bar.job_options()  # (the bar is replaced when the settings change)

    @property
    def options_bar(self) -> TranscribeOptionsBar:
        """The transcription options on the toolbar (replaced when the settings change)."""
        return self.tools.options_bar

    # --- adding files (the import flow) --------------------------------------------------------------

    def add_paths(self, paths: list[str]) -> None:
        """Queue the given files (and the media files inside given folders) for transcription."""
        self.imports.add_paths(paths)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
            self.drop_overlay.show_highlight()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self.drop_overlay.hide()
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self.drop_overlay.hide()
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_paths(paths)

    # --- the library -------------------------------------------------------------------------------

    def show_recording(self, recording_id: int, at_seconds: float) -> None:
        """Show the recording's transcript (read in the background), cued at `at_seconds` (a search hit)."""
        self._shown_id = recording_id
        self.summary_panel.show_recording(recording_id)
        library = self._library
        untitled = translate("main_window", "Recording {number}").format(number=recording_id)

        def read() -> tuple[Transcript | None, str]:
            transcript = library.get_transcript(recording_id)
            if transcript is not None:
                return transcript, transcript.title
            info = library.get_recording(recording_id)
            return None, info.title if info else untitled

        Operation(self, read).success(lambda result: self._show(recording_id, at_seconds, *result)).run()

    def _show(self, recording_id: int, at_seconds: float, transcript: Transcript | None, title: str) -> None:
        if recording_id != self._shown_id:
            return  # the user picked another recording meanwhile
        self.tools.show_transcript_tools(transcript is not None)
        self.main_stack.setCurrentWidget(self.document_tabs)
        if at_seconds > 0:
            self.document_tabs.setCurrentWidget(self.transcript_view)  # a search hit: shown in the text
        if transcript is None:
            self.transcript_view.show_message(
                title,
                translate("main_window", "Not transcribed yet — its progress shows in the list and in the status bar."),  # noqa: E501
            )
            return
        self.transcript_view.show_transcript(transcript)  # another recording: its playback stops
        query = self.library_panel.search_box.text().strip() or None
        self.transcript_view.cue(at_seconds, query=query)  # a search hit: its words marked, the audio cued

    def seek_to(self, seconds: float) -> None:
        """Show the transcript at the moment `seconds` and cue the player there (a chapter or a moment of a
        summary chosen)."""
        self.document_tabs.setCurrentWidget(self.transcript_view)
        self.transcript_view.cue(seconds)
        self.transcript_view.table.setFocus()

    def _on_change(self, change: Change) -> None:
        """The shown recording got its first transcript (a job ended): show it. (A transcript already
        shown is read again by the transcript pane itself.)"""
        shown = self._shown_id
        if (
            shown is not None
            and change.touches(Kind.TRANSCRIPT, shown)
            and self.transcript_view.recording_id is None
        ):
            self.show_recording(shown, 0.0)

    # --- settings --------------------------------------------------------------------------------

    def open_settings(self) -> None:
        """Show the Settings dialog (window-modal); accepting it applies and saves the new settings."""
        if self.settings_dialog is not None:
            self.settings_dialog.raise_()
            self.settings_dialog.activateWindow()
            return
        vocabulary = self._library.vocabulary
        dialog = SettingsDialog(
            self.settings, self._secrets, parent=self, vocabulary=vocabulary, watch=self._library.watch,
            bus=self.changes, data_folder=self._library.paths.root, backup_scheduler=self.backups.scheduler,
        )  # fmt: skip
        self.backups.connect_settings(dialog)
        self.settings_dialog = dialog
        dialog.subscription_page.entitlement_changed.connect(self.subscription.entitlement_changed)
        dialog.accepted.connect(lambda: self.apply_settings(dialog.result_settings(), save=True))
        dialog.finished.connect(lambda _result: self._settings_closed(dialog))
        dialog.open()

    def _settings_closed(self, dialog: SettingsDialog) -> None:
        if self.settings_dialog is dialog:
            self.settings_dialog = None
        self.options_bar.check_key()  # a key may have been added or removed
        self.summary_panel.check_key()
        dialog.deleteLater()

    def apply_settings(self, settings: Settings, *, save: bool = False) -> None:
        """Use `settings` from now on: the options bar shows its defaults, settings_changed is emitted,
        and with `save` they are written to settings.json in the background."""
        self.settings = settings
        bar = self._make_options_bar(settings)
        bar.translate.setChecked(self.options_bar.translate.isChecked())
        self.tools.replace_options_bar(bar)
        self.fix_tab_order()  # (the new bar joined the focus chain at its end)
        self.settings_changed.emit(settings)
        if save:
            paths = self._library.paths
            Operation(self, lambda: save_settings(paths, settings), pool=Pool.GENERAL).success(
                lambda _: self.say(translate("main_window", "Settings saved."), 5000)
            ).run()

    def _open_notes(self, recording_id: int) -> None:
        self.notes_panel.show_recording(recording_id)
        self.notes_action.setChecked(True)
        self.notes_panel.notes.setFocus()

    def set_theme(self, mode: ThemeMode) -> None:
        """Use the theme `mode` ("system", "light" or "dark") now, and remember it."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, mode)
        if mode != self.settings.theme:
            self.apply_settings(replace(self.settings, theme=mode), save=True)

    def focus_search(self) -> None:
        """Put the cursor in the library's search field (View → Search the library)."""
        self.sidebar_action.setChecked(True)
        self.library_panel.search_box.setFocus()
        self.library_panel.search_box.selectAll()

    def open_jobs(self) -> None:
        """Show the jobs (View → Jobs)."""
        self.jobs.open_popover()

    def open_cloud_settings(self) -> None:
        """Settings on its Cloud page ("Add key…" where the cloud engine is chosen without a key)."""
        self.open_settings()
        if self.settings_dialog is not None:
            self.settings_dialog.show_page("Cloud")

    def open_subscription_settings(self) -> None:
        """Settings on its Subscription page (plans, paying, licence, usage)."""
        self.open_settings()
        if self.settings_dialog is not None:
            self.settings_dialog.show_page("Subscription")

    def _make_options_bar(self, settings: Settings) -> TranscribeOptionsBar:
        bar = TranscribeOptionsBar(settings, secrets=self._secrets)
        bar.add_key_requested.connect(self.open_cloud_settings)
        return bar

    def show_welcome(self, first_start: bool) -> None:
        """The main area without a transcript: the welcome card (`first_start`: the library is empty)."""
        self.welcome.set_first_start(first_start)
        if self._shown_id is None:
            self.main_stack.setCurrentWidget(self.welcome)
            self.tools.show_transcript_tools(False)

    def say(self, message: str, ms: int = 5000) -> None:
        """A message in the status bar for `ms` milliseconds."""
        self.statusBar().showMessage(message, ms)

    # --- closing ---------------------------------------------------------------------------------

    def _splitters(self) -> dict[str, QSplitter]:
        return {"main": self.main_splitter}

    def closeEvent(self, event: QCloseEvent) -> None:
        self.recording.shutdown()  # a recording in progress is saved
        self.summary_panel.shutdown()  # a summary being made is cancelled
        self.backups.stop()
        self.subscription.stop()
        self.watch.stop()
        self._state.save(self, self._splitters())
        self.player.close()
        super().closeEvent(event)


def _takes_tab(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def _fields(stop: QWidget) -> list[QWidget]:
    """The widgets Tab can stop at in `stop` (itself, or the fields it is made of), in the order they are
    in the focus chain now; the parts of a field (a combo box's text field) are left to the field."""
    found = [stop] if _takes_tab(stop) else []
    widget = stop.nextInFocusChain()
    while widget is not None and widget is not stop:  # (the chain is a ring through the whole window)
        if stop.isAncestorOf(widget) and _takes_tab(widget) and not _inside_field(widget, stop):
            found.append(widget)
        widget = widget.nextInFocusChain()
    return found


def _inside_field(widget: QWidget, stop: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not stop:
        if _takes_tab(parent):
            return True
        parent = parent.parentWidget()
    return parent is stop and _takes_tab(stop)
