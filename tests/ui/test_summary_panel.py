"""The window's Summary tab with real widgets (offscreen), a real library holding a real transcript with its
audio, the real offline summariser, and OpenAI played by the local chat-completions server: a summary
made offline and listed, one streamed from the cloud and cancelled, chapters that seek the player and the
transcript, editing, the out-of-date badge, copying and exporting, and what the tab says when it cannot
summarise."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from helpers import write_wav
from keyring.backends import fail
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from iam_desktop.audio.probe import probe
from iam_desktop.engines.provider import SingleEngine
from iam_desktop.jobs.runner import JobRunner
from iam_desktop.secrets import SecretStore
from iam_desktop.settings import Settings
from iam_desktop.summaries.model import CHAPTERS, KEY_POINTS, OFFLINE, Chapter, Summary
from iam_desktop.transcript import Segment, Transcript, Word
from iam_desktop.ui.accessibility import recent_announcements
from iam_desktop.ui.changes import Change, Kind
from iam_desktop.ui.main_window import MainWindow

#: a council meeting on three topics (the budget and the loan, the building, the opening day)
TOPICS = [
    [
        "Good morning everyone, welcome to the council meeting about the new library.",
        "The first item on the agenda is the budget and the loan from the bank.",
        "The budget for this year is twelve million rand, two million more than last year.",
        "The bank offered us a loan of five million rand at nine percent interest.",
        "Sipho thinks the interest on the loan is too high for a public library.",
        "The treasurer says the loan must be repaid within ten years.",
        "We could lower the loan if the province pays part of the budget.",
        "Thandi will ask the province about a grant for the budget by Friday.",
        "The loan agreement needs the signature of the mayor before the end of the month.",
        "So the budget stays at twelve million and the loan at five million for now.",
    ],
    [
        "The second item is the construction of the building itself.",
        "The architects finished the drawings of the building in March.",
        "The builders found water under the site when they dug the foundations.",
        "Pumping the water out of the foundations delayed the builders by six weeks.",
        "The roof of the building will be made of steel and glass.",
        "The builders expect to finish the roof before the winter rains.",
        "Lerato will visit the site with the architects next Tuesday.",
        "The lifts and the stairs of the building must be safe for older readers.",
        "The building inspector approved the plans for the lifts last week.",
        "The builders promised to hand over the building in November.",
    ],
    [
        "The last item is the opening day and the volunteers.",
        "Forty volunteers have signed up to help readers on the opening day.",
        "The volunteers will guide visitors and read stories to the children.",
        "A choir from the primary school will sing at the opening ceremony.",
        "The mayor agreed to cut the ribbon at ten in the morning.",
        "We need tea, sandwiches and chairs for about three hundred guests.",
        "Pieter will print the invitations and posters for the opening day.",
        "The local radio station will broadcast the opening ceremony live.",
        "Children who join the library on the opening day get a free book bag.",
        "Thank you all, the next meeting is in two weeks.",
    ],
]
SPEAKERS = ("Pieter", "Thandi", "Lerato")


def meeting_segments() -> list[Segment]:
    """The meeting spoken at 2.5 words a second, words timed, speakers taking turns."""
    segments, at = [], 0.0
    for t, topic in enumerate(TOPICS):
        for n, line in enumerate(topic):
            tokens = line.split()
            end = at + len(tokens) / 2.5
            step = (end - at) / len(tokens)
            words = tuple(
                Word(at + i * step, at + (i + 1) * step, f" {w}", 0.9) for i, w in enumerate(tokens)
            )
            segments.append(Segment(round(at, 2), round(end, 2), line, words, SPEAKERS[(t + n) % 3]))
            at = end + 0.6
    return segments


class _NoEngine:
    """The window needs a job runner; nothing is transcribed in these tests."""

    name = model_name = "none"


def add_meeting(library, tmp_path: Path, *, transcript: bool = True) -> int:
    """A recording with real audio (a quiet tone as long as the meeting) and, with `transcript`, the
    meeting's transcript."""
    segments = meeting_segments()
    seconds = segments[-1].end + 1.0
    t = np.arange(int(seconds * 16000)) / 16000
    wav = write_wav(
        tmp_path / f"meeting-{len(library.list_recordings())}.wav", 0.1 * np.sin(2 * np.pi * 220 * t)
    )
    info = probe(wav)
    rid = library.add_recording(
        title="Council meeting", duration=info.duration, sample_rate=info.sample_rate, channels=info.channels,
        stored=library.store.import_file(wav, info), source_path=str(wav),
    )  # fmt: skip
    if transcript:
        library.save_transcript(
            rid, Transcript("Council meeting", info.duration, "local", "base", "en", segments)
        )
    return rid


