"""Plain read-only views of library rows, handed to the CLI and the UI (no ORM objects leak out)."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Literal, TypeVar, overload

from iam_desktop.library.status import JobStatus, RecordingStatus
from iam_desktop.transcript import Segment, Word

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

R = TypeVar("R", bound="DataclassInstance")


@dataclass(frozen=True)
class RecordingSummary:
    """One line of the library list. status: see RecordingStatus (the state of its newest job, else done
    or recorded); language, engine and edited describe the current transcript (None/False without one)."""

    id: int
    title: str
    duration: float
    created_at: datetime
    status: RecordingStatus
    language: str | None = None
    engine: str | None = None
    #: tag names, sorted case-insensitively
    tags: tuple[str, ...] = ()
    notes: str | None = None
    #: when it went to the trash (None: not in the trash)
    deleted_at: datetime | None = None
    edited: bool = False
    #: the progress of its newest job (0 to 1; 0.0 without a job)
    progress: float = 0.0

    def __post_init__(self) -> None:
        object.__setattr__(self, "status", RecordingStatus(self.status))  # a plain string from storage

    def to_json(self) -> dict[str, Any]:
        """The line as `library list --json` prints it (a fixed set of keys scripts rely on)."""
        return {
            "id": self.id,
            "title": self.title,
            "duration": round(self.duration, 3),
            "created_at": self.created_at.isoformat(),
            "status": str(self.status),  # the plain string scripts rely on
        }


#: what the library list can be sorted by
SortKey = Literal["created", "title", "duration"]


@dataclass(frozen=True)
class RecordingFilter:
    """Which recordings a library query returns; every field left at its default filters nothing.

    text: part of the title (case-insensitive for ASCII letters). tag: a tag name (case-insensitive).
    created_from / created_to: inclusive bounds (naive datetimes are taken as local time).
    min_duration / max_duration: inclusive bounds in seconds. language / engine: of the current
    transcript. Trashed recordings are left out unless include_trashed; only_trashed gives the trash.
    """

    text: str | None = None
    tag: str | None = None
    created_from: datetime | None = None
    created_to: datetime | None = None
    min_duration: float | None = None
    max_duration: float | None = None
    language: str | None = None
    engine: str | None = None
    include_trashed: bool = False
    only_trashed: bool = False
    #: only these recordings (None: any)
    ids: tuple[int, ...] | None = None


@dataclass(frozen=True)
class TagCount:
    """A tag and how many recordings outside the trash carry it."""

    name: str
    count: int


@dataclass(frozen=True)
class SegmentRecord:
    """One stored segment of a recording's current transcript, with its row ID and position."""

    id: int
    position: int
    start: float
    end: float
    text: str
    words: tuple[Word, ...] = ()
    speaker: str | None = None

    @property
    def segment(self) -> Segment:
        return Segment(self.start, self.end, self.text, self.words, self.speaker)


@dataclass(frozen=True)
class EditResult:
    """What a transcript edit did, enough to undo and redo it.

    before / after: the full segment lists of the current transcript before and after the edit (undo =
    `replace_segments(before)`, redo = `replace_segments(after)`). created_copy: this edit made the
    edited copy of the machine transcript (so undo may instead call `restore_original`). count: how many
    things changed (segments, or replacements for replace_all); 0 means nothing was written.
    """

    before: tuple[SegmentRecord, ...]
    after: tuple[SegmentRecord, ...]
    count: int = 0
    created_copy: bool = False
    #: the ID of the transcript row that is current after the edit
    transcript_id: int | None = field(default=None, compare=False)


@dataclass(frozen=True)
class RecordingInfo:
    """Everything the library knows about one recording except its transcript."""

    id: int
    title: str
    duration: float
    sample_rate: int
    channels: int
    sha256: str
    audio_path: str
    source_path: str | None
    created_at: datetime
    #: None for one sound; MEETING_TRACKS: channel 0 the microphone, channel 1 the computer's audio
    tracks: str | None = None

    @property
    def meeting(self) -> bool:
        """A meeting recording: the microphone and the computer's audio on two channels."""
        return self.tracks == MEETING_TRACKS


#: recordings.tracks of a meeting recording
MEETING_TRACKS = "microphone,system"


#: the steps of a running job, in order, and what each one is called in the window
STAGE_WORDS = {
    "read": "Reading the file…",
    "load": "Loading model…",
    "detect": "Detecting language…",
    "transcribe": "Transcribing…",
    "speakers": "Identifying speakers…",
    "save": "Saving…",
}


