"""`iam-desktop backup configure|run|list|restore|verify|status|passphrase|disable`: the encrypted cloud
backup from scripts.

Secrets never come from the command line and are never prompted for: the secret access key from
IAM_S3_SECRET_ACCESS_KEY or standard input, the passphrase from IAM_BACKUP_PASSPHRASE or standard input
(when both come from standard input, line 1 is the key and line 2 the passphrase). `configure` keeps them
in the OS keyring, where the other commands find them (the variables, when set, win). Results go to
stdout (`--json` for scripts), progress and errors to stderr. A backup error's exit code says its kind
(cli/exit_codes.py). boto3 and the backup modules are imported only inside the handlers.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import signal
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from iam_desktop.cli.common import EXIT_FAILED, EXIT_OK, EXIT_USAGE, error, print_json
from iam_desktop.cli.exit_codes import (
    EXIT_CANCELLED,
    EXIT_DAMAGED,
    EXIT_NOT_CONFIGURED,
    EXIT_STORAGE,
    EXIT_WRONG_PASSPHRASE,
)
from iam_desktop.errors import IamError

if TYPE_CHECKING:
    from iam_desktop.backup.control import Control, Progress
    from iam_desktop.paths import DataPaths
    from iam_desktop.settings import Settings

T = TypeVar("T")

#: where `backup passphrase` reads the new passphrase from (else the first line of standard input)
NEW_PASSPHRASE_ENV = "IAM_BACKUP_NEW_PASSPHRASE"
#: seconds between two progress lines when stderr is not a terminal (a log file)
LOG_PROGRESS_EVERY = 5.0


def register(commands: Any) -> None:
    """Add the `backup` command and its actions to the CLI's subcommands."""
    from iam_desktop.backup.target import PROVIDERS  # (light: the presets only)

    backup = commands.add_parser("backup", help="encrypted backups of the library to S3-compatible storage")
    actions = backup.add_subparsers(dest="backup_command", metavar="ACTION", required=True)

    configure_parser = actions.add_parser(
        "configure",
        help="set the storage up (secret key and passphrase from the environment or standard input)",
        description="Test the storage, create or unlock the backup set, then keep the settings and the "
        "secrets (in the OS keyring). The secret access key comes from IAM_S3_SECRET_ACCESS_KEY or "
        "standard input, the passphrase from IAM_BACKUP_PASSPHRASE or standard input (when both come from "
        "standard input: line 1 the key, line 2 the passphrase).",
    )  # fmt: skip
    configure_parser.add_argument("--provider", choices=list(PROVIDERS), required=True)
    configure_parser.add_argument(
        "--endpoint", metavar="URL", help="the server's address (needed for r2 and custom)"
    )
    configure_parser.add_argument("--bucket", metavar="NAME", required=True)
    configure_parser.add_argument(
        "--prefix", metavar="P", default="iam-desktop", help="the folder in the bucket (default iam-desktop)"
    )
    configure_parser.add_argument(
        "--region", metavar="R", help="the bucket's region (default: the provider's)"
    )
    configure_parser.add_argument("--access-key-id", metavar="ID", required=True)
    configure_parser.set_defaults(handler=configure)

    run_parser = actions.add_parser(
        "run", help="back up now (progress on stderr; Ctrl+C stops, the next run continues)"
    )
    run_parser.add_argument("--json", action="store_true")
    run_parser.set_defaults(handler=run)
    list_parser = actions.add_parser("list", help="the snapshots in the bucket, newest first")
    list_parser.add_argument("--json", action="store_true")
    list_parser.set_defaults(handler=list_snapshots)
    restore_parser = actions.add_parser(
        "restore", help="rebuild the library in the data folder from a snapshot (default: the newest)"
    )
    restore_parser.add_argument("snapshot", nargs="?", metavar="SNAPSHOT")
    restore_parser.add_argument(
        "--force", action="store_true", help="replace a local library that has work the snapshot lacks"
    )
    restore_parser.add_argument("--json", action="store_true")
    restore_parser.set_defaults(handler=restore)
    verify_parser = actions.add_parser("verify", help="read the backup back and check every object")
    verify_parser.add_argument(
        "--sample", type=sample_size, metavar="N", help="check N objects picked at random instead of all"
    )
    verify_parser.add_argument("--json", action="store_true")
    verify_parser.set_defaults(handler=verify)
    status_parser = actions.add_parser(
        "status", help="the storage, the last backup and error, the next automatic backup"
    )
    status_parser.add_argument("--json", action="store_true")
    status_parser.set_defaults(handler=status)
    passphrase_parser = actions.add_parser(
        "passphrase", help=f"change the passphrase (the new one from {NEW_PASSPHRASE_ENV} or standard input)"
    )
    passphrase_parser.set_defaults(handler=passphrase)
    disable_parser = actions.add_parser(
        "disable", help="stop backing up and forget the secrets (the bucket is left as it is)"
    )
    disable_parser.set_defaults(handler=disable)


