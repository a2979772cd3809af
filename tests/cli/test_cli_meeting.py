"""Meeting capture end to end: `iam-desktop record --system-audio` as a real subprocess, recording the
virtual microphone (fed by virt_sink) and the computer's audio (virt_out's monitor, the default output for
these tests) while real speech is played into each; the transcript has both sides, labelled, in order;
an echo of the other side in the microphone appears once; a kill loses at most a second of either track;
the output pulled away mid-call leaves the microphone's recording."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path

import numpy as np
import pytest
from cli_helpers import cli, list_json, ok, start_record
from helpers import (
    VIRTUAL_SOUND,
    normalise,
    play_into_mic,
    play_into_output,
    read_audio,
    wer,
)

pytestmark = pytest.mark.usefixtures("computer_audio")

SPEECH = Path("/work/shared/data/speech")
#: the other side of the call (11 s) and the user (5.9 s)
THEIRS = SPEECH / "en_jfk_inaugural.wav"
MINE = SPEECH / "en_leopard_quilter.wav"
MAX_WER = 0.35


def reference(clip: Path) -> str:
    for line in (SPEECH / "refs.tsv").read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if fields[0] == clip.stem:
            return fields[2]
    raise KeyError(clip.stem)


def sides(recording_id: int) -> dict[str, str]:
    """The transcript's text by speaker."""
    shown = json.loads(ok("library", "show", str(recording_id), "--format", "json"))
    said: dict[str, list[str]] = {}
    for segment in shown["segments"]:
        said.setdefault(segment.get("speaker") or "", []).append(segment["text"])
    return {speaker: " ".join(texts) for speaker, texts in said.items()}


def stored_audio(recording_id: int) -> tuple[np.ndarray, int]:
    """A recording's stored audio (frames, channels) and rate; asserts it is a meeting recording."""
    from iam_desktop.library.library import Library
    from iam_desktop.paths import data_paths

    library = Library.open(data_paths())
    try:
        recording = library.get_recording(recording_id)
        assert recording is not None and recording.meeting and recording.channels == 2
        return read_audio(library.store.path_of(recording.audio_path))
    finally:
        library.close()


def active_until(samples: np.ndarray, rate: int, level: float = 0.01) -> float:
    """Seconds up to the last 50 ms block with sound in it."""
    block = rate // 20
    usable = len(samples) // block * block
    loud = np.flatnonzero(np.abs(samples[:usable]).reshape(-1, block).max(axis=1) > level)
    return 0.0 if not len(loud) else (loud[-1] + 1) * block / rate


def test_devices_lists_microphones_and_the_computers_audio(computer_audio):
    devices = json.loads(ok("devices", "--json"))
    kinds = {d["kind"] for d in devices}
    assert kinds == {"microphone", "system"}
    system = [d for d in devices if d["kind"] == "system"]
    (default,) = [d for d in system if d["default"]]
    assert computer_audio in default["name"] and default["channels"] == 2 and default["default_rate"] == 48000
    listing = ok("devices")
    assert "computer audio:" in listing and f"* {default['name']}" in listing


@pytest.mark.slow
def test_both_sides_are_transcribed_labelled_and_in_order():
    proc = start_record("--seconds", "20", "--system-audio", "--json")
    theirs = play_into_output(THEIRS)  # the other side speaks first…
    time.sleep(12.0)
    mine = play_into_mic(MINE)  # …then the user answers
    out, err = proc.communicate(timeout=300)
    theirs.wait(10)
    mine.wait(10)
    assert proc.returncode == 0, err
    result = json.loads(out)
    assert result["tracks"] == ["microphone", "system"] and result["overflows"] == 0
    assert result["duration"] == pytest.approx(20, abs=0.3)
    said = sides(result["id"])
    assert set(said) == {"Me", "Others"}, said
    assert wer(reference(MINE), said["Me"]) < MAX_WER, said
    assert wer(reference(THEIRS), said["Others"]) < MAX_WER, said
    shown = json.loads(ok("library", "show", str(result["id"]), "--format", "json"))
    order = [s["speaker"] for s in shown["segments"]]
    assert order == sorted(order, key=lambda name: name != "Others"), order  # the others first, then me
    text = ok("library", "show", str(result["id"]))
    assert "Me:" in text and "Others:" in text
    # the stored audio: the microphone in channel 0, the computer's audio in channel 1, each alone
    audio, rate = stored_audio(result["id"])
    first, second = audio[1 * rate : 11 * rate], audio[13 * rate : 18 * rate]
    assert np.abs(first[:, 1]).max() > 10 * np.abs(first[:, 0]).max()
    assert np.abs(second[:, 0]).max() > 10 * np.abs(second[:, 1]).max()


