"""The offline summary: extractive, without a model, a key or the network — every sentence it shows is
taken word for word from the transcript.

- Sentences: each segment's text is split at sentence punctuation (. ! ? … and 。！？; not after a
  few abbreviations, nor before a lower-case letter); a sentence that a segment leaves unfinished goes on
  into the next segment (up to JOIN_WORDS words, same speaker); a sentence longer than MAX_WORDS (Whisper
  tiny sometimes writes no punctuation at all) is cut into pieces of about CUT_WORDS words. Each keeps the
  moment it starts (its segment's start, or its first word's when the sentence starts inside a segment).
  Text spanning two segments reads as in the transcript with the segments joined by a space.
- Representative sentences: TF-IDF vectors of the sentences (content terms of chapters.term_surfaces:
  Unicode words, casefolded, stopwords of en/de/fr/es/pt left out, plurals lightly folded, character
  bigrams for scripts without spaces) and continuous LexRank (PageRank over the cosine similarities,
  damping 0.85) within each chapter (chapters.lexical_chapters), computed on the sparse term matrix
  (X·Xᵀ is never formed), so an hour takes well under a second. The number of sentences grows slowly
  with the length (summary_length: 5 for 5 minutes, 13 for an hour, at most 15); they are shared out
  among the chapters by length (each chapter at least one while there are enough), and picked by maximal
  marginal relevance so that no two say the same thing (cosine ≥ DUPLICATE never both). Sentences
  shorter than MIN_WORDS, and questions (half weight), are rarely chosen. Key points are the same choice
  as bullets with their moments; minutes take a shorter summary and then key points that add to it.
- Action items: sentences that commit someone to something — modal and future patterns (English first;
  German, French, Spanish, Portuguese and Afrikaans too), "let's", requests ("can you send…", "please
  check…"), "action item", "follow up", deadlines ("by Friday") — scored, the best ACTION_LIMIT listed in
  time order, each with its owner when the sentence names one ("Thandi will send…", "Pieter, can you…") or
  else the segment's speaker unless the sentence is said to someone else ("you will…"), and its deadline
  ("by Friday") or date ("on Monday") when it says one. Meeting talk ("let's start") is left out.
- The user's instruction: offline cannot follow free text. All it does with it is keep it with the
  summary and favour sentences containing its words (words of instructions themselves — "focus",
  "summarise", "please" — and stopwords left out): within its chapter such a sentence comes before
  every sentence without them, chapters holding them get a larger share, and action items with them rank
  higher. "focus on the budget" favours budget sentences; words the transcript lacks change nothing.
- The few words of its own (headings of the minutes, "owner", "No action items found.") are in the
  transcript's language for en/de/fr/es/pt/af, English otherwise (LABELS).

Deterministic: equal scores are broken by position.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from iam_desktop.summaries.chapters import (
    NO_SPACES,
    STOPWORDS,
    guess_language,
    language_code,
    lexical_chapters,
    term_surfaces,
    terms,
)
from iam_desktop.summaries.model import (
    ACTION_ITEMS,
    CHAPTERS,
    KEY_POINTS,
    MINUTES,
    OFFLINE,
    PRESETS,
    SUMMARY,
    Chapter,
    Summary,
)
from iam_desktop.timefmt import clock
from iam_desktop.transcript import Segment

# --- sentences ------------------------------------------------------------------------------------------

#: a sentence longer than this (in words) is cut into pieces of about CUT_WORDS
MAX_WORDS = 40
CUT_WORDS = 25
#: an unfinished sentence is continued into the next segment while it stays this short
JOIN_WORDS = 30
#: a text without spaces (Chinese, Japanese) is cut every CUT_CHARS characters when longer than MAX_CHARS
MAX_CHARS = 120
CUT_CHARS = 60

_END = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s|$)|[。！？]+[」』”]*")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st sr sra jr vs etc e.g i.e z.b d.h bzw usw ca approx no nr vol fig dept inc ltd "
    "co mme mlle cf p.ex dra".split()
)


@dataclass(frozen=True)
class Sentence:
    """A sentence of the transcript: where it starts (seconds), its text as written, who said it."""

    start: float
    text: str
    speaker: str | None = None

    @property
    def words(self) -> int:
        return len(self.text.split())


def _pieces(text: str) -> list[tuple[int, str]]:
    """`text` split into sentences: (offset in text, sentence) with sentences stripped, in order."""
    cuts = [0]
    for match in _END.finditer(text):
        end = match.end()
        if match.group()[0] == ".":
            before = text[: match.start()].split()
            word = before[-1].casefold() if before else ""
            if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
        rest = text[end:].lstrip()
        if rest[:1].islower():
            continue
        cuts.append(end)
    cuts.append(len(text))
    pieces = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        chunk = text[a:b]
        stripped = chunk.strip()
        if any(c.isalnum() for c in stripped):
            pieces.append((a + len(chunk) - len(chunk.lstrip()), stripped))
    return [cut for offset, piece in pieces for cut in _cut_long(offset, piece)]


def _cut_long(offset: int, text: str) -> list[tuple[int, str]]:
    """A sentence of more than MAX_WORDS words cut into even pieces of about CUT_WORDS (at spaces), or a
    long text without spaces cut every CUT_CHARS characters."""
    words = list(re.finditer(r"\S+", text))
    if len(words) > MAX_WORDS:
        count = math.ceil(len(words) / CUT_WORDS)
        bounds = [round(i * len(words) / count) for i in range(count + 1)]
        return [(offset + words[a].start(), text[words[a].start() : words[b - 1].end()])
                for a, b in zip(bounds, bounds[1:], strict=False)]  # fmt: skip
    if len(words) <= 3 and len(text) > MAX_CHARS:
        return [(offset + i, text[i : i + CUT_CHARS].strip()) for i in range(0, len(text), CUT_CHARS)
                if text[i : i + CUT_CHARS].strip()]  # fmt: skip
    return [(offset, text)]


def _moment(segment: Segment, offset: int) -> float:
    """When the text at `offset` of the segment's text is said: the start of its word (from the words'
    timing when they match the text, else interpolated by words, or by characters in a text without
    spaces)."""
    if not segment.text[:offset].strip():
        return segment.start
    before = len(segment.text[:offset].split())
    total = len(segment.text.split())
    if len(segment.words) == total:
        return max(segment.start, segment.words[before].start)
    fraction = before / total if total >= 4 else offset / len(segment.text)
    return segment.start + max(0.0, segment.end - segment.start) * fraction


def split_sentences(segments: Sequence[Segment]) -> list[Sentence]:
    """The transcript's sentences in order (see the module's description)."""
    sentences: list[Sentence] = []
    pending: Sentence | None = None
    for segment in segments:
        pieces = _pieces(segment.text)
        for i, (offset, text) in enumerate(pieces):
            if (i == 0 and pending is not None and pending.speaker == segment.speaker
                    and pending.words + len(text.split()) <= JOIN_WORDS):  # fmt: skip
                current = Sentence(pending.start, f"{pending.text} {text}", pending.speaker)
            else:
                if pending is not None:
                    sentences.append(pending)
                current = Sentence(_moment(segment, offset), text, segment.speaker)
            pending = None
            if i == len(pieces) - 1 and not _END.search(text[-3:]):
                pending = current
            else:
                sentences.append(current)
    if pending is not None:
        sentences.append(pending)
    return sentences


# --- vectors and centrality -----------------------------------------------------------------------------


class _Matrix:
    """The sentences' L2-normalised TF-IDF vectors as a sparse matrix (CSR: indptr, cols, vals)."""

    def __init__(self, documents: list[list[str]]) -> None:
        vocabulary: dict[str, int] = {}
        counts: list[dict[int, int]] = []
        for words in documents:
            row: dict[int, int] = {}
            for word in words:
                column = vocabulary.setdefault(word, len(vocabulary))
                row[column] = row.get(column, 0) + 1
            counts.append(row)
        self.n = len(documents)
        self.width = max(1, len(vocabulary))
        self.indptr = np.zeros(self.n + 1, dtype=np.int64)
        self.indptr[1:] = np.cumsum([len(row) for row in counts])
        self.cols = np.fromiter((c for row in counts for c in sorted(row)), dtype=np.int64,
                                count=int(self.indptr[-1]))  # fmt: skip
        tf = np.fromiter((1 + math.log(row[c]) for row in counts for c in sorted(row)), dtype=np.float64,
                         count=int(self.indptr[-1]))  # fmt: skip
        df = np.bincount(self.cols, minlength=self.width)
        idf = np.log((1 + self.n) / (1 + df)) + 1
        self.rows = np.repeat(np.arange(self.n), np.diff(self.indptr))
        vals = tf * idf[self.cols]
        norms = np.sqrt(np.bincount(self.rows, weights=vals * vals, minlength=self.n))
        self.vals = vals / np.maximum(norms, 1e-12)[self.rows]

    def dense(self, i: int) -> np.ndarray:
        vector = np.zeros(self.width)
        a, b = self.indptr[i], self.indptr[i + 1]
        vector[self.cols[a:b]] = self.vals[a:b]
        return vector

    def similarities(self, i: int) -> np.ndarray:
        """Cosine similarity of every sentence to sentence i."""
        return np.bincount(self.rows, weights=self.vals * self.dense(i)[self.cols], minlength=self.n)

    def lexrank(self, a: int, b: int, damping: float = 0.85, iterations: int = 60) -> np.ndarray:
        """Continuous LexRank of sentences a..b-1 among themselves, scaled to mean 1."""
        n = b - a
        if n <= 1:
            return np.ones(n)
        lo, hi = self.indptr[a], self.indptr[b]
        rows, cols, vals = self.rows[lo:hi] - a, self.cols[lo:hi], self.vals[lo:hi]

        def product(u: np.ndarray) -> np.ndarray:  # (X·Xᵀ − self-similarity) · u, never forming X·Xᵀ
            across = np.bincount(cols, weights=vals * u[rows], minlength=self.width)
            return np.bincount(rows, weights=vals * across[cols], minlength=n) - self_similarity * u

        self_similarity = np.bincount(rows, weights=vals * vals, minlength=n)
        degree = product(np.ones(n))
        linked = degree > 1e-9
        safe_degree = np.where(linked, degree, 1.0)
        p = np.full(n, 1 / n)
        for _ in range(iterations):
            walked = product(np.where(linked, p / safe_degree, 0.0))
            new = (1 - damping) / n + damping * walked
            new /= new.sum()
            done = float(np.abs(new - p).sum()) < 1e-10
            p = new
            if done:
                break
        return p * n


