"""Opening the SQLite library: WAL mode, foreign keys on, schema migrated by Alembic on every open.

Alembic (~0.15 s to import) is imported only when the file is not already at HEAD_REVISION: a new file, an
older schema to upgrade, or a version that needs its checks. Opening an up-to-date library (every start
but the first after an upgrade) reads the one row of alembic_version with plain SQL.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DatabaseError, OperationalError

from iam_desktop.errors import LibraryDamaged, StorageError
from iam_desktop.library.file_lock import FileLock
from iam_desktop.library.integrity import damaged_message, is_damage

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
#: how long a statement waits for another process's write lock before "database is locked" (ms);
#: IAM_DB_BUSY_TIMEOUT_MS overrides it (tests shorten it to hold a lock for real without waiting long)
BUSY_TIMEOUT_MS = 10_000
#: how long a process waits for another one to finish creating or upgrading the database (s)
MIGRATION_LOCK_TIMEOUT = 120.0
#: the newest migration (migrations/versions); NOTE: update it with every new migration (a test compares
#: it with Alembic's head) — a library at this revision is opened without importing Alembic
HEAD_REVISION = "0013"


def busy_timeout_ms() -> int:
    """The busy timeout in force (IAM_DB_BUSY_TIMEOUT_MS, else BUSY_TIMEOUT_MS)."""
    try:
        return max(0, int(os.environ.get("IAM_DB_BUSY_TIMEOUT_MS", BUSY_TIMEOUT_MS)))
    except ValueError:
        return BUSY_TIMEOUT_MS


def migration_lock(path: Path) -> FileLock:
    """The lock that serialises creating and upgrading the database file at `path` between processes."""
    return FileLock(path.with_name(f"{path.name}.lock"))


def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms()}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def alembic_config() -> Config:
    """An Alembic configuration pointing at the packaged migrations (no alembic.ini needed)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    """The newest migration revision this version of the app knows (read from the migrations)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision the database file is at (None for a new, empty file)."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the database to `revision` (default: the newest), in one transaction.

    NOTE: foreign keys are off while migrating: SQLite rebuilds a table to alter it (copy, drop, rename),
    and dropping the old table with foreign keys on would cascade-delete the rows that point at it.
    They are checked once the migration is done.
    NOTE: Python's sqlite3 starts no transaction before CREATE/ALTER/DROP, so the driver is put in
    autocommit mode and the migration runs inside an explicit BEGIN IMMEDIATE: a crash or a failure
    leaves the old schema whole, and a second process waits instead of creating the same tables.
    """
    from alembic import command

    config = alembic_config()
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")  # only outside a transaction
        connection.commit()
        driver = connection.connection.driver_connection
        if not isinstance(driver, sqlite3.Connection):
            raise StorageError(f"unexpected database driver connection: {driver!r}")
        saved_isolation = driver.isolation_level
        driver.isolation_level = None
        try:
            with connection.begin():
                connection.exec_driver_sql("BEGIN IMMEDIATE")
                config.attributes["connection"] = connection
                command.upgrade(config, revision)
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise StorageError(f"the upgrade would break {len(broken)} references; not applied")
        finally:
            driver.isolation_level = saved_isolation
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")
            connection.commit()


def open_engine(path: Path, *, upgrade: bool = True) -> Engine:
    """Open (creating if needed) the library at `path` and migrate it to the newest schema.

    Creating and upgrading are serialised between processes by a lock file beside the database (three
    commands started at once on a new data folder create the tables once).
    Raises StorageError in plain words when the file is not a library, is from a newer version of the app
    or its version is ambiguous; LibraryDamaged when SQLite finds it damaged.
    """
    engine = create_engine(
        f"sqlite:///{path}", connect_args={"check_same_thread": False, "timeout": busy_timeout_ms() / 1000}
    )
    event.listen(engine, "connect", _on_connect)
    lock = migration_lock(path)
    try:
        try:
            if not lock.acquire(timeout=MIGRATION_LOCK_TIMEOUT):
                raise StorageError(
                    f"another IAM Desktop process has been creating or upgrading the library at {path} for "
                    f"over {MIGRATION_LOCK_TIMEOUT:.0f} s; try again when it has finished"
                )
        except OSError as exc:
            raise StorageError(f"cannot open the library at {path}: {exc.strerror or exc}") from exc
        try:
            if not _at_head(engine):
                revision = _check_revision(engine, path)
                if upgrade and revision != head_revision():  # no write lock taken when nothing is to do
                    migrate(engine)
        finally:
            lock.release()
    except (DatabaseError, OperationalError) as exc:
        engine.dispose()
        if is_damage(exc):
            raise LibraryDamaged(damaged_message(path)) from exc
        raise StorageError(f"cannot open the library at {path}: {exc.orig}") from exc
    except BaseException:
        engine.dispose()
        raise
    return engine


def _at_head(engine: Engine) -> bool:
    """True when the file records exactly one schema version and it is HEAD_REVISION (nothing to check or
    upgrade); False for anything else — a new file, another version, several rows — which Alembic then
    examines."""
    with engine.connect() as connection:
        has_table = connection.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).first()
        if has_table is None:
            return False
        rows = connection.exec_driver_sql("SELECT version_num FROM alembic_version LIMIT 2").fetchall()
    return [row[0] for row in rows] == [HEAD_REVISION]


def _check_revision(engine: Engine, path: Path) -> str | None:
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    try:
        revision = current_revision(engine)
    except CommandError as exc:  # e.g. two rows in alembic_version
        with engine.connect() as connection:
            rows = [row[0] for row in connection.exec_driver_sql("SELECT version_num FROM alembic_version")]
        raise StorageError(
            f"the library at {path} records {len(rows)} schema versions at once ({', '.join(rows)}) instead "
            "of one, so it cannot tell how to open it; nothing was changed. Restore library.sqlite3 from a "
            "backup, or delete all but the newest row of its alembic_version table"
        ) from exc
    known = {script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    if revision is not None and revision not in known:
        raise StorageError(
            f"the library at {path} was written by a newer version of IAM Desktop (schema {revision})"
        )
    return revision
