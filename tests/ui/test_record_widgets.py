"""The live recording widgets: the scrolling waveform (pyqtgraph) and the dBFS level meter."""

from __future__ import annotations

import math
import time

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPalette, QWheelEvent
from PySide6.QtWidgets import QApplication

from iam_desktop.recording.levels import FLOOR_DBFS, LevelTracker
from iam_desktop.ui.accessibility import recent_announcements
from iam_desktop.ui.level_meter import LevelMeter
from iam_desktop.ui.waveform_view import WaveformView

RATE = 48_000
BLOCK = 4800  # 0.1 s: exactly 44 periods of 440 Hz, so one block repeats seamlessly


def sine_block(amplitude: float = 0.5, frames: int = BLOCK, freq: float = 440.0) -> np.ndarray:
    t = np.arange(frames) / RATE
    return (amplitude * np.sin(2 * np.pi * freq * t)).astype(np.float32)


def fed_tracker(seconds: float, amplitude: float = 0.5) -> LevelTracker:
    tracker = LevelTracker(RATE)
    block = sine_block(amplitude)
    for _ in range(round(seconds * RATE / BLOCK)):
        tracker.feed(block)
    return tracker


def make_view(qtbot, **kwargs) -> WaveformView:
    view = WaveformView(**kwargs)
    qtbot.addWidget(view)
    view.resize(600, 160)
    return view


def make_meter(qtbot, **kwargs) -> LevelMeter:
    meter = LevelMeter(**kwargs)
    qtbot.addWidget(meter)
    meter.resize(meter.sizeHint())
    return meter


def x_range(view: WaveformView) -> list[float]:
    return view.plot.getPlotItem().getViewBox().viewRange()[0]


def y_range(view: WaveformView) -> list[float]:
    return view.plot.getPlotItem().getViewBox().viewRange()[1]


def count_pixels(image: QImage, match, x_from: int = 0) -> int:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    found = 0
    for y in range(image.height()):
        for x in range(x_from, image.width()):
            if match(image.pixelColor(x, y)):
                found += 1
    return found


def is_clip_red(color: QColor) -> bool:
    return color.red() > 200 and color.green() < 60 and color.blue() < 60


# -- the waveform --------------------------------------------------------------------------------------


def test_waveform_draws_the_sine_envelope_as_vertical_bars(qtbot):
    view = make_view(qtbot)
    snap = fed_tracker(2.0).snapshot()
    view.show_levels(snap)

    x, y = view.curve.getData()
    n = len(snap.minima)
    assert n == 400
    assert len(x) == len(y) == 2 * n
    assert view.curve.opts["connect"] == "pairs"
    # each bar is vertical: both ends at the same time, from the minimum up to the maximum
    np.testing.assert_array_equal(x[0::2], x[1::2])
    assert np.all(y[0::2] <= y[1::2])
    assert y.min() == pytest.approx(-0.5, abs=0.01)
    assert y.max() == pytest.approx(0.5, abs=0.01)
    np.testing.assert_allclose(y[0::2], snap.minima, atol=1e-6)
    np.testing.assert_allclose(y[1::2], snap.maxima, atol=1e-6)
    # the newest point at end_time, one point per 1/rate s before it
    assert x[-1] == pytest.approx(snap.end_time)
    np.testing.assert_allclose(np.diff(x[0::2]), 1 / snap.rate, rtol=1e-6)
    # the first seconds fill the window from the left; y is full scale
    assert x_range(view) == pytest.approx([0.0, 10.0])
    assert y_range(view) == pytest.approx([-1.0, 1.0])


def test_waveform_scrolls_and_stays_bounded_through_a_long_recording(qtbot):
    view = make_view(qtbot)
    tracker = LevelTracker(RATE)
    block = sine_block()
    held = None
    for i in range(round(600 * RATE / BLOCK)):  # ten minutes, as a recording feeds it
        tracker.feed(block)
        if i % 250 == 0:
            view.show_levels(tracker.snapshot())
            held = held if held is not None else view.curve.getData()[0]
    snap = tracker.snapshot()
    view.show_levels(snap)

    assert snap.end_time == pytest.approx(600.0)
    x, y = view.curve.getData()
    assert len(x) <= 2 * (10 * snap.rate + 1)
    assert x[-1] == pytest.approx(600.0)
    assert x[0] >= 590.0 - 1 / snap.rate
    assert x_range(view) == pytest.approx([590.0, 600.0])
    assert y.min() == pytest.approx(-0.5, abs=0.01) and y.max() == pytest.approx(0.5, abs=0.01)
    # every frame was written into the same preallocated buffer
    assert np.shares_memory(held, x)


