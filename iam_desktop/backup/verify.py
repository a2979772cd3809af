"""Checking a backup set in place, like restic's `check --read-data`: nothing is written to disk.

1. every snapshot's manifest is downloaded and must decrypt and parse;
2. one listing of the content objects: every object a snapshot needs must be there, with the size its
   entry says it has once encrypted (a truncated object shows here already);
3. every object needed (or a random sample of N of them) is read back and checked as a restore checks it
   (each chunk's tag, SHA-256, size, name) without being stored.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field

from iam_desktop.backup.control import Control
from iam_desktop.backup.crypto import encrypted_size
from iam_desktop.backup.download import describe, read_back, stored_objects
from iam_desktop.backup.errors import DamagedObject, MissingObject
from iam_desktop.backup.manifest import FileEntry
from iam_desktop.backup.session import BackupSession
from iam_desktop.backup.snapshots import list_snapshots
from iam_desktop.backup.state import record_damaged
from iam_desktop.paths import DataPaths


@dataclass(frozen=True)
class VerifyResult:
    """The outcome. Attributes: ok (no problem found); snapshots (how many were found); needed_objects
    (how many distinct objects they need); checked_objects and checked_bytes (read back and checked;
    bytes of plaintext); problems (one plain sentence each); damaged (the names of the objects found
    altered, which the next backup uploads again where the file is still on this computer)."""

    ok: bool
    snapshots: int
    checked_objects: int
    checked_bytes: int
    problems: list[str] = field(default_factory=list)
    needed_objects: int = 0
    damaged: tuple[str, ...] = ()

    def summary(self) -> str:
        """The outcome in one plain sentence (the CLI prints it, the window shows it)."""
        read = (f"{self.checked_objects} of {self.needed_objects} objects read back and checked "
                f"({self.checked_bytes / 1e6:.1f} MB)")  # fmt: skip
        if self.ok:
            return f"the backup is sound: {self.snapshots} snapshots, {read}"
        count = len(self.problems)
        found = f"{count} problem{'s' if count != 1 else ''}"
        return f"the backup has {found} ({read}): " + "; ".join(self.problems)


def verify(session: BackupSession, sample: int | None = None, control: Control | None = None, *,
           paths: DataPaths | None = None) -> VerifyResult:  # fmt: skip
    """Check the backup set as the module says. `sample`: read back only this many objects, chosen at
    random (0: only check that every object is there); None reads them all. Problems found are reported
    in the result; ConnectionProblem (the storage cannot be used) and Cancelled are raised. With `paths`
    (the data folder backed up) the damaged objects are noted there for the next backup to upload again."""
    if sample is not None and sample < 0:
        raise ValueError("the sample size cannot be negative")
    problems: list[str] = []
    needed: dict[str, FileEntry] = {}
    users: Counter[str] = Counter()
    infos = list_snapshots(session)
    for info in infos:
        if info.manifest is None:
            problems.append(f"the backup {info.snapshot_id} (stored {info.created}) cannot be read: "
                            f"{info.problem}")  # fmt: skip
            continue
        for entry in (info.manifest.database, *info.manifest.files):
            needed.setdefault(entry.name, entry)
            users[entry.name] += 1
    stored = stored_objects(session)
    damaged: list[str] = []
    present: list[FileEntry] = []
    for name, entry in needed.items():
        size = stored.get(name)
        whose = f"needed by {users[name]} backup{'s' if users[name] != 1 else ''}"
        if size is None:
            problems.append(f"{describe(entry)} is missing from the bucket ({whose})")
        elif size != encrypted_size(entry.size):
            expected = encrypted_size(entry.size)
            damaged.append(name)
            problems.append(f"{describe(entry)} was altered or damaged: the bucket holds {size} bytes "
                            f"instead of {expected} ({whose})")  # fmt: skip
        else:
            present.append(entry)
    chosen = present if sample is None else random.sample(present, min(sample, len(present)))
    if control is not None:
        control.begin("verifying", sum(encrypted_size(e.size) for e in chosen), len(chosen))
    checked_bytes = 0
    for entry in chosen:
        if control is not None:
            control.checkpoint()
        try:
            read_back(session, entry, control)
        except (DamagedObject, MissingObject) as exc:
            problems.append(str(exc))
            if isinstance(exc, DamagedObject):
                damaged.append(entry.name)
        checked_bytes += entry.size
        if control is not None:
            control.file_done()
    if control is not None:
        control.finish()
    if paths is not None:
        record_damaged(paths, damaged)
    return VerifyResult(
        ok=not problems, snapshots=len(infos), checked_objects=len(chosen), checked_bytes=checked_bytes,
        problems=problems, needed_objects=len(needed), damaged=tuple(damaged),
    )  # fmt: skip
