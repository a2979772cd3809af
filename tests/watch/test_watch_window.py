"""Watch folders in the window with real widgets on a real library: the Settings page adds, edits and
removes folders in the library, and the open window transcribes a file copied into a watched folder
(real model) and exports it next to the file."""

from __future__ import annotations

import pytest
from helpers import SPEECH_TEXT, wer
from keyring.backends import fail
from slow_copy import SlowCopy

from iam_desktop.engines.provider import SingleEngine
from iam_desktop.jobs.runner import JobRunner
from iam_desktop.secrets import SecretStore
from iam_desktop.settings import Settings
from iam_desktop.ui.main_window import MainWindow
from iam_desktop.ui.settings_dialog import SettingsDialog
from iam_desktop.ui.watch_folders_page import NEXT_TO_FILE, WatchFoldersPage
from iam_desktop.watch import watch_folder


def rows(page: WatchFoldersPage) -> list[list[str]]:
    table = page.table
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


@pytest.fixture
def page(qtbot, library):
    widget = WatchFoldersPage(library.watch)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.message.text() == "No folder is watched.", timeout=5_000)
    return widget


def test_the_page_adds_edits_and_removes_watched_folders(qtbot, library, page, watched, tmp_path):
    page.format_boxes["srt"].setChecked(True)  # options for the next folder added
    page.add_folder(str(watched))
    qtbot.waitUntil(lambda: rows(page) == [[str(watched), "srt", NEXT_TO_FILE]], timeout=5_000)
    assert library.watch.folders() == [watch_folder(watched, "srt")]
    assert page.selected_folder().path == str(watched) and page.remove_button.isEnabled()

    page.format_boxes["txt"].setChecked(True)  # changes the selected folder
    qtbot.waitUntil(lambda: library.watch.folders()[0].export_formats == ("txt", "srt"), timeout=5_000)
    qtbot.waitUntil(lambda: page.add_button.isEnabled(), timeout=5_000)
    page.set_export_dir(str(tmp_path))
    qtbot.waitUntil(lambda: library.watch.folders()[0].export_dir == str(tmp_path), timeout=5_000)
    qtbot.waitUntil(lambda: rows(page) == [[str(watched), "txt, srt", str(tmp_path)]], timeout=5_000)

    page.add_folder(str(tmp_path / "nowhere"))  # refused in plain words
    qtbot.waitUntil(lambda: "folder does not exist" in page.message.text(), timeout=5_000)
    assert len(library.watch.folders()) == 1

    page.table.selectRow(0)
    page.remove_selected()
    qtbot.waitUntil(lambda: rows(page) == [], timeout=5_000)
    assert library.watch.folders() == [] and page.message.text().endswith("No folder is watched.")


def test_the_settings_dialog_shows_the_page(qtbot, library, watched):
    library.watch.add_folder(watch_folder(watched, "vtt"))
    dialog = SettingsDialog(Settings(), SecretStore(fail.Keyring()), watch=library.watch)
    qtbot.addWidget(dialog)
    assert dialog.page("Watch folders") is dialog.watch_page
    qtbot.waitUntil(lambda: rows(dialog.watch_page) == [[str(watched), "vtt", NEXT_TO_FILE]], timeout=5_000)


@pytest.mark.slow
def test_the_open_window_transcribes_a_file_copied_into_a_watched_folder(qtbot, library, engine, watched,
                                                                         speech_wav):  # fmt: skip
    library.watch.add_folder(watch_folder(watched, "srt"))
    runner = JobRunner(library, SingleEngine(engine), adopt_orphans=True, role="gui")  # as the app's
    window = MainWindow(library, runner)
    qtbot.addWidget(window)
    window.show()
    runner.start()
    try:
        reports = []
        window.watch.scanned.connect(reports.append)
        SlowCopy(speech_wav, watched / "meeting.wav", pieces=4, pause=0.5).start()
        srt = watched / "meeting.srt"
        status = window.statusBar()
        qtbot.waitUntil(lambda: "meeting.wav transcribed and exported (srt)" in status.currentMessage(),
                        timeout=120_000)  # fmt: skip
        assert wer(SPEECH_TEXT, " ".join(
            line for line in srt.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.isdigit() and "-->" not in line
        )) <= 0.35  # fmt: skip
        [job] = library.jobs.list_jobs()
        assert job.status == "done" and job.source_path == str(watched / "meeting.wav")
        assert window.jobs_panel.rows[job.id].state == "done"  # the jobs panel showed it
        assert sum(len(report.queued) for report in reports) == 1
        assert len(library.list_recordings()) == 1
    finally:
        window.close()
        runner.shutdown(timeout=30)