# --- choosing sentences ---------------------------------------------------------------------------------

#: two sentences at least this similar (cosine) are near-duplicates: never both chosen
DUPLICATE = 0.5
#: maximal marginal relevance: the weight of a sentence's own score against its likeness to those chosen
MMR_LAMBDA = 0.7
#: each distinct word of the user's instruction in a sentence raises its score above those of all the
#: sentences without it in its chapter, and counts its words 1 + BOOST times when the summary is shared out
#: among the chapters (and action items are ranked)
BOOST = 1.5
#: sentences shorter than this (in words) are chosen only when there is nothing else
MIN_WORDS = 5
SUMMARY_MIN, SUMMARY_MAX = 3, 15


def summary_length(duration: float, available: int) -> int:
    """How many sentences to choose: ~5 for 5 minutes, ~13 for an hour, 3 to 15, and not more than half
    of the `available` sentences (at least one)."""
    minutes = max(duration / 60, 0.1)
    wanted = min(SUMMARY_MAX, max(SUMMARY_MIN, round(5 + 2.3 * math.log2(minutes / 5))))
    return max(1, min(wanted, math.ceil(available / 2)))


#: words of instructions themselves, not of the topic asked about
_INSTRUCTION_WORDS = frozenset(
    """focus focu focuses focusing focussing summary summarise summarize summarising summarizing
    highlight mention include emphasi emphasise emphasize please keep short brief detail point key list
    write make give concentrate main mainly especially particular particularly more less only bullet
    sentence word topic discussion discus discuss talk about attention important
    konzentriere fokus fokussiere zusammenfassung zusammenfassen bitte wichtig besonders
    concentre résumé résume résumer mets accent surtout importan
    céntrate enfócate resumen resume resumir importante especialmente
    foque foca resumo resuma focar""".split()
)
_ALL_STOPWORDS = frozenset().union(*STOPWORDS.values())


