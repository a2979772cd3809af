"""Adding cloud work past the plan's cloud minutes: the upgrade prompt instead of the cost question, and
nothing is sent — "Upgrade…" opens the plans (upgrade_requested), "Transcribe on this computer" queues the
files for the local engine, Cancel queues nothing."""

from __future__ import annotations

import pytest
from job_helpers import BlockingEngine
from keyring_fakes import PlaintextKeyring
from PySide6.QtWidgets import QMainWindow

from iam_desktop.audio.probe import probe
from iam_desktop.billing.errors import QuotaExceeded
from iam_desktop.billing.usage import UsageMeter
from iam_desktop.engines.provider import SingleEngine
from iam_desktop.jobs.runner import JobRunner
from iam_desktop.secrets import OPENAI_API_KEY, SecretStore
from iam_desktop.settings import Settings
from iam_desktop.ui.changes import ChangeBus
from iam_desktop.ui.import_flow import ImportFlow

CLOUD = {"engine": "openai", "model": "whisper-1", "language": "en", "task": "transcribe",
         "allow_fallback": False}  # fmt: skip


@pytest.fixture
def flow(qtbot, library, monkeypatch):
    """The window's import flow with the cloud engine chosen, a key present and this month's free cloud
    minutes used up (the plan: no licence in the test's keyring, so Free)."""
    monkeypatch.setenv("IAM_ALLOW_PLAINTEXT_KEYRING", "1")
    stub = BlockingEngine()
    runner = JobRunner(library, SingleEngine(stub))
    window = QMainWindow()
    qtbot.addWidget(window)
    messages: list[str] = []
    keys = SecretStore(PlaintextKeyring())
    keys.set(OPENAI_API_KEY, "sk-test-key-plan-limit")
    flow = ImportFlow(window, library, runner, ChangeBus(window), options=lambda: CLOUD, settings=Settings,
                      say=lambda m, _ms: messages.append(m), secrets=keys)  # fmt: skip
    flow.messages = messages  # type: ignore[attr-defined]
    UsageMeter(library.paths).record(30 * 60)
    yield flow
    stub.release.set()
    runner.shutdown(timeout=10)


def answer_with(monkeypatch, answer: str) -> list:
    asked: list = []
    monkeypatch.setattr("iam_desktop.ui.import_flow.ask_to_upgrade",
                        lambda _parent, error: asked.append(error) or answer)  # fmt: skip
    never = "the cost question must not be asked past the plan"
    monkeypatch.setattr("iam_desktop.ui.import_flow.ask_to_send", lambda *a: pytest.fail(never))
    return asked


def test_upgrade_opens_the_plans_and_queues_nothing(qtbot, flow, library, speech_wav, monkeypatch):
    asked = answer_with(monkeypatch, "upgrade")
    with qtbot.waitSignal(flow.upgrade_requested, timeout=10_000):
        flow.add_paths([str(speech_wav)])
    [error] = asked
    assert isinstance(error, QuotaExceeded) and error.plan_name == "Free"
    assert library.jobs.list_jobs() == []


def test_transcribe_on_this_computer_queues_local_jobs(qtbot, flow, library, speech_wav, monkeypatch):
    answer_with(monkeypatch, "local")
    flow.add_paths([str(speech_wav)])
    qtbot.waitUntil(lambda: len(library.jobs.list_jobs()) == 1, timeout=10_000)
    [job] = library.jobs.list_jobs()
    assert job.engine == "local"


def test_cancel_sends_and_queues_nothing(qtbot, flow, library, speech_wav, monkeypatch):
    asked = answer_with(monkeypatch, "cancel")
    flow.add_paths([str(speech_wav)])
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    qtbot.waitUntil(lambda: "Nothing was sent to OpenAI." in flow.messages, timeout=5000)
    assert library.jobs.list_jobs() == []


def test_recordings_again_in_the_cloud_are_checked_too(qtbot, flow, library, speech_wav, monkeypatch):
    info = probe(speech_wav)
    recording_id = library.add_recording(
        title="speech", duration=info.duration, sample_rate=info.sample_rate, channels=info.channels,
        stored=library.store.import_file(speech_wav, info), source_path=str(speech_wav),
    )  # fmt: skip
    asked = answer_with(monkeypatch, "cancel")
    flow.retranscribe([recording_id])
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    assert isinstance(asked[0], QuotaExceeded)
    assert library.jobs.list_jobs() == []
