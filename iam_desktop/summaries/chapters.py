"""Chapters without a model: where the vocabulary of the talk changes (lexical cohesion, after Hearst's
TextTiling), each chapter titled by its most distinctive words — plus the word handling the offline
summary shares (content terms of any language, stopwords, a guess of the language).

How chapters are found: the transcript's content terms (stopwords left out) are cut into blocks of
BLOCK_TERMS; at every gap between blocks the TF-IDF vectors of up to WINDOW blocks on either side (as
many on both sides, fewer near the ends) are compared (cosine); the curve is smoothed, and a gap's depth
is how far it lies below the nearest peaks on both sides. The deepest valleys become chapter starts,
deepest first, as long as they are deep enough (at least MIN_DEPTH and the mean valley plus
DEPTH_CUTOFF standard deviations), at least `min_seconds` from every other start and from the end, and
no more than `max_chapters` in all. A start is put at the segment start within a block of its gap where
the REFINE_WINDOW blocks before and after it differ most (so a chapter starts where a sentence does).
Titles: the chapter's 3 terms with the highest TF-IDF against the whole transcript (a term counts for a
chapter by how often it occurs there and by the share of all its occurrences that fall there), shown in
their most common spelling, the first capitalised: "Budget, loan, councillors". A chapter with fewer
than 2 such words takes its first ~8 words instead. Everything is plain Python and numpy: an hour takes
a few tens of milliseconds.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

import numpy as np

from iam_desktop.summaries.model import Chapter
from iam_desktop.transcript import Segment

# --- words ----------------------------------------------------------------------------------------------

#: short stopword lists (function words and fillers of speech) for the languages that have spaces and
#: enough of them to drown the content words; other languages rely on IDF alone
STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset("""
        a about above after again against all also am an and any are aren't as at be because been before
        being below between both but by can can't could couldn't did didn't do does doesn't doing don't
        down during each even few for from further get gets got had has have having he he's her here
        hers him his how i i'd i'll i'm i've if in into is isn't it it's its just know let's like lot me
        more most much my no nor not now of off oh ok okay on once one only or other our ours out over
        own quite really right said same say says she she's should so some such than that that's the
        their them then there there's these they they're this those through to too uh um under until up
        us very was wasn't we we'll we're we've well were what what's when where which while who why will
        with won't would yeah yes you you'll you're your yours going gonna want thing things actually
        everyone everybody anyone someone thank thanks please good today go goes went come came make made
        take took give gave tell told see saw look let back first last next new many every another way
        two three four five six seven eight nine ten hundred thousand
        """.split()),
    "de": frozenset("""
        aber alle allem allen aller alles als also am an auch auf aus bei bin bis bist da damit dann das
        dass daß dein dem den denn der des dich die dir doch dort du durch ein eine einem einen einer
        eines er es etwas euch euer für gegen gibt habe haben hat hatte hier ich ihm ihn ihnen ihr ihre
        im in ist ja jetzt kann kein keine man mal mein meine mich mir mit muss müssen nach nicht noch
        nun nur ob oder ohne schon sehr sein seine sich sie sind so soll sollen über um und uns unser
        unter vom von vor war waren was weil wenn wer werden wie wir wird wo wurde zu zum zur ganz eben
        halt genau naja äh ähm okay gut
        """.split()),
    "fr": frozenset("""
        a à ai alors as au aussi aux avait avec avez avoir avons bien c ça ce cela ces cet cette comme
        comment d dans de des donc du elle elles en encore est et était été être eu eux fait faire il ils
        j je l la là le les leur leurs lui m ma mais me même mes moi mon n ne nos notre nous on ont ou où
        par pas peu peut plus pour qu que quand qui s sa sans se ses si son sont sous sur t ta te tes toi
        ton tous tout toute toutes très tu un une va vais vos votre vous y oui non euh ben voilà bon
        """.split()),
    "es": frozenset("""
        a al algo algunos ante antes así aquí bueno como con contra cual cuando de del desde donde
        durante e el él ella ellas ellos en entonces entre era es esa esas ese eso esos esta está están
        estas este esto estos fue fueron ha había han hasta hay la las le les lo los más me mi mis mucho
        muy nada ni no nos nosotros o os otra otro para pero poco por porque pues que qué quien se sea
        ser si sí sin sobre son su sus también tan te tener tiene todo todos tu tus un una uno unos y ya
        yo eh este
        """.split()),
    "pt": frozenset("""
        a à agora ainda ao aos aqui as às assim até bem com como da das de dela dele deles do dos e é
        ela elas ele eles em então entre era essa esse esta está estão este eu foi foram há isso isto
        já lhe mais mas me mesmo meu minha muito na nas não nem no nos nós num numa o onde os ou para
        pela pelo por porque pouco quando que quem se sem ser seu seus sim só sua suas também te tem
        têm ter um uma umas uns vai você vocês vou né tá
        """.split()),
}

_WORD = re.compile(r"\w+(?:['’]\w+)*")
#: scripts written without spaces between words: their runs become character bigrams
NO_SPACES = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_FRENCH_ELISION = re.compile(r"^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)'(?=\w)")


def language_code(language: str | None) -> str | None:
    """"pt-BR" -> "pt", "" -> None."""
    if not language:
        return None
    return re.split(r"[-_]", language.strip().casefold())[0] or None


def guess_language(text: str) -> str | None:
    """The language among STOPWORDS whose stopwords make up most of `text` (at least 15 % of its first
    3000 words), or None."""
    words = [w.replace("’", "'") for w in _WORD.findall(text[:30000].casefold())][:3000]
    if not words:
        return None
    best, share = None, 0.15
    for code, stops in STOPWORDS.items():
        found = sum(word in stops for word in words) / len(words)
        if found > share:
            best, share = code, found
    return best


def _stem(word: str, code: str | None) -> str:
    """A light folding of plurals and possessives: "leaks" -> "leak", "Ann's" -> "ann"; in English also
    "volcanoes" -> "volcano", "companies" -> "company", "reaches" -> "reach"."""
    if word.endswith("'s"):
        return word[:-2]
    if code in (None, "en") and len(word) > 4:
        if word.endswith("ies"):
            return word[:-3] + "y"
        if word.endswith(("oes", "ches", "shes", "xes", "sses")):
            return word[:-2]
    if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def term_surfaces(text: str, language: str | None) -> list[tuple[str, str]]:
    """The content terms of `text` as (term, surface) pairs in order: term casefolded, stopwords and
    numbers left out, plurals lightly folded; surface the word as written. Runs of a script without
    spaces (Chinese, Japanese, Thai) become overlapping character bigrams."""
    code = language_code(language)
    stops = STOPWORDS.get(code or "", frozenset())
    pairs: list[tuple[str, str]] = []
    for match in _WORD.finditer(text):
        surface = match.group().replace("’", "'")
        word = surface.casefold()
        if NO_SPACES.search(word):
            chars = [c for c in word if not c.isdigit()]
            grams = ["".join(chars[i : i + 2]) for i in range(max(1, len(chars) - 1))]
            pairs += [(gram, gram) for gram in grams if gram]
            continue
        if code == "fr":
            word = _FRENCH_ELISION.sub("", word)
        if word in stops or len(word) < 2 or not any(c.isalpha() for c in word):
            continue
        pairs.append((_stem(word, code), surface))
    return pairs


def terms(text: str, language: str | None) -> list[str]:
    """The content terms of `text` (see term_surfaces)."""
    return [term for term, _ in term_surfaces(text, language)]


# --- chapters -------------------------------------------------------------------------------------------

#: content terms per block (~45 spoken words, ~18 s)
BLOCK_TERMS = 20
#: blocks compared on each side of a gap (at most; fewer on short transcripts)
WINDOW = 6
#: a valley is a chapter start only when its depth is at least mean + DEPTH_CUTOFF * std of all valleys
DEPTH_CUTOFF = 0.0
#: and at least this deep in absolute terms (cosine units), so that one steady topic stays one chapter
MIN_DEPTH = 0.12
#: blocks compared on each side when a chapter start is moved to the best segment near its gap
REFINE_WINDOW = 3


def default_min_seconds(duration: float) -> float:
    """The shortest chapter: 30 s, growing with the recording to 2 minutes from 40 minutes."""
    return min(120.0, max(30.0, duration / 20))


def default_max_chapters(duration: float) -> int:
    """The most chapters: ~4 for 5 minutes, ~12 for an hour, at most 20."""
    minutes = max(duration / 60, 0.1)
    return int(min(20, max(1, round(4 + 2.3 * math.log2(minutes / 5)))))


def _duration(segments: Sequence[Segment]) -> float:
    return max(s.end for s in segments) - min(s.start for s in segments)


def lexical_chapters(
    segments: Sequence[Segment],
    *,
    language: str | None = None,
    min_seconds: float | None = None,
    max_chapters: int | None = None,
) -> tuple[Chapter, ...]:
    """The chapters of a transcript, in time order: the first starts at the first segment (also when the
    transcript is one topic); none is shorter than `min_seconds` (default: default_min_seconds of the
    duration); at most `max_chapters` (default: default_max_chapters). Empty for no segments."""
    segments = [s for s in segments if s.text.strip()]
    if not segments:
        return ()
    language = language_code(language) or guess_language(" ".join(s.text for s in segments[:200]))
    duration = _duration(segments)
    if min_seconds is None:
        min_seconds = default_min_seconds(duration)
    if max_chapters is None:
        max_chapters = default_max_chapters(duration)
    per_segment = [term_surfaces(s.text, language) for s in segments]
    starts = _boundaries(segments, per_segment, min_seconds, max(1, max_chapters))
    whole: Counter[str] = Counter(term for pairs in per_segment for term, _ in pairs)
    documents: Counter[str] = Counter(term for pairs in per_segment for term in {t for t, _ in pairs})
    return tuple(Chapter(segments[a].start, _title(per_segment[a:b], whole, documents, len(segments),
                                                   segments[a:b]))
                 for a, b in zip(starts, [*starts[1:], len(segments)], strict=True))  # fmt: skip


def _boundaries(segments: Sequence[Segment], per_segment: list[list[tuple[str, str]]], min_seconds: float,
                max_chapters: int) -> list[int]:  # fmt: skip
    """Indices of the segments that start chapters (0 first)."""
    tokens = [term for pairs in per_segment for term, _ in pairs]
    #: per segment, the index of its first term in `tokens`
    firsts = np.cumsum([0] + [len(pairs) for pairs in per_segment[:-1]])
    n_blocks = len(tokens) // BLOCK_TERMS
    if n_blocks < 4 or max_chapters < 2:
        return [0]
    tiling = _Tiling(tokens[: n_blocks * BLOCK_TERMS], n_blocks, int(min(WINDOW, max(2, n_blocks // 6))))
    depths = _depths(tiling.gap_scores())
    valleys = [g for g in range(len(depths)) if depths[g] > 0]
    if not valleys:
        return [0]
    values = np.array([depths[g] for g in valleys])
    cutoff = max(MIN_DEPTH, float(values.mean() + DEPTH_CUTOFF * values.std()))
    first, last = segments[0].start, max(s.end for s in segments)
    chosen: dict[int, float] = {0: first}  # segment index -> start
    # deepest first; equal depths: the earlier gap
    for g in sorted(valleys, key=lambda g: (-depths[g], g)):
        if depths[g] < cutoff or len(chosen) >= max_chapters:
            break
        index = tiling.refine((g + 1) * BLOCK_TERMS, firsts)
        start = segments[index].start
        if index in chosen or start - first < min_seconds or last - start < min_seconds:
            continue
        if any(abs(start - other) < min_seconds for other in chosen.values()):
            continue
        chosen[index] = start
    return sorted(chosen)


class _Tiling:
    """The transcript's terms in blocks of BLOCK_TERMS, TF-IDF weighted over blocks (a term of one block
    only weighs nothing: it links nothing), compared `window` blocks either side of a gap."""

    def __init__(self, tokens: list[str], n_blocks: int, window: int) -> None:
        vocabulary: dict[str, int] = {}
        self.columns = np.array([vocabulary.setdefault(t, len(vocabulary)) for t in tokens])
        self.width = len(vocabulary)
        self.n_blocks, self.window = n_blocks, window
        rows = np.repeat(np.arange(n_blocks), BLOCK_TERMS)
        self.counts = np.zeros((n_blocks, self.width), dtype=np.float32)
        np.add.at(self.counts, (rows, self.columns), 1.0)
        df = (self.counts > 0).sum(axis=0)
        self.idf = np.where(df >= 2, np.log(n_blocks / np.maximum(df, 1)), 0.0).astype(np.float32)

    def gap_scores(self) -> np.ndarray:
        """Per gap between blocks (n_blocks - 1 of them): the cosine similarity of the windows before and
        after it, smoothed by a moving average of three."""
        weighted = self.counts * self.idf
        cumulative = np.vstack([np.zeros((1, self.width), dtype=np.float32), np.cumsum(weighted, axis=0)])
        gaps = np.arange(1, self.n_blocks)  # gap g sits before block g
        # as many blocks on either side (fewer near the ends), so that the two windows weigh alike
        sizes = np.minimum(np.minimum(gaps, self.n_blocks - gaps), self.window)
        left = cumulative[gaps] - cumulative[gaps - sizes]
        right = cumulative[gaps + sizes] - cumulative[gaps]
        scores = _cosines(left, right)
        if len(scores) >= 3:
            padded = np.concatenate([scores[:1], scores, scores[-1:]])
            scores = (padded[:-2] + padded[1:-1] + padded[2:]) / 3
        return scores

    def refine(self, position: int, firsts: np.ndarray) -> int:
        """The segment to start a chapter at for a gap at term `position`: of the segments starting within
        a block of it, the one where the terms before and after differ most (the nearest on a tie)."""
        span = min(self.window, REFINE_WINDOW) * BLOCK_TERMS
        total = len(self.columns)
        near = [i for i in range(len(firsts)) if abs(int(firsts[i]) - position) <= BLOCK_TERMS]
        # segments without terms share their next one's position: such a run goes with the chapter before
        near = [i for i in near if i + 1 >= len(firsts) or firsts[i + 1] != firsts[i]] or near
        if not near:
            return int(np.argmin(np.abs(firsts - position)))
        at = np.array([int(firsts[i]) for i in near])
        left = np.stack([self._window(max(0, t - span), t) for t in at])
        right = np.stack([self._window(t, min(total, t + span)) for t in at])
        similarity = _cosines(left, right)
        best = min(range(len(near)), key=lambda k: (round(float(similarity[k]), 6), abs(at[k] - position), k))
        return near[best]

    def _window(self, a: int, b: int) -> np.ndarray:
        return np.bincount(self.columns[a:b], minlength=self.width).astype(np.float32) * self.idf


def _cosines(left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Row-wise cosine similarity (0 where a row is empty)."""
    norms = np.linalg.norm(left, axis=1) * np.linalg.norm(right, axis=1)
    dots = (left * right).sum(axis=1)
    return np.where(norms > 0, dots / np.maximum(norms, 1e-12), 0.0).astype(np.float64)


