"""Exit codes of every CLI command: 0 success, 1 something failed, 2 usage error."""

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
