"""The theme's colours: every semantic text colour reads on its theme (WCAG AA contrast computed from the
colours actually used), the light and dark palettes apply, and icons are drawn in both."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from iam_desktop.ui.icons import GLYPHS, icon
from iam_desktop.ui.theme import Role, apply_theme, contrast, is_dark, palette_for, semantic

TEXT_ROLES = (Role.ERROR, Role.WARNING, Role.SUCCESS, Role.ACCENT, Role.MUTED)
BACKGROUND_ROLES = (Role.MATCH, Role.MATCH_CURRENT, Role.PLAYING)


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_text_colours_keep_aa_contrast_on_window_and_base(mode):
    palette = palette_for(mode)
    for role in TEXT_ROLES:
        for ground in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
            ratio = contrast(semantic(role, palette), palette.color(ground))
            assert ratio >= 4.5, (mode, role, ground, ratio)
    text = palette.color(QPalette.ColorRole.Text)
    for role in BACKGROUND_ROLES:  # marks behind text: the text stays readable on them
        assert contrast(text, semantic(role, palette)) >= 4.5, (mode, role)
    assert contrast(QColor("white"), semantic(Role.RECORD, palette)) >= 4.5  # the Record button's label
    assert contrast(semantic(Role.UNSURE, palette), palette.color(QPalette.ColorRole.Base)) >= 3.0  # a line


def test_each_theme_picks_its_own_variant():
    light, dark = palette_for("light"), palette_for("dark")
    assert not is_dark(light) and is_dark(dark)
    for role in Role:
        assert semantic(role, light) == QColor(role.value[0])
        assert semantic(role, dark) == QColor(role.value[1])


def test_contrast_is_the_wcag_ratio():
    assert contrast(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)


def test_apply_theme_switches_the_application_palette_and_icons_draw(qapp):
    try:
        apply_theme(qapp, "dark")
        assert is_dark(QApplication.palette())
        for name in GLYPHS:  # each glyph is in the font: its pixmap has ink, in the colour asked for
            image = icon(name, "#ff0000").pixmap(24, 24).toImage()
            pixels = [image.pixelColor(x, y) for x in range(24) for y in range(24)]
            inked = [c for c in pixels if c.alpha() > 128]
            assert inked, name
            assert max(c.red() for c in inked) > 200 and max(c.green() for c in inked) < 60, name
        apply_theme(qapp, "light")
        assert not is_dark(QApplication.palette())
    finally:
        apply_theme(qapp, "light")
    with pytest.raises(KeyError):
        icon("no-such-icon")


def test_the_frozen_bundle_finds_the_icon_font_without_qtawesome(monkeypatch, tmp_path):
    import importlib.util
    import shutil
    import sys

    from iam_desktop.ui import icons

    real = icons.fonts_folder()
    bundle = tmp_path / "_internal"
    (bundle / "qtawesome" / "fonts").mkdir(parents=True)
    for name in (icons.PHOSPHOR_FONT, icons.PHOSPHOR_CHARMAP):
        shutil.copy(real / name, bundle / "qtawesome" / "fonts" / name)
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None)  # qtawesome's code not bundled
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    assert icons.fonts_folder() == bundle / "qtawesome" / "fonts"
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "elsewhere"))
    with pytest.raises(FileNotFoundError):
        icons.fonts_folder()
