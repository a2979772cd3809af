"""Entry point of `iam-desktop`: parses arguments and dispatches to a command or to the GUI."""

from __future__ import annotations

import argparse
import logging
import multiprocessing
import os
import sys
from collections.abc import Sequence

from iam_desktop import __version__
from iam_desktop.cli import (
    backup_command,
    handlers,
    keys_command,
    recover_command,
    speakers_command,
    subscription_command,
    summarize_command,
    vocabulary_command,
    watch_command,
)
from iam_desktop.cli.arg_types import record_id, record_seconds
from iam_desktop.cli.exit_codes import EXIT_USAGE
from iam_desktop.cli.stdout_guard import run_guarded
from iam_desktop.paths import use_private_umask

#: the URL scheme of activation links (registered by the desktop entry, Info.plist and the installer)
LINK_SCHEME = "iam-desktop"

#: export formats the CLI offers (kept here so that --version and --help need no heavy imports)
FORMATS = ("txt", "srt", "vtt", "json")
#: formats `library export` writes (documents too)
EXPORT_FORMATS = (*FORMATS, "docx", "pdf")
#: transcription engines (iam_desktop.engines.factory.ENGINES)
ENGINES = ("local", "openai")


def add_transcription_options(parser: argparse.ArgumentParser) -> None:
    """The options of `transcribe` and `library transcribe`: language, engine, model, translation, hints."""
    parser.add_argument(
        "--language",
        metavar="CODE|auto",
        help="language spoken, e.g. en or de; auto = detect (default: settings)",
    )
    parser.add_argument(
        "--engine", choices=ENGINES, help="local (offline) or openai (cloud); default: settings"
    )
    parser.add_argument(
        "--model", metavar="NAME", help="e.g. tiny.en, base, whisper-1 (default: automatic)"
    )
    parser.add_argument("--translate", action="store_true", help="translate the speech to English")
    parser.add_argument(
        "--prompt", metavar="TEXT", help="names and words to expect (a hint to the model)"
    )
    parser.add_argument(
        "--vocabulary", action="append", metavar='"A, B"',
        help="names, places or jargon to spell right, besides the library's (`vocabulary add`); repeatable",
    )  # fmt: skip
    parser.add_argument(
        "--speakers", type=speakers_command.transcribe_speakers, default=None, metavar="auto|N|off",
        help="label who speaks when (offline): auto finds how many, N says how many (default: off)",
    )  # fmt: skip
    parser.add_argument("--json", action="store_true", help="print a JSON array of results")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="iam-desktop",
        description="Record, transcribe, search and export speech. Without a command, starts the app.",
    )
    parser.add_argument("--version", action="version", version=f"iam-desktop {__version__}")
    parser.add_argument(
        "--startup-time", action="store_true",
        help="start the app, print the time from process start to the main window shown, and quit",
    )  # fmt: skip
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    transcribe = commands.add_parser("transcribe", help="transcribe audio or video files into the library")
    transcribe.add_argument("files", nargs="+", metavar="FILE")
    add_transcription_options(transcribe)
    transcribe.add_argument("--format", choices=FORMATS, default="txt", help="format of --output files")
    transcribe.add_argument("--output", metavar="DIR", help="also write DIR/<file stem>.<format>")
    transcribe.set_defaults(handler=handlers.transcribe)

    library = commands.add_parser("library", help="list, show and search the library")
    library_sub = library.add_subparsers(dest="library_command", metavar="ACTION", required=True)
    listing = library_sub.add_parser("list", help="list recordings, newest first")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=handlers.library_list)
    show = library_sub.add_parser("show", help="print a transcript")
    show.add_argument("id", type=record_id, metavar="ID")
    show.add_argument("--format", choices=FORMATS, default="txt")
    show.set_defaults(handler=handlers.library_show)
    search = library_sub.add_parser("search", help="find recordings by words in their transcript or title")
    search.add_argument("query", metavar="QUERY")
    search.add_argument("--json", action="store_true")
    search.set_defaults(handler=handlers.library_search)
    export = library_sub.add_parser("export", help="export transcripts to files (one, or --all)")
    export.add_argument("id", type=record_id, nargs="?", metavar="ID")
    export.add_argument("--all", action="store_true", help="every recording (not in the trash) into DIR")
    export.add_argument("--format", choices=EXPORT_FORMATS, required=True)
    export.add_argument("--output", required=True, metavar="PATH|DIR")
    export.add_argument(
        "--timestamps", action=argparse.BooleanOptionalAction, default=None,
        help="times before each segment (default: off for txt, on for docx/pdf)",
    )  # fmt: skip
    export.add_argument("--no-speakers", action="store_true", help="leave speaker names out")
    export.add_argument(
        "--no-summaries", action="store_true",
        help="leave the summaries out (default: the newest of each kind that is not out of date, first)",
    )  # fmt: skip
    export.set_defaults(handler=handlers.library_export)
    again = library_sub.add_parser(
        "transcribe", help="transcribe recordings of the library again (e.g. with another model or language)"
    )
    again.add_argument("ids", type=record_id, nargs="+", metavar="ID")
    add_transcription_options(again)
    again.set_defaults(handler=handlers.transcribe)
    tag = library_sub.add_parser("tag", help="put tags on a recording")
    tag.add_argument("id", type=record_id, metavar="ID")
    tag.add_argument("tags", nargs="+", metavar="TAG")
    tag.set_defaults(handler=handlers.library_tag)
    delete = library_sub.add_parser("delete", help="move a recording to the trash (emptied after 30 days)")
    delete.add_argument("id", type=record_id, metavar="ID")
    delete.set_defaults(handler=handlers.library_delete)
    restore = library_sub.add_parser("restore", help="bring a recording back from the trash")
    restore.add_argument("id", type=record_id, metavar="ID")
    restore.set_defaults(handler=handlers.library_restore)
    recover_command.register(library_sub)

    jobs = commands.add_parser("jobs", help="the transcription queue")
    jobs_sub = jobs.add_subparsers(dest="jobs_command", metavar="ACTION", required=True)
    jobs_list = jobs_sub.add_parser("list", help="list jobs with their state, progress and ETA")
    jobs_list.add_argument("--json", action="store_true")
    jobs_list.set_defaults(handler=handlers.jobs_list)
    jobs_resume = jobs_sub.add_parser(
        "resume", help="finish every queued or interrupted job now, without the window"
    )
    jobs_resume.add_argument("--json", action="store_true")
    jobs_resume.set_defaults(handler=handlers.jobs_resume)

    record = commands.add_parser(
        "record", help="record from a microphone (and/or the computer's audio) into the library"
    )
    record.add_argument(
        "--seconds", type=record_seconds, required=True, metavar="N", help="seconds to record (up to a week)"
    )
    record.add_argument("--device", metavar="NAME", help="input to record from (default: the system's)")
    record.add_argument(
        "--system-audio", action="store_true",
        help="record the computer's audio too (a call's other side): two tracks, 'Me' and 'Others'",
    )  # fmt: skip
    record.add_argument(
        "--source", choices=("microphone", "system", "both"),
        help="what to record (default: microphone; --system-audio means both)",
    )  # fmt: skip
    record.add_argument(
        "--system-device", metavar="NAME", help="the computer's audio to record (default: the default output)"
    )
    record.add_argument("--no-transcribe", action="store_true", help="only record; do not transcribe")
    record.add_argument("--json", action="store_true", help='print {"id", "duration", "overflows"}')
    record.set_defaults(handler=handlers.record)
    devices = commands.add_parser(
        "devices", help="list the audio inputs and the computer's audio sources (defaults marked *)"
    )
    devices.add_argument("--json", action="store_true")
    devices.set_defaults(handler=handlers.devices)

    keys_command.register(commands)
    vocabulary_command.register(commands)
    watch_command.register(commands)
    backup_command.register(commands)
    subscription_command.register(commands)
    speakers_command.register(commands)
    summarize_command.register(commands)
    return parser


