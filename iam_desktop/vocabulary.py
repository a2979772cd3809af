"""Vocabulary terms (names, places, jargon the transcription should spell right): parsing what the user
types, merging a job's terms with the library's glossary, and the prompt the cloud engine sends.

Terms are compared without regard to case ("gqeberha" is "Gqeberha"), after trimming, folding runs of
whitespace to one space and Unicode normalisation (NFC); the first spelling given is the one kept.

Whisper reads a prompt as text said just before the audio and considers only its final 224 tokens
(OpenAI's speech-to-text guide); rare names take about two characters a token in its tokenizer, and
letters outside ASCII more (Cyrillic about one and a half characters a token, CJK under one). So the
cloud prompt is kept under an estimated `PROMPT_TOKEN_BUDGET` tokens, the vocabulary placed at its end
(nearest the audio, where nothing is cut) and the user's free-text prompt before it, cut first.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from iam_desktop.errors import IamError

#: the longest term accepted (characters)
MAX_TERM_LENGTH = 100
#: the most terms the library's glossary holds
MAX_TERMS = 500
#: how many tokens (estimated) the cloud prompt may take: under Whisper's 224, with a margin
PROMPT_TOKEN_BUDGET = 200

_SEPARATORS = re.compile(r"[,;\n\r\t]+")


class VocabularyError(IamError):
    """A term that cannot be used (empty, too long) or a glossary that would hold too many terms."""


def clean_term(term: str) -> str:
    """`term` trimmed, its whitespace folded to single spaces and NFC-normalised; VocabularyError if it is
    empty or longer than MAX_TERM_LENGTH."""
    cleaned = " ".join(unicodedata.normalize("NFC", str(term)).split())
    if not cleaned:
        raise VocabularyError("a vocabulary term cannot be empty")
    if len(cleaned) > MAX_TERM_LENGTH:
        raise VocabularyError(
            f"a vocabulary term can be at most {MAX_TERM_LENGTH} characters long: {cleaned[:40]}…"
        )
    return cleaned


def term_key(term: str) -> str:
    """What two spellings of a term must share to be the same term (case and spacing ignored)."""
    return " ".join(unicodedata.normalize("NFC", str(term)).split()).casefold()


def parse_terms(text: str | Iterable[str]) -> list[str]:
    """The terms in `text` (or in each string of an iterable), separated by commas, semicolons or line
    breaks: cleaned, empty pieces dropped, repeats (in any case) kept once in their first spelling.

    parse_terms("A, B; C\\nD") gives ["A", "B", "C", "D"]. Raises VocabularyError for a term over
    MAX_TERM_LENGTH."""
    pieces = [text] if isinstance(text, str) else list(text)
    terms: dict[str, str] = {}
    for piece in pieces:
        for part in _SEPARATORS.split(str(piece)):
            if part.strip():
                cleaned = clean_term(part)
                terms.setdefault(term_key(cleaned), cleaned)
    return list(terms.values())


def merge(job_terms: Iterable[str], library_terms: Iterable[str]) -> tuple[str, ...]:
    """The job's own terms first, then the library's glossary, each term once (case-insensitively, in
    its first spelling); empty terms are skipped."""
    merged: dict[str, str] = {}
    for term in (*job_terms, *library_terms):
        cleaned = " ".join(unicodedata.normalize("NFC", str(term)).split())
        if cleaned:
            merged.setdefault(cleaned.casefold(), cleaned)
    return tuple(merged.values())


def estimate_tokens(text: str) -> float:
    """A cautious estimate of how many Whisper tokens `text` takes: one for every two bytes of its UTF-8
    (Whisper's byte-level tokenizer gives rare names about two ASCII letters a token, common English
    about four, Cyrillic about one and a half letters a token, CJK about 0.7)."""
    return len(text.encode("utf-8")) / 2


def whisper_prompt(
    vocabulary: Iterable[str], prompt: str | None, budget: float = PROMPT_TOKEN_BUDGET
) -> str | None:
    """The prompt for Whisper (OpenAI's `prompt`, the local model's `initial_prompt`): the user's free-text
    prompt, then the vocabulary as a plain list ("Gqeberha, Mbombela, Nkosazana."), within `budget`
    estimated tokens; None if there is neither.

    The vocabulary comes first for room: terms are taken in order (a job's own terms lead) while they
    fit; when all fit, the free-text prompt gets what is left, cut at a word boundary keeping its end. The
    list has no words around it, so it suggests no language of its own to the model."""
    wanted = merge(vocabulary, ())
    terms: list[str] = []
    used = 0.0
    for term in wanted:
        cost = estimate_tokens(term) + 1  # the separator
        if used + cost > budget:
            break
        terms.append(term)
        used += cost
    glossary = ", ".join(terms)
    if glossary and glossary[-1] not in ".!?":
        glossary += "."
    free = " ".join((prompt or "").split())
    # the window is full of terms when some did not fit; else the free text gets what is left
    free = "" if len(terms) < len(wanted) else _tail_within(free, budget - used - 1)
    text = " ".join(part for part in (free, glossary) if part)
    return text or None


def _tail_within(text: str, budget: float) -> str:
    """The longest end of `text` made of whole words that fits in `budget` estimated tokens."""
    if estimate_tokens(text) <= budget:
        return text
    kept: list[str] = []
    used = 0.0
    for word in reversed(text.split(" ")):
        cost = estimate_tokens(word) + 0.5
        if used + cost > budget:
            break
        kept.append(word)
        used += cost
    return " ".join(reversed(kept))
