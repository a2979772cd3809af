"""Distinct output file names for the exports of one command: `talk.txt`, then `talk-2.txt`, `talk-3.txt`…

Two inputs of one command whose names give the same export name (`a/talk.wav` and `b/talk.wav`) must not
write the same file: the first keeps the plain name, each later one gets the first free `-N` suffix.
Names are compared case-insensitively, as macOS and Windows do. Files already in the folder are not
looked at: a file left by an earlier run of the command is replaced, as the user asked again.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from iam_desktop.export.writer import export_filename


def distinct_targets(folder: str | Path, stems: Iterable[str], fmt: str) -> list[Path]:
    """One path in `folder` per stem, in order: `folder/<safe stem>.<fmt>` (see `export_filename`), or
    `<safe stem>-N.<fmt>` with the smallest N >= 2 not yet given when that name is taken by an earlier
    stem. ExportError for an unknown format."""
    folder = Path(folder)
    taken: set[str] = set()
    targets = []
    for stem in stems:
        name = export_filename(stem, fmt)
        if name.casefold() in taken:
            base = name[: -len(fmt) - 1]
            number = 2
            while f"{base}-{number}.{fmt}".casefold() in taken:
                number += 1
            name = f"{base}-{number}.{fmt}"
        taken.add(name.casefold())
        targets.append(folder / name)
    return targets
