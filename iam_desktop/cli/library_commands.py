"""`iam-desktop library list|show|search`: read the library from scripts."""

from __future__ import annotations

import argparse
import sys

from iam_desktop.cli.common import EXIT_FAILED, EXIT_OK, error, print_json, run_with_library
from iam_desktop.export import render
from iam_desktop.library.library import Library
from iam_desktop.library.status import RecordingStatus
from iam_desktop.timefmt import clock


def list_items(args: argparse.Namespace) -> int:
    def print_items(library: Library) -> int:
        items = library.list_recordings()
        if args.json:
            print_json([item.to_json() for item in items])
        else:
            for item in items:
                created = f"{item.created_at.astimezone():%Y-%m-%d %H:%M}"
                print(f"{item.id}\t{item.title}\t{clock(item.duration)}\t{created}\t{item.status}")
        return EXIT_OK

    return run_with_library(print_items)


def show(args: argparse.Namespace) -> int:
    def print_transcript(library: Library) -> int:
        if library.get_recording(args.id) is None:
            error(f"no recording with ID {args.id}")
            return EXIT_FAILED
        transcript = library.get_transcript(args.id)
        if transcript is None:
            status = next((r.status for r in library.list_recordings() if r.id == args.id), None)
            why = "recorded without transcribing" if status == RecordingStatus.RECORDED else f"job {status}"
            error(f"recording {args.id} has no transcript ({why})")
            return EXIT_FAILED
        sys.stdout.write(render(transcript, args.format))
        return EXIT_OK

    return run_with_library(print_transcript)


def search(args: argparse.Namespace) -> int:
    """Ranked hits, best first; words are matched whole (`word*` for a prefix, "quoted" for a phrase),
    and each snippet marks the matched words between « and »."""

    def print_hits(library: Library) -> int:
        hits = library.search(args.query, getattr(args, "limit", 200), prefix_last=False)
        if args.json:
            print_json([hit.to_json() for hit in hits])
        else:
            for hit in hits:
                print(f"{hit.id}\t{clock(hit.start)}\t{hit.title}\t{hit.snippet}")
        return EXIT_OK

    return run_with_library(print_hits)
