"""Where IAM Desktop keeps its data: one folder, overridable with IAM_DATA_DIR."""

from __future__ import annotations

import logging
import os
import stat
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from iam_desktop.errors import StorageError
from iam_desktop.platform_support import has_unix_permissions

#: the environment variable that points the app at another data folder (every test uses its own)
DATA_DIR_ENV = "IAM_DATA_DIR"
log = logging.getLogger(__name__)
#: on POSIX the data folder and every folder in it are private to the user (transcripts, notes, paths)…
FOLDER_MODE = 0o700
#: …and so is every file in it
FILE_MODE = 0o600
#: the umask the app runs with, so that whatever it creates (the database and its -wal/-shm files, logs,
#: capture parts, exports it writes) is created private
PRIVATE_UMASK = 0o077


def use_private_umask() -> None:
    """Make files and folders the process creates private to the user (POSIX; no-op elsewhere). Called
    first thing by the CLI and the GUI."""
    if has_unix_permissions():
        os.umask(PRIVATE_UMASK)


@dataclass(frozen=True)
class DataPaths:
    """The layout of the data folder.

    Attributes:
        root: the data folder itself.
        database: the SQLite library file.
        audio: the content-addressed store of the library's own audio copies.
        ui_state: window geometry and other view state (no secrets, ever).
        logs: log files.
        captures: recordings in progress, one folder each, until they are saved into the library.
        cache: what can be computed again (waveform overviews); safe to delete.
    """

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "library.sqlite3"

    @property
    def audio(self) -> Path:
        return self.root / "audio"

    @property
    def ui_state(self) -> Path:
        return self.root / "ui-state.ini"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def captures(self) -> Path:
        return self.root / "captures"

    @property
    def cache(self) -> Path:
        """Things the app can compute again (the waveform overviews): safe to delete."""
        return self.root / "cache"

    def ensure(self) -> DataPaths:
        """Create the folders if they are missing (private: 0700 on POSIX) and return self. A data folder
        that an older version left readable by others is tightened once (folders 0700, files 0600).

        Raises StorageError ("cannot use the data folder …: <reason>") when it cannot be created or used
        (a file in its place, no permission, a read-only or full disk).
        """
        try:
            if self.root.exists() and not self.root.is_dir():
                raise NotADirectoryError(f"{self.root} is a file, not a folder")
            self.root.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
            if has_unix_permissions() and stat.S_IMODE(self.root.stat().st_mode) & 0o077 and self._is_ours():
                tighten(self.root)
            for folder in (self.audio, self.logs, self.captures):
                folder.mkdir(exist_ok=True, mode=FOLDER_MODE)
        except OSError as exc:
            reason = exc.strerror if exc.strerror else str(exc)
            where = f" ({exc.filename})" if exc.filename and str(exc.filename) != str(self.root) else ""
            raise StorageError(f"cannot use the data folder {self.root}: {reason}{where}") from exc
        return self

    def _is_ours(self) -> bool:
        """True when the root is empty or holds a library (never tighten a folder of the user's own that
        IAM_DATA_DIR happens to point at)."""
        return self.database.exists() or self.audio.is_dir() or not any(self.root.iterdir())


def tighten(root: Path) -> int:
    """Make `root` and everything in it private to the user (folders 0700, files 0600; symlinks are left
    alone); returns how many modes changed. POSIX only. The root is done last, so an interrupted run is
    done again on the next start (DataPaths.ensure checks the root's mode)."""
    changed = 0
    for folder, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            changed += _chmod(Path(folder) / name)
    return changed + _chmod(root)


def _chmod(path: Path) -> int:
    try:
        info = path.lstat()
        if stat.S_ISLNK(info.st_mode):
            return 0
        wanted = FOLDER_MODE if stat.S_ISDIR(info.st_mode) else FILE_MODE
        if stat.S_IMODE(info.st_mode) == wanted:
            return 0
        path.chmod(wanted)
    except OSError as exc:  # a file that vanished meanwhile, or one we do not own
        log.warning("could not make %s private: %s", path, exc.strerror or exc)
        return 0
    return 1


def default_data_dir() -> Path:
    """IAM_DATA_DIR if set, else the platform's per-user data folder."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir("IAM Desktop", appauthor=False))


def data_paths(root: Path | None = None) -> DataPaths:
    """The data folder layout at `root` (default: default_data_dir()), created if needed."""
    return DataPaths(root if root is not None else default_data_dir()).ensure()


def folder_size(root: Path) -> int:
    """The bytes taken by the files in `root` and its sub-folders (symlinks are not followed; files that
    vanish or cannot be read meanwhile are skipped); 0 when `root` does not exist. May be slow: run it in
    the background."""
    total = 0
    for folder, _dirnames, filenames in os.walk(root):
        for name in filenames:
            try:
                info = os.lstat(os.path.join(folder, name))
            except OSError:
                continue
            if stat.S_ISREG(info.st_mode):
                total += info.st_size
    return total