@dataclass(frozen=True)
class JobStage:
    """What a running job is doing now (never stored: a runner tells its listeners).

    Attributes:
        step: one of STAGE_WORDS' keys.
        done / total: while transcribing, the seconds of audio transcribed so far and the audio's length.
    """

    step: str
    done: float | None = None
    total: float | None = None

    @property
    def text(self) -> str:
        """The stage in words: "Loading model…", "Transcribing 3:20 of 21:05"."""
        if self.step == "transcribe" and self.done is not None and self.total:
            from iam_desktop.timefmt import clock

            return f"Transcribing {clock(min(self.done, self.total))} of {clock(self.total)}"
        return STAGE_WORDS.get(self.step, self.step)


@dataclass(frozen=True)
class JobInfo:
    """The state of one background job."""

    id: int
    kind: str
    source_path: str
    recording_id: int | None
    status: JobStatus
    progress: float
    error: str | None
    engine: str
    model: str | None
    language: str | None
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None
    task: str = "transcribe"
    prompt: str | None = None
    allow_fallback: bool = True
    note: str | None = None
    owner: str | None = None
    heartbeat_at: datetime | None = None
    eta_seconds: float | None = None
    #: the title of the recording the job is attached to (None before the file is imported)
    title: str | None = None
    #: the job's own vocabulary terms (the library's glossary is added when it runs); a list from storage
    vocabulary: list[str] | None = None
    #: the language detected before transcribing (job language "detect") and the engine's probability
    detected_language: str | None = None
    language_probability: float | None = None
    #: label speakers: None = no, 0 = as many as are found, N = N speakers (kind "speakers": label only)
    speakers: int | None = None
    #: (what a runner tells its listeners, never stored) the runner gave the job up: it was stopped past
    #: its lease and another process took the job over, so its end will be told by that process
    handed_over: bool = False
    #: (never stored) what the running job is doing now, as its runner last told it
    stage: JobStage | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "status", JobStatus(self.status))  # a plain string from storage

    @property
    def finished(self) -> bool:
        return self.status.finished

    def to_json(self) -> dict[str, Any]:
        """The job as the CLI prints it (`jobs list --json`)."""
        return {
            "id": self.id,
            "file": self.source_path,
            "status": str(self.status),  # the plain string scripts rely on
            "progress": round(self.progress, 4),
            "eta": None if self.eta_seconds is None else round(self.eta_seconds, 1),
            "engine": self.engine,
            "model": self.model,
            "language": self.language,
            "detected_language": self.detected_language,
            "language_probability": (
                None if self.language_probability is None else round(self.language_probability, 3)
            ),
            "task": self.task,
            "kind": self.kind,
            "speakers": None if self.speakers is None else (self.speakers or "auto"),
            "recording_id": self.recording_id,
            "error": self.error,
            "note": self.note,
            "created_at": self.created_at.isoformat(),
            "finished_at": self.finished_at.isoformat() if self.finished_at else None,
        }


@dataclass(frozen=True)
class ChunkRecord:
    """A finished chunk of a job (segments timed from the start of the recording)."""

    position: int
    start: float
    end: float
    engine: str
    model: str
    language: str | None
    segments: list


@dataclass(frozen=True)
class SearchHit:
    """One search result: a matching segment of a recording's transcript, or (at 0 s) its title or notes.

    Attributes:
        id, title: the recording.
        start, end: the matching segment's time span (both 0.0 for a title or notes hit).
        snippet: ~20 words around the match, each matched word between « and » (plain text, as the CLI
            prints it).
        text, spans: the same excerpt without markers, and the (start, end) character offsets of the
            matched words in it (for a view that highlights them its own way).
        rank: the bm25 score (lower is better; hits come sorted by it).
        source: "transcript", "title", "notes" or "summary" (at 0 s, the text of one of its summaries).
        speaker, speaker_spans: a transcript hit's segment's speaker (None when nobody is named, and for a
            title or notes hit), and the (start, end) character offsets of the matched words in it. A hit
            found by its speaker's name alone has spans () and speaker_spans not empty; its text is the
            start of the segment.
    """

    id: int
    title: str
    start: float
    snippet: str
    end: float = 0.0
    text: str = ""
    spans: tuple[tuple[int, int], ...] = ()
    rank: float = 0.0
    source: str = "transcript"
    speaker: str | None = None
    speaker_spans: tuple[tuple[int, int], ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "start": round(self.start, 3), "snippet": self.snippet}


@overload
def aware(value: datetime) -> datetime: ...
@overload
def aware(value: None) -> None: ...
@overload
def aware(value: datetime | None) -> datetime | None: ...


def aware(value: datetime | None) -> datetime | None:
    """SQLite hands datetimes back without a zone; they were stored in UTC."""
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value


def record_from_row(record_type: type[R], row: object) -> R:
    """A plain record from an ORM row: the dataclass's fields copied over, datetimes made UTC-aware."""
    values = {}
    for name in (f.name for f in fields(record_type)):
        if not hasattr(row, name):  # filled in by the store (e.g. a job's recording title)
            continue
        value = getattr(row, name)
        values[name] = aware(value) if isinstance(value, datetime) else value
    return record_type(**values)
