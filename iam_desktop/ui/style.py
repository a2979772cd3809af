"""Applies the app's style sheet and icon from resources/ (missing resources are not fatal)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

RESOURCES = Path(__file__).resolve().parents[2] / "resources"


def apply_style(app: QApplication) -> None:
    style = RESOURCES / "styles" / "app.qss"
    if style.is_file():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    icon = RESOURCES / "icons" / "iam-desktop.svg"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
