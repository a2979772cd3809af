"""What a summary is: its preset, who made it, its text and, for chapters and action items, the moments
in the recording it points back to."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

#: the presets, in the order the window and the CLI offer them
SUMMARY = "summary"
KEY_POINTS = "key-points"
ACTION_ITEMS = "action-items"
MINUTES = "minutes"
CHAPTERS = "chapters"
PRESETS = (SUMMARY, KEY_POINTS, ACTION_ITEMS, MINUTES, CHAPTERS)

#: who made a summary
OFFLINE = "offline"
CLOUD = "openai"


@dataclass(frozen=True)
class Chapter:
    """A titled section of the recording, from `start` (seconds) to the next chapter."""

    start: float
    title: str


@dataclass(frozen=True)
class Summary:
    """One summary of a recording's transcript.

    Attributes:
        preset: one of PRESETS.
        engine: OFFLINE or CLOUD.
        model: the cloud model's name (None offline).
        text: the summary as plain text (lines; bullets as "- "; a moment as [m:ss] or [h:mm:ss]).
        chapters: for CHAPTERS (and wherever the text points at moments): titled start times, in order.
        instruction: the user's own instruction added to the preset, or None.
        id: its ID in the library (None before it is stored).
        recording_id: the recording it summarises (None before it is stored).
        created_at: when it was made (UTC; None before it is stored).
        stale: the transcript changed (a new transcription or a large edit) after it was made.
        edited: the user edited its text.
    """

    preset: str
    engine: str
    text: str
    model: str | None = None
    chapters: tuple[Chapter, ...] = field(default_factory=tuple)
    instruction: str | None = None
    id: int | None = None
    recording_id: int | None = None
    created_at: datetime | None = None
    stale: bool = False
    edited: bool = False

    @property
    def offline(self) -> bool:
        return self.engine == OFFLINE
