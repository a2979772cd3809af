"""Hostile or odd command lines, run as the real `iam-desktop` in a subprocess: absurd numbers and IDs are
usage errors (exit 2, never a traceback), `devices` keeps one exit code with and without --json, a
recording without a transcript is not listed "done", and a library copy that is gone is named as such."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from cli_helpers import cli, error_lines, list_json, ok
from helpers import iam_desktop_command as _command

from iam_desktop.audio.probe import probe
from iam_desktop.library import Library
from iam_desktop.paths import data_paths
from iam_desktop.transcript import Segment, Transcript

HUGE = str(2**64)
BEYOND_SQLITE = str(2**63)
LARGEST = str(2**63 - 1)


def usage_error(*args: str) -> str:
    """Run a command that must be refused as a usage error; returns its stderr."""
    proc = cli(*args)
    assert proc.returncode == 2, (args, proc.returncode, proc.stdout, proc.stderr)
    assert proc.stdout == ""
    assert "Traceback" not in proc.stderr and "Error:" not in proc.stderr, proc.stderr
    return proc.stderr


@pytest.mark.parametrize("seconds", ["nan", "inf", "-infinity", "0", "1e12"])
def test_record_refuses_seconds_that_are_not_a_duration(seconds):
    stderr = usage_error("record", "--seconds", seconds, "--no-transcribe")
    assert "argument --seconds" in stderr
    assert list_json() == []  # nothing was recorded


@pytest.mark.parametrize(
    "args",
    [
        ["library", "show", HUGE],
        ["library", "tag", BEYOND_SQLITE, "work"],
        ["library", "delete", "0"],
        ["library", "restore", "-1"],
        ["library", "export", "1" + "0" * 40, "--format", "txt", "--output", "out.txt"],
        ["library", "transcribe", "1", HUGE],
    ],
    ids=lambda args: " ".join(args[:2]),
)
def test_ids_outside_what_a_recording_can_have_are_usage_errors(args):
    """Each command that takes an ID (one subprocess each: the values beyond 64 bits, beyond SQLite's
    range, zero and negative are spread over them)."""
    stderr = usage_error(*args)
    assert "argument ID" in stderr or "argument id" in stderr.lower()
    assert "IDs go from 1 to 9223372036854775807" in stderr


def test_the_largest_id_is_valid_but_absent():
    proc = cli("library", "show", LARGEST)
    assert proc.returncode == 1
    assert error_lines(proc.stderr) == [f"error: no recording with ID {LARGEST}"]


def devices(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*_command(), "devices", *args], capture_output=True, text=True, env=env, timeout=120, check=False
    )


def test_devices_with_no_input_fail_the_same_with_and_without_json():
    """One rule: no input is a failure (exit 1, one error line) in both forms; --json still prints valid
    JSON (an empty array). PULSE_SERVER pointing nowhere hides the test run's virtual microphone, as a
    machine without any input would."""
    env = {**os.environ, "PULSE_SERVER": "unix:/nonexistent/iam-no-sound"}
    text, as_json = devices(env=env), devices("--json", env=env)
    assert json.loads(as_json.stdout) == []
    assert (text.returncode, as_json.returncode) == (1, 1)
    assert error_lines(as_json.stderr) == ["error: no microphone or other audio input was found"]
    assert error_lines(text.stderr) == error_lines(as_json.stderr) and text.stdout == ""


def test_devices_exit_codes_agree_whatever_the_inputs():
    text, as_json = devices(), devices("--json")
    assert "Traceback" not in text.stderr + as_json.stderr
    assert text.returncode == as_json.returncode == (0 if json.loads(as_json.stdout) else 1)


def _add_recording(library: Library, source: Path, title: str) -> int:
    stored = library.store.import_file(source, info := probe(source))
    return library.add_recording(
        title=title, duration=info.duration or 0.0, sample_rate=info.sample_rate, channels=info.channels,
        stored=stored, source_path=str(source),
    )  # fmt: skip


def test_a_recording_without_transcript_or_job_is_listed_as_recorded(data_dir, speech_wav):
    """What `record --no-transcribe` (and an import left without its job) leaves: not "done"."""
    library = Library.open(data_paths(data_dir))
    try:
        bare = _add_recording(library, speech_wav, "only recorded")
        transcribed = _add_recording(library, speech_wav, "transcribed elsewhere")
        library.save_transcript(
            transcribed, Transcript(title="t", duration=1.0, engine="local", model="tiny.en", language="en",
                                    segments=[Segment(0.0, 1.0, "Hello.")])
        )  # fmt: skip
    finally:
        library.close()
    statuses = {item["id"]: item["status"] for item in list_json()}
    assert statuses == {bare: "recorded", transcribed: "done"}
    rows = {int(line.split("\t")[0]): line.split("\t")[-1] for line in ok("library", "list").splitlines()}
    assert rows == {bare: "recorded", transcribed: "done"}
    assert cli("library", "show", str(bare)).stderr == (
        f"error: recording {bare} has no transcript (recorded without transcribing)\n"
    )


def test_a_missing_library_copy_is_not_called_a_missing_source(data_dir, speech_wav, tmp_path):
    """A job for a recording already in the library (interrupted after its import) whose stored audio is
    gone: the error names the library's copy, while the user's own file is still there."""
    source = tmp_path / "talk.wav"
    shutil.copy(speech_wav, source)
    library = Library.open(data_paths(data_dir))
    try:
        recording_id = _add_recording(library, source, "talk")
        copy = library.store.path_of(library.get_recording(recording_id).audio_path)
        library.jobs.create(str(source), engine="local", language="en", recording_id=recording_id)
    finally:
        library.close()
    copy.unlink()
    proc = cli("jobs", "resume", "--json")
    assert proc.returncode == 1, proc.stderr
    [job] = json.loads(proc.stdout)
    expected = f"the library's copy of the audio of recording {recording_id} is missing ({copy})"
    assert (job["status"], job["error"]) == ("failed", expected)
    assert "file not found" not in proc.stderr and source.is_file()


@pytest.mark.parametrize(
    ("option", "value"), [("--interval", "nan"), ("--interval", "0"), ("--settle", "inf")]
)
def test_watch_run_refuses_absurd_seconds(option, value):
    assert f"argument {option}" in usage_error("watch", "run", "--once", option, value)
