"""Sentence-sized segments from word timings: cut at sentence ends and pauses, split what is too long
for two subtitle lines at the best phrase boundary. Pure and deterministic; shared with the subtitles.

Rules of `resegment` (segments that carry words):
- consecutive segments of the same speaker are read as one stream of words and cut again; a segment's
  text is always its words joined (`join_words`), its start/end its first word's start / last word's end;
- a cut falls after a word that ends a sentence (".", "?", "!", "…" and the CJK, Arabic, Indic, Burmese
  and Ethiopic ones; a "." after a known abbreviation, an initial, or before a lower-case word does not
  count) and at every pause of at least PAUSE_SECONDS between words;
- a piece longer than MAX_SECONDS or wider than two subtitle lines (2 × `line_width`) is split where a
  phrase ends (after a comma, semicolon, colon or dash; before a conjunction; at the largest gap), the
  halves kept balanced; repeated until every piece fits (a single word always stands alone);
- a stream's words are put in time order first: a word that starts before the word before it has ended
  (engines overlap by a few hundredths of a second where their windows or pieces meet) starts at that end
  instead, so the segments cut from it never overlap; texts, probabilities and other times are kept;
- segments without words (cloud models that give text only) are kept as they are, and so are, with
  `keep_edits=True`, segments whose text no longer equals their words (a user's correction); with
  `keep_ends=True` the given segment ends are kept (nothing is joined across them: a user's splits).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from iam_desktop.transcript import Segment, Word

#: a silence between two words at least this long always ends a segment (seconds)
PAUSE_SECONDS = 0.8
#: the longest a segment may be (seconds)
MAX_SECONDS = 15.0
#: languages written without spaces between words: their words are joined without one
NO_SPACE_LANGUAGES = frozenset({"zh", "ja", "th", "lo", "my", "km", "yue", "bo"})
#: languages whose subtitle lines hold fewer (wide) characters
_NARROW_LINES = frozenset({"zh", "ja", "yue", "ko"})

_SENTENCE_END = frozenset(".?!…。？！．｡؟۔।॥။።‼⁇⁈⁉")
_CLAUSE_END = frozenset(",;:—–、，；：")
_STRONG_CLAUSE_END = frozenset(";:—–；：")
_CLOSERS = "\"'”’»)]}」』）】›"
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st jr sr vs etc approx dept est fig inc ltd co no nr vol ca cf al gen col lt sgt "
    "capt rev hon ave blvd mt ft".split()
)
_DOTTED = re.compile(r"(?:\w\.)+\w")  # U.S, e.g, i.e (the final "." removed)
# English words that start a new phrase (a good place to cut before) and words a line should not end on
_CONJUNCTIONS = frozenset(
    "and but or so because which who whom whose that when while where although though if unless until "
    "since whereas then nor yet as".split()
)
_PREPOSITIONS = frozenset(
    "in on at to for with from of about into after before by through during without under over between "
    "against among across".split()
)
_NO_LINE_END = frozenset(
    "a an the to of in on at for with by from my your his her its our their this these those and or but "
    "mr. mrs. ms. dr.".split()
)
_AUXILIARIES = frozenset(
    "will would can could shall should may might must is are was were be been has have had".split()
)


def no_spaces(language: str | None) -> bool:
    """Whether words of `language` are written without spaces between them (Chinese, Japanese, Thai…)."""
    return language is not None and language.lower().split("-")[0] in NO_SPACE_LANGUAGES


def line_width(language: str | None) -> int:
    """The most characters a subtitle line holds: 42, or 16 for Chinese, Japanese and Korean."""
    return 16 if language and language.lower().split("-")[0] in _NARROW_LINES else 42


def max_chars(language: str | None) -> int:
    """The most characters a segment holds: two subtitle lines."""
    return 2 * line_width(language)


def separator(language: str | None) -> str:
    return "" if no_spaces(language) else " "


def join_words(words: Sequence[Word], language: str | None = None) -> str:
    """The text of these words: joined with single spaces (none for languages written without them);
    words without text are left out."""
    return separator(language).join(w.text for w in words if w.text)


def text_matches_words(segment: Segment, language: str | None = None) -> bool:
    """Whether the segment's text is still its words joined (spacing aside), i.e. not changed by a user."""
    if no_spaces(language):
        return "".join(segment.text.split()) == "".join(join_words(segment.words, language).split())
    return " ".join(segment.text.split()) == join_words(segment.words, language)


def _bare(text: str) -> str:
    return text.rstrip(_CLOSERS)


def ends_sentence(word: Word, following: Word | None = None) -> bool:
    """Whether `word` ends a sentence (given the word after it, if any)."""
    text = _bare(word.text)
    if not text:
        return False
    last = text[-1]
    if last in _SENTENCE_END and last != ".":
        return True
    if last != ".":
        return False
    if text.endswith("..."):
        return True
    core = text[:-1].lstrip("\"'“‘«([{¿¡")
    if not core or core.lower() in _ABBREVIATIONS or _DOTTED.fullmatch(core):
        return False
    if len(core) == 1 and core.isalpha() and core.isupper():  # an initial: "J. Smith"
        return False
    return not (following is not None and following.text[:1].islower())


def _english(language: str | None) -> bool:
    return language is None or language.lower().split("-")[0] == "en"


