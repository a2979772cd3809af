"""`make screenshots`: tools/screenshots.py renders the window's main states at 1024×700 and 1600×1000, in
light and dark, from a demo library — run here as the reviewer runs it (its own process, its own Qt)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]
STATES = ("first-start", "transcript", "search", "find", "drop", "settings", "settings-subscription", "jobs",
          "recording")


def _mean_lightness(image: QImage) -> float:
    step = 16
    values = [
        image.pixelColor(x, y).lightness()
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
    ]
    return sum(values) / len(values)


@pytest.mark.slow
def test_every_main_state_is_rendered_in_both_sizes_and_themes(tmp_path):
    out = tmp_path / "shots"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", IAM_DATA_DIR=str(tmp_path / "unused"),
               PYTHONFAULTHANDLER="1")  # a crash shows where it happened  # fmt: skip
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "screenshots.py"), "--out", str(out)],
        capture_output=True, text=True, timeout=600, env=env, cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    for state in STATES:
        for theme in ("light", "dark"):
            for width, height in ((1024, 700), (1600, 1000)):
                path = out / f"{state}-{theme}-{width}x{height}.png"
                image = QImage(str(path))
                assert not image.isNull(), path
                assert (image.width(), image.height()) == (width, height), path
                lightness = _mean_lightness(image)
                assert (lightness < 110) if theme == "dark" else (lightness > 170), (path, lightness)
    light = QImage(str(out / "transcript-light-1024x700.png"))
    first = QImage(str(out / "first-start-light-1024x700.png"))
    assert light != first  # the states differ
