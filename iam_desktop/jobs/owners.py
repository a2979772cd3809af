"""Who holds a job: owner IDs that name their process, and telling whether that process is gone."""

from __future__ import annotations

import os
import socket
import uuid


def new_owner_id(role: str) -> str:
    """A name for a runner that is unique across processes and machines sharing a library:
    `role:host:pid:random`."""
    return f"{role}:{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def owner_is_dead(owner: str) -> bool:
    """Whether the process behind `owner` has certainly ended: it ran on this machine and no process has
    its ID any more. Anything uncertain (another machine, a process that is alive but stopped, an ID not
    in our format, Windows) counts as alive: its jobs are then taken over only once its heartbeat is
    stale (iam_desktop.library.job_store.STALE_AFTER)."""
    parts = owner.split(":")
    if len(parts) != 4 or parts[1] != socket.gethostname() or os.name != "posix":
        return False
    try:
        pid = int(parts[2])
    except ValueError:
        return False
    if pid == os.getpid() or pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:  # exists, but belongs to another user
        return False
    return _is_zombie(pid)


def _is_zombie(pid: int) -> bool:
    """A killed child its parent has not reaped yet is gone too (Linux; elsewhere: not known)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] == "Z"
    except (OSError, IndexError):
        return False
