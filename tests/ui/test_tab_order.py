"""Keyboard use of the main window: Tab goes through the window in the order the eye reads it — the
toolbar, the record bar, the sidebar (search, filter, list), the main area top to bottom — and back to the
start (no part traps it), and it never stops on a hidden widget or one a screen reader cannot name."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest
from helpers import REPO
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from iam_desktop.paths import data_paths
from iam_desktop.settings import Settings

#: the window's regions in reading order
REGIONS = ("toolbar", "record bar", "sidebar", "main area", "notes", "status bar")


@pytest.fixture
def window(qtbot, tmp_path) -> Iterator[QWidget]:
    """The app on the screenshots' demo library (12 recordings with transcripts), at 1024×700."""
    sys.path.insert(0, str(REPO / "tools"))
    try:
        import screenshots
    finally:
        sys.path.remove(str(REPO / "tools"))
    from iam_desktop.ui.app import start_app

    running = start_app(data_paths(screenshots.build_library(tmp_path / "demo")), Settings())
    running.window.resize(1024, 700)
    qtbot.waitExposed(running.window)
    running.window.tools_module = screenshots  # type: ignore[attr-defined]
    yield running.window
    running.close()


def region(window, widget: QWidget) -> str:
    parts = {
        "toolbar": window.toolbar, "record bar": window.record_panel, "sidebar": window.library_panel,
        "main area": window.main_stack, "notes": window.notes_panel, "status bar": window.statusBar(),
    }  # fmt: skip
    for name, part in parts.items():
        if widget is part or part.isAncestorOf(widget):
            return name
    return "elsewhere"


def spoken_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def tab_through(qtbot, window) -> list[QWidget]:
    """Press Tab from the toolbar's first button until the focus comes back to it (fails on a trap)."""
    first = window.toolbar.widgetForAction(window.add_action)
    window.activateWindow()
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first, timeout=2_000)
    visited = [first]
    for _ in range(80):
        QTest.keyClick(visited[-1], Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is not None, "Tab took the focus out of the window"
        if focused is first:
            return visited
        visited.append(focused)
    pytest.fail(f"Tab never came back to the first button: {[spoken_name(w) for w in visited[-6:]]}")


def geometry(window, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


def out_of_order(window, visited: list[QWidget]) -> list[str]:
    """Where the focus went backwards: to an earlier region, or within a region to a place above the last
    one (or, on the same row, to its left)."""
    found = []
    for before, after in zip(visited, visited[1:], strict=False):
        a, b = region(window, before), region(window, after)
        where = f"{spoken_name(before)!r} ({a}) → {spoken_name(after)!r} ({b})"
        if b == "elsewhere" or REGIONS.index(b) < REGIONS.index(a):
            found.append(where)
            continue
        if a != b:
            continue
        one, two = geometry(window, before), geometry(window, after)
        same_row = two.top() <= one.bottom() and one.top() <= two.bottom()
        if (same_row and two.left() < one.left()) or (not same_row and two.top() < one.top()):
            found.append(where)
    return found


def check(qtbot, window, must_visit: list[QWidget]) -> list[QWidget]:
    visited = tab_through(qtbot, window)
    hidden = [spoken_name(w) or type(w).__name__ for w in visited if not w.isVisible()]
    nameless = [f"{type(w).__name__} in {type(w.parent()).__name__}" for w in visited if not spoken_name(w)]
    assert hidden == [] and nameless == []
    assert out_of_order(window, visited) == []
    missing = [spoken_name(w) or type(w).__name__ for w in must_visit if w not in visited]
    assert missing == []
    order = [visited.index(w) for w in must_visit]
    assert order == sorted(order)
    return visited


def test_tab_reads_the_window_in_order_with_the_welcome_card(qtbot, window):
    panel = window.library_panel
    visited = check(
        qtbot,
        window,
        [window.toolbar.widgetForAction(window.add_action), window.options_bar.engine,
         window.toolbar.widgetForAction(window.settings_action), panel.search_box, panel.filter_button,
         panel.list, window.welcome.add_button],
    )  # fmt: skip
    assert window.transcript_view.table not in visited  # (hidden behind the welcome card)
    assert window.welcome.restore_link not in visited  # (a library with recordings: no restore link)


def test_tab_reads_the_window_in_order_with_a_transcript_open(qtbot, window):
    window.tools_module._open_interview(window)
    qtbot.wait(800)
    view, panel = window.transcript_view, window.library_panel
    review = [button for button in window.review_group.findChildren(QWidget) if button.isEnabled()]
    visited = check(
        qtbot,
        window,
        [window.toolbar.widgetForAction(window.add_action), window.options_bar.engine, *review,
         window.toolbar.widgetForAction(window.settings_action), panel.search_box, panel.filter_button,
         panel.list, view.playback.slider, view.table],
    )  # fmt: skip
    assert window.welcome.add_button not in visited
    assert not window.jobs.indicator.isVisible() or window.jobs.indicator in visited


def test_the_order_holds_after_new_settings_replace_the_options_bar(qtbot, window):
    window.apply_settings(Settings())
    qtbot.waitUntil(lambda: window.options_bar.engine.isVisible(), timeout=2_000)  # (laid out in the toolbar)
    bar, panel = window.options_bar, window.library_panel
    check(qtbot, window, [window.toolbar.widgetForAction(window.add_action), bar.engine, bar.language,
                          panel.search_box, panel.list])  # fmt: skip
