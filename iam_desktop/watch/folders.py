"""A watched folder's configuration checked and normalised before it is stored."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from iam_desktop.errors import IamError
from iam_desktop.export.formats import EXPORT_FORMATS
from iam_desktop.library.watch_store import WatchFolderInfo


class WatchFolderError(IamError):
    """A folder that cannot be watched (missing, not a folder) or export options that cannot be used."""


def folder_key(path: str | os.PathLike[str]) -> str:
    """The absolute, normalised path a folder is stored under (symlinks resolved)."""
    return str(Path(path).expanduser().resolve())


def parse_formats(text: str | Iterable[str] | None) -> tuple[str, ...]:
    """Export formats from "txt,srt" (or a list), lower-cased, without repeats. WatchFolderError for an
    unknown one."""
    items = text.split(",") if isinstance(text, str) else list(text or ())
    formats = tuple(dict.fromkeys(item.strip().lower().lstrip(".") for item in items if item.strip()))
    unknown = [fmt for fmt in formats if fmt not in EXPORT_FORMATS]
    if unknown:
        raise WatchFolderError(
            f"unknown export format {', '.join(unknown)}: choose from {', '.join(EXPORT_FORMATS)}"
        )
    return formats


def watch_folder(
    path: str | os.PathLike[str],
    formats: str | Iterable[str] | None = None,
    export_dir: str | os.PathLike[str] | None = None,
) -> WatchFolderInfo:
    """A folder to watch with its export options, checked: the folder and the export folder must exist
    and be folders, the formats known. Raises WatchFolderError in plain words."""
    folder = Path(path).expanduser()
    if not folder.exists():
        raise WatchFolderError(f"folder does not exist: {folder}")
    if not folder.is_dir():
        raise WatchFolderError(f"not a folder: {folder}")
    target = None
    if export_dir is not None and str(export_dir).strip():
        target_path = Path(export_dir).expanduser()
        if not target_path.is_dir():
            raise WatchFolderError(f"export folder does not exist: {target_path}")
        target = folder_key(target_path)
    return WatchFolderInfo(folder_key(folder), parse_formats(formats), target)
