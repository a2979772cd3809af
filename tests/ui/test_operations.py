"""Background operations and the change bus, with real widgets and real pool threads."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget
from shiboken6 import isValid

from iam_desktop.errors import IamError
from iam_desktop.ui.changes import Change, ChangeBus, Kind
from iam_desktop.ui.operations import Operation, Pool, report_failure, wait_for_operations


@pytest.fixture
def window(qtbot) -> QMainWindow:
    window = QMainWindow()
    window.setCentralWidget(QWidget())
    qtbot.addWidget(window)
    window.show()
    return window


def test_success_comes_back_on_the_gui_thread_with_the_result_and_the_change(qtbot, window):
    bus = ChangeBus()
    seen: list[object] = []
    threads: list[threading.Thread] = []

    def work() -> int:
        threads.append(threading.current_thread())
        return 41 + 1

    bus.changed.connect(lambda change: seen.append(("change", change)))
    with qtbot.waitSignal(bus.changed, timeout=5000):
        (
            Operation(window, work)
            .changes(bus, lambda result: Change.of(Kind.RECORDINGS, ids=[result]))
            .success(lambda result: seen.append(("result", result, threading.current_thread())))
            .run()
        )
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=5000)
    assert seen[0] == ("change", Change.of(Kind.RECORDINGS, ids=[42]))
    assert seen[1] == ("result", 42, threading.main_thread())
    assert threads and threads[0] is not threading.main_thread()


def test_a_change_says_what_it_touches():
    change = Change.of(Kind.TRANSCRIPT, ids=[3])
    assert change.touches(Kind.TRANSCRIPT, 3)
    assert not change.touches(Kind.TRANSCRIPT, 4)
    assert not change.touches(Kind.RECORDINGS, 3)
    assert Change.of(Kind.RECORDINGS).touches(Kind.RECORDINGS, 99)  # no ids: any recording


def test_the_default_failure_handler_tells_the_user_without_blocking(qtbot, window):
    def fail() -> None:
        raise IamError("the disk is full")

    Operation(window, fail).run()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "the disk is full", timeout=5000)
    box = window.findChild(QMessageBox, "operationFailure")
    assert box is not None and box.isVisible() and box.text() == "the disk is full"
    assert not box.detailedText()  # the user's own problem: no traceback
    box.accept()


def test_a_defect_shows_its_traceback(qtbot, window):
    def broken() -> None:
        raise KeyError("column")

    Operation(window, broken, pool=Pool.GENERAL).run()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "operationFailure") is not None, timeout=5000)
    box = window.findChild(QMessageBox, "operationFailure")
    assert "did not expect" in box.text()
    assert "KeyError" in box.detailedText() and "broken" in box.detailedText()
    box.accept()


def test_a_failure_handler_replaces_the_default_and_no_change_is_published(qtbot, window):
    bus = ChangeBus()
    published: list[Change] = []
    bus.changed.connect(published.append)
    errors: list[Exception] = []

    def fail() -> None:
        raise IamError("locked")

    Operation(window, fail).changes(bus, Change.of(Kind.JOBS)).failure(errors.append).run()
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert str(errors[0]) == "locked"
    assert published == []
    assert window.findChild(QMessageBox, "operationFailure") is None


def test_database_operations_run_one_at_a_time_in_the_order_asked(qtbot, window):
    order: list[int] = []
    running = [0]
    overlap = []
    gate = threading.Event()

    def step(n: int) -> int:
        running[0] += 1
        overlap.append(running[0])
        if n == 0:
            gate.wait(5)
        order.append(n)
        running[0] -= 1
        return n

    done: list[int] = []
    for n in range(5):
        Operation(window, lambda n=n: step(n)).success(done.append).run()
    gate.set()
    qtbot.waitUntil(lambda: len(done) == 5, timeout=5000)
    assert order == [0, 1, 2, 3, 4] and done == [0, 1, 2, 3, 4]
    assert max(overlap) == 1
    assert wait_for_operations(1000)


def test_nothing_is_called_back_once_the_asking_widget_is_gone(qtbot, window):
    child = QWidget(window)
    gate = threading.Event()
    called: list[object] = []
    Operation(child, lambda: gate.wait(5)).success(called.append).failure(called.append).run()
    child.deleteLater()
    qtbot.waitUntil(lambda: not isValid(child), timeout=2000)
    gate.set()
    assert wait_for_operations(5000)
    QApplication.processEvents()  # the delivery was queued before the pool finished: it is handled now
    assert called == []


def test_report_failure_on_a_plain_widget_opens_a_box(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    report_failure(widget, IamError("no room"))
    box = widget.findChild(QMessageBox, "operationFailure")
    assert box is not None and box.text() == "no room"
    box.accept()


def test_a_secret_in_a_failure_never_reaches_the_window(qtbot, window):
    from iam_desktop.redaction import remember_secret

    key = "sk-test-9f8e7d6c5b4a39281706"
    remember_secret(key)

    def fail_plainly() -> None:
        raise IamError(f"the server refused the key {key}")

    def fail_badly() -> None:
        raise RuntimeError(f"unexpected answer for {key}")

    Operation(window, fail_plainly).run()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "operationFailure") is not None, timeout=5000)
    box = window.findChild(QMessageBox, "operationFailure")
    assert key not in box.text() and "[redacted]" in box.text()
    assert key not in window.statusBar().currentMessage()
    box.setObjectName("seen")
    box.accept()
    Operation(window, fail_badly, pool=Pool.GENERAL).run()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "operationFailure") is not None, timeout=5000)
    box = window.findChild(QMessageBox, "operationFailure")
    assert key not in box.text() and key not in box.detailedText()
    assert "[redacted]" in box.detailedText()
    box.accept()
