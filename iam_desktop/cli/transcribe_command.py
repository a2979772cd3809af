"""`iam-desktop transcribe`: transcribe files into the library, one result line per file."""

from __future__ import annotations

import argparse
import sys
import threading
from collections import defaultdict
from pathlib import Path

from iam_desktop.cli.common import EXIT_FAILED, EXIT_OK, EXIT_USAGE, error, open_library, print_json
from iam_desktop.engines.base import TranscribeOptions
from iam_desktop.engines.factory import EngineFactory
from iam_desktop.errors import EngineError, IamError, NotConfigured
from iam_desktop.export import export_filename, write_export
from iam_desktop.jobs.runner import JobRunner
from iam_desktop.library.library import Library
from iam_desktop.library.records import JobInfo
from iam_desktop.paths import data_paths
from iam_desktop.settings import load_settings
from iam_desktop.timefmt import clock
from iam_desktop.vocabulary import VocabularyError, parse_terms


def run(args: argparse.Namespace) -> int:
    output_dir = Path(args.output) if args.output else None
    if output_dir is not None:
        try:
            output_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            error(f"cannot use output folder {output_dir}: {exc.strerror}")
            return EXIT_USAGE
    try:
        vocabulary = parse_terms(args.vocabulary or [])  # the job's own terms (the library's are added)
    except VocabularyError as exc:
        error(str(exc))
        return EXIT_USAGE
    settings = load_settings(data_paths())
    engine_name = args.engine or settings.default_engine
    language = None if (args.language or "").lower() == "auto" else (args.language or settings.language)
    task = "translate" if args.translate else "transcribe"
    factory = EngineFactory(settings)
    try:
        engine = factory.engine(engine_name, model=args.model, language=language, task=task)
        engine.check(TranscribeOptions(language=language, task=task, prompt=args.prompt))
    except NotConfigured as exc:
        error(str(exc))
        return EXIT_FAILED
    except EngineError as exc:
        error(str(exc))
        return EXIT_USAGE
    except IamError as exc:  # no usable keyring, …
        error(str(exc))
        return EXIT_FAILED
    if engine_name == "openai":
        _print_cost_estimate(args.files, engine.model_name)
    try:
        library = open_library()
    except IamError as exc:
        error(str(exc))
        factory.close()
        return EXIT_FAILED
    try:
        results = _transcribe_all(
            library, factory, args, engine_name, language, task, settings.fallback_to_local, vocabulary
        )
    except KeyboardInterrupt:
        error("interrupted")
        return 130
    finally:
        factory.close()
        library.close()
    if args.json:
        print_json(results)
    return EXIT_FAILED if any(r["status"] != "done" for r in results) else EXIT_OK


def _transcribe_all(
    library: Library,
    factory: EngineFactory,
    args: argparse.Namespace,
    engine_name: str,
    language: str | None,
    task: str,
    allow_fallback: bool,
    vocabulary: list[str],
) -> list[dict]:
    runner = JobRunner(library, factory, role="cli")
    finished: defaultdict[int, threading.Event] = defaultdict(threading.Event)
    lock = threading.Lock()
    show_progress = sys.stderr.isatty()

    def done(job_id: int) -> threading.Event:
        with lock:
            return finished[job_id]

    def listen(job: JobInfo) -> None:
        if job.finished:
            done(job.id).set()
        elif show_progress and job.status == "running":
            eta = f", {clock(job.eta_seconds)} left" if job.eta_seconds else ""
            print(
                f"\r{Path(job.source_path).name}: {job.progress * 100:3.0f} %{eta}   ",
                end="",
                file=sys.stderr,
            )

    runner.add_listener(listen)
    ids = runner.submit(
        args.files,
        engine=engine_name,
        model=args.model,
        language=language,
        task=task,
        prompt=args.prompt,
        allow_fallback=allow_fallback,
        vocabulary=vocabulary or None,
    )
    results = []
    try:
        for name, job_id in zip(args.files, ids, strict=True):
            done(job_id).wait()
            if show_progress:
                print("\r", end="", file=sys.stderr)
            results.append(_report(library, library.jobs.get(job_id), name, args))
    except KeyboardInterrupt:
        for job_id in ids:
            runner.cancel(job_id)
        raise
    finally:
        runner.shutdown(timeout=30)
    return results


def _report(library: Library, job: JobInfo, name: str, args: argparse.Namespace) -> dict:
    result = {"id": job.recording_id, "file": name, "status": job.status, "error": job.error}
    if job.status != "done":
        error(f"{name}: {job.error or job.status}")
        return result
    if job.note:  # done, with something to know (a damaged file read in part, a fallback engine)
        print(f"warning: {name}: {job.note}", file=sys.stderr, flush=True)
    if args.output:
        target = Path(args.output) / export_filename(Path(name).stem, args.format)
        try:
            write_export(library.get_transcript(job.recording_id), args.format, target)
        except IamError as exc:
            error(f"{name}: {exc}")
            result.update(status="failed", error=str(exc))
            return result
    if not args.json:
        print(f"{job.recording_id}\t{name}", flush=True)
    return result


def _print_cost_estimate(files: list[str], model: str) -> None:
    """Tell, on stderr, what sending these files to OpenAI will cost (never asks: scripts run unattended)."""
    from iam_desktop.engines.pricing import estimate_for_files, format_cost

    seconds, cost = estimate_for_files(files, model)
    print(
        f"estimated OpenAI cost: {format_cost(cost)} for {clock(seconds)} of audio with {model}",
        file=sys.stderr,
        flush=True,
    )
