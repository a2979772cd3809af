"""Plain read-only views of library rows, handed to the CLI and the UI (no ORM objects leak out)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from datetime import UTC, datetime
from typing import Any, TypeVar

R = TypeVar("R")

#: the states a job moves through; done, failed and cancelled are final
JOB_STATES = ("queued", "running", "done", "failed", "cancelled")
FINAL_JOB_STATES = frozenset({"done", "failed", "cancelled"})


@dataclass(frozen=True)
class RecordingSummary:
    """One line of the library list. status is the state of its newest job ("done" if none)."""

    id: int
    title: str
    duration: float
    created_at: datetime
    status: str

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["created_at"] = self.created_at.isoformat()
        data["duration"] = round(self.duration, 3)
        return data


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


@dataclass(frozen=True)
class JobInfo:
    """The state of one background job."""

    id: int
    kind: str
    source_path: str
    recording_id: int | None
    status: str
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

    @property
    def finished(self) -> bool:
        return self.status in FINAL_JOB_STATES

    def to_json(self) -> dict[str, Any]:
        """The job as the CLI prints it (`jobs list --json`)."""
        return {
            "id": self.id,
            "file": self.source_path,
            "status": self.status,
            "progress": round(self.progress, 4),
            "eta": None if self.eta_seconds is None else round(self.eta_seconds, 1),
            "engine": self.engine,
            "model": self.model,
            "language": self.language,
            "task": self.task,
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
    """A recording whose title or transcript matches a query; start is the matching segment's time."""

    id: int
    title: str
    start: float
    snippet: str

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "start": round(self.start, 3), "snippet": self.snippet}


def aware(value: datetime | None) -> datetime | None:
    """SQLite hands datetimes back without a zone; they were stored in UTC."""
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value


def record_from_row(record_type: type[R], row: object) -> R:
    """A plain record from an ORM row: the dataclass's fields copied over, datetimes made UTC-aware."""
    values = {}
    for name in (f.name for f in fields(record_type)):
        value = getattr(row, name)
        values[name] = aware(value) if isinstance(value, datetime) else value
    return record_type(**values)
