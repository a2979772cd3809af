"""Restoring a backup into the data folder, against a real S3-compatible server: every file back byte for
byte, an older snapshot by its ID, a newer local library never overwritten silently, and damaged or
missing objects, a wrong passphrase, a cancel or an open library leaving the folder exactly as it was."""

from __future__ import annotations

import dataclasses
import hashlib
import shutil

import pytest
from backup_builders import (
    WORDS,
    CuttingProxy,
    add_audio_recording,
    back_up,
    folder_state,
    library_contents,
    make_library,
    rewrite_object,
)
from library_helpers import assert_index_in_step, machine_transcript

from iam_desktop.backup import download
from iam_desktop.backup.client import make_client
from iam_desktop.backup.control import Control, Progress
from iam_desktop.backup.credentials import PASSPHRASE_ENV
from iam_desktop.backup.crypto import encrypted_size
from iam_desktop.backup.errors import (
    BackupError,
    Cancelled,
    ConnectionProblem,
    DamagedObject,
    MissingObject,
    WrongPassphrase,
)
from iam_desktop.backup.restore import STAGING_PREFIX, restore
from iam_desktop.backup.session import (
    BackupSession,
    open_session,
    session_from_settings,
    target_from_settings,
)
from iam_desktop.backup.snapshots import list_snapshots, load_manifest
from iam_desktop.library import Library
from iam_desktop.library.integrity import check
from iam_desktop.paths import DataPaths, data_paths
from iam_desktop.settings import load_settings, save_settings


@pytest.fixture
def paths(backup_settings) -> DataPaths:
    """The test's data folder with a library of four recordings (real audio) and saved backup settings."""
    paths = data_paths()
    save_settings(paths, dataclasses.replace(backup_settings, theme="dark", language="de"))
    make_library(paths)
    return paths


@pytest.fixture
def session(backup_settings, credentials) -> BackupSession:
    return open_session(target_from_settings(backup_settings), credentials, create=True)


def wipe(paths: DataPaths, settings) -> None:
    """A new computer: an empty data folder where only the backup has been set up again."""
    shutil.rmtree(paths.root)
    save_settings(data_paths(paths.root), settings)


def test_a_wiped_data_folder_comes_back_byte_for_byte(paths, session, backup_settings):
    result = back_up(paths, session)
    audio_before = {k: v for k, v in folder_state(paths.root).items() if k.startswith("audio/")}
    contents = library_contents(paths)
    wipe(paths, backup_settings)
    assert load_settings(paths).theme == "system"

    restored = restore(data_paths(paths.root), session_from_settings(load_settings(paths)))

    assert (restored.snapshot_id, restored.created) == (result.snapshot_id, result.created)
    assert (restored.recordings, restored.transcripts, restored.files) == (4, 4, 5)
    assert restored.kept_previous is None
    assert restored.summary().startswith("restored the backup of ")
    mb = f"{restored.bytes / 1e6:.1f} MB"
    assert f"4 recordings, 4 transcripts ({mb}, {mb} downloaded)" in restored.summary()
    state = folder_state(paths.root)
    assert {k: v for k, v in state.items() if k.startswith("audio/")} == audio_before
    assert not [name for name in state if name.startswith(STAGING_PREFIX)]
    manifest = load_manifest(session, result.snapshot_id)
    assert hashlib.sha256(paths.database.read_bytes()).hexdigest() == manifest.database.sha256
    assert check(paths.database, full=True).ok
    assert library_contents(paths) == contents
    assert all(search for search in contents[3])  # each word finds its recording
    library = Library.open(paths)
    try:
        assert_index_in_step(library)
    finally:
        library.close()
    settings = load_settings(paths)
    assert (settings.theme, settings.language) == ("dark", "de")  # restored from the snapshot…
    assert settings.backup_bucket == backup_settings.backup_bucket  # …but the backup goes on as set up now
    # nothing left to fetch: a second restore (forced: the library is now as new as the backup) downloads
    # only the library file and keeps the one it replaces
    again = restore(paths, session, force=True)
    assert again.downloaded_bytes == manifest.database.size
    assert again.kept_previous is not None and again.kept_previous.read_bytes() == paths.database.read_bytes()


def test_an_older_snapshot_by_its_id_and_a_newer_local_library_kept(paths, session, s3_server, bucket):
    first = back_up(paths, session)
    library = Library.open(paths)
    try:
        add_audio_recording(library, "Late addition", b"late audio" * 100, "pelican")
    finally:
        library.close()
    second = back_up(paths, session)
    assert [s.snapshot_id for s in list_snapshots(session)] == [second.snapshot_id, first.snapshot_id]
    before = folder_state(paths.root)

    with pytest.raises(BackupError, match="holds 1 recording the backup of .* does not have") as refused:
        restore(paths, session, first.snapshot_id)
    assert "--force" in str(refused.value) and "Nothing on this computer was changed" in str(refused.value)
    assert folder_state(paths.root) == before

    restored = restore(paths, session, first.snapshot_id, force=True)
    assert restored.snapshot_id == first.snapshot_id and restored.recordings == 4
    kept = restored.kept_previous
    assert kept is not None and kept.name.startswith("library.sqlite3.before-restore-")
    assert kept.read_bytes() == before["library.sqlite3"]
    assert restored.summary().endswith(f"; the previous library file is kept as {kept}")
    after = folder_state(paths.root)
    late_audio = [k for k in before if k.startswith("audio/") and k not in after]
    assert not late_audio  # the newer recording's audio is left alone
    library = Library.open(paths)
    try:
        assert [r.title for r in library.list_recordings()].count("Late addition") == 0
        assert not library.search("pelican")
    finally:
        library.close()
    assert check(paths.database, full=True).ok
    with pytest.raises(MissingObject, match="there is no backup 'f00d'"):
        restore(paths, session, "f00d", force=True)


