"""Opening the SQLite library: WAL mode, foreign keys on, schema migrated by Alembic on every open."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DatabaseError, OperationalError

from iam_desktop.errors import StorageError

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def alembic_config() -> Config:
    """An Alembic configuration pointing at the packaged migrations (no alembic.ini needed)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    """The newest migration revision this version of the app knows."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision the database file is at (None for a new, empty file)."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the database to `revision` (default: the newest), in one transaction.

    NOTE: foreign keys are off while migrating: SQLite rebuilds a table to alter it (copy, drop, rename),
    and dropping the old table with foreign keys on would cascade-delete the rows that point at it.
    They are checked once the migration is done.
    """
    config = alembic_config()
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")  # only outside a transaction
        connection.commit()
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, revision)
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise StorageError(f"the upgrade would break {len(broken)} references; not applied")
        finally:
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")
            connection.commit()


def open_engine(path: Path, *, upgrade: bool = True) -> Engine:
    """Open (creating if needed) the library at `path` and migrate it to the newest schema.

    Raises StorageError in plain words when the file is not a library, is damaged, or is from a newer
    version of the app.
    """
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False, "timeout": 10})
    event.listen(engine, "connect", _on_connect)
    try:
        revision = current_revision(engine)
        known = {script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
        if revision is not None and revision not in known:
            raise StorageError(
                f"the library at {path} was written by a newer version of IAM Desktop (schema {revision})"
            )
        if upgrade:
            migrate(engine)
    except (DatabaseError, OperationalError) as exc:
        engine.dispose()
        raise StorageError(f"cannot open the library at {path}: {exc.orig}") from exc
    except StorageError:
        engine.dispose()
        raise
    return engine