def sample_size(text: str) -> int:
    """`verify --sample N`: a whole number of at least 1."""
    try:
        value = int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of objects: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {text}")
    return value


# --- the handlers ---------------------------------------------------------------------------------------


def configure(args: argparse.Namespace) -> int:
    from iam_desktop.backup.credentials import PASSPHRASE_ENV, S3_SECRET_ENV, Credentials
    from iam_desktop.backup.target import BackupTarget

    stdin = _StdinLines()
    secret = _secret_from(S3_SECRET_ENV, stdin)
    phrase = _secret_from(PASSPHRASE_ENV, stdin)
    if not secret or not phrase:
        missing = "secret access key" if not secret else "passphrase"
        error(f"no {missing} given: set {S3_SECRET_ENV} and {PASSPHRASE_ENV}, or pipe them on standard input "
              f"(line 1 the secret access key, line 2 the passphrase; only what the environment lacks)")
        return EXIT_USAGE
    target = BackupTarget(
        provider=args.provider, bucket=args.bucket, access_key_id=args.access_key_id, prefix=args.prefix,
        region=args.region, endpoint=args.endpoint,
    )  # fmt: skip

    def action() -> int:
        from iam_desktop.backup.configure import configure as keep
        from iam_desktop.secrets import SecretStore

        paths, settings = _load()
        store = SecretStore()
        saved = keep(paths, settings, target, Credentials(secret, phrase), store,
                     report=lambda step: print(f"ok: {step}", file=sys.stderr, flush=True))  # fmt: skip
        print(f"backups go to {_where(saved)}")
        try:
            keyring = store.backend_name()
            print(f"the secret access key and the passphrase are kept in the OS keyring ({keyring})")
        except IamError:  # (configure said so: the environment holds them)
            print(f"the OS keyring cannot be used: keep {S3_SECRET_ENV} and {PASSPHRASE_ENV} set for backups")
        print("keep the passphrase somewhere safe as well: without it the backups cannot be read")
        return EXIT_OK

    return _backup_errors(action)


def run(args: argparse.Namespace) -> int:
    def action() -> int:
        from iam_desktop.backup.control import Control
        from iam_desktop.backup.run import run_backup
        from iam_desktop.backup.session import session_from_settings

        paths, settings = _load()
        control = Control(_ProgressPrinter())  # (run_backup applies the settings' bandwidth limit)
        result = _interruptible(
            control, lambda: run_backup(paths, settings, session_from_settings(settings), control),
            "cancelled; what was uploaded is kept and the next `iam-desktop backup run` continues from there",
        )  # fmt: skip
        for problem in result.problems:
            print(f"warning: {problem}", file=sys.stderr, flush=True)
        if args.json:
            print_json(_plain(result))
            return EXIT_OK
        print(f"snapshot {result.snapshot_id}: {result.files_total} files, {_size(result.bytes_total)}; "
              f"uploaded {result.files_uploaded} files, {_size(result.bytes_uploaded)}, "
              f"in {result.seconds:.1f} s")
        if result.pruned_snapshots or result.pruned_objects:
            print(f"pruned {_count(result.pruned_snapshots, 'old snapshot')} and "
                  f"{_count(result.pruned_objects, 'object')} no kept snapshot needs")
        return EXIT_OK

    return _backup_errors(action)


def list_snapshots(args: argparse.Namespace) -> int:
    def action() -> int:
        from iam_desktop.backup import snapshots
        from iam_desktop.backup.session import session_from_settings

        _paths, settings = _load()
        infos = snapshots.list_snapshots(session_from_settings(settings))
        if args.json:
            print_json([_plain(info, skip=("manifest",)) for info in infos])
            return EXIT_OK
        for info in infos:
            if info.problem:
                print(f"{info.snapshot_id}\t{info.created or '-'}\tunreadable: {info.problem}")
            else:
                print(f"{info.snapshot_id}\t{info.created}\t{info.recordings} recordings\t"
                      f"{info.transcripts} transcripts\t{_size(info.size)}")
        return EXIT_OK

    return _backup_errors(action)