def test_a_library_changed_after_the_backup_is_not_replaced_without_force(paths, session):
    back_up(paths, session)
    library = Library.open(paths)
    try:
        first = library.list_recordings()[0].id
        library.save_transcript(first, machine_transcript("a newer transcript of the meeting"))
    finally:
        library.close()
    before = folder_state(paths.root)
    with pytest.raises(BackupError, match=r"was changed \(.*\), after the backup of .*--force"):
        restore(paths, session)
    assert folder_state(paths.root) == before


@pytest.mark.parametrize(
    ("how", "which", "error", "words"),
    [
        ("flip", "audio", DamagedObject, "was altered or damaged (it fails its authentication check)"),
        ("delete", "audio", MissingObject, "is missing from the bucket"),
        ("truncate", "database", DamagedObject, "library.sqlite3 was altered or damaged"),
    ],
)
def test_a_damaged_or_missing_object_changes_nothing(
    paths, session, s3_server, bucket, how, which, error, words
):
    result = back_up(paths, session)
    manifest = load_manifest(session, result.snapshot_id)
    big = max(manifest.files, key=lambda e: e.size)
    (paths.root / big.path).unlink()  # so the restore has to fetch it (and would replace the library file)
    entry = big if which == "audio" else manifest.database
    rewrite_object(s3_server, bucket, session.layout.data(entry.name), how)
    before = folder_state(paths.root)

    with pytest.raises(error) as caught:
        restore(paths, session, force=True)

    message = str(caught.value)
    assert words in message and entry.path in message
    assert "nothing on this computer was changed" in message.lower()
    assert folder_state(paths.root) == before


def test_a_wrong_passphrase_changes_nothing(paths, session, monkeypatch):
    back_up(paths, session)
    before = folder_state(paths.root)
    monkeypatch.setenv(PASSPHRASE_ENV, "not the passphrase at all")
    with pytest.raises(WrongPassphrase, match="passphrase does not open this backup"):
        restore(paths, session_from_settings(load_settings(paths)), force=True)
    assert folder_state(paths.root) == before


def test_a_cancel_half_way_changes_nothing(paths, session):
    result = back_up(paths, session)
    manifest = load_manifest(session, result.snapshot_id)
    for entry in manifest.files:
        (paths.root / entry.path).unlink()
    before = folder_state(paths.root)
    seen: list[Progress] = []

    def listener(progress: Progress) -> None:
        seen.append(progress)
        if progress.done_bytes > 1_000_000:  # in the middle of the large file
            control.cancel()

    control = Control(listener, limit_bytes_per_second=4_000_000)  # slow enough to be reported half-way
    with pytest.raises(Cancelled, match="the restore was cancelled; nothing on this computer was changed"):
        restore(paths, session, force=True, control=control)
    assert folder_state(paths.root) == before
    assert seen[0].stage == "downloading" and seen[0].files_total == 5


def test_an_open_library_is_not_replaced(paths, session, library):
    back_up(paths, session)
    before = folder_state(paths.root)
    with pytest.raises(BackupError, match="the library is open in IAM Desktop .* close it and run the"):
        restore(paths, session, force=True)
    assert folder_state(paths.root) == before
    assert len(library.list_recordings()) == len(WORDS)


def proxied(session: BackupSession, proxy: CuttingProxy, credentials, max_attempts: int = 5) -> BackupSession:
    target = dataclasses.replace(session.target, endpoint=proxy.endpoint)
    client = make_client(target, credentials.secret_access_key, max_attempts=max_attempts)
    return dataclasses.replace(session, target=target, client=client)


def test_a_download_broken_off_is_taken_up_where_it_stopped(paths, session, s3_server, credentials):
    result = back_up(paths, session)
    manifest = load_manifest(session, result.snapshot_id)
    big = max(manifest.files, key=lambda e: e.size)
    (paths.root / big.path).unlink()
    proxy = CuttingProxy(s3_server.endpoint, cut_after=1_000_000, cuts=2)  # 2.8 MB to fetch: two cuts
    seen: list[Progress] = []
    try:
        cut_off = proxied(session, proxy, credentials)
        restored = restore(paths, cut_off, force=True, control=Control(seen.append))
    finally:
        proxy.close()
    assert proxy.cuts_done == 2
    assert hashlib.sha256((paths.root / big.path).read_bytes()).hexdigest() == big.sha256
    assert restored.downloaded_bytes == manifest.database.size + big.size
    # bytes received are counted once, resumed or not
    expected = encrypted_size(manifest.database.size) + encrypted_size(big.size)
    downloading = [p for p in seen if p.stage == "downloading"]
    assert downloading[-1].done_bytes == downloading[-1].total_bytes == expected
    assert seen[-1].stage == "restoring"


def test_a_connection_that_keeps_breaking_off_changes_nothing(
    paths, session, s3_server, credentials, monkeypatch
):
    monkeypatch.setattr(download, "RESUME_DELAY", 0.01)
    result = back_up(paths, session)
    manifest = load_manifest(session, result.snapshot_id)
    (paths.root / max(manifest.files, key=lambda e: e.size).path).unlink()
    before = folder_state(paths.root)
    proxy = CuttingProxy(s3_server.endpoint, cut_after=300_000, cuts=1000)
    try:
        with pytest.raises(ConnectionProblem, match="the connection broke off 6 times while the backup"):
            restore(paths, proxied(session, proxy, credentials, max_attempts=1), force=True)
    finally:
        proxy.close()
    assert folder_state(paths.root) == before
