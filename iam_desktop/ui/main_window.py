"""The main window: recording on top, library on the left, transcript on the right, jobs below; files
dropped anywhere."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from iam_desktop import __version__
from iam_desktop.audio.player import Player
from iam_desktop.engines.pricing import estimate_cost, estimate_for_files, format_cost
from iam_desktop.export import EXPORT_FORMATS, export_filename, write_export
from iam_desktop.jobs.runner import JobRunner
from iam_desktop.library.library import Library
from iam_desktop.library.records import JobInfo
from iam_desktop.media_files import MEDIA_SUFFIXES, expand_paths
from iam_desktop.recording.saving import SavedCapture
from iam_desktop.secrets import SecretStore
from iam_desktop.settings import Settings, save_settings
from iam_desktop.timefmt import clock
from iam_desktop.ui.background import run_in_background
from iam_desktop.ui.job_bridge import JobBridge
from iam_desktop.ui.jobs_panel import JobsPanel
from iam_desktop.ui.library_panel import LibraryPanel
from iam_desktop.ui.record_panel import RecordPanel
from iam_desktop.ui.recording_controller import (
    PAUSED,
    RECORDING,
    SAVING,
    STARTING,
    PreviewEngineFactory,
    RecordingController,
)
from iam_desktop.ui.settings_dialog import SettingsDialog
from iam_desktop.ui.transcribe_options import TranscribeOptionsBar
from iam_desktop.ui.transcript_view import TranscriptView
from iam_desktop.ui.watch_bridge import WatchBridge
from iam_desktop.ui.window_state import WindowState

EXPORT_FILTERS = {
    "txt": "Plain text (*.txt)",
    "srt": "SubRip subtitles (*.srt)",
    "vtt": "WebVTT subtitles (*.vtt)",
    "json": "JSON (*.json)",
    "docx": "Word document (*.docx)",
    "pdf": "PDF document (*.pdf)",
}


class MainWindow(QMainWindow):
    """Presents the library and the jobs, and forwards the user's files to the job runner.

    Attributes: library_panel, transcript_view, jobs_panel (the three areas), add_action, export_action,
    settings_action, options_bar, settings (in use), settings_dialog (the open one, or None), player (the
    one audio player, closed with the window), edit_menu, playback_menu.

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
        self.setWindowTitle("IAM Desktop")
        self.setAcceptDrops(True)

        self.library_panel = LibraryPanel(library)
        self.player = Player()
        self.transcript_view = TranscriptView(library, self.player)
        self.jobs_panel = JobsPanel()
        self.main_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.main_splitter.addWidget(self.library_panel)
        self.main_splitter.addWidget(self.transcript_view)
        self.main_splitter.setStretchFactor(1, 2)
        self.outer_splitter = QSplitter(Qt.Orientation.Vertical)
        self.outer_splitter.addWidget(self.main_splitter)
        self.outer_splitter.addWidget(self.jobs_panel)
        self.jobs_panel.setMinimumHeight(140)
        self.outer_splitter.setStretchFactor(0, 4)
        self.outer_splitter.setStretchFactor(1, 1)
        self.recording = RecordingController(library, runner, self.settings, preview_engine=preview_engine,
                                             parent=self)  # fmt: skip
        self.record_panel = RecordPanel(self.recording)
        self.record_panel.setMaximumHeight(230)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.record_panel)
        column.addWidget(self.outer_splitter, 1)
        self.setCentralWidget(central)

        self.add_action = QAction("Add files…", self, shortcut=QKeySequence.StandardKey.Open)
        self.add_action.triggered.connect(self.choose_files)
        self.export_action = QAction("Export…", self, shortcut=QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self.choose_export)
        self.export_action.setEnabled(False)
        self.settings_action = QAction("Settings…", self, shortcut=QKeySequence("Ctrl+,"))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.open_settings)
        self.settings_dialog: SettingsDialog | None = None
        self.toolbar = QToolBar("Main", objectName="mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.addAction(self.add_action)
        self.toolbar.addAction(self.export_action)
        self.options_bar = TranscribeOptionsBar(self.settings)
        self._options_action = self.toolbar.addWidget(self.options_bar)
        self.toolbar.addAction(self.settings_action)
        self.addToolBar(self.toolbar)
        self._add_review_actions()
        self._add_recording_actions()
        self.statusBar().showMessage(f"IAM Desktop {__version__} — offline model ready to use")

        self.bridge = JobBridge(runner, self)
        self.bridge.job_changed.connect(self.on_job_changed)
        self.watch = WatchBridge(library, runner, self.settings, parent=self)  # the watched folders
        self.watch.jobs_queued.connect(lambda jobs: [self.jobs_panel.update_job(job) for job in jobs])
        self.watch.notice.connect(lambda message: self.statusBar().showMessage(message, 10000))
        self.settings_changed.connect(self.watch.update_settings)
        self.watch.start()
        self.jobs_panel.cancel_requested.connect(runner.cancel)
        self.jobs_panel.retry_requested.connect(self.retry_job)
        self.jobs_panel.remove_requested.connect(self.remove_job)
        self.library_panel.recording_selected.connect(self.show_recording)
        self.library_panel.retranscribe_requested.connect(self.retranscribe)

        self._state = WindowState(library.paths.ui_state)
        if not self._state.restore(self, self._splitters()):
            self.resize(1100, 720)
        self.library_panel.refresh()
        for job in library.jobs.list(statuses=("queued", "running")):  # left by the last run: resumed
            self.jobs_panel.update_job(job)
        self.recording.refresh_devices()
        self.recording.recover_interrupted()  # recordings a crash interrupted come back into the library

    def _add_recording_actions(self) -> None:
        """Record/stop and pause shortcuts that work anywhere in the window, the Record menu, and the
        recording's state in the title bar and status bar."""
        recording = self.recording
        self.record_action = QAction("Record / Stop", self, shortcut=QKeySequence("Ctrl+R"))
        self.record_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.record_action.triggered.connect(lambda: recording.toggle(self.record_panel.chosen_device()))
        self.pause_action = QAction("Pause / Resume", self, shortcut=QKeySequence("Ctrl+Shift+R"))
        self.pause_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.pause_action.triggered.connect(recording.toggle_pause)
        menu = self.menuBar().addMenu("&Record")
        menu.addActions([self.record_action, self.pause_action])
        self.addActions([self.record_action, self.pause_action])
        recording.state_changed.connect(lambda _state: self._show_recording_state())
        self.record_panel.elapsed_changed.connect(lambda _text: self._show_recording_state())
        self.record_panel.device_chosen.connect(self._remember_device)
        self.record_panel.transcribe_after_changed.connect(
            lambda on: self.apply_settings(replace(self.settings, transcribe_after_recording=on), save=True)
        )
        recording.saved.connect(self._recording_saved)
        recording.recovered.connect(self._recordings_recovered)
        recording.failed.connect(lambda message: self.statusBar().showMessage(message, 15000))
        recording.notice.connect(lambda message: self.statusBar().showMessage(message, 15000))
        self.settings_changed.connect(lambda settings: setattr(recording, "settings", settings))

    def _show_recording_state(self) -> None:
        state, elapsed = self.recording.state, self.record_panel.elapsed_label.text()
        prefix = {
            RECORDING: f"● Recording {elapsed} — ", PAUSED: f"Paused {elapsed} — ",
            SAVING: "Saving the recording… — ", STARTING: "Starting to record… — ",
        }.get(state, "")  # fmt: skip
        self.setWindowTitle(f"{prefix}IAM Desktop")

    def _remember_device(self, name: str) -> None:
        if name != self.settings.input_device:
            self.apply_settings(replace(self.settings, input_device=name), save=True)

    def _recording_saved(self, saved: SavedCapture) -> None:
        then = " and queued for transcription" if saved.manifest.transcribe else ""
        self.statusBar().showMessage(f"Saved “{saved.title}” ({clock(saved.duration)}){then}.", 10000)
        self.library_panel.refresh(select_id=saved.recording_id)

    def _recordings_recovered(self, recovered: list[SavedCapture]) -> None:
        names = ", ".join(f"“{saved.title}” ({clock(saved.duration)})" for saved in recovered)
        self.statusBar().showMessage(f"Recovered after an unexpected stop: {names}.", 20000)
        self.library_panel.refresh(select_id=recovered[-1].recording_id)

    def _add_review_actions(self) -> None:
        """The transcript pane's edit and playback actions in the menu bar (and the most used ones on
        the toolbar); its notices go to the status bar."""
        view = self.transcript_view
        self.edit_menu = self.menuBar().addMenu("&Edit")
        for action in view.edit_actions():
            if action is None:
                self.edit_menu.addSeparator()
            else:
                self.edit_menu.addAction(action)
        self.playback_menu = self.menuBar().addMenu("&Playback")
        self.playback_menu.addActions(view.playback_actions())
        self.toolbar.addSeparator()
        self.toolbar.addActions([view.undo_action, view.redo_action, view.find_action])
        view.notice.connect(lambda message: self.statusBar().showMessage(message, 8000))

    # --- adding files ----------------------------------------------------------------------------

    def choose_files(self) -> None:
        patterns = " ".join(f"*{suffix}" for suffix in sorted(MEDIA_SUFFIXES))
        files, _ = QFileDialog.getOpenFileNames(
            self, "Add audio or video files", "", f"Audio and video ({patterns});;All files (*)"
        )
        if files:
            self.add_paths(files)

    def add_paths(self, paths: list[str]) -> None:
        """Queue the given files (and the media files inside given folders) for transcription."""
        run_in_background(
            owner=self,
            func=lambda: expand_paths(paths),
            on_success=self._submit,
            on_failure=self._report_error,
        )

    def _submit(self, files: list[Path]) -> None:
        if not files:
            self.statusBar().showMessage("No audio or video files found in what was dropped.", 8000)
            return
        options = self.options_bar.job_options()
        if options["engine"] == "openai":
            model = options["model"] or self.settings.openai_model
            run_in_background(
                owner=self,
                func=lambda: estimate_for_files(files, model),
                on_success=lambda estimate: self._confirm_cloud(
                    f"{len(files)} file(s)", model, *estimate, lambda: self._queue(files, options)
                ),
                on_failure=self._report_error,
            )
            return
        self._queue(files, options)

    def _confirm_cloud(
        self, what: str, model: str, seconds: float, cost: float, queue: Callable[[], None]
    ) -> None:
        """Say what the cloud will cost before anything is sent; `queue()` only if the user agrees."""
        answer = QMessageBox.question(
            self,
            "Send to OpenAI?",
            f"{what}, {clock(seconds)} of audio, will be sent to OpenAI ({model}).\n"
            f"Estimated cost: {format_cost(cost)}.",
        )
        if answer == QMessageBox.StandardButton.Yes:
            queue()
        else:
            self.statusBar().showMessage("Nothing was sent to OpenAI.", 5000)

    def _queue(self, files: list[Path], options: dict) -> None:
        self._runner.submit(files, **options)
        self.statusBar().showMessage(f"Queued {len(files)} file(s) for transcription.", 5000)

    def retranscribe(self, recording_ids: list[int]) -> None:
        """Transcribe recordings again from the library's own audio copies with the toolbar's options (for
        the cloud, only once the user agreed to the estimated cost)."""
        ids, options = list(recording_ids), self.options_bar.job_options()
        if options["engine"] != "openai":
            self._queue_again(ids, options)
            return
        model = options["model"] or self.settings.openai_model
        library = self._library

        def estimate() -> tuple[float, float]:
            seconds = sum(info.duration for info in map(library.get_recording, ids) if info is not None)
            return seconds, estimate_cost(model, seconds)

        run_in_background(
            owner=self,
            func=estimate,
            on_success=lambda estimate: self._confirm_cloud(
                f"{len(ids)} recording(s)", model, *estimate, lambda: self._queue_again(ids, options)
            ),
            on_failure=self._report_error,
        )

    def _queue_again(self, ids: list[int], options: dict) -> None:
        retranscribe = self._runner.retranscribe
        run_in_background(
            owner=self,
            func=lambda: retranscribe(ids, **options),
            on_success=lambda jobs: self.statusBar().showMessage(
                f"Queued {len(jobs)} recording(s) to be transcribed again.", 5000
            ),
            on_failure=self._report_error,
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_paths(paths)

    # --- jobs and the library --------------------------------------------------------------------

    def on_job_changed(self, job: JobInfo) -> None:
        self.jobs_panel.update_job(job)
        if job.finished:
            if job.status == "failed":
                self.statusBar().showMessage(f"{Path(job.source_path).name}: {job.error}", 10000)
            select = job.recording_id if job.status == "done" and self._shown_id is None else None
            self.library_panel.refresh(select_id=select)
            if job.recording_id is not None and job.recording_id == self._shown_id:
                self.show_recording(job.recording_id, 0.0)

    def retry_job(self, job_id: int) -> None:
        """Queue a failed or cancelled job again (its row shows the new run)."""

        def retried(ok: bool) -> None:
            if not ok:
                self.statusBar().showMessage("Only a failed or cancelled job can be retried.", 8000)

        retry = self._runner.retry
        run_in_background(
            owner=self, func=lambda: retry(job_id), on_success=retried, on_failure=self._report_error
        )

    def remove_job(self, job_id: int) -> None:
        """Forget a job that is not running, and drop its row (its recording stays in the library)."""

        def removed(ok: bool) -> None:
            if ok:
                self.jobs_panel.remove_job(job_id)
            else:
                self.statusBar().showMessage("A running job cannot be removed: cancel it first.", 8000)

        remove = self._runner.remove
        run_in_background(
            owner=self, func=lambda: remove(job_id), on_success=removed, on_failure=self._report_error
        )

    def show_recording(self, recording_id: int, at_seconds: float) -> None:
        self._shown_id = recording_id
        transcript = self._library.get_transcript(recording_id)
        if transcript is None:
            recording = self._library.get_recording(recording_id)
            title = recording.title if recording else f"Recording {recording_id}"
            self.transcript_view.show_message(title, "No transcript yet — see the jobs below.")
            self.export_action.setEnabled(False)
            return
        self.transcript_view.show_transcript(transcript)  # another recording: its playback stops
        self.transcript_view.cue(at_seconds)  # a search hit: the audio is cued at that moment
        self.export_action.setEnabled(True)

    # --- settings --------------------------------------------------------------------------------

    def open_settings(self) -> None:
        """Show the Settings dialog (window-modal); accepting it applies and saves the new settings."""
        if self.settings_dialog is not None:
            self.settings_dialog.raise_()
            self.settings_dialog.activateWindow()
            return
        vocabulary = self._library.vocabulary
        dialog = SettingsDialog(
            self.settings, self._secrets, parent=self, vocabulary=vocabulary, watch=self._library.watch
        )
        self.settings_dialog = dialog
        dialog.accepted.connect(lambda: self.apply_settings(dialog.result_settings(), save=True))
        dialog.finished.connect(lambda _result: self._settings_closed(dialog))
        dialog.open()

    def _settings_closed(self, dialog: SettingsDialog) -> None:
        if self.settings_dialog is dialog:
            self.settings_dialog = None
        dialog.deleteLater()

    def apply_settings(self, settings: Settings, *, save: bool = False) -> None:
        """Use `settings` from now on: the options bar shows its defaults, settings_changed is emitted,
        and with `save` they are written to settings.json in the background."""
        self.settings = settings
        translate = self.options_bar.translate.isChecked()
        old_bar, old_action = self.options_bar, self._options_action
        self.options_bar = TranscribeOptionsBar(settings)
        self.options_bar.translate.setChecked(translate)
        self._options_action = self.toolbar.insertWidget(old_action, self.options_bar)
        self.toolbar.removeAction(old_action)
        old_bar.deleteLater()
        self.settings_changed.emit(settings)
        if save:
            paths = self._library.paths
            run_in_background(
                owner=self,
                func=lambda: save_settings(paths, settings),
                on_success=lambda _: self.statusBar().showMessage("Settings saved.", 5000),
                on_failure=self._report_error,
            )

    # --- export ----------------------------------------------------------------------------------

    def choose_export(self) -> None:
        if self._shown_id is None:
            return
        transcript = self._library.get_transcript(self._shown_id)
        if transcript is None:
            return
        filters = ";;".join(EXPORT_FILTERS[fmt] for fmt in EXPORT_FORMATS)
        path, chosen = QFileDialog.getSaveFileName(
            self, "Export transcript", export_filename(transcript.title, "txt"), filters
        )
        if not path:
            return
        fmt = next((f for f, label in EXPORT_FILTERS.items() if label == chosen), None)
        suffix = Path(path).suffix.lower().lstrip(".")
        if suffix in EXPORT_FORMATS:
            fmt = suffix
        fmt = fmt or "txt"
        if Path(path).suffix.lower() != f".{fmt}":
            path = f"{path}.{fmt}"
        self.export_to(path, fmt)

    def export_to(self, path: str, fmt: str) -> None:
        """Write the shown transcript to `path` in the background and say how it went."""
        transcript = self._library.get_transcript(self._shown_id) if self._shown_id is not None else None
        if transcript is None:
            return
        run_in_background(
            owner=self,
            func=lambda: write_export(transcript, fmt, path),
            on_success=lambda written: self.statusBar().showMessage(f"Exported to {written}", 8000),
            on_failure=self._report_error,
        )

    def _report_error(self, error: Exception) -> None:
        self.statusBar().showMessage(str(error), 10000)
        QMessageBox.warning(self, "IAM Desktop", str(error))

    # --- closing ---------------------------------------------------------------------------------

    def _splitters(self) -> dict[str, QSplitter]:
        return {"main": self.main_splitter, "outer": self.outer_splitter}

    def closeEvent(self, event: QCloseEvent) -> None:
        self.recording.shutdown()  # a recording in progress is saved
        self.watch.stop()
        self._state.save(self, self._splitters())
        self.player.close()
        super().closeEvent(event)
