"""Shared pieces of the CLI commands: opening the library and reporting errors the same way.

Light to import (the library is imported only when a command opens it), so that every command module,
including those the parser is built from, uses these and no copy of its own.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from iam_desktop.cli.exit_codes import EXIT_FAILED, EXIT_OK, EXIT_USAGE

if TYPE_CHECKING:
    from iam_desktop.library.library import Library

__all__ = ["EXIT_FAILED", "EXIT_OK", "EXIT_USAGE", "error", "open_library", "print_json", "run_with_library"]


def error(message: str) -> None:
    """Print `error: message` on stderr, with every secret value in use redacted."""
    from iam_desktop.redaction import redact

    print(f"error: {redact(message)}", file=sys.stderr, flush=True)


def open_library() -> Library:
    """The library in the data folder (IAM_DATA_DIR or the platform default). Raises IamError."""
    from iam_desktop.library.library import Library
    from iam_desktop.paths import data_paths

    return Library.open(data_paths())


def run_with_library(action: Callable[[Library], int]) -> int:
    """Open the library, run `action` on it and close it again; the exit code `action` returns.

    The one place where a command maps the app's errors to its exit code: when opening the library or
    the action raises IamError (an unusable data folder, a full disk, a damaged or locked library…), the
    error is printed (`error: …`, secrets redacted) and the exit code is EXIT_FAILED. Anything else
    (KeyboardInterrupt, a defect) goes through, after the library is closed.
    """
    from iam_desktop.errors import IamError

    try:
        library = open_library()
    except IamError as exc:
        error(str(exc))
        return EXIT_FAILED
    try:
        return action(library)
    except IamError as exc:
        error(str(exc))
        return EXIT_FAILED
    finally:
        library.close()


def print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))
