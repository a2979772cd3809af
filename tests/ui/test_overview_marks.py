"""The overview's markers follow the transcript's texts and search pattern — and only those: the play-along
marks (playing segment and word) do not make it scan the transcript again."""

from __future__ import annotations

import re

from iam_desktop.transcript import Segment, Word
from iam_desktop.ui.overview_marks import OverviewMarks
from iam_desktop.ui.transcript_model import SegmentModel
from iam_desktop.ui.waveform_overview import WaveformOverview


def _segments() -> list[Segment]:
    def seg(start: float, text: str, unsure: int) -> Segment:
        tokens = text.split()
        sure = [0.3 if i == unsure else 0.95 for i in range(len(tokens))]
        pairs = enumerate(zip(tokens, sure, strict=True))
        words = tuple(Word(start + i, start + i + 1, f" {w}", p) for i, (w, p) in pairs)
        return Segment(start, start + len(words), text, words)

    return [
        seg(0.0, "the library opens", 1),
        seg(3.0, "at nine the doors", -1),
        seg(7.0, "the café is upstairs", 2),
    ]


def test_markers_follow_texts_and_pattern_but_not_playback(qtbot):
    overview = WaveformOverview()
    qtbot.addWidget(overview)
    model = SegmentModel()
    OverviewMarks(model, overview)
    told: list[tuple[str, list[float]]] = []
    overview.set_hits = lambda seconds: told.append(("hits", list(seconds)))  # type: ignore[method-assign]
    overview.set_unsure = lambda seconds: told.append(("unsure", list(seconds)))  # type: ignore[method-assign]

    model.set_segments(_segments(), reset=True)
    assert ("unsure", [1.0, 9.0]) in told and ("hits", []) in told
    told.clear()
    model.set_pattern(re.compile(r"\bthe\b"))
    assert ("hits", [0.0, 5.0, 7.0]) in told
    told.clear()
    for row, word in ((0, 0), (0, 1), (1, 2), (2, 0)):  # playing along: segment and word move on
        model.set_playing_row(row)
        model.set_current_word(row, word)
    assert told == []
    model.set_pattern(None)
    assert ("hits", []) in told
