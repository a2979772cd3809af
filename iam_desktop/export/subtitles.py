"""SRT and WebVTT subtitles: one cue per non-empty segment, with timings that always parse.

Rules shared by both formats:
- times are rounded to whole milliseconds before being split into h/m/s/ms, so ",1000" never appears;
  hours are zero-padded to at least two digits and may exceed 99;
- negative or non-finite times become 0, and a cue's end is never before its start;
- segments whose text is empty or blank are skipped (SRT numbering stays consecutive);
- multi-line text stays multi-line, but blank lines are dropped (a blank line ends a cue) and
  a literal "-->" is replaced by "→" so it cannot be taken for a timing line.
In VTT, "&", "<" and ">" are escaped as character references, since VTT cue text is markup.
"""

from __future__ import annotations

import math
from collections.abc import Iterator

from iam_desktop.transcript import Transcript


def _millis(seconds: float) -> int:
    """Seconds as a whole, non-negative number of milliseconds (half rounds up)."""
    value = float(seconds)
    if not math.isfinite(value) or value <= 0:
        return 0
    return math.floor(value * 1000 + 0.5)


def _timestamp(millis: int, separator: str) -> str:
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    secs, ms = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}{separator}{ms:03d}"


def _cue_text(text: str) -> str:
    """Text safe inside a cue: no blank lines, no "-->", lines stripped; "" if nothing is left."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept = [line.strip().replace("-->", "→") for line in lines]
    return "\n".join(line for line in kept if line)


def _cues(transcript: Transcript, separator: str) -> Iterator[tuple[str, str]]:
    """(timing line, text) of each cue, in segment order."""
    for segment in transcript.segments:
        text = _cue_text(segment.text)
        if not text:
            continue
        start = _millis(segment.start)
        end = max(start, _millis(segment.end))
        yield f"{_timestamp(start, separator)} --> {_timestamp(end, separator)}", text


def to_srt(transcript: Transcript) -> str:
    """SubRip subtitles: numbered cues from 1, `HH:MM:SS,mmm --> HH:MM:SS,mmm`, text, blank line."""
    return "".join(
        f"{number}\n{timing}\n{text}\n\n" for number, (timing, text) in enumerate(_cues(transcript, ","), 1)
    )


def _vtt_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_vtt(transcript: Transcript) -> str:
    """WebVTT subtitles: "WEBVTT", blank line, then cues `HH:MM:SS.mmm --> HH:MM:SS.mmm`, text, blank line."""
    cues = "".join(f"{timing}\n{_vtt_escape(text)}\n\n" for timing, text in _cues(transcript, "."))
    return "WEBVTT\n\n" + cues
