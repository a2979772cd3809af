"""Pruning on a real S3-compatible server: the newest N snapshots and exactly what they need are kept."""

from __future__ import annotations

import dataclasses
import hashlib
from datetime import timedelta
from pathlib import Path

import pytest
from s3_helpers import S3Server
from test_run import add_recordings, data_keys, manifests, new_session

from iam_desktop.backup import prune as pruning
from iam_desktop.backup.credentials import Credentials
from iam_desktop.backup.prune import prune
from iam_desktop.backup.run import run_backup
from iam_desktop.backup.session import BackupSession
from iam_desktop.library import Library
from iam_desktop.paths import DataPaths, data_paths
from iam_desktop.settings import Settings


def delete_for_good(paths: DataPaths, sha: str) -> None:
    """Trash the recording of this audio and empty the trash (its audio copy goes too)."""
    library = Library.open(paths)
    try:
        (recording,) = [
            r
            for r in library.list_recordings()
            if getattr(library.get_recording(r.id), "sha256", None) == sha
        ]
        library.items.delete([recording.id])
        library.items.empty_trash(older_than=None)
    finally:
        library.close()
    assert not list(paths.audio.glob(f"*/{sha}*"))


def needed(session: BackupSession) -> set[str]:
    return {session.layout.data(n) for m in manifests(session) for n in m.names}


def test_prune_keeps_the_newest_snapshots_and_exactly_what_they_need(
    data_dir: Path, backup_settings: Settings, credentials: Credentials
) -> None:
    paths = data_paths(data_dir)
    settings = dataclasses.replace(backup_settings, backup_keep=2)
    session = new_session(settings, credentials)
    _kept, dropped = add_recordings(paths, [3000, 4000])
    first = run_backup(paths, settings, session)
    dropped_sha = hashlib.sha256(dropped).hexdigest()
    delete_for_good(paths, dropped_sha)
    second = run_backup(paths, settings, session)
    assert data_keys(session) == needed(session), "nothing is pruned while 2 snapshots exist"
    first_db = session.layout.data(
        next(m for m in manifests(session) if m.snapshot_id == first.snapshot_id).database.name
    )

    add_recordings(paths, [5000], start=2)
    third = run_backup(paths, settings, session)

    assert [m.snapshot_id for m in manifests(session)] == [second.snapshot_id, third.snapshot_id]
    assert (third.pruned_snapshots, third.pruned_objects) == (1, 2)
    stored = data_keys(session)
    assert stored == needed(session)
    assert session.layout.data(session.keys.content_name(dropped_sha)) not in stored
    assert first_db not in stored
    assert prune(session, 2) == (0, 0)
    assert prune(session, 1) == (1, 1), "the second snapshot's database copy goes with it"
    assert data_keys(session) == needed(session) and len(manifests(session)) == 1


def test_nothing_is_pruned_while_a_manifest_cannot_be_read(
    data_dir: Path, backup_settings: Settings, credentials: Credentials, s3_server: S3Server, bucket: str
) -> None:
    paths = data_paths(data_dir)
    session = new_session(backup_settings, credentials)
    add_recordings(paths, [3000])
    run_backup(paths, backup_settings, session)
    add_recordings(paths, [4000], start=1)
    run_backup(paths, backup_settings, session)
    s3_server.client().put_object(
        Bucket=bucket, Key=session.layout.snapshot("0" * 32), Body=b"from the future"
    )
    before = data_keys(session)

    assert prune(session, 1) == (0, 0)
    assert (
        data_keys(session) == before and len(list(session.list_objects(session.layout.snapshots_prefix))) == 3
    )


def test_abandoned_multipart_uploads_are_aborted(
    data_dir: Path, backup_settings: Settings, credentials: Credentials, s3_server: S3Server, bucket: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    paths = data_paths(data_dir)
    session = new_session(backup_settings, credentials)
    add_recordings(paths, [3000])
    run_backup(paths, backup_settings, session)
    client = s3_server.client()
    client.create_multipart_upload(Bucket=bucket, Key=session.layout.data("ab" * 32))

    prune(session, 5)
    assert len(client.list_multipart_uploads(Bucket=bucket).get("Uploads") or []) == 1, "a young one is kept"

    monkeypatch.setattr(pruning, "ABANDONED_AFTER", timedelta(seconds=-60))
    prune(session, 5)
    assert not client.list_multipart_uploads(Bucket=bucket).get("Uploads")
