"""Recovering a damaged library file: every row that can still be read, copied into a new library file,
checked, then swapped in.

NOTE: SQLite's own `.recover` (the sqlite3 shell) needs the sqlite_dbpage table, which Debian's and many
other builds leave out, and its shell is not on every user's machine; so the app salvages with Python's
sqlite3: table by table, and past a damaged page row by row, so a damaged page loses only its own rows.
The damaged file is never changed: it is read read-only and then kept beside the new one as
`library.sqlite3.damaged-<time>`. Swapping needs the library closed everywhere: every open library holds
a shared lock (Library.open), and recovery takes it alone, refusing while another process has it.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session

from iam_desktop.errors import StorageError
from iam_desktop.library import search_index
from iam_desktop.library.database import migration_lock, open_engine
from iam_desktop.library.file_lock import FileLock
from iam_desktop.library.integrity import check
from iam_desktop.library.job_store import STALE_AFTER
from iam_desktop.library.library import open_lock_path
from iam_desktop.library.schema import Job, Recording, Transcript, utcnow
from iam_desktop.library.status import JobStatus
from iam_desktop.paths import DataPaths

#: reading row by row past a damaged page goes on this many missing rowids beyond the highest known one
MAX_MISSES = 1000
#: the files SQLite keeps beside a database
SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class RecoveryResult:
    """What recovery made. Attributes: library (the recovered file: in place, or --output), kept (where
    the damaged file now is; None with an output file), recordings and transcripts (how many were saved)."""

    library: Path
    kept: Path | None
    recordings: int
    transcripts: int


def recover(paths: DataPaths, output: Path | None = None) -> RecoveryResult:
    """Recover what can be read of the library in `paths` into a new, checked library file. With `output`
    it is written there and nothing else changes; without, it replaces library.sqlite3 (the damaged file
    is kept as library.sqlite3.damaged-<time>). Raises StorageError in plain words (the library is open
    elsewhere, the tool is missing, nothing could be recovered); nothing is changed then."""
    source = paths.database
    if not source.is_file():
        raise StorageError(f"there is no library file at {source}; nothing to recover")
    if output is not None:
        output = output.expanduser().absolute()
        if output.exists():
            raise StorageError(f"{output} already exists; choose a new file name")
        _recover_into(source, output)
        return _summary(output, kept=None)
    lock = FileLock(open_lock_path(paths))
    if not lock.acquire(timeout=0):
        raise StorageError(
            "the library is open in another IAM Desktop process (the app, a watch, or a running command); "
            "close it and run the recovery again. Nothing was changed"
        )
    try:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        temp = source.with_name(f".{source.name}.recovered-{stamp}")
        _remove(temp)
        try:
            _recover_into(source, temp)
            _refuse_running_jobs(temp)
        except BaseException:
            _remove(temp)
            raise
        kept = source.with_name(f"{source.name}.damaged-{stamp}")
        try:
            os.replace(source, kept)
            for suffix in SIDE_FILES:
                side = source.with_name(source.name + suffix)
                if side.exists():
                    os.replace(side, kept.with_name(kept.name + suffix))
            os.replace(temp, source)
        except OSError as exc:
            reason = exc.strerror or exc
            raise StorageError(f"the recovered library could not be put in place: {reason}") from exc
        _sync_folder(source.parent)
        return _summary(source, kept=kept)
    finally:
        lock.release()


def _recover_into(source: Path, target: Path) -> None:
    """Make a new library at `target` (the newest schema) and copy into it every row of `source` that
    can still be read; rows that point at lost rows are dropped, and the search index is rebuilt."""
    try:
        engine = open_engine(target)
    except StorageError as exc:
        raise StorageError(f"no new library could be made at {target} ({exc}); nothing was changed") from exc
    finally:
        migration_lock(target).path.unlink(missing_ok=True)
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")  # rows are copied in any order
            if source.stat().st_size > 0:  # an empty file holds nothing: the result is a new library
                with _open_read_only(source) as damaged:
                    for table in _data_tables(connection):
                        _copy_table(damaged, connection, table)
            connection.commit()
            _drop_broken_references(connection)
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")
            connection.commit()
        with Session(engine) as session, session.begin():
            search_index.rebuild(session)
    finally:
        engine.dispose()
    result = check(target, full=True)
    if not result.ok:
        raise StorageError(
            f"the recovered library is still damaged ({'; '.join(result.problems[:3])}); nothing was changed"
        )


@contextmanager
def _open_read_only(source: Path) -> Iterator[sqlite3.Connection]:
    """The damaged file, read-only (with its -wal when SQLite can use it, else the main file alone)."""
    for flags in ("mode=ro", "immutable=1"):
        try:
            connection = sqlite3.connect(f"{source.as_uri()}?{flags}", uri=True)
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.Error as exc:
            error: sqlite3.Error = exc
            continue
        try:
            yield connection
        finally:
            connection.close()
        return
    raise StorageError(f"nothing in {source} can be read ({error}); nothing was changed")


def _data_tables(connection: Connection) -> list[str]:
    """The new library's tables that hold data (not the schema version, not the full-text index)."""
    rows = connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    virtual = [name for name, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL TABLE")]
    return [
        name
        for name, _sql in rows
        if name != "alembic_version" and not any(name == v or name.startswith(f"{v}_") for v in virtual)
    ]


def _copy_table(damaged: sqlite3.Connection, connection: Connection, table: str) -> None:
    """Copy the rows of `table` that can be read: all at once, or, past a damaged page, row by row."""
    try:
        have = {row[1] for row in damaged.execute(f'PRAGMA table_info("{table}")')}
    except sqlite3.Error:
        return
    want = [row[1] for row in connection.exec_driver_sql(f'PRAGMA table_info("{table}")')]
    columns = [c for c in want if c in have]
    if not columns:
        return
    names = ", ".join(f'"{c}"' for c in columns)
    insert = f'INSERT OR IGNORE INTO "{table}" ({names}) VALUES ({", ".join("?" for _ in columns)})'
    select_all = f'SELECT {names} FROM "{table}"'
    try:
        rows = damaged.execute(select_all).fetchall()
    except sqlite3.DatabaseError:
        rows = list(_rows_one_by_one(damaged, table, names))
    if rows:
        connection.exec_driver_sql(insert, [tuple(row) for row in rows])


def _rows_one_by_one(damaged: sqlite3.Connection, table: str, names: str) -> Iterator[tuple[object, ...]]:
    """Each row reachable by its rowid; a damaged page loses only its own rows."""
    highest = 0
    for query in (f'SELECT max(rowid) FROM "{table}"', "SELECT max(seq) FROM sqlite_sequence"):
        try:
            highest = max(highest, int(damaged.execute(query).fetchone()[0] or 0))
        except (sqlite3.Error, TypeError, ValueError):
            continue
    misses = 0
    rowid = 1
    while rowid <= highest or misses < MAX_MISSES:
        try:
            row = damaged.execute(f'SELECT {names} FROM "{table}" WHERE rowid = ?', (rowid,)).fetchone()
        except sqlite3.DatabaseError:
            row = None
        if row is None:
            misses += 1
        else:
            misses = 0
            yield row
        rowid += 1


def _drop_broken_references(connection: Connection) -> None:
    """Delete the rows that point at rows lost with a damaged page (a segment of a lost transcript…)."""
    for _round in range(20):
        broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if not broken:
            return
        for table, rowid, *_rest in broken:
            connection.exec_driver_sql(f'DELETE FROM "{table}" WHERE rowid = ?', (rowid,))
        connection.commit()
    raise StorageError("the recovered rows still point at missing rows; nothing was changed")


def _refuse_running_jobs(recovered: Path) -> None:
    """A job whose heartbeat is fresh is being worked on by a process (of an older version, which holds
    no open-lock): swapping the file under it would lose its work."""
    engine = open_engine(recovered, upgrade=False)
    try:
        with Session(engine) as session:
            busy = session.scalar(
                select(func.count()).select_from(Job).where(
                    Job.status == JobStatus.RUNNING, Job.heartbeat_at > utcnow() - STALE_AFTER
                )
            )
    finally:
        engine.dispose()
    if busy:
        raise StorageError(
            f"{busy} transcription job{'s are' if busy != 1 else ' is'} still running in another process; "
            "let it finish or close it, then run the recovery again. Nothing was changed"
        )


def _summary(library: Path, *, kept: Path | None) -> RecoveryResult:
    engine = open_engine(library, upgrade=False)
    try:
        with Session(engine) as session:
            recordings = session.scalar(select(func.count()).select_from(Recording)) or 0
            transcripts = session.scalar(select(func.count()).select_from(Transcript)) or 0
    finally:
        engine.dispose()
    return RecoveryResult(library, kept, int(recordings), int(transcripts))


def _remove(path: Path) -> None:
    for candidate in (path, *(path.with_name(path.name + suffix) for suffix in SIDE_FILES)):
        try:
            candidate.unlink()
        except FileNotFoundError:
            pass


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
