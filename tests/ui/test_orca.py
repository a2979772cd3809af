"""The real Orca screen reader on the real window (tools/orca_check.py: a virtual screen, the AT-SPI bus,
Orca with its speech written to its log): what a blind user hears while walking the toolbar, searching the
library, opening a recording and its Export dialog — in English and in isiZulu."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
from helpers import REPO

pytestmark = pytest.mark.slow

NEEDED = ("orca", "xdotool", "Xvfb", "dbus-run-session")


def hear(*args: str) -> list[str]:
    """What Orca says for tools/orca_check.py ARGS (the app on the demo library)."""
    missing = [tool for tool in NEEDED if shutil.which(tool) is None]
    if missing or not os.path.exists("/usr/libexec/at-spi-bus-launcher"):
        if os.environ.get("IAM_TEST_VIRTUAL_SOUND") == "1":  # make test installed them: they must be there
            pytest.fail(f"missing for the screen reader check: {missing or 'at-spi2-core'}")
        pytest.skip(f"missing for the screen reader check: {missing or 'at-spi2-core'}")
    private = ("DBUS_", "XDG_RUNTIME", "PULSE", "DISPLAY")  # orca_check makes its own bus, screen and sound
    env = {k: v for k, v in os.environ.items() if not k.startswith(private)}
    env.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run(
        ["dbus-run-session", "--", sys.executable, str(REPO / "tools" / "orca_check.py"), "--demo", *args],
        env=env, capture_output=True, text=True, timeout=240, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout.splitlines()


def test_a_blind_user_hears_the_controls_the_search_results_and_the_export_dialog():
    said = hear("Tab", "Tab", "ctrl+shift+f", "type:library", "wait:4", "Tab", "wait:1", "Down", "wait:1",
                "Return", "wait:2", "ctrl+e", "wait:2", "Escape")  # fmt: skip (waits: a busy CI is slow)
    text = "\n".join(said)
    # combo boxes are announced by their labels, then their value — not by the value alone
    assert "Engine: combo box." in said and "Language: combo box." in said, text
    assert "Search the library text." in said, text
    # the number of results is spoken although the focus stays in the search field
    assert any(line.startswith("notification") and "recordings found" in line for line in said), text
    # each result row is read as a sentence: title, time, the words found
    assert any(", at 0:" in line and "library" in line for line in said), text
    assert any(line.startswith("Export “") and line.endswith("dialog.") for line in said), text
    assert "Format: combo box." in said, text


def test_an_isizulu_desktop_hears_isizulu():
    said = hear("--lang", "zu_ZA", "Tab", "Tab", "ctrl+shift+f", "type:library", "wait:3")
    text = "\n".join(said)
    assert "Injini: combo box." in said and "Ulimi: combo box." in said, text
    assert any(line.startswith("notification") and "okuqoshiwe" in line for line in said), text
    assert not any("Engine" in line or "recordings found" in line for line in said), text
