"""`iam-desktop speakers`: who speaks when in a recording already transcribed.

    iam-desktop speakers ID [--count N] [--json]     label the speakers (offline), without transcribing again
    iam-desktop speakers list ID [--json]            the speakers with their talk time
    iam-desktop speakers rename ID OLD NEW           rename a speaker everywhere in the transcript

Labelling runs as a job of the queue (a child process, cancelled by Ctrl+C); the transcript gets "Speaker
1", "Speaker 2"… as an edit (the machine transcript is kept: the window's Restore original undoes it). The
library is imported only inside the handlers: registering the parser stays cheap.
"""

from __future__ import annotations

import argparse
import sys
import threading
from typing import TYPE_CHECKING, Any

from iam_desktop.cli.arg_types import record_id
from iam_desktop.cli.exit_codes import EXIT_FAILED, EXIT_OK, EXIT_USAGE

if TYPE_CHECKING:
    from iam_desktop.library.library import Library

#: the most speakers --count accepts
MOST_SPEAKERS = 20
_USAGE = "usage: iam-desktop speakers ID [--count N] | speakers list ID | speakers rename ID OLD NEW"


def speaker_count(text: str) -> int:
    """--count / --speakers: a number of speakers from 1 to MOST_SPEAKERS, or "auto" (0)."""
    if text.strip().lower() == "auto":
        return 0
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of speakers (or auto): {text!r}") from None
    if not 1 <= value <= MOST_SPEAKERS:
        raise argparse.ArgumentTypeError(f"the number of speakers goes from 1 to {MOST_SPEAKERS}, not {text}")
    return value


def transcribe_speakers(text: str) -> int | None:
    """`transcribe --speakers`: auto (0), a number, or off (None: no labelling)."""
    if text.strip().lower() in ("off", "no", "none"):
        return None
    return speaker_count(text)


def register(subparsers: Any) -> None:
    """Add the `speakers` command to the CLI's subparsers."""
    speakers = subparsers.add_parser(
        "speakers",
        help="label who speaks when in a transcribed recording (offline); list or rename its speakers",
        description=_USAGE.removeprefix("usage: "),
    )
    speakers.add_argument("words", nargs="+", metavar="ID | list ID | rename ID OLD NEW")
    speakers.add_argument(
        "--count", type=speaker_count, default=0, metavar="N|auto",
        help="how many people speak (default: auto, found from the audio)",
    )  # fmt: skip
    speakers.add_argument("--json", action="store_true", help="print JSON")
    speakers.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from iam_desktop.cli.common import error

    words = list(args.words)
    action = words[0] if words[0] in ("list", "rename") else "label"
    needed = {"label": 1, "list": 2, "rename": 4}[action]
    if len(words) != needed:
        error(_USAGE)
        return EXIT_USAGE
    try:
        recording = record_id(words[0] if action == "label" else words[1])
    except argparse.ArgumentTypeError as exc:
        error(str(exc))
        return EXIT_USAGE
    if action == "rename":
        return _rename(recording, words[2], words[3], args.json)
    if action == "list":
        return _list(recording, args.json)
    return _label(recording, args.count, args.json)


def _talk(library: Library, recording: int) -> list[dict[str, Any]] | None:
    """Each speaker of the current transcript with talk time and share, by first appearance; None when
    the recording has no transcript."""
    transcript = library.get_transcript(recording)
    if transcript is None:
        return None
    from iam_desktop.speakers.talk import talk_seconds

    seconds = talk_seconds(transcript.segments)
    total = sum(seconds.values()) or 1.0  # (shares of all the talk, as the window's speakers bar gives them)
    return [
        {"speaker": name, "seconds": round(time, 2), "share": round(time / total, 4)}
        for name, time in seconds.items()
        if name is not None
    ]