def recover_interrupted_recordings() -> None:
    """Save recordings a crash or kill interrupted into the library (every command does this first);
    their transcription waits in the queue for the app or `jobs resume`. Costs nothing when there are none."""
    from iam_desktop.errors import StorageError
    from iam_desktop.paths import data_paths

    try:
        paths = data_paths()
        if not any(paths.captures.iterdir()):
            return
    except (OSError, StorageError):  # an unusable data folder: the command itself reports it
        return
    from iam_desktop.errors import IamError
    from iam_desktop.library.library import Library
    from iam_desktop.recording.recovery import queue_unowned, recover_captures
    from iam_desktop.settings import load_settings

    try:
        library = Library.open(paths)
    except IamError as exc:
        print(f"warning: interrupted recordings could not be recovered: {exc}", file=sys.stderr)
        return
    try:
        problems: list[str] = []
        engine = load_settings(paths).default_engine
        for saved in recover_captures(library, queue_unowned(library, engine), problems):
            queued = "; its transcription is queued" if saved.manifest.transcribe else ""
            print(
                f"recovered an interrupted recording: {saved.recording_id}\t{saved.title}\t"
                f"{saved.duration:.1f} s{queued}",
                file=sys.stderr,
            )
        for problem in problems:
            print(f"warning: {problem}", file=sys.stderr)
    finally:
        library.close()


