"""`iam-desktop transcribe`: transcribe files into the library, one result line per file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from iam_desktop.cli.common import EXIT_FAILED, EXIT_OK, EXIT_USAGE, error, open_library, print_json
from iam_desktop.engines.local_whisper import LocalWhisperEngine
from iam_desktop.errors import EngineError, IamError
from iam_desktop.export import export_filename, write_export
from iam_desktop.jobs.pipeline import run_transcription_job


def run(args: argparse.Namespace) -> int:
    output_dir = Path(args.output) if args.output else None
    if output_dir is not None:
        try:
            output_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            error(f"cannot use output folder {output_dir}: {exc.strerror}")
            return EXIT_USAGE
    engine = LocalWhisperEngine()
    try:
        engine.check_language(args.language)
    except EngineError as exc:
        error(str(exc))
        return EXIT_USAGE
    try:
        library = open_library()
    except IamError as exc:
        error(str(exc))
        return EXIT_FAILED

    results = []
    try:
        for name in args.files:
            results.append(_transcribe_one(library, engine, name, args.language, output_dir, args.format))
            if not args.json and results[-1]["status"] == "done":
                print(f"{results[-1]['id']}\t{name}", flush=True)
    except KeyboardInterrupt:
        error("interrupted")
        return 130
    finally:
        library.close()
    if args.json:
        print_json(results)
    return EXIT_FAILED if any(r["status"] != "done" for r in results) else EXIT_OK


def _transcribe_one(library, engine, name: str, language, output_dir, fmt: str) -> dict:  # noqa: ANN001
    job_id = library.create_job(name, engine=engine.name, model=engine.model_name, language=language)
    if sys.stderr.isatty():
        print(f"transcribing {name} …", file=sys.stderr, flush=True)
    recording_id = run_transcription_job(library, engine, job_id)
    job = library.get_job(job_id)
    result = {
        "id": job.recording_id,
        "file": name,
        "status": job.status,
        "error": None if job.status == "done" else job.error,
    }
    if recording_id is None:
        error(f"{name}: {job.error or job.status}")
        return result
    if job.error:  # done, with a note (e.g. a damaged file read only in part)
        print(f"warning: {name}: {job.error}", file=sys.stderr, flush=True)
    if output_dir is not None:
        target = output_dir / export_filename(Path(name).stem, fmt)
        try:
            write_export(library.get_transcript(recording_id), fmt, target)
        except IamError as exc:
            error(f"{name}: {exc}")
            result.update(status="failed", error=str(exc))
    return result
