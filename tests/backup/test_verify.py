"""Verifying a backup set in place against a real S3-compatible server: a clean set passes, a tampered, a
truncated and a deleted object and an unreadable manifest are each reported by file, a sample reads N."""

from __future__ import annotations

import io
import os

import pytest
from backup_builders import add_audio_recording, back_up, folder_state, make_library, rewrite_object

from iam_desktop.backup import crypto
from iam_desktop.backup.control import Control, Progress
from iam_desktop.backup.crypto import encrypted_size
from iam_desktop.backup.session import BackupSession, open_session, target_from_settings
from iam_desktop.backup.snapshots import list_snapshots, load_manifest
from iam_desktop.backup.verify import verify
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


def test_a_clean_set_passes_and_every_object_is_read(paths, session):
    first = load_manifest(session, back_up(paths, session).snapshot_id)
    library = Library.open(paths)
    try:
        add_audio_recording(library, "Late addition", b"late audio" * 100, "pelican")
    finally:
        library.close()
    second = load_manifest(session, back_up(paths, session).snapshot_id)
    distinct = {e.name: e.size for m in (first, second) for e in (m.database, *m.files)}
    before = folder_state(paths.root)
    seen: list[Progress] = []

    result = verify(session, control=Control(seen.append))

    assert result.ok and result.problems == []
    assert result.summary().startswith("the backup is sound: 2 snapshots, 7 of 7 objects read back")
    assert result.snapshots == 2 and result.needed_objects == len(distinct) == 7
    assert result.checked_objects == 7 and result.checked_bytes == sum(distinct.values())
    assert seen[0].stage == "verifying" and seen[-1].files_done == 7
    assert folder_state(paths.root) == before  # nothing written

    sampled = verify(session, sample=2)
    assert sampled.ok and sampled.checked_objects == 2 and sampled.needed_objects == 7
    assert verify(session, sample=0).checked_objects == 0


def test_tampered_truncated_deleted_objects_and_a_damaged_manifest_are_found(
    paths, session, s3_server, bucket
):
    manifest = load_manifest(session, back_up(paths, session).snapshot_id)
    big, small, other, *_rest = sorted(manifest.files, key=lambda e: -e.size)
    rewrite_object(s3_server, bucket, session.layout.data(big.name), "flip")
    rewrite_object(s3_server, bucket, session.layout.data(small.name), "truncate")
    rewrite_object(s3_server, bucket, session.layout.data(other.name), "delete")

    result = verify(session)

    assert not result.ok
    assert sorted(result.problems) == sorted([
        f"the backup copy of {big.path} was altered or damaged (it fails its authentication check)",
        f"the backup copy of {small.path} was altered or damaged: the bucket holds "
        f"{encrypted_size(small.size) - 100} bytes instead of {encrypted_size(small.size)} "
        "(needed by 1 backup)",
        f"the backup copy of {other.path} is missing from the bucket (needed by 1 backup)",
    ])  # fmt: skip
    assert result.checked_objects == 3  # the library file, the tampered one and the last good one
    assert result.summary().startswith("the backup has 3 problems (3 of 5 objects read back and checked")

    rewrite_object(s3_server, bucket, session.layout.snapshot(manifest.snapshot_id), "flip")
    result = verify(session)
    (listed,) = list_snapshots(session)
    assert result.problems == [
        f"the backup {manifest.snapshot_id} (stored {listed.created}) cannot be read: "
        f"the backup {manifest.snapshot_id} in the bucket was altered or damaged"
    ]
    assert result.snapshots == 1 and result.checked_objects == 0


def test_an_object_that_decrypts_but_holds_other_content_is_found(paths, session, s3_server, bucket):
    """Sealed with the set's own keys (a defect, not an outsider) but not the file the snapshot lists."""
    manifest = load_manifest(session, back_up(paths, session).snapshot_id)
    entry = min(manifest.files, key=lambda e: e.size)
    other = os.urandom(entry.size)
    sealed = b"".join(crypto.encrypt_stream(session.keys, entry.name, io.BytesIO(other).read, len(other)))
    s3_server.client().put_object(Bucket=bucket, Key=session.layout.data(entry.name), Body=sealed)

    result = verify(session)

    assert result.problems == [
        f"the backup copy of {entry.path} was altered or damaged (its checksum does not match)"
    ]


def test_an_object_found_damaged_is_uploaded_again_by_the_next_backup(paths, session, s3_server, bucket):
    """A tampered object keeps its size, so the bucket listing alone cannot tell: what verify finds is
    noted in the data folder and the next backup replaces it, after which the set is sound again."""
    from iam_desktop.backup.state import load_damaged

    manifest = load_manifest(session, back_up(paths, session).snapshot_id)
    entry = max(manifest.files, key=lambda e: e.size)
    rewrite_object(s3_server, bucket, session.layout.data(entry.name), "flip")
    found = verify(session, paths=paths)
    assert not found.ok and found.damaged == (entry.name,)
    assert load_damaged(paths) == {entry.name}
    assert verify(session).damaged == (entry.name,)  # without `paths` nothing is noted (nor changed)

    again = back_up(paths, session)
    assert again.files_uploaded == 1  # the damaged object (the library copy is byte-identical)
    assert load_damaged(paths) == set()
    assert verify(session, paths=paths).ok
