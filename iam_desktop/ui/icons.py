"""The app's icons: one consistent set (Phosphor, MIT licence, the font QtAwesome ships), tinted from the
palette in use so they read in the light and the dark theme; Record in the error red.

`icon("record")` — names are ours (the table below), so the set can change in one place. A missing or
unloadable icon font gives an empty icon, never an error: an icon is decoration, its action has text.

NOTE: the glyphs are drawn straight from the font file (GlyphEngine), found without importing qtawesome:
importing it (and qtpy) costs about 0.2 s of start-up, the font itself 6 ms.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

from iam_desktop.ui.theme import Role, semantic

log = logging.getLogger(__name__)

#: our name → the Phosphor glyph (https://phosphoricons.com, MIT)
GLYPHS = {
    "record": "ph.record-fill",
    "stop": "ph.stop-fill",
    "pause": "ph.pause-fill",
    "resume": "ph.record-fill",
    "play": "ph.play-fill",
    "skip-back": "ph.skip-back",
    "skip-forward": "ph.skip-forward",
    "add": "ph.file-plus",
    "export": "ph.export",
    "settings": "ph.gear",
    "search": "ph.magnifying-glass",
    "filter": "ph.funnel",
    "close": "ph.x",
    "undo": "ph.arrow-counter-clockwise",
    "redo": "ph.arrow-clockwise",
    "trash": "ph.trash",
    "tag": "ph.tag",
    "notes": "ph.note",
    "info": "ph.info",
    "help": "ph.question",
    "folder": "ph.folder-open",
    "copy": "ph.copy",
    "microphone": "ph.microphone",
    "no-microphone": "ph.microphone-slash",
    "jobs": "ph.hourglass",
    "warning": "ph.warning",
    "done": "ph.check-circle",
    "failed": "ph.x-circle",
    "edit": "ph.pencil-simple",
    "keyboard": "ph.keyboard",
    "cloud": "ph.cloud",
    "backup": "ph.cloud-arrow-up",
    "subscription": "ph.credit-card",
    "offline": "ph.desktop",
    "list": "ph.list",
    # the settings dialog's pages
    "general": "ph.sliders-horizontal",
    "transcription": "ph.text-aa",
    "appearance": "ph.circle-half",
    "storage": "ph.hard-drives",
    "models": "ph.cpu",
    "vocabulary": "ph.book-open",
    "watch": "ph.eye",
}
#: the font and its character map, in qtawesome's fonts folder
PHOSPHOR_FONT, PHOSPHOR_CHARMAP = "phosphor-1.3.0.ttf", "phosphor-charmap-1.3.0.json"
#: the glyph's height in the icon's square (as QtAwesome draws them)
GLYPH_SCALE = 0.875
#: icons drawn in a semantic colour instead of the text colour (the error red, not the Record button's fill:
#: an icon on a dark button needs 3:1, which the fill's red, made for white text on it, does not give)
TINTS = {"record": Role.ERROR, "resume": Role.ERROR, "failed": Role.ERROR, "warning": Role.WARNING}


def icon(name: str, color: QColor | str | None = None) -> QIcon:
    """The icon called `name` (see GLYPHS), in `color` if given, else the palette's text colour (or the
    name's semantic colour, TINTS)."""
    glyph = GLYPHS.get(name)
    if glyph is None:
        raise KeyError(f"no icon called {name!r}")
    palette = QApplication.palette()
    tint = TINTS.get(name)
    if color is None:
        color = semantic(tint, palette) if tint else palette.color(QPalette.ColorRole.WindowText)
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    try:
        family, codes = phosphor()
        return QIcon(GlyphEngine(family, chr(codes[glyph.removeprefix("ph.")]), QColor(color), disabled))
    except Exception as exc:  # an icon is decoration: never fail an action for it
        log.warning("icon %s could not be drawn: %s", name, exc)
        return QIcon()


@functools.cache
def phosphor() -> tuple[str, dict[str, int]]:
    """The Phosphor font's family (loaded into the application once) and its glyphs' code points."""
    fonts = fonts_folder()
    font_id = QFontDatabase.addApplicationFont(str(fonts / PHOSPHOR_FONT))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        raise OSError(f"the icon font {fonts / PHOSPHOR_FONT} could not be loaded")
    charmap = json.loads((fonts / PHOSPHOR_CHARMAP).read_text(encoding="utf-8"))
    return families[0], {name: int(code, 16) for name, code in charmap.items()}


def fonts_folder() -> Path:
    """qtawesome's fonts folder: in the installed package, or in the frozen bundle (which carries the
    Phosphor files there but not qtawesome's code: nothing imports it)."""
    spec = importlib.util.find_spec("qtawesome")
    if spec is not None and spec.submodule_search_locations:
        return Path(next(iter(spec.submodule_search_locations))) / "fonts"
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle and Path(bundle, "qtawesome", "fonts", PHOSPHOR_FONT).is_file():
        return Path(bundle, "qtawesome", "fonts")
    raise FileNotFoundError("the icon font is missing (the qtawesome package is not installed)")


class GlyphEngine(QIconEngine):
    """Draws one character of an icon font, centred, in one colour (another when disabled), at any size."""

    def __init__(self, family: str, char: str, color: QColor, disabled: QColor) -> None:
        super().__init__()
        self._family, self._char, self._color, self._disabled = family, char, QColor(color), QColor(disabled)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        font = QFont(self._family)
        font.setPixelSize(max(1, round(GLYPH_SCALE * rect.height())))
        painter.save()
        painter.setFont(font)
        painter.setPen(self._disabled if mode == QIcon.Mode.Disabled else self._color)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self._char)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        image = QPixmap(size)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return image

    def clone(self) -> QIconEngine:
        return GlyphEngine(self._family, self._char, self._color, self._disabled)
