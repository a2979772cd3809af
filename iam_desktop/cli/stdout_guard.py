"""A command's standard output going away: a closed pipe (`| head -1`) ends the command quietly, a full
output (`> /dev/full`, a full disk) with one plain error; never a traceback."""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from collections.abc import Callable

from iam_desktop.cli.exit_codes import EXIT_FAILED

#: the exit code of a command whose reader went away, as if SIGPIPE had ended it (128 + 13)
EXIT_CLOSED_PIPE = 141
_FULL = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}


def run_guarded(command: Callable[[], int]) -> int:
    """Run a CLI command and flush its output. The command itself ends its jobs when an exception leaves
    it (see transcribe_command); this turns what is left into an exit code."""
    try:
        code = command()
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        _drop_stdout()
        return EXIT_CLOSED_PIPE
    except OSError as exc:
        if exc.errno not in _FULL or not _stdout_is_broken():
            raise
        _drop_stdout()
        print(f"error: cannot write the output: {os.strerror(exc.errno)}", file=sys.stderr, flush=True)
        return EXIT_FAILED


def _stdout_is_broken() -> bool:
    """Whether writing to stdout fails (so the error came from the output, not from elsewhere)."""
    try:
        sys.stdout.flush()
        os.write(sys.stdout.fileno(), b"")
    except (OSError, ValueError):
        return True
    return False


def _drop_stdout() -> None:
    """Point stdout at the null device, so that Python's own flush at exit cannot fail again."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
