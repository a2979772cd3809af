"""SRT and WebVTT subtitles: one cue per non-empty segment, with timings that always parse.

Rules shared by both formats:
- times are rounded to whole milliseconds before being split into h/m/s/ms, so ",1000" never appears;
  hours are zero-padded to at least two digits and may exceed 99;
- negative or non-finite times become 0, and a cue's end is never before its start;
- segments whose text is empty or blank are skipped (SRT numbering stays consecutive);
- multi-line text stays multi-line, but blank lines are dropped (a blank line ends a cue) and
  a literal "-->" is replaced by "→" so it cannot be taken for a timing line.
In VTT, "&", "<" and ">" are escaped as character references, since VTT cue text is markup.

A segment's speaker (unless `speakers=False`) starts the cue: "Speaker: text" in SRT, a voice span
"<v Speaker>text" in VTT.
"""

from __future__ import annotations

import math
from collections.abc import Iterator

from iam_desktop.export.document import speaker_name
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


def _cues(transcript: Transcript, separator: str, speakers: bool) -> Iterator[tuple[str, str, str | None]]:
    """(timing line, text, speaker or None) of each cue, in segment order."""
    for segment in transcript.segments:
        text = _cue_text(segment.text)
        if not text:
            continue
        start = _millis(segment.start)
        end = max(start, _millis(segment.end))
        speaker = speaker_name(segment) if speakers else None
        if speaker is not None:
            speaker = speaker.replace("-->", "→")
        yield f"{_timestamp(start, separator)} --> {_timestamp(end, separator)}", text, speaker


def to_srt(transcript: Transcript, *, speakers: bool = True) -> str:
    """SubRip subtitles: numbered cues from 1, `HH:MM:SS,mmm --> HH:MM:SS,mmm`, text, blank line."""
    return "".join(
        f"{number}\n{timing}\n{text if speaker is None else f'{speaker}: {text}'}\n\n"
        for number, (timing, text, speaker) in enumerate(_cues(transcript, ",", speakers), 1)
    )


def _vtt_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _vtt_text(text: str, speaker: str | None) -> str:
    body = _vtt_escape(text)
    return body if speaker is None else f"<v {_vtt_escape(speaker)}>{body}"


def to_vtt(transcript: Transcript, *, speakers: bool = True) -> str:
    """WebVTT subtitles: "WEBVTT", blank line, then cues `HH:MM:SS.mmm --> HH:MM:SS.mmm`, text, blank line."""
    cues = "".join(
        f"{timing}\n{_vtt_text(text, speaker)}\n\n"
        for timing, text, speaker in _cues(transcript, ".", speakers)
    )
    return "WEBVTT\n\n" + cues
