"""Remembers the main window's geometry and splitter sizes between runs (an INI file in the data folder)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter


class WindowState:
    """Saves and restores view state only; never preferences with meaning, never secrets."""

    def __init__(self, path: Path) -> None:
        self._settings = QSettings(str(path), QSettings.Format.IniFormat)

    def restore(self, window: QMainWindow, splitters: dict[str, QSplitter]) -> bool:
        """Apply the saved state; returns False when there was none (first start)."""
        geometry = self._settings.value("main/geometry")
        if geometry is None:
            return False
        window.restoreGeometry(geometry)
        state = self._settings.value("main/state")
        if state is not None:
            window.restoreState(state)
        for name, splitter in splitters.items():
            sizes = self._settings.value(f"splitters/{name}")
            if sizes is not None:
                splitter.restoreState(sizes)
        return True

    def save(self, window: QMainWindow, splitters: dict[str, QSplitter]) -> None:
        self._settings.setValue("main/geometry", window.saveGeometry())
        self._settings.setValue("main/state", window.saveState())
        for name, splitter in splitters.items():
            self._settings.setValue(f"splitters/{name}", splitter.saveState())
        self._settings.sync()
