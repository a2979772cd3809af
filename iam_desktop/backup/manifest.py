"""A snapshot's manifest: what the library held at one backup (stored encrypted, as JSON)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

from iam_desktop.backup.errors import DamagedObject

FORMAT = "iam-backup-snapshot"
VERSION = 1


@dataclass(frozen=True)
class FileEntry:
    """One file of the data folder: `path` relative to it (POSIX, e.g. "audio/ab/ab12….flac"), the
    content object's `name`, its `size` and the SHA-256 of its content (checked after every download)."""

    path: str
    name: str
    size: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    """One snapshot. `database` is the library file (taken with SQLite's online backup API); `files` the
    audio files; `settings` the settings a restore needs (never secrets); `created` ISO-8601 UTC."""

    snapshot_id: str
    created: str
    app_version: str
    database: FileEntry
    files: tuple[FileEntry, ...]
    settings: dict[str, Any] = field(default_factory=dict)
    recordings: int = 0
    transcripts: int = 0

    @property
    def total_size(self) -> int:
        return self.database.size + sum(f.size for f in self.files)

    @property
    def names(self) -> set[str]:
        """Every content object this snapshot needs."""
        return {self.database.name, *(f.name for f in self.files)}

    def to_bytes(self) -> bytes:
        data = asdict(self)
        data["files"] = [asdict(f) for f in self.files]
        return json.dumps({"format": FORMAT, "version": VERSION, **data}, separators=(",", ":")).encode()

    @classmethod
    def from_bytes(cls, blob: bytes) -> Manifest:
        """The manifest in `blob`; DamagedObject when it is not one this version reads."""
        try:
            data = json.loads(blob)
            if data.pop("format") != FORMAT:
                raise ValueError("not a snapshot manifest")
            if data.pop("version") > VERSION:
                raise ValueError("made by a newer version of IAM Desktop: update the app to restore it")
            data["database"] = FileEntry(**data["database"])
            data["files"] = tuple(FileEntry(**f) for f in data["files"])
            return cls(**data)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise DamagedObject(f"a snapshot's manifest cannot be read ({exc})") from None
