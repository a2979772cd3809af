"""`iam-desktop library tag|delete|restore`: tag recordings and move them to and from the trash."""

from __future__ import annotations

import argparse
from typing import TypeVar

from iam_desktop.cli.common import EXIT_FAILED, EXIT_OK, with_library

T = TypeVar("T")


def tag(args: argparse.Namespace) -> int:
    tags = with_library(lambda library: library.items.add_tags(args.id, args.tags))
    if tags is None:
        return EXIT_FAILED
    print(f"recording {args.id}: tags {', '.join(tags)}")
    return EXIT_OK


def delete(args: argparse.Namespace) -> int:
    moved = with_library(lambda library: library.items.delete([args.id]))
    if moved is None:
        return EXIT_FAILED
    if moved:
        print(f"recording {args.id} moved to the trash (deleted for good after 30 days)")
    else:
        print(f"recording {args.id} is already in the trash")
    return EXIT_OK


def restore(args: argparse.Namespace) -> int:
    restored = with_library(lambda library: library.items.restore([args.id]))
    if restored is None:
        return EXIT_FAILED
    if restored:
        print(f"recording {args.id} restored from the trash")
    else:
        print(f"recording {args.id} is not in the trash")
    return EXIT_OK
