"""Shared pieces of the CLI commands: opening the library and reporting errors the same way."""

from __future__ import annotations

import json
import sys
from typing import Any

from iam_desktop.cli.exit_codes import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from iam_desktop.library.library import Library
from iam_desktop.paths import data_paths

__all__ = ["EXIT_FAILED", "EXIT_OK", "EXIT_USAGE", "error", "open_library", "print_json"]


def error(message: str) -> None:
    """Print `error: message` on stderr."""
    print(f"error: {message}", file=sys.stderr, flush=True)


def open_library() -> Library:
    """The library in the data folder (IAM_DATA_DIR or the platform default). Raises IamError."""
    return Library.open(data_paths())


def print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))