def test_waveform_draws_only_its_window(qtbot):
    view = make_view(qtbot, window_seconds=2.0)
    snap = fed_tracker(10.0).snapshot()
    assert len(snap.minima) == 2000
    view.show_levels(snap)
    x, _ = view.curve.getData()
    assert len(x) == 2 * (2 * snap.rate + 1)
    assert x[0] == pytest.approx(8.0)
    assert x_range(view) == pytest.approx([8.0, 10.0])
    with pytest.raises(ValueError):
        WaveformView(window_seconds=0)


def test_frames_drawn_counts_and_clear_empties(qtbot):
    view = make_view(qtbot)
    assert view.frames_drawn == 0
    tracker = LevelTracker(RATE)
    view.show_levels(tracker.snapshot())  # nothing recorded yet: an empty curve, no error
    assert len(view.curve.getData()[0]) == 0
    for _ in range(5):
        tracker.feed(sine_block())
        view.show_levels(tracker.snapshot())
    assert view.frames_drawn == 6
    assert len(view.curve.getData()[0]) > 0

    for _ in range(150):  # 15 s: the view has scrolled
        tracker.feed(sine_block())
    view.show_levels(tracker.snapshot())
    assert x_range(view)[0] > 0

    view.clear()
    x, y = view.curve.getData()
    assert len(x) == len(y) == 0
    assert x_range(view) == pytest.approx([0.0, 10.0])
    assert view.frames_drawn == 7  # a count of redraws for benchmarks: clear does not reset it
    view.grab()  # an empty view paints without complaint


def test_waveform_cannot_be_zoomed_panned_or_auto_ranged(qtbot):
    view = make_view(qtbot)
    view.show_levels(fed_tracker(3.0).snapshot())
    item = view.plot.getPlotItem()
    box = item.getViewBox()
    assert box.state["mouseEnabled"] == [False, False]
    assert box.state["autoRange"] == [False, False]
    assert not box.menuEnabled() and not item.menuEnabled()
    assert view.curve.opts["antialias"] is False
    assert not view.plot.renderHints() & view.plot.renderHints().Antialiasing

    before = box.viewRange()
    viewport = view.plot.viewport()
    centre = QPointF(viewport.width() / 2, viewport.height() / 2)
    wheel = QWheelEvent(
        centre,
        viewport.mapToGlobal(centre),
        QPoint(0, 0),
        QPoint(0, 480),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, wheel)
    assert box.viewRange() == before


