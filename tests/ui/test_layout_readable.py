"""Readable for everyone: the window mirrors under a right-to-left language (so Arabic or Hebrew need only a
translation), and with the system's text at twice its size no button, label or menu text is cut off in the
main states, the Settings pages and the dialogs."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QLabel,
    QRadioButton,
    QToolButton,
    QWidget,
)
from window_walk import close_other_windows, open_demo_window, walk_states


def _x(widget: QWidget) -> int:
    return widget.mapToGlobal(QPoint(0, 0)).x()


def test_the_window_mirrors_right_to_left(qapp, qtbot, tmp_path):
    running, shots = open_demo_window(qtbot, tmp_path / "demo")
    window = running.window
    try:
        shots._open_interview(window)
        qtbot.wait(500)
        assert _x(window.library_panel) < _x(window.transcript_view)
        first, last = window.add_action, window.settings_action
        assert _x(window.toolbar.widgetForAction(first)) < _x(window.toolbar.widgetForAction(last))
        qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        qtbot.wait(300)
        # the sidebar moves to the right, the toolbar starts at the right, the labels align right
        assert _x(window.library_panel) > _x(window.transcript_view)
        assert _x(window.toolbar.widgetForAction(first)) > _x(window.toolbar.widgetForAction(last))
        assert window.library_panel.layoutDirection() == Qt.LayoutDirection.RightToLeft
        window.open_settings()
        qtbot.wait(300)
        dialog = window.settings_dialog
        assert _x(dialog.page_list) > _x(dialog.stack)  # the page list moves to the right too
        dialog.reject()
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        close_other_windows(window)
        running.close()


def clipped(root: QWidget) -> list[str]:
    """Buttons and one-line labels under `root` whose text does not fit the room they were given."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.width() <= 1:
            continue
        if isinstance(widget, QAbstractButton) and not isinstance(widget, QToolButton):
            text = widget.text().replace("&", "")
            if not text:
                continue
            need = QFontMetrics(widget.font()).horizontalAdvance(text)
            if isinstance(widget, QCheckBox | QRadioButton):
                need += 20  # the box or the dot
            if widget.width() < need:
                found.append(f"{type(widget).__name__} {text!r}: {widget.width()} < {need}")
        elif isinstance(widget, QLabel) and not widget.wordWrap() and widget.text():
            if "<" in widget.text() or widget.textFormat() == Qt.TextFormat.RichText:
                continue
            lines = widget.text().split("\n")
            need = max(QFontMetrics(widget.font()).horizontalAdvance(line) for line in lines)
            room = widget.contentsRect().width() - 2 * widget.margin() - 2 * widget.indent()
            if room + 2 < need and widget.sizePolicy().horizontalPolicy().name != "Ignored":
                found.append(f"QLabel {widget.objectName() or widget.text()[:40]!r}: {room} < {need}")
    return found


def test_text_at_twice_the_size_is_not_cut_off(qapp, qtbot, tmp_path):
    normal = QApplication.font()
    big = QFont(normal)
    big.setPointSizeF(normal.pointSizeF() * 2)
    QApplication.setFont(big)
    problems: dict[str, list[str]] = {}
    try:
        running, shots = open_demo_window(qtbot, tmp_path / "demo", size=(1600, 1000))
        window = running.window
        try:
            for state, root in walk_states(window, shots, qtbot):
                if root.isWindow() and root is not window:
                    root.adjustSize()  # a dialog opens at its size hint, as it does for the user
                    qtbot.wait(50)
                found = clipped(root)
                if found:
                    problems[state] = found
        finally:
            close_other_windows(window)
            running.close()
    finally:
        QApplication.setFont(normal)
    assert problems == {}
