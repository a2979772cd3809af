"""Plain read-only views of library rows, handed to the CLI and the UI (no ORM objects leak out)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

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

    @property
    def finished(self) -> bool:
        return self.status in FINAL_JOB_STATES


@dataclass(frozen=True)
class SearchHit:
    """A recording whose title or transcript matches a query; start is the matching segment's time."""

    id: int
    title: str
    start: float
    snippet: str

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "start": round(self.start, 3), "snippet": self.snippet}
