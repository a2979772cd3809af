"""Quitting at any moment finishes or hands over cleanly: a recording being saved is awaited (never saved
twice), the running job goes back to the queue, background tasks end before the library closes — and
two savers of one capture racing in the library end with one recording, not an IntegrityError."""

from __future__ import annotations

import hashlib
import logging
import threading
import time

import pytest
from PySide6.QtCore import QThreadPool

from iam_desktop.library.library import Library
from iam_desktop.library.schema import Recording, utcnow
from iam_desktop.paths import data_paths
from iam_desktop.recording import session as session_module
from iam_desktop.recording.saving import save_capture
from iam_desktop.settings import Settings
from iam_desktop.ui.app import RunningApp, start_app
from iam_desktop.ui.background import run_in_background
from iam_desktop.ui.recording_controller import RECORDING, SAVING


def _start(qtbot, data_dir, **settings) -> RunningApp:
    running = start_app(data_paths(data_dir), Settings(language="en", **settings))
    qtbot.addWidget(running.window)
    qtbot.waitExposed(running.window)
    return running


def _spy_on_library_close(running: RunningApp, data_dir) -> list[dict]:
    """What was true at the moment the app closed its library."""
    seen: list[dict] = []
    real_close = running.library.close

    def close() -> None:
        seen.append({
            "recordings": [r.title for r in running.library.list_recordings()],
            "captures": list((data_dir / "captures").iterdir()),
            "pool_busy": QThreadPool.globalInstance().activeThreadCount(),
            "threads": sorted(t.name for t in threading.enumerate() if t.name.startswith("iam-jobs")),
        })  # fmt: skip
        real_close()

    running.library.close = close  # type: ignore[method-assign]
    return seen


def _errors(caplog) -> list[str]:
    return [f"{r.name}: {r.getMessage()}" for r in caplog.records if r.levelno >= logging.ERROR]


@pytest.mark.slow
@pytest.mark.usefixtures("virtual_mic")
def test_quit_while_a_stopped_recording_is_saving_saves_it_once(qtbot, data_dir, caplog, monkeypatch):
    saves: list[str] = []  # every save of a capture started (the capture's folder)

    def counted_save(library, folder, **options):
        saves.append(folder.path.name)
        return save_capture(library, folder, **options)

    monkeypatch.setattr(session_module, "save_capture", counted_save)
    running = _start(qtbot, data_dir, transcribe_after_recording=False)
    seen = _spy_on_library_close(running, data_dir)
    recording = running.window.recording
    recording.start()
    qtbot.waitUntil(lambda: recording.state == RECORDING, timeout=20_000)
    qtbot.wait(3000)
    with caplog.at_level(logging.INFO):
        recording.stop()  # the save starts on a pool thread…
        assert recording.state == SAVING
        running.close()  # …and the user quits at once
    assert _errors(caplog) == []
    assert len(saves) == 1  # the running save was awaited, not started a second time
    [at_close] = seen
    assert len(at_close["recordings"]) == 1 and at_close["captures"] == []  # saved before the library closed
    assert at_close["pool_busy"] == 0
    reopened = Library.open(data_paths(data_dir))
    try:
        [item] = reopened.list_recordings()
        assert item.duration == pytest.approx(3.0, abs=1.0) and not item.title.endswith("(recovered)")
    finally:
        reopened.close()


@pytest.mark.slow
def test_quit_while_a_job_runs_releases_it_and_nothing_touches_the_closed_library(
    qtbot, data_dir, long_speech_wav, caplog
):
    running = _start(qtbot, data_dir)
    seen = _spy_on_library_close(running, data_dir)
    [job_id] = running.runner.submit([long_speech_wav], language="en")
    library = running.library

    def running_with_progress() -> bool:
        job = library.jobs.get(job_id)
        return job.status == "running" and job.progress > 0

    qtbot.waitUntil(running_with_progress, timeout=120_000)

    def slow_lookup() -> int:  # a user's search or export still running on a pool thread at quit
        time.sleep(1.5)
        return len(library.list_recordings())

    ignore = lambda _result: None  # noqa: E731 - the window is gone by the time it would be told
    run_in_background(slow_lookup, owner=running.window, on_success=ignore, on_failure=ignore)
    with caplog.at_level(logging.INFO):
        running.close()
    assert _errors(caplog) == []
    [at_close] = seen
    assert at_close["pool_busy"] == 0 and at_close["threads"] == []  # nobody uses the library after close
    reopened = Library.open(data_paths(data_dir))
    try:
        job = reopened.jobs.get(job_id)
        assert job.status == "queued" and job.owner is None  # handed over: the next start resumes it
    finally:
        reopened.close()


def test_two_savers_of_one_capture_racing_get_one_recording(library, data_dir):
    """The loser of the race on the UNIQUE capture_id gets the winner's recording, not an IntegrityError:
    its check found nothing (the winner had not committed), then its insert waited for the winner's lock."""
    payload = b"RIFF fake audio for the race"

    def write(tmp):
        tmp.write_bytes(payload)
        return hashlib.sha256(payload).hexdigest(), len(payload)

    stored = library.store.store_written(write, ".wav")
    other = Library.open(data_paths(data_dir))  # another saver: its own connection
    winner = other._sessions()
    try:
        row = Recording(capture_id="capture-1", title="Winner", duration=1.0, sample_rate=16000, channels=1,
                        sha256=stored.sha256, audio_path=stored.relpath, source_path=None,
                        created_at=utcnow())  # fmt: skip
        winner.add(row)
        winner.flush()  # holds the write lock; the row is not visible to the other saver yet
        outcome: dict = {}

        def lose() -> None:
            try:
                outcome["id"] = library.add_recording(
                    title="Loser", duration=1.0, sample_rate=16000, channels=1, stored=stored,
                    source_path=None, capture_id="capture-1",
                )  # fmt: skip
            except Exception as exc:
                outcome["error"] = exc

        loser = threading.Thread(target=lose)
        loser.start()
        time.sleep(1.0)  # the loser has looked (nothing there) and waits to insert
        assert loser.is_alive()
        winner.commit()
        loser.join(60)
        assert outcome == {"id": row.id}
    finally:
        winner.close()
        other.close()
    assert [r.title for r in library.list_recordings()] == ["Winner"]
