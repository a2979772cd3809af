"""The Subscription page's look: cards with rounded borders, the current plan outlined in the accent colour,
accent-filled payment buttons, state pills and the usage bar in the theme's semantic colours — one style sheet
built from the palette in use (light or dark)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from iam_desktop.ui.theme import Role, css, is_dark


def subscription_style_sheet(palette: QPalette, base: float) -> str:
    """The style sheet for `palette` with the page's font size `base` (points; 10 when unknown)."""
    dark = is_dark(palette)
    accent = css(Role.ACCENT, palette)
    on_accent = "#0b1f44" if dark else "#ffffff"
    muted = css(Role.MUTED, palette)
    if base <= 0:
        base = 10.0
    card_bg = "palette(base)" if not dark else "#25282d"
    badge_bg = _tint(accent, 0.14)
    roles = {role.name.lower(): css(role, palette) for role in (Role.SUCCESS, Role.WARNING, Role.ERROR)}
    badges = "".join(
        f'QLabel#stateBadge[role="{name}"] {{ color: {color}; background: {_tint(color, 0.16)}; }}'
        for name, color in roles.items()
    )
    sheet = (
        f"QFrame#currentCard, QFrame#planCard {{ background: {card_bg}; border: 1px solid palette(mid);"
        f" border-radius: 10px; }}"
        f"QFrame#planCard[current=\"true\"] {{ border: 2px solid {accent}; }}"
        f"QFrame#cardRule {{ background: palette(midlight); border: none; }}"
        f"QLabel#caption {{ color: {muted}; font-size: {base * 0.85:.1f}pt; font-weight: 600;"
        f" letter-spacing: 1px; }}"
        f"QLabel#currentPlanName {{ font-size: {base * 1.9:.1f}pt; font-weight: 700; }}"
        f"QLabel#planName {{ font-size: {base * 1.25:.1f}pt; font-weight: 700; }}"
        f"QLabel#planPrice {{ font-size: {base * 1.8:.1f}pt; font-weight: 700; }}"
        f"QLabel#muted {{ color: {muted}; }}"
        f"QLabel#checkMark {{ color: {accent}; font-weight: 700; }}"
        f"QLabel#usageLabel {{ font-weight: 600; }}"
        f"QLabel#sectionHeading {{ font-size: {base * 1.15:.1f}pt; font-weight: 700; }}"
        f"QLabel#planBadge {{ color: {accent}; background: {badge_bg}; border-radius: 9px;"
        f" padding: 1px 8px; font-size: {base * 0.85:.1f}pt; font-weight: 600; }}"
        f"QLabel#stateBadge {{ border-radius: 9px; padding: 1px 8px; font-size: {base * 0.85:.1f}pt;"
        f" font-weight: 600; }}" + badges +
        f"QPushButton#planButton[primary=\"true\"] {{ background: {accent}; color: {on_accent};"
        f" border: none; border-radius: 6px; padding: 5px 12px; font-weight: 600; }}"
        f"QPushButton#planButton[primary=\"true\"]:hover {{ background: {_shade(accent, dark)}; }}"
        f"QPushButton#planButton[primary=\"true\"]:disabled {{ background: palette(mid); }}"
        f"QPushButton#planButton:disabled {{ color: {muted}; }}"
        f"QPushButton#invoiceLink {{ color: {accent}; border: none; text-decoration: underline;"
        f" padding: 0 6px; text-align: left; }}"
        f"QTableWidget#historyTable {{ background: {card_bg}; border: 1px solid palette(mid);"
        f" alternate-background-color: palette(window); border-radius: 8px; }}"
        f"QTableWidget#historyTable::item {{ padding: 0 10px; border: none; }}"
        f"QTableWidget#historyTable QHeaderView::section {{ background: transparent; border: none;"
        f" border-bottom: 1px solid palette(mid); padding: 6px 10px; font-weight: 600; color: {muted}; }}"
        f"QProgressBar#usageBar {{ background: palette(midlight); border: none; border-radius: 4px; }}"
        f"QProgressBar#usageBar::chunk {{ background: {accent}; border-radius: 4px; }}"
        f"QProgressBar#usageBar[level=\"high\"]::chunk {{ background: {roles['warning']}; }}"
        f"QProgressBar#usageBar[level=\"full\"]::chunk {{ background: {roles['error']}; }}"
    )  # fmt: skip
    return sheet


def _tint(color: str, alpha: float) -> str:
    """`color` see-through (`alpha` 0 … 1), as a style sheet's rgba()."""
    qcolor = QColor(color)
    return f"rgba({qcolor.red()}, {qcolor.green()}, {qcolor.blue()}, {alpha:.2f})"


def _shade(color: str, dark: bool) -> str:
    """`color` a little darker (light theme) or lighter (dark theme), for a hovered button."""
    qcolor = QColor(color)
    return (qcolor.lighter(112) if dark else qcolor.darker(112)).name()
