"""The window's colours: the palette of the chosen theme (System / Light / Dark) and a light and a dark
variant of every semantic colour (error, warning, success, accent, search match, playing segment…).

Widgets never hard-code a colour: they ask `semantic(Role.ERROR)` (a QColor for painting) or
`css(Role.ERROR)` (a "#rrggbb" for a style sheet), which picks the variant that reads on the palette in
use. Every text colour here keeps a contrast of at least 4.5:1 against its theme's window and base colours
(WCAG AA; tests/ui/test_theme.py computes it).
"""

from __future__ import annotations

from enum import Enum
from typing import Literal

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

ThemeMode = Literal["system", "light", "dark"]
THEME_MODES: tuple[ThemeMode, ...] = ("system", "light", "dark")


class Role(Enum):
    """A colour with a meaning; its value is (light variant, dark variant)."""

    #: text of an error message; the Record button and the recording dot
    ERROR = ("#b3261e", "#f2b8b5")
    #: text of a warning (a job that needs attention, unsure words counted in the header)
    WARNING = ("#8a5300", "#ffcc80")
    #: text saying something worked ("Key works")
    SUCCESS = ("#1b6e35", "#8fd19e")
    #: links, the playing word, the current item's accent bar, the drop zone's outline
    ACCENT = ("#1d4ed8", "#9cc2ff")
    #: secondary text: the grey line of a library row, the time margin of the transcript
    MUTED = ("#5b6068", "#a7adb5")
    #: the Record button (a fill, white text on it)
    RECORD = ("#d93025", "#c9362c")
    #: the background of a search or Find match inside the text
    MATCH = ("#ffe58f", "#6b5400")
    #: the background of the current match (stronger than MATCH)
    MATCH_CURRENT = ("#ffb300", "#8a5a00")
    #: the background of the segment being played (not the selection colour)
    PLAYING = ("#e6efff", "#1f3350")
    #: the underline of a word the engine was unsure of
    UNSURE = ("#b86000", "#ffb74d")


# The two palettes the app sets itself (Light, Dark); "system" keeps the platform's.
_LIGHT = {
    QPalette.ColorRole.Window: "#f6f6f7",
    QPalette.ColorRole.WindowText: "#1f2328",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#f2f3f5",
    QPalette.ColorRole.Text: "#1f2328",
    QPalette.ColorRole.Button: "#f3f4f6",
    QPalette.ColorRole.ButtonText: "#1f2328",
    QPalette.ColorRole.Highlight: "#cfe0ff",
    QPalette.ColorRole.HighlightedText: "#0b1f44",
    QPalette.ColorRole.ToolTipBase: "#ffffff",
    QPalette.ColorRole.ToolTipText: "#1f2328",
    QPalette.ColorRole.PlaceholderText: "#6b7079",
    QPalette.ColorRole.Link: "#1d4ed8",
    QPalette.ColorRole.Mid: "#c9ccd1",
    QPalette.ColorRole.Midlight: "#e3e5e8",
    QPalette.ColorRole.Dark: "#9da3ab",
    QPalette.ColorRole.Light: "#ffffff",
    QPalette.ColorRole.Shadow: "#6b7079",
    QPalette.ColorRole.BrightText: "#ffffff",
}
_DARK = {
    QPalette.ColorRole.Window: "#1f2125",
    QPalette.ColorRole.WindowText: "#e6e7e9",
    QPalette.ColorRole.Base: "#17181b",
    QPalette.ColorRole.AlternateBase: "#23252a",
    QPalette.ColorRole.Text: "#e6e7e9",
    QPalette.ColorRole.Button: "#2b2e33",
    QPalette.ColorRole.ButtonText: "#e6e7e9",
    QPalette.ColorRole.Highlight: "#2f4a78",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#2b2e33",
    QPalette.ColorRole.ToolTipText: "#e6e7e9",
    QPalette.ColorRole.PlaceholderText: "#9197a0",
    QPalette.ColorRole.Link: "#9cc2ff",
    QPalette.ColorRole.Mid: "#3a3d43",
    QPalette.ColorRole.Midlight: "#33363b",
    QPalette.ColorRole.Dark: "#111214",
    QPalette.ColorRole.Light: "#44474d",
    QPalette.ColorRole.Shadow: "#000000",
    QPalette.ColorRole.BrightText: "#ffffff",
}
_DISABLED_TEXT = {"light": "#9da3ab", "dark": "#6b7079"}


def luminance(color: QColor) -> float:
    """WCAG relative luminance of `color` (0 black … 1 white)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours (1 … 21)."""
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the palette in use (the application's by default) has a dark window."""
    if palette is None:
        palette = QGuiApplication.palette()
    return luminance(palette.color(QPalette.ColorRole.Window)) < 0.3


def semantic(role: Role, palette: QPalette | None = None) -> QColor:
    """The variant of `role` that reads on `palette` (the application's by default)."""
    light, dark = role.value
    return QColor(dark if is_dark(palette) else light)


def css(role: Role, palette: QPalette | None = None) -> str:
    """`semantic(role)` as "#rrggbb", for a style sheet."""
    return semantic(role, palette).name()


def record_button_style(object_name: str, palette: QPalette, *, radius: int, padding: str) -> str:
    """The style sheet of a Record button called `object_name`: filled with Role.RECORD, white bold text,
    darker when hovered, the palette's mid grey when it cannot record."""
    red = semantic(Role.RECORD, palette)
    off = palette.color(QPalette.ColorRole.Mid).name()
    rule = f"QPushButton#{object_name}"
    return (
        f"{rule} {{ background: {red.name()}; color: white; border: none; border-radius: {radius}px;"
        f" padding: {padding}; font-weight: bold; }}"
        f"{rule}:hover {{ background: {red.darker(112).name()}; }}"
        f"{rule}:disabled {{ background: {off}; }}"
    )


def palette_for(mode: Literal["light", "dark"]) -> QPalette:
    """The app's own light or dark palette."""
    palette = QPalette()
    for role, value in (_DARK if mode == "dark" else _LIGHT).items():
        palette.setColor(role, QColor(value))
    disabled = QColor(_DISABLED_TEXT[mode])
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def system_prefers_dark() -> bool:
    """True when the desktop asks for a dark look (Qt's colour scheme hint)."""
    hints = QGuiApplication.styleHints()
    scheme = getattr(hints, "colorScheme", None)
    return scheme is not None and scheme() == Qt.ColorScheme.Dark


def resolved_mode(mode: str) -> Literal["light", "dark"]:
    """What `mode` means now: "system" follows the desktop's hint (light when it gives none)."""
    if mode == "dark" or (mode == "system" and system_prefers_dark()):
        return "dark"
    return "light"


def apply_theme(app: QApplication, mode: str) -> None:
    """Use the theme `mode` ("system", "light" or "dark") in the whole application: the Fusion style with
    the app's palette (so both variants look alike on every platform), chosen by the desktop's hint for
    "system". Widgets repaint; those that read a semantic colour do so when they paint."""
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    app.setPalette(palette_for(resolved_mode(mode)))
