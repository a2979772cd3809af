"""A job that labels the speakers of a recording already transcribed (kind "speakers"), without
transcribing it again: the current transcript (the user's edited one if there is one) gets "Speaker 1",
"Speaker 2"…, stored as an edit, so the machine transcript stays beside it and Undo/Restore work.

Like a transcription job it runs on the runner's worker, reports progress, can be cancelled, labels in a
child process (a crash fails the job, not the app) and, interrupted, simply runs again from the start
(it is a few seconds per hour of audio). A transcript edited while the job ran is not overwritten: the
job fails and says so.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from iam_desktop.errors import Cancelled, DiskFull, IamError, JobLost, StorageError
from iam_desktop.jobs.pipeline import JobOutcome, JobProgress, StageListener
from iam_desktop.library.library import Library
from iam_desktop.library.records import JobStage
from iam_desktop.library.schema import utcnow
from iam_desktop.library.status import JobStatus
from iam_desktop.redaction import redact

log = logging.getLogger(__name__)


def run_speaker_job(
    library: Library,
    job_id: int,
    *,
    progress: JobProgress | None = None,
    cancelled: Callable[[], bool] | None = None,
    stage: StageListener | None = None,
) -> JobOutcome:
    """Label the speakers of the job's recording (job.speakers: 0 = as many as found, N = N). Outcomes
    as run_transcription_job's: DONE / FAILED stored in the jobs table, CANCELLED and a full disk left to
    the caller."""
    job = library.jobs.get(job_id)
    if job is None:
        raise KeyError(job_id)
    report = progress or (lambda _f, _eta: None)
    tell = stage or (lambda _s: None)
    stop = cancelled or (lambda: False)
    try:
        note = _label(library, job.id, job.recording_id, job.speakers or None, report, tell, stop, job.owner)
        return JobOutcome(JobStatus.DONE, job.recording_id, note=note)
    except JobLost as exc:
        return JobOutcome(JobStatus.LOST, job.recording_id, error=str(exc))
    except Cancelled:
        return JobOutcome(JobStatus.CANCELLED, job.recording_id)
    except DiskFull as exc:
        error = f"{exc}; the job waits in the queue: free some space, then retry it"
        return JobOutcome(JobStatus.FAILED, job.recording_id, error=error, stored=False)
    except IamError as exc:
        outcome = JobOutcome(JobStatus.FAILED, job.recording_id, error=redact(str(exc)))
    except Exception as exc:  # a defect: keep the app alive, keep the trace in the log
        log.exception("speaker job %s failed unexpectedly", job_id)
        outcome = JobOutcome(JobStatus.FAILED, job.recording_id, error=redact(f"internal error: {exc!r}"))
    try:
        library.jobs.update(
            job_id, held_by=job.owner, status=JobStatus.FAILED, error=outcome.error, finished_at=utcnow(),
            eta_seconds=None,
        )  # fmt: skip
    except JobLost as exc:
        return JobOutcome(JobStatus.LOST, job.recording_id, error=str(exc))
    except IamError:
        return JobOutcome(outcome.status, outcome.recording_id, error=outcome.error, stored=False)
    return outcome


def _label(
    library: Library,
    job_id: int,
    recording_id: int | None,
    count: int | None,
    report: JobProgress,
    tell: StageListener,
    stop: Callable[[], bool],
    owner: str | None,
) -> str:
    from iam_desktop.speakers.process import label_in_child

    if recording_id is None:
        raise StorageError("the job names no recording")
    transcript = library.get_transcript(recording_id)
    if transcript is None or not transcript.segments:
        raise StorageError(f"recording {recording_id} has no transcript yet: transcribe it first")
    audio = library.audio_file(recording_id)
    if audio is None or not audio.is_file():
        raise StorageError(f"the library's copy of the audio of recording {recording_id} is missing")
    before = list(transcript.segments)
    tell(JobStage("speakers"))
    result = label_in_child(
        audio, before, count=count, language=transcript.language, cancelled=stop,
        progress=lambda fraction: report(0.95 * fraction, None),
    )  # fmt: skip
    if stop():
        raise Cancelled("cancelled")
    tell(JobStage("save"))
    now = library.get_transcript(recording_id)
    if now is None or list(now.segments) != before:
        raise StorageError("the transcript was edited while the speakers were identified: run it again")
    library.edits.replace_segments(recording_id, result.segments)
    note = f"{result.count} speaker{'s' if result.count != 1 else ''} found"
    report(1.0, 0.0)
    library.jobs.update(
        job_id, held_by=owner, status=JobStatus.DONE, progress=1.0, note=note, error=None,
        finished_at=utcnow(), eta_seconds=0.0,
    )  # fmt: skip
    return note