def instruction_terms(instruction: str | None) -> tuple[str, ...]:
    """The topic words of the user's instruction (in any of the languages), as terms."""
    if not instruction:
        return ()
    found: list[str] = []
    for term, surface in term_surfaces(instruction, None):
        word = surface.casefold()
        if word in _ALL_STOPWORDS or word in _INSTRUCTION_WORDS or term in _INSTRUCTION_WORDS:
            continue
        if term not in found:
            found.append(term)
    return tuple(found)


def _boosts(documents: list[list[str]], wanted: tuple[str, ...]) -> np.ndarray:
    """Per sentence: 1 + BOOST per instruction term it contains (a term of 4+ letters also as a prefix)."""
    boosts = np.ones(len(documents))
    if not wanted:
        return boosts
    for i, words in enumerate(documents):
        present = set(words)
        hits = sum(1 for w in wanted
                   if w in present or (len(w) >= 4 and any(t.startswith(w) for t in present)))  # fmt: skip
        boosts[i] += BOOST * hits
    return boosts


@dataclass
class _Analysis:
    """What every preset starts from."""

    sentences: list[Sentence]
    matrix: _Matrix
    chapters: tuple[Chapter, ...]
    chapter_of: list[int]
    scores: np.ndarray
    boosts: np.ndarray
    duration: float


