"""SRT and WebVTT subtitles cut by common caption rules from the segments' words.

Caption rules (MAX_LINES, `line_width`, MIN_CUE_SECONDS, MAX_CUE_SECONDS, MAX_CPS):
- a cue shows at most 2 lines of at most 42 characters (16 for Chinese, Japanese, Korean), the speaker's
  name counted; text that fits one line stays on one line; otherwise the line break goes where a phrase
  ends (after punctuation, before a conjunction or preposition, not after an article), lines balanced;
- a segment too long for one cue (two lines, 7 s) is split into several cues at the best phrase boundary
  by its word timings (segmentation.Cutter); a segment without words (or whose text the user changed) is
  split the same way with times shared out in proportion to the characters;
- a cue lasts 1–7 s and is shown long enough to be read at 20 characters per second: a short cue's end
  is moved into the silence after it (and, if that is not enough, its start up to 0.5 s earlier), never
  into the next cue; a cue too short even so is merged with the next one of the same speaker when both
  fit together. A single word longer than a line or than 7 s still gets its own cue (cut at 7 s).

Rules shared by both formats:
- times are whole milliseconds ("…,1000" never appears); hours are zero-padded to at least two digits
  and may exceed 99; negative or non-finite times become 0; a cue's end is never before its start and
  never after the next cue's start; cues come in time order;
- segments whose text is empty or blank are skipped (SRT numbering stays consecutive); line breaks in a
  segment's text count as spaces (the cue's lines are laid out by the rules above), and a literal "-->"
  is replaced by "→" so it cannot be taken for a timing line.
In VTT, "&", "<" and ">" are escaped as character references, since VTT cue text is markup.

A segment's speaker (unless `speakers=False`) starts each of its cues: "Speaker: text" in SRT, a voice
span "<v Speaker>text" in VTT.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from iam_desktop.export.document import speaker_name
from iam_desktop.segmentation import (
    Cutter,
    boundary_score,
    line_width,
    no_spaces,
    separator,
    text_matches_words,
)
from iam_desktop.timefmt import timestamp
from iam_desktop.transcript import Segment, Transcript, Word

MAX_LINES = 2
MIN_CUE_SECONDS = 1.0
MAX_CUE_SECONDS = 7.0
#: reading speed: the most characters per second a cue may ask of a viewer
MAX_CPS = 20.0
#: how much earlier than the speech a cue may start when it needs time to be read (seconds)
MAX_LEAD_IN = 0.5


@dataclass
class _Cue:
    """One cue being built: its words (text tokens with times), lines, speaker and times in ms."""

    words: list[Word]
    lines: list[str]
    speaker: str | None
    start: int
    end: int


def _millis(seconds: float) -> int:
    """Seconds as a whole, non-negative number of milliseconds (half rounds up)."""
    value = float(seconds)
    if not math.isfinite(value) or value <= 0:
        return 0
    return math.floor(value * 1000 + 0.5)


def _seconds(value: float) -> float:
    value = float(value)
    return value if math.isfinite(value) and value > 0 else 0.0


def _timestamp(millis: int, separator_: str) -> str:
    return timestamp(millis / 1000, 3, separator_)


def _clean(text: str) -> str:
    return text.replace("-->", "→")


def _tokens(segment: Segment, language: str | None) -> list[Word]:
    """The segment's words with their times, or (no words, or text the user changed) its text cut into
    words (characters for languages without spaces) with times in proportion to the characters."""
    if segment.words and text_matches_words(segment, language):
        return [Word(w.start, w.end, _clean(w.text), w.probability) for w in segment.words if w.text.strip()]
    text = _clean(segment.text)
    parts = list("".join(text.split())) if no_spaces(language) else text.split()
    if not parts:
        return []
    start = _seconds(segment.start)
    end = max(start, _seconds(segment.end))
    total = sum(len(p) for p in parts)
    tokens, done = [], 0
    for part in parts:
        a = start + (end - start) * done / total
        done += len(part)
        tokens.append(Word(a, start + (end - start) * done / total, part))
    return tokens


def _lines(words: Sequence[Word], language: str | None, lead: int) -> list[str] | None:
    """The words laid out on at most two lines of the line width (the first line `lead` characters
    shorter, for the speaker's name), broken at the best phrase boundary; None if they do not fit."""
    sep = separator(language)
    width = line_width(language)
    texts = [w.text for w in words]
    if len(texts) == 1:
        return texts  # a single word stands alone, however long
    whole = sep.join(texts)
    if lead + len(whole) <= width:
        return [whole]
    if MAX_LINES < 2 or lead + len(whole) > 2 * width + len(sep):
        return None
    best: tuple[float, int] | None = None
    first = lead
    for k in range(1, len(texts)):
        first += len(texts[k - 1]) + (len(sep) if k > 1 else 0)
        second = len(whole) - (first - lead) - len(sep)
        if first > width:
            break
        if second > width:
            continue
        score = boundary_score(words, k, language) - 3.0 * abs(first - second) / max(1, first + second)
        if best is None or score > best[0]:
            best = (score, k)
    if best is None:
        return None
    k = best[1]
    return [sep.join(texts[:k]), sep.join(texts[k:])]


class _CueCutter(Cutter):
    """Cuts a segment's words into pieces that fit one cue: two lines and MAX_CUE_SECONDS."""

    def __init__(self, words: Sequence[Word], language: str | None, lead: int) -> None:
        super().__init__(words, language, MAX_LINES * line_width(language), MAX_CUE_SECONDS)
        self.lead = lead

    def fits(self, lo: int, hi: int) -> bool:
        if hi - lo <= 1:
            return True
        if self.duration(lo, hi) > MAX_CUE_SECONDS:
            return False
        return _lines(self.words[lo:hi], self.language, self.lead) is not None


def _lead(speaker: str | None) -> int:
    return 0 if speaker is None else len(speaker) + 2  # "Name: "


def _segment_cues(segment: Segment, language: str | None, speakers: bool) -> list[_Cue]:
    words = _tokens(segment, language)
    if not words:
        return []
    speaker = speaker_name(segment) if speakers else None
    if speaker is not None:
        speaker = _clean(speaker)
    cutter = _CueCutter(words, language, _lead(speaker))
    pieces = cutter.split(0, len(words))
    seg_start = _millis(segment.start)
    seg_end = max(seg_start, _millis(segment.end))
    cues = []
    for index, (lo, hi) in enumerate(pieces):
        piece = words[lo:hi]
        start = seg_start if index == 0 else _millis(piece[0].start)
        end = seg_end if index == len(pieces) - 1 else _millis(piece[-1].end)
        start = min(max(start, seg_start), seg_end)
        end = min(max(end, start), seg_end)
        lines = _lines(piece, language, _lead(speaker)) or [separator(language).join(w.text for w in piece)]
        cues.append(_Cue(piece, lines, speaker, start, end))
    return cues


def _chars(cue: _Cue) -> int:
    return _lead(cue.speaker) + sum(len(line) for line in cue.lines)


def _needed(cue: _Cue) -> int:
    """How long the cue must be shown (ms): the minimum, or the time to read it."""
    return max(round(MIN_CUE_SECONDS * 1000), math.ceil(_chars(cue) * 1000 / MAX_CPS))


def _room(cues: list[_Cue], i: int) -> int:
    """The most time cue i can be shown (ms): from the end of the one before (or MAX_LEAD_IN before its
    speech) to the start of the next."""
    cue = cues[i]
    earliest = max(cue.start - round(MAX_LEAD_IN * 1000), cues[i - 1].end if i > 0 else 0, 0)
    latest = cues[i + 1].start if i + 1 < len(cues) else cue.start + round(MAX_CUE_SECONDS * 1000)
    return latest - earliest


def _short(cues: list[_Cue], i: int) -> bool:
    return _room(cues, i) < _needed(cues[i])


def _joined(a: _Cue, b: _Cue, language: str | None) -> _Cue | None:
    """Cues a and b as one, if they fit one cue together."""
    if a.speaker != b.speaker or b.end - a.start > MAX_CUE_SECONDS * 1000:
        return None
    words = a.words + b.words
    lines = _lines(words, language, _lead(a.speaker))
    return None if lines is None else _Cue(words, lines, a.speaker, a.start, max(a.end, b.end))


def _recut(cues: list[_Cue], i: int, language: str | None) -> bool:
    """Move the boundary between cue i and cue i + 1 (same speaker) so that neither is too short to be
    read; True if done."""
    a, b = cues[i], cues[i + 1]
    if a.speaker != b.speaker:
        return False
    words = a.words + b.words
    lead = _lead(a.speaker)
    for k in sorted(range(1, len(words)), key=lambda k: abs(k - len(a.words))):
        if k == len(a.words):
            continue
        first, second = words[:k], words[k:]
        lines_a, lines_b = _lines(first, language, lead), _lines(second, language, lead)
        if lines_a is None or lines_b is None:
            continue
        new_a = _Cue(first, lines_a, a.speaker, a.start, min(_millis(first[-1].end), b.end))
        new_b = _Cue(second, lines_b, b.speaker, max(_millis(second[0].start), new_a.end), b.end)
        if max(new_a.end - new_a.start, new_b.end - new_b.start) > MAX_CUE_SECONDS * 1000:
            continue
        trial = [*cues[max(0, i - 1) : i], new_a, new_b, *cues[i + 2 : i + 3]]
        j = 1 if i > 0 else 0
        if not _short(trial, j) and not _short(trial, j + 1):
            cues[i : i + 2] = [new_a, new_b]
            return True
    return False


def _merge_short(cues: list[_Cue], language: str | None) -> list[_Cue]:
    """Make room for a cue that cannot be shown long enough (its neighbours follow too closely): merge it
    with the one before or after (same speaker, fitting one cue together), or else move words between
    it and a neighbour."""
    cues = list(cues)
    i = 0
    while i < len(cues):
        if not _short(cues, i):
            i += 1
            continue
        # the closer neighbour first: (index of the first of the pair, silence between them)
        pairs = [(i - 1, cues[i].start - cues[i - 1].end)] if i > 0 else []
        if i + 1 < len(cues):
            pairs.append((i, cues[i + 1].start - cues[i].end))
        pairs.sort(key=lambda pair: pair[1])
        for first, _gap in pairs:
            if (joined := _joined(cues[first], cues[first + 1], language)) is not None:
                cues[first : first + 2] = [joined]
                i = first
                break
        else:
            any(_recut(cues, first, language) for first, _gap in pairs)
            i += 1
    return cues


def _time(cues: list[_Cue]) -> None:
    """Final times: 1–7 s, long enough to read, never overlapping the next cue (all in ms)."""
    longest = round(MAX_CUE_SECONDS * 1000)
    previous_end = 0
    for i, cue in enumerate(cues):
        next_start = cues[i + 1].start if i + 1 < len(cues) else None
        start = cue.start  # the cue before ends by then
        end = min(max(cue.end, start), start + longest)
        needed = _needed(cue)
        if end - start < needed:
            end = start + needed if next_start is None else max(end, min(start + needed, next_start))
            if end - start < needed:  # start a little earlier, into the silence before
                start = max(previous_end, end - needed, start - round(MAX_LEAD_IN * 1000), 0)
                start = min(start, cue.start)
        if next_start is not None:
            end = max(start, min(end, next_start))
        end = min(end, start + longest)
        cue.start, cue.end = start, end
        previous_end = max(previous_end, end)


def cues_of(transcript: Transcript, *, speakers: bool = True) -> list[tuple[int, int, list[str], str | None]]:
    """The subtitle cues of a transcript: (start ms, end ms, lines, speaker or None), in time order."""
    language = transcript.language
    cues = [cue for segment in transcript.segments for cue in _segment_cues(segment, language, speakers)]
    cues.sort(key=lambda cue: cue.start)  # stable: equal starts keep the segments' order
    cues = _merge_short(cues, language)
    _time(cues)
    return [(cue.start, cue.end, cue.lines, cue.speaker) for cue in cues]


def to_srt(transcript: Transcript, *, speakers: bool = True) -> str:
    """SubRip subtitles: numbered cues from 1, `HH:MM:SS,mmm --> HH:MM:SS,mmm`, text, blank line."""
    out = []
    for number, (start, end, lines, speaker) in enumerate(cues_of(transcript, speakers=speakers), 1):
        text = "\n".join(lines)
        if speaker is not None:
            text = f"{speaker}: {text}"
        out.append(f"{number}\n{_timestamp(start, ',')} --> {_timestamp(end, ',')}\n{text}\n\n")
    return "".join(out)


def _vtt_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_vtt(transcript: Transcript, *, speakers: bool = True) -> str:
    """WebVTT subtitles: "WEBVTT", blank line, then cues `HH:MM:SS.mmm --> HH:MM:SS.mmm`, text, blank line."""
    out = ["WEBVTT\n\n"]
    for start, end, lines, speaker in cues_of(transcript, speakers=speakers):
        text = _vtt_escape("\n".join(lines))
        if speaker is not None:
            text = f"<v {_vtt_escape(speaker)}>{text}"
        out.append(f"{_timestamp(start, '.')} --> {_timestamp(end, '.')}\n{text}\n\n")
    return "".join(out)
