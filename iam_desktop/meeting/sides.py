"""The two sides of a meeting transcript in one: the microphone's segments (the user) and the computer
audio's (the others), merged by time, without the other side's words the microphone heard through the
speakers (echo). Pure and deterministic.

Rules of `suppress_echo` (a microphone segment compared with the computer-audio words around it):
- words are compared normalised: Unicode-folded, case-folded, accents, apostrophes and punctuation
  removed, "1,000" read as "1000" and "%" as "percent", English number words read as digits ("forty two"
  and "42" are one word); Chinese and Japanese characters count one word each;
- the microphone segment's words are aligned (difflib.SequenceMatcher, in order, not as a bag of words)
  with the computer-audio words within WINDOW_SECONDS of its span; an aligned pair counts only if the
  two words lie at most NEAR_SECONDS apart (the leak arrives up to 0.3 s late and both recognitions
  wobble by about half a second);
- aligned pairs at most MAX_GAP words apart on both sides form one echoed stretch (the quiet copy may lose
  a word, or hear one differently: those words in between are echo too); a stretch is grown at either
  end over a word spelt almost alike on both sides (SIMILAR_SPELLING) — one heard a bit differently;
- a stretch is echo when it has MIN_MATCHED aligned words, IN_A_ROW of them in a row; a shorter one
  only when its aligned words are MOSTLY of the segment, two of them in a row, or, in a segment of at
  most SHORT words, half of them in a row ("Yes." heard on both sides at once). Common words and phrases
  ("the", "and the", "with the whole") said by both sides at once do not make an echo: a short match
  never cuts words out of a longer segment;
- a microphone segment with echo is cut at its words: the echoed stretches go, the user's words stay,
  as segments of their own (text rebuilt from their words, times from their first and last word); in a
  segment whose words are at least DROP_FRACTION echo only stretches of at least OWN_WORDS words stay
  (a word or two between echoes is the leak heard wrong, not the user);
- segments without words (cloud models that give text only) are compared by their text instead, every
  word of it taken to lie anywhere in its segment's span: such a microphone segment is dropped or kept
  whole, never cut.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import lru_cache

from iam_desktop.segmentation import join_words
from iam_desktop.transcript import Segment, Word

#: the speaker of the microphone's segments unless the user gave a name
DEFAULT_MY_NAME = "Me"
#: the speaker of the computer audio's segments that speaker labelling did not name
OTHERS = "Others"
#: a microphone word echoes a computer-audio word only when the two lie at most this far apart (s)
NEAR_SECONDS = 1.5
#: the computer-audio words a microphone segment is compared with: those within this of its span (s)
WINDOW_SECONDS = 2.0
#: aligned words at most this many words apart (on either side) are one echoed stretch
MAX_GAP = 3
#: a stretch of at least MIN_MATCHED aligned words, IN_A_ROW of them in a row, is an echo anywhere
MIN_MATCHED = 5
IN_A_ROW = 3
#: a stretch of fewer aligned words is an echo when they are this much of the segment, two in a row
MOSTLY = 2 / 3
#: in a segment of at most this many words, half of them aligned in a row make an echo ("Yes." on both sides)
SHORT = 3
#: a microphone segment at least this much echo (fraction of its words) is dropped, but for stretches of
#: at least OWN_WORDS words that are not echo (the user spoke, then the leak came)
DROP_FRACTION = 0.5
OWN_WORDS = 4
#: two words spelt at least this alike (difflib ratio) at the edge of an echo are one word heard twice
SIMILAR_SPELLING = 0.6

_APOSTROPHES = re.compile(r"['’ʼ‘`´]")
_THOUSANDS = re.compile(r"(?<=\d)[,.](?=\d{3}(?!\d))")
# a Chinese or Japanese character is a word of its own; elsewhere runs of letters and digits are
_TOKEN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[^\W_]+")
_UNITS = {
    word: value
    for value, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen".split()
    )
}
_TENS = {
    word: 10 * value
    for value, word in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)
}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}


@dataclass(frozen=True, slots=True)
class _Token:
    """One normalised word, the words it was read from (indices lo..hi of its segment's words) and where
    it may lie in time."""

    text: str
    lo: int
    hi: int
    start: float
    end: float


def merge_sides(
    mine: Sequence[Segment],
    others: Sequence[Segment],
    *,
    my_name: str = DEFAULT_MY_NAME,
    others_name: str = OTHERS,
    language: str | None = None,
) -> list[Segment]:
    """One transcript of a meeting from the microphone's segments (`mine`, spoken by `my_name`) and the
    computer audio's (`others`: a segment keeps the speaker labelling gave it, else gets `others_name`),
    without the microphone's echo of the computer audio (`suppress_echo`), in time order (start, then
    end; the microphone's first on a tie, each side's order kept). `language` says how the words of a cut
    segment are joined."""
    kept = [replace(s, speaker=my_name) for s in suppress_echo(mine, others, language=language)]
    theirs = [s if s.speaker else replace(s, speaker=others_name) for s in others]
    return sorted(kept + theirs, key=lambda s: (s.start, s.end))


def suppress_echo(
    mine: Sequence[Segment], others: Sequence[Segment], *, language: str | None = None
) -> list[Segment]:
    """The microphone's segments without what duplicates simultaneous computer-audio speech (the rules
    are in the module's docstring), in their order; segments with no echo are returned unchanged."""
    theirs = sorted(others, key=lambda s: (s.start, s.end))
    tokens = [_tokens(s) for s in theirs]
    starts = [s.start for s in theirs]
    longest = max((s.end - s.start for s in theirs), default=0.0)
    out: list[Segment] = []
    for segment in mine:
        early, late = segment.start - WINDOW_SECONDS, segment.end + WINDOW_SECONDS
        lo = bisect.bisect_left(starts, early - longest)
        hi = bisect.bisect_right(starts, late)
        near = [t for n in range(lo, hi) for t in tokens[n] if t.end >= early and t.start <= late]
        out.extend(_without_echo(segment, near, language))
    return out


