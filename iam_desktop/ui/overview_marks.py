"""Keeps the waveform overview's markers in step with the transcript shown: search and Find matches,
unsure words and speaker bands follow the segment model whenever its texts or its marks change."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject

from iam_desktop.audio.overview import match_times, speaker_bands, unsure_times
from iam_desktop.ui.transcript_model import CURRENT_WORD_ROLE, MARKS_ROLE, SegmentModel
from iam_desktop.ui.waveform_overview import WaveformOverview


class OverviewMarks(QObject):
    """Reads the markers from `model` after every reset or change of its texts or its search pattern, and
    gives them to `overview`. NOTE: the play-along marks (the playing segment and word, several times a
    second) change nothing the overview shows: those changes are not read, so a long transcript is not
    scanned again on the GUI thread for every word heard."""

    def __init__(self, model: SegmentModel, overview: WaveformOverview) -> None:
        super().__init__(overview)
        self._model, self._overview = model, overview
        model.modelReset.connect(self.update)
        self._pattern = model.pattern
        model.dataChanged.connect(self._data_changed)
        model.rowsInserted.connect(lambda *_: self.update())
        model.rowsRemoved.connect(lambda *_: self.update())

    def _data_changed(self, _first: object, _last: object, roles: Sequence[int] = ()) -> None:
        marks_only = bool(roles) and set(roles) <= {CURRENT_WORD_ROLE, MARKS_ROLE}
        if marks_only and self._model.pattern is self._pattern:
            return  # the playing segment or word moved, or Find's current match: nothing to redraw
        self.update()

    def update(self) -> None:
        """Give the overview the markers of what the model now shows."""
        self._pattern = self._model.pattern
        segments = self._model.segments()
        self._overview.set_hits(match_times(segments, self._model.pattern))
        self._overview.set_unsure(unsure_times(segments))
        self._overview.set_speaker_bands(speaker_bands(segments))
