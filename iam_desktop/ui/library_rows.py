"""What a library row says, as plain text: the grey line under the title ("Today 23:52 · 1:45 · Portuguese",
with the job's state while it is transcribed), the day headers the list is grouped by, and the sentence a
screen reader says for a row.

Functions of a RecordingSummary and "now", in the window's language and locale (i18n), so they are tested
with a fixed time and a fixed locale.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale

from iam_desktop.library.records import RecordingSummary
from iam_desktop.library.status import RecordingStatus
from iam_desktop.ui.i18n import (
    current_locale,
    day_and_month,
    format_clock,
    format_date,
    format_datetime,
    format_number,
    format_time,
    spoken_language_name,
    translate,
)

#: the separator of the grey line's parts
DOT = " · "
#: a job state -> what the row says (English; shown translated; RUNNING has its own text, with the progress)
STATE_WORDS = {
    RecordingStatus.QUEUED: QT_TRANSLATE_NOOP("library_rows", "Waiting…"),
    RecordingStatus.FAILED: QT_TRANSLATE_NOOP("library_rows", "Failed"),
    RecordingStatus.CANCELLED: QT_TRANSLATE_NOOP("library_rows", "Cancelled"),
    RecordingStatus.RECORDED: QT_TRANSLATE_NOOP("library_rows", "Not transcribed"),
}


def _local(moment: datetime) -> datetime:
    return moment.astimezone() if moment.tzinfo is not None else moment


def _days_ago(day: date, today: date) -> int:
    return (today - day).days


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def weekday_name(day: date) -> str:
    """The day's weekday in the window's locale, as a heading ("Monday", "Lundi")."""
    return _capitalised(current_locale().standaloneDayName(day.isoweekday(), QLocale.FormatType.LongFormat))


def day_header(created: datetime, now: datetime) -> str:
    """The group a recording made at `created` belongs to: "Today", "Yesterday", the weekday within the
    last week ("Monday"), else the long date in the window's locale ("Thursday, 12 November 2026")."""
    day, today = _local(created).date(), _local(now).date()
    ago = _days_ago(day, today)
    if ago == 0:
        return translate("library_rows", "Today")
    if ago == 1:
        return translate("library_rows", "Yesterday")
    if 1 < ago < 7:
        return weekday_name(day)
    return _capitalised(format_date(day, long=True))


def when_text(created: datetime, now: datetime) -> str:
    """When, in the row: "Today 23:52", "Yesterday 09:10", "Monday 14:02" within the last week, "12 November
    09:10" earlier this year, the short date ("12/11/2025") before (times and dates in the locale's form)."""
    local = _local(created)
    day, today = local.date(), _local(now).date()
    ago = _days_ago(day, today)
    hour = format_time(local)
    if ago == 0:
        return translate("library_rows", "Today {time}").format(time=hour)
    if ago == 1:
        return translate("library_rows", "Yesterday {time}").format(time=hour)
    if 1 < ago < 7:
        return translate("library_rows", "{day} {time}").format(day=weekday_name(day), time=hour)
    if day.year == today.year:
        return translate("library_rows", "{day} {time}").format(day=day_and_month(day), time=hour)
    return format_date(day)


def state_text(item: RecordingSummary) -> str:
    """The job's state in words ("Transcribing 42 %", "Waiting…", "Failed"), or "" for a finished
    transcript."""
    if item.status == RecordingStatus.RUNNING:
        percent = int(max(0.0, min(1.0, item.progress)) * 100 + 1e-6)  # never 100 % before the end
        if not percent:
            return translate("library_rows", "Transcribing…")
        return translate("library_rows", "Transcribing {percent} %").format(percent=format_number(percent))
    word = STATE_WORDS.get(item.status)
    return translate("library_rows", str(word)) if word else ""


def is_problem(item: RecordingSummary) -> bool:
    """Whether the row's state is an error (drawn in the error colour)."""
    return item.status == RecordingStatus.FAILED


def line_parts(item: RecordingSummary, now: datetime) -> tuple[str, str]:
    """The line under the title in two parts: "when · duration · language", and the job's state ("" when
    there is none to tell), which the row draws in its own colour."""
    parts = [when_text(item.created_at, now), format_clock(item.duration)]
    if item.language:
        parts.append(spoken_language_name(item.language))
    return DOT.join(parts), state_text(item)


def grey_line(item: RecordingSummary, now: datetime) -> str:
    """The line under the title as one text: when · duration · language (· the job's state)."""
    return DOT.join(part for part in line_parts(item, now) if part)


def accessible_text(item: RecordingSummary, header: str | None = None) -> str:
    """The row as one sentence for a screen reader: the day header above it if any, the title, the day
    and time, the duration, the language and the state ("Today, Interview with Ann, Wednesday, 2 December
    2026 14:05, 12:30, transcribed")."""
    state = state_text(item) or (
        translate("library_rows", "transcribed") if item.status == RecordingStatus.DONE else ""
    )
    parts = [header or "", item.title, format_datetime(_local(item.created_at), long=True)]
    parts.append(format_clock(item.duration))
    if item.language:
        parts.append(spoken_language_name(item.language))
    parts.append(state)
    return ", ".join(part for part in parts if part)
