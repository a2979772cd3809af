"""Shared pieces of the CLI commands: opening the library and reporting errors the same way."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Any, TypeVar

from iam_desktop.cli.exit_codes import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from iam_desktop.library.library import Library
from iam_desktop.paths import data_paths

__all__ = ["EXIT_FAILED", "EXIT_OK", "EXIT_USAGE", "error", "open_library", "print_json", "with_library"]

T = TypeVar("T")


def error(message: str) -> None:
    """Print `error: message` on stderr, with every secret value in use redacted."""
    from iam_desktop.redaction import redact

    print(f"error: {redact(message)}", file=sys.stderr, flush=True)


def open_library() -> Library:
    """The library in the data folder (IAM_DATA_DIR or the platform default). Raises IamError."""
    return Library.open(data_paths())


def with_library(action: Callable[[Library], T]) -> T | None:
    """Run `action` on the library and close it; None (after printing the error) if opening the library or
    the action raised IamError."""
    from iam_desktop.errors import IamError

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


def print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))
