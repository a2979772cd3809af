"""A consistent copy of the library database taken while the app keeps writing to it (SQLite's online
backup API: one read transaction copies every page, so the copy is the database as of one moment; in WAL
mode writers are not blocked meanwhile)."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from iam_desktop.backup.errors import BackupError

#: the private temporary copies are named so, in the data folder (a killed run's leftovers are swept)
TEMP_PREFIX = ".backup-db-"
TEMP_SUFFIX = ".sqlite3"
#: how long to wait for a lock the app holds (it only ever needs a moment)
BUSY_TIMEOUT_MS = 30_000


@dataclass(frozen=True)
class DatabaseCounts:
    """How many recordings (not in the trash) and current transcripts of them a database holds."""

    recordings: int
    transcripts: int


def snapshot_database(database: Path, folder: Path) -> Path:
    """Copy `database` into a new private (0600) temporary file in `folder` and check the copy; returns
    its path (the caller removes it). BackupError when there is no database or the copy is damaged."""
    if not database.is_file():
        raise BackupError(f"there is no library to back up in {database.parent}")
    fd, name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX, dir=folder)
    os.close(fd)
    copy = Path(name)
    try:
        source = sqlite3.connect(database, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            target = sqlite3.connect(copy)
            try:
                source.backup(target)  # pages=-1: all pages in one step, one read transaction
                problems = [row[0] for row in target.execute("PRAGMA quick_check")]
            finally:
                target.close()
        finally:
            source.close()
        if problems != ["ok"]:
            raise BackupError(
                "the library database is damaged, so it was not backed up: run `iam-desktop library "
                f"recover` (first problem: {problems[0]})"
            )
    except sqlite3.Error as exc:
        remove_snapshot(copy)
        raise BackupError(f"the library database could not be copied for the backup: {exc}") from exc
    except BaseException:
        remove_snapshot(copy)
        raise
    return copy


def count_contents(copy: Path) -> DatabaseCounts:
    """The recordings and transcripts in a database copy (0, 0 for a database without those tables)."""
    connection = sqlite3.connect(f"file:{copy.as_posix()}?mode=ro", uri=True)
    try:
        recordings = connection.execute("SELECT count(*) FROM recordings WHERE deleted_at IS NULL")
        count = int(recordings.fetchone()[0])
        transcripts = connection.execute(
            "SELECT count(*) FROM transcripts t JOIN recordings r ON r.id = t.recording_id "
            "WHERE r.deleted_at IS NULL AND t.is_current"
        )
        return DatabaseCounts(count, int(transcripts.fetchone()[0]))
    except sqlite3.Error:
        return DatabaseCounts(0, 0)
    finally:
        connection.close()


def remove_snapshot(copy: Path) -> None:
    """Remove a copy and any side files SQLite made beside it."""
    for path in (copy, copy.with_name(copy.name + "-journal"), copy.with_name(copy.name + "-wal"),
                 copy.with_name(copy.name + "-shm")):  # fmt: skip
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)


def sweep_snapshots(folder: Path) -> None:
    """Remove copies a killed backup left behind (call with the backup lock held)."""
    for path in folder.glob(f"{TEMP_PREFIX}*"):
        with contextlib.suppress(OSError):
            path.unlink()
