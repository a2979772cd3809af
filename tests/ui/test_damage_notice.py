"""A damaged library file in the window: the check after opening finds it, the window says so and offers
"Recover now"; recovery (with the library closed) gives the recordings back."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from library_helpers import TITLES, damage

from iam_desktop.library import Library
from iam_desktop.paths import data_paths
from iam_desktop.ui import damage_notice
from iam_desktop.ui.damage_notice import DamageNotice, recover_with_progress, restart_command


def test_the_window_tells_of_damage_and_recovery_gives_the_recordings_back(
    qtbot, full_library: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
):
    from PySide6.QtWidgets import QWidget

    damage(full_library, 96 * 1024)
    paths = data_paths(data_dir)
    library = Library.open(paths)
    window = QWidget()
    qtbot.addWidget(window)
    notice = DamageNotice(library.health, window)
    try:
        qtbot.waitUntil(lambda: notice.dialog is not None and notice.dialog.isVisible(), timeout=20000)
        assert notice.dialog.text() == "The library file is damaged"
        assert "nothing more is written" in notice.dialog.detailedText()
        assert "stopped saving anything" in notice.dialog.informativeText()
        notice.dialog.grab().save(str(tmp_path / "damage-notice.png"))
        with qtbot.waitSignal(notice.recover_requested, timeout=5000):
            notice.recover_button.click()
    finally:
        library.close()
    told: list[str] = []
    monkeypatch.setattr(damage_notice.QMessageBox, "information", lambda _p, _t, text: told.append(text))
    result = recover_with_progress(paths)
    assert result is not None and result.recordings == len(TITLES), told
    assert result.kept is not None and result.kept.is_file() and "8 recordings" in told[0]
    library = Library.open(paths)
    try:
        library.health.verify(full=True)
        assert sorted(item.title for item in library.list_recordings()) == sorted(TITLES)
    finally:
        library.close()


def test_restart_runs_the_same_app_again(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(sys, "argv", ["/usr/bin/iam-desktop"])
    assert restart_command() == (sys.executable, ["-m", "iam_desktop"])
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "argv", ["/opt/IAM Desktop/iam-desktop", "--flag"])
    assert restart_command() == (sys.executable, ["--flag"])
