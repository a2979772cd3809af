"""Fixtures shared by the window tests."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from iam_desktop.ui.operations import wait_for_operations

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session", autouse=True)
def english_window(qapp):
    """The window tests read English: the compiled translations (built here when `make` has not) are
    installed for English, whose plural forms ("1 recording") come from its own file like any language's."""
    from iam_desktop.ui.i18n import install_language, translation_available

    subprocess.run([sys.executable, str(ROOT / "tools" / "translations.py"), "build"], check=True)
    assert translation_available("en"), "resources/translations/iam_desktop_en.qm was not built"
    install_language("en", environ={})
    yield


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
