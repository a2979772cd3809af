"""Fixtures shared by the window tests."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from iam_desktop.ui.operations import wait_for_operations


@pytest.fixture(autouse=True)
def background_work_ends_with_the_test():
    """Operations a test started (a page reading the keyring, a refresh) finish before the next test: none
    writes into the next test's log capture or keyring."""
    yield
    wait_for_operations(10_000)


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
