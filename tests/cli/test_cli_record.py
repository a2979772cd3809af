"""`iam-desktop record` and `iam-desktop devices` as real subprocesses, recording the virtual microphone
that scripts/run-tests.sh starts while speech is played into it; and recovery after SIGKILL."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import tempfile
import time

import pytest
from cli_helpers import cli, list_json, ok, start_record
from helpers import LONG_SPEECH_TEXT, VIRTUAL_SOUND, kill_recording_midway, normalise, play_into_mic, wer
from helpers import iam_desktop_command as _command

pytestmark = pytest.mark.usefixtures("virtual_mic")

MAX_WER = 0.35


def test_devices_lists_the_default_input():
    devices = json.loads(ok("devices", "--json"))
    assert devices and devices[0]["default"] and devices[0]["channels"] >= 1
    assert {"index", "name", "host_api", "channels", "default_rate", "default"} <= set(devices[0])
    assert ok("devices").splitlines()[0].startswith(f"* {devices[0]['name']}")


@pytest.mark.slow
def test_record_transcribes_what_was_said(long_speech_wav):
    proc = start_record("--seconds", "24", "--json")
    player = play_into_mic(long_speech_wav)
    out, err = proc.communicate(timeout=240)
    player.wait(10)
    assert proc.returncode == 0, err
    result = json.loads(out)
    assert set(result) == {"id", "duration", "overflows", "tracks"} and result["tracks"] is None
    assert result["duration"] == pytest.approx(24, abs=0.3) and result["overflows"] == 0
    text = ok("library", "show", result["id"])
    assert wer(LONG_SPEECH_TEXT, text) < MAX_WER, text
    (item,) = list_json()
    assert item["status"] == "done" and item["title"].startswith("Recording ")


def test_record_without_transcription_prints_the_id():
    proc = cli("record", "--seconds", "1.5", "--no-transcribe")
    assert proc.returncode == 0, proc.stderr
    recording_id = int(proc.stdout.strip())
    (item,) = list_json()
    assert (item["id"], item["status"]) == (recording_id, "recorded")  # not "done": it has no transcript
    assert "has no transcript (recorded without transcribing)" in cli("library", "show", recording_id).stderr
    assert item["duration"] == pytest.approx(1.5, abs=0.3)
    assert ok("jobs", "list", "--json").strip() == "[]"


def test_sigterm_stops_and_saves_like_ctrl_c():
    proc = start_record("--seconds", "60", "--json")
    time.sleep(2.0)
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 143, err
    result = json.loads(out)
    assert 1.5 < result["duration"] < 3.5
    (item,) = list_json()
    assert item["id"] == result["id"] and not item["title"].endswith("(recovered)")
    # no time to transcribe now: the transcription waits in the queue for the app or `jobs resume`
    assert "its transcription is queued" in err
    jobs = json.loads(ok("jobs", "list", "--json"))
    assert [(j["recording_id"], j["status"]) for j in jobs] == [(item["id"], "queued")]


def test_a_missing_device_is_a_usage_error():
    proc = cli("record", "--seconds", "2", "--device", "Studio Mic 9000")
    assert proc.returncode == 2
    assert "no audio input called 'Studio Mic 9000'; the inputs are:" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert list_json() == []


@pytest.mark.slow
def test_a_killed_recording_is_recovered_on_the_next_start(long_speech_wav, data_dir):
    killed_after = kill_recording_midway(_command(), long_speech_wav, 9.0)
    assert list((data_dir / "captures").iterdir()), "the capture folder must outlive the process"
    # any command recovers it first (here: library list)
    listing = cli("library", "list", "--json")
    assert listing.returncode == 0, listing.stderr
    assert "recovered an interrupted recording" in listing.stderr
    (item,) = json.loads(listing.stdout)
    assert item["title"].endswith("(recovered)")
    assert killed_after - 1.2 <= item["duration"] <= killed_after + 0.2  # at most about a second is lost
    assert not list((data_dir / "captures").iterdir())
    jobs = json.loads(ok("jobs", "list", "--json"))
    assert [(j["recording_id"], j["status"]) for j in jobs] == [(item["id"], "queued")]
    ok("jobs", "resume")
    heard = normalise(ok("library", "show", item["id"]))
    spoken = normalise(LONG_SPEECH_TEXT)
    # the words up to the kill were kept: the transcript is the text's beginning, up to about a second
    assert len(heard) >= 12 and wer(" ".join(spoken[: len(heard)]), " ".join(heard)) < MAX_WER, heard
    assert [i["id"] for i in list_json()] == [item["id"]]  # recovered once, not again


def test_a_device_that_disappears_stops_the_recording_and_keeps_it():
    if shutil.which("pulseaudio") is None:
        pytest.skip("pulseaudio is not installed")
    runtime = tempfile.mkdtemp(prefix="iam-pa-")  # a second, private sound server that we can pull away
    env = {**os.environ, "XDG_RUNTIME_DIR": runtime, "PULSE_COOKIE": f"{runtime}/virtual-sound/cookie",
           "PYTHONFAULTHANDLER": "1"}  # fmt: skip
    subprocess.run(["bash", str(VIRTUAL_SOUND), "start"], env=env, check=True, timeout=60)
    try:
        proc = start_record("--seconds", "60", "--no-transcribe", "--json", env=env)
        time.sleep(2.5)
        subprocess.run(["bash", str(VIRTUAL_SOUND), "stop"], env=env, check=True, timeout=60)
        try:
            out, err = proc.communicate(timeout=60)
        except subprocess.TimeoutExpired:  # a hang: show where each thread of `record` is stuck
            proc.send_signal(signal.SIGABRT)
            out, err = proc.communicate(timeout=30)
            pytest.fail(f"`record` did not end after its device went away:\n{err[-6000:]}")
    finally:
        subprocess.run(["bash", str(VIRTUAL_SOUND), "stop"], env=env, check=False, timeout=60)
        shutil.rmtree(runtime, ignore_errors=True)
    assert proc.returncode == 1, err
    assert "stopped delivering audio" in err and "Traceback" not in err
    result = json.loads(out)
    assert 1.5 < result["duration"] < 10
    (item,) = list_json()
    assert item["id"] == result["id"] and item["duration"] == pytest.approx(result["duration"], abs=0.01)


