"""Fast start: `iam-desktop --startup-time`, what the window's start imports, and a window that shows before
the library's list is read."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
from datetime import UTC, datetime

import pytest
from helpers import insert_many_recordings

from iam_desktop.engines.provider import SingleEngine
from iam_desktop.jobs.runner import JobRunner
from iam_desktop.library import Library
from iam_desktop.paths import data_paths
from iam_desktop.ui.library_panel import LOADING_TEXT
from iam_desktop.ui.main_window import MainWindow

REPORT = re.compile(r"^startup: (\d+\.\d\d) s \(process start → window shown\)$", re.MULTILINE)
#: modules the window must not import to appear (each is imported where it is first needed)
HEAVY = ("av", "faster_whisper", "ctranslate2", "boto3", "docx", "reportlab", "openai", "alembic")

#: runs `iam-desktop --startup-time`, printing which HEAVY modules are loaded when the window is shown
PROBE = """
import sys
from iam_desktop.diagnostics import startup_clock

real = startup_clock.process_age
def process_age(*args):
    print("loaded:", ",".join(sorted(m for m in {heavy!r} if m in sys.modules)), flush=True)
    return real(*args)
startup_clock.process_age = process_age

from iam_desktop.cli.main import main
sys.exit(main(["--startup-time"]))
"""


def run_app(*args: str, code: str | None = None) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-c", code] if code else [sys.executable, "-m", "iam_desktop", *args]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)


def test_startup_time_prints_the_time_to_the_window_and_quits_cleanly(data_dir):
    result = run_app("--startup-time")
    assert result.returncode == 0, result.stderr
    match = REPORT.search(result.stdout)
    assert match, result.stdout
    assert 0.05 < float(match.group(1)) < 60  # from the process's start: the interpreter and imports count
    assert (data_dir / "library.sqlite3").exists()  # the whole app started (and closed: nothing held)
    library = Library.open(data_paths(data_dir))  # the library was closed in order: it opens again
    library.close()


def test_startup_time_is_an_option_of_the_app_not_of_a_command(data_dir):
    result = run_app("--startup-time", "library", "list")
    assert result.returncode == 2
    assert "--startup-time starts the app" in result.stderr


def test_the_window_appears_without_importing_the_heavy_modules(data_dir):
    Library.open(data_paths(data_dir)).close()  # an existing library (a first start creates it with Alembic)
    result = run_app(code=PROBE.format(heavy=HEAVY))
    assert result.returncode == 0, result.stderr
    assert "loaded: \n" in result.stdout, result.stdout  # none of them
    assert REPORT.search(result.stdout)


@pytest.fixture
def big_library(data_dir):
    library = Library.open(data_paths(data_dir))
    insert_many_recordings(library.paths.database, 500, datetime.now(UTC)).close()
    yield library
    library.close()


def test_the_window_shows_while_the_list_is_read_and_fills_in_after(qtbot, big_library, monkeypatch):
    """A slow library read (held here until released) does not hold the window back: it shows with
    "Loading library…" and the rows arrive when the read ends."""
    release = threading.Event()
    real_count = big_library.items.count

    def slow_count(where):
        assert release.wait(30), "the test never released the read"
        return real_count(where)

    monkeypatch.setattr(big_library.items, "count", slow_count)
    runner = JobRunner(big_library, SingleEngine(object()))
    try:
        window = MainWindow(big_library, runner)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        panel = window.library_panel
        assert window.isVisible()
        assert panel.model.rowCount() == 0 and panel.model.is_loading()
        assert panel.count_label.text() == LOADING_TEXT
        qtbot.wait(50)  # the GUI thread keeps running while the read waits
        assert panel.count_label.text() == LOADING_TEXT
        release.set()
        qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=10_000)
        qtbot.waitUntil(lambda: panel.count_label.text() == "500 recordings", timeout=10_000)
        assert not panel.model.is_loading()
    finally:
        release.set()
        runner.shutdown(timeout=10)


def test_a_failed_first_read_does_not_leave_the_list_loading(qtbot, big_library, monkeypatch):
    from iam_desktop.errors import StorageError

    def broken_count(where):
        raise StorageError("the disk went away")

    monkeypatch.setattr(big_library.items, "count", broken_count)
    runner = JobRunner(big_library, SingleEngine(object()))
    try:
        window = MainWindow(big_library, runner)
        qtbot.addWidget(window)
        window.show()
        panel = window.library_panel
        qtbot.waitUntil(lambda: not panel.model.is_loading(), timeout=10_000)
        assert panel.count_label.text() != LOADING_TEXT
        assert "the disk went away" in panel.notice.label.text()
    finally:
        runner.shutdown(timeout=10)


def test_the_waveform_is_made_when_a_recording_starts(qtbot, library):
    """pyqtgraph is not needed to show the window: the live waveform is made with the first recording."""
    from iam_desktop.ui.recording_controller import STARTING
    from iam_desktop.ui.waveform_view import WaveformView

    runner = JobRunner(library, SingleEngine(object()))
    try:
        window = MainWindow(library, runner)
        qtbot.addWidget(window)
        panel = window.record_panel
        assert panel._waveform is None and panel.live_view.count() == 1
        panel._state_changed(STARTING)  # what the controller signals when the Record button is pressed
        waveform = panel.waveform
        assert isinstance(waveform, WaveformView) and panel.waveform is waveform  # made once
        assert panel.live_view.widget(0) is waveform and panel.live_view.widget(1) is panel.preview_text
        assert panel.live_view.isVisibleTo(panel)
    finally:
        runner.shutdown(timeout=10)
