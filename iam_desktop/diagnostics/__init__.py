"""Failures never silent: the log file, the crash file, the exception hooks and optional crash reports.

Qt-free: the window (iam_desktop.ui.app), the CLI (iam_desktop.cli.main) and the local engine's child
process (iam_desktop.engines.local_process) all log through `logging_setup.configure`.
"""
