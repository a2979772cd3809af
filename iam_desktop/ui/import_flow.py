"""Adding work for the transcription engines from the window: files and folders (chosen or dropped) are
expanded to media files and queued, and recordings already in the library are queued again — for the
cloud engine only once the user agreed to the estimated cost."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from iam_desktop.engines.pricing import estimate_cost, estimate_for_files, format_cost
from iam_desktop.jobs.runner import JobRunner
from iam_desktop.library.library import Library
from iam_desktop.media_files import MEDIA_SUFFIXES, expand_paths
from iam_desktop.settings import Settings
from iam_desktop.timefmt import clock
from iam_desktop.ui.changes import Change, ChangeBus, Kind
from iam_desktop.ui.operations import Operation, Pool

#: the job options of the window's options bar (engine, model, language, task…)
JobOptions = dict[str, Any]


class ImportFlow(QObject):
    """Files to jobs, and recordings to new jobs, with the window's transcription options.

    `options()` gives the options bar's job options and `settings()` the settings in use at the moment of
    the call (both change while the window is open); `say(message, ms)` shows a message in the status bar.
    Failures go to the default failure handler.
    """

    def __init__(
        self,
        window: QWidget,
        library: Library,
        runner: JobRunner,
        bus: ChangeBus,
        *,
        options: Callable[[], JobOptions],
        settings: Callable[[], Settings],
        say: Callable[[str, int], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._library = library
        self._runner = runner
        self._bus = bus
        self._options = options
        self._settings = settings
        self._say = say

    # --- files ---------------------------------------------------------------------------------------

    def choose_files(self) -> None:
        patterns = " ".join(f"*{suffix}" for suffix in sorted(MEDIA_SUFFIXES))
        files, _ = QFileDialog.getOpenFileNames(
            self._window, "Add audio or video files", "", f"Audio and video ({patterns});;All files (*)"
        )
        if files:
            self.add_paths(files)

    def add_paths(self, paths: list[str]) -> None:
        """Queue the given files (and the media files inside given folders) for transcription."""
        Operation(self, lambda: expand_paths(paths), pool=Pool.GENERAL).success(self._submit).run()

    def _submit(self, files: list[Path]) -> None:
        if not files:
            self._say("No audio or video files found in what was dropped.", 8000)
            return
        options = self._options()
        if options["engine"] != "openai":
            self._queue(files, options)
            return
        model = options["model"] or self._settings().openai_model

        def confirm(estimate: tuple[float, float]) -> None:
            seconds, cost = estimate
            if self._confirm_cloud(f"{len(files)} file(s)", model, seconds, cost):
                self._queue(files, options)

        Operation(self, lambda: estimate_for_files(files, model), pool=Pool.GENERAL).success(confirm).run()

    def _queue(self, files: list[Path], options: JobOptions) -> None:
        submit = self._runner.submit
        Operation(self, lambda: submit(files, **options)).changes(self._bus, Change.of(Kind.JOBS)).success(
            lambda _jobs: self._say(f"Queued {len(files)} file(s) for transcription.", 5000)
        ).run()

    # --- recordings in the library --------------------------------------------------------------------

    def retranscribe(self, recording_ids: list[int]) -> None:
        """Transcribe recordings again from the library's own audio copies with the options bar's options
        (for the cloud, only once the user agreed to the estimated cost)."""
        ids, options = list(recording_ids), self._options()
        if options["engine"] != "openai":
            self._queue_again(ids, options)
            return
        model = options["model"] or self._settings().openai_model
        library = self._library

        def estimate() -> tuple[float, float]:
            seconds = sum(info.duration for info in map(library.get_recording, ids) if info is not None)
            return seconds, estimate_cost(model, seconds)

        def confirm(estimated: tuple[float, float]) -> None:
            seconds, cost = estimated
            if self._confirm_cloud(f"{len(ids)} recording(s)", model, seconds, cost):
                self._queue_again(ids, options)

        Operation(self, estimate).success(confirm).run()

    def _queue_again(self, ids: list[int], options: JobOptions) -> None:
        retranscribe = self._runner.retranscribe
        Operation(self, lambda: retranscribe(ids, **options)).changes(
            self._bus,
            Change.of(Kind.JOBS, Kind.RECORDINGS, ids=ids),  # the list shows them waiting
        ).success(
            lambda jobs: self._say(f"Queued {len(jobs)} recording(s) to be transcribed again.", 5000)
        ).run()

    def _confirm_cloud(self, what: str, model: str, seconds: float, cost: float) -> bool:
        """Say what the cloud will cost before anything is sent; True if the user agrees."""
        answer = QMessageBox.question(
            self._window,
            "Send to OpenAI?",
            f"{what}, {clock(seconds)} of audio, will be sent to OpenAI ({model}).\n"
            f"Estimated cost: {format_cost(cost)}.",
        )
        if answer == QMessageBox.StandardButton.Yes:
            return True
        self._say("Nothing was sent to OpenAI.", 5000)
        return False
