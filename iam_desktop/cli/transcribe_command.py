"""`iam-desktop transcribe`: transcribe files into the library, one result line per file."""

from __future__ import annotations

import argparse
import sys
import threading
from collections import defaultdict
from pathlib import Path

from iam_desktop.cli.common import EXIT_FAILED, EXIT_OK, EXIT_USAGE, error, print_json, run_with_library
from iam_desktop.engines.base import TranscribeOptions
from iam_desktop.engines.factory import NO_KEY, EngineFactory
from iam_desktop.errors import EngineError, IamError, NotConfigured, StorageError
from iam_desktop.export import export_filename, write_export
from iam_desktop.export.targets import distinct_targets
from iam_desktop.jobs.runner import JobRunner, queue_patience
from iam_desktop.library.library import Library
from iam_desktop.library.recording_store import NoSuchRecording
from iam_desktop.library.records import JobInfo
from iam_desktop.library.status import JobStatus
from iam_desktop.paths import data_paths
from iam_desktop.settings import load_settings
from iam_desktop.timefmt import clock
from iam_desktop.vocabulary import VocabularyError, parse_terms


def run(args: argparse.Namespace) -> int:
    """`transcribe FILE…` (args.files) or `library transcribe ID…` (args.ids: again, from the library's
    copies of their audio)."""
    output_dir = Path(args.output) if getattr(args, "output", None) else None
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
        hint = " (or here: iam-desktop keys set openai, or set OPENAI_API_KEY)" if str(exc) == NO_KEY else ""
        error(f"{exc}{hint}")
        return EXIT_FAILED
    except EngineError as exc:
        error(str(exc))
        return EXIT_USAGE
    except IamError as exc:  # no usable keyring, …
        error(str(exc))
        return EXIT_FAILED

    def transcribe(library: Library) -> int:
        sources = _sources(library, args)
        if engine_name == "openai":
            seconds = _print_cost_estimate([path for _name, path in sources], engine.model_name)
            refused = _plan_refuses(library, seconds)
            if refused is not None:
                return refused
        try:
            results = _transcribe_all(
                library, factory, args, sources, engine_name, language, task, settings.fallback_to_local,
                vocabulary,
            )  # fmt: skip
        except KeyboardInterrupt:
            error("interrupted: this command's jobs are cancelled (their finished parts are kept)")
            return 130
        if args.json:
            print_json(results)
        return EXIT_FAILED if any(r["status"] != JobStatus.DONE for r in results) else EXIT_OK

    try:  # an IamError: the jobs could not even be queued (a full disk, a damaged library)
        return run_with_library(transcribe)
    finally:
        factory.close()


def _sources(library: Library, args: argparse.Namespace) -> list[tuple[str, str]]:
    """(name to report, audio file) per file to transcribe; for `library transcribe`, the recordings'
    titles and the library's copies (IamError for an unknown recording or a missing copy)."""
    ids = getattr(args, "ids", None)
    if ids is None:
        return [(name, name) for name in args.files]
    sources = []
    for recording_id in dict.fromkeys(ids):
        recording = library.get_recording(recording_id)
        if recording is None:
            raise NoSuchRecording(recording_id)
        path = library.store.path_of(recording.audio_path)
        if not path.is_file():
            raise StorageError(
                f"the library's copy of the audio of recording {recording_id} is missing ({path})"
            )
        sources.append((recording.title, str(path)))
    return sources


def _transcribe_all(
    library: Library,
    factory: EngineFactory,
    args: argparse.Namespace,
    sources: list[tuple[str, str]],
    engine_name: str,
    language: str | None,
    task: str,
    allow_fallback: bool,
    vocabulary: list[str],
) -> list[dict]:
    outputs = _output_targets([name for name, _path in sources], args)  # --output DIR: distinct names
    runner = JobRunner(library, factory, role="cli")
    finished: defaultdict[int, threading.Event] = defaultdict(threading.Event)
    ended: dict[int, JobInfo] = {}  # how each job ended, as the runner told it (the library may be full)
    lock = threading.Lock()
    show_progress = sys.stderr.isatty()

    def done(job_id: int) -> threading.Event:
        with lock:
            return finished[job_id]

    def listen(job: JobInfo) -> None:
        if job.finished or job.handed_over:
            with lock:
                ended.setdefault(job.id, job)
            done(job.id).set()
        elif show_progress and job.status == JobStatus.RUNNING:
            eta = f", {clock(job.eta_seconds)} left" if job.eta_seconds else ""
            print(
                f"\r{Path(job.source_path).name}: {job.progress * 100:3.0f} %{eta}   ",
                end="",
                file=sys.stderr,
            )

    runner.add_listener(listen)
    options = dict(
        engine=engine_name,
        model=args.model,
        language=language,
        task=task,
        prompt=args.prompt,
        allow_fallback=allow_fallback,
        vocabulary=vocabulary or None,
        speakers=getattr(args, "speakers", None),
    )
    results = []
    try:  # from the queueing on: a Ctrl+C while the jobs are still being queued cancels them too
        if getattr(args, "ids", None) is None:
            ids = runner.submit([path for _name, path in sources], **options)
        else:
            ids = runner.retranscribe(list(dict.fromkeys(args.ids)), **options)
        patience = queue_patience()
        for (name, _path), job_id, output in zip(sources, ids, outputs, strict=True):
            while not done(job_id).wait(0.5):
                runner.check_queue(patience)  # a library kept locked: its error, not an endless wait
            if show_progress:
                print("\r", end="", file=sys.stderr)
            with lock:
                job = ended[job_id]
            results.append(_report(library, job, name, args, output))
    except BaseException:  # Ctrl+C, a closed pipe, a full stdout: one rule, every job of this command ends
        runner.cancel_own()
        raise
    finally:
        runner.shutdown(timeout=30)
    return results


