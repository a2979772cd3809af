"""The jobs indicator: hidden without jobs, shown with one, its words following the running job's stage, a
click opening the jobs popover; the jobs rows' stage words and busy bar; desktop notifications for long
jobs that end while the window is in the background."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow

from iam_desktop.library.records import JobInfo, JobStage
from iam_desktop.library.status import JobStatus
from iam_desktop.ui.desktop_notify import DesktopNotifier, should_notify
from iam_desktop.ui.jobs_indicator import JobsIndicator
from iam_desktop.ui.jobs_panel import JobsPanel

JOB = JobInfo(
    id=7, kind="transcribe", source_path="/recordings/talk.wav", recording_id=None, status="queued",
    progress=0.0, error=None, engine="local", model="base", language=None,
    created_at=datetime(2026, 1, 1, tzinfo=UTC), started_at=None, finished_at=None,
)  # fmt: skip


def job(**changes) -> JobInfo:
    return replace(JOB, **changes)


@pytest.fixture
def window(qtbot):
    win = QMainWindow()
    qtbot.addWidget(win)
    panel = JobsPanel()
    win.indicator = JobsIndicator(panel, win)
    win.statusBar().addPermanentWidget(win.indicator)
    win.panel = panel
    win.resize(900, 600)
    win.show()
    return win


def visible(widget) -> bool:
    return widget.isVisibleTo(widget.window())


def test_hidden_without_jobs_and_shown_while_there_are(window):
    indicator, panel = window.indicator, window.panel
    assert not visible(indicator)
    panel.update_job(job())
    assert visible(indicator) and indicator.text() == "1 job waiting"
    panel.update_job(job(status="done", progress=1.0))
    assert not visible(indicator)  # a finished job is nothing to look at
    panel.update_job(job(id=8, status="failed", error="the speech engine stopped"))
    assert visible(indicator) and indicator.text() == "1 failed"
    panel.remove_job(8)
    assert not visible(indicator)


def test_the_words_follow_the_running_jobs_stage(window):
    indicator, panel = window.indicator, window.panel
    panel.update_job(job(id=2))
    panel.update_job(job(status="running"))
    assert indicator.text() == "2 jobs · Starting…"
    panel.update_job(job(status="running", stage=JobStage("load")))
    assert indicator.text() == "2 jobs · Loading model…"
    panel.update_job(job(status="running", stage=JobStage("detect")))
    assert indicator.text() == "2 jobs · Detecting language…"
    panel.update_job(job(status="running", progress=0.16, stage=JobStage("transcribe", 200, 1265)))
    assert indicator.text() == "2 jobs · Transcribing 3:20 of 21:05"
    panel.update_job(job(id=3, status="failed", error="file is empty"))
    assert indicator.text() == "2 jobs · Transcribing 3:20 of 21:05 · 1 failed"


def test_a_row_is_busy_until_there_is_an_estimate(window):
    panel = window.panel
    panel.update_job(job(status="running", stage=JobStage("load")))
    row = panel.rows[7]
    assert (row.bar.minimum(), row.bar.maximum()) == (0, 0)  # busy
    assert row.status.text() == "Loading model…" and visible(row.bar)
    panel.update_job(job(status="running", progress=0.3, stage=JobStage("transcribe", 200, 1265)))
    assert (row.bar.minimum(), row.bar.maximum()) == (0, 0)  # no estimate yet
    assert row.status.text() == "Transcribing 3:20 of 21:05"
    panel.update_job(job(status="running", progress=0.3, eta_seconds=80.4,
                         stage=JobStage("transcribe", 200, 1265)))  # fmt: skip
    assert (row.bar.maximum(), row.bar.value()) == (1000, 300)
    assert row.status.text() == "Transcribing 3:20 of 21:05 · 1:20 left"


def test_a_click_opens_the_popover_with_the_jobs(qtbot, window):
    indicator, panel = window.indicator, window.panel
    panel.update_job(job(status="running", stage=JobStage("load")))
    assert not indicator.popover.isVisible()
    qtbot.mouseClick(indicator, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(indicator.popover.isVisible, timeout=2_000)
    assert panel.window() is indicator.popover and panel.isVisible()
    assert indicator.popover.width() == 420
    assert panel.rows[7].status.text() == "Loading model…"
    indicator.popover.close()


def test_failed_text_uses_the_themes_error_colour(window):
    from iam_desktop.ui.theme import Role, css

    window.panel.update_job(job(status="failed", error="file is empty"))
    row = window.panel.rows[7]
    assert css(Role.ERROR, row.palette()) in row.status.styleSheet()
    assert "#b00020" not in row.status.styleSheet()


# ---- desktop notifications ------------------------------------------------------------------------


def test_only_long_jobs_that_end_in_the_background_are_announced():
    assert should_notify(JobStatus.DONE, 45, window_active=False)
    assert should_notify(JobStatus.FAILED, 31, window_active=False)
    assert not should_notify(JobStatus.DONE, 45, window_active=True)  # the user is looking
    assert not should_notify(JobStatus.DONE, 5, window_active=False)  # short: no interruption
    assert not should_notify(JobStatus.CANCELLED, 300, window_active=False)  # the user's own doing


def test_the_window_announces_a_long_job_ending_in_the_background(qtbot, library, monkeypatch):
    from iam_desktop.ui import window_jobs
    from iam_desktop.ui.changes import ChangeBus
    from iam_desktop.ui.window_jobs import WindowJobs

    class Runner:  # only what WindowJobs touches
        def add_listener(self, _listener):
            pass

        def cancel(self, _job_id):
            pass

    sent: list[tuple[str, str]] = []
    failing_first = [lambda _t, _b: (_ for _ in ()).throw(RuntimeError("no bus")),  # never an error
                     lambda title, body: sent.append((title, body)) or True]  # fmt: skip
    win = QMainWindow()
    qtbot.addWidget(win)
    jobs = WindowJobs(win, library, Runner(), None, ChangeBus(win), say=lambda *_: None, shown=lambda: 1,
                      pick=lambda _id: None, notifier=DesktopNotifier(failing_first))  # fmt: skip
    clock = [1000.0]
    monkeypatch.setattr(window_jobs.time, "monotonic", lambda: clock[0])
    active = [False]
    monkeypatch.setattr(win, "isActiveWindow", lambda: active[0])

    jobs.on_job_changed(job(status="running"))
    clock[0] += 60
    jobs.on_job_changed(job(status="done", progress=1.0))
    assert sent == [("Transcript ready", "talk.wav is transcribed.")]

    jobs.on_job_changed(job(id=8, status="running"))
    clock[0] += 5
    jobs.on_job_changed(job(id=8, status="failed", error="file is empty"))  # short
    jobs.on_job_changed(job(id=9, status="running"))
    clock[0] += 90
    active[0] = True
    jobs.on_job_changed(job(id=9, status="done", progress=1.0))  # the user is looking
    assert len(sent) == 1
    assert visible(jobs.indicator) and jobs.indicator.text() == "1 failed"
