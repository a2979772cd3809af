"""Render the main window's states to PNG images for review (`make screenshots`; kept out of git).

A demo library is built in a temporary data folder — a dozen recordings over several days, one interview
with a transcript of 25 sentences, words timed — and the real window is shown offscreen in each state:
first start (and its Restore from a backup dialog), a transcript open, a search, Find, files dragged over
the window, Settings (and its Backup page), the jobs list with a file turned away, and recording (the
live view fed with a synthetic level envelope); at 1024×700 and 1600×1000, in the light and the dark
theme. Usage:

    python tools/screenshots.py [--out screenshots] [--sizes 1024x700,1600x1000] [--themes light,dark]
"""

from __future__ import annotations

import argparse
import math
import os
import sqlite3
import sys
import tempfile
import wave
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

import numpy as np

INTERVIEW = [
    "Thanks for making the time today, Dr. Naidoo.",
    "It's a pleasure, and please call me Thandi.",
    "Let's start with the library project: where did the idea come from?",
    "It started in 2019, when we counted 4,200 students sharing a reading room built for 600.",
    "We knew then that the old building could not simply be extended.",
    "So the council asked three architects for proposals, and the one we chose put the stacks underground.",
    "That freed the ground floor for study space, a café and the children's corner.",
    "How long did the construction take in the end?",
    "Twenty-two months, which is about four months longer than planned.",
    "Most of the delay came from the rains in the second winter; the excavation flooded twice.",
    "And the budget?",
    "We finished at R118 million, three percent over the approved amount.",
    "People sometimes forget that the old building stayed open the whole time.",
    "Which services changed for readers once the new one opened?",
    "Opening hours went from nine to five to eight in the morning until ten at night.",
    "We added forty computers, a recording studio and a makerspace with two 3D printers.",
    "The studio is booked out almost every day, mostly by podcasters and students.",
    "What surprised you most after opening day?",
    "Honestly, how many older readers came back.",
    "Many had stopped visiting because of the stairs; now there are lifts everywhere.",
    "What is next for the project?",
    "A second phase in Soweto, with a smaller branch and a mobile library van.",
    "We hope to start building in March next year, if the funding is confirmed.",
    "Thank you, Thandi. Is there anything you would like to add?",
    "Only that the library belongs to everyone who uses it, so come and see it.",
]
TITLES = [
    ("Interview with Thandi Naidoo", 0, "en"),
    ("Team stand-up", 0, "en"),
    ("Lecture 7 — Signals and systems", 1, "en"),
    ("Entrevista com a Ana", 1, "pt"),
    ("Voice memo", 2, "en"),
    ("Besprechung Projekt Nord", 3, "de"),
    ("Podcast draft, episode 12", 4, "en"),
    ("Réunion du conseil", 6, "fr"),
    ("Call with the printer", 9, "en"),
    ("Dictation — chapter 3", 12, "en"),
    ("Seminar notes", 15, "en"),
    ("Clase de historia", 20, "es"),
]