@pytest.mark.slow
def test_an_echo_of_the_other_side_in_the_microphone_is_written_once():
    proc = start_record("--seconds", "9", "--system-audio", "--json")
    theirs = play_into_output(MINE)
    time.sleep(0.15)  # the leak reaches the microphone a little later, through the room
    leak = play_into_mic(MINE)
    out, err = proc.communicate(timeout=300)
    theirs.wait(10)
    leak.wait(10)
    assert proc.returncode == 0, err
    said = sides(json.loads(out)["id"])
    assert wer(reference(MINE), said.get("Others", "")) < MAX_WER, said
    assert len(normalise(said.get("Me", ""))) <= 2, said  # not written again as the user's


def test_a_killed_meeting_recording_keeps_both_tracks(data_dir, long_speech_wav):
    proc = start_record("--seconds", "120", "--system-audio", "--no-transcribe")
    started = time.monotonic()
    theirs = play_into_output(long_speech_wav)
    mine = play_into_mic(long_speech_wav)
    time.sleep(7.0)
    proc.send_signal(signal.SIGKILL)
    killed_after = time.monotonic() - started
    proc.wait(10)
    theirs.kill()
    mine.kill()
    (folder,) = (data_dir / "captures").iterdir()
    assert sorted(p.name for p in folder.glob("*.wav")) == ["part-0001.wav", "system-0001.wav"]
    listing = cli("library", "list", "--json")  # any command recovers it first
    assert listing.returncode == 0 and "recovered an interrupted recording" in listing.stderr, listing.stderr
    (item,) = json.loads(listing.stdout)
    assert item["title"].endswith("(recovered)")
    assert killed_after - 1.2 <= item["duration"] <= killed_after + 0.2
    audio, rate = stored_audio(item["id"])
    # both sides were speaking when the process died: each kept all but about the last second
    for channel in (0, 1):
        assert active_until(audio[:, channel], rate) >= item["duration"] - 1.2, channel


def test_the_output_going_away_leaves_the_microphones_recording(long_speech_wav):
    if shutil.which("pulseaudio") is None:
        pytest.skip("pulseaudio is not installed")
    runtime = tempfile.mkdtemp(prefix="iam-pa-")  # a private sound server whose output we can pull away
    env = {**os.environ, "XDG_RUNTIME_DIR": runtime, "PULSE_COOKIE": f"{runtime}/virtual-sound/cookie"}
    pactl = ["pactl"]
    subprocess.run(["bash", str(VIRTUAL_SOUND), "start"], env=env, check=True, timeout=60)
    try:
        subprocess.run([*pactl, "set-default-sink", "virt_out"], env=env, check=True, timeout=30)
        proc = start_record("--seconds", "10", "--system-audio", "--no-transcribe", "--json", env=env)
        mine = subprocess.Popen(
            ["bash", str(VIRTUAL_SOUND), "play", str(long_speech_wav)], env=env, stderr=subprocess.DEVNULL
        )
        time.sleep(2.5)
        modules = subprocess.run([*pactl, "list", "short", "modules"], env=env, capture_output=True,
                                 text=True, check=True).stdout  # fmt: skip
        (index,) = [line.split("\t")[0] for line in modules.splitlines() if "sink_name=virt_out" in line]
        subprocess.run([*pactl, "unload-module", index], env=env, check=True, timeout=30)
        out, err = proc.communicate(timeout=120)
        mine.kill()
    finally:
        subprocess.run(["bash", str(VIRTUAL_SOUND), "stop"], env=env, check=False, timeout=60)
        shutil.rmtree(runtime, ignore_errors=True)
    assert proc.returncode == 0, err
    assert "warning:" in err and "Traceback" not in err, err
    result = json.loads(out)
    assert result["duration"] == pytest.approx(10, abs=0.3)
    (item,) = list_json()
    assert item["id"] == result["id"]
    audio, rate = stored_audio(item["id"])  # the computer's audio of the first seconds is kept too
    # the microphone was heard to the end
    assert active_until(audio[:, 0], rate) >= 9.0
