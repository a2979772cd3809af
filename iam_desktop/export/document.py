"""What an exported document (DOCX, PDF) shows, as a neutral structure both writers render the same way.

`build_document` turns a Transcript into a `Document`: the title, a list of details (date, duration,
language, engine/model, speakers), the notes, and one `Entry` per turn with its timestamp and speaker.
Text is cleaned of characters that XML (and so DOCX) cannot hold; nothing else is changed.

`turns` is how every readable export (TXT, DOCX, PDF) reads like a script: consecutive segments of the
same speaker make one turn (one paragraph, the name once), a new turn starts when the speaker changes.
Segments without a speaker stay a paragraph each, so a transcript without speakers reads as before.

Summaries (iam_desktop.summaries.model.Summary) given to an export come before the transcript, one
`SummarySection` each, in the order given: a heading per preset ("Key points"), who made it ("offline
summary", "OpenAI gpt-4o-mini"), "(may be out of date)" for a stale one, the user's instruction, then its
text; a chapters summary without text lists its chapters ("[1:05] Budget"). Which summaries to give is
the caller's choice (the library's `summaries.for_export`: the newest fresh one of each preset).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from iam_desktop.segmentation import separator
from iam_desktop.summaries.model import ACTION_ITEMS, CHAPTERS, CLOUD, KEY_POINTS, MINUTES, OFFLINE, SUMMARY
from iam_desktop.summaries.model import Summary as SummaryRecord
from iam_desktop.timefmt import clock, timestamp
from iam_desktop.transcript import Segment, Transcript

#: the title used when a recording has none
UNTITLED = "Transcript"
#: shown instead of the transcript when no segment has any text
EMPTY_TRANSCRIPT = "(no speech in this transcript)"

#: the heading of each preset's section
PRESET_HEADINGS = {
    SUMMARY: "Summary",
    KEY_POINTS: "Key points",
    ACTION_ITEMS: "Action items",
    MINUTES: "Minutes",
    CHAPTERS: "Chapters",
}
#: said of a stale summary (the transcript changed much after it was made)
STALE_NOTE = "may be out of date"
#: the heading of the transcript when summaries come before it
TRANSCRIPT_HEADING = "Transcript"
#: how a line of a summary's text starts when it is an item of a list
BULLETS = ("- ", "• ", "* ")

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
class SummarySection:
    """One summary as an export shows it, before the transcript.

    Attributes:
        heading: the preset's heading ("Key points"; the preset itself if it has none).
        made_by: "offline summary", "OpenAI gpt-4o-mini" (the cloud engine and its model).
        stale: made before the transcript changed much (shown as "(may be out of date)").
        instruction: the user's own instruction (one line), or None.
        lines: the text's lines, without blank lines at its start and end (a chapters summary without
            text: one "[m:ss] title" line per chapter).
    """

    heading: str
    made_by: str
    stale: bool
    instruction: str | None
    lines: tuple[str, ...]

    @property
    def title(self) -> str:
        """The section's heading line: "Key points (offline summary)", with "(may be out of date)"."""
        title = f"{self.heading} ({self.made_by})"
        return f"{title} ({STALE_NOTE})" if self.stale else title

    @property
    def paragraphs(self) -> tuple[tuple[str, bool], ...]:
        """The lines that are not blank as (text, is a list item): a list item without its bullet."""
        found = []
        for line in self.lines:
            text = line.strip()
            bullet = next((b for b in BULLETS if text.startswith(b)), None)
            if bullet is not None:
                found.append((text[len(bullet) :].strip(), True))
            elif text:
                found.append((text, False))
        return tuple(found)


def made_by(summary: SummaryRecord) -> str:
    """Who made a summary, in words: "offline summary", "OpenAI gpt-4o-mini" (or "OpenAI")."""
    if summary.engine == OFFLINE:
        return "offline summary"
    engine = "OpenAI" if summary.engine == CLOUD else clean_text(summary.engine).strip()
    model = _SPACES.sub(" ", clean_text(summary.model or "")).strip()
    return " ".join(part for part in (engine, model) if part) or "summary"


def summary_section(summary: SummaryRecord) -> SummarySection:
    """How an export shows `summary` (see SummarySection)."""
    lines = [line.rstrip() for line in clean_text(summary.text).split("\n")]
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    if not lines and summary.chapters:
        lines = [
            f"[{clock(c.start)}] {_SPACES.sub(' ', clean_text(c.title)).strip()}" for c in summary.chapters
        ]
    instruction = _SPACES.sub(" ", clean_text(summary.instruction or "")).strip()
    return SummarySection(
        heading=PRESET_HEADINGS.get(summary.preset, summary.preset),
        made_by=made_by(summary),
        stale=summary.stale,
        instruction=instruction or None,
        lines=tuple(lines),
    )


@dataclass(frozen=True, slots=True)
class Document:
    """Everything a document export shows, in reading order.

    Attributes:
        title: the recording's title (UNTITLED if blank).
        details: (label, value) pairs, e.g. ("Duration", "1:02:05"); only the ones known.
        speakers: the distinct speakers in order of first appearance.
        notes: the user's notes (stripped), or None.
        entries: the transcript, one per turn (see `turns`).
        summaries: the summaries shown before the transcript (none: the document is as it always was).
    """

    title: str
    details: tuple[tuple[str, str], ...]
    speakers: tuple[str, ...]
    notes: str | None
    entries: tuple[Entry, ...]
    summaries: tuple[SummarySection, ...] = ()


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


def build_document(
    transcript: Transcript,
    *,
    timestamps: bool = True,
    speakers: bool = True,
    summaries: Iterable[SummaryRecord] = (),
) -> Document:
    """The document for `transcript`; `timestamps` / `speakers` say whether entries carry them;
    `summaries` come before the transcript, in that order."""
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
        summaries=tuple(summary_section(summary) for summary in summaries),
    )
