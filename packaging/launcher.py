"""The frozen app's entry script: the same `main` as the `iam-desktop` command and `python -m iam_desktop`."""

import sys

from iam_desktop.cli.main import main

# NOTE: the guard matters: the local engine's child process re-runs this executable (multiprocessing "spawn")
if __name__ == "__main__":
    sys.exit(main())
