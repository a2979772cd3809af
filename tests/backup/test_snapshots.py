"""Listing the snapshots of a backup set: newest first with what each holds, and an unreadable manifest
reported (never skipped quietly), also by a restore of "the newest"."""

from __future__ import annotations

import time

import pytest
from backup_builders import add_audio_recording, back_up, folder_state, make_library, rewrite_object

from iam_desktop.backup.errors import DamagedObject
from iam_desktop.backup.restore import restore
from iam_desktop.backup.session import BackupSession, open_session, target_from_settings
from iam_desktop.backup.snapshots import list_snapshots, load_manifest
from iam_desktop.library import Library
from iam_desktop.paths import DataPaths, data_paths


@pytest.fixture
def paths(backup_settings) -> DataPaths:
    paths = data_paths()
    make_library(paths)
    return paths


@pytest.fixture
def session(backup_settings, credentials) -> BackupSession:
    return open_session(target_from_settings(backup_settings), credentials, create=True)


def two_backups(paths: DataPaths, session: BackupSession) -> tuple[str, str]:
    first = back_up(paths, session)
    time.sleep(1.1)  # the bucket's own times (used for unreadable manifests) are to the second
    library = Library.open(paths)
    try:
        add_audio_recording(library, "Late addition", b"late audio" * 100, "pelican")
    finally:
        library.close()
    return first.snapshot_id, back_up(paths, session).snapshot_id


def test_snapshots_newest_first_with_what_they_hold(paths, session):
    assert list_snapshots(session) == []
    first, second = two_backups(paths, session)
    listed = list_snapshots(session)
    assert [s.snapshot_id for s in listed] == [second, first]
    newest, oldest = listed
    assert (newest.recordings, newest.transcripts, newest.files) == (5, 5, 6)
    assert (oldest.recordings, oldest.transcripts, oldest.files) == (4, 4, 5)
    audio = sum(p.stat().st_size for p in paths.audio.rglob("*") if p.is_file())
    assert newest.size == audio + load_manifest(session, second).database.size
    assert newest.created > oldest.created and newest.problem is None and newest.readable


@pytest.mark.parametrize("how", ["flip", "swap"])
def test_an_unreadable_manifest_is_listed_and_not_restored(paths, session, s3_server, bucket, how):
    first, second = two_backups(paths, session)
    key = session.layout.snapshot(second)
    if how == "flip":
        rewrite_object(s3_server, bucket, key, "flip")
    else:  # the older manifest under the newer one's name: it must not pass for it
        client = s3_server.client()
        body = client.get_object(Bucket=bucket, Key=session.layout.snapshot(first))["Body"].read()
        client.put_object(Bucket=bucket, Key=key, Body=body)

    newest, oldest = list_snapshots(session)
    assert newest.snapshot_id == second and not newest.readable and newest.manifest is None
    assert newest.problem == f"the backup {second} in the bucket was altered or damaged"
    assert newest.created  # when the bucket stored it
    assert oldest.snapshot_id == first and oldest.readable

    before = folder_state(paths.root)
    refused = f"the newest backup \\({second}, stored .*\\) cannot be read.*older one"
    with pytest.raises(DamagedObject, match=refused):
        restore(paths, session, force=True)
    assert folder_state(paths.root) == before
    assert restore(paths, session, first, force=True).recordings == 4
