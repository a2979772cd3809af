"""What the last backups did, kept in the data folder (backup-state.json, 0600, never secrets): when the
last one succeeded, its snapshot, the last error and the last attempt, for the window and `backup status`."""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, fields
from datetime import UTC, datetime

from iam_desktop.fsutil import atomic_write
from iam_desktop.paths import DataPaths

log = logging.getLogger(__name__)
STATE_FILE = "backup-state.json"


@dataclass(frozen=True)
class BackupState:
    """Times are ISO-8601 UTC; `last_error` is the plain message of the last failure (None after a clean
    success)."""

    last_success: str | None = None
    last_snapshot: str | None = None
    last_error: str | None = None
    last_attempt: str | None = None


def utc_now(precise: bool = False) -> str:
    """Now, ISO-8601 UTC to the second (to the microsecond when `precise`: manifests, which are ordered
    by it even when two backups run within a second)."""
    now = datetime.now(UTC)
    return (now if precise else now.replace(microsecond=0)).isoformat()


def load_state(paths: DataPaths) -> BackupState:
    """The recorded state; an empty one when there is none or the file is unreadable (it is only a
    record: the bucket is the truth)."""
    try:
        data = json.loads((paths.root / STATE_FILE).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return BackupState()
    except (OSError, ValueError) as exc:
        log.warning("the backup state file cannot be read (%s); starting afresh", exc)
        return BackupState()
    if not isinstance(data, dict):
        return BackupState()
    known = {f.name for f in fields(BackupState)}
    return BackupState(**{k: v for k, v in data.items() if k in known and (v is None or isinstance(v, str))})


def save_state(paths: DataPaths, state: BackupState) -> None:
    """Write the state atomically (0600). OSError passes through."""
    atomic_write(paths.root / STATE_FILE, json.dumps(asdict(state), indent=1) + "\n")


#: the objects `backup verify` found altered, which the next backup uploads again (a JSON list of names)
DAMAGED_FILE = "backup-damaged.json"


def load_damaged(paths: DataPaths) -> set[str]:
    """The names of the objects found damaged and not yet uploaded again (empty when unreadable)."""
    try:
        data = json.loads((paths.root / DAMAGED_FILE).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return set()
    except (OSError, ValueError) as exc:
        log.warning("the list of damaged backup objects cannot be read (%s)", exc)
        return set()
    return {name for name in data if isinstance(name, str)} if isinstance(data, list) else set()


def save_damaged(paths: DataPaths, names: set[str]) -> None:
    """Keep `names` for the next backup (the file is removed when there are none). OSError passes."""
    path = paths.root / DAMAGED_FILE
    if names:
        atomic_write(path, json.dumps(sorted(names)) + "\n")
    else:
        path.unlink(missing_ok=True)


def record_damaged(paths: DataPaths, names: tuple[str, ...] | list[str]) -> None:
    """Add what a check found damaged to the list the next backup repairs (logged, never raised)."""
    if not names:
        return
    try:
        save_damaged(paths, load_damaged(paths) | set(names))
    except OSError as exc:
        log.warning("the list of damaged backup objects cannot be saved: %s", exc)
