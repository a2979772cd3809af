"""`iam-desktop library tag|delete|restore`: tag recordings and move them to and from the trash."""

from __future__ import annotations

import argparse

from iam_desktop.cli.common import EXIT_OK, run_with_library
from iam_desktop.library.library import Library


def tag(args: argparse.Namespace) -> int:
    def add_tags(library: Library) -> int:
        tags = library.items.add_tags(args.id, args.tags)
        print(f"recording {args.id}: tags {', '.join(tags)}")
        return EXIT_OK

    return run_with_library(add_tags)


def delete(args: argparse.Namespace) -> int:
    def move_to_trash(library: Library) -> int:
        if library.items.delete([args.id]):
            print(f"recording {args.id} moved to the trash (deleted for good after 30 days)")
        else:
            print(f"recording {args.id} is already in the trash")
        return EXIT_OK

    return run_with_library(move_to_trash)


def restore(args: argparse.Namespace) -> int:
    def bring_back(library: Library) -> int:
        if library.items.restore([args.id]):
            print(f"recording {args.id} restored from the trash")
        else:
            print(f"recording {args.id} is not in the trash")
        return EXIT_OK

    return run_with_library(bring_back)
