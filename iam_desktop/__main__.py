"""`python -m iam_desktop` runs the same entry point as the `iam-desktop` command."""

import sys

from iam_desktop.cli.main import main

sys.exit(main())
