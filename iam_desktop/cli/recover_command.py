"""`iam-desktop library recover`: save what can be read of a damaged library into a new library file."""

from __future__ import annotations

import argparse
from pathlib import Path

from iam_desktop.cli.exit_codes import EXIT_FAILED, EXIT_OK
from iam_desktop.errors import IamError


def register(library_sub: argparse._SubParsersAction) -> None:
    """Add `recover` to the `library` actions."""
    recover = library_sub.add_parser(
        "recover",
        help="rebuild a damaged library file from what can be read (the damaged file is kept)",
    )
    recover.add_argument(
        "--output", metavar="FILE", help="write the recovered library to FILE and change nothing else"
    )
    recover.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from iam_desktop.cli.common import error  # opens the library: imported only when the command runs
    from iam_desktop.library.recovery import recover
    from iam_desktop.paths import data_paths

    try:
        result = recover(data_paths(), Path(args.output) if args.output else None)
    except IamError as exc:
        error(str(exc))
        return EXIT_FAILED
    print(f"recovered {result.recordings} recordings and {result.transcripts} transcripts into "
          f"{result.library}")
    if result.kept is not None:
        print(f"the damaged file is kept as {result.kept}")
    return EXIT_OK
