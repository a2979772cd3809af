"""WCAG AA contrast of what the window actually paints, in the light and the dark theme: every palette text
on its ground, every semantic text colour, icons and the focus ring (3:1 for non-text), the speakers'
colours (their names are text) and the chips of the speakers bar, and the colours the Subscription page's
style sheet builds (read from the sheet itself, translucent fills blended as drawn)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QColor, QPalette

from iam_desktop.ui.icons import TINTS
from iam_desktop.ui.speaker_bar import chip_fill
from iam_desktop.ui.speaker_colours import SPEAKER_COLOURS, speaker_colour
from iam_desktop.ui.subscription_style import subscription_style_sheet
from iam_desktop.ui.theme import Role, contrast, palette_for, semantic

R = QPalette.ColorRole
TEXT_ON = [
    (R.WindowText, R.Window),
    (R.Text, R.Base),
    (R.Text, R.AlternateBase),
    (R.ButtonText, R.Button),
    (R.HighlightedText, R.Highlight),
    (R.ToolTipText, R.ToolTipBase),
    (R.PlaceholderText, R.Base),
    (R.Link, R.Base),
    (R.Link, R.Window),
]
MODES = ["light", "dark"]


def blend(front: QColor, alpha: float, back: QColor) -> QColor:
    """`front` at `alpha` drawn over `back`, as the screen shows it."""
    pairs = zip(front.getRgb()[:3], back.getRgb()[:3], strict=True)
    mix = [round(alpha * f + (1 - alpha) * b) for f, b in pairs]
    return QColor(*mix)


@pytest.mark.parametrize("mode", MODES)
def test_every_palette_text_reads_on_its_ground(mode):
    palette = palette_for(mode)
    for text, ground in TEXT_ON:
        ratio = contrast(palette.color(text), palette.color(ground))
        assert ratio >= 4.5, f"{mode}: {text.name} on {ground.name} is {ratio:.2f}:1"


@pytest.mark.parametrize("mode", MODES)
def test_semantic_text_reads_on_every_ground_it_is_drawn_on(mode):
    palette = palette_for(mode)
    grounds = (R.Window, R.Base, R.AlternateBase)
    for role in (Role.ERROR, Role.WARNING, Role.SUCCESS, Role.ACCENT, Role.MUTED):
        for ground in grounds:
            ratio = contrast(semantic(role, palette), palette.color(ground))
            assert ratio >= 4.5, f"{mode}: {role.name} on {ground.name} is {ratio:.2f}:1"
    # the time margin and grey lines of a selected row are drawn on the selection colour
    assert contrast(palette.color(R.HighlightedText), palette.color(R.Highlight)) >= 4.5


@pytest.mark.parametrize("mode", MODES)
def test_icons_and_the_focus_ring_keep_three_to_one(mode):
    palette = palette_for(mode)
    for ground in (R.Window, R.Button, R.Base):
        back = palette.color(ground)
        assert contrast(palette.color(R.WindowText), back) >= 3.0  # icons in the text colour
        for name, role in TINTS.items():
            ratio = contrast(semantic(role, palette), back)
            assert ratio >= 3.0, f"{mode}: the {name} icon on {ground.name} is {ratio:.2f}:1"
        ring = contrast(semantic(Role.ACCENT, palette), back)
        assert ring >= 3.0, f"{mode}: the focus ring on {ground.name} is {ring:.2f}:1"
    # the ring around a list whose current row is selected touches the selection colour too
    assert contrast(semantic(Role.ACCENT, palette), palette.color(R.Highlight)) >= 3.0
    # white icons and text on the Record button
    assert contrast(QColor("white"), semantic(Role.RECORD, palette)) >= 4.5


@pytest.mark.parametrize("mode", MODES)
def test_every_speaker_colour_reads_where_it_is_drawn(mode):
    palette = palette_for(mode)
    # a speaker's name above its segment: on the base, a selected row's tint, the playing row; its chip's
    # dot and the band under the waveform: on the window and the base
    grounds = {"Base": palette.color(R.Base), "AlternateBase": palette.color(R.AlternateBase),
               "Window": palette.color(R.Window), "PLAYING": semantic(Role.PLAYING, palette)}  # fmt: skip
    for index in range(len(SPEAKER_COLOURS)):
        colour = speaker_colour(index, palette)
        for name, ground in grounds.items():
            ratio = contrast(colour, ground)
            assert ratio >= 4.5, f"{mode}: speaker {index + 1} on {name} is {ratio:.2f}:1"
        # a chosen chip: its outline (3:1) and its name and talk time (4.5:1) on its tinted fill
        fill = chip_fill(colour, palette)
        assert contrast(colour, fill) >= 3.0, f"{mode}: speaker {index + 1}'s chosen chip outline"
        for text in (palette.color(R.WindowText), semantic(Role.MUTED, palette)):
            ratio = contrast(text, fill)
            assert ratio >= 4.5, f"{mode}: text on speaker {index + 1}'s chosen chip is {ratio:.2f}:1"
    for role in (Role.ACCENT, Role.MUTED):  # "All speakers", "No speaker" chosen
        fill = chip_fill(semantic(role, palette), palette)
        assert contrast(semantic(role, palette), fill) >= 3.0
        assert contrast(semantic(Role.MUTED, palette), fill) >= 4.5
        assert contrast(palette.color(R.WindowText), fill) >= 4.5
    # the colours are told apart: any two are at least 25 apart in CIELAB (ΔE*76; 2.3 is just noticeable)
    colours = [speaker_colour(index, palette) for index in range(len(SPEAKER_COLOURS))]
    for n, a in enumerate(colours):
        for b in colours[n + 1 :]:
            distance = sum((x - y) ** 2 for x, y in zip(_lab(a), _lab(b), strict=True)) ** 0.5
            assert distance >= 25, f"{mode}: {a.name()} and {b.name()} are too alike ({distance:.1f})"


def _lab(color: QColor) -> tuple[float, float, float]:
    """`color` in CIELAB (D65 white)."""

    def linear(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(v) for v in (color.redF(), color.greenF(), color.blueF()))
    xyz = ((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047, 0.2126 * r + 0.7152 * g + 0.0722 * b,
           (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883)  # fmt: skip
    fx, fy, fz = (t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116 for t in xyz)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def _rule(sheet: str, selector: str) -> str:
    found = re.search(re.escape(selector) + r"\s*\{([^}]*)\}", sheet)
    assert found, f"no rule {selector} in the style sheet"
    return found.group(1)


def _colour(value: str, back: QColor) -> QColor:
    rgba = re.fullmatch(r"rgba\((\d+), (\d+), (\d+), ([\d.]+)\)", value.strip())
    if rgba:
        r, g, b, a = rgba.groups()
        return blend(QColor(int(r), int(g), int(b)), float(a), back)
    return QColor(value.strip())


def _prop(rule: str, name: str) -> str:
    found = re.search(rf"(?:^|;)\s*{name}:\s*([^;]+)", rule)
    assert found, f"no {name} in {rule!r}"
    return found.group(1).strip()


@pytest.mark.parametrize("mode", MODES)
def test_the_subscription_page_colours_read(mode):
    palette = palette_for(mode)
    sheet = subscription_style_sheet(palette, 10.0)
    card = _rule(sheet, "QFrame#currentCard, QFrame#planCard")
    card_bg = _prop(card, "background")
    back = palette.color(R.Base) if card_bg == "palette(base)" else QColor(card_bg)
    assert contrast(palette.color(R.WindowText), back) >= 4.5  # the card's own text
    for selector in ('QLabel#stateBadge[role="success"]', 'QLabel#stateBadge[role="warning"]',
                     'QLabel#stateBadge[role="error"]', "QLabel#planBadge"):  # fmt: skip
        rule = _rule(sheet, selector)
        fill = _colour(_prop(rule, "background"), back)
        text = _colour(_prop(rule, "color"), fill)
        ratio = contrast(text, fill)
        assert ratio >= 4.5, f"{mode}: {selector} text is {ratio:.2f}:1"
    button = _rule(sheet, 'QPushButton#planButton[primary="true"]')
    ratio = contrast(QColor(_prop(button, "color")), QColor(_prop(button, "background")))
    assert ratio >= 4.5, f"{mode}: the primary plan button's label is {ratio:.2f}:1"
    muted = _rule(sheet, "QLabel#muted")
    assert contrast(QColor(_prop(muted, "color")), back) >= 4.5
