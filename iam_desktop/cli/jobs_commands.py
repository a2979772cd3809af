"""`iam-desktop jobs list|resume`: the transcription queue from scripts."""

from __future__ import annotations

import argparse
import sys
import threading

from iam_desktop.cli.common import EXIT_FAILED, EXIT_OK, error, print_json, run_with_library
from iam_desktop.library.job_store import STALE_AFTER
from iam_desktop.library.library import Library
from iam_desktop.library.records import JobInfo, aware
from iam_desktop.library.schema import utcnow
from iam_desktop.library.status import JobStatus
from iam_desktop.timefmt import clock


def list_jobs(args: argparse.Namespace) -> int:
    def print_jobs(library: Library) -> int:
        jobs = library.jobs.list_jobs()
        if args.json:
            print_json([job.to_json() for job in jobs])
            return EXIT_OK
        for job in jobs:
            eta = f"{clock(job.eta_seconds)} left" if job.eta_seconds and not job.finished else ""
            detail = job.error or job.note or ""
            percent = f"{job.progress * 100:.0f}%"
            print(f"{job.id}\t{job.status}\t{percent}\t{eta}\t{job.engine}\t{job.source_path}\t{detail}")
        return EXIT_OK

    return run_with_library(print_jobs)


def resume(args: argparse.Namespace) -> int:
    """Run every job that is queued or was interrupted (its process gone) until none is left; say which
    jobs another live process still holds, and when they can be taken over."""
    return run_with_library(lambda library: _resume(library, args))


def _resume(library: Library, args: argparse.Namespace) -> int:
    from iam_desktop.engines.factory import EngineFactory
    from iam_desktop.jobs.runner import JobRunner, queue_patience
    from iam_desktop.paths import data_paths
    from iam_desktop.settings import load_settings

    factory = EngineFactory(load_settings(data_paths()))
    runner = JobRunner(library, factory, adopt_orphans=True, role="cli")
    idle = threading.Event()
    ran: dict[int, JobInfo] = {}  # each job once, in the order it ended

    def listen(job: JobInfo) -> None:
        if job.finished or job.handed_over:
            ran.setdefault(job.id, job)

    runner.add_listener(listen)
    try:
        runner.start()
        # the worker takes every claimable job in turn; done when it finds none and goes idle
        patience = queue_patience()
        while not idle.wait(0.5):
            runner.check_queue(patience)  # a library kept locked: its error, not an endless wait
            if runner.is_idle() and not runner.has_work():
                idle.set()
            else:
                runner.wake()
        held = _held_elsewhere(library, runner.owner)
    except KeyboardInterrupt:
        error("interrupted; unfinished jobs stay queued")
        return 130
    finally:
        runner.shutdown(timeout=30)
        factory.close()
    jobs = list(ran.values())
    if args.json:
        print_json([job.to_json() for job in jobs])
    else:
        for job in jobs:
            print(f"{job.id}\t{_status(job)}\t{job.source_path}\t{job.error or job.note or ''}")
    for line in held:
        print(f"note: {line}", file=sys.stderr)
    failed = any(job.status == JobStatus.FAILED or job.handed_over for job in jobs)
    return EXIT_FAILED if failed or held else EXIT_OK


def _status(job: JobInfo) -> str:
    return "handed over" if job.handed_over else job.status


def _held_elsewhere(library: Library, own: str) -> list[str]:
    """A line per pending job another live process holds: who, and when it can be taken over."""
    lines = []
    now = utcnow()
    for job_id, owner, heartbeat in library.jobs.holders():
        if owner == own:
            continue
        pid = owner.split(":")[2] if owner.count(":") == 3 else "?"
        seen = aware(heartbeat) or now
        wait = max(0.0, (seen + STALE_AFTER - now).total_seconds())
        lines.append(
            f"job {job_id} is held by another running process (pid {pid}, last heard from "
            f"{(now - seen).total_seconds():.0f} s ago); it can be taken over in {wait:.0f} s if that "
            "process stays silent: run `iam-desktop jobs resume` again then"
        )
    return lines
