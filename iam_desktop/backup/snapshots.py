"""The snapshots in a backup set: listing them (newest first) and reading one snapshot's manifest.

A manifest that cannot be read (altered, truncated, made by a newer version) is never skipped quietly:
it is listed with its `problem` in plain words and the time the bucket says it was stored, so the window
and `backup list` show it, `verify` counts it as a problem, and a restore of "the newest" refuses rather
than falling back to an older snapshot without saying so.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from iam_desktop.backup.client import storage_errors
from iam_desktop.backup.errors import DamagedObject, MissingObject
from iam_desktop.backup.manifest import Manifest
from iam_desktop.backup.session import BackupSession


@dataclass(frozen=True)
class SnapshotInfo:
    """One snapshot as listed. Attributes: snapshot_id; created (ISO-8601 UTC: the manifest's time, or
    the time the bucket stored it when the manifest cannot be read); recordings, transcripts; size (bytes
    of the library file and audio files it holds); files (how many); problem (None, or why the manifest
    cannot be read: that snapshot cannot be restored); manifest (the manifest itself when readable)."""

    snapshot_id: str
    created: str
    recordings: int
    transcripts: int
    size: int
    files: int
    problem: str | None = None
    manifest: Manifest | None = None

    @property
    def readable(self) -> bool:
        return self.problem is None


def load_manifest(session: BackupSession, snapshot_id: str) -> Manifest:
    """The manifest of `snapshot_id`; MissingObject when there is no such snapshot, DamagedObject when
    it cannot be read, ConnectionProblem when the storage cannot be used."""
    key = session.layout.snapshot(snapshot_id)
    what = f"the backup {snapshot_id}"
    blob = session.get_small(key, snapshot_id, what)
    try:
        manifest = Manifest.from_bytes(blob)
    except DamagedObject as exc:
        raise DamagedObject(f"{what} cannot be read: {exc}") from None
    if manifest.snapshot_id != snapshot_id:
        raise DamagedObject(f"{what} holds the list of another backup ({manifest.snapshot_id})")
    return manifest


def list_snapshots(session: BackupSession) -> list[SnapshotInfo]:
    """Every snapshot in the set, newest first (one listing, then one small download per snapshot).
    Unreadable ones are included with `problem` set; ConnectionProblem when the storage cannot be used."""
    infos: list[SnapshotInfo] = []
    for snapshot_id, stored in _snapshot_objects(session):
        try:
            manifest = load_manifest(session, snapshot_id)
        except MissingObject:  # pruned by another computer between the listing and the download
            continue
        except DamagedObject as exc:
            infos.append(SnapshotInfo(snapshot_id, stored, 0, 0, 0, 0, problem=str(exc)))
            continue
        infos.append(SnapshotInfo(
            snapshot_id=snapshot_id, created=manifest.created, recordings=manifest.recordings,
            transcripts=manifest.transcripts, size=manifest.total_size, files=1 + len(manifest.files),
            manifest=manifest,
        ))  # fmt: skip
    infos.sort(key=lambda info: (parse_time(info.created), info.snapshot_id), reverse=True)
    return infos


def _snapshot_objects(session: BackupSession) -> list[tuple[str, str]]:
    """(snapshot id, when the bucket stored it as ISO-8601 UTC) of every manifest object."""
    prefix = session.layout.snapshots_prefix
    found: list[tuple[str, str]] = []
    with storage_errors(session.target):
        pages = session.client.get_paginator("list_objects_v2").paginate(Bucket=session.bucket, Prefix=prefix)
        for page in pages:
            for item in page.get("Contents", []):
                name = session.layout.name_of(item["Key"])
                if not name or "/" in item["Key"][len(prefix):]:
                    continue
                stored = item.get("LastModified")
                when = stored.astimezone(UTC).isoformat() if isinstance(stored, datetime) else ""
                found.append((name, when))
    return found


def parse_time(text: str) -> datetime:
    """An ISO-8601 time as an aware UTC datetime (naive means UTC); the earliest time if unreadable."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return datetime.min.replace(tzinfo=UTC)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
