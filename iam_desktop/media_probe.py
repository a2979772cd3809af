"""Checking files as they are added, before they wait in the queue: is each one audio or video the app can
transcribe, and if not, why, in plain words."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from iam_desktop.audio.probe import (
    EMPTY,
    IS_FOLDER,
    NO_AUDIO,
    NOT_FOUND,
    NOT_MEDIA,
    PERMISSION_DENIED,
    SYMLINK_LOOP,
    TRUNCATED,
    probe,
)
from iam_desktop.errors import MediaError

#: the probe's reasons as a person adding a file reads them
PLAIN_REASONS = {
    NOT_FOUND: "file not found",
    IS_FOLDER: "a folder, not a file",
    PERMISSION_DENIED: "this file may not be read (permission denied)",
    SYMLINK_LOOP: "a link that leads nowhere",
    EMPTY: "empty file",
    NOT_MEDIA: "not an audio or video file",
    NO_AUDIO: "no sound track",
    TRUNCATED: "damaged: the file ends too early",
}


@dataclass
class CheckedFiles:
    """Added files sorted into those that can be transcribed and those that cannot, with the reason."""

    good: list[Path] = field(default_factory=list)
    bad: list[tuple[Path, str]] = field(default_factory=list)


def file_problem(path: str | os.PathLike[str]) -> str | None:
    """Why `path` cannot be transcribed ("empty file", "not an audio or video file", "no sound track",
    "damaged: …"), or None when it is there, decodes and has sound. Reads the file's first audio frame."""
    try:
        info = probe(path)
    except MediaError as exc:
        return PLAIN_REASONS.get(exc.reason, f"damaged: {exc.reason}")
    if info.duration is not None and info.duration <= 0:
        return "damaged: the sound track has no length"
    return None


def check_files(paths: Iterable[str | os.PathLike[str]]) -> CheckedFiles:
    """Probe each file (see file_problem), keeping the given order within each group."""
    checked = CheckedFiles()
    for raw in paths:
        path = Path(raw)
        problem = file_problem(path)
        if problem is None:
            checked.good.append(path)
        else:
            checked.bad.append((path, problem))
    return checked