def _depths(scores: np.ndarray) -> list[float]:
    """Per gap: the depth of a local minimum below the highest points reached climbing left and right
    (0 for gaps that are not minima)."""
    n = len(scores)
    depths = [0.0] * n
    for g in range(n):
        if (g > 0 and scores[g - 1] < scores[g]) or (g < n - 1 and scores[g + 1] < scores[g]):
            continue
        left = g
        while left > 0 and scores[left - 1] >= scores[left]:
            left -= 1
        right = g
        while right < n - 1 and scores[right + 1] >= scores[right]:
            right += 1
        depths[g] = float(scores[left] - scores[g] + scores[right] - scores[g])
    return depths


#: words in a title
TITLE_WORDS = 3


def _title(chapter: list[list[tuple[str, str]]], whole: Counter[str], documents: Counter[str],
           n_documents: int, segments: Sequence[Segment]) -> str:  # fmt: skip
    """The chapter's most distinctive words (its terms per segment in `chapter`; `whole`: the counts of all
    terms in the transcript, `documents`: in how many of its `n_documents` segments each occurs), or its
    first words."""
    here: Counter[str] = Counter()
    spellings: dict[str, Counter[str]] = {}
    first_seen: dict[str, int] = {}
    for pairs in chapter:
        for term, surface in pairs:
            here[term] += 1
            spellings.setdefault(term, Counter())[surface] += 1
            first_seen.setdefault(term, len(first_seen))

    def weight(term: str) -> float:
        idf = math.log((1 + n_documents) / (1 + documents[term])) + 1
        return here[term] * (here[term] / whole[term]) * idf

    repeated = [t for t in here if here[t] >= 2 and len(t) > 2]
    pool = repeated if len(repeated) >= 2 else [t for t in here if len(t) > 2 or NO_SPACES.search(t)]
    best = sorted(pool, key=lambda t: (-weight(t), first_seen[t]))[:TITLE_WORDS]
    if len(best) < 2:
        return _first_words(" ".join(s.text.strip() for s in segments))
    words = [_spelling(spellings[t]) for t in best]
    return ", ".join([words[0][:1].upper() + words[0][1:], *words[1:]])


def _spelling(surfaces: Counter[str]) -> str:
    """The most common way a term is written, in lower case unless it is always capitalised (a name)."""
    if any(s[:1].islower() for s in surfaces):
        lowered: Counter[str] = Counter()
        for surface, count in surfaces.items():
            lowered[surface.casefold()] += count
        surfaces = lowered
    return min(surfaces, key=lambda s: (-surfaces[s], s))


def _first_words(text: str, count: int = 8) -> str:
    words = text.split()
    if not words:
        return "…"
    return " ".join(words[:count]).rstrip(",;:") + ("…" if len(words) > count else "")
