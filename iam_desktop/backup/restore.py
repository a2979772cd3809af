"""Restoring a snapshot into the current data folder: everything downloaded and checked first, then put
in place in a few renames.

Guarantees:
- The library must be closed everywhere: every open library holds a shared lock (Library.open); the
  restore takes it alone for its whole run, and refuses while anything else has it.
- A newer local library is never overwritten silently: when the local library holds recordings and was
  changed after the snapshot was made (or holds recordings the snapshot lacks), or cannot be read, the
  restore refuses unless `force` (the window's confirmation, `--force`); the previous library file is then
  kept beside the new one as library.sqlite3.before-restore-<time>, never deleted.
- Every object is downloaded into a private staging folder inside the data folder and checked (tag,
  SHA-256, size, name) before anything local changes; a wrong passphrase, a missing, tampered or
  truncated object, a full disk, a dropped connection or a cancel leave the data folder exactly as it was
  and the staging folder removed.
- Then the audio files are moved into the content-addressed store (those already there with the right
  checksum are neither downloaded nor touched), the library file is swapped in with os.replace (its
  -wal/-shm go with the kept file), the snapshot's settings are applied except the backup_* ones (so
  backups go on to the same place), and the folder is fsynced. Audio files the snapshot does not know
  are left alone.
"""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import hashlib
import json
import os
import secrets
import shutil
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath

from iam_desktop.backup.control import Control
from iam_desktop.backup.download import describe, download, stored_objects
from iam_desktop.backup.errors import BackupError, Cancelled, DamagedObject, MissingObject
from iam_desktop.backup.manifest import FileEntry, Manifest
from iam_desktop.backup.run import LOCK_FILE as BACKUP_LOCK
from iam_desktop.backup.session import BackupSession
from iam_desktop.backup.snapshots import list_snapshots, load_manifest, parse_time
from iam_desktop.fsutil import fsync_folder
from iam_desktop.library.file_lock import FileLock
from iam_desktop.library.integrity import check
from iam_desktop.library.library import open_lock_path
from iam_desktop.paths import DataPaths
from iam_desktop.settings import Settings, load_settings, save_settings

#: staging folders are named so inside the data folder (a crashed restore's one is removed by the next)
STAGING_PREFIX = ".restore-"
#: the previous library file is kept as library.sqlite3<KEPT_MARK><time>
KEPT_MARK = ".before-restore-"
#: the files SQLite keeps beside a database
SIDE_FILES = ("-wal", "-shm", "-journal")
#: free space kept in reserve beyond what the download needs
SPACE_MARGIN = 64 * 1024 * 1024
UNCHANGED = "nothing on this computer was changed"


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did. Attributes: snapshot_id and created (ISO-8601 UTC) of the snapshot restored;
    recordings and transcripts in the restored library; files (the library file and the audio files the
    snapshot holds) and bytes (their size); downloaded_bytes (what had to be fetched: audio already here
    is kept); kept_previous (where the previous library file now is, or None when there was none)."""

    snapshot_id: str
    created: str
    recordings: int
    transcripts: int
    files: int
    bytes: int
    kept_previous: Path | None
    downloaded_bytes: int = 0

    def summary(self) -> str:
        """The outcome in one plain sentence (the CLI prints it, the window shows it)."""
        when = parse_time(self.created).astimezone().strftime("%Y-%m-%d %H:%M")
        text = (f"restored the backup of {when}: {_count(self.recordings, 'recording')}, "
                f"{_count(self.transcripts, 'transcript')} ({_size(self.bytes)}, "
                f"{_size(self.downloaded_bytes)} downloaded)")  # fmt: skip
        if self.kept_previous is not None:
            text += f"; the previous library file is kept as {self.kept_previous}"
        return text


@dataclass(frozen=True)
class LocalLibrary:
    """What is in the local library file, as far as a restore must know. `problem` when it cannot be
    read; `changed` the newest of the file's modification time and its rows' timestamps (UTC)."""

    exists: bool
    recordings: int = 0
    audio_paths: frozenset[str] = frozenset()
    changed: datetime | None = None
    problem: str | None = None


def restore(paths: DataPaths, session: BackupSession, snapshot_id: str | None = None, *,
            force: bool = False, control: Control | None = None) -> RestoreResult:  # fmt: skip
    """Restore `snapshot_id` (None: the newest) into the data folder `paths`, as the module says.
    Raises BackupError (DamagedObject, MissingObject, ConnectionProblem, Cancelled…) in plain words;
    the data folder is then unchanged."""
    manifest = choose_snapshot(session, snapshot_id)
    audio = [(entry, _local_path(paths, entry)) for entry in manifest.files]
    paths.ensure()
    with _alone(paths):
        return _restore(paths, session, manifest, audio, force=force, control=control)


@contextlib.contextmanager
def _alone(paths: DataPaths) -> Iterator[None]:
    """Hold the library's open-lock and the backup lock alone; BackupError while anything else has one."""
    locks = [
        (FileLock(open_lock_path(paths)),
         "the library is open in IAM Desktop or in another command (a watch, a transcription); close it"),
        (FileLock(paths.root / BACKUP_LOCK),
         "a backup of this library is running; wait until it has finished"),
    ]  # fmt: skip
    held: list[FileLock] = []
    try:
        for lock, busy in locks:
            try:
                acquired = lock.acquire(timeout=0)
            except OSError as exc:
                raise BackupError(f"cannot use the data folder {paths.root}: {exc.strerror or exc}") from exc
            if not acquired:
                raise BackupError(f"{busy} and run the restore again. {UNCHANGED[0].upper()}{UNCHANGED[1:]}")
            held.append(lock)
        yield
    finally:
        for lock in held:
            lock.release()


