"""Fixtures shared by the window tests."""

from __future__ import annotations

import os
from pathlib import Path

import pytest


@pytest.fixture
def sound_server():
    """Skips where there is no PulseAudio server to play through; fails where run-tests.sh said it
    started one but it is not there."""
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    missing = None
    if not runtime or not Path(runtime, "pulse", "native").exists():
        missing = "no PulseAudio server in $XDG_RUNTIME_DIR (scripts/run-tests.sh starts a virtual one)"
    if missing and os.environ.get("IAM_TEST_VIRTUAL_SOUND") == "1":
        pytest.fail(f"run-tests.sh started a virtual sound server but: {missing}")
    if missing:
        pytest.skip(missing)
