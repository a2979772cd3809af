"""The command line: `iam-desktop SUBCOMMAND` drives the core for scripting; no arguments starts the GUI."""