def _restore(paths: DataPaths, session: BackupSession, manifest: Manifest,
             audio: list[tuple[FileEntry, Path]], *, force: bool,
             control: Control | None) -> RestoreResult:  # fmt: skip
    local = read_local_library(paths)
    if not force:
        refuse_newer_local(local, manifest)
    wanted = _still_needed(manifest, audio)
    _check_present(session, [entry for entry, _final in wanted])
    _remove_old_staging(paths)
    staging = paths.root / f"{STAGING_PREFIX}{time.strftime('%Y%m%d-%H%M%S')}-{secrets.token_hex(4)}"
    try:
        staging.mkdir(mode=0o700)
    except OSError as exc:
        raise BackupError(f"the restore could not write in {paths.root}: {exc.strerror or exc}; "
                          f"{UNCHANGED}") from exc  # fmt: skip
    try:
        try:
            fetched, downloaded = _download_all(session, manifest.database, wanted, staging, control)
            settings = _restored_settings(paths, manifest, staging)
            recordings, transcripts = _check_library(staging / paths.database.name)
            if control is not None:
                control.checkpoint()
        except Cancelled:
            raise Cancelled(f"the restore was cancelled; {UNCHANGED}") from None
        except BackupError as exc:
            raise type(exc)(f"{exc}; {UNCHANGED}") from None
        except OSError as exc:
            raise BackupError(f"the restore could not write in {paths.root}: {exc.strerror or exc}; "
                              f"{UNCHANGED}") from exc  # fmt: skip
        if control is not None:
            control.begin("restoring", 0)
        kept = _put_in_place(paths, staging, fetched, settings)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    if control is not None:
        control.finish()
    return RestoreResult(
        snapshot_id=manifest.snapshot_id, created=manifest.created, recordings=recordings,
        transcripts=transcripts, files=1 + len(manifest.files), bytes=manifest.total_size,
        kept_previous=kept, downloaded_bytes=downloaded,
    )  # fmt: skip


def choose_snapshot(session: BackupSession, snapshot_id: str | None) -> Manifest:
    """The manifest to restore: `snapshot_id`'s, or the newest one's. Refuses (DamagedObject) when the
    newest cannot be read, rather than restoring an older one without saying so."""
    if snapshot_id is not None:
        wanted = snapshot_id.strip().lower()
        try:
            return load_manifest(session, wanted)
        except MissingObject:
            raise MissingObject(
                f"there is no backup {wanted!r} in the bucket; `iam-desktop backup list` shows the backups"
            ) from None
    infos = list_snapshots(session)
    if not infos:
        raise BackupError(f"there is no backup in {session.target.describe()} yet; nothing to restore")
    newest = infos[0]
    if newest.manifest is None:
        raise DamagedObject(
            f"the newest backup ({newest.snapshot_id}, stored {newest.created}) cannot be read: "
            f"{newest.problem}. Restore an older one by its ID (`iam-desktop backup list` shows them), "
            "and run `iam-desktop backup verify`"
        )
    return newest.manifest


def read_local_library(paths: DataPaths) -> LocalLibrary:
    """What the local library file holds (read without changing it: no -wal/-shm is left behind)."""
    database = paths.database
    try:
        info = database.stat()
    except FileNotFoundError:
        return LocalLibrary(exists=False)
    if info.st_size == 0:
        return LocalLibrary(exists=True)
    changed = datetime.fromtimestamp(info.st_mtime, UTC)
    sides = [database.with_name(database.name + s) for s in ("-wal", "-shm")]
    for side in sides:
        with contextlib.suppress(OSError):
            changed = max(changed, datetime.fromtimestamp(side.stat().st_mtime, UTC))
    # a plain connection removes the -wal/-shm it makes; read-only is used only when they already exist
    uri = f"{database.as_uri()}?mode=ro" if any(s.exists() for s in sides) else database.as_uri()
    try:
        connection = sqlite3.connect(uri, uri=True, timeout=5)
        try:
            connection.execute("PRAGMA query_only=1")
            recordings = int(connection.execute("SELECT count(*) FROM recordings").fetchone()[0])
            rows = connection.execute("SELECT audio_path FROM recordings")
            audio = frozenset(f"audio/{row[0]}" for row in rows)
            latest = connection.execute("SELECT max(created_at), max(deleted_at) FROM recordings").fetchone()
            latest += connection.execute("SELECT max(created_at) FROM transcripts").fetchone()
        finally:
            connection.close()
    except sqlite3.Error as exc:
        return LocalLibrary(exists=True, changed=changed, problem=str(exc))
    for stamp in latest:
        if stamp:
            changed = max(changed, parse_time(str(stamp)))
    return LocalLibrary(exists=True, recordings=recordings, audio_paths=audio, changed=changed)


