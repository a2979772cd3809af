"""The focus ring: after Tab it outlines the focused widget (a field, a list with painted rows), follows the
focus, sits above its neighbours without taking clicks, and goes away when the mouse is used."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QListWidget, QVBoxLayout, QWidget

from iam_desktop.ui import focus_ring
from iam_desktop.ui.theme import Role, semantic


def _window(qtbot):
    window = QWidget()
    layout = QVBoxLayout(window)
    first, second, items = QLineEdit(), QLineEdit(), QListWidget()
    items.addItems(["Interview", "Lecture"])
    for widget in (first, second, items):
        layout.addWidget(widget)
    qtbot.addWidget(window)
    window.resize(300, 300)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    first.setFocus()
    qtbot.waitUntil(lambda: first.hasFocus())
    return window, first, second, items


def _ring_rect(ring: QWidget) -> QRect:
    return ring.geometry()


def test_tab_outlines_each_focused_widget_and_the_mouse_hides_it(qapp, qtbot):
    ring = focus_ring.install(qapp)
    window, first, second, items = _window(qtbot)
    QTest.keyClick(first, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: second.hasFocus())
    outline = ring.ring_for(window)
    assert outline.isVisible()
    target = QRect(second.mapTo(window, QPoint(0, 0)), second.size())
    assert _ring_rect(outline).contains(target) and _ring_rect(outline) != target

    QTest.keyClick(second, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: items.hasFocus())
    assert _ring_rect(outline).contains(QRect(items.mapTo(window, QPoint(0, 0)), items.size()))
    # drawn in the accent colour on the window, above the list
    image: QImage = window.grab().toImage()
    edge = outline.geometry().topLeft() + QPoint(outline.width() // 2, 1)
    assert image.pixelColor(edge).name() == semantic(Role.ACCENT).name()
    assert outline.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    QTest.mouseClick(first, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not outline.isVisible())
    assert not ring.keyboard


def test_the_ring_follows_a_resized_widget_and_the_focus_as_it_moves_on(qapp, qtbot):
    ring = focus_ring.install(qapp)
    window, first, second, items = _window(qtbot)
    QTest.keyClick(first, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: second.hasFocus())
    outline = ring.ring_for(window)
    second.setMinimumHeight(80)
    qtbot.waitUntil(lambda: outline.height() >= 80)
    second.hide()  # Qt moves the focus on, and the ring goes with it
    qtbot.waitUntil(lambda: items.hasFocus())
    assert outline.geometry().contains(QRect(items.mapTo(window, QPoint(0, 0)), items.size()))
    items.clearFocus()
    qtbot.waitUntil(lambda: not outline.isVisible())