def restore(args: argparse.Namespace) -> int:
    def action() -> int:
        from iam_desktop.backup.control import Control
        from iam_desktop.backup.restore import restore as rebuild
        from iam_desktop.backup.session import session_from_settings

        paths, settings = _load()
        control = Control(_ProgressPrinter())
        result = _interruptible(
            control, lambda: rebuild(paths, session_from_settings(settings), args.snapshot, force=args.force,
                                     control=control),
            "cancelled; the library was left as it was",
        )  # fmt: skip
        if args.json:
            print_json(_plain(result))
            return EXIT_OK
        print(f"restored snapshot {result.snapshot_id} of {result.created}: {result.recordings} recordings, "
              f"{result.transcripts} transcripts, {result.files} files ({_size(result.bytes)})")
        if result.kept_previous is not None:
            print(f"the library that was here is kept as {result.kept_previous}")
        return EXIT_OK

    return _backup_errors(action)


def verify(args: argparse.Namespace) -> int:
    def action() -> int:
        from iam_desktop.backup.control import Control
        from iam_desktop.backup.session import session_from_settings
        from iam_desktop.backup.verify import verify as check

        paths, settings = _load()
        control = Control(_ProgressPrinter())
        result = _interruptible(
            control,
            lambda: check(session_from_settings(settings), args.sample, control=control, paths=paths),
            "cancelled; nothing was changed",
        )  # fmt: skip
        if args.json:
            print_json(_plain(result))
        else:
            scope = f"a sample of {result.checked_objects}" if args.sample else str(result.checked_objects)
            problems = "no problems" if result.ok else _count(len(result.problems), "problem")
            print(f"checked {scope} objects ({_size(result.checked_bytes)}) of "
                  f"{_count(result.snapshots, 'snapshot')}: {problems}")
            for problem in result.problems:
                print(f"problem: {problem}")
        if not result.ok:
            error(f"the backup has {_count(len(result.problems), 'problem')} (listed above)")
            return EXIT_DAMAGED
        return EXIT_OK

    return _backup_errors(action)


def status(args: argparse.Namespace) -> int:
    def action() -> int:
        from iam_desktop.backup.state import load_state

        paths, settings = _load()
        state = load_state(paths)
        report: dict[str, Any] = {
            "configured": bool(settings.backup_provider),
            "target": _where_or_why(settings) if settings.backup_provider else None,
            "secrets": _secrets_status() if settings.backup_provider else None,
            "automatic": settings.backup_automatic,
            "keep": settings.backup_keep,
            **dataclasses.asdict(state),
            "next_backup": _next_backup(paths, settings, state),
        }
        if args.json:
            print_json(report)
            return EXIT_OK
        if not report["configured"]:
            print("backups are not set up: run `iam-desktop backup configure` (see --help)")
            return EXIT_OK
        last = report["last_success"] or "never"
        if report["last_snapshot"] and report["last_success"]:
            last += f" (snapshot {report['last_snapshot']})"
        print(f"storage: {report['target']}")
        print(f"secrets: {report['secrets']}")
        print(f"last backup: {last}")
        print(f"last error: {report['last_error'] or 'none'}")
        if not settings.backup_automatic:
            print("automatic backups: off")
        elif report["next_backup"]:
            print(f"next automatic backup: {report['next_backup']} (while the app runs)")
        return EXIT_OK

    return _backup_errors(action)


def passphrase(args: argparse.Namespace) -> int:
    from iam_desktop.backup.credentials import PASSPHRASE_ENV

    new = _secret_from(NEW_PASSPHRASE_ENV, _StdinLines())
    if not new:
        error(f"no new passphrase given: set {NEW_PASSPHRASE_ENV} or pipe it on standard input (line 1); the "
              f"current one comes from {PASSPHRASE_ENV} or the OS keyring")
        return EXIT_USAGE

    def action() -> int:
        from iam_desktop.backup.configure import change_backup_passphrase

        _paths, settings = _load()
        in_keyring = change_backup_passphrase(settings, new)
        kept = " and the new one is kept in the OS keyring" if in_keyring else " (the OS keyring is not used)"
        print(f"the backup passphrase was changed{kept}")
        if os.environ.get(PASSPHRASE_ENV):
            print(f"note: {PASSPHRASE_ENV} still holds the old passphrase, which no longer opens the backup: "
                  "set it to the new one", file=sys.stderr)
        return EXIT_OK

    return _backup_errors(action)


