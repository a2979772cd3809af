"""Where the user asks for speakers: the toolbar's "Speakers:" choice, Settings → General's two fields, the
library's "Identify speakers" submenu, and the jobs panel's words for that step. Real widgets (offscreen),
a real library; no job runs (the runner only queues)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from keyring.backends import fail
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialogButtonBox

from iam_desktop.audio.store import StoredAudio
from iam_desktop.engines.provider import SingleEngine
from iam_desktop.jobs.runner import JobRunner
from iam_desktop.library.records import JobInfo, JobStage
from iam_desktop.library.status import JobStatus
from iam_desktop.secrets import SecretStore
from iam_desktop.settings import Settings, speaker_option
from iam_desktop.transcript import Segment, Transcript
from iam_desktop.ui.general_page import GeneralPage
from iam_desktop.ui.i18n import install_language
from iam_desktop.ui.jobs_panel import JobsPanel, stage_text
from iam_desktop.ui.main_window import MainWindow
from iam_desktop.ui.transcribe_options import TranscribeOptionsBar

OFFERED = ["No speakers", "Speakers: auto"] + [f"{n} speakers" for n in range(2, 7)]


class StubEngine:
    """Never asked to transcribe: the runner is not started."""

    name = "stub"
    model_name = "stub"


def add_transcribed(library, title: str = "Interview") -> int:
    """A recording (its audio copy need not exist: no job runs) with a short machine transcript."""
    sha = f"{title.encode().hex()}{'0' * 64}"[:64]
    stored = StoredAudio(sha256=sha, relpath=f"{sha[:2]}/{sha}.wav", size=4)
    rid = library.add_recording(
        title=title, duration=20.0, sample_rate=16000, channels=1, stored=stored, source_path=None
    )
    segments = [Segment(0.0, 5.0, "How are you today?"), Segment(6.0, 10.0, "Very well, thank you.")]
    library.save_transcript(rid, Transcript(title, 20.0, "local", "tiny.en", "en", segments))
    return rid


@pytest.fixture
def runner(library, monkeypatch):
    job_runner = JobRunner(library, SingleEngine(StubEngine()))  # type: ignore[arg-type]
    monkeypatch.setattr(job_runner, "start", lambda: None)  # jobs are queued only
    yield job_runner
    job_runner.shutdown(timeout=10)


@pytest.fixture
def window(qtbot, library, runner):
    win = MainWindow(library, runner, secrets=SecretStore(fail.Keyring()))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def options_bar(qtbot, settings: Settings) -> TranscribeOptionsBar:
    bar = TranscribeOptionsBar(settings, secrets=SecretStore(fail.Keyring()))
    qtbot.addWidget(bar)
    return bar


def texts(box) -> list[str]:
    return [box.itemText(i) for i in range(box.count())]


# --- the toolbar ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("settings", "text", "wanted"),
    [
        (Settings(identify_speakers=False, speaker_count=3), "No speakers", None),
        (Settings(identify_speakers=True, speaker_count=0), "Speakers: auto", 0),
        (Settings(identify_speakers=True, speaker_count=3), "3 speakers", 3),
    ],
    ids=["off", "auto", "three"],
)
def test_the_toolbar_choice_starts_from_the_settings(qtbot, settings: Settings, text: str, wanted):
    bar = options_bar(qtbot, settings)
    assert texts(bar.speakers) == OFFERED
    assert bar.speakers.currentText() == text
    assert bar.job_options()["speakers"] == wanted == speaker_option(settings)
    bar.speakers.setCurrentIndex(bar.speakers.findText("2 speakers"))
    assert bar.job_options()["speakers"] == 2
    bar.speakers.setCurrentIndex(bar.speakers.findText("No speakers"))
    assert bar.job_options()["speakers"] is None


def test_a_count_the_toolbar_does_not_offer_is_added_from_the_settings(qtbot):
    bar = options_bar(qtbot, Settings(identify_speakers=True, speaker_count=9))
    assert texts(bar.speakers) == [*OFFERED, "9 speakers"]
    assert bar.speakers.currentText() == "9 speakers" and bar.job_options()["speakers"] == 9


def test_the_toolbar_choice_is_named_for_screen_readers(qtbot):
    bar = options_bar(qtbot, Settings())
    assert bar.speakers.accessibleName() == "Speakers"
    assert "Speaker 1" in bar.speakers.toolTip()


def test_the_toolbar_choice_reaches_the_jobs_the_window_queues(qtbot, window, library):
    rid = add_transcribed(library)
    bar = window.options_bar
    assert bar.speakers.currentText() == "Speakers: auto", "identify_speakers is on by default"
    bar.speakers.setCurrentIndex(bar.speakers.findText("3 speakers"))
    window.library_panel.retranscribe_requested.emit([rid])
    qtbot.waitUntil(lambda: len(library.jobs.list_jobs()) == 1, timeout=5_000)
    bar.speakers.setCurrentIndex(bar.speakers.findText("No speakers"))
    window.library_panel.retranscribe_requested.emit([rid])
    qtbot.waitUntil(lambda: len(library.jobs.list_jobs()) == 2, timeout=5_000)
    jobs = sorted(library.jobs.list_jobs(), key=lambda job: job.id)
    assert [(job.kind, job.recording_id, job.speakers) for job in jobs] == [
        ("transcribe", rid, 3), ("transcribe", rid, None)
    ]  # fmt: skip


# --- Settings → General --------------------------------------------------------------------------------


def test_the_general_page_round_trips_the_speaker_settings(qtbot):
    page = GeneralPage(Settings(identify_speakers=False, speaker_count=4))
    qtbot.addWidget(page)
    assert page.identify_speakers.text() == "Identify who speaks when"
    assert not page.identify_speakers.isChecked()
    assert not page.speaker_count.isEnabled(), "no count to choose while speakers are not identified"
    assert page.speaker_count.currentText() == "4 speakers"
    assert texts(page.speaker_count) == ["Find automatically"] + [f"{n} speakers" for n in range(2, 21)]
    values = page.values()
    assert (values["identify_speakers"], values["speaker_count"]) == (False, 4)
    assert speaker_option(replace(Settings(), **values)) is None

    page.identify_speakers.setChecked(True)
    assert page.speaker_count.isEnabled()
    page.speaker_count.setCurrentIndex(page.speaker_count.findText("Find automatically"))
    values = page.values()
    assert (values["identify_speakers"], values["speaker_count"]) == (True, 0)
    assert speaker_option(replace(Settings(), **values)) == 0
    again = GeneralPage(replace(Settings(), **values))
    qtbot.addWidget(again)
    assert again.values() == values


def test_ok_in_settings_saves_the_speaker_settings_and_the_toolbar_follows(qtbot, window):
    window.settings_action.trigger()
    page = window.settings_dialog.general_page
    page.identify_speakers.setChecked(True)
    page.speaker_count.setCurrentIndex(page.speaker_count.findText("5 speakers"))
    with qtbot.waitSignal(window.settings_changed) as changed:
        ok = window.settings_dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    settings = changed.args[0]
    assert (settings.identify_speakers, settings.speaker_count) == (True, 5)
    assert window.options_bar.speakers.currentText() == "5 speakers"
    assert window.options_bar.job_options()["speakers"] == 5


# --- the library's context menu ----------------------------------------------------------------------


def select_only(panel, rid: int) -> None:
    model = panel.model
    [row] = [r for r in range(model.rowCount()) if model.summary(r).id == rid]
    chooser = panel.list.selectionModel()
    chooser.setCurrentIndex(model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)


def test_identify_speakers_in_the_context_menu_queues_a_speakers_job(qtbot, window, library):
    rid = add_transcribed(library)
    add_transcribed(library, "Another")
    panel = window.library_panel
    panel.refresh()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2 and not panel.model.is_loading(), timeout=5_000)
    actions = panel.recording_actions
    actions.update_enabled()
    assert not actions.speakers_menu.isEnabled(), "nothing selected: nothing to identify"
    select_only(panel, rid)
    menu = actions.menu(panel.list)
    [entry] = [a for a in menu.actions() if a.menu() is actions.speakers_menu]
    assert entry.text() == "Identify speakers" and entry.isEnabled()
    assert [a.text() for a in actions.speakers_menu.actions()] == ["Find how many"] + [
        f"{n} speakers" for n in range(2, 7)
    ]
    [two] = [a for a in actions.speakers_menu.actions() if a.text() == "2 speakers"]
    with qtbot.waitSignal(panel.speakers_requested, timeout=5_000) as asked:
        two.trigger()
    assert asked.args == [[rid], 2]
    qtbot.waitUntil(lambda: len(library.jobs.list_jobs()) == 1, timeout=5_000)
    [job] = library.jobs.list_jobs()
    assert (job.kind, job.recording_id, job.speakers, job.status) == ("speakers", rid, 2, "queued")
    assert job.source_path == str(library.audio_file(rid))
    said = "Identifying the speakers of 1 recording…"
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == said, timeout=5_000)
    transcript = library.get_transcript(rid)
    assert transcript is not None and not transcript.edited, "queued only: nothing changed yet"

    [find] = [a for a in actions.speakers_menu.actions() if a.text() == "Find how many"]
    find.trigger()
    qtbot.waitUntil(lambda: len(library.jobs.list_jobs()) == 2, timeout=5_000)
    assert sorted(job.speakers for job in library.jobs.list_jobs()) == [0, 2]


# --- the jobs panel --------------------------------------------------------------------------------------


JOB = JobInfo(
    id=7, kind="speakers", source_path="/library/ab/abc.wav", recording_id=3, status=JobStatus.RUNNING,
    progress=0.4,
    error=None, engine="local", model=None, language=None, created_at=datetime(2026, 1, 1, tzinfo=UTC),
    started_at=None, finished_at=None,
)  # fmt: skip


def test_the_jobs_panel_says_the_speakers_are_being_identified(qtbot):
    panel = JobsPanel()
    qtbot.addWidget(panel)
    panel.show()
    assert stage_text(JobStage("speakers")) == "Identifying speakers…"
    panel.update_job(replace(JOB, stage=JobStage("speakers")))
    assert panel.rows[7].status.text() == "Identifying speakers…"
    panel.update_job(replace(JOB, status=JobStatus.DONE, progress=1.0, note="2 speakers found"))
    assert panel.rows[7].status.text() == "Done — 2 speakers found"


@pytest.mark.parametrize(
    ("language", "words"),
    [("de", "Sprecher werden erkannt…"), ("fr", "Identification des intervenants…"),
     ("zu", "Kuhlonzwa izikhulumi…")],
)  # fmt: skip
def test_the_speakers_stage_is_translated(language: str, words: str):
    try:
        install_language(language, environ={})
        assert stage_text(JobStage("speakers")) == words
    finally:
        install_language("en", environ={})
