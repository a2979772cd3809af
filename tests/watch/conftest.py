"""Fixtures of the watch-folder tests."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def watched(tmp_path: Path) -> Path:
    folder = tmp_path / "watched"
    folder.mkdir()
    return folder
