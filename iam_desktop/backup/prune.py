"""Pruning: keep the newest N snapshots, delete the older manifests, then every content object no kept
snapshot needs, and multipart uploads abandoned for more than a day.

NOTE: run it only under the backup lock (run_backup does so, after its own manifest is written): an object
uploaded by a backup still running has no manifest yet and would look unneeded.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

from iam_desktop.backup.client import storage_errors
from iam_desktop.backup.errors import DamagedObject, MissingObject
from iam_desktop.backup.manifest import Manifest
from iam_desktop.backup.session import BackupSession
from iam_desktop.backup.upload import pending_uploads

log = logging.getLogger(__name__)

#: unfinished multipart uploads older than this are given up (a resumed run continues younger ones)
ABANDONED_AFTER = timedelta(days=1)
#: keys per DeleteObjects request (S3's limit)
DELETE_BATCH = 1000


def read_manifests(session: BackupSession) -> tuple[list[Manifest], int]:
    """Every snapshot's manifest, newest first, and how many manifests could not be read."""
    manifests: list[Manifest] = []
    unreadable = 0
    for key, _size in list(session.list_objects(session.layout.snapshots_prefix)):
        snapshot_id = session.layout.name_of(key)
        try:
            manifests.append(
                Manifest.from_bytes(session.get_small(key, snapshot_id, "a snapshot's manifest"))
            )
        except MissingObject:  # deleted meanwhile
            continue
        except DamagedObject:
            unreadable += 1
    manifests.sort(key=lambda m: (_when(m.created), m.snapshot_id), reverse=True)
    return manifests, unreadable


def _when(created: str) -> datetime:
    try:
        moment = datetime.fromisoformat(created)
    except ValueError:
        return datetime.min.replace(tzinfo=UTC)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def prune(session: BackupSession, keep: int) -> tuple[int, int]:
    """Keep the newest `keep` snapshots (by their `created` time) and what they need; returns (snapshots
    removed, objects removed). Nothing is deleted while a manifest cannot be read (it may belong to a
    newer version of the app) or when no snapshot is left to say what is needed."""
    if keep < 1:
        raise ValueError("keep at least one snapshot")
    manifests, unreadable = read_manifests(session)
    kept, old = manifests[:keep], manifests[keep:]
    if unreadable:
        log.warning("%d snapshot manifests cannot be read: nothing is pruned", unreadable)
        return 0, 0
    removed_snapshots = _delete(session, [session.layout.snapshot(m.snapshot_id) for m in old])
    removed_objects = 0
    if kept:
        needed = set().union(*(m.names for m in kept))
        stale = [key for key, _size in session.list_objects(session.layout.data_prefix)
                 if session.layout.name_of(key) not in needed]  # fmt: skip
        removed_objects = _delete(session, stale)
    _abort_abandoned(session)
    return removed_snapshots, removed_objects


def _delete(session: BackupSession, keys: list[str]) -> int:
    """Delete `keys`; returns how many are gone."""
    removed = 0
    for start in range(0, len(keys), DELETE_BATCH):
        batch = keys[start : start + DELETE_BATCH]
        with storage_errors(session.target):
            reply = session.client.delete_objects(
                Bucket=session.bucket, Delete={"Objects": [{"Key": k} for k in batch], "Quiet": True}
            )
        errors = reply.get("Errors") or []
        for error in errors[:3]:
            log.warning(
                "could not delete %s: %s", error.get("Key"), error.get("Message") or error.get("Code")
            )
        removed += len(batch) - len(errors)
    return removed


def _abort_abandoned(session: BackupSession) -> None:
    limit = datetime.now(UTC) - ABANDONED_AFTER
    for upload in pending_uploads(session, session.layout.data_prefix):
        if upload.initiated is not None and upload.initiated < limit:
            with storage_errors(session.target):
                session.client.abort_multipart_upload(Bucket=session.bucket, Key=upload.key,
                                                      UploadId=upload.upload_id)  # fmt: skip
