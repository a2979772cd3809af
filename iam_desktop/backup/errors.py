"""What can go wrong with a backup, each in plain words the window and the CLI show as they are."""

from __future__ import annotations

from iam_desktop.errors import IamError


class BackupError(IamError):
    """A backup, restore or verify could not be done; the message says why and what to do."""


class BackupNotConfigured(BackupError):
    """No backup target, key or passphrase is set up yet."""


class WrongPassphrase(BackupError):
    """The passphrase does not open this backup set's key."""


class DamagedObject(BackupError):
    """An object in the bucket was altered, truncated or damaged: its authentication tag or its checksum
    does not match."""


class MissingObject(BackupError):
    """An object a snapshot needs is not in the bucket."""


class ConnectionProblem(BackupError):
    """The storage could not be used: bad key, clock skew, no such bucket, no permission, unreachable, TLS."""


class Cancelled(BackupError):
    """The user cancelled the work; what was done so far is kept and the next run continues from there."""