def _without_echo(segment: Segment, theirs: list[_Token], language: str | None) -> list[Segment]:
    """The segment, the pieces of it that are not echo of `theirs` (in time order), or nothing."""
    if not theirs:
        return [segment]
    tokens = _tokens(segment)
    echo = _echoed(tokens, theirs)
    if not any(echo):
        return [segment]
    if not segment.words:
        return [] if sum(echo) >= DROP_FRACTION * len(tokens) else [segment]
    words = segment.words
    echoed_words = [False] * len(words)
    has_tokens = [False] * len(words)
    for token, echoed in zip(tokens, echo, strict=True):
        for k in range(token.lo, token.hi + 1):
            has_tokens[k] = True
            echoed_words[k] = echoed_words[k] or echoed
    mostly_echo = sum(echoed_words) >= DROP_FRACTION * sum(has_tokens)
    for k in range(len(words)):  # a word without letters ("—", "…") goes with the word before it
        if not has_tokens[k]:
            echoed_words[k] = echoed_words[k - 1] if k else echoed_words[min(k + 1, len(words) - 1)]
    runs: list[list[Word]] = [[]]
    for word, echoed in zip(words, echoed_words, strict=True):
        if not echoed:
            runs[-1].append(word)
        elif runs[-1]:
            runs.append([])
    return [
        _piece(segment, run, language)
        for run in runs
        if run and (not mostly_echo or sum(bool(_pieces(w.text)) for w in run) >= OWN_WORDS)
    ]


def _piece(segment: Segment, words: list[Word], language: str | None) -> Segment:
    return Segment(words[0].start, words[-1].end, join_words(words, language), tuple(words), segment.speaker)


def _echoed(mine: list[_Token], theirs: list[_Token]) -> list[bool]:
    """For each of `mine`: whether it is echo of `theirs` (both in time order)."""
    echo = [False] * len(mine)
    if not mine or not theirs:
        return echo
    matcher = SequenceMatcher(None, [t.text for t in mine], [t.text for t in theirs], autojunk=False)
    pairs = [
        (i + k, j + k)
        for i, j, n in matcher.get_matching_blocks()
        for k in range(n)
        if _near(mine[i + k], theirs[j + k])
    ]
    stretches: list[list[tuple[int, int]]] = []
    for i, j in pairs:
        if stretches and i - stretches[-1][-1][0] <= MAX_GAP + 1 and j - stretches[-1][-1][1] <= MAX_GAP + 1:
            stretches[-1].append((i, j))
        else:
            stretches.append([(i, j)])
    for stretch in stretches:
        # a word heard a bit differently at either end belongs to the stretch
        while (
            stretch[0][0] > 0
            and stretch[0][1] > 0
            and _alike(mine[stretch[0][0] - 1], theirs[stretch[0][1] - 1])
        ):
            stretch.insert(0, (stretch[0][0] - 1, stretch[0][1] - 1))
        while (
            stretch[-1][0] + 1 < len(mine)
            and stretch[-1][1] + 1 < len(theirs)
            and _alike(mine[stretch[-1][0] + 1], theirs[stretch[-1][1] + 1])
        ):
            stretch.append((stretch[-1][0] + 1, stretch[-1][1] + 1))
        if _is_echo(stretch, len(mine)):
            first, last = stretch[0][0], stretch[-1][0]
            echo[first : last + 1] = [True] * (last + 1 - first)
    return echo


