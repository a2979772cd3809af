"""The Backup page's words: progress ("12.3 MB of 1.2 GB · 4.5 MB/s · about 3 min left"), when the last
and next backups were, and how a result reads."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP

from iam_desktop.backup.control import Progress
from iam_desktop.backup.schedule import parse_time
from iam_desktop.backup.state import BackupState
from iam_desktop.ui.i18n import (
    day_and_month,
    format_clock,
    format_date,
    format_duration,
    format_number,
    format_size,
    format_time,
    translate,
)
from iam_desktop.ui.theme import Role

#: the warning shown wherever a passphrase is chosen (English: show it through `translate`)
PASSPHRASE_WARNING = str(QT_TRANSLATE_NOOP("backup_texts", "<b>Keep this passphrase safe.</b> Backups are encrypted with it on this computer before they are sent. If it is lost, the backup is lost too: nobody, not even IAM Desktop, can recover it."))  # noqa: E501
#: what each stage of the work is called on the page (English: show it through `translate`)
STAGES = {
    "preparing": str(QT_TRANSLATE_NOOP("backup_texts", "Preparing")),
    "uploading": str(QT_TRANSLATE_NOOP("backup_texts", "Uploading")),
    "pruning": str(QT_TRANSLATE_NOOP("backup_texts", "Removing old backups")),
    "downloading": str(QT_TRANSLATE_NOOP("backup_texts", "Downloading")),
    "verifying": str(QT_TRANSLATE_NOOP("backup_texts", "Checking")),
    "restoring": str(QT_TRANSLATE_NOOP("backup_texts", "Restoring")),
}
#: how many objects "Check a sample" reads back
VERIFY_SAMPLE = 50
#: a placeholder that says a secret is stored (its value is never shown; English: show it through `translate`)
STORED = str(QT_TRANSLATE_NOOP("backup_texts", "Stored in the keyring — leave empty to keep it"))


# --- words -------------------------------------------------------------------------------------------


def stage_text(stage: str) -> str:
    """A stage of the work in the window's language ("Uploading"); an unknown one as it is named."""
    english = STAGES.get(stage)
    return translate("backup_texts", english) if english else stage.capitalize()


def rate_text(bytes_per_second: float) -> str:
    """ "4.5 MB/s"."""
    return translate("backup_texts", "{size}/s").format(size=format_size(int(bytes_per_second)))


def eta_text(seconds: float) -> str:
    """ "about 3 min left", "less than a minute left", "about 2 h 10 min left"."""
    if seconds < 60:
        return translate("backup_texts", "less than a minute left")
    duration = format_duration(round(seconds / 60) * 60)
    return translate("backup_texts", "about {duration} left").format(duration=duration)


def progress_text(progress: Progress, *, paused: bool = False) -> str:
    """ "Uploading · 12 MB of 1.2 GB · 4.5 MB/s · about 3 min left" (paused: no rate or time)."""
    stage = translate("backup_texts", "Paused") if paused else stage_text(progress.stage)
    parts = [stage]
    if progress.total_bytes:
        parts.append(translate("backup_texts", "{done} of {total}").format(
            done=format_size(progress.done_bytes), total=format_size(progress.total_bytes)))  # fmt: skip
    elif progress.files_total:
        files = progress.files_total
        parts.append(translate("backup_texts", "{done} of %n files", "", files).format(
            done=format_number(progress.files_done)))  # fmt: skip
    if not paused and progress.total_bytes and progress.done_bytes < progress.total_bytes:
        if progress.rate > 0:
            parts.append(rate_text(progress.rate))
        if progress.eta is not None:
            parts.append(eta_text(progress.eta))
    return " · ".join(parts)


def when_text(when: datetime, now: datetime) -> str:
    """A past or future moment in words, local time, in the window's locale: "today at 14:02",
    "yesterday at 09:15", "tomorrow at 08:00", "3 March at 10:00", "Sunday, 3 March 2024 at 10:00"."""
    local, today = when.astimezone(), now.astimezone().date()
    hour = format_time(local)
    days = (local.date() - today).days
    if days == 0:
        return translate("backup_texts", "today at {time}").format(time=hour)
    if days == -1:
        return translate("backup_texts", "yesterday at {time}").format(time=hour)
    if days == 1:
        return translate("backup_texts", "tomorrow at {time}").format(time=hour)
    day = day_and_month(local) if local.year == today.year else format_date(local, long=True)
    return translate("backup_texts", "{day} at {time}").format(day=day, time=hour)


def next_text(due: datetime | None, now: datetime, *, configured: bool, automatic: bool) -> str:
    """The "Next backup" line."""
    if not configured:
        return "—"
    if due is None or not automatic:
        return translate("backup_texts", "Automatic backups are off: back up with Back up now.")
    left = due - now
    if left <= timedelta(seconds=60):
        return translate("backup_texts", "within a minute")
    if left < timedelta(hours=1):
        minutes = max(1, round(left.total_seconds() / 60))
        return translate("backup_texts", "in about %n minutes, {when}", "", minutes).format(
            when=when_text(due, now))  # fmt: skip
    return when_text(due, now)


def last_text(state: BackupState, now: datetime) -> str:
    """The "Last backup" line: when the last one succeeded, or that there is none yet."""
    success = parse_time(state.last_success)
    if success is None:
        return translate("backup_texts", "none yet")
    return when_text(success, now)


def result_text(result: object) -> str:
    """What a finished backup or check says (BackupResult or VerifyResult)."""
    if hasattr(result, "snapshot_id") and hasattr(result, "bytes_uploaded"):
        sent = getattr(result, "bytes_uploaded", 0)
        files = getattr(result, "files_uploaded", 0)
        seconds = getattr(result, "seconds", 0.0)
        total = format_size(getattr(result, "bytes_total", 0))
        took = format_clock(seconds) if seconds >= 1 else translate("backup_texts", "under a second")
        if not files:
            text = translate(
                "backup_texts", "Backed up: nothing new sent, {total} in the backup; took {took}."
            )
            return text.format(total=total, took=took)
        text = translate(
            "backup_texts",
            "Backed up: %n new files ({size}) sent, {total} in the backup; took {took}.",
            "",
            files,
        )
        return text.format(size=format_size(sent), total=total, took=took)
    if hasattr(result, "ok") and hasattr(result, "checked_objects"):
        objects = result.checked_objects
        checked = translate("backup_texts", "%n objects ({size})", "", objects).format(
            size=format_size(getattr(result, "checked_bytes", 0)))  # fmt: skip
        if result.ok:
            text = translate("backup_texts", "The backup is fine: {checked} read back and checked.")
            return text.format(checked=checked)
        problems = list(getattr(result, "problems", []))
        shown = "; ".join(str(p) for p in problems[:3])
        left = len(problems) - 3
        more = translate("backup_texts", " and %n more", "", left) if left > 0 else ""
        text = translate("backup_texts", "The backup has problems ({checked} checked): {shown}{more}.")
        return text.format(checked=checked, shown=shown, more=more)
    return translate("backup_texts", "Done.")


def result_role(result: object) -> Role:
    """SUCCESS, or ERROR for a check that found problems."""
    return Role.ERROR if getattr(result, "ok", True) is False else Role.SUCCESS


def capitalised(text: str) -> str:
    """`text` with its first letter in capitals (the rest as it is)."""
    return text[:1].upper() + text[1:]
