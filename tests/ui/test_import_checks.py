"""Early, plain errors: files are checked as they are added (a bad one is turned away at once, with its
reason and only Remove, even while another job runs), the cloud engine without a key says so in the
options bar with "Add key…", and the cost question says "Send" / "Cancel"."""

from __future__ import annotations

from pathlib import Path

import pytest
from job_helpers import BlockingEngine
from keyring.backends import fail
from keyring_fakes import PlaintextKeyring
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QMessageBox

from iam_desktop.engines.provider import SingleEngine
from iam_desktop.jobs.runner import JobRunner
from iam_desktop.media_probe import file_problem
from iam_desktop.secrets import OPENAI_API_KEY, SecretStore
from iam_desktop.settings import Settings
from iam_desktop.ui.changes import ChangeBus
from iam_desktop.ui.import_flow import ImportFlow, cloud_cost_box
from iam_desktop.ui.transcribe_options import TranscribeOptionsBar
from iam_desktop.ui.window_jobs import WindowJobs


@pytest.fixture
def engine_stub():
    stub = BlockingEngine()
    yield stub
    stub.release.set()


@pytest.fixture
def setup(qtbot, library, engine_stub):
    runner = JobRunner(library, SingleEngine(engine_stub))
    window = QMainWindow()
    qtbot.addWidget(window)
    bus = ChangeBus(window)
    messages: list[str] = []
    jobs = WindowJobs(window, library, runner, None, bus, say=lambda m, _ms: messages.append(m),
                      shown=lambda: None, pick=lambda _id: None)  # fmt: skip
    options = {"engine": "local", "model": None, "language": "en", "task": "transcribe",
               "allow_fallback": False}  # fmt: skip
    flow = ImportFlow(window, library, runner, bus, options=lambda: options, settings=Settings,
                      say=lambda m, _ms: messages.append(m))  # fmt: skip
    flow.file_rejected.connect(jobs.show_rejected)
    window.show()
    yield flow, jobs, messages
    engine_stub.release.set()
    runner.shutdown(timeout=10)


def test_the_probe_names_each_problem_plainly(bad_files, speech_wav):
    assert file_problem(bad_files["empty"][0]) == "empty file"
    assert file_problem(bad_files["text"][0]) == "not an audio or video file"
    assert file_problem(bad_files["missing"][0]) == "file not found"
    assert file_problem(bad_files["header-only"][0]).startswith("damaged: ")
    assert file_problem(speech_wav) is None


def test_bad_files_are_turned_away_at_once_with_only_remove(qtbot, setup, library, bad_files, speech_wav,
                                                            engine_stub, tmp_path: Path):  # fmt: skip
    flow, jobs, messages = setup
    flow.add_paths([str(speech_wav)])  # a long job runs: the bad files must not wait behind it
    qtbot.waitUntil(engine_stub.started.is_set, timeout=20_000)
    renamed = tmp_path / "song.mp3"
    renamed.write_text("not music at all\n" * 40)
    bad = [bad_files["empty"][0], renamed, bad_files["missing"][0]]
    flow.add_paths([str(p) for p in bad])
    qtbot.waitUntil(lambda: len(jobs.panel.rejected) == 3, timeout=10_000)
    rows = list(jobs.panel.rejected.values())
    assert [row.status.text() for row in rows] == [
        "Not added: empty file", "Not added: not an audio or video file", "Not added: file not found"
    ]
    assert [row.name.text() for row in rows] == ["empty.wav", "song.mp3", "missing.wav"]
    for row in rows:
        assert not hasattr(row, "retry_button") and row.remove_button.isVisibleTo(row)
    assert len(library.jobs.list_jobs()) == 1  # only the good file became a job
    assert any("empty.wav was not added: empty file (and 2 more)" in m for m in messages)
    assert jobs.indicator.isVisibleTo(jobs.indicator.window())
    assert "3 failed" in jobs.indicator.text()

    qtbot.mouseClick(rows[0].remove_button, Qt.MouseButton.LeftButton)
    assert len(jobs.panel.rejected) == 2


