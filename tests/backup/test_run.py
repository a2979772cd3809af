"""Backups by the real runner against a real S3-compatible server: what lands in the bucket, incremental
runs, nothing in the clear, damaged local files, the lock, the state file, cancel and the bandwidth limit.

The helpers at the top are shared with the other test_run_*/test_upload/test_prune modules."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import os
import stat
import time
from pathlib import Path
from typing import Any

import pytest
from backup_builders import add_audio_recording
from s3_helpers import S3Server

from iam_desktop.backup import crypto
from iam_desktop.backup.control import Control, Progress
from iam_desktop.backup.credentials import Credentials
from iam_desktop.backup.errors import BackupError, Cancelled, ConnectionProblem
from iam_desktop.backup.manifest import Manifest
from iam_desktop.backup.run import LOCK_FILE, run_backup
from iam_desktop.backup.session import BackupSession, open_session, target_from_settings
from iam_desktop.backup.state import load_state
from iam_desktop.library import Library
from iam_desktop.library.file_lock import FileLock
from iam_desktop.paths import DataPaths, data_paths
from iam_desktop.settings import Settings

TITLES = ("Quarterly harbour review", "Lighthouse keeper interview", "Anchor supplier call")
WORDS = ("lighthouse", "harbour", "anchor")


# --- shared helpers ---------------------------------------------------------------------------------
def new_session(settings: Settings, credentials: Credentials) -> BackupSession:
    """A session on the settings' bucket, creating the backup set."""
    return open_session(target_from_settings(settings), credentials, create=True)


def add_recordings(paths: DataPaths, sizes: list[int], start: int = 0) -> list[bytes]:
    """Recordings with random audio of `sizes` bytes (and transcripts); returns their audio."""
    audio = [os.urandom(size) for size in sizes]
    library = Library.open(paths)
    try:
        for n, data in enumerate(audio, start):
            add_audio_recording(library, f"{TITLES[n % 3]} {n}", data, WORDS[n % 3])
    finally:
        library.close()
    return audio


class Requests:
    """The PutObject / UploadPart / CreateMultipartUpload requests a client makes (key and body size)."""

    def __init__(self, client: Any) -> None:
        self.calls: list[tuple[str, str, int]] = []
        client.meta.events.register("provide-client-params.s3.*", self._seen)

    def _seen(self, params: dict[str, Any], event_name: str, **_kwargs: Any) -> None:
        operation = event_name.rsplit(".", 1)[-1]
        body = params.get("Body")
        size = len(body) if isinstance(body, bytes | bytearray) else 0
        self.calls.append((operation, str(params.get("Key", "")), size))

    def keys(self, *operations: str) -> list[str]:
        return [key for op, key, _size in self.calls if op in operations]

    def sent(self) -> int:
        return sum(size for op, _key, size in self.calls if op in ("PutObject", "UploadPart"))

    def clear(self) -> None:
        self.calls.clear()


def read_object(s3: S3Server, bucket: str, key: str) -> bytes:
    return s3.client().get_object(Bucket=bucket, Key=key)["Body"].read()


def decrypt_object(s3: S3Server, bucket: str, session: BackupSession, key: str) -> bytes:
    """The plaintext of a content object, read back through the S3 API."""
    body = io.BytesIO(read_object(s3, bucket, key))
    return b"".join(crypto.decrypt_stream(session.keys, session.layout.name_of(key), body.read))


def manifests(session: BackupSession) -> list[Manifest]:
    found = []
    for key, _size in session.list_objects(session.layout.snapshots_prefix):
        sid = session.layout.name_of(key)
        found.append(Manifest.from_bytes(session.get_small(key, sid, "manifest")))
    return sorted(found, key=lambda m: m.created)


def data_keys(session: BackupSession) -> set[str]:
    return {key for key, _size in session.list_objects(session.layout.data_prefix)}


