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
    #: who speaks (a name the user gave), or None
    speaker: str | None = None


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
    #: the user's notes on the recording
    notes: str | None = None
    #: True when this is the user's edited version (the machine transcript is kept beside it)
    edited: bool = False
    #: how sure the engine was of `language` when it detected it (0..1); None when the user named it
    language_probability: float | None = None

    @property
    def text(self) -> str:
        """The plain text, one segment per line."""
        return "\n".join(s.text.strip() for s in self.segments if s.text.strip())


def segments_to_json(segments: list[Segment], offset: float = 0.0) -> list:
    """Segments as plain JSON lists [start, end, text, [[start, end, word, probability], …]], shifted by
    `offset` seconds."""
    return [
        [
            round(float(s.start) + offset, 3),
            round(float(s.end) + offset, 3),
            s.text,
            [
                [
                    round(float(w.start) + offset, 3),
                    round(float(w.end) + offset, 3),
                    w.text,
                    float(w.probability),
                ]
                for w in s.words
            ],
        ]  # fmt: skip
        for s in segments
    ]


def segments_from_json(data: list) -> list[Segment]:
    """The inverse of segments_to_json."""
    return [
        Segment(
            float(start),
            float(end),
            text,
            tuple(Word(float(a), float(b), w, float(p)) for a, b, w, p in words),
        )
        for start, end, text, words in data
    ]
