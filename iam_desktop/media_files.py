"""Turning what a user hands over (files and folders) into the list of files to transcribe."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

#: file endings looked for inside dropped folders (single files are tried whatever their ending)
MEDIA_SUFFIXES = frozenset(
    ".wav .mp3 .m4a .aac .ogg .oga .opus .flac .wma .aif .aiff .amr .webm .mp4 .m4v .mov .mkv .mka .avi "
    ".wmv .3gp .mpeg .mpg .ts".split()
)


def expand_paths(paths: Iterable[str | os.PathLike]) -> list[Path]:
    """Files as given, plus the media files inside given folders (recursively, sorted by path).

    Hidden files and folders inside a dropped folder are skipped. A path that does not exist is kept, so
    that the job reports it plainly.
    """
    result: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found: list[Path] = []
            for folder, dirs, files in os.walk(path):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                found.extend(
                    Path(folder) / name
                    for name in files
                    if not name.startswith(".") and Path(name).suffix.lower() in MEDIA_SUFFIXES
                )
            result.extend(sorted(found))
        else:
            result.append(path)
    return result
