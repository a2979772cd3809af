"""The jobs panel: progress with time left, engine and note, the buttons each state offers and the signals
they send; and, in the main window, Retry and Remove reaching the job runner."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt

from iam_desktop.engines.provider import SingleEngine
from iam_desktop.jobs.runner import JobRunner
from iam_desktop.library.records import JobInfo
from iam_desktop.ui.jobs_panel import JobsPanel
from iam_desktop.ui.main_window import MainWindow

JOB = JobInfo(
    id=7,
    kind="transcribe",
    source_path="/recordings/talk.wav",
    recording_id=None,
    status="queued",
    progress=0.0,
    error=None,
    engine="local",
    model="tiny.en",
    language=None,
    created_at=datetime(2026, 1, 1, tzinfo=UTC),
    started_at=None,
    finished_at=None,
)


def job(**changes) -> JobInfo:
    return replace(JOB, **changes)


def shown(button) -> bool:
    return not button.isHidden()


@pytest.fixture
def panel(qtbot):
    widget = JobsPanel()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_a_running_job_shows_its_stage_time_left_and_engine(panel):
    from iam_desktop.library.records import JobStage

    panel.update_job(job(status="running", progress=0.0))
    row = panel.rows[7]
    assert row.status.text() == "Starting…" and row.bar.maximum() == 0  # busy: no estimate yet
    assert row.engine.text() == "Offline · tiny.en"
    stage = JobStage("transcribe", 42, 100)
    panel.update_job(job(status="running", progress=0.42, eta_seconds=80.4, stage=stage))
    assert row.status.text() == "Transcribing 0:42 of 1:40 · 1:20 left"
    assert shown(row.bar) and row.bar.value() == 420
    panel.update_job(job(status="running", progress=0.5, eta_seconds=3725, stage=stage))
    assert row.status.text() == "Transcribing 0:42 of 1:40 · 1:02:05 left"


def test_each_state_offers_its_buttons(panel):
    expected = {  # state: (Cancel, Retry, Remove)
        "queued": (True, False, True),
        "running": (True, False, False),
        "done": (False, False, True),
        "failed": (False, True, True),
        "cancelled": (False, True, True),
    }
    for state, buttons in expected.items():
        panel.update_job(job(status=state, error="file is empty" if state == "failed" else None))
        row = panel.rows[7]
        assert (shown(row.cancel_button), shown(row.retry_button), shown(row.remove_button)) == buttons, state
        assert row.state == state


def test_done_failed_and_cloud_jobs_say_so(panel):
    panel.update_job(job(id=1, status="done", progress=1.0, note="file is truncated: only 0:05 was read"))
    panel.update_job(job(id=2, status="failed", error="file is empty"))
    panel.update_job(job(id=3, status="done", progress=1.0, engine="openai", model="whisper-1"))
    panel.update_job(job(id=4, status="queued", model=None))
    assert panel.rows[1].status.text() == "Done — file is truncated: only 0:05 was read"
    assert panel.rows[2].status.text() == "Failed: file is empty"
    assert not shown(panel.rows[2].bar)
    assert panel.rows[3].status.text() == "Done"
    assert panel.rows[3].engine.text() == "OpenAI · whisper-1"
    assert panel.rows[4].engine.text() == "Offline · automatic model"
    assert panel.rows[4].status.text() == "Waiting…" and not shown(panel.rows[4].bar)


def test_buttons_send_the_job_id(qtbot, panel):
    panel.update_job(job(id=11, status="running"))
    panel.update_job(job(id=12, status="failed", error="file is empty"))
    with qtbot.waitSignal(panel.cancel_requested) as cancel:
        qtbot.mouseClick(panel.rows[11].cancel_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(panel.retry_requested) as retry:
        qtbot.mouseClick(panel.rows[12].retry_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(panel.remove_requested) as remove:
        qtbot.mouseClick(panel.rows[12].remove_button, Qt.MouseButton.LeftButton)
    assert (cancel.args, retry.args, remove.args) == ([11], [12], [12])


def test_the_title_counts_open_and_failed_jobs(panel):
    assert panel.title.text() == "<b>Jobs</b>"
    panel.update_job(job(id=1, status="running"))
    panel.update_job(job(id=2, status="queued"))
    panel.update_job(job(id=3, status="failed", error="file is empty"))
    panel.update_job(job(id=4, status="done"))
    assert panel.title.text() == "<b>Jobs</b> — 2 to do, 1 failed"
    panel.remove_job(2)
    assert 2 not in panel.rows
    assert panel.title.text() == "<b>Jobs</b> — 1 to do, 1 failed"
    panel.clear_finished()
    assert list(panel.rows) == [1]
    assert panel.title.text() == "<b>Jobs</b> — 1 to do"


# ---- in the main window ---------------------------------------------------------------------------


class StubEngine:
    """An engine that always fails (a file that passes the check when added can still fail in the job)."""

    name = "stub"
    model_name = "stub"
    chunk_seconds = 300.0

    def check(self, options) -> None:
        pass

    def transcribe(self, *args, **kwargs):
        from iam_desktop.errors import EngineError

        raise EngineError("the speech engine could not run")


@pytest.fixture
def runner(library):
    job_runner = JobRunner(library, SingleEngine(StubEngine()))
    yield job_runner
    job_runner.shutdown(timeout=10)


def test_retry_and_remove_a_failed_job_from_the_window(qtbot, library, runner, speech_wav, monkeypatch):
    retried = []
    real_retry = runner.retry
    monkeypatch.setattr(runner, "retry", lambda job_id: retried.append(job_id) or real_retry(job_id))
    window = MainWindow(library, runner)
    qtbot.addWidget(window)
    window.show()
    seen: list[tuple[int, str]] = []
    window.bridge.job_changed.connect(lambda info: seen.append((info.id, info.status)))
    reason = "the speech engine could not run"
    window.add_paths([str(speech_wav)])
    qtbot.waitUntil(lambda: any(r.state == "failed" for r in window.jobs_panel.rows.values()), timeout=10_000)
    [(job_id, row)] = window.jobs_panel.rows.items()
    assert row.status.text() == f"Failed: {reason}"
    assert window.jobs_panel.title.text() == "<b>Jobs</b> — 1 failed"
    assert window.jobs.indicator.text() == "1 failed"

    seen.clear()
    qtbot.mouseClick(row.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (job_id, "failed") in seen, timeout=10_000)
    assert retried == [job_id]
    assert seen[0][0] == job_id and seen[0][1] in ("queued", "running")  # the worker may be that quick
    assert (job_id, "running") in seen  # it ran again, and failed again for the same reason
    assert row.state == "failed" and row.status.text() == f"Failed: {reason}"
    assert [j.id for j in library.jobs.list_jobs()] == [job_id]

    qtbot.mouseClick(row.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.jobs_panel.rows == {}, timeout=5_000)
    assert library.jobs.list_jobs() == []
    assert window.jobs_panel.title.text() == "<b>Jobs</b>"


def test_a_job_on_the_library_copy_shows_the_recording_title(panel):
    from iam_desktop.ui.jobs_panel import job_label

    copy = job(source_path="/data/audio/ab/" + "ab" * 32 + ".flac", recording_id=7,
               title="Recording 2026-11-26 14:03")  # fmt: skip
    assert job_label(copy) == "Recording 2026-11-26 14:03"
    assert job_label(replace(copy, title=None)) == "ab" * 32 + ".flac"
    assert job_label(job(source_path="/home/me/interview.wav", title="interview")) == "interview.wav"
    panel.update_job(replace(copy, title=None))
    [row] = panel.rows.values()
    panel.update_job(copy)  # the title arrives once the job knows its recording
    assert row.name.text() == "Recording 2026-11-26 14:03"
