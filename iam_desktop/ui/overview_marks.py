"""Keeps the waveform overview's markers in step with the transcript shown: search and Find matches,
unsure words and speaker bands follow the segment model whenever its texts or its marks change."""

from __future__ import annotations

from PySide6.QtCore import QObject

from iam_desktop.audio.overview import match_times, speaker_bands, unsure_times
from iam_desktop.ui.transcript_model import SegmentModel
from iam_desktop.ui.waveform_overview import WaveformOverview


class OverviewMarks(QObject):
    """Reads the markers from `model` after every reset or change, and gives them to `overview`."""

    def __init__(self, model: SegmentModel, overview: WaveformOverview) -> None:
        super().__init__(overview)
        self._model, self._overview = model, overview
        model.modelReset.connect(self.update)
        model.dataChanged.connect(lambda *_: self.update())
        model.rowsInserted.connect(lambda *_: self.update())
        model.rowsRemoved.connect(lambda *_: self.update())

    def update(self) -> None:
        """Give the overview the markers of what the model now shows."""
        segments = self._model.segments()
        self._overview.set_hits(match_times(segments, self._model.pattern))
        self._overview.set_unsure(unsure_times(segments))
        self._overview.set_speaker_bands(speaker_bands(segments))
