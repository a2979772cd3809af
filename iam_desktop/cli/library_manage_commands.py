"""`iam-desktop library tag|delete|restore`: tag recordings and move them to and from the trash."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TypeVar

from iam_desktop.cli.common import EXIT_FAILED, EXIT_OK, error, open_library
from iam_desktop.errors import IamError
from iam_desktop.library import Library

T = TypeVar("T")


def _with_library(action: Callable[[Library], T]) -> T | None:
    """Run `action` on the library; None (after printing the error) if it failed."""
    try:
        library = open_library()
    except IamError as exc:
        error(str(exc))
        return None
    try:
        return action(library)
    except IamError as exc:
        error(str(exc))
        return None
    finally:
        library.close()


def tag(args: argparse.Namespace) -> int:
    tags = _with_library(lambda library: library.items.add_tags(args.id, args.tags))
    if tags is None:
        return EXIT_FAILED
    print(f"recording {args.id}: tags {', '.join(tags)}")
    return EXIT_OK


def delete(args: argparse.Namespace) -> int:
    moved = _with_library(lambda library: library.items.delete([args.id]))
    if moved is None:
        return EXIT_FAILED
    if moved:
        print(f"recording {args.id} moved to the trash (deleted for good after 30 days)")
    else:
        print(f"recording {args.id} is already in the trash")
    return EXIT_OK


def restore(args: argparse.Namespace) -> int:
    restored = _with_library(lambda library: library.items.restore([args.id]))
    if restored is None:
        return EXIT_FAILED
    if restored:
        print(f"recording {args.id} restored from the trash")
    else:
        print(f"recording {args.id} is not in the trash")
    return EXIT_OK
