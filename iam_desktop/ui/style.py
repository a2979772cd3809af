"""Applies the app's style sheet and icon from its resources (missing resources are not fatal)."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from iam_desktop.resource_files import resource_path


def apply_style(app: QApplication) -> None:
    style = resource_path("styles", "app.qss")
    if style.is_file():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    icon = resource_path("icons", "iam-desktop.svg")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
