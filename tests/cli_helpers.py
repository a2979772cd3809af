"""Run the real iam-desktop command in a subprocess and read what it says."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

from helpers import iam_desktop_command as _command

from iam_desktop.paths import DATA_DIR_ENV


def cli(*args: str | os.PathLike[str], data: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run `iam-desktop ARGS`; the data folder is the test's (IAM_DATA_DIR) unless `data` is given."""
    env = os.environ.copy()
    if data is not None:
        env[DATA_DIR_ENV] = str(data)
    return subprocess.run(
        [*_command(), *map(str, args)],
        capture_output=True, text=True, encoding="utf-8", env=env, timeout=240, check=False,
    )


def ok(*args: str | os.PathLike[str], data: Path | None = None) -> str:
    """stdout of a command that must succeed."""
    proc = cli(*args, data=data)
    assert proc.returncode == 0, f"{args} exited {proc.returncode}: {proc.stderr}"
    return proc.stdout


def list_json(data: Path | None = None) -> list[dict]:
    return json.loads(ok("library", "list", "--json", data=data))


def error_lines(stderr: str) -> list[str]:
    assert "Traceback" not in stderr, stderr
    return [line for line in stderr.splitlines() if line.startswith("error:")]



def start_record(*args: str, env: dict | None = None) -> subprocess.Popen:
    """Start `iam-desktop record ARGS` and wait until it says it is recording."""
    proc = subprocess.Popen(
        [*_command(), "record", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=env or os.environ.copy(),
    )  # fmt: skip
    line = proc.stderr.readline()
    assert line.startswith("recording from"), line + proc.stderr.read()
    return proc
