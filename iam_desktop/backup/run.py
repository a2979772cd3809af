"""One backup run: snapshot the database, upload what the bucket lacks, write the manifest, prune.

Only one backup runs at a time per data folder (an exclusive lock file, backup.lock). The run lists the
bucket's content objects once and uploads only files whose object is missing; audio files are named by
their SHA-256, so an unchanged library costs one listing, one database copy and one small manifest, and
no audio file is read again. The manifest is written last: a snapshot exists only once everything it
needs is stored. The outcome (also a failure, with its plain message) is recorded in backup-state.json.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import logging
import os
import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from iam_desktop import __version__
from iam_desktop.backup import crypto
from iam_desktop.backup.control import Control
from iam_desktop.backup.db_snapshot import count_contents, remove_snapshot, snapshot_database, sweep_snapshots
from iam_desktop.backup.errors import BackupError
from iam_desktop.backup.manifest import FileEntry, Manifest
from iam_desktop.backup.prune import prune
from iam_desktop.backup.session import BackupSession
from iam_desktop.backup.state import load_damaged, load_state, save_damaged, save_state, utc_now
from iam_desktop.backup.upload import Content, LocalFileDamaged, Uploader, content_of
from iam_desktop.errors import IamError
from iam_desktop.library.file_lock import FileLock
from iam_desktop.paths import DataPaths
from iam_desktop.settings import Settings

log = logging.getLogger(__name__)

LOCK_FILE = "backup.lock"
#: unfinished multipart uploads of this computer (key → upload id), for resuming
JOURNAL_FILE = "backup-uploads.json"
#: settings not put in a manifest (a crash-report address embeds the project's key)
UNSAVED_SETTINGS = frozenset({"crash_report_dsn"})
_AUDIO_NAME = re.compile(r"([0-9a-f]{64})(\.[a-z0-9]{1,10})?")


@dataclass(frozen=True)
class BackupResult:
    """What a run did: the snapshot written, files in it and uploaded now, their plaintext bytes, the
    encrypted bytes sent now, what pruning removed, the seconds taken, and `problems`: plain warnings
    (damaged local files that were skipped, a prune that failed)."""

    snapshot_id: str
    created: str
    files_total: int
    files_uploaded: int
    bytes_total: int
    bytes_uploaded: int
    pruned_snapshots: int
    pruned_objects: int
    seconds: float
    problems: tuple[str, ...] = ()


def run_backup(paths: DataPaths, settings: Settings, session: BackupSession,
               control: Control | None = None) -> BackupResult:  # fmt: skip
    """Back up the library in `paths` to `session`'s backup set. The bandwidth limit of the settings (if
    any) is applied to `control`. Raises BackupError ("a backup is already running", ConnectionProblem,
    Cancelled, …) after recording it in the state file."""
    control = control or Control()
    if settings.backup_bandwidth_kbps > 0:
        control.set_limit(settings.backup_bandwidth_kbps * 1000)
    lock = FileLock(paths.root / LOCK_FILE)
    try:
        if not lock.acquire(timeout=0):
            raise BackupError("a backup is already running for this library; wait until it has finished")
    except OSError as exc:
        raise BackupError(f"cannot start a backup in {paths.root}: {exc.strerror or exc}") from exc
    attempt = utc_now(precise=True)
    try:
        try:
            result = _run(paths, settings, session, control)
        except OSError as exc:
            raise BackupError(f"the backup could not read the data folder: {exc.strerror or exc}") from exc
    except BaseException as exc:
        _record(paths, last_attempt=attempt, last_error=_message(exc))
        raise
    else:
        _record(paths, last_attempt=attempt, last_error="; ".join(result.problems) or None,
                last_success=result.created, last_snapshot=result.snapshot_id)  # fmt: skip
        return result
    finally:
        lock.release()


def _message(exc: BaseException) -> str:
    if isinstance(exc, IamError):
        return str(exc)
    if isinstance(exc, KeyboardInterrupt | SystemExit):
        return "the backup was interrupted"
    return f"the backup failed unexpectedly: {exc}"


def _record(paths: DataPaths, **changes: Any) -> None:
    try:
        save_state(paths, dataclasses.replace(load_state(paths), **changes))
    except OSError as exc:
        log.warning("the backup state cannot be saved: %s", exc)


def _run(paths: DataPaths, settings: Settings, session: BackupSession, control: Control) -> BackupResult:
    started = time.monotonic()
    sweep_snapshots(paths.root)
    control.begin("preparing", 0)
    copy = snapshot_database(paths.database, paths.root)
    try:
        counts = count_contents(copy)
        sha, size = _hash_file(copy)
        database = content_of(session, copy, sha, size)
        audio = list(_audio_files(paths, session))
        damaged = load_damaged(paths)  # found altered by a check: uploaded again, whatever their size
        stored = {
            session.layout.name_of(key): size
            for key, size in session.list_objects(session.layout.data_prefix)
            if session.layout.name_of(key) not in damaged
        }
        entries: dict[str, FileEntry] = {}
        todo: list[tuple[str, Content]] = []
        twins: list[tuple[str, Content]] = []  # the same content as a file queued before (another suffix)
        queued: set[str] = set()
        for relpath, content in [("library.sqlite3", database), *audio]:
            if stored.get(content.name) == content.encrypted_size:
                entries[relpath] = _entry(relpath, content)
            elif content.name in queued:
                twins.append((relpath, content))
            else:
                queued.add(content.name)
                todo.append((relpath, content))
        problems: list[str] = []
        with Uploader(session, control, journal=paths.root / JOURNAL_FILE) as uploader:
            total = sum(c.encrypted_size - uploader.already_uploaded(c) for _path, c in todo)
            control.begin("uploading", total, len(todo))
            for relpath, content in todo:
                try:
                    uploader.submit(content)
                except LocalFileDamaged as exc:
                    log.warning("%s", exc)
                    problems.append(str(exc))
                    queued.discard(content.name)
                    continue
                except FileNotFoundError:  # deleted from the library meanwhile: not in this snapshot
                    queued.discard(content.name)
                    continue
                entries[relpath] = _entry(relpath, content)
            stats = uploader.finish()
        if stats.reused_parts:
            log.info("continued interrupted uploads: %d parts (%d bytes) were already stored",
                     stats.reused_parts, stats.reused_bytes)  # fmt: skip
        entries.update((relpath, _entry(relpath, c)) for relpath, c in twins if c.name in queued)
        if damaged:  # those uploaded again are repaired; the rest stay listed for a later backup
            with contextlib.suppress(OSError):
                save_damaged(paths, damaged - queued)
        control.finish()
    finally:
        remove_snapshot(copy)
    control.checkpoint()
    snapshot_id = crypto.random_id()
    database_entry = entries.pop("library.sqlite3")
    manifest = Manifest(
        snapshot_id=snapshot_id, created=utc_now(precise=True), app_version=__version__,
        database=database_entry, files=tuple(entries[p] for p in sorted(entries)),
        settings=_restorable_settings(settings), recordings=counts.recordings, transcripts=counts.transcripts,
    )  # fmt: skip
    session.put_small(session.layout.snapshot(snapshot_id), snapshot_id, manifest.to_bytes())
    control.begin("pruning", 0)
    pruned = (0, 0)
    try:
        pruned = prune(session, settings.backup_keep)
    except BackupError as exc:
        problems.append(f"the backup was made, but older backups could not be pruned: {exc}")
    control.finish()
    return BackupResult(
        snapshot_id=snapshot_id, created=manifest.created, files_total=1 + len(manifest.files),
        files_uploaded=stats.objects, bytes_total=manifest.total_size, bytes_uploaded=stats.bytes,
        pruned_snapshots=pruned[0], pruned_objects=pruned[1], seconds=time.monotonic() - started,
        problems=tuple(problems),
    )  # fmt: skip


def _entry(relpath: str, content: Content) -> FileEntry:
    return FileEntry(relpath, content.name, content.size, content.sha256)


def _restorable_settings(settings: Settings) -> dict[str, Any]:
    return {k: v for k, v in dataclasses.asdict(settings).items() if k not in UNSAVED_SETTINGS}


def _hash_file(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as handle:
        while block := handle.read(crypto.CHUNK_SIZE):
            digest.update(block)
            size += len(block)
    return digest.hexdigest(), size


def _audio_files(paths: DataPaths, session: BackupSession) -> list[tuple[str, Content]]:
    """(path relative to the data folder, Content) of every file in the audio store, named by its
    SHA-256 (half-written imports and other files are not part of the library)."""
    found: list[tuple[str, Content]] = []
    try:
        folders = sorted(
            (e for e in os.scandir(paths.audio) if e.is_dir(follow_symlinks=False)), key=lambda e: e.name
        )
    except FileNotFoundError:
        return found
    for folder in folders:
        if len(folder.name) != 2:
            continue
        for entry in sorted(os.scandir(folder.path), key=lambda e: e.name):
            match = _AUDIO_NAME.fullmatch(entry.name)
            if (
                not match
                or not match.group(1).startswith(folder.name)
                or not entry.is_file(follow_symlinks=False)
            ):
                continue
            content = content_of(session, Path(entry.path), match.group(1), entry.stat().st_size)
            found.append((f"audio/{folder.name}/{entry.name}", content))
    return found
