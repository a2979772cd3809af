"""The command line: `iam-desktop SUBCOMMAND` drives the core for scripting; no arguments starts the GUI."""

# NOTE: first thing, before the CLI's own imports: the origin of `--startup-time` where the OS cannot say
# when the process started (iam_desktop.diagnostics.startup_clock)
from iam_desktop.diagnostics import startup_clock as _startup_clock  # noqa: F401
