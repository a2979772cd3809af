"""Plain data of a transcript (words, segments, the whole), shared by engines, library and export."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True, slots=True)
class Word:
    """One recognised word with its timing in seconds from the start of the recording."""

    start: float
    end: float
    text: str
    probability: float = 1.0


@dataclass(frozen=True, slots=True)
class Segment:
    """A stretch of speech (usually a sentence or phrase) with its words."""

    start: float
    end: float
    text: str
    words: tuple[Word, ...] = ()


@dataclass(slots=True)
class Transcript:
    """A whole transcript of one recording, as stored in the library and handed to exporters.

    Attributes:
        recording_id: the library ID of the recording it belongs to (None before it is stored).
        title: the recording's title (file stem by default).
        duration: length of the recording in seconds.
        engine / model / language: what produced it ("local", "tiny.en", "en").
        created_at: when the transcript was made (UTC).
        segments: the text in time order.
    """

    title: str
    duration: float
    engine: str
    model: str
    language: str | None
    segments: list[Segment] = field(default_factory=list)
    recording_id: int | None = None
    created_at: datetime | None = None

    @property
    def text(self) -> str:
        """The plain text, one segment per line."""
        return "\n".join(s.text.strip() for s in self.segments if s.text.strip())
