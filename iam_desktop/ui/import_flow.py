"""Adding work for the transcription engines from the window: files and folders (chosen or dropped) are
expanded to media files, checked at once (a file that cannot be transcribed is turned away with its
reason before it waits behind other jobs) and queued, and recordings already in the library are queued
again — for the cloud engine only with a key and once the user agreed to the estimated cost. A screen
reader is told what was added and what was turned away."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from iam_desktop.billing.errors import NotInPlan, QuotaExceeded
from iam_desktop.engines.pricing import estimate_cost, estimate_for_files, format_cost
from iam_desktop.jobs.runner import JobRunner
from iam_desktop.library.library import Library
from iam_desktop.media_files import MEDIA_SUFFIXES, expand_paths
from iam_desktop.paths import DataPaths
from iam_desktop.secrets import SecretStore
from iam_desktop.settings import Settings
from iam_desktop.ui.accessibility import announce
from iam_desktop.ui.api_key_page import read_key_status
from iam_desktop.ui.changes import Change, ChangeBus, Kind
from iam_desktop.ui.i18n import format_clock, translate
from iam_desktop.ui.operations import Operation, Pool
from iam_desktop.ui.upgrade_prompt import ask_to_upgrade

#: the job options of the window's options bar (engine, model, language, task…)
JobOptions = dict[str, Any]
#: (seconds of audio, estimated cost, why the plan refuses them or None)
Estimate = tuple[float, float, QuotaExceeded | NotInPlan | None]

if TYPE_CHECKING:
    from iam_desktop.media_probe import CheckedFiles


class ImportFlow(QObject):
    """Files to jobs, and recordings to new jobs, with the window's transcription options.

    `options()` gives the options bar's job options and `settings()` the settings in use at the moment of
    the call (both change while the window is open); `say(message, ms)` shows a message in the status bar;
    `secrets`: the keyring the OpenAI key is looked up in (default: the OS keyring). Failures go to the
    default failure handler.

    Signals:
        file_rejected: a file that was not queued (path, reason in plain words: "empty file"…).
        key_missing: the cloud engine was chosen for new work but there is no OpenAI key (nothing queued).
        upgrade_requested: the plan's cloud minutes do not cover new cloud work and the user chose
            "Upgrade…" (nothing queued).
    """

    #: path, reason
    file_rejected = Signal(str, str)
    #: (nothing)
    key_missing = Signal()
    #: (nothing) the plan does not cover cloud work the user asked for, and they chose to upgrade
    upgrade_requested = Signal()

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
        secrets: SecretStore | None = None,
    ) -> None:
        super().__init__(window)
        self._secrets = secrets
        self._window = window
        self._library = library
        self._runner = runner
        self._bus = bus
        self._options = options
        self._settings = settings
        self._say_in_bar = say

    def _say(self, message: str, ms: int) -> None:
        """`message` in the status bar, and to a screen reader."""
        self._say_in_bar(message, ms)
        announce(self._window, message)

    # --- files ---------------------------------------------------------------------------------------

    def choose_files(self) -> None:
        patterns = " ".join(f"*{suffix}" for suffix in sorted(MEDIA_SUFFIXES))
        kinds = translate("import_flow", "Audio and video ({patterns});;All files (*)")
        kinds = kinds.format(patterns=patterns)
        title = translate("import_flow", "Add audio or video files")
        files, _ = QFileDialog.getOpenFileNames(self._window, title, "", kinds)
        if files:
            self.add_paths(files)

    def add_paths(self, paths: list[str]) -> None:
        """Check the given files (and the media files inside given folders) at once, turn away those that
        cannot be transcribed (file_rejected, and a status message) and queue the rest."""
        def check() -> CheckedFiles:
            from iam_desktop.media_probe import check_files  # NOTE: PyAV: not on the start-up path

            return check_files(expand_paths(paths))

        Operation(self, check, pool=Pool.GENERAL).success(
            self._submit
        ).run()

    def _submit(self, checked: CheckedFiles) -> None:
        for path, reason in checked.bad:
            self.file_rejected.emit(str(path), reason)
        if checked.bad:
            path, reason = checked.bad[0]
            others = len(checked.bad) - 1
            if others:
                text = translate("import_flow", "{name} was not added: {reason} (and %n more).", "", others)
            else:
                text = translate("import_flow", "{name} was not added: {reason}.")
            self._say(text.format(name=path.name, reason=reason), 10000)
        files = checked.good
        if not files:
            if not checked.bad:
                none = translate("import_flow", "No audio or video files found in what was dropped.")
                self._say(none, 8000)
            return
        options = self._options()
        if options["engine"] != "openai":
            self._queue(files, options)
            return
        model = options["model"] or self._settings().openai_model

        def confirm(estimate: Estimate) -> None:
            seconds, cost, refused = estimate
            count = len(files)  # (lupdate reads only a plain name as the count)
            what = translate("import_flow", "%n files", "", count)
            if refused is not None:
                self._plan_refused(refused, lambda: self._queue(files, _local(options)))
            elif self._confirm_cloud(what, model, seconds, cost):
                self._queue(files, options)

        paths = self._library.paths
        self._with_key(
            lambda: Operation(self, lambda: _with_plan(paths, *estimate_for_files(files, model)),
                              pool=Pool.GENERAL)
            .success(confirm)
            .run()
        )  # fmt: skip

    def _with_key(self, then: Callable[[], None]) -> None:
        """Go on with `then` when an OpenAI key is there (looked up in the background: a keyring can be
        slow); otherwise say so, emit key_missing and send nothing."""
        store = self._secrets or SecretStore()

        def checked(has_key: bool) -> None:
            if has_key:
                then()
            else:
                no_key = translate("import_flow", "Nothing was sent: add your OpenAI key in Settings → Cloud first.")  # noqa: E501
                self._say(no_key, 10000)
                self.key_missing.emit()

        Operation(self, lambda: key_present(store), pool=Pool.GENERAL).success(checked).run()

    def _queue(self, files: list[Path], options: JobOptions) -> None:
        submit, count = self._runner.submit, len(files)
        Operation(self, lambda: submit(files, **options)).changes(self._bus, Change.of(Kind.JOBS)).success(
            lambda _jobs: self._say(
                translate("import_flow", "Queued %n files for transcription.", "", count), 5000
            )
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

        def estimate() -> Estimate:
            seconds = sum(info.duration for info in map(library.get_recording, ids) if info is not None)
            return _with_plan(library.paths, seconds, estimate_cost(model, seconds))

        def confirm(estimated: Estimate) -> None:
            seconds, cost, refused = estimated
            count = len(ids)
            what = translate("import_flow", "%n recordings", "", count)
            if refused is not None:
                self._plan_refused(refused, lambda: self._queue_again(ids, _local(options)))
            elif self._confirm_cloud(what, model, seconds, cost):
                self._queue_again(ids, options)

        self._with_key(lambda: Operation(self, estimate).success(confirm).run())

    def _queue_again(self, ids: list[int], options: JobOptions) -> None:
        retranscribe = self._runner.retranscribe
        Operation(self, lambda: retranscribe(ids, **options)).changes(
            self._bus,
            Change.of(Kind.JOBS, Kind.RECORDINGS, ids=ids),  # the list shows them waiting
        ).success(self._queued_again).run()

    def _queued_again(self, jobs: list[Any]) -> None:
        count = len(jobs)
        queued = translate("import_flow", "Queued %n recordings to be transcribed again.", "", count)
        self._say(queued, 5000)

    def identify_speakers(self, recording_ids: list[int], count: int = 0) -> None:
        """Queue the labelling of the speakers of recordings already transcribed (`count`: how many
        speakers, 0: find out), without transcribing them again."""
        ids, label = list(recording_ids), self._runner.label_speakers
        Operation(self, lambda: label(ids, count)).changes(
            self._bus, Change.of(Kind.JOBS, Kind.RECORDINGS, ids=ids)
        ).success(self._speakers_queued).run()

    def _speakers_queued(self, jobs: list[Any]) -> None:
        count = len(jobs)
        self._say(translate("import_flow", "Identifying the speakers of %n recordings…", "", count), 5000)

    def _plan_refused(self, refused: QuotaExceeded | NotInPlan, locally: Callable[[], None]) -> None:
        """The plan does not cover the audio: offer an upgrade (upgrade_requested), the local engine
        (`locally`) or nothing; nothing is sent to the cloud either way."""
        answer = ask_to_upgrade(self._window, refused)
        if answer == "upgrade":
            nothing = translate("import_flow", "Nothing was sent: choose a plan in Settings → Subscription.")
            self._say(nothing, 10000)
            self.upgrade_requested.emit()
        elif answer == "local":
            locally()
        else:
            self._say(translate("import_flow", "Nothing was sent to OpenAI."), 5000)

    def _confirm_cloud(self, what: str, model: str, seconds: float, cost: float) -> bool:
        """Say what the cloud will cost before anything is sent; True if the user agrees."""
        if ask_to_send(self._window, what, model, seconds, cost):
            return True
        self._say(translate("import_flow", "Nothing was sent to OpenAI."), 5000)
        return False


def _with_plan(paths: DataPaths, seconds: float, cost: float) -> Estimate:
    """(seconds, cost, why the plan refuses them or None); reads the keyring: run in the background."""
    from iam_desktop.billing.quota import quota_problem

    return seconds, cost, quota_problem(paths, seconds)


def _local(options: JobOptions) -> JobOptions:
    """`options` for the local engine (the model chosen for the cloud does not apply there)."""
    return {**options, "engine": "local", "model": None}


def key_present(store: SecretStore) -> bool:
    """Whether an OpenAI key is there (environment or keyring; a keyring that cannot be read has none).
    May be slow: run it in the background."""
    status = read_key_status(store)
    return status.from_env or status.stored


def ask_to_send(parent: QWidget, what: str, model: str, seconds: float, cost: float) -> bool:
    """Show cloud_cost_box and wait; True if the user pressed Send."""
    box = cloud_cost_box(parent, what, model, seconds, cost)
    box.exec()
    return box.clickedButton() is box.button(QMessageBox.StandardButton.Ok)


def cloud_cost_box(parent: QWidget, what: str, model: str, seconds: float, cost: float) -> QMessageBox:
    """The question asked before audio goes to OpenAI: what, how long, the estimated cost; "Send" (the Ok
    button) or "Cancel" (the default)."""
    sent = translate("import_flow", "{what}, {duration} of audio, will be sent to OpenAI ({model}).")
    estimate = translate("import_flow", "Estimated cost: {cost}.")
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("import_flow", "Send to OpenAI?"),
        sent.format(what=what, duration=format_clock(seconds), model=model) + "\n"
        + estimate.format(cost=format_cost(cost)),
        QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.button(QMessageBox.StandardButton.Ok).setText(translate("import_flow", "Send"))
    box.button(QMessageBox.StandardButton.Cancel).setText(translate("import_flow", "Cancel"))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box