def _print_talk(rows: list[dict[str, Any]], as_json: bool, recording: int) -> None:
    from iam_desktop.cli.common import print_json
    from iam_desktop.timefmt import clock

    if as_json:
        print_json({"id": recording, "speakers": rows})
        return
    if not rows:
        print(f"recording {recording}: no speakers labelled (one voice, or none identified yet)")
    for row in rows:
        print(f"{row['speaker']}\t{clock(row['seconds'])}\t{row['share'] * 100:.0f} %")


def _checked(library: Library, recording: int) -> bool:
    from iam_desktop.cli.common import error

    if library.get_recording(recording) is None:
        error(f"no recording with ID {recording}")
        return False
    if library.get_transcript(recording) is None:
        error(f"recording {recording} has no transcript yet: transcribe it first")
        return False
    return True


def _list(recording: int, as_json: bool) -> int:
    from iam_desktop.cli.common import run_with_library

    def show(library: Library) -> int:
        if not _checked(library, recording):
            return EXIT_FAILED
        _print_talk(_talk(library, recording) or [], as_json, recording)
        return EXIT_OK

    return run_with_library(show)


def _rename(recording: int, old: str, new: str, as_json: bool) -> int:
    from iam_desktop.cli.common import error, run_with_library

    if not new.strip():
        error("the new name is empty")
        return EXIT_USAGE

    def rename(library: Library) -> int:
        if not _checked(library, recording):
            return EXIT_FAILED
        known = library.edits.speakers(recording)
        if old.strip() not in known:
            names = ", ".join(known) if known else "none"
            error(f"recording {recording} has no speaker {old!r} (its speakers: {names})")
            return EXIT_FAILED
        result = library.edits.rename_speaker(recording, old, new)
        merged = " (merged with the speaker of that name)" if new.strip() in known else ""
        if not as_json:
            print(f"renamed {old} to {new.strip()} in {result.count} segments{merged}")
        _print_talk(_talk(library, recording) or [], as_json, recording)
        return EXIT_OK

    return run_with_library(rename)


def _label(recording: int, count: int, as_json: bool) -> int:
    from iam_desktop.cli.common import error, run_with_library
    from iam_desktop.engines.factory import EngineFactory
    from iam_desktop.jobs.runner import JobRunner, queue_patience
    from iam_desktop.library.records import JobInfo
    from iam_desktop.library.status import JobStatus
    from iam_desktop.paths import data_paths
    from iam_desktop.settings import load_settings

    def label(library: Library) -> int:
        if not _checked(library, recording):
            return EXIT_FAILED
        factory = EngineFactory(load_settings(data_paths()))
        runner = JobRunner(library, factory, role="cli")
        ended: dict[int, JobInfo] = {}
        finished = threading.Event()
        show_progress = sys.stderr.isatty()

        def listen(job: JobInfo) -> None:
            if job.finished or job.handed_over:
                ended[job.id] = job
                finished.set()
            elif show_progress and job.status == JobStatus.RUNNING:
                print(f"\ridentifying speakers: {job.progress * 100:3.0f} %   ", end="", file=sys.stderr)

        runner.add_listener(listen)
        try:
            [job_id] = runner.label_speakers([recording], count)
            patience = queue_patience()
            while not finished.wait(0.5):
                runner.check_queue(patience)
            if show_progress:
                print("\r", end="", file=sys.stderr)
        except BaseException:  # Ctrl+C: the job is cancelled, the transcript stays as it was
            runner.cancel_own()
            raise
        finally:
            runner.shutdown(timeout=30)
            factory.close()
        job = ended[job_id]
        if job.status != JobStatus.DONE:
            error(f"recording {recording}: {job.error or job.status}")
            return EXIT_FAILED
        if not as_json:
            print(f"recording {recording}: {job.note}")
        _print_talk(_talk(library, recording) or [], as_json, recording)
        return EXIT_OK

    try:
        return run_with_library(label)
    except KeyboardInterrupt:
        error("interrupted: the speakers were not changed")
        return 130
