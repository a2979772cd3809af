"""What an exported document (DOCX, PDF) shows, as a neutral structure both writers render the same way.

`build_document` turns a Transcript into a `Document`: the title, a list of details (date, duration,
language, engine/model, speakers), the notes, and one `Entry` per turn with its timestamp and speaker.
Text is cleaned of characters that XML (and so DOCX) cannot hold; nothing else is changed.

`turns` is how every readable export (TXT, DOCX, PDF) reads like a script: consecutive segments of the
same speaker make one turn (one paragraph, the name once), a new turn starts when the speaker changes.
Segments without a speaker stay a paragraph each, so a transcript without speakers reads as before.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from iam_desktop.segmentation import separator
from iam_desktop.timefmt import clock, timestamp
from iam_desktop.transcript import Segment, Transcript

#: the title used when a recording has none
UNTITLED = "Transcript"
#: shown instead of the transcript when no segment has any text
EMPTY_TRANSCRIPT = "(no speech in this transcript)"

# characters XML 1.0 forbids (C0 controls except tab/newline/CR, surrogates, U+FFFE/U+FFFF)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SPACES = re.compile(r"\s+")


def clean_text(text: str) -> str:
    """Text without characters XML cannot hold, with Windows/old-Mac line ends made "\\n"."""
    return _NOT_XML.sub("", str(text).replace("\r\n", "\n").replace("\r", "\n"))


def speaker_name(segment: Segment) -> str | None:
    """The segment's speaker on one line, or None if it has none (or only blanks)."""
    if segment.speaker is None:
        return None
    name = _SPACES.sub(" ", clean_text(segment.speaker)).strip()
    return name or None


@dataclass(frozen=True, slots=True)
class Turn:
    """One paragraph of a transcript: a single segment, or a speaker's consecutive segments.

    Attributes:
        start: the start of its first segment (seconds), for the timestamp.
        speaker: who speaks (see `speaker_name`), or None.
        text: the segments' texts, stripped, joined by a space (by nothing in languages written without
            spaces, see segmentation.separator); line breaks inside a segment are kept.
    """

    start: float
    speaker: str | None
    text: str


def turns(segments: Iterable[Segment], *, speakers: bool = True, language: str | None = None) -> list[Turn]:
    """The segments as turns, in order, blank segments left out.

    Consecutive segments of the same speaker form one turn (blank segments between them do not break
    it); a segment without a speaker is a turn of its own. With `speakers=False` no names are shown and
    nothing is grouped: every segment is a turn with speaker None.
    """
    groups: list[tuple[float, str | None, list[str]]] = []  # (start, speaker, texts) of each turn
    for segment in segments:
        text = segment.text.strip()
        if not text:
            continue
        name = speaker_name(segment) if speakers else None
        if name is not None and groups and groups[-1][1] == name:
            groups[-1][2].append(text)
        else:
            groups.append((segment.start, name, [text]))
    joiner = separator(language)
    return [Turn(start=start, speaker=name, text=joiner.join(texts)) for start, name, texts in groups]


@dataclass(frozen=True, slots=True)
class Entry:
    """One paragraph (a turn) of the transcript. timestamp and speaker are None when not shown."""

    timestamp: str | None
    speaker: str | None
    text: str


@dataclass(frozen=True, slots=True)
class Document:
    """Everything a document export shows, in reading order.

    Attributes:
        title: the recording's title (UNTITLED if blank).
        details: (label, value) pairs, e.g. ("Duration", "1:02:05"); only the ones known.
        speakers: the distinct speakers in order of first appearance.
        notes: the user's notes (stripped), or None.
        entries: the transcript, one per turn (see `turns`).
    """

    title: str
    details: tuple[tuple[str, str], ...]
    speakers: tuple[str, ...]
    notes: str | None
    entries: tuple[Entry, ...]


def _details(transcript: Transcript, speakers: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    details: list[tuple[str, str]] = []
    if transcript.created_at is not None:
        details.append(("Date", f"{transcript.created_at.astimezone():%Y-%m-%d %H:%M}"))
    duration = float(transcript.duration)
    if math.isfinite(duration) and duration >= 0:
        details.append(("Duration", clock(duration)))
    if transcript.language:
        details.append(("Language", clean_text(transcript.language)))
    made_by = " / ".join(clean_text(part) for part in (transcript.engine, transcript.model) if part)
    if made_by:
        details.append(("Engine / model", made_by))
    if speakers:
        details.append(("Speakers", ", ".join(speakers)))
    if transcript.edited:
        details.append(("Version", "edited"))
    return tuple(details)


def build_document(transcript: Transcript, *, timestamps: bool = True, speakers: bool = True) -> Document:
    """The document for `transcript`; `timestamps` / `speakers` say whether entries carry them."""
    names: dict[str, None] = {}
    for segment in transcript.segments:
        name = speaker_name(segment)
        if name is not None and clean_text(segment.text).strip():
            names.setdefault(name)
    cleaned = (replace(segment, text=clean_text(segment.text)) for segment in transcript.segments)
    entries = tuple(
        Entry(
            timestamp=timestamp(turn.start) if timestamps else None,
            speaker=turn.speaker,
            text=turn.text,
        )
        for turn in turns(cleaned, speakers=speakers, language=transcript.language)
    )
    speaker_list = tuple(names) if speakers else ()
    notes = clean_text(transcript.notes).strip() if transcript.notes else ""
    return Document(
        title=_SPACES.sub(" ", clean_text(transcript.title)).strip() or UNTITLED,
        details=_details(transcript, speaker_list),
        speakers=speaker_list,
        notes=notes or None,
        entries=entries,
    )
