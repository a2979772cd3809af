"""Errors split by who is to blame: the user's input or environment (reported plainly), or a defect."""


class IamError(Exception):
    """Base of every error the app expects and reports to the user in plain words."""


class MediaError(IamError):
    """A file that cannot be used as audio: missing, empty, not media, no audio stream, truncated."""

    def __init__(self, path: object, reason: str) -> None:
        super().__init__(reason)
        #: the offending path, as given by the user
        self.path = path
        #: a short plain-language reason, e.g. "file is empty"
        self.reason = reason


class EngineError(IamError):
    """The transcription engine could not run (model missing or damaged, unsupported language…)."""


class StorageError(IamError):
    """The library could not be read or written (disk full, permissions, damaged database)."""


class DiskFull(StorageError):
    """The disk (or the user's quota) is full: nothing is wrong with what is stored, and the work can go on
    once space is freed."""


class LibraryDamaged(StorageError):
    """The library file is damaged (SQLite reports it malformed, or it is not a database). Nothing more is
    written to it; the message says how to recover (`iam-desktop library recover`)."""


class ExportError(IamError):
    """An export could not be written (target not writable, unknown format…)."""


class Cancelled(IamError):
    """The user cancelled the work; not a failure."""


class EngineCrashed(EngineError):
    """The local engine's process died (crash, out of memory, killed); the app itself is unharmed."""


class CloudUnavailable(EngineError):
    """The cloud service could not be reached or kept failing after retries (offline, 5xx, timeouts,
    rate limits). A job may fall back to the local engine."""


class CloudRefused(EngineError):
    """The cloud service refused the request for a reason retrying cannot fix (wrong API key, exhausted
    quota, file refused). Reported plainly; never retried."""


class SecretsUnavailable(IamError):
    """No secure OS keyring can hold the app's secrets (none installed, locked, or only a plaintext one),
    or the keyring failed. The message says how to fix it."""


class NotConfigured(EngineError):
    """Something the user must set up first is missing (an API key, a model folder)."""


class RecordingError(IamError):
    """Recording cannot start or had to stop: no audio system, a device that cannot record, a full disk."""


class DeviceNotFound(RecordingError):
    """The input device asked for is not there (unplugged, or a wrong name)."""


class JobLost(IamError):
    """This runner no longer holds the job: it stopped past its lease and another process took the job
    over. The runner gives the job up without writing anything more."""
