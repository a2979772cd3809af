"""`iam-desktop record` and `iam-desktop devices`: record from an input (and/or the computer's audio) into the
library, list the inputs and the computer's audio sources."""

from __future__ import annotations

import argparse
import signal
import sys
import threading

from iam_desktop.cli.common import EXIT_FAILED, EXIT_OK, EXIT_USAGE, error, print_json, run_with_library
from iam_desktop.errors import DeviceNotFound, IamError, RecordingError
from iam_desktop.library.library import Library
from iam_desktop.library.records import JobInfo
from iam_desktop.library.status import JobStatus
from iam_desktop.paths import data_paths
from iam_desktop.recording.devices import list_input_devices
from iam_desktop.recording.recorder import STOP_USER, RecorderStatus
from iam_desktop.recording.recovery import queue_unowned
from iam_desktop.recording.saving import SavedCapture
from iam_desktop.recording.session import RecordingSession
from iam_desktop.recording.system_audio import SystemSource, list_system_sources
from iam_desktop.settings import Settings, load_settings
from iam_desktop.timefmt import clock

#: how often the command looks at the recording's progress (seconds)
POLL = 0.05
#: exit code after Ctrl+C (what a shell reports for SIGINT); the audio is saved first
EXIT_INTERRUPTED = 130
#: exit code after SIGTERM (a logout, a shutdown, `kill`); the audio is saved first
EXIT_TERMINATED = 143


class _Terminated(KeyboardInterrupt):
    """SIGTERM arrived: stop and save like Ctrl+C."""


def _raise_terminated(signum: int, frame: object) -> None:
    raise _Terminated


def devices(args: argparse.Namespace) -> int:
    try:
        found = list_input_devices()
        system = list_system_sources()
    except RecordingError as exc:
        error(str(exc))
        return EXIT_FAILED
    if args.json:  # valid JSON even when there is none, but the same exit code as the text listing
        print_json([d.to_json() for d in found] + [s.to_json() for s in system])
    if not found:
        error("no microphone or other audio input was found")
        return EXIT_FAILED
    if args.json:
        return EXIT_OK
    for d in found:
        mark = "*" if d.is_default else " "
        print(f"{mark} {d.name}\t{d.host_api}, {d.max_channels} channel(s), {d.default_rate:.0f} Hz")
    _print_system_sources(system)
    return EXIT_OK


def _print_system_sources(system: list[SystemSource]) -> None:
    print("computer audio:")
    if not system:
        print("  (none: see `iam-desktop record --system-audio` for why)")
    for s in system:
        mark = "*" if s.is_default else " "
        print(f"{mark} {s.name}\t{s.backend}, {s.channels} channel(s), {s.default_rate:.0f} Hz")


def record(args: argparse.Namespace) -> int:
    if args.seconds <= 0:
        error("--seconds must be more than 0")
        return EXIT_USAGE
    settings = load_settings(data_paths())
    return run_with_library(lambda library: _record(library, settings, args))


def _record(library: Library, settings: Settings, args: argparse.Namespace) -> int:
    transcribe = not args.no_transcribe
    source = args.source or ("both" if args.system_audio else "microphone")
    try:
        session = RecordingSession.begin(
            library, args.device, source=source, system_name=args.system_device, transcribe=transcribe,
            language=settings.language,
        )  # fmt: skip
    except DeviceNotFound as exc:
        error(str(exc))
        return EXIT_USAGE
    except IamError as exc:
        error(str(exc))
        return EXIT_FAILED
    layout = "mono" if session.recorder.channels == 1 else "stereo"
    also = f" and {session.system.name!r}" if session.system is not None else ""
    print(
        f"recording from {session.device.name!r} ({session.recorder.sample_rate} Hz, {layout}){also} for "
        f"{clock(args.seconds)}; Ctrl+C stops early and keeps the recording",
        file=sys.stderr, flush=True,
    )  # fmt: skip
    told: str | None = None
    interrupted = False
    exit_code = EXIT_OK
    previous = signal.signal(signal.SIGTERM, _raise_terminated)
    try:
        while not session.recorder.wait(POLL):
            if session.status().elapsed >= args.seconds:
                break
            notice = session.notice()
            if notice and notice != told:
                told = notice
                print(f"warning: {notice}", file=sys.stderr, flush=True)
    except KeyboardInterrupt as exc:
        interrupted = True
        exit_code = EXIT_TERMINATED if isinstance(exc, _Terminated) else EXIT_INTERRUPTED
    finally:  # a second SIGTERM while saving ends the process; the capture is recovered on the next start
        signal.signal(signal.SIGTERM, previous)
    status = session.stop()
    if status.stop_reason != STOP_USER:
        error(status.error or "the recording stopped early")
        exit_code = EXIT_FAILED
    if status.overflows:
        print(f"warning: {status.overflows} input overflow(s): some audio was lost", file=sys.stderr)
    system = session.system_status()
    if system is not None and system.overflows:
        print(f"warning: {system.overflows} overflow(s) of the computer's audio: some of it was lost",
              file=sys.stderr)  # fmt: skip
    try:
        saved = session.save()
    except IamError as exc:
        error(str(exc))
        return EXIT_FAILED
    if saved is None:
        error("nothing was recorded")
        return EXIT_FAILED
    if transcribe and not interrupted:
        failure = _transcribe(library, settings, saved.recording_id, saved.manifest.language)
        if failure:
            error(f"recording {saved.recording_id} was saved, but its transcription failed: {failure}")
            exit_code = EXIT_FAILED
    elif transcribe:
        _queue_for_later(library, settings, saved)
    _print_result(args, saved.recording_id, saved.duration, status, saved.tracks is not None)
    return exit_code


def _transcribe(library: Library, settings: Settings, recording_id: int, language: str | None) -> str | None:
    """Transcribe the new recording now; returns what went wrong, or None."""
    from iam_desktop.engines.factory import EngineFactory
    from iam_desktop.jobs.runner import JobRunner

    factory = EngineFactory(settings)
    runner = JobRunner(library, factory, role="cli")
    finished = threading.Event()
    job_ids: list[int] = []

    def listen(job: JobInfo) -> None:
        if job.finished and job.id in job_ids:
            finished.set()

    runner.add_listener(listen)
    try:
        job_ids.extend(runner.retranscribe(
            [recording_id], engine=settings.default_engine, language=language,
            allow_fallback=settings.fallback_to_local,
        ))  # fmt: skip
        job = library.jobs.get(job_ids[0])
        if job is not None and not job.finished:
            finished.wait()
        job = library.jobs.get(job_ids[0])
        if job is None or job.status != JobStatus.DONE:
            return (job.error or job.status) if job else "the job disappeared"
        if job.note:
            print(f"warning: {job.note}", file=sys.stderr)
        return None
    except KeyboardInterrupt:
        for job_id in job_ids:
            runner.cancel(job_id)
        return "interrupted"
    finally:
        runner.shutdown(timeout=30)
        factory.close()


def _queue_for_later(library: Library, settings: Settings, saved: SavedCapture) -> None:
    queue_unowned(library, settings.default_engine)(saved)
    print("its transcription is queued: the app or `iam-desktop jobs resume` will do it", file=sys.stderr)


def _print_result(
    args: argparse.Namespace, recording_id: int, duration: float, status: RecorderStatus, tracks: bool
) -> None:
    if args.json:
        print_json({
            "id": recording_id, "duration": round(duration, 3), "overflows": status.overflows,
            "tracks": ["microphone", "system"] if tracks else None,
        })  # fmt: skip
    else:
        print(recording_id, flush=True)
