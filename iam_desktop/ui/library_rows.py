"""What a library row says, as plain text: the grey line under the title ("Today 23:52 · 1:45 · Portuguese",
with the job's state while it is transcribed) and the day headers the list is grouped by.

Pure functions of a RecordingSummary and "now" (no Qt), so they are tested with a fixed time.
"""

from __future__ import annotations

from datetime import date, datetime

from iam_desktop.languages import LANGUAGES
from iam_desktop.library.records import RecordingSummary
from iam_desktop.library.status import RecordingStatus
from iam_desktop.timefmt import clock

#: the separator of the grey line's parts
DOT = " · "
#: English names, whatever the system's locale (the window is in English)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
#: a job state -> what the row says (RUNNING has its own text, with the progress)
STATE_WORDS = {
    RecordingStatus.QUEUED: "Waiting…",
    RecordingStatus.FAILED: "Failed",
    RecordingStatus.CANCELLED: "Cancelled",
    RecordingStatus.RECORDED: "Not transcribed",
}


def _local(moment: datetime) -> datetime:
    return moment.astimezone() if moment.tzinfo is not None else moment


def _days_ago(day: date, today: date) -> int:
    return (today - day).days


def day_header(created: datetime, now: datetime) -> str:
    """The group a recording made at `created` belongs to: "Today", "Yesterday", the weekday within the
    last week ("Monday"), else the date ("12 November 2026")."""
    day, today = _local(created).date(), _local(now).date()
    ago = _days_ago(day, today)
    if ago == 0:
        return "Today"
    if ago == 1:
        return "Yesterday"
    if 1 < ago < 7:
        return WEEKDAYS[day.weekday()]
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def when_text(created: datetime, now: datetime) -> str:
    """When, in the row: "Today 23:52", "Yesterday 09:10", "Monday 14:02" within the last week, "12 Nov
    09:10" earlier this year, "12 Nov 2025" before."""
    local = _local(created)
    day, today = local.date(), _local(now).date()
    ago = _days_ago(day, today)
    hour = f"{local:%H:%M}"
    if ago == 0:
        return f"Today {hour}"
    if ago == 1:
        return f"Yesterday {hour}"
    if 1 < ago < 7:
        return f"{WEEKDAYS[day.weekday()]} {hour}"
    month = MONTHS[day.month - 1][:3]
    if day.year == today.year:
        return f"{day.day} {month} {hour}"
    return f"{day.day} {month} {day.year}"


def state_text(item: RecordingSummary) -> str:
    """The job's state in words ("Transcribing 42 %", "Waiting…", "Failed"), or "" for a finished
    transcript."""
    if item.status == RecordingStatus.RUNNING:
        percent = int(max(0.0, min(1.0, item.progress)) * 100 + 1e-6)  # never 100 % before the end
        return f"Transcribing {percent} %" if percent else "Transcribing…"
    return STATE_WORDS.get(item.status, "")


def is_problem(item: RecordingSummary) -> bool:
    """Whether the row's state is an error (drawn in the error colour)."""
    return item.status == RecordingStatus.FAILED


def line_parts(item: RecordingSummary, now: datetime) -> tuple[str, str]:
    """The line under the title in two parts: "when · duration · language", and the job's state ("" when
    there is none to tell), which the row draws in its own colour."""
    parts = [when_text(item.created_at, now), clock(item.duration)]
    if item.language:
        parts.append(LANGUAGES.get(item.language, item.language))
    return DOT.join(parts), state_text(item)


def grey_line(item: RecordingSummary, now: datetime) -> str:
    """The line under the title as one text: when · duration · language (· the job's state)."""
    return DOT.join(part for part in line_parts(item, now) if part)
