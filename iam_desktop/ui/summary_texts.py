"""What the Summary tab says: the presets' names, who made a summary, its line in the history, the cost
estimate, and a summary's text as a page whose moments ([m:ss], [h:mm:ss]) are links that seek."""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP

from iam_desktop.summaries.model import ACTION_ITEMS, CHAPTERS, KEY_POINTS, MINUTES, OFFLINE, SUMMARY, Summary
from iam_desktop.ui.i18n import format_clock, translate
from iam_desktop.ui.library_rows import DOT, when_text

#: the presets as the window names them (English; translated where shown), in PRESETS' order
PRESET_NAMES = {
    SUMMARY: QT_TRANSLATE_NOOP("summary_texts", "Summary"),
    KEY_POINTS: QT_TRANSLATE_NOOP("summary_texts", "Key points"),
    ACTION_ITEMS: QT_TRANSLATE_NOOP("summary_texts", "Action items"),
    MINUTES: QT_TRANSLATE_NOOP("summary_texts", "Minutes"),
    CHAPTERS: QT_TRANSLATE_NOOP("summary_texts", "Chapters"),
}
#: a moment in a summary's text: [m:ss] or [h:mm:ss] (also m:ss–m:ss ranges' first part)
MOMENT = re.compile(r"\[(?:(\d+):)?(\d{1,2}):(\d{2})\]")
#: the scheme of the links that seek ("seek:754.0")
SEEK_SCHEME = "seek"
#: a heading marked as Markdown writes one ("## Decisions", "**Decisions**")
MARKED_HEADING = re.compile(r"#{1,6}\s+(.+?)\s*#*|\*\*([^*]+)\*\*:?")
#: a line longer than this is never taken for a heading
HEADING_CHARS = 60
#: how a line of a list starts
BULLETS = ("- ", "• ", "* ")
#: the space a blank line leaves between two paragraphs (pixels)
PARAGRAPH_GAP = 10


def preset_name(preset: str) -> str:
    """ "Key points" in the window's language (an unknown preset as it is stored)."""
    name = PRESET_NAMES.get(preset)
    return translate("summary_texts", str(name)) if name else preset


def made_by(summary: Summary) -> str:
    """Who made it: "Offline summary" or "OpenAI (gpt-4o-mini)"."""
    if summary.engine == OFFLINE:
        return translate("summary_texts", "Offline summary")
    return cloud_label(summary.model or "")


def cloud_label(model: str) -> str:
    """ "OpenAI (gpt-4o-mini)"."""
    return translate("summary_texts", "OpenAI ({model})").format(model=model) if model else "OpenAI"


def local_time(moment: datetime) -> datetime:
    """`moment` (UTC; naive means UTC) in the computer's time zone."""
    return (moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)).astimezone()


def history_line(summary: Summary, now: datetime) -> str:
    """The summary's two lines in the history: its preset ("· Out of date" or "· Edited" when it is), then
    who made it ("Offline" or the cloud model) and when."""
    first = [preset_name(summary.preset)]
    if summary.stale:
        first.append(translate("summary_texts", "Out of date"))
    elif summary.edited:
        first.append(translate("summary_texts", "Edited"))
    second = [
        translate("summary_texts", "Offline") if summary.engine == OFFLINE else summary.model or "OpenAI"
    ]
    if summary.created_at is not None:
        second.append(when_text(local_time(summary.created_at), now))
    return f"{DOT.join(first)}\n{DOT.join(second)}"


def heading(summary: Summary, now: datetime | None = None) -> str:
    """The line above a summary's text: "Key points · Offline summary" (with `now`, when it was made too:
    "· Today 10:42"), and the user's instruction."""
    parts = [preset_name(summary.preset), made_by(summary)]
    if summary.created_at is not None and now is not None:
        parts.append(when_text(local_time(summary.created_at), now))
    if summary.instruction:
        parts.append(translate("summary_texts", "“{instruction}”").format(instruction=summary.instruction))
    return DOT.join(parts)


#: the smallest amount the estimate names ("Less than $0.001")
LEAST_COST = 0.001


def money(usd: float) -> str:
    """Plain money text for small amounts: "$0.002", "$0.42", "$12.30"."""
    if usd < 0.1:
        return f"${max(usd, 0.0):.3f}"
    return f"${usd:,.2f}"


def cost_text(usd: float, model: str) -> str:
    """ "About $0.002 with gpt-4o-mini" ("Less than $0.001 with gpt-4o-mini" below LEAST_COST)."""
    if usd < LEAST_COST:
        less = translate("summary_texts", "Less than {cost} with {model}")
        return less.format(cost=money(LEAST_COST), model=model)
    return translate("summary_texts", "About {cost} with {model}").format(cost=money(usd), model=model)


def chapter_line(start: float, title: str) -> str:
    """ "[12:30] Budget and loan"."""
    return f"[{format_clock(start)}] {title}"


def moment_seconds(match: re.Match[str]) -> float:
    """The seconds a MOMENT match stands for."""
    hours, minutes, seconds = match.group(1), match.group(2), match.group(3)
    return (int(hours) if hours else 0) * 3600 + int(minutes) * 60 + int(seconds)


def _linked(text: str) -> str:
    """`text` escaped, each moment a link "seek:<seconds>"."""
    out, last = [], 0
    for match in MOMENT.finditer(text):
        out.append(html.escape(text[last : match.start()]))
        out.append(f'<a href="{SEEK_SCHEME}:{moment_seconds(match):g}">{html.escape(match.group(0))}</a>')
        last = match.end()
    out.append(html.escape(text[last:]))
    return "".join(out)


def heading_text(line: str, following: str) -> str | None:
    """The words of `line` when it is a section's heading ("Key points" above its items, "## Decisions",
    "**Decisions**"), else None."""
    stripped = line.strip()
    marked = MARKED_HEADING.fullmatch(stripped)
    if marked:
        return (marked.group(1) or marked.group(2)).strip()
    if not stripped or not following.strip() or len(stripped) > HEADING_CHARS:
        return None
    if stripped.startswith(("-", "•", "*", "[")) or stripped[-1] in ".!?,;:…)" or stripped[0].isdigit():
        return None
    return stripped


def item_text(line: str) -> str | None:
    """The words of `line` without its bullet when it is an item of a list ("- …", "• …", "* …")."""
    stripped = line.strip()
    for bullet in BULLETS:
        if stripped.startswith(bullet):
            return stripped[len(bullet) :].strip()
    return None


def page_html(text: str) -> str:
    """`text` (plain lines) as a page: each line a paragraph (a blank line: space before the next), the
    items of a list as a list (wrapped lines hang under their first word), each section's heading in bold,
    each moment a link "seek:<seconds>"."""
    lines = text.strip("\n").split("\n")
    out: list[str] = []
    in_list, gap = False, False
    for n, line in enumerate(lines):
        if not line.strip():
            gap = True
            continue
        top = PARAGRAPH_GAP if gap and out else 0
        gap = False
        item = item_text(line)
        if item is not None:
            if not in_list:
                out.append(f'<ul style="margin-top: {top}px; margin-bottom: 0px;">')
                in_list = True
            out.append(f'<li style="margin: 0px;">{_linked(item)}</li>')
            continue
        if in_list:
            out.append("</ul>")
            in_list = False
        words = heading_text(line, lines[n + 1] if n + 1 < len(lines) else "")
        body = f"<b>{_linked(words)}</b>" if words is not None else _linked(line)
        out.append(f'<p style="margin: {top}px 0px 0px 0px;">{body}</p>')
    if in_list:
        out.append("</ul>")
    return "".join(out)