def test_a_good_file_is_queued_and_shows_at_once(qtbot, setup, library, speech_wav):
    flow, jobs, _messages = setup
    flow.add_paths([str(speech_wav)])
    qtbot.waitUntil(lambda: len(jobs.panel.rows) == 1, timeout=10_000)
    [row] = jobs.panel.rows.values()
    assert row.name.text() == speech_wav.name and jobs.panel.rejected == {}
    assert [job.source_path for job in library.jobs.list_jobs()] == [str(speech_wav)]


def test_the_cloud_without_a_key_offers_add_key(qtbot, monkeypatch):
    monkeypatch.setenv("IAM_ALLOW_PLAINTEXT_KEYRING", "1")  # the fake says it is a plaintext keyring
    bar = TranscribeOptionsBar(Settings(), secrets=SecretStore(PlaintextKeyring()))
    qtbot.addWidget(bar)
    bar.show()
    assert not bar.add_key_button.isVisible()
    bar.engine.setCurrentIndex(bar.engine.findData("openai"))
    qtbot.waitUntil(bar.add_key_button.isVisible, timeout=5_000)
    assert bar.key_notice.text() == "OpenAI needs an API key"
    with qtbot.waitSignal(bar.add_key_requested, timeout=1_000):
        qtbot.mouseClick(bar.add_key_button, Qt.MouseButton.LeftButton)
    bar.engine.setCurrentIndex(bar.engine.findData("local"))
    assert not bar.add_key_button.isVisible() and not bar.key_notice.isVisible()


def test_the_cloud_with_a_key_shows_no_notice(qtbot, monkeypatch):
    keyring = PlaintextKeyring()
    monkeypatch.setenv("IAM_ALLOW_PLAINTEXT_KEYRING", "1")  # the fake says it is a plaintext keyring
    store = SecretStore(keyring)
    store.set(OPENAI_API_KEY, "sk-test-" + "a" * 40)
    bar = TranscribeOptionsBar(Settings(default_engine="openai"), secrets=store)
    qtbot.addWidget(bar)
    bar.show()
    checked = []
    real = bar._show_notice
    monkeypatch.setattr(bar, "_show_notice", lambda notice: checked.append(notice) or real(notice))
    bar.check_key()
    qtbot.waitUntil(lambda: len(checked) >= 1, timeout=5_000)
    assert set(checked) == {None} and not bar.add_key_button.isVisible()


def test_a_locked_keyring_is_said_without_jargon(qtbot):
    bar = TranscribeOptionsBar(Settings(default_engine="openai"), secrets=SecretStore(fail.Keyring()))
    qtbot.addWidget(bar)
    bar.show()
    qtbot.waitUntil(bar.add_key_button.isVisible, timeout=5_000)
    assert "system keyring is locked or unavailable" in bar.key_notice.text()
    assert "Secret Service" not in bar.key_notice.text()


def test_cloud_work_without_a_key_is_not_queued(qtbot, setup, library, speech_wav, monkeypatch):
    flow, _jobs, messages = setup
    flow._secrets = SecretStore(PlaintextKeyring())
    monkeypatch.setenv("IAM_ALLOW_PLAINTEXT_KEYRING", "1")
    flow._options = lambda: {"engine": "openai", "model": "whisper-1", "language": None,
                             "task": "transcribe", "allow_fallback": False}  # fmt: skip
    asked = []
    monkeypatch.setattr("iam_desktop.ui.import_flow.ask_to_send", lambda *a: asked.append(a) or True)
    with qtbot.waitSignal(flow.key_missing, timeout=10_000):
        flow.add_paths([str(speech_wav)])
    assert asked == [] and library.jobs.list_jobs() == []
    assert "Nothing was sent: add your OpenAI key in Settings → Cloud first." in messages


def test_the_cost_question_says_send_or_cancel(qtbot):
    box = cloud_cost_box(None, "1 file", "whisper-1", 65, 0.01)
    qtbot.addWidget(box)
    texts = sorted(button.text().replace("&", "") for button in box.buttons())
    assert texts == ["Cancel", "Send"]
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    assert "1:05 of audio, will be sent to OpenAI (whisper-1)" in box.text()
