"""The redesigned window's frame with real widgets (offscreen) and a real library: the welcome card on first
start, the drop highlight, the menus and Quit, the theme switch, the record bar that grows only while
recording, no microphone, and what is visible at 1024×700."""

from __future__ import annotations

import json
import shutil

import pytest
from job_helpers import BlockingEngine
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDropEvent, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication

from iam_desktop.engines.local_whisper import LocalWhisperEngine
from iam_desktop.engines.provider import SingleEngine
from iam_desktop.jobs.runner import JobRunner
from iam_desktop.recording.devices import InputDevice
from iam_desktop.settings import Settings, settings_file
from iam_desktop.ui.main_window import MainWindow
from iam_desktop.ui.recording_controller import IDLE, RECORDING
from iam_desktop.ui.theme import apply_theme, is_dark
from iam_desktop.ui.welcome_card import FIRST_TITLE, PICK_TITLE, PRIVACY_LINE


@pytest.fixture
def window(qtbot, library):
    runner = JobRunner(library, SingleEngine(LocalWhisperEngine()))  # never loaded: no job runs here
    win = MainWindow(library, runner)
    qtbot.addWidget(win)
    win.resize(1024, 700)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    runner.shutdown(timeout=10)
    apply_theme(QApplication.instance(), "light")


def _urls(*paths) -> QMimeData:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return data


def test_first_start_shows_the_welcome_card_and_hides_what_cannot_act(qtbot, window):
    qtbot.waitUntil(lambda: window.welcome.is_first_start() and window.welcome.isVisible(), timeout=5_000)
    assert window.main_stack.currentWidget() is window.welcome
    assert window.welcome.title.text() == FIRST_TITLE
    assert window.welcome.privacy.text() == PRIVACY_LINE
    assert window.welcome.record_button.isVisible() and window.welcome.add_button.isVisible()
    assert not window.review_group.isVisible()  # Export, Undo, Redo, Find: hidden, not greyed
    assert not window.record_panel.pause_button.isVisible()
    assert not window.record_panel.live_view.isVisible()


def test_the_welcome_buttons_forward_to_the_window(qtbot, window, monkeypatch):
    chosen: list[bool] = []
    monkeypatch.setattr(window.imports, "choose_files", lambda: chosen.append(True))
    window.welcome.add_files_requested.disconnect()
    window.welcome.add_files_requested.connect(window.imports.choose_files)
    window.welcome.add_button.click()
    assert chosen == [True]


def test_a_library_with_recordings_shows_the_quieter_hint(window):
    window.show_welcome(first_start=False)
    assert window.welcome.title.text() == PICK_TITLE
    assert window.main_stack.currentWidget() is window.welcome