def disable(args: argparse.Namespace) -> int:
    def action() -> int:
        from iam_desktop.backup.configure import disable_backup

        paths, settings = _load()
        if not settings.backup_provider:
            print("backups were not set up")
            return EXIT_OK
        where = _where(settings)
        disable_backup(paths, settings)
        print(f"backups are off and the secrets were removed from the OS keyring; {where} was left as it is")
        return EXIT_OK

    return _backup_errors(action)


# --- shared pieces --------------------------------------------------------------------------------------


def exit_code(exc: IamError) -> int:
    """The exit code of a failure: its kind for a backup error, EXIT_FAILED for anything else."""
    from iam_desktop.backup import errors

    kinds: tuple[tuple[type[Exception], int], ...] = (
        (errors.BackupNotConfigured, EXIT_NOT_CONFIGURED), (errors.WrongPassphrase, EXIT_WRONG_PASSPHRASE),
        (errors.ConnectionProblem, EXIT_STORAGE), (errors.DamagedObject, EXIT_DAMAGED),
        (errors.MissingObject, EXIT_DAMAGED), (errors.Cancelled, EXIT_CANCELLED),
    )  # fmt: skip
    return next((code for kind, code in kinds if isinstance(exc, kind)), EXIT_FAILED)


def _backup_errors(action: Callable[[], int]) -> int:
    """Run `action`; an IamError becomes its message on stderr (secrets redacted) and its exit code."""
    try:
        return action()
    except IamError as exc:
        error(str(exc))
        return exit_code(exc)


def _load() -> tuple[DataPaths, Settings]:
    from iam_desktop.paths import data_paths
    from iam_desktop.settings import load_settings

    paths = data_paths()
    return paths, load_settings(paths)


class _Stop(Exception):
    """SIGTERM arrived: stop like Ctrl+C."""


def _raise_stop(signum: int, frame: object) -> None:
    raise _Stop


def _interruptible(control: Control, work: Callable[[], T], cancelled: str) -> T:
    """Run `work` in a worker thread; Ctrl+C or SIGTERM cancels it through `control` and waits for it to
    stop cleanly (a second Ctrl+C stops at once). Cancelled (with the message `cancelled`) when it was."""
    from iam_desktop.backup.errors import Cancelled

    outcome: dict[str, Any] = {}
    done = threading.Event()  # (not Thread.join: an interrupted join can take the thread for ended)

    def worker() -> None:
        try:
            outcome["value"] = work()
        except BaseException as exc:  # handed to the main thread, which raises it
            outcome["error"] = exc
        finally:
            done.set()

    previous = signal.signal(signal.SIGTERM, _raise_stop)
    try:
        threading.Thread(target=worker, name="backup", daemon=True).start()
        try:
            while not done.wait(0.2):
                pass
        except (KeyboardInterrupt, _Stop):
            control.cancel()
            print("\nstopping…", file=sys.stderr, flush=True)
            try:
                while not done.wait(0.2):
                    pass
            except (KeyboardInterrupt, _Stop):
                raise Cancelled(f"{cancelled} (stopped at once)") from None
    finally:
        signal.signal(signal.SIGTERM, previous)
    if isinstance(outcome.get("error"), Cancelled):
        raise Cancelled(cancelled) from None
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


class _ProgressPrinter:
    """Progress on stderr: one line rewritten in place on a terminal, a line every few seconds otherwise."""

    def __init__(self) -> None:
        self._tty = sys.stderr is not None and sys.stderr.isatty()
        self._stage = ""
        self._last = 0.0
        self._lock = threading.Lock()

    def __call__(self, progress: Progress) -> None:
        with self._lock:
            now = time.monotonic()
            if not self._tty and progress.stage == self._stage and now - self._last < LOG_PROGRESS_EVERY:
                if progress.total_bytes == 0 or progress.done_bytes < progress.total_bytes:
                    return
            self._stage, self._last = progress.stage, now
            line = progress_line(progress)
            if self._tty:
                print(f"\r\x1b[K{line}", end="", file=sys.stderr, flush=True)
                if progress.total_bytes and progress.done_bytes >= progress.total_bytes:
                    print(file=sys.stderr, flush=True)
            else:
                print(line, file=sys.stderr, flush=True)


