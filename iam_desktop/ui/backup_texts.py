"""The Backup page's words: progress ("12.3 MB of 1.2 GB · 4.5 MB/s · about 3 min left"), when the last
and next backups were, and how a result reads."""

from __future__ import annotations

from datetime import datetime, timedelta

from iam_desktop.backup.control import Progress
from iam_desktop.backup.schedule import parse_time
from iam_desktop.backup.state import BackupState
from iam_desktop.timefmt import clock
from iam_desktop.ui.theme import Role
from iam_desktop.units import size_text

#: the warning shown wherever a passphrase is chosen
PASSPHRASE_WARNING = (
    "<b>Keep this passphrase safe.</b> Backups are encrypted with it on this computer before they are "
    "sent. If it is lost, the backup is lost too: nobody, not even IAM Desktop, can recover it."
)
#: what each stage of the work is called on the page
STAGES = {
    "preparing": "Preparing",
    "uploading": "Uploading",
    "pruning": "Removing old backups",
    "downloading": "Downloading",
    "verifying": "Checking",
    "restoring": "Restoring",
}
#: how many objects "Check a sample" reads back
VERIFY_SAMPLE = 50
#: a placeholder that says a secret is stored (its value is never shown)
STORED = "Stored in the keyring — leave empty to keep it"


# --- words -------------------------------------------------------------------------------------------


def rate_text(bytes_per_second: float) -> str:
    """ "4.5 MB/s"."""
    return f"{size_text(int(bytes_per_second))}/s"


def eta_text(seconds: float) -> str:
    """ "about 3 min left", "less than a minute left", "about 2 h 10 min left"."""
    if seconds < 60:
        return "less than a minute left"
    minutes = round(seconds / 60)
    if minutes < 60:
        return f"about {minutes} min left"
    hours, minutes = divmod(minutes, 60)
    return f"about {hours} h {minutes} min left" if minutes else f"about {hours} h left"


def progress_text(progress: Progress, *, paused: bool = False) -> str:
    """ "Uploading · 12 MB of 1.2 GB · 4.5 MB/s · about 3 min left" (paused: no rate or time)."""
    stage = "Paused" if paused else STAGES.get(progress.stage, progress.stage.capitalize())
    parts = [stage]
    if progress.total_bytes:
        parts.append(f"{size_text(progress.done_bytes)} of {size_text(progress.total_bytes)}")
    elif progress.files_total:
        parts.append(f"{progress.files_done} of {progress.files_total} files")
    if not paused and progress.total_bytes and progress.done_bytes < progress.total_bytes:
        if progress.rate > 0:
            parts.append(rate_text(progress.rate))
        if progress.eta is not None:
            parts.append(eta_text(progress.eta))
    return " · ".join(parts)


def when_text(when: datetime, now: datetime) -> str:
    """A past or future moment in words, local time: "today at 14:02", "yesterday at 09:15",
    "tomorrow at 08:00", "3 March at 10:00", "3 March 2024 at 10:00"."""
    local, today = when.astimezone(), now.astimezone().date()
    hour = local.strftime("%H:%M")
    days = (local.date() - today).days
    if days == 0:
        return f"today at {hour}"
    if days == -1:
        return f"yesterday at {hour}"
    if days == 1:
        return f"tomorrow at {hour}"
    day = f"{local.day} {local.strftime('%B')}"
    return f"{day} at {hour}" if local.year == today.year else f"{day} {local.year} at {hour}"


def next_text(due: datetime | None, now: datetime, *, configured: bool, automatic: bool) -> str:
    """The "Next backup" line."""
    if not configured:
        return "—"
    if due is None or not automatic:
        return "Automatic backups are off: back up with Back up now."
    left = due - now
    if left <= timedelta(seconds=60):
        return "within a minute"
    if left < timedelta(hours=1):
        return f"in about {max(1, round(left.total_seconds() / 60))} minutes, {when_text(due, now)}"
    return when_text(due, now)


def last_text(state: BackupState, now: datetime) -> str:
    """The "Last backup" line: when the last one succeeded, or that there is none yet."""
    success = parse_time(state.last_success)
    if success is None:
        return "none yet"
    return when_text(success, now)


def result_text(result: object) -> str:
    """What a finished backup or check says (BackupResult or VerifyResult)."""
    if hasattr(result, "snapshot_id") and hasattr(result, "bytes_uploaded"):
        sent = getattr(result, "bytes_uploaded", 0)
        files = getattr(result, "files_uploaded", 0)
        seconds = getattr(result, "seconds", 0.0)
        total = getattr(result, "bytes_total", 0)
        took = clock(seconds) if seconds >= 1 else "under a second"
        new = f"{files} new file{'s' if files != 1 else ''} ({size_text(sent)})" if files else "nothing new"
        return f"Backed up: {new} sent, {size_text(total)} in the backup; took {took}."
    if hasattr(result, "ok") and hasattr(result, "checked_objects"):
        checked = f"{result.checked_objects} objects ({size_text(getattr(result, 'checked_bytes', 0))})"
        if result.ok:
            return f"The backup is fine: {checked} read back and checked."
        problems = list(getattr(result, "problems", []))
        shown = "; ".join(str(p) for p in problems[:3])
        more = f" and {len(problems) - 3} more" if len(problems) > 3 else ""
        return f"The backup has problems ({checked} checked): {shown}{more}."
    return "Done."


def result_role(result: object) -> Role:
    """SUCCESS, or ERROR for a check that found problems."""
    return Role.ERROR if getattr(result, "ok", True) is False else Role.SUCCESS

def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]