@pytest.fixture
def window(qtbot, library):
    runner = JobRunner(library, SingleEngine(_NoEngine()))
    win = MainWindow(library, runner, settings=Settings(), secrets=SecretStore(fail.Keyring()))
    qtbot.addWidget(win)
    win.resize(1100, 720)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    runner.shutdown(timeout=30)


def open_summary_tab(qtbot, window, rid: int):
    window.show_recording(rid, 0.0)
    qtbot.waitUntil(lambda: window.transcript_view.recording_id == rid, timeout=10_000)
    window.document_tabs.setCurrentWidget(window.summary_panel)
    panel = window.summary_panel
    qtbot.waitUntil(lambda: panel.segments is not None and panel.has_key is not None, timeout=10_000)
    return panel


def as_shown(text: str) -> str:
    """A summary's text as the page holds it: its lines without blank ones, and without their bullets
    ("- ") where they make a list."""
    return "\n".join(line.strip()[2:] if line.strip().startswith("- ") else line.strip()
                     for line in text.splitlines() if line.strip())  # fmt: skip


def generate(qtbot, panel, preset: str) -> Summary:
    before = len(panel.summaries)
    panel.preset.setCurrentIndex(panel.preset.findData(preset))
    qtbot.mouseClick(panel.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.run is None and len(panel.summaries) == before + 1, timeout=20_000)
    assert panel.shown is not None
    return panel.shown


def test_without_a_key_an_offline_summary_is_made_shown_and_listed(qtbot, window, library, tmp_path):
    rid = add_meeting(library, tmp_path)
    panel = open_summary_tab(qtbot, window, rid)
    assert panel.has_key is False
    assert panel.engine.currentData() == "offline"
    assert panel.note.text() == "No OpenAI key: an offline summary (sentences from the transcript)"
    assert panel.add_key_button.isVisible()
    assert not panel.engine.model().item(0).isEnabled()  # (OpenAI cannot be chosen without a key)
    assert panel.generate_button.isEnabled() and panel.history.count() == 0

    summary = generate(qtbot, panel, KEY_POINTS)

    [stored] = library.summaries.list(rid)
    assert stored.id == summary.id and stored.engine == OFFLINE and stored.preset == KEY_POINTS
    assert stored.text.startswith("- [")
    shown = panel.text.toPlainText()
    assert shown == as_shown(stored.text) and shown.startswith("[")  # (a list: its bullets drawn, not typed)
    sentences = {line.split("] ", 1)[1] for line in shown.splitlines()}
    assert sentences <= {line for topic in TOPICS for line in topic}  # taken from the transcript
    assert panel.history.count() == 1
    first, second = panel.history.item(0).text().split("\n")
    assert first == "Key points" and second.startswith("Offline · Today ")
    assert panel.heading.text() == "Key points · Offline summary"
    assert panel.heading.toolTip().startswith("Key points · Offline summary · Today ")
    assert not panel.stale_badge.isVisible()
    assert "Key points ready" in recent_announcements
    assert panel.copy_button.isEnabled() and panel.delete_button.isEnabled()

    # a second one goes on top of the history, and choosing the first shows it again
    generate(qtbot, panel, "action-items")
    assert panel.history.count() == 2 and panel.history.item(0).text().startswith("Action items")
    assert "Thandi will ask the province" in panel.text.toPlainText()
    panel.history.setCurrentRow(1)
    assert panel.text.toPlainText() == as_shown(stored.text)


