"""Exporting many recordings at once: one file per recording in a folder, named so that no two collide."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from iam_desktop.errors import IamError
from iam_desktop.export.writer import recording_filename, write_export

if TYPE_CHECKING:  # the library is passed in: export/ does not depend on it at run time
    from iam_desktop.library.library import Library


@dataclass
class BulkExport:
    """What `export_recordings` did.

    Attributes:
        written: the files written, in the order of the IDs given.
        missing: the recordings (titles, or IDs if unknown) that have no transcript yet: skipped.
        failed: "title: what went wrong", for each recording whose file could not be written.
    """

    written: list[Path] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)

    def problems(self) -> list[str]:
        """Everything not exported, in plain words."""
        return [f"{name}: no transcript yet" for name in self.missing] + self.failed


def export_recordings(
    library: Library,
    ids: Iterable[int],
    fmt: str,
    folder: Path,
    *,
    timestamps: bool | None = None,
    speakers: bool = True,
    summaries: bool = True,
) -> BulkExport:
    """Write each recording's transcript to `folder`/<recording_filename> in format `fmt` (`timestamps`,
    `speakers`: as for `write_export`), with its summaries before it unless `summaries` is False (the
    newest of each preset that is not stale: `library.summaries.for_export`). The folder must exist. A
    recording without a transcript is skipped and one that cannot be written is reported; the others are
    written all the same. Raises IamError only when the library cannot be read."""
    result = BulkExport()
    for recording_id in ids:
        transcript = library.get_transcript(recording_id)
        if transcript is None:
            info = library.get_recording(recording_id)
            result.missing.append(info.title if info else str(recording_id))
            continue
        target = folder / recording_filename(transcript.title, recording_id, fmt)
        try:
            shown = library.summaries.for_export(recording_id) if summaries else []
            written = write_export(
                transcript, fmt, target, timestamps=timestamps, speakers=speakers, summaries=shown
            )
            result.written.append(Path(written))
        except IamError as exc:
            result.failed.append(f"{transcript.title}: {exc}")
    return result
