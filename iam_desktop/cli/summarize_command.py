"""`iam-desktop summarize`: a summary, key points, action items, minutes or chapters of a recording.

    iam-desktop summarize ID [--preset summary|key-points|action-items|minutes|chapters] [--offline]
                             [--model M] [--instruction TEXT] [--json]

The text goes to stdout as it arrives (streamed from the cloud; the offline one at once), the cost
estimate of a cloud summary to stderr before anything is sent. The summary is stored with the recording
(the window's Summary tab lists it). Without an OpenAI key the summary is made offline, and says so. The
library and the summarisers are imported only inside the handler: registering the parser stays cheap.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from iam_desktop.cli.arg_types import record_id
from iam_desktop.cli.exit_codes import EXIT_FAILED, EXIT_OK

#: exit code after Ctrl+C (what a shell reports for SIGINT); nothing is stored
EXIT_INTERRUPTED = 130


def register(subparsers: Any) -> None:
    """Add the `summarize` command to the CLI's subparsers."""
    from iam_desktop.summaries.model import PRESETS, SUMMARY

    command = subparsers.add_parser(
        "summarize",
        help="summarise a transcribed recording: summary, key points, action items, minutes or chapters",
    )
    command.add_argument("id", type=record_id, metavar="ID")
    command.add_argument("--preset", choices=PRESETS, default=SUMMARY, help="what to make (default: summary)")
    command.add_argument(
        "--offline", action="store_true", help="make it on this computer (extractive), even with a key"
    )
    command.add_argument("--model", metavar="M", help="the cloud model (default: the summary_model setting)")
    command.add_argument("--instruction", metavar="TEXT", help="your own instruction added to the preset")
    command.add_argument("--json", action="store_true", help="print the stored summary as JSON")
    command.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from iam_desktop.cli.common import run_with_library
    from iam_desktop.paths import data_paths
    from iam_desktop.settings import load_settings

    settings = load_settings(data_paths())
    return run_with_library(lambda library: _summarize(library, settings, args))


def _summarize(library: Any, settings: Any, args: argparse.Namespace) -> int:
    from iam_desktop.cli.common import error, print_json
    from iam_desktop.engines.pricing import format_cost
    from iam_desktop.errors import IamError
    from iam_desktop.summaries.service import SummaryRequest, cloud_key, generate_summary, transcript_segments

    request = SummaryRequest(
        args.id, args.preset, offline=True if args.offline else None, model=args.model,
        instruction=args.instruction,
    )  # fmt: skip
    streamed = not args.json
    started = False

    def on_text(delta: str) -> None:
        nonlocal started
        if streamed:
            started = True
            sys.stdout.write(delta)
            sys.stdout.flush()

    def on_restart() -> None:
        if streamed and started:  # the text so far was cut off and comes again: say so, start a new block
            sys.stdout.write("\n[the connection dropped: the summary again]\n")

    try:
        segments, _language = transcript_segments(library, args.id)
        key = None if args.offline or settings.summary_offline else cloud_key()
        if key is not None:
            from iam_desktop.summaries.cloud import estimate_summary_cost

            model = args.model or settings.summary_model
            cost = estimate_summary_cost(segments, args.preset, model)
            print(f"estimated cost: {format_cost(cost)} ({model})", file=sys.stderr, flush=True)
        generated = generate_summary(
            library, request, settings, on_text=on_text, on_restart=on_restart, key=lambda: key
        )
    except KeyboardInterrupt:
        error("interrupted: no summary was stored")
        return EXIT_INTERRUPTED
    except (IamError, ValueError) as exc:
        error(str(exc))
        return EXIT_FAILED
    summary = generated.summary
    if generated.note:
        print(f"warning: {generated.note}", file=sys.stderr)
    if args.json:
        print_json(_as_json(summary))
    else:
        if not summary.text.endswith("\n"):
            sys.stdout.write("\n")
        label = "offline summary" if summary.offline else f"{summary.engine} {summary.model}"
        print(f"({label}; stored as summary {summary.id})", file=sys.stderr)
    return EXIT_OK


def _as_json(summary: Any) -> dict[str, object]:
    return {
        "id": summary.id, "recording_id": summary.recording_id, "preset": summary.preset,
        "engine": summary.engine, "model": summary.model, "instruction": summary.instruction,
        "created_at": summary.created_at.isoformat() if summary.created_at else None, "text": summary.text,
        "chapters": [{"start": round(c.start, 3), "title": c.title} for c in summary.chapters],
        "stale": summary.stale,
    }  # fmt: skip
