"""The handlers of the commands whose modules are heavy (the library, the engines, the audio stack).

Each handler is a small function that imports its command module when it runs, so that building the parser
(`iam-desktop --help`, `--version`) imports none of them; the parser refers to the functions themselves
(`set_defaults(handler=handlers.transcribe)`), so static tools (mypy, vulture) see every handler and its
target. Commands whose modules are light register their own functions (`keys`, `vocabulary`, `watch`,
`library recover`).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

#: what every command runs: the parsed arguments in, the exit code out
Handler = Callable[[argparse.Namespace], int]


def transcribe(args: argparse.Namespace) -> int:
    """`transcribe FILE…` and `library transcribe ID…`."""
    from iam_desktop.cli import transcribe_command

    return transcribe_command.run(args)


def library_list(args: argparse.Namespace) -> int:
    from iam_desktop.cli import library_commands

    return library_commands.list_items(args)


def library_show(args: argparse.Namespace) -> int:
    from iam_desktop.cli import library_commands

    return library_commands.show(args)


def library_search(args: argparse.Namespace) -> int:
    from iam_desktop.cli import library_commands

    return library_commands.search(args)


def library_export(args: argparse.Namespace) -> int:
    from iam_desktop.cli import export_command

    return export_command.export(args)


def library_tag(args: argparse.Namespace) -> int:
    from iam_desktop.cli import library_manage_commands

    return library_manage_commands.tag(args)


def library_delete(args: argparse.Namespace) -> int:
    from iam_desktop.cli import library_manage_commands

    return library_manage_commands.delete(args)


def library_restore(args: argparse.Namespace) -> int:
    from iam_desktop.cli import library_manage_commands

    return library_manage_commands.restore(args)


def jobs_list(args: argparse.Namespace) -> int:
    from iam_desktop.cli import jobs_commands

    return jobs_commands.list_jobs(args)


def jobs_resume(args: argparse.Namespace) -> int:
    from iam_desktop.cli import jobs_commands

    return jobs_commands.resume(args)


def record(args: argparse.Namespace) -> int:
    from iam_desktop.cli import record_command

    return record_command.record(args)


def devices(args: argparse.Namespace) -> int:
    from iam_desktop.cli import record_command

    return record_command.devices(args)
