"""Guards against Whisper's known failure modes: repetition loops, music symbols, silence phantoms.

All rules are conservative — when in doubt a segment is kept:

* Repetition: a segment is dropped when its normalised text (case, punctuation and spacing folded)
  equals the previous kept segment's, or the one before it when the text has at least
  MIN_WORDS_FOR_SKIP_REPEAT words (so "A B A B …" loops collapse while a short answer such as "Yes."
  given twice in a dialogue survives). The first occurrence is kept unchanged, so a line looping for
  minutes becomes one line.
* Non-speech: a segment whose text is only punctuation, music symbols or bracketed sound descriptions
  ("♪", "[Music]", "(upbeat music)", "*applause*") is dropped.
* Phantoms: Whisper invents a few stock phrases on silence or noise ("Thank you.", "Thanks for
  watching!", "Subtitles by the Amara.org community"). Such a segment is dropped only when the mean of
  its word probabilities is below PHANTOM_MAX_PROBABILITY; a clearly spoken "Thank you." is kept, and
  so is any segment without word probabilities.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from iam_desktop.transcript import Segment

#: a repeat of the segment two back is dropped only from this many words on
MIN_WORDS_FOR_SKIP_REPEAT = 4
#: a stock phrase is treated as a phantom only below this mean word probability
PHANTOM_MAX_PROBABILITY = 0.5

#: phrases Whisper is known to produce from silence or noise (normalised: lower case, no punctuation)
PHANTOM_PHRASES = frozenset(
    {
        "thank you",
        "thank you very much",
        "thanks for watching",
        "thank you for watching",
        "thank you so much for watching",
        "thanks for watching and see you next time",
        "please subscribe",
        "please subscribe to my channel",
        "like and subscribe",
        "subtitles by the amara org community",
        "you",
        "bye",
        "untertitel der amara org community",
        "untertitel im auftrag des zdf 2017",
        "untertitelung des zdf 2020",
        "vielen dank",
        "sous titrage st 501",
        "sous titres réalisés par la communauté d amara org",
        "merci",
        "gracias",
        "subtítulos realizados por la comunidad de amara org",
    }
)

_BRACKETED = re.compile(r"\[[^\]]*\]|\([^)]*\)|\*[^*]*\*")


def normalise(text: str) -> str:
    """Text folded for comparison: NFKC, case-folded, punctuation and symbols removed, single spaces."""
    text = unicodedata.normalize("NFKC", text).casefold()
    kept = "".join(ch if (ch.isalnum() or ch.isspace()) else " " for ch in text)
    return " ".join(kept.split())


def is_non_speech(text: str) -> bool:
    """True if `text` is only punctuation, symbols (♪) and bracketed sound descriptions ([Music])."""
    return not normalise(_BRACKETED.sub(" ", text))


def mean_probability(segment: Segment) -> float | None:
    """The mean of the segment's word probabilities, or None without words."""
    if not segment.words:
        return None
    return sum(w.probability for w in segment.words) / len(segment.words)


def is_phantom(segment: Segment) -> bool:
    """True for a stock silence phrase that Whisper was unsure of (see PHANTOM_MAX_PROBABILITY)."""
    if normalise(segment.text) not in PHANTOM_PHRASES:
        return False
    probability = mean_probability(segment)
    return probability is not None and probability < PHANTOM_MAX_PROBABILITY


def suppress_repetitions(segments: Iterable[Segment]) -> list[Segment]:
    """The segments without repeats of the previous two kept lines (see the module docstring)."""
    kept: list[Segment] = []
    recent: list[str] = []  # normalised text of the last two kept segments, newest last
    for segment in segments:
        key = normalise(segment.text)
        if key and recent:
            if key == recent[-1]:
                continue
            if len(recent) > 1 and key == recent[-2] and len(key.split()) >= MIN_WORDS_FOR_SKIP_REPEAT:
                continue
        kept.append(segment)
        recent = (recent + [key])[-2:]
    return kept


def drop_non_speech(segments: Iterable[Segment]) -> list[Segment]:
    """The segments without music/sound-only lines and unsure silence phantoms."""
    return [s for s in segments if not is_non_speech(s.text) and not is_phantom(s)]


def clean_segments(segments: Iterable[Segment]) -> list[Segment]:
    """Both guards: non-speech first (so a "♪" between two copies of a line does not hide the loop)."""
    return suppress_repetitions(drop_non_speech(segments))
