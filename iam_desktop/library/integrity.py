"""Is the library file intact? SQLite's quick_check and integrity_check, telling damage from other errors,
and the health of an open library: checked in the background, and no write into a damaged file.

A damaged page that opening the library does not read (a transcript's page, an index page) shows only
when something reads it, or when SQLite checks the whole file. So an open library checks itself on a
background thread (Health.start); every write waits for that check and is refused once the file is known
to be damaged (Health.guard, installed on the library's engine), so nothing more is written into it.
The user is told to run `iam-desktop library recover` (iam_desktop.library.recovery).
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, event

from iam_desktop.errors import LibraryDamaged

log = logging.getLogger(__name__)

#: SQLite's primary result codes for a damaged file
SQLITE_CORRUPT = 11
SQLITE_NOTADB = 26
#: statements that change the database file (anything else only reads)
WRITE_STATEMENTS = frozenset({"INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP", "ALTER", "VACUUM"})
#: how many problems a check reports at most
MAX_PROBLEMS = 20


def is_damage(exc: BaseException) -> bool:
    """True when `exc` (a sqlite3 error, or SQLAlchemy's wrapper of one) says the file is damaged."""
    orig = getattr(exc, "orig", None) or exc
    code = getattr(orig, "sqlite_errorcode", None)
    if isinstance(code, int) and code & 0xFF in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return True
    message = str(orig).lower()  # not any "malformed": FTS5 says "malformed MATCH expression" for a query
    return any(words in message for words in ("disk image is malformed", "malformed database schema",
                                              "file is not a database"))


def damaged_message(path: Path | str, detail: str | None = None) -> str:
    """What the user is told about a damaged library file, with the way out."""
    found = f" ({detail})" if detail else ""
    return (
        f"the library file {path} is damaged{found}; nothing more is written to it. "
        "Run `iam-desktop library recover` to save what can be read into a new library file "
        "(the damaged file is kept beside it)"
    )


@dataclass(frozen=True)
class CheckResult:
    """The outcome of one check. Attributes: ok (no damage found), problems (SQLite's words, at most
    MAX_PROBLEMS), full (integrity_check rather than quick_check), seconds (how long it took)."""

    ok: bool
    problems: tuple[str, ...]
    full: bool
    seconds: float


def check(
    target: Engine | Path, *, full: bool = False, started: Callable[[sqlite3.Connection], None] | None = None
) -> CheckResult:
    """Check the database file (`target`: a path, or an engine on one) with PRAGMA quick_check, or with
    integrity_check when `full` (slower: also compares every index with its table; use it before a backup).

    Damage that stops the check itself (a page that is not a database page at all) is a failed result too.
    `started` receives the connection (e.g. to interrupt the check from another thread).
    Raises sqlite3.Error for anything else (locked, cannot open), and sqlite3.OperationalError
    "interrupted" when interrupted.
    """
    path = Path(target.url.database or "") if isinstance(target, Engine) else Path(target)
    began = time.monotonic()
    connection = sqlite3.connect(str(path), timeout=30, check_same_thread=False)
    try:
        connection.execute("PRAGMA query_only=1")
        if started is not None:
            started(connection)
        pragma = "integrity_check" if full else "quick_check"
        try:
            rows = connection.execute(f"PRAGMA {pragma}({MAX_PROBLEMS})").fetchall()
        except sqlite3.DatabaseError as exc:
            if not is_damage(exc):
                raise
            rows = [(str(exc),)]
    finally:
        connection.close()
    problems = tuple(str(row[0]) for row in rows if str(row[0]) != "ok")
    return CheckResult(ok=not problems, problems=problems, full=full, seconds=time.monotonic() - began)


class Health:
    """The health of one open library file, for the CLI and the UI.

    state: "unchecked" (no check started), "checking", "ok", "damaged", or "unknown" (the check could not
    run, e.g. the file was locked; writes are then allowed). message: the plain words for the user when
    damaged. Listeners (add_listener) are called with self once the state is "damaged" — from the thread
    that found it: the UI hands it over to the GUI thread.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.state = "unchecked"
        self.message: str | None = None
        self.result: CheckResult | None = None
        self._done = threading.Event()
        self._done.set()
        self._lock = threading.Lock()
        self._listeners: list[Callable[[Health], None]] = []
        self._connection: sqlite3.Connection | None = None
        self._closed = False

    @property
    def damaged(self) -> bool:
        return self.state == "damaged"

    def add_listener(self, listener: Callable[[Health], None]) -> None:
        """Call `listener(self)` when the file is found damaged (at once if it already is)."""
        with self._lock:
            self._listeners.append(listener)
            already = self.damaged
        if already:
            listener(self)

    def start(self) -> None:
        """Run the quick check on a daemon thread; writes wait for it (see guard)."""
        with self._lock:
            if self.state in ("checking", "damaged") or self._closed:
                return
            self.state = "checking"
            self._done.clear()
        threading.Thread(target=self._run, kwargs={"full": False}, name="library-check", daemon=True).start()

    def verify(self, *, full: bool = False) -> CheckResult:
        """Check the file now (waits for a background check first); the state follows the result.
        Raises LibraryDamaged when it is damaged."""
        self.wait()
        with self._lock:
            self.state = "checking"
            self._done.clear()
        self._run(full=full)
        if self.damaged:
            raise LibraryDamaged(self.message or damaged_message(self.path))
        assert self.result is not None or self.state == "unknown"
        return self.result or CheckResult(ok=True, problems=(), full=full, seconds=0.0)

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for a running check; False if it is still running after `timeout` seconds."""
        return self._done.wait(timeout)

    def mark_damaged(self, detail: str | None = None) -> None:
        """Record that the file is damaged (a read or write met a damaged page, or a check found it)."""
        with self._lock:
            first = not self.damaged
            self.state = "damaged"
            if first:
                self.message = damaged_message(self.path, detail)
            listeners = list(self._listeners) if first else []
        if first:
            log.error("%s", self.message)
        for listener in listeners:
            try:
                listener(self)
            except Exception:
                log.exception("a library health listener failed")

    def refuse_if_damaged(self) -> None:
        """Wait for a running check, then raise LibraryDamaged if the file is damaged."""
        self._done.wait()
        if self.damaged:
            raise LibraryDamaged(self.message or damaged_message(self.path))

    def guard(self, engine: Engine) -> None:
        """Refuse every write statement on `engine` once the file is known to be damaged (waiting for a
        running check first): the root guard, whatever part of the app writes."""

        def before_execute(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
            words = statement.lstrip().split(None, 1)
            if words and words[0].upper() in WRITE_STATEMENTS:
                self.refuse_if_damaged()

        event.listen(engine, "before_cursor_execute", before_execute)

    def close(self) -> None:
        """Interrupt a running check (the library is closing)."""
        with self._lock:
            self._closed = True
            connection = self._connection
        if connection is not None:
            try:
                connection.interrupt()
            except sqlite3.Error:
                pass

    def _run(self, *, full: bool) -> None:
        def started(connection: sqlite3.Connection) -> None:
            with self._lock:
                self._connection = connection

        try:
            result = check(self.path, full=full, started=started)
        except sqlite3.Error as exc:
            with self._lock:
                if self.state == "checking":
                    self.state = "unknown"
            if not self._closed:
                log.warning("the library could not be checked for damage: %s", exc)
            self._done.set()
            return
        finally:
            with self._lock:
                self._connection = None
        self.result = result
        if result.ok:
            with self._lock:
                if self.state == "checking":
                    self.state = "ok"
        else:
            self.mark_damaged("; ".join(result.problems[:3]))
        self._done.set()
