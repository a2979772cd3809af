"""`iam-desktop library export`: write one recording's transcript, or every one (--all), to files.

    library export ID --format FMT --output PATH    # PATH may also be a folder: an existing one, or DIR/
    library export --all --format FMT --output DIR  # DIR/<safe title>-<id>.<fmt>, DIR is created

`--output` names a folder when it is one or ends in "/" (created if missing; the file inside is
`<safe title>-<id>.<fmt>`, distinct for every recording as the ID is in it); else a file, written as
`write_export` does (a regular file atomically, keeping its mode; through a symlink; into a FIFO or
/dev/null). The recording's summaries come before the transcript (the newest of each preset that is not
stale; SRT/VTT have none), unless --no-summaries. Each written file's path is printed on its own line.
Exit 1 if anything failed (with --all the other files are still written), 2 for ID together with --all or
neither of them.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from iam_desktop.cli.common import EXIT_FAILED, EXIT_OK, EXIT_USAGE, error, run_with_library
from iam_desktop.errors import IamError
from iam_desktop.export import recording_filename, write_export
from iam_desktop.library.library import Library
from iam_desktop.transcript import Transcript

USAGE = "usage: iam-desktop library export (ID | --all) --format FMT --output PATH|DIR"


def _usage_error(message: str) -> int:
    """Report a usage error the way argparse does (usage line, then the message) and return EXIT_USAGE."""
    print(USAGE, file=sys.stderr)
    print(f"iam-desktop library export: error: {message}", file=sys.stderr, flush=True)
    return EXIT_USAGE


def _write(library: Library, transcript: Transcript, args: argparse.Namespace, target: str | Path) -> Path:
    """Write the export with the format options, if the parser offers them (--timestamps /
    --no-speakers / --no-summaries); returns the path written."""
    timestamps: bool | None = getattr(args, "timestamps", None)
    speakers = not getattr(args, "no_speakers", False)
    summaries = []
    if not getattr(args, "no_summaries", False) and transcript.recording_id is not None:
        summaries = library.summaries.for_export(transcript.recording_id)
    return write_export(
        transcript, args.format, target, timestamps=timestamps, speakers=speakers, summaries=summaries
    )


def _names_folder(output: str) -> bool:
    """Whether --output means a folder: it ends in a path separator, or is a folder (or a link to one)."""
    separators = tuple(sep for sep in (os.sep, os.altsep) if sep)
    return output.endswith(separators) or Path(output).is_dir()


def _make_folder(folder: Path) -> bool:
    """Create `folder` (and its parents) if missing; False after an error line if that cannot be done."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        error(f"cannot create folder {folder}: {exc.strerror or exc}")
        return False
    return True


def _export_one(library: Library, args: argparse.Namespace) -> int:
    recording = library.get_recording(args.id)
    if recording is None:
        error(f"no recording with ID {args.id}")
        return EXIT_FAILED
    transcript = library.get_transcript(args.id)
    if transcript is None:
        error(f"recording {args.id} has no transcript")
        return EXIT_FAILED
    target: str | Path = args.output
    if _names_folder(args.output):
        if not _make_folder(Path(args.output)):
            return EXIT_FAILED
        target = Path(args.output) / recording_filename(recording.title, recording.id, args.format)
    written = _write(library, transcript, args, target)
    print(written, flush=True)
    return EXIT_OK


def _export_all(library: Library, args: argparse.Namespace) -> int:
    folder = Path(args.output)
    if not _make_folder(folder):
        return EXIT_FAILED
    failed = False
    recordings = sorted(library.list_recordings(), key=lambda item: item.id)
    for recording in recordings:
        if getattr(recording, "deleted_at", None) is not None:  # in the trash
            continue
        try:
            transcript = library.get_transcript(recording.id)
            if transcript is None:
                continue
            target = folder / recording_filename(recording.title, recording.id, args.format)
            print(_write(library, transcript, args, target), flush=True)
        except IamError as exc:
            error(f"recording {recording.id}: {exc}")
            failed = True
    return EXIT_FAILED if failed else EXIT_OK


def export(args: argparse.Namespace) -> int:
    if args.all and args.id is not None:
        return _usage_error("give either ID or --all, not both")
    if not args.all and args.id is None:
        return _usage_error("give the ID of a recording, or --all")
    export_to_files = _export_all if args.all else _export_one
    return run_with_library(lambda library: export_to_files(library, args))