@pytest.mark.parametrize(
    ("base", "text", "highlight"),
    [("#ffffff", "#000000", "#308cc6"), ("#1e1e1e", "#eeeeee", "#3daee9")],
    ids=["light", "dark"],
)
def test_waveform_uses_the_palette_highlight(qtbot, base, text, highlight):
    view = make_view(qtbot)
    palette = view.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor(base))
    palette.setColor(QPalette.ColorRole.Text, QColor(text))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(highlight))
    view.setPalette(palette)
    view.show_levels(fed_tracker(12.0).snapshot())

    assert view.curve.opts["pen"].color() == QColor(highlight)
    image = view.grab().toImage()
    wanted = QColor(highlight)

    def near(color: QColor) -> bool:
        return (
            abs(color.red() - wanted.red()) < 20
            and abs(color.green() - wanted.green()) < 20
            and abs(color.blue() - wanted.blue()) < 20
        )

    assert count_pixels(image, near) > 500  # the waveform is drawn, in the highlight colour
    middle = image.pixelColor(image.width() // 2, 3)  # above the waveform: the background
    assert middle == QColor(base)


def test_waveform_falls_back_to_text_colour_when_highlight_matches_background(qtbot):
    view = make_view(qtbot)
    palette = view.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#202020"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#222222"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#f0f0f0"))
    view.setPalette(palette)
    assert view.curve.opts["pen"].color() == QColor("#f0f0f0")


def test_a_thousand_full_frames_are_quick(qtbot):
    view = make_view(qtbot)
    snap = fed_tracker(12.0).snapshot()
    assert len(snap.minima) == 2000
    start = time.perf_counter()
    for _ in range(1000):
        view.show_levels(snap)
    elapsed = time.perf_counter() - start
    assert view.frames_drawn == 1000
    assert elapsed < 5.0, f"1000 frames took {elapsed:.2f} s"


# -- the level meter -----------------------------------------------------------------------------------


def test_meter_keeps_the_levels_and_says_them_in_words(qtbot):
    meter = make_meter(qtbot)
    assert meter.sizeHint().width() == 240 and meter.sizeHint().height() == 18
    assert meter.peak_dbfs == FLOOR_DBFS and not meter.clipping

    meter.set_levels(-6.2, -12.4, False)
    assert meter.peak_dbfs == pytest.approx(-6.2)
    assert meter.rms_dbfs == pytest.approx(-12.4)
    assert meter.held_peak_dbfs == pytest.approx(-6.2)
    assert meter.clipping is False
    assert meter.toolTip() == "Level -12 dBFS (peak -6 dBFS)"
    # a screen reader hears what the meter is (its level changes too often to be its name)
    assert meter.accessibleName() == "Input level" and "dBFS" in meter.accessibleDescription()

    recent_announcements.clear()  # a bounded history: slicing by its length fails once it is full
    meter.set_levels(-0.5, -2.0, True)
    assert meter.clipping is True
    assert "clipping: lower the input volume" in meter.toolTip()
    assert list(recent_announcements) == ["The input is clipping: lower the input volume"]
    meter.set_levels(-20.0, -30.0, False)
    meter.set_levels(-0.5, -2.0, True)  # clipping again at once: said once only (not every few frames)
    assert list(recent_announcements) == ["The input is clipping: lower the input volume"]


def test_meter_shows_a_real_trackers_levels(qtbot):
    meter = make_meter(qtbot)
    snap = fed_tracker(1.0).snapshot()
    meter.set_levels(snap.peak_dbfs, snap.rms_dbfs, snap.clipping)
    assert meter.peak_dbfs == pytest.approx(20 * math.log10(0.5), abs=0.05)
    assert meter.rms_dbfs == pytest.approx(20 * math.log10(0.5 / math.sqrt(2)), abs=0.05)
    assert meter.toolTip() == "Level -9 dBFS (peak -6 dBFS)"

    loud = LevelTracker(RATE)
    loud.feed(sine_block(amplitude=1.0))
    snap = loud.snapshot()
    meter.set_levels(snap.peak_dbfs, snap.rms_dbfs, snap.clipping)
    assert meter.clipping is True


def test_peak_hold_holds_then_falls(qtbot):
    now = [100.0]
    meter = make_meter(qtbot, clock=lambda: now[0])

    meter.set_levels(-6.0, -12.0, False)
    now[0] += 1.0
    meter.set_levels(-30.0, -36.0, False)
    assert meter.held_peak_dbfs == pytest.approx(-6.0)  # still held

    now[0] += 1.0  # 2 s after the peak: held 1.5 s, falling for 0.5 s at 20 dB/s
    meter.set_levels(-30.0, -36.0, False)
    assert meter.held_peak_dbfs == pytest.approx(-16.0)

    now[0] += 5.0  # it has fallen to the level of now
    meter.set_levels(-30.0, -36.0, False)
    assert meter.held_peak_dbfs == pytest.approx(-30.0)

    meter.set_levels(-3.0, -9.0, False)  # a new, higher peak is caught at once and held again
    assert meter.held_peak_dbfs == pytest.approx(-3.0)
    now[0] += 1.4
    meter.set_levels(-40.0, -45.0, False)
    assert meter.held_peak_dbfs == pytest.approx(-3.0)


def test_peak_hold_with_the_real_clock_and_a_short_hold(qtbot):
    meter = make_meter(qtbot, hold_seconds=0.05, fall_db_per_second=1000.0)
    meter.set_levels(-6.0, -12.0, False)
    meter.set_levels(-40.0, -45.0, False)
    assert meter.held_peak_dbfs > -40.0
    qtbot.wait(150)
    meter.set_levels(-40.0, -45.0, False)
    assert meter.held_peak_dbfs == pytest.approx(-40.0)


def test_clip_indicator_is_red_only_while_clipping(qtbot):
    meter = make_meter(qtbot)
    meter.set_levels(-20.0, -26.0, False)
    assert count_pixels(meter.grab().toImage(), is_clip_red) == 0

    meter.set_levels(-20.0, -26.0, True)
    image = meter.grab().toImage()
    red = count_pixels(image, is_clip_red)
    assert red > 200  # a clearly visible box
    assert count_pixels(image, is_clip_red, x_from=image.width() * 3 // 4) == red  # at the right end

    meter.set_levels(-20.0, -26.0, False)
    assert count_pixels(meter.grab().toImage(), is_clip_red) == 0


def test_meter_zones(qtbot):
    meter = make_meter(qtbot)

    def zones_along_the_bar() -> list[tuple[str, int]]:
        """The colours across the middle of the meter, left to right, as (zone, run length)."""
        image = meter.grab().toImage()
        runs: list[tuple[str, int]] = []
        for x in range(image.width()):
            c = image.pixelColor(x, image.height() // 2)
            if c.green() > 120 and c.red() < 100 and c.blue() < 120:
                zone = "green"
            elif c.red() > 180 and c.green() > 150 and c.blue() < 100:
                zone = "yellow"
            elif c.red() > 180 and c.green() < 100 and c.blue() < 100:
                zone = "red"
            else:
                zone = "other"
            if runs and runs[-1][0] == zone:
                runs[-1] = (zone, runs[-1][1] + 1)
            else:
                runs.append((zone, 1))
        return [run for run in runs if run[0] != "other"]

    meter.set_levels(-30.0, -30.0, False)  # a low level: green only
    assert [zone for zone, _ in zones_along_the_bar()] == ["green"]

    meter.set_levels(-1.0, -1.0, False)  # nearly full: green up to -12, yellow up to -3, then red
    runs = zones_along_the_bar()
    assert [zone for zone, _ in runs[:3]] == ["green", "yellow", "red"]
    widths = dict(runs[:3])
    # -60..-12, -12..-3 and -3..-1 dBFS of the scale
    assert widths["green"] / widths["yellow"] == pytest.approx(48 / 9, rel=0.15)
    assert widths["yellow"] / widths["red"] == pytest.approx(9 / 2, rel=0.3)


def test_levels_below_the_range_draw_empty(qtbot):
    meter = make_meter(qtbot)
    empty = meter.grab().toImage()

    meter.set_levels(-75.0, -80.0, False)
    assert meter.peak_dbfs == pytest.approx(-75.0) and meter.rms_dbfs == pytest.approx(-80.0)
    assert meter.grab().toImage() == empty
    assert meter.toolTip() == "Level below -60 dBFS (silence)"

    meter.set_levels(float("nan"), float("-inf"), False)
    assert meter.peak_dbfs == FLOOR_DBFS and meter.rms_dbfs == FLOOR_DBFS
    assert meter.grab().toImage() == empty

    meter.set_levels(-30.0, -40.0, False)
    assert meter.grab().toImage() != empty


def test_meter_repaints_only_when_the_picture_changes(qtbot, monkeypatch):
    meter = make_meter(qtbot)
    calls = []
    monkeypatch.setattr(meter, "update", lambda *args: calls.append(args))

    meter.set_levels(-20.0, -30.0, False)
    assert len(calls) == 1
    meter.set_levels(-20.0, -30.0, False)
    meter.set_levels(-20.001, -30.001, False)  # far less than a pixel
    assert len(calls) == 1
    meter.set_levels(-20.0, -30.0, True)  # the CLIP box lights
    assert len(calls) == 2
    meter.set_levels(-10.0, -30.0, True)  # the peak moves
    assert len(calls) == 3


def test_a_call_is_drawn_in_two_lanes_the_microphone_above_the_computer_below(qtbot):
    view = make_view(qtbot)
    mic, computer = fed_tracker(3.0, amplitude=0.5), fed_tracker(3.0, amplitude=0.25)
    view.show_levels(mic.snapshot(), computer.snapshot())
    _x, up = view.curve.getData()
    x2, down = view.second_curve.getData()
    assert up.min() == 0.0 and up.max() == pytest.approx(0.5, abs=0.01)  # loudness above the line
    assert down.max() == 0.0 and down.min() == pytest.approx(-0.25, abs=0.01)  # and below it
    assert x2[-1] == pytest.approx(mic.snapshot().end_time)  # one time axis, the newest at the right
    ticks = view.plot.getPlotItem().getAxis("left")._tickLevels[0]
    assert [label for _value, label in ticks] == ["Mic", "PC"]
    assert "below" in view.accessibleDescription()
    view.show_levels(mic.snapshot())  # one track again: the usual waveform, min to max, and one curve
    _x, y = view.curve.getData()
    assert y.min() == pytest.approx(-0.5, abs=0.01) and len(view.second_curve.getData()[0]) == 0
    assert [label for _v, label in view.plot.getPlotItem().getAxis("left")._tickLevels[0]] == ["-1", "0", "1"]
