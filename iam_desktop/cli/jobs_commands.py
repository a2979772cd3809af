"""`iam-desktop jobs list|resume`: the transcription queue from scripts."""

from __future__ import annotations

import argparse
import threading

from iam_desktop.cli.common import EXIT_FAILED, EXIT_OK, error, open_library, print_json
from iam_desktop.errors import IamError
from iam_desktop.timefmt import clock


def list_jobs(args: argparse.Namespace) -> int:
    try:
        library = open_library()
        jobs = library.jobs.list()
        library.close()
    except IamError as exc:
        error(str(exc))
        return EXIT_FAILED
    if args.json:
        print_json([job.to_json() for job in jobs])
        return EXIT_OK
    for job in jobs:
        eta = f"{clock(job.eta_seconds)} left" if job.eta_seconds and not job.finished else ""
        detail = job.error or job.note or ""
        percent = f"{job.progress * 100:.0f}%"
        print(f"{job.id}\t{job.status}\t{percent}\t{eta}\t{job.engine}\t{job.source_path}\t{detail}")
    return EXIT_OK


def resume(args: argparse.Namespace) -> int:
    """Run every job that is queued or was interrupted (its process gone) until none is left."""
    from iam_desktop.engines.factory import EngineFactory
    from iam_desktop.jobs.runner import JobRunner
    from iam_desktop.paths import data_paths
    from iam_desktop.settings import load_settings

    try:
        library = open_library()
    except IamError as exc:
        error(str(exc))
        return EXIT_FAILED
    factory = EngineFactory(load_settings(data_paths()))
    runner = JobRunner(library, factory, adopt_orphans=True, role="cli")
    idle = threading.Event()
    ran: list[int] = []

    def listen(job) -> None:  # noqa: ANN001
        if job.finished:
            ran.append(job.id)

    runner.add_listener(listen)
    try:
        runner.start()
        # the worker takes every claimable job in turn; done when it finds none and goes idle
        while not idle.wait(0.5):
            if runner.is_idle() and not library.jobs.has_claimable(runner.owner):
                idle.set()
            else:
                runner.wake()
    except KeyboardInterrupt:
        error("interrupted; unfinished jobs stay queued")
        return 130
    finally:
        runner.shutdown(timeout=30)
        factory.close()
    jobs = [library.jobs.get(job_id) for job_id in ran]
    library.close()
    if args.json:
        print_json([job.to_json() for job in jobs])
    else:
        for job in jobs:
            print(f"{job.id}\t{job.status}\t{job.source_path}\t{job.error or job.note or ''}")
    return EXIT_FAILED if any(job.status == "failed" for job in jobs) else EXIT_OK
