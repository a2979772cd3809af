"""A colour for each speaker of a transcript, the same wherever the speaker is shown: the name above a
segment, the bar beside the segments of a turn, the speaker's entry in the speakers bar and the band under
the waveform.

Speakers are numbered in order of first appearance (the first one to speak is speaker 0), so one transcript
always gets the same colours. Each colour has a light and a dark variant, like the semantic colours of
`theme`: both keep a contrast of at least 4.5:1 on every ground a speaker's name is drawn on (the base,
a selected row's tint, the playing row, the window), so they serve as text as well as marks; after
`len(SPEAKER_COLOURS)` speakers the colours repeat.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QColor, QPalette

from iam_desktop.transcript import Segment
from iam_desktop.ui.theme import is_dark

#: (light variant, dark variant) of each speaker's colour, in order: blue, orange, green, red, purple,
#: teal, magenta, olive (the first ones the most different from each other; any two at least 25 apart in
#: CIELAB, tests/ui/test_contrast.py)
SPEAKER_COLOURS: tuple[tuple[str, str], ...] = (
    ("#1d5fc4", "#7fb6ff"),
    ("#a84300", "#ffa866"),
    ("#13703a", "#66d17f"),
    ("#be123c", "#ff8c9a"),
    ("#7c3aed", "#c59cff"),
    ("#00667a", "#38d3d3"),
    ("#a21caf", "#ff8ee8"),
    ("#6b6500", "#d6cf55"),
)


def speaker_colour(index: int, palette: QPalette | None = None) -> QColor:
    """The colour of speaker `index` (0-based, in order of first appearance) that reads on `palette` (the
    application's by default); a negative index (nobody named) gets the palette's mid grey."""
    if index < 0:
        return QColor(palette.color(QPalette.ColorRole.Mid)) if palette is not None else QColor("#9da3ab")
    light, dark = SPEAKER_COLOURS[index % len(SPEAKER_COLOURS)]
    return QColor(dark if is_dark(palette) else light)


def speaker_numbers(segments: Iterable[Segment]) -> dict[str, int]:
    """Each named speaker of `segments` and its number (its colour's index), in order of first
    appearance."""
    numbers: dict[str, int] = {}
    for segment in segments:
        if segment.speaker and segment.speaker not in numbers:
            numbers[segment.speaker] = len(numbers)
    return numbers