def boundary_score(words: Sequence[Word], k: int, language: str | None = None) -> float:
    """How good a place to cut is between words[k-1] and words[k] (higher is better), from punctuation,
    the words around it and the pause there. Balance of the pieces is left to the caller."""
    before, after = words[k - 1], words[k]
    text = _bare(before.text)
    score = 0.0
    if text:
        last = text[-1]
        if last in _SENTENCE_END:
            score += 4.0
        elif last in _STRONG_CLAUSE_END:
            score += 3.0
        elif last in _CLAUSE_END:
            score += 2.5
    if _english(language):
        next_word = after.text.lower().strip("\"'“‘«(")
        if next_word in _CONJUNCTIONS:
            score += 1.5
        elif next_word in _PREPOSITIONS:
            score += 0.75
        if before.text.lower() in _NO_LINE_END:
            score -= 2.0
        elif before.text.lower() in _AUXILIARIES:
            score -= 1.0
    gap = after.start - before.end
    if gap > 0:
        score += 3.0 * min(gap, 1.0)
    return score


class Cutter:
    """Cutting one stream of words into pieces that fit (`fits`: at most `width` characters and `seconds`
    long; subclasses may ask more); prefix sums make every width O(1)."""

    def __init__(self, words: Sequence[Word], language: str | None, width: int, seconds: float) -> None:
        self.words = words
        self.language = language
        self.width = width
        self.seconds = seconds
        self.sep = len(separator(language))
        self.prefix = [0]
        for w in words:
            self.prefix.append(self.prefix[-1] + len(w.text) + self.sep)

    def chars(self, lo: int, hi: int) -> int:
        return max(0, self.prefix[hi] - self.prefix[lo] - self.sep)

    def fits(self, lo: int, hi: int) -> bool:
        return hi - lo <= 1 or (self.chars(lo, hi) <= self.width and self.duration(lo, hi) <= self.seconds)

    def duration(self, lo: int, hi: int) -> float:
        return self.words[hi - 1].end - self.words[lo].start

    def split(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """[lo, hi) cut into pieces that fit, in order."""
        out: list[tuple[int, int]] = []
        stack = [(lo, hi)]
        while stack:
            a, b = stack.pop()
            if self.fits(a, b):
                out.append((a, b))
                continue
            if self.chars(a, b) > 3 * self.width or self.duration(a, b) > 3 * self.seconds:
                k = self._greedy(a, b)  # far too long: take a full piece off the front
            else:
                k = self._balanced(a, b)
            stack.append((k, b))
            stack.append((a, k))
        return out

    def _small(self, a: int, b: int) -> float:
        """Penalty for a piece too short to stand alone."""
        return 2.0 if b - a < 3 else 0.0

    def _balanced(self, a: int, b: int) -> int:
        total = max(1, self.chars(a, b))
        best, best_score = a + 1, float("-inf")
        for k in range(a + 1, b):
            imbalance = abs(self.chars(a, k) - self.chars(k, b)) / total
            score = boundary_score(self.words, k, self.language) - 3.0 * imbalance
            score -= self._small(a, k) + self._small(k, b)
            if score > best_score:
                best, best_score = k, score
        return best

    def _greedy(self, a: int, b: int) -> int:
        far = a + 1
        while far < b and self.fits(a, far + 1):
            far += 1
        best, best_score = far, float("-inf")
        for k in range(a + 1, min(far, b - 1) + 1):
            emptiness = self.chars(k, far) / self.width  # prefer a full piece
            score = boundary_score(self.words, k, self.language) - 2.0 * emptiness - self._small(a, k)
            if score > best_score:
                best, best_score = k, score
        return best


def cut_words(
    words: Sequence[Word],
    language: str | None = None,
    *,
    width: int | None = None,
    seconds: float = MAX_SECONDS,
) -> list[tuple[int, int]]:
    """Index ranges [lo, hi) cutting `words` at sentence ends and pauses, then at phrase boundaries until
    each piece is at most `width` characters (default: two subtitle lines) and `seconds` long."""
    pieces = Cutter(words, language, max_chars(language) if width is None else width, seconds)
    out: list[tuple[int, int]] = []
    start = 0
    for i in range(len(words)):
        following = words[i + 1] if i + 1 < len(words) else None
        if following is not None and not (
            ends_sentence(words[i], following) or following.start - words[i].end >= PAUSE_SECONDS
        ):
            continue
        out.extend(pieces.split(start, i + 1))
        start = i + 1
    return out


def in_time_order(words: Sequence[Word]) -> list[Word]:
    """The words with none starting before an earlier one has ended: such a word starts at that end
    instead (and ends there too if it ended earlier still). Words that do not overlap are kept as they are."""
    out: list[Word] = []
    reached = float("-inf")
    for word in words:
        if word.start < reached:
            word = Word(reached, max(word.end, reached), word.text, word.probability)
        out.append(word)
        reached = max(reached, word.end)
    return out


def _segments_of(words: Sequence[Word], language: str | None, speaker: str | None) -> list[Segment]:
    words = in_time_order(words)
    result = []
    for lo, hi in cut_words(words, language):
        piece = tuple(words[lo:hi])
        result.append(Segment(piece[0].start, piece[-1].end, join_words(piece, language), piece, speaker))
    return result


def resegment(
    segments: Sequence[Segment],
    language: str | None = None,
    *,
    keep_edits: bool = False,
    keep_ends: bool = False,
) -> list[Segment]:
    """Sentence-sized segments with the same words, in the same order (see the module docstring)."""
    out: list[Segment] = []
    run: list[Word] = []
    speaker: str | None = None

    def flush() -> None:
        if run:
            out.extend(_segments_of(run, language, speaker))
            run.clear()

    for segment in segments:
        if not segment.words or (keep_edits and not text_matches_words(segment, language)):
            flush()
            out.append(segment)
            continue
        if keep_ends or segment.speaker != speaker:
            flush()
        speaker = segment.speaker
        run.extend(segment.words)
    flush()
    return out
