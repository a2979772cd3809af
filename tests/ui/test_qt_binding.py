"""The Qt binding itself: guard against releases with reference-counting bugs that crash long sessions."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_calling_qt_methods_does_not_leak_or_drop_references(qtbot):
    """PySide6 6.12.0 dropped a reference to None per void call: a 30 Hz timer killed the app in minutes."""
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(20_000):
        label.setText("x")
        label.setEnabled(True)
    assert abs(sys.getrefcount(None) - before) < 100