def _is_echo(stretch: list[tuple[int, int]], length: int) -> bool:
    """Whether aligned pairs (mine, theirs) of one stretch make an echo in a segment of `length` words."""
    in_a_row = longest = 1
    for (i, j), (k, m) in zip(stretch, stretch[1:], strict=False):
        in_a_row = in_a_row + 1 if (k, m) == (i + 1, j + 1) else 1
        longest = max(longest, in_a_row)
    if length <= SHORT:
        return 2 * longest >= length
    if longest >= 2 and len(stretch) >= MOSTLY * length:
        return True
    return longest >= IN_A_ROW and len(stretch) >= MIN_MATCHED


def _near(a: _Token, b: _Token) -> bool:
    return max(a.start - b.end, b.start - a.end) <= NEAR_SECONDS


def _alike(a: _Token, b: _Token) -> bool:
    return _near(a, b) and SequenceMatcher(None, a.text, b.text, autojunk=False).ratio() >= SIMILAR_SPELLING


def _tokens(segment: Segment) -> list[_Token]:
    """The normalised words of a segment; without word timings each may lie anywhere in the segment."""
    if segment.words:
        words = segment.words
        raw = [(text, k) for k, word in enumerate(words) for text in _pieces(word.text)]
        return [_Token(text, lo, hi, words[lo].start, words[hi].end) for text, lo, hi in _numbers_read(raw)]
    raw = [(piece, k) for k, piece in enumerate(_pieces(segment.text))]
    return [_Token(piece, lo, hi, segment.start, segment.end) for piece, lo, hi in _numbers_read(raw)]


@lru_cache(maxsize=65536)
def _pieces(text: str) -> tuple[str, ...]:
    """The normalised words in a word's (or a text's) letters."""
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _THOUSANDS.sub("", _APOSTROPHES.sub("", text)).replace("%", " percent ")
    return tuple(_TOKEN.findall(unicodedata.normalize("NFKC", text)))


def _numbers_read(raw: list[tuple[str, int]]) -> list[tuple[str, int, int]]:
    """(text, first word, last word) of each piece, a run of number words read as one number in digits."""
    out: list[tuple[str, int, int]] = []
    n = 0
    while n < len(raw):
        text, k = raw[n]
        if text not in _UNITS and text not in _TENS:
            out.append((text, k, k))
            n += 1
            continue
        value, used = _number(raw, n)
        out.append((str(value), k, raw[n + used - 1][1]))
        n += used
    return out


def _number(raw: list[tuple[str, int]], n: int) -> tuple[int, int]:
    """The number the number words from raw[n] on say and how many pieces it takes ("twenty twenty four" is
    two numbers, 20 and 24; "three thirty" is 3 and 30; "zero" stands alone)."""
    if raw[n][0] == "zero":
        return 0, 1
    total = current = 0
    used = 0
    while n + used < len(raw):
        text = raw[n + used][0]
        following = raw[n + used + 1][0] if n + used + 1 < len(raw) else ""
        unit = _UNITS.get(text, 0)
        if unit and current % 10 == 0 and (unit < 10 or current % 100 == 0):
            current += unit
        elif text in _TENS and current % 100 == 0:
            current += _TENS[text]
        elif text == "hundred" and 0 < current < 100:
            current *= 100
        elif text in _SCALES and text != "hundred" and current > 0:
            total += current * _SCALES[text]
            current = 0
        elif text == "and" and total + current >= 100 and (following in _UNITS or following in _TENS):
            pass  # "one hundred and five"
        else:
            break
        used += 1
    return total + current, used