def refuse_newer_local(local: LocalLibrary, manifest: Manifest) -> None:
    """BackupError when restoring `manifest` would replace local work it does not hold."""
    if not local.exists or (local.problem is None and local.recordings == 0):
        return
    created = parse_time(manifest.created)
    when = created.astimezone().strftime("%Y-%m-%d %H:%M")
    if local.problem is not None:
        reason = f"the library on this computer cannot be read ({local.problem})"
    else:
        missing = local.audio_paths - {entry.path for entry in manifest.files}
        if missing:
            reason = (f"the library on this computer holds {len(missing)} recording"
                      f"{'s' if len(missing) != 1 else ''} the backup of {when} does not have")  # fmt: skip
        elif local.changed is not None and local.changed > created:
            changed = local.changed.astimezone().strftime("%Y-%m-%d %H:%M")
            reason = f"the library on this computer was changed ({changed}), after the backup of {when}"
        else:
            return
    raise BackupError(
        f"{reason}; restoring would replace it. To restore anyway, confirm in the window or run "
        "`iam-desktop backup restore --force`: the current library file is then kept beside the restored "
        f"one as library.sqlite3{KEPT_MARK}<time>. {UNCHANGED[0].upper()}{UNCHANGED[1:]}"
    )


def _local_path(paths: DataPaths, entry: FileEntry) -> Path:
    """Where an audio file of the snapshot goes; DamagedObject for a path outside the audio store."""
    pure = PurePosixPath(entry.path)
    if pure.is_absolute() or len(pure.parts) < 2 or pure.parts[0] != "audio" or ".." in pure.parts:
        raise DamagedObject(f"the backup lists a file outside the library's audio folder ({entry.path!r})")
    return paths.root.joinpath(*pure.parts)


def _still_needed(manifest: Manifest, audio: list[tuple[FileEntry, Path]]) -> list[tuple[FileEntry, Path]]:
    """The audio files of the snapshot the data folder lacks (or holds with other content), with where
    each goes."""
    return [
        (entry, final)
        for entry, final in audio
        if not (final.is_file() and final.stat().st_size == entry.size and _sha256_of(final) == entry.sha256)
    ]


def _check_present(session: BackupSession, entries: list[FileEntry]) -> None:
    """MissingObject naming the files whose backup copies are not in the bucket (one listing)."""
    stored = stored_objects(session)
    missing = [e for e in entries if e.name not in stored]
    if missing:
        names = ", ".join(e.path for e in missing[:5])
        if len(missing) > 5:
            names += f" and {len(missing) - 5} more"
        copies = "copy of" if len(missing) == 1 else "copies of"
        raise MissingObject(
            f"the backup {copies} {names} {'is' if len(missing) == 1 else 'are'} missing from the bucket, so "
            "this backup cannot be restored whole; try an older backup, and run `iam-desktop backup verify`. "
            f"{UNCHANGED[0].upper()}{UNCHANGED[1:]}"
        )


def _remove_old_staging(paths: DataPaths) -> None:
    for item in paths.root.glob(f"{STAGING_PREFIX}*"):
        if item.is_dir():
            shutil.rmtree(item, ignore_errors=True)


def _sha256_of(path: Path) -> str | None:
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            while block := handle.read(1 << 20):
                digest.update(block)
    except OSError:
        return None
    return digest.hexdigest()


