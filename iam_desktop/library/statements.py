"""Running a data-changing statement in a session and reading what it did, typed (Session.execute is
typed as returning a plain Result, without the row count a cursor result has)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import CursorResult, Executable
from sqlalchemy.orm import Session


def execute_dml(session: Session, statement: Executable) -> CursorResult[Any]:
    """Run an INSERT, UPDATE or DELETE in `session`; its cursor result (rowcount, inserted_primary_key)."""
    result = session.execute(statement)
    if not isinstance(result, CursorResult):
        raise TypeError(f"not a data-changing statement: {statement}")
    return result


def rows_changed(session: Session, statement: Executable) -> int:
    """Run an INSERT, UPDATE or DELETE in `session` and return how many rows it changed."""
    return execute_dml(session, statement).rowcount


def inserted_id(session: Session, statement: Executable) -> int:
    """Run a one-row INSERT in `session` and return the primary key of the row it made."""
    key = execute_dml(session, statement).inserted_primary_key
    if key is None:
        raise TypeError(f"not a one-row insert: {statement}")
    return int(key[0])
