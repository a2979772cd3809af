"""One transcription job from start to end: check the file, decode it, keep a copy, transcribe, store."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from iam_desktop.audio.decode import SAMPLE_RATE, DecodedAudio, decode_pcm
from iam_desktop.audio.probe import probe
from iam_desktop.engines.base import TranscriptionEngine
from iam_desktop.errors import Cancelled, IamError
from iam_desktop.library.library import Library
from iam_desktop.library.schema import utcnow
from iam_desktop.timefmt import clock
from iam_desktop.transcript import Transcript

log = logging.getLogger(__name__)

#: share of the overall progress bar spent before the engine starts (decode and copy)
PREPARE_SHARE = 0.1


def run_transcription_job(
    library: Library,
    engine: TranscriptionEngine,
    job_id: int,
    *,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int | None:
    """Run a queued transcription job to its end and record the outcome in the jobs table.

    Returns the recording's ID when the job is done, None when it failed or was cancelled (the job row
    says why). Never raises for bad input, a failing engine or a cancel: those are job outcomes. Nothing
    stored before is touched; a file that cannot be read leaves no recording behind.
    """
    job = library.get_job(job_id)
    if job is None:
        raise KeyError(job_id)
    report = progress or (lambda _fraction: None)
    is_cancelled = cancelled or (lambda: False)
    library.update_job(job_id, status="running", started_at=utcnow(), progress=0.0, error=None)
    recording_id: int | None = job.recording_id
    try:
        source = Path(job.source_path)
        if recording_id is None:
            recording_id, decoded = _import(library, job_id, source, is_cancelled)
        else:  # a retry: the library already holds the audio
            decoded = decode_pcm(library.audio_file(recording_id), cancelled=is_cancelled)
        note = truncation_note(decoded)
        report(PREPARE_SHARE)
        result = engine.transcribe(
            decoded.samples,
            language=job.language,
            progress=lambda done: report(PREPARE_SHARE + (1 - PREPARE_SHARE) * done),
            cancelled=is_cancelled,
        )
        recording = library.get_recording(recording_id)
        library.save_transcript(
            recording_id,
            Transcript(
                title=recording.title,
                duration=recording.duration,
                engine=engine.name,
                model=engine.model_name,
                language=result.language,
                segments=result.segments,
            ),
        )
    except Cancelled:
        library.update_job(job_id, status="cancelled", finished_at=utcnow())
        return None
    except IamError as exc:
        library.update_job(job_id, status="failed", error=str(exc), finished_at=utcnow())
        return None
    except Exception as exc:  # a defect: keep the app alive, keep the trace in the log
        log.exception("job %s failed unexpectedly", job_id)
        library.update_job(job_id, status="failed", error=f"internal error: {exc!r}", finished_at=utcnow())
        return None
    library.update_job(job_id, status="done", progress=1.0, finished_at=utcnow(), error=note)
    report(1.0)
    return recording_id


def _import(
    library: Library, job_id: int, source: Path, cancelled: Callable[[], bool]
) -> tuple[int, DecodedAudio]:
    """Check and decode the file, keep the library's own copy of its audio, and add the recording."""
    info = probe(source)
    decoded = decode_pcm(source, cancelled=cancelled)  # proves the whole file decodes before we keep it
    if cancelled():
        raise Cancelled("cancelled")
    stored = library.store.import_file(source, info)
    recording_id = library.add_recording(
        title=source.stem,
        duration=len(decoded.samples) / SAMPLE_RATE,
        sample_rate=info.sample_rate,
        channels=info.channels,
        stored=stored,
        source_path=str(source),
    )
    library.update_job(job_id, recording_id=recording_id)
    return recording_id, decoded


def truncation_note(decoded: DecodedAudio) -> str | None:
    """What to tell the user when only part of a damaged file could be read (None when it was whole)."""
    if not decoded.truncated:
        return None
    return f"file is truncated: only the first {clock(decoded.duration)} could be read and transcribed"
