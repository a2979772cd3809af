"""`iam-desktop summarize` as a real subprocess on a real library: offline without a key (the text from the
transcript, stored), every preset, JSON, the errors; with a key, the cloud summary streamed from a local
server speaking the chat-completions wire format, the cost estimate on stderr first."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from cli_helpers import cli, error_lines, ok
from helpers import iam_desktop_command as _command
from library_helpers import add_recording

from iam_desktop.library import Library
from iam_desktop.paths import data_paths
from iam_desktop.summaries.model import PRESETS
from iam_desktop.transcript import Segment, Transcript

#: a short meeting with a plan, owners and dates (the offline summariser takes sentences from it)
MEETING = [
    "Welcome everyone, this is the planning meeting for the river festival.",
    "The budget this year is forty thousand rand, and the council pays half of it.",
    "Thandi will send the final budget to the council by Friday.",
    "We still need a sound engineer for the main stage.",
    "Sipho will call the two companies that quoted last year.",
    "The volunteers meet at the library on Saturday at nine.",
    "Parking was the biggest complaint last year, so we add a shuttle from the station.",
    "The shuttle costs about six thousand rand for the weekend.",
    "Let us meet again next Tuesday to check the bookings.",
]


@pytest.fixture
def meeting(data_dir: Path) -> int:
    """A recording in the test's library with MEETING as its transcript (one sentence each 8 s)."""
    library = Library.open(data_paths(data_dir))
    try:
        rid = add_recording(library, "Festival planning", len(MEETING) * 8.0)
        segments = [Segment(i * 8.0, i * 8.0 + 6.0, text) for i, text in enumerate(MEETING)]
        library.save_transcript(rid, Transcript(
            title="Festival planning", duration=len(MEETING) * 8.0, engine="local", model="tiny.en",
            language="en", segments=segments,
        ))  # fmt: skip
        return rid
    finally:
        library.close()


def test_without_a_key_the_summary_is_made_offline_from_the_transcript(meeting):
    proc = cli("summarize", str(meeting))
    assert proc.returncode == 0, proc.stderr
    lines = [line for line in proc.stdout.splitlines() if line.strip()]
    assert lines and "offline summary" in proc.stderr and "estimated cost" not in proc.stderr
    said = " ".join(MEETING)
    for sentence in " ".join(lines).replace(". ", ".\n").splitlines():  # sentences taken from the transcript
        assert sentence.strip() in said, sentence


@pytest.mark.parametrize("preset", PRESETS)
def test_every_preset_is_stored_and_given_as_json(meeting, preset):
    summary = json.loads(ok("summarize", str(meeting), "--preset", preset, "--offline", "--json"))
    assert summary["preset"] == preset and summary["engine"] == "offline" and summary["model"] is None
    assert summary["recording_id"] == meeting and summary["text"] and not summary["stale"]
    if preset == "chapters":
        assert summary["chapters"] and summary["chapters"][0]["start"] == 0.0
    if preset == "action-items":
        assert "Thandi" in summary["text"] and "Friday" in summary["text"]
    library = Library.open(data_paths())
    try:
        assert [s.id for s in library.summaries.list(meeting)] == [summary["id"]]
    finally:
        library.close()


def test_a_recording_without_a_transcript_or_unknown_is_an_error(data_dir):
    library = Library.open(data_paths(data_dir))
    try:
        rid = add_recording(library, "Silent")
    finally:
        library.close()
    proc = cli("summarize", str(rid))
    expected = f"error: recording {rid} has no transcript yet: transcribe it first"
    assert proc.returncode == 1 and error_lines(proc.stderr) == [expected]
    proc = cli("summarize", "999")
    assert proc.returncode == 1 and "no recording with ID 999" in proc.stderr
    assert cli("summarize", str(rid), "--preset", "poem").returncode == 2


def test_with_a_key_the_cloud_summary_streams_after_the_cost_estimate(meeting):
    chat_server = pytest.importorskip("fakes.chat_server")
    with chat_server.FakeChat(api_key="sk-test-summaries") as server:
        env = {**os.environ, "OPENAI_API_KEY": "sk-test-summaries", "OPENAI_BASE_URL": server.base_url}
        proc = subprocess.run(
            [*_command(), "summarize", str(meeting), "--model", "gpt-4o-mini"], capture_output=True,
            text=True, env=env, timeout=120,
        )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.startswith("estimated cost: ") and "gpt-4o-mini" in proc.stderr.splitlines()[0]
    assert proc.stdout.strip() and "sk-test-summaries" not in proc.stdout + proc.stderr
    sent = json.dumps(server.requests[-1].body)
    assert "Thandi will send the final budget" in sent and "[0:16]" in sent  # the transcript, timestamped
    library = Library.open(data_paths())
    try:
        (stored,) = library.summaries.list(meeting)
        assert stored.engine == "openai" and stored.model == "gpt-4o-mini"
        assert stored.text.strip() == proc.stdout.strip()
    finally:
        library.close()
