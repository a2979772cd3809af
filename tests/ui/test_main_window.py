"""The main window with real widgets (offscreen), a real library and the real local model."""

from __future__ import annotations

import re
import time

import numpy as np
import pytest
from helpers import SPEECH_TEXT, wer, write_wav
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from iam_desktop.audio.decode import decode_pcm
from iam_desktop.engines.provider import SingleEngine
from iam_desktop.jobs.runner import JobRunner
from iam_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.slow


@pytest.fixture
def runner(library, engine):
    job_runner = JobRunner(library, SingleEngine(engine))
    yield job_runner
    job_runner.shutdown(timeout=30)


@pytest.fixture
def window(qtbot, library, runner):
    win = MainWindow(library, runner)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def drop_files(target, paths):
    """Drag files onto `target` the way the window system delivers it: drag-enter, then drop."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    pos = QPoint(target.width() // 2, target.height() // 2)
    enter = QDragEnterEvent(  # a QPoint: the QPointF overload exists only from PySide6 6.12
        pos,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted(), "the window refused the drag"
    drop = QDropEvent(
        QPointF(pos),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, drop)
    assert drop.isAccepted(), "the window refused the drop"


def finished_rows(window):
    return [row for row in window.jobs_panel.rows.values() if row.state in ("done", "failed", "cancelled")]


def test_dropped_file_is_transcribed_without_freezing(qtbot, window, library, speech_wav):
    gaps, last = [], [time.monotonic()]

    def beat():
        now = time.monotonic()
        gaps.append(now - last[0])
        last[0] = now

    heartbeat = QTimer(interval=10)
    heartbeat.timeout.connect(beat)
    heartbeat.start()
    drop_files(window.transcript_view.table.viewport(), [speech_wav])  # anywhere on the window
    qtbot.waitUntil(lambda: window.transcript_view.table.rowCount() > 0, timeout=90_000)
    heartbeat.stop()

    assert wer(SPEECH_TEXT, " ".join(window.transcript_view.segment_texts())) <= 0.3
    [row] = window.jobs_panel.rows.values()
    assert row.state == "done" and row.status.text() == "Done"
    assert window.library_panel.model.rowCount() == 1
    assert "speech" in window.library_panel.model.index(0).data()
    assert window.export_action.isEnabled()
    # the GUI thread kept turning while the model worked (a freeze shows as a gap of seconds)
    assert len(gaps) > 20 and max(gaps) < 1.0, f"GUI thread stalled for {max(gaps):.2f} s"


def test_bad_files_show_their_errors_and_good_ones_succeed(
    qtbot, window, library, bad_files, speech_wav, tmp_path
):
    dropped = [bad_files[k][0] for k in ("empty", "random", "text", "header-only")] + [speech_wav]
    drop_files(window, dropped)
    panel = window.jobs_panel
    # the bad files are turned away at once, before any job; the good one becomes a job and finishes
    qtbot.waitUntil(lambda: len(panel.rejected) == 4, timeout=30_000)
    qtbot.waitUntil(lambda: len(finished_rows(window)) == 1, timeout=90_000)
    by_name = {row.name.text(): row for row in panel.rejected.values()}
    for key in ("empty", "random", "text", "header-only"):
        path, reason = bad_files[key]
        row = by_name[path.name]
        assert row.status.text().startswith("Not added: ")
    [done] = finished_rows(window)
    assert done.name.text() == "speech.wav" and done.state == "done"
    assert [r.title for r in library.list_recordings()] == ["speech"]
    panel.clear_finished()
    assert panel.rows == {} and panel.rejected == {}


def test_dropped_folder_is_searched_for_media(qtbot, window, library, speech_wav, tmp_path):
    folder = tmp_path / "interviews"
    (folder / "day one").mkdir(parents=True)
    (folder / "day one" / "part 1.wav").write_bytes(speech_wav.read_bytes())
    (folder / "readme.txt").write_text("not media")
    drop_files(window, [folder])
    qtbot.waitUntil(lambda: len(finished_rows(window)) == 1, timeout=90_000)
    assert [r.title for r in library.list_recordings()] == ["part 1"]


def test_export_from_the_window(qtbot, window, library, speech_wav, tmp_path):
    drop_files(window, [speech_wav])
    qtbot.waitUntil(lambda: window.transcript_view.table.rowCount() > 0, timeout=90_000)
    target = tmp_path / "out.srt"
    window.exports.export_to(str(target), "srt")
    qtbot.waitUntil(target.exists, timeout=10_000)
    timings = re.findall(r"^\d\d:\d\d:\d\d,\d{3} --> \d\d:\d\d:\d\d,\d{3}$", target.read_text(), re.M)
    assert len(timings) == window.transcript_view.table.rowCount()
    qtbot.waitUntil(lambda: "Exported to" in window.statusBar().currentMessage(), timeout=5_000)


def test_cancel_a_running_job(qtbot, window, library, speech_wav, tmp_path):
    speech = decode_pcm(speech_wav).samples
    long_file = write_wav(tmp_path / "long talk.wav", np.concatenate([speech] * 8))
    drop_files(window, [long_file])
    qtbot.waitUntil(
        lambda: any(r.state == "running" for r in window.jobs_panel.rows.values()), timeout=30_000
    )
    qtbot.waitUntil(lambda: library.list_recordings() != [], timeout=30_000)  # imported, now transcribing
    [row] = window.jobs_panel.rows.values()
    qtbot.mouseClick(row.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: row.state == "cancelled", timeout=60_000)
    assert row.status.text() == "Cancelled"
    # the audio was imported before the cancel and stays in the library, without a transcript
    [item] = library.list_recordings()
    assert item.status == "cancelled" and library.get_transcript(item.id) is None


def export_dialog_open(window) -> bool:
    return window.exports.dialog is not None and window.exports.dialog.isVisible()


def test_window_geometry_is_remembered(qtbot, library, runner):
    first = MainWindow(library, runner)
    qtbot.addWidget(first)
    first.show()
    first.resize(700, 480)
    first.main_splitter.setSizes([260, 440])
    qtbot.wait(50)
    first.close()
    second = MainWindow(library, runner)
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (700, 480)
    assert second.main_splitter.sizes()[0] == pytest.approx(260, abs=10)


def test_add_files_search_and_export_through_the_menus(qtbot, window, speech_wav, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(speech_wav)], ""))
    window.add_action.trigger()
    qtbot.waitUntil(lambda: window.transcript_view.table.rowCount() > 0, timeout=90_000)

    # search as you type: the hit names the moment, and picking it selects that segment
    qtbot.keyClicks(window.library_panel.search_box, "COFFEE")
    hits = window.library_panel.hits_model
    qtbot.waitUntil(lambda: hits.rowCount() == 1 and "coffee" in hits.index(0).data().lower(), timeout=5_000)
    window.library_panel.hits.setCurrentIndex(hits.index(0))  # the transcript is read in the background

    def coffee_selected() -> bool:
        selected = window.transcript_view.table.selected_rows()
        return bool(selected) and "coffee" in window.transcript_view.segment_texts()[selected[-1]].lower()

    qtbot.waitUntil(coffee_selected, timeout=5_000)
    window.library_panel.search_box.clear()
    panel = window.library_panel
    qtbot.waitUntil(lambda: panel.stack.currentWidget() is panel.list, timeout=5_000)
    assert "speech" in panel.model.index(0).data()

    # export: the chosen filter decides the format when the name has no suffix
    target = tmp_path / "minutes"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "SubRip subtitles (*.srt)")
    )
    window.export_action.trigger()  # the Export dialog: format, options, then Export…
    qtbot.waitUntil(lambda: export_dialog_open(window), timeout=10_000)
    window.exports.dialog.set_format("srt")
    window.exports.dialog.export_button.click()
    written = tmp_path / "minutes.srt"
    qtbot.waitUntil(written.exists, timeout=10_000)
    assert re.search(r"^00:00:\d\d,\d{3} --> 00:00:\d\d,\d{3}$", written.read_text(), re.M)


def test_cloud_jobs_show_the_cost_before_anything_is_sent(qtbot, window, library, speech_wav, monkeypatch):
    from iam_desktop.ui.import_flow import cloud_cost_box
    from iam_desktop.ui.operations import wait_for_operations

    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-" + "a" * 40)  # a key (the runner's engine is local)
    asked = []
    answer = [False]

    def ask(parent, what, model, seconds, cost) -> bool:
        asked.append(cloud_cost_box(parent, what, model, seconds, cost).text())
        return answer[0]

    monkeypatch.setattr("iam_desktop.ui.import_flow.ask_to_send", ask)
    window.options_bar.engine.setCurrentIndex(window.options_bar.engine.findData("openai"))
    drop_files(window, [speech_wav])
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=10_000)
    assert re.search(r"1 file, 0:\d\d of audio, will be sent to OpenAI \(whisper-1\)", asked[0]), asked
    assert "Estimated cost: <$0.01" in asked[0]
    assert wait_for_operations(5_000)
    assert library.jobs.list_jobs() == []  # declined: nothing queued, nothing sent

    answer[0] = True
    drop_files(window, [speech_wav])
    qtbot.waitUntil(lambda: len(library.jobs.list_jobs()) == 1, timeout=10_000)
    assert library.jobs.list_jobs()[0].engine == "openai"


def test_export_a_pdf_from_the_window(qtbot, window, library, speech_wav, tmp_path, monkeypatch):
    import subprocess

    from PySide6.QtWidgets import QFileDialog

    drop_files(window, [speech_wav])
    qtbot.waitUntil(lambda: window.transcript_view.table.model().rowCount() > 0, timeout=90_000)
    target = tmp_path / "minutes"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF document (*.pdf)"))
    window.export_action.trigger()
    qtbot.waitUntil(lambda: export_dialog_open(window), timeout=10_000)
    window.exports.dialog.set_format("pdf")
    window.exports.dialog.export_button.click()
    written = tmp_path / "minutes.pdf"
    qtbot.waitUntil(written.exists, timeout=20_000)
    text = subprocess.run(["pdftotext", str(written), "-"], capture_output=True, text=True, check=True).stdout
    assert "speech" in text and "library" in text.lower()