def test_dragging_files_over_the_window_highlights_it_until_they_leave_or_drop(qtbot, window, tmp_path):
    added: list[list[str]] = []
    window.imports.add_paths = lambda paths: added.append(paths)  # type: ignore[method-assign]
    target = tmp_path / "talk.wav"
    target.write_bytes(b"RIFF")
    data = _urls(target)
    enter = QDragEnterEvent(QPoint(300, 300), Qt.DropAction.CopyAction, data, Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    assert window.drop_overlay.isVisible()
    assert window.drop_overlay.geometry() == window.centralWidget().rect()
    QApplication.sendEvent(window, QDragLeaveEvent())
    assert not window.drop_overlay.isVisible()
    again = QDragEnterEvent(QPoint(300, 300), Qt.DropAction.CopyAction, data, Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(window, again)
    assert window.drop_overlay.isVisible()
    drop = QDropEvent(QPointF(300, 300), Qt.DropAction.CopyAction, data, Qt.MouseButton.NoButton,
                      Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(window, drop)
    assert not window.drop_overlay.isVisible()
    assert added == [[str(target)]]


def test_the_menus_follow_the_usual_order_and_ctrl_q_quits(qtbot, window):
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles == ["File", "Edit", "View", "Playback", "Record", "Help"]
    assert window.quit_action.shortcut() == QKeySequence("Ctrl+Q")
    file_actions = [a.text() for a in window.menus.file_menu.actions() if not a.isSeparator()]
    assert file_actions[:3] == ["Add files…", "Export…", "Copy transcript"]
    assert "&Quit" in file_actions
    window.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5_000)


def test_help_lists_every_shortcut_from_the_actions_that_define_them(qtbot, window):
    from iam_desktop.ui.shortcuts_dialog import ShortcutsDialog

    window.menus.shortcuts_action.trigger()
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    rows = set(dialog.rows())
    expected = [
        ("File", "Quit", "Ctrl+Q"), ("File", "Add files", "Ctrl+O"), ("Record", "Record / Stop", "Ctrl+R"),
        ("Help", "Keyboard shortcuts", "Ctrl+/"), ("View", "Jobs", "Ctrl+Shift+J"),
    ]  # fmt: skip
    assert [row for row in expected if row not in rows] == []
    dialog.close()


def test_the_theme_switches_live_and_is_remembered(qtbot, window, library):
    window.menus.theme_actions["dark"].trigger()
    assert is_dark(QApplication.palette())
    assert window.settings.theme == "dark"
    path = settings_file(library.paths)
    qtbot.waitUntil(lambda: path.exists() and json.loads(path.read_text())["theme"] == "dark", timeout=5_000)
    window.menus.theme_actions["light"].trigger()
    assert not is_dark(QApplication.palette())
    assert QApplication.palette().color(QPalette.ColorRole.Base).lightness() > 200


def test_the_record_bar_grows_only_while_recording(window):
    panel = window.record_panel
    idle_height = panel.sizeHint().height()
    assert idle_height < 70  # one compact row
    panel._state_changed(RECORDING)
    assert panel.live_view.isVisible() and panel.pause_button.isVisible()
    assert panel.sizeHint().height() > idle_height + 80
    width = panel.record_button.width()
    assert panel.record_button.text() == "Stop"
    panel._state_changed(IDLE)
    assert not panel.live_view.isVisible() and not panel.pause_button.isVisible()
    assert panel.record_button.width() == width  # no jump when the label changes


def test_without_a_microphone_record_is_disabled_with_the_reason(window):
    window.record_panel.set_devices([])
    assert not window.record_panel.record_button.isEnabled()
    assert "microphone" in window.record_panel.record_button.toolTip()
    assert window.record_panel.no_input_label.isVisible()
    assert not window.welcome.record_button.isEnabled()
    assert "microphone" in window.welcome.record_button.toolTip()
    assert not window.record_action.isEnabled() and not window.pause_action.isEnabled()  # Record menu
    window.record_panel.set_devices([InputDevice(0, "Built-in Microphone", "ALSA", 1, 48000.0, True)])
    assert window.record_panel.record_button.isEnabled()
    assert window.welcome.record_button.isEnabled()
    assert window.record_action.isEnabled() and not window.pause_action.isEnabled()  # nothing to pause


def test_at_1024_by_700_the_important_parts_are_above_the_fold(qtbot, window):
    def inside(widget) -> bool:
        top_left = widget.mapTo(window, QPoint(0, 0))
        return (
            widget.isVisible()
            and top_left.y() >= 0
            and top_left.y() + widget.height() <= window.height()
            and top_left.x() + widget.width() <= window.width()
        )

    for widget in (window.record_panel.record_button, window.library_panel.search_box, window.welcome.zone):
        assert inside(widget), widget
    assert window.main_stack.height() > 500


def test_an_added_file_shows_in_the_library_at_once_behind_other_work(qtbot, library, speech_wav, tmp_path):
    """A first file's job holds the runner (a long transcription): a second file added meanwhile is listed
    under "Adding" with its state at once, and goes once its job has made its recording."""
    engine = BlockingEngine()
    runner = JobRunner(library, SingleEngine(engine))
    win = MainWindow(library, runner, settings=Settings(language="en"))
    qtbot.addWidget(win)
    win.show()
    second = tmp_path / "second.wav"
    shutil.copy(speech_wav, second)
    try:
        pending = win.library_panel.pending
        win.add_paths([str(speech_wav)])
        qtbot.waitUntil(engine.started.is_set, timeout=30_000)  # the first job holds the runner
        qtbot.waitUntil(lambda: pending.pending() == [], timeout=10_000)
        win.add_paths([str(second)])
        qtbot.waitUntil(lambda: pending.pending() == ["second.wav — Waiting…"], timeout=30_000)
        assert pending.isVisible()
        engine.release.set()  # the long job ends; the second one is imported, becomes a recording
        qtbot.waitUntil(lambda: pending.pending() == [] and not pending.isVisible(), timeout=30_000)
        assert sorted(r.title for r in library.list_recordings()) == ["second", "speech"]
    finally:
        engine.release.set()
        win.close()
        runner.shutdown(timeout=10)


def test_help_opens_the_plans_on_the_subscription_page(qtbot, window):
    window.menus.subscription_action.trigger()
    dialog = window.settings_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.stack.currentWidget() is dialog.subscription_page
    page = dialog.subscription_page
    qtbot.waitUntil(lambda: page.state is not None, timeout=10_000)  # (read in the background)
    assert set(page.cards) == {"free", "pro", "business"}
    dialog.reject()