def _output_targets(names: list[str], args: argparse.Namespace) -> list[tuple[Path, str | None] | None]:
    """Per input, with --output DIR: its export file (distinct within this command, see distinct_targets)
    and, when it could not have the plain name, why; None each without --output."""
    if not getattr(args, "output", None):
        return [None] * len(names)
    stems = [Path(name).stem for name in names]
    targets = distinct_targets(args.output, stems, args.format)
    first: dict[str, str] = {}
    for name, target in zip(names, targets, strict=True):
        first.setdefault(target.name.casefold(), name)
    outputs: list[tuple[Path, str | None] | None] = []
    for stem, target in zip(stems, targets, strict=True):
        plain = export_filename(stem, args.format)
        why = None if target.name == plain else f"{plain} was taken by {first[plain.casefold()]}"
        outputs.append((target, why))
    return outputs


def _report(
    library: Library, job: JobInfo, name: str, args: argparse.Namespace,
    output: tuple[Path, str | None] | None = None,
) -> dict:  # fmt: skip
    result = {"id": job.recording_id, "file": name, "status": str(job.status), "error": job.error}
    if job.handed_over:  # this command was stopped past its lease: the job is another process's now
        finished = " and finished it" if job.status == JobStatus.DONE else "; see `iam-desktop jobs list`"
        print(
            f"note: {name}: this command was stopped too long and another process took job {job.id} "
            f"over{finished}",
            file=sys.stderr,
            flush=True,
        )
        if job.status != JobStatus.DONE:
            result.update(status="handed over", error="another process took the job over")
            return result
    if job.status != JobStatus.DONE:
        error(f"{name}: {job.error or job.status}")
        return result
    if job.note:  # done, with something to know (a damaged file read in part, a fallback engine)
        print(f"warning: {name}: {job.note}", file=sys.stderr, flush=True)
    if output is not None:
        target, why = output
        try:
            transcript = library.get_transcript(job.recording_id) if job.recording_id is not None else None
            if transcript is None:
                raise StorageError(f"recording {job.recording_id} has no transcript")
            write_export(transcript, args.format, target)
        except IamError as exc:
            error(f"{name}: {exc}")
            result.update(status=str(JobStatus.FAILED), error=str(exc))
            return result
        if why:  # another input of this command has the plain name
            print(f"note: {name} → {target} ({why})", file=sys.stderr, flush=True)
    if not args.json:
        print(f"{job.recording_id}\t{name}", flush=True)
    return result


def _print_cost_estimate(files: list[str], model: str) -> float:
    """Tell, on stderr, what sending these files to OpenAI will cost (never asks: scripts run unattended);
    the seconds of audio."""
    from iam_desktop.engines.pricing import estimate_for_files, format_cost

    seconds, cost = estimate_for_files(files, model)
    print(
        f"estimated OpenAI cost: {format_cost(cost)} for {clock(seconds)} of audio with {model}",
        file=sys.stderr,
        flush=True,
    )
    return seconds


def _plan_refuses(library: Library, seconds: float) -> int | None:
    """None when the plan's cloud minutes left this month cover `seconds`; else the exit code, after saying
    why and what would help (nothing is queued, nothing is sent)."""
    from iam_desktop.billing.entitlement import current_entitlement
    from iam_desktop.billing.errors import NotInPlan, QuotaExceeded
    from iam_desktop.billing.quota import check_cloud_quota
    from iam_desktop.billing.usage import UsageMeter
    from iam_desktop.cli.exit_codes import EXIT_NOT_IN_PLAN

    try:
        check_cloud_quota(current_entitlement(library.paths), UsageMeter(library.paths), seconds)
    except (QuotaExceeded, NotInPlan) as exc:
        error(f"{exc} (see `iam-desktop subscription plans`; or use --engine local)")
        return EXIT_NOT_IN_PLAN
    return None
