"""Starting the whole app as a user does: `iam-desktop` with no arguments."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from iam_desktop.ui import app


def test_without_a_display_the_app_says_so(monkeypatch, capsys):
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    assert app.run_gui() == 1
    assert "no display" in capsys.readouterr().err


def test_a_missing_system_library_is_named_with_its_package(monkeypatch, capsys, data_dir):
    from iam_desktop import system_libraries

    absent = system_libraries.SystemLibrary("libiam-absent.so.7", "libiam-absent7", "the window")
    monkeypatch.setattr(system_libraries, "GUI", (*system_libraries.GUI, absent))
    monkeypatch.setattr(sys, "platform", "linux")
    assert app.run_gui() == 1
    err = capsys.readouterr().err
    assert "libiam-absent.so.7 (for the window)" in err and "sudo apt install libiam-absent7" in err
    assert not data_dir.exists()  # said before anything was started or written


def test_the_app_starts_and_keeps_running(data_dir):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    process = subprocess.Popen(
        [sys.executable, "-m", "iam_desktop"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and not (data_dir / "library.sqlite3").exists():
            assert process.poll() is None, process.communicate()
            time.sleep(0.1)
        time.sleep(1.0)
        assert process.poll() is None, process.communicate()
        assert (data_dir / "library.sqlite3").exists()
    finally:
        process.terminate()
        process.wait(10)


def test_files_given_on_the_command_line_are_added_once_the_window_is_up(data_dir, speech_wav, tmp_path):
    """What the desktop entry's `iam-desktop %U` does: the window opens and the file becomes a recording
    with a queued (or finished) transcription job, as if it had been dropped on the window."""
    import json

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    process = subprocess.Popen(
        [sys.executable, "-m", "iam_desktop", str(speech_wav)],
        cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        listed: list = []
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not listed:
            assert process.poll() is None, process.communicate()
            time.sleep(0.5)
            if (data_dir / "library.sqlite3").exists():
                done = subprocess.run(
                    [sys.executable, "-m", "iam_desktop", "library", "list", "--json"],
                    env=env, capture_output=True, text=True, timeout=60,
                )  # fmt: skip
                listed = json.loads(done.stdout) if done.returncode == 0 else []
        assert [item["title"] for item in listed] == ["speech"]
    finally:
        process.terminate()
        process.wait(30)
    assert process.returncode == 0

