"""Where IAM Desktop keeps its data: one folder, overridable with IAM_DATA_DIR."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

#: the environment variable that points the app at another data folder (every test uses its own)
DATA_DIR_ENV = "IAM_DATA_DIR"


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

    def ensure(self) -> DataPaths:
        """Create the folders if they are missing and return self."""
        for folder in (self.root, self.audio, self.logs, self.captures):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def default_data_dir() -> Path:
    """IAM_DATA_DIR if set, else the platform's per-user data folder."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir("IAM Desktop", appauthor=False))


def data_paths(root: Path | None = None) -> DataPaths:
    """The data folder layout at `root` (default: default_data_dir()), created if needed."""
    return DataPaths(root if root is not None else default_data_dir()).ensure()