def progress_line(progress: Progress) -> str:
    """e.g. "uploading: 12 MB of 45 MB (27 %), 5.1 MB/s, 7 s left, 3 of 10 files"; "pruning…" for a stage
    that moves no bytes."""
    if not progress.total_bytes and not progress.done_bytes:
        return f"{progress.stage}…"
    parts = [f"{progress.stage}: {_size(progress.done_bytes)}"]
    if progress.total_bytes:
        parts[0] += f" of {_size(progress.total_bytes)} ({progress.fraction:.0%})".replace("%)", " %)")
    if progress.rate > 0:
        parts.append(f"{_size(int(progress.rate))}/s")
    if progress.eta is not None and progress.done_bytes < progress.total_bytes:
        parts.append(f"{_duration(progress.eta)} left")
    if progress.files_total:
        parts.append(f"{progress.files_done} of {progress.files_total} files")
    return ", ".join(parts)


def _count(number: int, noun: str) -> str:
    """e.g. "1 snapshot", "3 snapshots"."""
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _duration(seconds: float) -> str:
    seconds = max(0, round(seconds))
    if seconds < 60:
        return f"{seconds} s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {seconds} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes} min"


def _size(nbytes: int) -> str:
    from iam_desktop.units import size_text

    return size_text(nbytes)


def _secret_from(variable: str, stdin: _StdinLines) -> str:
    """The value of `variable` when set, else the next line of standard input ("" when there is none)."""
    from iam_desktop.redaction import remember_secret

    value = os.environ.get(variable, "") or stdin.next_line()
    remember_secret(value)
    return value


class _StdinLines:
    """Standard input's lines, read once when first asked; nothing from a terminal (no prompts: a command
    that would wait for typing fails at once instead)."""

    #: the most read (secrets are short lines)
    LIMIT = 64 * 1024

    def __init__(self) -> None:
        self._lines: list[str] | None = None

    def next_line(self) -> str:
        if self._lines is None:
            stdin = sys.stdin
            text = "" if stdin is None or stdin.isatty() else stdin.read(self.LIMIT)
            self._lines = text.splitlines()
        return self._lines.pop(0) if self._lines else ""


def _where(settings: Settings) -> str:
    """The storage the settings name, e.g. "Wasabi, bucket b (https://…), prefix iam-desktop"."""
    from iam_desktop.backup.session import target_from_settings

    target = target_from_settings(settings)
    return f"{target.describe()}, prefix {target.prefix or '/'}"


def _where_or_why(settings: Settings) -> str:
    """`_where`, or what is wrong with the storage settings."""
    from iam_desktop.backup.errors import BackupError

    try:
        return _where(settings)
    except BackupError as exc:
        return f"not usable: {exc}"


def _secrets_status() -> str:
    """Where the secrets come from, without their values."""
    from iam_desktop.backup.credentials import PASSPHRASE, PASSPHRASE_ENV, S3_SECRET, S3_SECRET_ENV
    from iam_desktop.secrets import SecretStore

    found = []
    store = SecretStore()
    for label, name, variable in (("secret access key", S3_SECRET, S3_SECRET_ENV),
                                  ("passphrase", PASSPHRASE, PASSPHRASE_ENV)):  # fmt: skip
        if os.environ.get(variable):
            found.append(f"{label} from {variable}")
            continue
        try:
            found.append(f"{label} in the OS keyring" if store.get(name) else f"no {label} stored")
        except IamError as exc:
            found.append(f"{label}: {exc}")
    return "; ".join(found)


def _next_backup(paths: DataPaths, settings: Settings, state: Any) -> str | None:
    """When the app's next automatic backup is due (ISO 8601 UTC; None when off or not set up)."""
    from datetime import UTC, datetime

    from iam_desktop.backup.schedule import next_backup_due

    changed = [p.stat().st_mtime for p in (paths.database, Path(f"{paths.database}-wal")) if p.exists()]
    change = datetime.fromtimestamp(max(changed), UTC) if changed else None
    now = datetime.now(UTC).replace(microsecond=0)
    due = next_backup_due(state, settings, now=now, last_library_change=change)
    return None if due is None else max(due, now).replace(microsecond=0).isoformat()


def _plain(result: Any, skip: tuple[str, ...] = ()) -> dict[str, Any]:
    """A result dataclass as JSON-ready values (paths as text), without the fields `skip`."""

    def plain(value: Any) -> Any:
        if isinstance(value, Path):
            return str(value)
        if isinstance(value, list | tuple):
            return [plain(v) for v in value]
        return value

    return {f.name: plain(getattr(result, f.name)) for f in dataclasses.fields(result) if f.name not in skip}