def files_to_open(args: Sequence[str]) -> list[str]:
    """`iam-desktop FILE…` (what a file manager's "Open with" and the desktop entry's %U run) opens the window
    and adds the files: their absolute paths when the first argument is an existing file or folder written
    as a path (with a folder part or a suffix — command names have neither) or as a file:// URL; []
    otherwise (the arguments are then parsed as a command)."""
    args = [_local_path(arg) for arg in args]
    first = args[0]
    looks_like_path = os.sep in first or "/" in first or "." in os.path.basename(first)
    if first.startswith("-") or not looks_like_path or not os.path.exists(first):
        return []
    return [os.path.abspath(arg) for arg in args]


def _local_path(arg: str) -> str:
    """`arg`, or the local path of a file:// URL (what a desktop's %U may pass for a file)."""
    if not arg.lower().startswith("file://"):
        return arg
    from urllib.parse import unquote, urlsplit

    parts = urlsplit(arg)
    return unquote(parts.path) if parts.netloc in ("", "localhost") else arg


def activation_link(args: Sequence[str]) -> str | None:
    """The `iam-desktop://activate?licence=…` link the desktop passes when one is opened (the only
    argument), else None."""
    if len(args) == 1 and args[0].lower().startswith(f"{LINK_SCHEME}:"):
        return args[0]
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI (or the GUI when no command is given); returns the exit code."""
    multiprocessing.freeze_support()  # the local engine's child process re-runs a frozen executable
    use_private_umask()  # the database, logs and captures it creates are the user's alone
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list:
        from iam_desktop.ui.app import run_gui  # Qt is imported only when the GUI is wanted

        return run_gui()
    link = activation_link(args_list)
    if link is not None:
        from iam_desktop.ui.app import run_gui

        return run_gui(activation_link=link)
    files = files_to_open(args_list)
    if files:
        from iam_desktop.ui.app import run_gui

        return run_gui(open_paths=files)
    parser = build_parser()
    args = parser.parse_args(args_list)
    if args.startup_time:
        if args.command:
            parser.error("--startup-time starts the app: give it no command")
        from iam_desktop.ui.app import run_gui

        return run_gui(report_startup=True)
    handler: handlers.Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    from iam_desktop.diagnostics import logging_setup
    from iam_desktop.errors import IamError
    from iam_desktop.paths import DataPaths, default_data_dir

    log_file = logging_setup.configure(DataPaths(default_data_dir()))  # warnings on stderr, all in the log
    try:
        recover_interrupted_recordings()
        return run_guarded(lambda: handler(args))  # the handler imports its heavy modules only now
    except IamError as exc:  # e.g. an unusable data folder, met before the command's own handling
        from iam_desktop.cli.common import error

        error(str(exc))
        return 1
    except Exception as exc:  # a defect: one line here, the traceback in the log
        return internal_error(exc, command_name(args), log_file)


def command_name(args: argparse.Namespace) -> str:
    """The command as typed, e.g. "library export" (for the log)."""
    words = [args.command]
    for dest in ("library_command", "jobs_command", "keys_command", "vocabulary_command", "watch_command",
                 "backup_command", "subscription_command"):
        if getattr(args, dest, None):
            words.append(getattr(args, dest))
    return " ".join(words)


def internal_error(exc: BaseException, command: str, log_file: object) -> int:
    """Log an unexpected exception with its traceback (to the log file only) and print one line:
    `error: internal error: <what> (details in <log>)`. Returns the exit code (1)."""
    from iam_desktop.cli.common import error
    from iam_desktop.cli.exit_codes import EXIT_FAILED
    from iam_desktop.diagnostics.logging_setup import FILE_ONLY

    logger = logging.getLogger("iam_desktop.cli")
    logger.critical("internal error in %s", command, exc_info=exc, extra=FILE_ONLY)
    what = (f"{type(exc).__name__}: {exc}".splitlines() or [type(exc).__name__])[0][:200]
    where = f"details in {log_file}" if log_file else "no log file could be written"
    error(f"internal error: {what} ({where})")  # redacts secrets
    return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