def write_wav(path: Path, seconds: float, seed: int) -> None:
    """Speech-like audio: syllable bursts of a voiced tone with pauses between phrases (mono, 16 kHz)."""
    rate = 16000
    rng = np.random.default_rng(seed)
    t = np.arange(int(seconds * rate)) / rate
    syllables = 0.5 + 0.5 * np.sin(2 * math.pi * 4.0 * t) ** 2
    phrases = (np.sin(2 * math.pi * 0.18 * t + seed) > -0.55).astype(float)
    loudness = np.convolve(
        rng.uniform(0.2, 1.0, t.size // 1600 + 1).repeat(1600)[: t.size], np.ones(800) / 800, "same"
    )
    voice = (
        np.sin(2 * math.pi * 140 * t)
        + 0.4 * np.sin(2 * math.pi * 280 * t)
        + 0.1 * rng.standard_normal(t.size)
    )
    samples = 0.3 * voice * syllables * phrases * loudness
    pcm = (np.clip(samples, -1, 1) * 32767).astype("<i2")
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(pcm.tobytes())


def _probability(segment: int, word: int) -> float:
    """A few words the engine was unsure of, spread over the transcript."""
    return 0.35 if (segment * 7 + word) % 23 == 5 else 0.93


def build_library(root: Path, *, empty: bool = False) -> Path:
    """A demo library in `root` (its data folder); returns it. With `empty`, a first start."""
    from iam_desktop.audio.probe import probe
    from iam_desktop.library.library import Library
    from iam_desktop.paths import data_paths
    from iam_desktop.transcript import Segment, Transcript, Word

    paths = data_paths(root)
    if empty:
        return root
    library = Library.open(paths)
    media = root.parent / f"{root.name}-media"
    media.mkdir(exist_ok=True)
    now = datetime.now(UTC)
    dates: dict[int, datetime] = {}
    try:
        for index, (title, days_ago, language) in enumerate(TITLES):
            seconds = 150.0 if index == 0 else 20.0 + 7 * index
            wav = media / f"demo-{index}.wav"
            write_wav(wav, seconds, index)
            info = probe(wav)
            stored = library.store.import_file(wav, info)
            rid = library.add_recording(
                title=title, duration=info.duration, sample_rate=info.sample_rate, channels=info.channels,
                stored=stored, source_path=str(wav),
            )  # fmt: skip
            dates[rid] = now - timedelta(days=days_ago, hours=index % 5, minutes=7 * index)
            lines = INTERVIEW if index == 0 else INTERVIEW[index % 7 : index % 7 + 6]
            step = info.duration / len(lines)
            segments = []
            for n, text in enumerate(lines):
                start, end = n * step, (n + 1) * step - 0.2
                tokens = text.split()
                w = (end - start) / len(tokens)
                words = tuple(
                    Word(
                        start + i * w,
                        start + (i + 1) * w,
                        f" {token}",
                        0.35 if (n * 7 + i) % 23 == 5 else 0.93,
                    )
                    for i, token in enumerate(tokens)
                )
                segments.append(Segment(start, end, text, words))
            library.save_transcript(
                rid, Transcript(title, info.duration, "local", "base", language, segments)
            )
    finally:
        library.close()
    with sqlite3.connect(paths.database) as db:  # demo data only: spread the recordings over the days
        for rid, when in dates.items():
            db.execute(
                "UPDATE recordings SET created_at = ? WHERE id = ?",
                (when.strftime("%Y-%m-%d %H:%M:%S.%f"), rid),
            )
    return root


def settle(app: object, ms: int = 400) -> None:
    """Let the window's background reads and repaints finish."""
    from PySide6.QtCore import QDeadlineTimer, QEventLoop
    from PySide6.QtWidgets import QApplication

    from iam_desktop.ui.operations import wait_for_operations

    deadline = QDeadlineTimer(ms)
    while not deadline.hasExpired():
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        wait_for_operations(20)
    assert app is not None


def render_states(
    out: Path, sizes: list[tuple[int, int]], themes: list[str], language: str = "en"
) -> list[Path]:
    """Every state × size × theme as `<state>-<theme>-<w>x<h>.png` in `out` (with `-<language>` before
    the size when it is not English); returns the files."""
    from PySide6.QtWidgets import QApplication

    from iam_desktop.settings import Settings
    from iam_desktop.ui.app import start_app
    from iam_desktop.ui.i18n import install_language
    from iam_desktop.ui.style import apply_style
    from iam_desktop.ui.theme import apply_theme

    app = QApplication.instance() or QApplication(sys.argv)
    apply_style(app)
    install_language(language)
    suffix = "" if language == "en" else f"-{language}"
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    work = Path(tempfile.mkdtemp(prefix="iam-shots-"))
    libraries = {"empty": build_library(work / "empty", empty=True), "demo": build_library(work / "demo")}
    for theme in themes:
        apply_theme(app, theme)  # type: ignore[arg-type]
        for width, height in sizes:
            for library_name, states in (("empty", FIRST_START_STATES), ("demo", DEMO_STATES)):
                from iam_desktop.paths import data_paths

                running = start_app(data_paths(libraries[library_name]), Settings(theme=theme))  # type: ignore[arg-type]
                window = running.window
                window.resize(width, height)
                settle(app, 800)
                try:
                    for name, arrange in states:
                        arrange(window)
                        settle(app)
                        target = out / f"{name}-{theme}{suffix}-{width}x{height}.png"
                        grab(window).save(str(target))
                        written.append(target)
                finally:
                    _close_dialogs()
                    settle(app, 500)  # background reads (state, keyring over D-Bus) end before the close
                    running.close()
                    settle(app, 200)
    return written


def _close_dialogs() -> None:
    """Close the dialogs a state opened (they would show in the next window's images)."""
    from PySide6.QtWidgets import QApplication, QDialog

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()


def grab(window: object) -> object:
    """The window with its open popups and dialogs composed on top (an offscreen grab shows only one
    widget at a time)."""
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QApplication, QWidget

    assert isinstance(window, QWidget)
    image = window.grab()
    painter = QPainter(image)
    for top in QApplication.topLevelWidgets():
        if top is window or not top.isVisible() or top.windowType().name == "ToolTip":
            continue
        if top.parentWidget() is None or top.window() is window:
            continue
        offset = window.mapFromGlobal(top.mapToGlobal(top.rect().topLeft()))
        painter.drawPixmap(offset, top.grab())
    painter.end()
    return image


# --- the states --------------------------------------------------------------------------------------


def _first_start(window: object) -> None:
    pass


def _open_interview(window: object) -> None:
    window.library_panel.search_box.clear()  # type: ignore[attr-defined]
    settle(None or window, 300)
    window.library_panel.select_recording(1)  # type: ignore[attr-defined]
    window.show_recording(1, 0.0)  # type: ignore[attr-defined]
    settle(window, 1200)
    window.transcript_view.cue(52.0)  # type: ignore[attr-defined]


def _search(window: object) -> None:
    window.library_panel.search_box.setText("library")  # type: ignore[attr-defined]
    settle(window, 900)


def _find(window: object) -> None:
    _open_interview(window)
    view = window.transcript_view  # type: ignore[attr-defined]
    view.find_action.trigger()
    view.find_bar.find_edit.setText("the")
    settle(window, 300)


def _recording(window: object) -> None:
    from iam_desktop.recording.levels import LevelSnapshot
    from iam_desktop.recording.recorder import RecorderStatus
    from iam_desktop.ui.recording_controller import RECORDING

    panel = window.record_panel  # type: ignore[attr-defined]
    rate = 50
    t = np.arange(rate * 10) / rate
    envelope = (0.15 + 0.6 * np.abs(np.sin(t * 2.1)) * (np.sin(t * 0.7) > -0.4)).astype(np.float32)
    snapshot = LevelSnapshot(-envelope, envelope, rate, 10.0, -9.0, -18.0, False, 0)
    status = RecorderStatus("recording", 16000 * 74, 16000, 1, 2_400_000, 0, None, None)
    controller = panel.controller
    controller.status = lambda: status
    controller.levels = lambda: snapshot
    panel._state_changed(RECORDING)
    panel.draw_frame()
    panel.frame_timer.stop()


def _jobs(window: object) -> None:
    """A file turned away when added (an empty "interview.mp3"), and the jobs list opened from the
    status bar's indicator."""
    folder = Path(tempfile.mkdtemp(prefix="iam-shots-bad-"))
    bad = folder / "interview.mp3"
    bad.write_bytes(b"")
    window.add_paths([str(bad)])  # type: ignore[attr-defined]
    settle(window, 800)
    window.open_jobs()  # type: ignore[attr-defined]
    settle(window, 300)


def _close_jobs(window: object) -> None:
    popover = window.jobs.indicator.popover  # type: ignore[attr-defined]
    popover.hide()


def _drop(window: object) -> None:
    window.drop_overlay.show_highlight()  # type: ignore[attr-defined]


def _undrop(window: object) -> None:
    window.drop_overlay.hide()  # type: ignore[attr-defined]


def _settings(window: object) -> None:
    window.open_settings()  # type: ignore[attr-defined]
    settle(window, 500)


def _close_settings(window: object) -> None:
    dialog = window.settings_dialog  # type: ignore[attr-defined]
    if dialog is not None:
        dialog.reject()


def _settings_backup(window: object) -> None:
    """Settings on its Backup page (once the dialog has one)."""
    dialog = window.settings_dialog  # type: ignore[attr-defined]
    if dialog is not None and "Backup" in dialog.page_names():
        dialog.show_page("Backup")
        settle(window, 300)


def _settings_subscription(window: object) -> None:
    """Settings on its Subscription page: the plan, the three plans, this month's cloud minutes."""
    dialog = window.settings_dialog  # type: ignore[attr-defined]
    if dialog is not None and "Subscription" in dialog.page_names():
        dialog.show_page("Subscription")
        settle(window, 600)


def _first_start_restore(window: object) -> None:
    """Restore from a backup on a fresh install: the dialog asking where the backup is."""
    from iam_desktop.ui.restore_dialog import RestoreDialog

    dialog = RestoreDialog(window.data_paths, parent=window, hand_over=True)  # type: ignore[attr-defined]
    dialog.open()
    settle(window, 300)


FIRST_START_STATES: list[tuple[str, Callable[[object], None]]] = [
    ("first-start", _first_start),
    ("first-start-restore", _first_start_restore),
]
DEMO_STATES: list[tuple[str, Callable[[object], None]]] = [
    ("transcript", _open_interview),
    ("search", _search),
    ("find", _find),
    ("drop", _drop),
    ("settings", lambda w: (_undrop(w), _settings(w))),
    ("settings-backup", _settings_backup),
    ("settings-subscription", _settings_subscription),
    ("jobs", lambda w: (_close_settings(w), _jobs(w))),
    ("recording", lambda w: (_close_jobs(w), _recording(w))),
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("screenshots"))
    parser.add_argument("--sizes", default="1024x700,1600x1000")
    parser.add_argument("--themes", default="light,dark")
    parser.add_argument("--lang", default="en", help="the window's language (en, af, zu, de, fr, es, pt)")
    args = parser.parse_args(argv)
    sizes = [tuple(int(n) for n in size.split("x")) for size in args.sizes.split(",")]
    written = render_states(args.out, sizes, args.themes.split(","), args.lang)  # type: ignore[arg-type]
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
