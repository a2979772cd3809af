"""Polling watched folders: media files whose size and time stayed the same for a while (their copy has
finished), found with `stat` alone; only those get hashed."""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from iam_desktop.library.watch_store import WatchFolderInfo
from iam_desktop.media_files import MEDIA_SUFFIXES

#: a file must keep its size and modification time for at least this long (seconds) to count as complete
SETTLE_SECONDS = 5.0
HASH_BLOCK = 1024 * 1024


@dataclass(frozen=True)
class FoundFile:
    """A complete media file in a watched folder: its folder, path, size and modification time."""

    folder: WatchFolderInfo
    path: Path
    size: int
    mtime_ns: int


def sha256_of(path: Path) -> str:
    """The SHA-256 of a file's content, read in blocks (memory stays small whatever the size)."""
    digest = hashlib.sha256()
    with open(path, "rb") as source:
        while block := source.read(HASH_BLOCK):
            digest.update(block)
    return digest.hexdigest()


def media_files(folder: Path, skip: Path | None = None) -> Iterable[tuple[Path, os.stat_result]]:
    """Every media file under `folder` (recursively; hidden files and folders, and `skip`, left out)."""
    for parent, dirs, files in os.walk(folder):
        if skip is not None:
            dirs[:] = [d for d in dirs if Path(parent, d) != skip]
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if name.startswith(".") or Path(name).suffix.lower() not in MEDIA_SUFFIXES:
                continue
            path = Path(parent, name)
            try:
                stat = path.stat()
            except OSError:  # gone meanwhile, or unreadable: looked at again next time
                continue
            yield path, stat


class Scanner:
    """Remembers what each scan saw, so that a file is handed out only once its size and modification
    time have stayed the same across scans at least `settle_seconds` apart (a copy in progress changes
    them). Files already handled (`known`) are skipped without being opened."""

    def __init__(
        self, settle_seconds: float = SETTLE_SECONDS, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.settle_seconds = settle_seconds
        self._clock = clock
        #: path -> (size, mtime_ns, when that signature was first seen)
        self._seen: dict[Path, tuple[int, int, float]] = {}

    def stable_files(
        self,
        folders: Iterable[WatchFolderInfo],
        known: set[tuple[str, int, int]],
        *,
        skip: Path | None = None,
        problems: list[str] | None = None,
    ) -> list[FoundFile]:
        """The media files in `folders` that are complete and not `known` ((path, size, mtime_ns)).
        A watched folder that is missing is told in `problems` and otherwise ignored."""
        now = self._clock()
        stable: list[FoundFile] = []
        present: set[Path] = set()
        for folder in folders:
            root = Path(folder.path)
            if not root.is_dir():
                if problems is not None:
                    problems.append(f"watched folder is missing: {root}")
                continue
            for path, stat in media_files(root, skip):
                present.add(path)
                signature = (stat.st_size, stat.st_mtime_ns)
                if (str(path), *signature) in known or stat.st_size == 0:
                    self._seen.pop(path, None)
                    continue
                previous = self._seen.get(path)
                if previous is None or previous[:2] != signature:
                    self._seen[path] = (*signature, now)
                elif now - previous[2] >= self.settle_seconds:
                    stable.append(FoundFile(folder, path, *signature))
        for path in set(self._seen) - present:
            del self._seen[path]
        return stable

    def forget(self, path: Path) -> None:
        """Look at `path` afresh (it changed while it was being hashed)."""
        self._seen.pop(path, None)
