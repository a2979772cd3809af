"""`python -m iam_desktop` runs the same entry point as the `iam-desktop` command."""

import sys

from iam_desktop.cli.main import main

# NOTE: the guard matters: the local engine's child process (multiprocessing "spawn") imports this module
if __name__ == "__main__":
    sys.exit(main())