# --- tests ------------------------------------------------------------------------------------------
def test_a_backup_stores_every_file_encrypted_with_one_manifest(
    data_dir: Path, backup_settings: Settings, credentials: Credentials, s3_server: S3Server, bucket: str
) -> None:
    paths = data_paths(data_dir)
    audio = add_recordings(paths, [5 * crypto.CHUNK_SIZE // 2, 3000, 12 * crypto.CHUNK_SIZE])
    session = new_session(backup_settings, credentials)
    progress: list[Progress] = []

    result = run_backup(paths, backup_settings, session, Control(progress.append))

    keys = set(s3_server.objects(bucket))
    data = {k for k in keys if k.startswith("iam/data/")}
    snapshots = {k for k in keys if k.startswith("iam/snapshots/")}
    assert keys == {"iam/keys"} | data | snapshots
    assert len(data) == 4 and len(snapshots) == 1
    for key in data:
        name = key.rsplit("/", 1)[1]
        assert len(name) == 64 and key == f"iam/data/{name[:2]}/{name}"
    (manifest,) = manifests(session)
    assert snapshots == {f"iam/snapshots/{manifest.snapshot_id}"}
    assert (manifest.recordings, manifest.transcripts) == (3, 3)
    assert manifest.settings["backup_bucket"] == bucket and manifest.settings["backup_keep"] == 30
    assert manifest.database.path == "library.sqlite3"
    by_sha = {hashlib.sha256(a).hexdigest(): a for a in audio}
    assert {f.sha256 for f in manifest.files} == set(by_sha)
    for entry in manifest.files:
        assert entry.path == f"audio/{entry.sha256[:2]}/{entry.sha256}.wav"
        assert (
            decrypt_object(s3_server, bucket, session, session.layout.data(entry.name))
            == by_sha[entry.sha256]
        )
    snapshot_db = decrypt_object(s3_server, bucket, session, session.layout.data(manifest.database.name))
    assert snapshot_db.startswith(b"SQLite format 3\x00")
    assert hashlib.sha256(snapshot_db).hexdigest() == manifest.database.sha256
    assert (result.files_total, result.files_uploaded) == (4, 4)
    assert result.bytes_total == manifest.total_size
    assert result.bytes_uploaded == sum(
        crypto.encrypted_size(e.size) for e in (manifest.database, *manifest.files)
    )
    assert result.snapshot_id == manifest.snapshot_id and result.problems == ()
    uploading = [p for p in progress if p.stage == "uploading"]
    assert uploading[-1].done_bytes == uploading[-1].total_bytes == result.bytes_uploaded
    assert uploading[-1].files_done == uploading[-1].files_total == 4
    state = load_state(paths)
    assert state.last_snapshot == manifest.snapshot_id and state.last_error is None
    assert state.last_success == manifest.created
    assert state.last_attempt is not None
    state_file = paths.root / "backup-state.json"
    assert stat.S_IMODE(state_file.stat().st_mode) == 0o600
    assert (
        s3_server.secret not in state_file.read_text()
        and credentials.passphrase not in state_file.read_text()
    )
    assert not list(paths.root.glob(".backup-db-*")), "the private database copy is removed"


def test_a_second_backup_uploads_only_what_is_new(
    data_dir: Path, backup_settings: Settings, credentials: Credentials
) -> None:
    paths = data_paths(data_dir)
    add_recordings(paths, [4000, 5000])
    session = new_session(backup_settings, credentials)
    first = run_backup(paths, backup_settings, session)
    requests = Requests(session.client)

    (new_audio,) = add_recordings(paths, [7000], start=2)
    second = run_backup(paths, backup_settings, session)

    new_name = session.keys.content_name(hashlib.sha256(new_audio).hexdigest())
    latest = manifests(session)[-1]
    assert latest.snapshot_id == second.snapshot_id and latest.recordings == 3
    assert sorted(requests.keys("PutObject", "CreateMultipartUpload", "UploadPart")) == sorted(
        [session.layout.data(new_name), session.layout.data(latest.database.name),
         session.layout.snapshot(second.snapshot_id)]
    )  # fmt: skip
    assert second.files_uploaded == 2 and second.files_total == first.files_total + 1

    requests.clear()
    third = run_backup(paths, backup_settings, session)
    assert requests.keys("PutObject", "UploadPart") == [session.layout.snapshot(third.snapshot_id)], (
        "nothing changed: only the new manifest is written (the database copy is byte-identical)"
    )
    assert third.files_uploaded == 0 and third.bytes_uploaded == 0


def test_no_object_holds_titles_words_file_names_or_hashes(
    data_dir: Path, backup_settings: Settings, credentials: Credentials, s3_server: S3Server, bucket: str
) -> None:
    paths = data_paths(data_dir)
    audio = add_recordings(paths, [3000, 9 * crypto.CHUNK_SIZE + 5, 4000])
    session = new_session(backup_settings, credentials)
    run_backup(paths, backup_settings, session)

    hashes = [hashlib.sha256(a).hexdigest() for a in audio]
    needles = [t.encode() for t in TITLES] + [w.encode() for w in WORDS] + [b"keeper counted ships"]
    needles += [h.encode() for h in hashes] + [bytes.fromhex(h) for h in hashes]
    # (no needle under 6 bytes: 9 MiB of ciphertext holds a given 4 bytes, in some letter case, 1 time in 60)
    needles += [f"{h[-8:]}.wav".encode() for h in hashes]
    needles += [b"library.sqlite3", b"SQLite format", b"audio/", bucket.encode(), b"backup_keep"]
    needles += [a[1000:1032] for a in audio]
    objects = s3_server.objects(bucket)
    assert len(objects) == 6
    for key, path in objects.items():
        blob = path.read_bytes()
        for needle in needles:
            assert needle.lower() not in blob.lower(), f"{needle!r} is readable in {key}"
            assert needle.lower() not in key.encode().lower()


def test_a_damaged_audio_file_is_skipped_and_reported(
    data_dir: Path, backup_settings: Settings, credentials: Credentials
) -> None:
    paths = data_paths(data_dir)
    small, large, good = add_recordings(paths, [3000, 9 * crypto.CHUNK_SIZE, 2000])
    for data in (small, large):
        sha = hashlib.sha256(data).hexdigest()
        path = paths.audio / sha[:2] / f"{sha}.wav"
        with open(path, "r+b") as handle:  # one flipped byte, as a failing disk would
            handle.seek(len(data) - 10)
            handle.write(bytes([data[-10] ^ 0xFF]))
    session = new_session(backup_settings, credentials)

    result = run_backup(paths, backup_settings, session)

    assert len(result.problems) == 2 and all("damaged" in p for p in result.problems)
    (manifest,) = manifests(session)
    assert {f.sha256 for f in manifest.files} == {hashlib.sha256(good).hexdigest()}
    stored = data_keys(session)
    for data in (small, large):
        assert session.layout.data(session.keys.content_name(hashlib.sha256(data).hexdigest())) not in stored
    uploads = session.client.list_multipart_uploads(Bucket=session.bucket).get("Uploads")
    assert not uploads, "the damaged file's multipart upload was aborted"
    state = load_state(paths)
    assert state.last_success is not None and state.last_snapshot == result.snapshot_id
    assert state.last_error is not None and "damaged" in state.last_error


def test_only_one_backup_runs_at_a_time(
    data_dir: Path, backup_settings: Settings, credentials: Credentials
) -> None:
    paths = data_paths(data_dir)
    add_recordings(paths, [1000])
    session = new_session(backup_settings, credentials)
    other = FileLock(paths.root / LOCK_FILE)
    assert other.acquire(timeout=0)
    try:
        with pytest.raises(BackupError, match="a backup is already running"):
            run_backup(paths, backup_settings, session)
    finally:
        other.release()
    assert not manifests(session)
    run_backup(paths, backup_settings, session)
    assert len(manifests(session)) == 1


def test_a_failure_is_recorded_with_its_plain_message(
    data_dir: Path, backup_settings: Settings, credentials: Credentials
) -> None:
    paths = data_paths(data_dir)
    add_recordings(paths, [1000])
    session = new_session(backup_settings, credentials)
    good = run_backup(paths, backup_settings, session)
    gone = dataclasses.replace(session, target=dataclasses.replace(session.target, bucket="no-such-bucket"))

    with pytest.raises(ConnectionProblem, match="there is no bucket called 'no-such-bucket'") as failure:
        run_backup(paths, backup_settings, gone)

    state = load_state(paths)
    assert state.last_error == str(failure.value)
    assert state.last_success == good.created
    assert state.last_snapshot == good.snapshot_id and state.last_attempt is not None
    assert not list(paths.root.glob(".backup-db-*"))


def test_cancel_leaves_no_snapshot_and_the_next_run_completes(
    data_dir: Path, backup_settings: Settings, credentials: Credentials, s3_server: S3Server, bucket: str
) -> None:
    paths = data_paths(data_dir)
    (audio,) = add_recordings(paths, [30 * crypto.CHUNK_SIZE])
    session = new_session(backup_settings, credentials)
    control = Control()

    def cancel_when_started(progress: Progress) -> None:
        if progress.stage == "uploading" and progress.done_bytes > 0:
            control.cancel()

    control._listener = cancel_when_started
    with pytest.raises(Cancelled):
        run_backup(paths, backup_settings, session, control)
    assert not manifests(session)
    assert "cancelled" in (load_state(paths).last_error or "")

    result = run_backup(paths, backup_settings, session)
    (manifest,) = manifests(session)
    assert manifest.snapshot_id == result.snapshot_id and load_state(paths).last_error is None
    (entry,) = manifest.files
    assert decrypt_object(s3_server, bucket, session, session.layout.data(entry.name)) == audio


def test_the_bandwidth_limit_slows_the_upload(
    data_dir: Path, backup_settings: Settings, credentials: Credentials
) -> None:
    paths = data_paths(data_dir)
    add_recordings(paths, [2 * crypto.CHUNK_SIZE])
    session = new_session(backup_settings, credentials)
    limited = dataclasses.replace(backup_settings, backup_bandwidth_kbps=1000)  # 1 MB/s

    started = time.monotonic()
    result = run_backup(paths, limited, session)
    took = time.monotonic() - started

    assert result.bytes_uploaded > 2_000_000
    assert 1.5 <= took < 10, f"2 MB at 1 MB/s took {took:.2f} s"
