"""The states of jobs, of recordings in the library list and of watched files: one home for each set.

Every enum here is a StrEnum: a member is equal to its string value, is stored in the database as that
string and is printed (`str`, f-strings, `json.dumps`) as it, so the database and the CLI's output (a
stable interface for scripts) hold the plain strings.
"""

from __future__ import annotations

from enum import StrEnum


class JobStatus(StrEnum):
    """The states a job moves through: queued → running → done, failed or cancelled (the final ones).

    LOST is never stored: it is how a job ended for a runner that lost it to another process (stopped past
    its lease), whose owner tells the real end.
    """

    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"
    LOST = "lost"

    @property
    def finished(self) -> bool:
        """Whether the job has ended for good (done, failed or cancelled)."""
        return self in FINAL_JOB_STATES

    @property
    def pending(self) -> bool:
        """Whether a runner may still pick the job up (queued, or running with a holder that may die)."""
        return self in PENDING_JOB_STATES


#: the states a job is stored in, in the order it moves through them
JOB_STATES: tuple[JobStatus, ...] = (
    JobStatus.QUEUED, JobStatus.RUNNING, JobStatus.DONE, JobStatus.FAILED, JobStatus.CANCELLED,
)  # fmt: skip
#: the states a job never leaves (by itself; a user may retry a failed or cancelled one)
FINAL_JOB_STATES = frozenset({JobStatus.DONE, JobStatus.FAILED, JobStatus.CANCELLED})
#: the states a job can be picked up from
PENDING_JOB_STATES: tuple[JobStatus, ...] = (JobStatus.QUEUED, JobStatus.RUNNING)
#: the states a user can queue a job again from
RETRYABLE_JOB_STATES: tuple[JobStatus, ...] = (JobStatus.FAILED, JobStatus.CANCELLED)


class RecordingStatus(StrEnum):
    """A recording's status in the library list: the state of its newest job (the same strings as
    JobStatus); without a job DONE if it has a transcript, else RECORDED (recorded or imported without
    transcribing)."""

    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"
    RECORDED = "recorded"


class WatchedFileStatus(StrEnum):
    """A file found in a watched folder: QUEUED (its job is in the queue), DONE (transcribed; exports
    written unless it has an export error) or DUPLICATE (its content was seen before: not transcribed)."""

    QUEUED = "queued"
    DONE = "done"
    DUPLICATE = "duplicate"