def _analyse(segments: Sequence[Segment], language: str | None, instruction: str | None) -> _Analysis | None:
    """Sentences, vectors, chapters and scores of a transcript (None when it has no sentences)."""
    sentences = split_sentences(segments)
    if not sentences:
        return None
    documents = [terms(s.text, language) for s in sentences]
    matrix = _Matrix(documents)
    chapters = lexical_chapters(segments, language=language) or (Chapter(sentences[0].start, ""),)
    starts = [c.start for c in chapters]
    chapter_of = [max(0, bisect.bisect_right(starts, s.start) - 1) for s in sentences]
    boosts = _boosts(documents, instruction_terms(instruction))
    quality = np.array([min(1.0, s.words / 8) * (0.5 if s.text.rstrip().endswith(("?", "？")) else 1.0)
                        for s in sentences])  # fmt: skip
    scores = np.zeros(len(sentences))
    a = 0
    for b in range(1, len(sentences) + 1):  # LexRank within each run of sentences of one chapter
        if b == len(sentences) or chapter_of[b] != chapter_of[a]:
            scores[a:b] = matrix.lexrank(a, b) * quality[a:b]
            # the instruction's words: each lifts a sentence above every sentence without it
            scores[a:b] += (boosts[a:b] - 1) / BOOST * scores[a:b].max() * quality[a:b]
            a = b
    duration = max(s.end for s in segments) - min(s.start for s in segments)
    if duration <= 0:
        duration = sum(s.words for s in sentences) / 2.5
    return _Analysis(sentences, matrix, chapters, chapter_of, scores, boosts, duration)


def _quotas(weights: list[float], count: int) -> list[int]:
    """`count` shared out in proportion to `weights` (largest remainder; each at least one while count
    allows, the heaviest first)."""
    n = len(weights)
    order = sorted(range(n), key=lambda i: (-weights[i], i))
    if count <= n:
        quotas = [0] * n
        for i in order[:count]:
            quotas[i] = 1
        return quotas
    total = sum(weights) or 1.0
    spare = count - n
    shares = [spare * w / total for w in weights]
    quotas = [1 + int(s) for s in shares]
    by_remainder = sorted(range(n), key=lambda i: (-(shares[i] - int(shares[i])), i))
    for i in by_remainder[: count - sum(quotas)]:
        quotas[i] += 1
    return quotas


def _choose(analysis: _Analysis, count: int, exclude: frozenset[int] = frozenset()) -> list[int]:
    """Indices of `count` representative sentences, in time order: shared among the chapters by their
    length (favouring chapters the instruction's words occur in), picked by MMR without near-duplicates."""
    sentences, scores = analysis.sentences, analysis.scores
    candidates = [i for i in range(len(sentences)) if i not in exclude and sentences[i].words >= MIN_WORDS]
    if not candidates:
        candidates = [i for i in range(len(sentences)) if i not in exclude]
    top = max((scores[i] for i in candidates), default=0.0) or 1.0
    n_chapters = len(analysis.chapters)
    weights = [0.0] * n_chapters
    for i, sentence in enumerate(sentences):
        weights[analysis.chapter_of[i]] += sentence.words * analysis.boosts[i]
    quotas = _quotas(weights, min(count, len(candidates)))
    likeness = np.zeros(len(sentences))
    chosen: list[int] = []

    def pick(pool: list[int]) -> bool:
        best, value = -1, -math.inf
        for i in pool:
            if i in chosen or likeness[i] >= DUPLICATE:
                continue
            mmr = MMR_LAMBDA * scores[i] / top - (1 - MMR_LAMBDA) * likeness[i]
            if mmr > value:
                best, value = i, mmr
        if best < 0:
            return False
        chosen.append(best)
        np.maximum(likeness, analysis.matrix.similarities(best), out=likeness)
        return True

    for chapter, quota in enumerate(quotas):
        pool = [i for i in candidates if analysis.chapter_of[i] == chapter]
        for _ in range(quota):
            if not pick(pool):
                break
    while len(chosen) < min(count, len(candidates)) and pick(candidates):
        pass
    return sorted(chosen)


# --- action items ---------------------------------------------------------------------------------------

_DAYS = {
    "en": "monday|tuesday|wednesday|thursday|friday|saturday|sunday",
    "de": "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag",
    "fr": "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche",
    "es": "lunes|martes|miércoles|jueves|viernes|sábado|domingo",
    "pt": "(?:segunda|terça|quarta|quinta|sexta)(?:-feira)?|sábado|domingo",
    "af": "maandag|dinsdag|woensdag|donderdag|vrydag|saterdag|sondag",
}
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_TASK_VERBS = (
    "send|email|e-mail|mail|call|phone|ring|check|book|prepare|review|update|schedule|draft|share|contact|"
    "finish|complete|fix|organi[sz]e|confirm|order|arrange|set up|look into|circulate|forward|invite|sign|"
    "submit|deliver|buy|print|test|ship|publish|upload|pay|collect|remind|write up|put together|find out|"
    "get back to|reach out to|talk to|speak to|ask|bring|move|cancel|clean|install|post"
)


