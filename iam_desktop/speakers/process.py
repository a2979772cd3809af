"""Speaker labelling in a child process, with the same isolation as recognition: a crash or an
out-of-memory kill fails the step with a clear message and never takes the app down, and a cancel stops
it at once (the child is killed).

The child (multiprocessing "spawn") runs one labelling and exits. Parent to child: the arguments, when it
starts. Child to parent: ("progress", fraction)…, then ("result", SpeakerResult) or ("error", kind, message).
"""

from __future__ import annotations

import logging
import multiprocessing
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from pathlib import Path

from iam_desktop.errors import Cancelled, EngineCrashed, EngineError, IamError, MediaError
from iam_desktop.speakers.labelling import SpeakerResult
from iam_desktop.transcript import Segment

log = logging.getLogger(__name__)

_CONTEXT = multiprocessing.get_context("spawn")
#: how often the parent looks at the cancel flag while it waits
POLL_SECONDS = 0.1


def label_in_child(
    audio: Path,
    segments: Sequence[Segment],
    *,
    count: int | None = None,
    language: str | None = None,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    channel: int | None = None,
) -> SpeakerResult:
    """label_speakers(...) run in a child process (`channel`: of the audio's channels, that one alone);
    raises Cancelled, EngineCrashed (the child died) or
    the labelling's own error."""
    report = progress or (lambda _f: None)
    stop = cancelled or (lambda: False)
    parent, child_end = _CONTEXT.Pipe(duplex=False)
    process = _CONTEXT.Process(
        target=_serve, args=(child_end, str(audio), list(segments), count, language, channel), daemon=True,
        name="iam-speakers",
    )  # fmt: skip
    process.start()
    child_end.close()
    try:
        while True:
            if stop():
                raise Cancelled("cancelled")
            if not parent.poll(POLL_SECONDS):
                if not process.is_alive() and not parent.poll(0):
                    raise EngineCrashed(_how_it_ended(process.exitcode))
                continue
            try:
                message = parent.recv()
            except EOFError:
                process.join(2.0)
                raise EngineCrashed(_how_it_ended(process.exitcode)) from None
            if message[0] == "progress":
                report(float(message[1]))
            elif message[0] == "result":
                result: SpeakerResult = message[1]
                return result
            else:
                raise _error_from(message[1], message[2])
    finally:
        if process.is_alive():
            process.kill()
        process.join(5.0)
        parent.close()


def _how_it_ended(code: int | None) -> str:
    if code is not None and code < 0:
        import signal

        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        hint = " (out of memory?)" if name == "SIGKILL" else ""
        return f"identifying the speakers stopped unexpectedly: it was killed by {name}{hint}"
    return f"identifying the speakers stopped unexpectedly (exit code {code})"


def _error_from(kind: str, message: str) -> Exception:
    if kind == "cancelled":
        return Cancelled(message)
    if kind == "engine":
        return EngineError(message)
    if kind == "media":
        return MediaError(None, message)
    return IamError(message)


def _serve(
    conn: Connection, audio: str, segments: list[Segment], count: int | None, language: str | None,
    channel: int | None = None,
) -> None:  # fmt: skip
    """The child's side: label, report progress, send the result (or the error) and exit."""
    from iam_desktop.speakers.labelling import label_speakers

    try:
        result = label_speakers(
            Path(audio), segments, count=count, language=language, channel=channel,
            progress=lambda fraction: conn.send(("progress", fraction)),
        )  # fmt: skip
        conn.send(("result", result))
    except Cancelled as exc:
        conn.send(("error", "cancelled", str(exc)))
    except EngineError as exc:
        conn.send(("error", "engine", str(exc)))
    except MediaError as exc:
        conn.send(("error", "media", str(exc)))
    except IamError as exc:
        conn.send(("error", "iam", str(exc)))
    except Exception as exc:  # a defect: the parent gets a message, the trace goes to the child's stderr
        logging.getLogger(__name__).exception("speaker labelling failed")
        conn.send(("error", "iam", f"identifying the speakers failed: {exc!r}"))
    finally:
        conn.close()
