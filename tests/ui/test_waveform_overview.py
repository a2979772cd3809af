"""The waveform overview widget: made off the GUI thread, seek by click and drag, markers, bands, theme."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import numpy as np
import pytest
from helpers import write_wav
from PySide6.QtCore import QPoint, QPointF, Qt, QThreadPool
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox

from iam_desktop.ui import waveform_overview as module
from iam_desktop.ui.theme import Role, palette_for, semantic
from iam_desktop.ui.waveform_overview import HEIGHT, WaveformOverview, speaker_color

RATE = 16000
WIDTH = 600


def quiet_loud_quiet(seconds: float = 2.0) -> np.ndarray:
    n = round(seconds * RATE)
    loud = 0.5 * np.sin(2 * np.pi * 440 * np.arange(n) / RATE)
    return np.concatenate([np.zeros(n), loud, np.zeros(n)]).astype(np.float32)


@pytest.fixture
def wav(tmp_path: Path) -> Path:
    return write_wav(tmp_path / "speech.wav", quiet_loud_quiet())  # 6 s: loud from 2 to 4


@pytest.fixture
def make_overview(qtbot):
    def make(mode: str = "light") -> WaveformOverview:
        view = WaveformOverview()
        view.setPalette(palette_for(mode))  # type: ignore[arg-type]
        view.resize(WIDTH, HEIGHT)
        qtbot.addWidget(view)
        view.show()
        return view

    return make


def shown(qtbot, view: WaveformOverview, path: Path, cache: Path) -> WaveformOverview:
    view.show_audio(lambda: path, cache, 6.0)
    qtbot.waitUntil(lambda: view.overview is not None, timeout=10000)
    return view


def image_of(view: WaveformOverview) -> QImage:
    return view.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def count(
    image: QImage, color: QColor, columns: range, rows: range | None = None, tolerance: int = 24
) -> int:
    """How many pixels in `columns` × `rows` are within `tolerance` of `color` in every channel."""
    rows = rows if rows is not None else range(image.height())
    pixels = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.width(), 4)
    region = pixels[rows.start : rows.stop : rows.step, columns.start : columns.stop : columns.step, 2::-1]
    wanted = np.array(color.getRgb()[:3], np.int16)
    return int((np.abs(region.astype(np.int16) - wanted) <= tolerance).all(axis=-1).sum())


def heights(image: QImage, color: QColor, columns: range) -> list[int]:
    """How many pixels of `color` each of `columns` has (a bar's height, or 1 for silence's flat line)."""
    return [count(image, color, range(x, x + 1)) for x in columns]


def wave_color(view: WaveformOverview, played: bool = False) -> QColor:
    return view._colors()["played" if played else "wave"]


def test_importing_it_does_not_import_pyqtgraph():
    code = "import sys, iam_desktop.ui.waveform_overview; print('pyqtgraph' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_the_envelope_is_computed_off_the_gui_thread(qtbot, make_overview, wav, tmp_path, monkeypatch):
    threads = []
    real = module.load_overview

    def spy(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(module, "load_overview", spy)
    view = make_overview()
    view.show_audio(lambda: wav, tmp_path / "cache", 6.0)
    assert view.overview is None  # not computed in the call
    qtbot.waitUntil(lambda: view.overview is not None, timeout=10000)
    assert threads and threads[0] is not threading.main_thread()
    assert view.duration == pytest.approx(6.0, abs=0.01)

    image = image_of(view)
    grey = wave_color(view)
    assert min(heights(image, grey, range(220, 380, 4))) > 25  # the loud third is tall
    assert max(heights(image, grey, range(20, 180, 4)) + heights(image, grey, range(420, 580, 4))) <= 2
    assert (tmp_path / "cache" / "overview").is_dir()  # and it was cached


def test_a_placeholder_while_computing_and_nothing_once_cleared(qtbot, make_overview, wav, tmp_path):
    gate = threading.Event()
    view = make_overview()
    view.show_audio(lambda: gate.wait(10) and wav, tmp_path / "cache", 6.0)
    baseline = view._colors()["baseline"]
    assert count(image_of(view), baseline, range(0, WIDTH, 10), range(HEIGHT // 2 - 1, HEIGHT // 2 + 2)) > 40
    view.clear()
    gate.set()
    image = image_of(view)
    assert count(image, baseline, range(0, WIDTH, 10)) == 0
    assert count(image, wave_color(view), range(0, WIDTH, 10)) == 0
    assert QThreadPool.globalInstance().waitForDone(10000)
    QApplication.processEvents()  # its (cancelled) outcome is delivered, and ignored
    assert view.overview is None
    assert count(image_of(view), wave_color(view), range(0, WIDTH, 10)) == 0


def test_a_newer_recording_wins(qtbot, make_overview, wav, tmp_path):
    short = write_wav(tmp_path / "short.wav", quiet_loud_quiet(0.5))
    gate = threading.Event()
    view = make_overview()
    view.show_audio(lambda: gate.wait(10) and wav, tmp_path / "cache", 6.0)
    view.show_audio(lambda: short, tmp_path / "cache", 1.5)
    gate.set()
    qtbot.waitUntil(lambda: view.overview is not None, timeout=10000)
    assert view.duration == pytest.approx(1.5, abs=0.01)


def test_bad_audio_leaves_a_flat_line_and_says_why(qtbot, make_overview, tmp_path):
    junk = tmp_path / "junk.mp3"
    junk.write_bytes(np.random.default_rng(2).bytes(5000))
    view = make_overview()
    view.show_audio(lambda: junk, tmp_path / "cache", 6.0)
    qtbot.waitUntil(lambda: bool(view.error), timeout=10000)
    assert view.overview is None
    assert "No waveform" in view.toolTip()
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_a_click_asks_to_seek_there_and_moves_the_playhead(qtbot, make_overview, wav, tmp_path):
    view = shown(qtbot, make_overview(), wav, tmp_path / "cache")
    with qtbot.waitSignal(view.seek_requested) as signal:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(150, HEIGHT // 2))
    assert signal.args[0] == pytest.approx(150 / WIDTH * view.duration, abs=0.02)
    playhead = view._colors()["playhead"]
    image = image_of(view)
    # the playhead is drawn where the click was: the plot's time axis matches the mouse's
    assert count(image, playhead, range(148, 153), range(0, 8)) >= 8
    assert count(image, playhead, range(0, 140), range(0, 8)) == 0
    accent, grey = wave_color(view, played=True), wave_color(view)
    assert max(heights(image, accent, range(0, 146, 5))) <= 2 < min(heights(image, grey, range(220, 380, 5)))
    view.set_position(3.0)  # the wave before the playhead is played: the accent colour
    image = image_of(view)
    assert min(heights(image, accent, range(220, 295, 5))) > 25
    assert max(heights(image, grey, range(220, 295, 5))) == 0
    assert min(heights(image, grey, range(305, 380, 5))) > 25


def test_a_click_seeks_even_before_the_waveform_is_ready(qtbot, make_overview, tmp_path):
    gate = threading.Event()
    view = make_overview()
    view.show_audio(lambda: gate.wait(10) and None, tmp_path / "cache", 60.0)
    with qtbot.waitSignal(view.seek_requested) as signal:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(300, 10))
    assert signal.args[0] == pytest.approx(30.0, abs=0.2)
    gate.set()


def test_a_drag_seeks_along(qtbot, make_overview, wav, tmp_path):
    view = shown(qtbot, make_overview(), wav, tmp_path / "cache")
    seeks: list[float] = []
    view.seek_requested.connect(seeks.append)

    def send(kind, x, buttons):
        button = Qt.MouseButton.LeftButton if kind != QMouseEvent.Type.MouseMove else Qt.MouseButton.NoButton
        at = QPointF(x, 30)
        event = QMouseEvent(kind, at, view.mapToGlobal(at), button, buttons, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(view, event)

    held, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    send(QMouseEvent.Type.MouseButtonPress, 60, held)
    for x in (120, 240, 360):
        send(QMouseEvent.Type.MouseMove, x, held)
    send(QMouseEvent.Type.MouseButtonRelease, 360, none)
    send(QMouseEvent.Type.MouseMove, 500, none)  # after the release: no more seeking
    assert seeks == pytest.approx([0.6, 1.2, 2.4, 3.6], abs=0.02)


def test_markers_and_bands_are_drawn_in_their_colours(qtbot, make_overview, wav, tmp_path):
    for mode in ("light", "dark"):
        view = shown(qtbot, make_overview(mode), wav, tmp_path / "cache")
        palette = view.palette()
        hit, unsure = semantic(Role.MATCH_CURRENT, palette), semantic(Role.UNSURE, palette)
        speaker = speaker_color(1, palette)
        background = palette.color(QPalette.ColorRole.Base)
        speaker_on_background = QColor.fromRgbF(
            *(s * speaker.alphaF() + b * (1 - speaker.alphaF())
              for s, b in zip(speaker.getRgbF()[:3], background.getRgbF()[:3], strict=True))
        )  # fmt: skip
        image = image_of(view)
        assert count(image, hit, range(WIDTH)) == 0
        assert count(image, speaker_on_background, range(WIDTH)) == 0

        view.set_hits([1.0, 5.0])
        view.set_unsure([3.0])
        view.set_speaker_bands([(0.0, 3.0, 0), (3.0, 6.0, 1), (2.0, 2.0, 2)])
        image = image_of(view)
        assert count(image, hit, range(97, 104)) > 10  # at 1 s = 100 px
        assert count(image, hit, range(497, 504)) > 10
        assert count(image, hit, range(110, 490)) == 0
        assert count(image, unsure, range(297, 304), range(0, HEIGHT // 4)) >= 4
        assert count(image, speaker_on_background, range(310, 590), range(HEIGHT - 6, HEIGHT)) > 200
        assert count(image, speaker_on_background, range(10, 290)) == 0  # speaker 0 has another colour

        view.set_hits([])
        view.set_speaker_bands([])
        image = image_of(view)
        assert count(image, hit, range(WIDTH)) == 0
        assert count(image, speaker_on_background, range(WIDTH)) == 0


def test_a_theme_change_repaints_with_the_new_colours(qtbot, make_overview, wav, tmp_path):
    view = shown(qtbot, make_overview("light"), wav, tmp_path / "cache")
    view.set_position(6.0)  # all played: accent
    light_accent = semantic(Role.ACCENT, palette_for("light"))
    dark_accent = semantic(Role.ACCENT, palette_for("dark"))
    assert count(image_of(view), light_accent, range(220, 380)) > 1000
    view.setPalette(palette_for("dark"))
    image = image_of(view)
    assert count(image, light_accent, range(220, 380)) == 0
    assert count(image, dark_accent, range(220, 380)) > 1000
    background = image.pixelColor(50, 5)
    assert background.lightness() < 60  # the dark base