def test_chapters_seek_the_player_and_the_transcript(qtbot, window, library, tmp_path):
    rid = add_meeting(library, tmp_path)
    panel = open_summary_tab(qtbot, window, rid)
    qtbot.waitUntil(lambda: window.transcript_view.playback.ready, timeout=10_000)
    summary = generate(qtbot, panel, CHAPTERS)
    assert len(summary.chapters) >= 2
    assert panel.chapters.isVisible() and not panel.text.isVisible()  # (the list is the page)
    lines = [panel.chapters.item(n).text() for n in range(panel.chapters.count())]
    assert lines[0].startswith("[0:00] ")
    last = summary.chapters[-1]
    assert lines[-1] == f"[{int(last.start // 60)}:{int(last.start % 60):02d}] {last.title}"

    item = panel.chapters.item(panel.chapters.count() - 1)
    rect = panel.chapters.visualItemRect(item)
    qtbot.mouseClick(panel.chapters.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    view = window.transcript_view
    assert window.document_tabs.currentWidget() is view
    assert view.playback.position == pytest.approx(last.start, abs=0.05)
    [row] = view.table.selected_rows()
    assert view.model.segment(row).start == pytest.approx(last.start, abs=0.01)
    assert window.focusWidget() is view.table

    # by keyboard: back to the summary, the first chapter, Enter
    window.document_tabs.setCurrentWidget(panel)
    panel.chapters.setFocus()
    panel.chapters.setCurrentRow(0)
    QTest.keyClick(panel.chapters, Qt.Key.Key_Return)
    assert window.document_tabs.currentWidget() is view
    assert view.playback.position == pytest.approx(0.0, abs=0.05)


def test_a_moment_in_the_text_is_a_link_that_seeks(qtbot, window, library, tmp_path):
    rid = add_meeting(library, tmp_path)
    panel = open_summary_tab(qtbot, window, rid)
    summary = generate(qtbot, panel, KEY_POINTS)
    seconds = []
    panel.seek_requested.connect(seconds.append)
    anchor = panel.text.document().toHtml().split('href="seek:', 1)[1].split('"', 1)[0]
    first = summary.text.splitlines()[0]
    minutes, secs = first[3:].split("]", 1)[0].split(":")
    assert float(anchor) == int(minutes) * 60 + int(secs)
    cursor = panel.text.cursorForPosition(QPoint(0, 0))
    cursor.setPosition(3)
    where = panel.text.cursorRect(cursor).center()
    qtbot.mouseClick(panel.text.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert seconds == [float(anchor)]
    assert window.document_tabs.currentWidget() is window.transcript_view


def test_an_edit_is_saved_and_kept(qtbot, window, library, tmp_path):
    rid = add_meeting(library, tmp_path)
    panel = open_summary_tab(qtbot, window, rid)
    summary = generate(qtbot, panel, "summary")
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    assert panel.editing and not panel.text.isReadOnly() and panel.save_button.isVisible()
    assert not panel.generate_button.isEnabled()
    panel.text.selectAll()
    QTest.keyClicks(panel.text, "The council kept the budget and the loan.")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert not panel.editing
    qtbot.waitUntil(lambda: library.summaries.get(summary.id).edited, timeout=10_000)
    assert library.summaries.get(summary.id).text == "The council kept the budget and the loan."
    qtbot.waitUntil(lambda: panel.history.item(0).text().startswith("Summary · Edited\n"), timeout=10_000)
    assert panel.text.toPlainText() == "The council kept the budget and the loan."

    # Discard leaves the stored text alone
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    panel.text.selectAll()
    QTest.keyClicks(panel.text, "Nothing")
    qtbot.mouseClick(panel.discard_button, Qt.MouseButton.LeftButton)
    assert panel.text.toPlainText() == "The council kept the budget and the loan."
    assert library.summaries.get(summary.id).text == "The council kept the budget and the loan."


def test_a_summary_out_of_date_shows_its_badge(qtbot, window, library, tmp_path):
    rid = add_meeting(library, tmp_path)
    panel = open_summary_tab(qtbot, window, rid)
    generate(qtbot, panel, KEY_POINTS)
    assert not panel.stale_badge.isVisible()
    assert library.summaries.mark_stale(rid) == 1
    window.changes.publish(Change.of(Kind.TRANSCRIPT, ids=[rid]))  # (what a new transcript publishes)
    qtbot.waitUntil(lambda: panel.stale_badge.isVisible(), timeout=10_000)
    assert panel.stale_badge.text() == "Out of date"
    assert panel.history.item(0).text().split("\n")[0] == "Key points · Out of date"


def test_a_summary_stored_elsewhere_appears_when_the_tab_is_shown(qtbot, window, library, tmp_path):
    rid = add_meeting(library, tmp_path)
    panel = open_summary_tab(qtbot, window, rid)
    window.document_tabs.setCurrentWidget(window.transcript_view)
    chapters = (Chapter(0.0, "Budget"), Chapter(60.8, "Building"))
    text = "[0:00] Budget\n[1:00] Building"
    library.summaries.add(rid, Summary(CHAPTERS, OFFLINE, text, chapters=chapters))
    window.document_tabs.setCurrentWidget(panel)  # (the command line publishes nothing: read on showing)
    qtbot.waitUntil(lambda: panel.history.count() == 1, timeout=10_000)
    assert [panel.chapters.item(n).text() for n in range(2)] == ["[0:00] Budget", "[1:00] Building"]


def test_without_a_transcript_generate_is_disabled_and_says_why(qtbot, window, library, tmp_path):
    rid = add_meeting(library, tmp_path, transcript=False)
    window.show_recording(rid, 0.0)
    window.document_tabs.setCurrentWidget(window.summary_panel)
    panel = window.summary_panel
    qtbot.waitUntil(
        lambda: panel.has_key is not None and panel.header.text() == "Council meeting", timeout=10_000
    )
    assert not panel.generate_button.isEnabled()
    assert panel.note.text() == "Not transcribed yet: a summary needs the transcript."
    assert panel.generate_button.toolTip() == panel.note.text()
    panel.generate()  # (nothing happens, not even by a shortcut)
    assert panel.run is None and library.summaries.list(rid) == []


def test_nothing_open_says_so(qtbot, library):
    from iam_desktop.ui.changes import ChangeBus
    from iam_desktop.ui.summary_panel import SummaryPanel

    panel = SummaryPanel(library, ChangeBus())
    qtbot.addWidget(panel)
    panel.show()
    assert panel.empty.isVisible() and not panel.generate_button.isVisible()
    assert panel.empty.text() == "Open a recording to summarise it."


def test_copy_save_export_and_delete(qtbot, window, library, tmp_path):
    rid = add_meeting(library, tmp_path)
    panel = open_summary_tab(qtbot, window, rid)
    summary = generate(qtbot, panel, KEY_POINTS)
    qtbot.mouseClick(panel.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == summary.text
    assert panel.message.text() == "Summary copied."

    target = tmp_path / "key points.txt"
    panel.save_to(str(target))
    qtbot.waitUntil(lambda: target.exists() and panel.message.text().startswith("Saved to"), timeout=10_000)
    assert target.read_text(encoding="utf-8") == summary.text + "\n"

    exported = tmp_path / "meeting.txt"
    panel.export_to(str(exported), "txt")
    qtbot.waitUntil(lambda: panel.message.text().startswith("Exported to"), timeout=10_000)
    text = exported.read_text(encoding="utf-8")
    assert text.index(summary.text.splitlines()[0]) < text.index("Transcript") < text.index("Good morning")

    panel.ask_delete()
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    assert "Key points" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: library.summaries.list(rid) == [], timeout=10_000)
    qtbot.waitUntil(lambda: panel.history.count() == 0 and panel.shown is None, timeout=10_000)
    assert panel.message.text() == "Summary deleted."
    assert not panel.copy_button.isVisible()


def test_the_summary_tab_is_reached_and_used_by_keyboard(qtbot, window, library, tmp_path):
    rid = add_meeting(library, tmp_path)
    panel = open_summary_tab(qtbot, window, rid)
    names = {w: w.accessibleName() for w in (panel.preset, panel.engine, panel.instruction, panel.history,
                                              panel.chapters, panel.text)}  # fmt: skip
    assert list(names.values()) == ["Make", "Engine", "Instruction", "Summaries of this recording",
                                    "Chapters", "Summary text"]  # fmt: skip
    assert window.document_tabs.tabBar().accessibleName() == "Transcript or summary"
    panel.preset.setFocus()
    chain = [panel.preset]
    for _ in range(4):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        chain.append(QApplication.focusWidget())
    assert chain == [
        panel.preset,
        panel.engine,
        panel.generate_button,
        panel.instruction,
        panel.add_key_button,
    ]
    # Enter in the instruction makes the summary; its words favour the sentences about them
    QTest.keyClicks(panel.instruction, "volunteers")
    QTest.keyClick(panel.instruction, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.run is None and len(panel.summaries) == 1, timeout=20_000)
    assert panel.summaries[0].instruction == "volunteers"
    assert "volunteers" in panel.text.toPlainText()


# --- the cloud (the local chat-completions server) ------------------------------------------------

KEY = "sk-test-summary-panel-0123456789"


@pytest.fixture
def cloud(window, monkeypatch):
    """OpenAI played by the local server: the key in the environment, the server's address in the
    settings."""
    from dataclasses import replace

    from fakes.chat_server import FakeChat

    with FakeChat(api_key=KEY) as server:
        monkeypatch.setenv("OPENAI_API_KEY", KEY)
        window.settings = replace(window.settings, openai_base_url=server.base_url)
        yield server


def test_a_cloud_summary_streams_into_the_page_with_its_cost_said_first(
    qtbot, window, library, tmp_path, cloud
):
    cloud.chunk_delay = 0.05
    rid = add_meeting(library, tmp_path)
    panel = open_summary_tab(qtbot, window, rid)
    assert panel.has_key is True and panel.engine.currentData() == "openai"
    assert panel.engine.currentText() == "OpenAI (gpt-4o-mini)"
    qtbot.waitUntil(lambda: panel.note.text().endswith("with gpt-4o-mini"), timeout=10_000)
    assert panel.note.text() == "Less than $0.001 with gpt-4o-mini"  # (a short meeting)
    assert cloud.requests == []  # nothing is sent before Generate
    lengths: list[int] = []
    panel.text.textChanged.connect(
        lambda: lengths.append(len(panel.text.toPlainText())) if panel.run is not None else None
    )  # (while it streams)

    panel.preset.setCurrentIndex(panel.preset.findData(KEY_POINTS))
    qtbot.mouseClick(panel.generate_button, Qt.MouseButton.LeftButton)
    assert panel.cancel_button.isVisible() and not panel.generate_button.isEnabled()
    assert panel.heading.text() == "Making: Key points…"
    qtbot.waitUntil(lambda: panel.run is None, timeout=20_000)

    [request] = cloud.requests
    assert request.stream and request.body["model"] == "gpt-4o-mini" and request.chunks_sent >= 5
    growing = [n for n in lengths if n > 0]
    assert len(set(growing)) >= 5 and growing == sorted(growing)  # the page grew as the answer came
    [stored] = library.summaries.list(rid)
    assert stored.engine == "openai" and stored.model == "gpt-4o-mini" and stored.text == request.answer
    assert panel.text.toPlainText() == as_shown(stored.text)
    assert panel.history.item(0).text().split("\n")[1].startswith("gpt-4o-mini · Today ")
    assert not panel.cancel_button.isVisible() and panel.generate_button.isEnabled()


def test_cancel_stops_the_cloud_summary_and_stores_nothing(qtbot, window, library, tmp_path, cloud):
    cloud.chunk_delay = 0.5
    rid = add_meeting(library, tmp_path)
    panel = open_summary_tab(qtbot, window, rid)
    qtbot.mouseClick(panel.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.text.toPlainText() != "", timeout=10_000)
    qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.run is None, timeout=5_000)
    assert panel.message.text() == "Cancelled: no summary was stored."
    assert library.summaries.list(rid) == [] and panel.history.count() == 0
    [request] = cloud.requests
    assert cloud.wait_until(lambda: request.ended is not None, timeout=2.0)
    assert request.hung_up and request.chunks_sent < len(request.answer.split()) // cloud.words_per_chunk
    assert panel.generate_button.isEnabled() and not panel.cancel_button.isVisible()


def test_a_stream_cut_off_starts_the_page_again(qtbot, window, library, tmp_path, cloud):
    from fakes.chat_server import StreamCut

    cloud.fail_next(StreamCut(after=3))
    rid = add_meeting(library, tmp_path)
    panel = open_summary_tab(qtbot, window, rid)
    summary = generate(qtbot, panel, "summary")
    assert len(cloud.requests) == 2
    assert summary.text == cloud.requests[-1].answer  # (not the cut text twice)
    assert panel.text.toPlainText() == as_shown(summary.text)


def test_a_refusal_is_said_plainly_in_the_panel(qtbot, window, library, tmp_path, cloud):
    cloud.api_key = "sk-another-key-the-server-expects"
    rid = add_meeting(library, tmp_path)
    panel = open_summary_tab(qtbot, window, rid)
    qtbot.mouseClick(panel.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.run is None, timeout=20_000)
    assert panel.message.text().startswith("OpenAI refused the API key (401)")
    assert KEY not in panel.message.text()
    assert panel.message.text_color() != panel.note.text_color()  # (in the error colour)
    assert library.summaries.list(rid) == [] and panel.generate_button.isEnabled()
    assert panel.message.text() in recent_announcements


def test_an_unreachable_server_gives_an_offline_summary_and_says_so(qtbot, window, library, tmp_path, cloud):
    cloud.stop()
    rid = add_meeting(library, tmp_path)
    panel = open_summary_tab(qtbot, window, rid)
    summary = generate(qtbot, panel, KEY_POINTS)
    assert summary.engine == OFFLINE
    assert panel.message.text() == "OpenAI could not be reached: this is an offline summary."


def test_a_summary_goes_on_for_its_recording_while_another_is_shown(qtbot, window, library, tmp_path, cloud):
    cloud.chunk_delay = 0.1
    first, second = add_meeting(library, tmp_path), add_meeting(library, tmp_path)
    panel = open_summary_tab(qtbot, window, first)
    qtbot.mouseClick(panel.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.text.toPlainText() != "", timeout=10_000)
    window.show_recording(second, 0.0)
    qtbot.waitUntil(
        lambda: panel.recording_id == second and panel.generate_button.isEnabled(), timeout=10_000
    )
    assert panel.text.toPlainText() == "" and panel.run is None
    qtbot.waitUntil(lambda: len(library.summaries.list(first)) == 1, timeout=20_000)
    qtbot.wait(200)  # (what is left of its stream would have arrived by now)
    assert library.summaries.list(second) == [] and panel.history.count() == 0
    assert panel.text.toPlainText() == ""
    window.show_recording(first, 0.0)
    qtbot.waitUntil(lambda: panel.history.count() == 1, timeout=10_000)
    assert panel.text.toPlainText() == as_shown(library.summaries.list(first)[0].text)
