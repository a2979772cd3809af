"""`iam-desktop watch add|remove|list|run`: folders whose new audio and video files are transcribed.

The library and the engines are imported only inside the handlers: registering the parser stays cheap.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
import time
from typing import TYPE_CHECKING, Any

from iam_desktop.cli.arg_types import watch_interval, watch_settle
from iam_desktop.cli.common import EXIT_FAILED, EXIT_OK, EXIT_USAGE, error, print_json, run_with_library
from iam_desktop.errors import IamError

if TYPE_CHECKING:
    from iam_desktop.library.library import Library


#: seconds between two scans of `watch run`
DEFAULT_INTERVAL = 5.0


def register(commands: Any) -> None:
    """Add the `watch` command and its actions to the CLI's subcommands."""
    from iam_desktop.cli.main import EXPORT_FORMATS

    watch = commands.add_parser("watch", help="folders whose new audio and video files are transcribed")
    actions = watch.add_subparsers(dest="watch_command", metavar="ACTION", required=True)
    add_parser = actions.add_parser("add", help="watch a folder (or change its export options)")
    add_parser.add_argument("folder", metavar="DIR")
    add_parser.add_argument(
        "--export-format", metavar="FMT[,FMT…]", default="",
        help=f"also write these formats for each transcribed file ({', '.join(EXPORT_FORMATS)})",
    )  # fmt: skip
    add_parser.add_argument(
        "--export-to", metavar="DIR", help="write the exports into DIR (default: next to the file)"
    )
    add_parser.set_defaults(handler=add)
    remove_parser = actions.add_parser("remove", help="stop watching a folder")
    remove_parser.add_argument("folder", metavar="DIR")
    remove_parser.set_defaults(handler=remove)
    listing = actions.add_parser("list", help="the watched folders and their export options")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=list_folders)
    run_parser = actions.add_parser("run", help="watch and transcribe until stopped (Ctrl+C or SIGTERM)")
    run_parser.add_argument(
        "--interval", type=watch_interval, default=DEFAULT_INTERVAL, metavar="S", help="seconds between scans"
    )
    run_parser.add_argument(
        "--settle", type=watch_settle, default=None, metavar="S",
        help="seconds a file must stay unchanged to count as completely copied (default 5)",
    )  # fmt: skip
    run_parser.add_argument(
        "--once", action="store_true", help="take the files there are now, transcribe them, then stop"
    )
    run_parser.set_defaults(handler=run)


def add(args: argparse.Namespace) -> int:
    from iam_desktop.watch.folders import WatchFolderError, watch_folder

    try:
        folder = watch_folder(args.folder, args.export_format, args.export_to)
    except WatchFolderError as exc:
        error(str(exc))
        return EXIT_USAGE

    def store(library: Library) -> int:
        library.watch.add_folder(folder)
        print(_describe(folder.to_json()))
        return EXIT_OK

    return run_with_library(store)


def remove(args: argparse.Namespace) -> int:
    from iam_desktop.watch.folders import folder_key

    path = folder_key(args.folder)

    def forget(library: Library) -> int:
        if not library.watch.remove_folder(path):
            error(f"not a watched folder: {path}")
            return EXIT_USAGE
        return EXIT_OK

    return run_with_library(forget)


def list_folders(args: argparse.Namespace) -> int:
    def show(library: Library) -> int:
        folders = [folder.to_json() for folder in library.watch.folders()]
        if args.json:
            print_json(folders)
        else:
            for folder in folders:
                print(_describe(folder))
        return EXIT_OK

    return run_with_library(show)


def _describe(folder: dict) -> str:
    formats = ",".join(folder["formats"]) or "-"
    return f"{folder['path']}\t{formats}\t{folder['export_to'] or 'next to the file'}"


class _Stop(Exception):
    """SIGTERM arrived: stop like Ctrl+C."""


def _raise_stop(signum: int, frame: object) -> None:
    raise _Stop


def run(args: argparse.Namespace) -> int:
    """Scan every --interval seconds, let a job runner transcribe what was queued, print `ID<TAB>FILE`
    per file transcribed; until Ctrl+C or SIGTERM (exit 0 after a clean stop), or with --once until the
    files there are now are done."""
    if args.interval <= 0 or (args.settle is not None and args.settle < 0):
        error("--interval must be more than 0 and --settle not less than 0")
        return EXIT_USAGE
    return run_with_library(lambda library: _run(library, args))


def _run(library: Library, args: argparse.Namespace) -> int:
    from iam_desktop.engines.factory import EngineFactory
    from iam_desktop.jobs.runner import JobRunner
    from iam_desktop.paths import data_paths
    from iam_desktop.settings import load_settings
    from iam_desktop.watch.watcher import SETTLE_SECONDS, Watcher, job_options

    if not library.watch.folders():
        error("no folder is watched: add one with `iam-desktop watch add DIR`")
        return EXIT_USAGE
    settings = load_settings(data_paths())
    factory = EngineFactory(settings)
    # adopts queued jobs nobody holds: the watcher's own, and those a stopped `watch run` released
    runner = JobRunner(library, factory, adopt_orphans=True, role="watch")
    settle = SETTLE_SECONDS if args.settle is None else args.settle
    watcher = Watcher(library, options=job_options(settings), settle_seconds=settle)
    failed = False
    previous = signal.signal(signal.SIGTERM, _raise_stop)
    try:
        runner.start()
        if args.once:
            failed = _run_once(library, runner, watcher, settle)
        else:
            while True:
                failed = _report(watcher.scan(), runner) or failed
                time.sleep(args.interval)
    except (KeyboardInterrupt, _Stop):
        print("stopped; unfinished jobs stay queued", file=sys.stderr, flush=True)
        failed = False
    except IamError as exc:
        error(str(exc))
        failed = True
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)  # a second SIGTERM must not cut the clean stop short
        try:
            runner.shutdown(timeout=30)
            factory.close()
        finally:
            signal.signal(signal.SIGTERM, previous)
    return EXIT_FAILED if failed else EXIT_OK


def _run_once(library: Library, runner: Any, watcher: Any, settle: float) -> bool:
    """Take the complete files there are now (two scans `settle` apart), wait for the queue to empty,
    write the exports. True if something failed."""
    failed = _report(watcher.scan(), runner)
    time.sleep(settle)
    failed = _report(watcher.scan(), runner) or failed
    idle = threading.Event()
    while not idle.wait(0.5):
        if runner.is_idle() and not runner.has_work():
            idle.set()
        else:
            runner.wake()
    return _report(watcher.scan(), runner) or failed


def _report(report: Any, runner: Any) -> bool:
    """Print what a scan did (stdout: `ID<TAB>FILE` per transcribed file); True if something failed."""
    if report.queued:
        runner.wake()
    for info in report.duplicates:
        print(f"skipped (already transcribed): {info.path}", file=sys.stderr, flush=True)
    for info in report.transcribed:
        print(f"{info.recording_id}\t{info.path}", flush=True)
        if info.export_error:
            error(f"{info.path}: {info.export_error}")
    for info, reason in report.failed:
        error(f"{info.path}: {reason}")
    for problem in report.problems:
        print(f"warning: {problem}", file=sys.stderr, flush=True)
    return bool(report.failed or any(info.export_error for info in report.transcribed))
