"""The app's icons: one consistent set (Phosphor, MIT licence, bundled with QtAwesome), tinted from the
palette in use so they read in the light and the dark theme; Record in the error red.

`icon("record")` — names are ours (the table below), so the set can change in one place. A missing or
unloadable icon font gives an empty icon, never an error: an icon is decoration, its action has text.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QColor, QIcon, QPalette
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
#: icons drawn in a semantic colour instead of the text colour
TINTS = {"record": Role.RECORD, "resume": Role.RECORD, "failed": Role.ERROR, "warning": Role.WARNING}


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
        import qtawesome

        return qtawesome.icon(glyph, color=color, color_disabled=disabled)
    except Exception as exc:  # an icon is decoration: never fail an action for it
        log.warning("icon %s could not be drawn: %s", name, exc)
        return QIcon()