@dataclass(frozen=True)
class _Language:
    """How one language says that something is to be done.

    Attributes:
        patterns: (regular expression, weight): a sentence scores the highest weight it matches.
        deadline: "by Friday" and the like (scores 1 more, and is shown as the item's due date).
        first_person: "I", "we", "let's": the speaker is the owner.
        others: "you", "he", "they": the speaker is not the owner.
    """

    patterns: tuple[tuple[str, float], ...]
    deadline: str
    first_person: str
    others: str


_LANGUAGES: dict[str, _Language] = {
    "en": _Language(
        patterns=(
            (r"\b(?:i|we)\s+(?:will|shall|must|should|need to|have to|(?:'ve\s+)?got to|am going to|"
             r"are going to)\b", 2),
            (r"\b(?:i|we)'(?:ll|m going to|re going to)\b", 2),
            (r"\b(?:you|he|she|they)(?:'ll|\s+will)\b", 1.5),
            (r"\blet'?s\b|\blet us\b", 2),
            (r"\baction items?\b|\bfollow[- ]?ups?\b|\bto-?dos?\b|\bnext steps?\b|\btake care of\b|"
             r"\bin charge of\b|\bresponsible for\b|\bassigned to\b|\bdeadline\b|\bdue\b(?!\s+to\b)", 2),
            (rf"\b(?:can|could|would|will) you(?: please)?\s+(?:{_TASK_VERBS})\b", 2),
            (rf"\bplease\s+(?:{_TASK_VERBS})\b|^\W*(?:please\s+)?(?:{_TASK_VERBS}|make sure|remember to|"
             rf"don't forget)\b", 2),
            (r"\b(?:must|need to|needs to|have to|has to|should|will|shall|gonna)\b|"
             r"(?<!was )(?<!were )\bgoing to\b|'ll\b", 1),
        ),
        deadline=rf"\b(?:by|before|until|till|no later than)\s+(?:the\s+)?(?:end of\s+(?:the\s+)?)?"
                 rf"(?:next\s+|this\s+)?(?:{_DAYS['en']}|{_MONTHS}|tomorrow|tonight|today|noon|eod|week|month|"
                 rf"quarter|\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of\s+(?:{_MONTHS}))?)\b",
        first_person=r"i|we|i'll|we'll|i'm|we're|let's|let us|me|us|my|our",
        others=r"you|he|she|they",
    ),
    "de": _Language(
        patterns=(
            (r"\b(?:ich|wir)\s+(?:werde|werden|muss|müssen|sollte|sollten|soll|sollen|kümmere|kümmern)\b", 2),
            (r"\blass(?:t)? uns\b|\bbitte\s+\w+|\baufgabe\b", 2),
            (r"\b(?:wird|werden|werde|muss|müssen|musst|soll|sollen|sollte|sollten)\b", 1),
        ),
        deadline=rf"\b(?:bis|vor)\s+(?:zum\s+|spätestens\s+|nächsten?\s+|ende\s+)?(?:{_DAYS['de']}|morgen|"
                 rf"ende|nächste\w*|\d{{1,2}}\.)",
        first_person=r"ich|wir|uns",
        others=r"du|ihr|er|sie",
    ),
    "fr": _Language(
        patterns=(
            (r"\b(?:je|j'|nous|on)\s*(?:vais|allons|va|dois|devons|doit|devrions)\b|\bil faut\b", 2),
            (r"\b(?:pouvez-vous|peux-tu|merci de)\b", 2),
            (r"\b(?:va|vais|vas|allons|allez|vont|doit|dois|devons|devez|doivent|faut|devrait)\b", 1),
        ),
        deadline=rf"\b(?:d'ici|avant|pour)\s+(?:le\s+|la\s+)?(?:(?:{_DAYS['fr']}|demain|semaine prochaine|"
                 rf"\d{{1,2}}\b)|fin (?:du mois|de la semaine|de l'année|\w+))",
        first_person=r"je|j'|nous|on",
        others=r"tu|vous|il|elle|ils|elles",
    ),
    "es": _Language(
        patterns=(
            (r"\b(?:vamos a|voy a|tenemos que|tengo que|hay que|debemos|necesitamos)\b", 2),
            (r"\b(?:puedes|podrías|puede usted|por favor)\b", 1.5),
            (r"\b(?:va a|van a|tiene que|tienen que|debe|deben|debería|deberíamos|necesita)\b", 1),
        ),
        deadline=rf"\b(?:para|antes del?|hasta)\s+(?:el\s+)?(?:{_DAYS['es']}|mañana|fin de|la próxima)",
        first_person=r"yo|nosotros|nosotras|vamos|voy|tengo|tenemos|debemos|necesitamos",
        others=r"tú|usted|ustedes|él|ella|ellos|ellas",
    ),
    "pt": _Language(
        patterns=(
            (r"\b(?:vamos|vou|temos que|tenho que|temos de|tenho de|precisamos|preciso|devemos)\b", 2),
            (r"\b(?:podes|pode|você pode|por favor)\b", 1),
            (r"\b(?:vai|vão|tem que|têm que|tem de|precisa|deve|devem|deveria)\b", 1),
        ),
        deadline=rf"\b(?:até|antes de|para)\s+(?:a\s+|o\s+)?(?:{_DAYS['pt']}|amanhã|fim|final|próxima)",
        first_person=r"eu|nós|vamos|vou|temos|tenho|precisamos|preciso|devemos",
        others=r"você|vocês|ele|ela|eles|elas|tu",
    ),
    "af": _Language(
        patterns=(
            (r"\b(?:ek|ons)\s+(?:sal|moet|gaan)\b|\blaat ons\b", 2),
            (r"\b(?:sal|moet|gaan)\b", 1),
        ),
        deadline=rf"\b(?:teen|voor)\s+(?:die\s+)?(?:{_DAYS['af']}|môre|more|volgende week|einde)",
        first_person=r"ek|ons",
        others=r"jy|julle|hy|sy|hulle",
    ),
}  # fmt: skip
#: a date said without "by" ("on Monday", "next week", "the 14th of March"): half a point, shown as due
_DATES = (rf"\b(?:on\s+)?(?:next\s+|this\s+)?(?:{_DAYS['en']})\b|\btomorrow\b|\bnext week\b|"
          rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+of\s+(?:{_MONTHS})\b|\b(?:{_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?\b")
#: meeting talk that sounds like a plan but is not one ("let's start", "let's see")
_NOT_ACTIONS = re.compile(
    r"\blet'?s\s+(?:start|begin|get started|move on|wrap up|see|say|talk about|hear|look at|turn to|recap|"
    r"go back|imagine|be honest|face it|call it a day)\b",
    re.IGNORECASE,
)
#: a sentence scoring at least this is an action item; at most ACTION_LIMIT are listed
ACTION_SCORE = 2.0
ACTION_LIMIT = 15

#: "NAME will …", "NAME to send …", "NAME, can you …" at the start of a sentence name the owner
_OWNER_VERBS = (
    rf"will|'ll|shall|is going to|needs to|has to|must|should|is to|to (?:{_TASK_VERBS})|can|wird|muss|soll|"
    r"kümmert sich|va|doit|va a|tiene que|debe|vai|tem que|deve|precisa|sal|moet"
)
_NAME = r"[^\W\d_][\w'-]*"
_OWNER = re.compile(
    rf"^\W*(?:(?:and|so|then|now|okay|ok|und|dann|also|et|puis|alors|y|entonces|e|então|en|dan)[\s,]+)?"
    rf"(?P<name>{_NAME}(?:\s+{_NAME})?)(?:\s+(?:{_OWNER_VERBS})\b|\s*,\s*(?:can|could|would|will|please|"
    rf"kannst|könntest|bitte|peux-tu|pouvez-vous|puedes|podrías|podes|pode|kan)\b)",
    re.IGNORECASE,
)
_TRAILING_NAME = re.compile(rf",\s*(?P<name>{_NAME})\s*[?.!]*\s*$")
_REQUEST = re.compile(r"\b(?:can|could|would|will) you\b|\bplease\b", re.IGNORECASE)
_NOT_NAMES = frozenset(
    "everyone everybody someone somebody nobody anyone anybody everything something nothing it this that "
    "there which who jemand alle niemand quelqu'un personne alguien nadie alguém ninguém todos please "
    "thanks thank okay ok iemand almal niemand "
    # the pronouns, for the languages without stopwords here
    "ek ons jy julle hy sy hulle dit ngi si u ba".split()
)


@dataclass(frozen=True)
class ActionItem:
    """A sentence that commits someone to something, its owner and deadline when said."""

    sentence: Sentence
    owner: str | None
    due: str | None


def _is_name(words: str) -> bool:
    return all(w[:1].isupper() and w.casefold() not in _ALL_STOPWORDS and w.casefold() not in _NOT_NAMES
               for w in words.split())  # fmt: skip


def _named_owner(text: str) -> str | None:
    """The person a sentence gives a task to by name: "Thandi will send…", "Pieter, can you…", "Thandi to
    check…", "Can you send it, Pieter?"."""
    match = _OWNER.match(text)
    if match and _is_name(match.group("name")):
        return match.group("name")
    trailing = _TRAILING_NAME.search(text)
    if trailing and _is_name(trailing.group("name")) and _REQUEST.search(text):
        return trailing.group("name")
    return None


class _ActionRules:
    """The action-item rules of English and of the transcript's language (of all, when it is not known)."""

    def __init__(self, language: str | None) -> None:
        codes = ["en"] + ([language] if language in _LANGUAGES and language != "en" else [])
        if language is None:
            codes = list(_LANGUAGES)
        rules = [_LANGUAGES[code] for code in codes]
        self.patterns = [(re.compile(p, re.IGNORECASE), w) for r in rules for p, w in r.patterns]
        self.deadlines = [re.compile(r.deadline, re.IGNORECASE) for r in rules]
        self.dates = re.compile(_DATES, re.IGNORECASE)
        self.first_person = re.compile(rf"\b(?:{'|'.join(r.first_person for r in rules)})\b", re.IGNORECASE)
        self.others = re.compile(rf"\b(?:{'|'.join(r.others for r in rules)})\b", re.IGNORECASE)

    def score(self, text: str) -> tuple[float, str | None]:
        """How much `text` reads like an action item, and its deadline (or a date it names) if any."""
        weights = [w for p, w in self.patterns if p.search(text)]
        if _named_owner(text) is not None:
            weights.append(2.0)
        if _NOT_ACTIONS.search(text):
            weights = [w - 2 for w in weights]
        score = max(weights, default=0.0) + 0.5 * (sum(1 for w in weights if w >= 2) > 1)
        due = next((m.group() for p in self.deadlines if (m := p.search(text))), None)
        if due is not None:
            score += 1
        elif (date := self.dates.search(text)) is not None:
            score += 0.5
            due = date.group()
        if text.rstrip().endswith(("?", "？")) and not (_REQUEST.search(text) or _named_owner(text)):
            score *= 0.5
        return score, due

    def owner(self, sentence: Sentence, text: str) -> str | None:
        """Who is to do it: a name the sentence gives it to, else the speaker of a sentence in the first
        person or of one with no other subject."""
        named = _named_owner(text)
        if named is not None:
            return named
        if sentence.speaker and (self.first_person.search(text) or not self.others.search(text)):
            return sentence.speaker
        return None


def action_items(
    sentences: Sequence[Sentence],
    language: str | None,
    boosts: np.ndarray | None = None,
    matrix: _Matrix | None = None,
) -> list[ActionItem]:
    """The sentences that say something will or must be done: the best ACTION_LIMIT (ranked by score,
    times `boosts`; near-duplicates by `matrix` left out), in time order."""
    rules = _ActionRules(language_code(language))
    found: list[tuple[float, int, str | None]] = []
    for i, sentence in enumerate(sentences):
        score, due = rules.score(sentence.text.replace("’", "'"))
        if score >= ACTION_SCORE:
            found.append((score * (boosts[i] if boosts is not None else 1.0), i, due))
    found.sort(key=lambda item: (-item[0], item[1]))
    chosen: list[tuple[int, str | None]] = []
    likeness = np.zeros(len(sentences))
    for _, i, due in found:
        if len(chosen) >= ACTION_LIMIT:
            break
        if matrix is not None:
            if likeness[i] >= DUPLICATE:
                continue
            np.maximum(likeness, matrix.similarities(i), out=likeness)
        chosen.append((i, due))
    return [ActionItem(sentences[i], rules.owner(sentences[i], sentences[i].text.replace("’", "'")), due)
            for i, due in sorted(chosen)]  # fmt: skip


# --- the text -------------------------------------------------------------------------------------------

#: the few words of the summary's own, in the transcript's language (English for the others)
LABELS: dict[str, dict[str, str]] = {
    "en": {"summary": "Summary", "key": "Key points", "actions": "Action items", "chapters": "Chapters",
           "none": "No action items found.", "owner": "owner", "due": "due",
           "empty": "There was nothing to summarise: the transcript is empty."},
    "de": {"summary": "Zusammenfassung", "key": "Kernpunkte", "actions": "Aufgaben", "chapters": "Kapitel",
           "none": "Keine Aufgaben gefunden.", "owner": "zuständig", "due": "fällig",
           "empty": "Es gab nichts zusammenzufassen: das Transkript ist leer."},
    "fr": {"summary": "Résumé", "key": "Points clés", "actions": "Actions à mener", "chapters": "Chapitres",
           "none": "Aucune action à mener trouvée.", "owner": "responsable", "due": "échéance",
           "empty": "Il n'y avait rien à résumer : la transcription est vide."},
    "es": {"summary": "Resumen", "key": "Puntos clave", "actions": "Tareas", "chapters": "Capítulos",
           "none": "No se encontraron tareas.", "owner": "responsable", "due": "plazo",
           "empty": "No había nada que resumir: la transcripción está vacía."},
    "pt": {"summary": "Resumo", "key": "Pontos-chave", "actions": "Ações", "chapters": "Capítulos",
           "none": "Nenhuma ação encontrada.", "owner": "responsável", "due": "prazo",
           "empty": "Não havia nada para resumir: a transcrição está vazia."},
    "af": {"summary": "Opsomming", "key": "Kernpunte", "actions": "Aksiepunte", "chapters": "Hoofstukke",
           "none": "Geen aksiepunte gevind nie.", "owner": "eienaar", "due": "sperdatum",
           "empty": "Daar was niks om op te som nie: die transkripsie is leeg."},
}  # fmt: skip


def _labels(language: str | None) -> dict[str, str]:
    return LABELS.get(language or "en", LABELS["en"])


def _paragraphs(analysis: _Analysis, chosen: list[int], most: int = 4) -> str:
    """The chosen sentences as prose: a paragraph per chapter, neighbours merged down to at most `most`."""
    groups: list[list[int]] = []
    for i in chosen:
        if groups and analysis.chapter_of[groups[-1][-1]] == analysis.chapter_of[i]:
            groups[-1].append(i)
        else:
            groups.append([i])
    while len(groups) > most:
        sizes = [len(a) + len(b) for a, b in zip(groups, groups[1:], strict=False)]
        j = sizes.index(min(sizes))
        groups[j : j + 2] = [groups[j] + groups[j + 1]]
    return "\n\n".join(_prose([analysis.sentences[i].text for i in group]) for group in groups)


def _prose(texts: list[str]) -> str:
    """Sentences one after another: a space between them, none after a sentence of a script without
    spaces ("。")."""
    out = texts[0]
    for text in texts[1:]:
        out += ("" if NO_SPACES.search(out[-1]) or out[-1] in "。！？」』" else " ") + text
    return out


def _bullets(analysis: _Analysis, chosen: list[int]) -> str:
    return "\n".join(f"- [{clock(analysis.sentences[i].start)}] {analysis.sentences[i].text}" for i in chosen)


def _action_lines(items: list[ActionItem], labels: dict[str, str]) -> str:
    if not items:
        return labels["none"]
    lines = []
    for item in items:
        notes = [f"{labels['owner']}: {item.owner}"] if item.owner else []
        notes += [f"{labels['due']}: {item.due}"] if item.due else []
        extra = f" — {'; '.join(notes)}" if notes else ""
        lines.append(f"- [{clock(item.sentence.start)}] {item.sentence.text}{extra}")
    return "\n".join(lines)


def _chapter_lines(chapters: tuple[Chapter, ...]) -> str:
    return "\n".join(f"[{clock(c.start)}] {c.title}" for c in chapters)


def offline_summary(
    segments: Sequence[Segment],
    preset: str,
    *,
    language: str | None = None,
    instruction: str | None = None,
) -> Summary:
    """An extractive summary of the transcript for one of PRESETS (see the module's description): its
    text, and its chapters for CHAPTERS and MINUTES. `language`: the transcript's ("pt-BR" and the like
    are fine; None: guessed from its stopwords). An empty transcript gives a text saying so."""
    if preset not in PRESETS:
        raise ValueError(f"unknown preset {preset!r}; one of {', '.join(PRESETS)}")
    instruction = instruction.strip() if instruction and instruction.strip() else None
    segments = [s for s in segments if s.text.strip()]
    code = language_code(language) or guess_language(" ".join(s.text for s in segments[:200]))
    labels = _labels(code)
    analysis = _analyse(segments, code, instruction)
    if analysis is None:
        return Summary(preset=preset, engine=OFFLINE, text=labels["empty"], instruction=instruction)
    count = summary_length(analysis.duration, len(analysis.sentences))
    chapters: tuple[Chapter, ...] = ()
    if preset == SUMMARY:
        text = _paragraphs(analysis, _choose(analysis, count))
    elif preset == KEY_POINTS:
        text = _bullets(analysis, _choose(analysis, count))
    elif preset == ACTION_ITEMS:
        text = _action_lines(action_items(analysis.sentences, code, analysis.boosts, analysis.matrix), labels)
    elif preset == CHAPTERS:
        chapters = analysis.chapters
        text = _chapter_lines(chapters)
    else:
        assert preset == MINUTES
        chapters = analysis.chapters
        brief = _choose(analysis, max(2, round(count / 2.5)))
        key = _choose(analysis, count, exclude=frozenset(brief)) or brief
        items = action_items(analysis.sentences, code, analysis.boosts, analysis.matrix)
        text = "\n\n".join([
            f"{labels['summary']}\n{_paragraphs(analysis, brief, most=1)}",
            f"{labels['key']}\n{_bullets(analysis, key)}",
            f"{labels['actions']}\n{_action_lines(items, labels)}",
            f"{labels['chapters']}\n{_chapter_lines(chapters)}",
        ])  # fmt: skip
    return Summary(preset=preset, engine=OFFLINE, text=text, chapters=chapters, instruction=instruction)