def _download_all(session: BackupSession, database: FileEntry, audio: list[tuple[FileEntry, Path]],
                  staging: Path, control: Control | None) -> tuple[list[tuple[Path, Path]], int]:  # fmt: skip
    """Download and check the library file (as staging/library.sqlite3) and the audio files `audio`
    into `staging`. Returns the (staged file, final place) pairs to move, and the bytes downloaded."""
    from iam_desktop.backup.crypto import encrypted_size

    wanted: list[tuple[FileEntry, Path]] = [(database, staging / "library.sqlite3")]
    moves: list[tuple[Path, Path]] = []
    for index, (entry, final) in enumerate(audio):
        staged = staging / "audio" / f"{index}-{final.name}"
        wanted.append((entry, staged))
        moves.append((staged, final))
    needed = sum(entry.size for entry, _ in wanted)
    free = shutil.disk_usage(staging).free
    if free < needed + SPACE_MARGIN:
        raise BackupError(
            f"not enough free space in {staging.parent}: the restore needs {_size(needed + SPACE_MARGIN)}, "
            f"{_size(free)} are free. Free some space and try again"
        )
    (staging / "audio").mkdir(mode=0o700)
    if control is not None:
        control.begin("downloading", sum(encrypted_size(e.size) for e, _ in wanted), len(wanted))
    for entry, destination in wanted:
        if control is not None:
            control.checkpoint()
        try:
            download(session, entry, destination, control)
        except OSError as exc:
            if exc.errno in (errno.ENOSPC, errno.EDQUOT):
                raise BackupError(f"the disk is full: {describe(entry)} could not be written") from exc
            raise BackupError(f"{describe(entry)} could not be written: {exc.strerror or exc}") from exc
        if control is not None:
            control.file_done()
    if control is not None:
        control.finish()
    return moves, needed


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'s' if number != 1 else ''}"


def _size(nbytes: int) -> str:
    return f"{nbytes / 1e9:.1f} GB" if nbytes >= 1e9 else f"{nbytes / 1e6:.1f} MB"


def _restored_settings(paths: DataPaths, manifest: Manifest, staging: Path) -> Settings | None:
    """The snapshot's settings (read as settings.json is: unusable values fall back to defaults) with the
    current backup_* ones and the current value of any the snapshot does not hold; None when it holds
    no settings."""
    if not manifest.settings:
        return None
    staged = DataPaths(staging / "settings")
    staged.root.mkdir(mode=0o700)
    (staged.root / "settings.json").write_text(json.dumps(manifest.settings), encoding="utf-8")
    restored = load_settings(staged)
    current = load_settings(paths)
    names = [f.name for f in dataclasses.fields(Settings)
             if f.name.startswith("backup_") or f.name not in manifest.settings]  # fmt: skip
    return dataclasses.replace(restored, **{name: getattr(current, name) for name in names})


def _check_library(database: Path) -> tuple[int, int]:
    """The staged library file passes SQLite's quick check; returns its recordings and transcripts."""
    try:
        result = check(database)
        connection = sqlite3.connect(database)
        try:
            connection.execute("PRAGMA query_only=1")
            counts = [int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
                      for table in ("recordings", "transcripts")]  # fmt: skip
        finally:
            connection.close()
    except sqlite3.Error as exc:
        raise DamagedObject(f"the backed-up library file cannot be read ({exc})") from None
    finally:
        for suffix in SIDE_FILES:  # a read-only connection leaves them behind
            database.with_name(database.name + suffix).unlink(missing_ok=True)
    if not result.ok:
        raise DamagedObject(f"the backed-up library file is damaged ({'; '.join(result.problems[:3])})")
    return counts[0], counts[1]


def _put_in_place(paths: DataPaths, staging: Path, moves: list[tuple[Path, Path]],
                  settings: Settings | None) -> Path | None:  # fmt: skip
    """Move the checked files into the data folder; returns where the previous library file was kept."""
    database = paths.database
    try:
        folders = {paths.root, paths.audio}
        for staged, final in moves:
            final.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            os.replace(staged, final)
            folders.add(final.parent)
        kept = _keep_previous(database)
        try:
            os.replace(staging / database.name, database)
        except OSError:
            if kept is not None:
                _move_with_sides(kept, database)
            raise
    except OSError as exc:
        raise BackupError(
            f"the restored library could not be put in place: {exc.strerror or exc}. The library file on "
            "this computer was not replaced"
        ) from exc
    if settings is not None:
        save_settings(paths, settings)
    for folder in folders:
        fsync_folder(folder)
    return kept


def _keep_previous(database: Path) -> Path | None:
    """Move the current library file and its side files aside; None when there is none (stray side
    files, which would be applied to the new file, are removed then)."""
    if not database.exists():
        for suffix in SIDE_FILES:
            database.with_name(database.name + suffix).unlink(missing_ok=True)
        return None
    stamp = time.strftime("%Y%m%d-%H%M%S")
    kept = database.with_name(f"{database.name}{KEPT_MARK}{stamp}")
    number = 1
    while kept.exists():
        number += 1
        kept = database.with_name(f"{database.name}{KEPT_MARK}{stamp}-{number}")
    _move_with_sides(database, kept)
    return kept


def _move_with_sides(source: Path, target: Path) -> None:
    os.replace(source, target)
    for suffix in SIDE_FILES:
        side = source.with_name(source.name + suffix)
        if side.exists():
            os.replace(side, target.with_name(target.name + suffix))
