"""Conversations of different real voices for the speaker tests: flite's voices (slt, awb, rms, kal) are
each built from a different person, so a speaker model can tell them apart (espeak-ng's variants of one
voice cannot); and the scoring of labelled segments against the known turns."""

from __future__ import annotations

import random
import shutil
import subprocess
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np
from helpers import write_wav

from iam_desktop.transcript import Segment

RATE = 16_000
#: flite's voices, each a different real speaker (kal is 8 kHz: resampled by the app's decoder)
VOICES = ("slt", "awb", "rms", "kal")
#: what the turns say: plain, different sentences of a few seconds each (a turn takes the next one)
SENTENCES = (
    "Thank you for coming in today, I have a few questions about the new library building.",
    "Of course, I am happy to help, the building opened to the public last spring.",
    "How many people come through the doors on an ordinary weekday morning?",
    "On most mornings we count about three hundred visitors before lunch time.",
    "That is more than I expected, what brings so many of them here so early?",
    "Many students study in the reading room, and the coffee shop opens at eight.",
    "Are there plans to keep the building open later in the evening?",
    "Yes, from next month the doors will stay open until ten at night.",
    "Who pays for the longer opening hours, the city or the university?",
    "The city pays for most of it, and a local bank gave the rest as a gift.",
    "What do the neighbours think about the extra noise after dark?",
    "Most of them like it, the street feels safer with the lights on in the evening.",
    "Finally, what would you like to change about the building if you could?",
    "I would add more seats near the windows, because everyone wants the view of the river.",
)
#: silence between turns (s)
GAP = (0.4, 0.8)
#: a sample louder than this (of full scale) is speech, for the turns' truth spans
SPEECH_LEVEL = 0.01

Truth = list[tuple[float, float, str]]


def flite_available() -> str | None:
    """Why the conversations cannot be made here (flite missing), or None."""
    if shutil.which("flite") is None:
        return "flite is needed for the multi-speaker audio (apt install flite)"
    return None


def flite_voice(text: str, voice: str) -> np.ndarray:
    """`text` spoken by flite's `voice`, as float32 mono 16 kHz samples."""
    from iam_desktop.audio.decode import decode_pcm

    with tempfile.TemporaryDirectory(prefix="flite-") as folder:
        path = Path(folder, "turn.wav")
        command = ["flite", "-voice", voice, "-t", text, "-o", str(path)]
        subprocess.run(command, check=True, capture_output=True)
        return decode_pcm(path).samples.astype(np.float32)


def flite_conversation(path: Path, voices: Sequence[str], turns: int, seed: int = 0) -> Truth:
    """Write a conversation of `turns` turns to `path` (16 kHz mono WAV): the voices take turns in order
    (voices[0], voices[1], …, voices[0], …), each saying another sentence, with 0.4–0.8 s of silence between
    turns (chosen by `seed`, which also picks where in SENTENCES the turns start). Returns each turn's
    (start, end, voice), the ends trimmed to where the voice is heard."""
    chooser = random.Random(seed)
    first = chooser.randrange(len(SENTENCES))
    parts: list[np.ndarray] = [np.zeros(int(0.3 * RATE), dtype=np.float32)]
    position = len(parts[0])
    truth: Truth = []
    for turn in range(turns):
        voice = voices[turn % len(voices)]
        samples = _trimmed(flite_voice(SENTENCES[(first + turn) % len(SENTENCES)], voice))
        samples = samples / max(float(np.abs(samples).max()), 1e-6) * 0.5  # the same loudness for all
        truth.append((position / RATE, (position + len(samples)) / RATE, voice))
        gap = np.zeros(int(chooser.uniform(*GAP) * RATE), dtype=np.float32)
        parts += [samples, gap]
        position += len(samples) + len(gap)
    write_wav(path, np.concatenate(parts))
    return truth


def _trimmed(samples: np.ndarray) -> np.ndarray:
    loud = np.flatnonzero(np.abs(samples) > SPEECH_LEVEL)
    return samples[loud[0] : loud[-1] + 1] if len(loud) else samples


# --- scoring -------------------------------------------------------------------------------------------


def word_speakers(segments: Iterable[Segment]) -> list[tuple[float, float, str | None]]:
    """(start, end, speaker) of every timed word of the segments."""
    return [(w.start, w.end, s.speaker) for s in segments for w in s.words if w.end > w.start]


def turn_speakers(segments: Iterable[Segment], truth: Truth) -> list[dict[str | None, float]]:
    """For each true turn, the seconds of its words (by their middles) each speaker label got."""
    words = word_speakers(segments)
    result: list[dict[str | None, float]] = []
    for start, end, _voice in truth:
        share: dict[str | None, float] = {}
        for w_start, w_end, speaker in words:
            if start <= (w_start + w_end) / 2 <= end:
                share[speaker] = share.get(speaker, 0.0) + (w_end - w_start)
        result.append(share)
    return result


def mislabelled_share(segments: Iterable[Segment], truth: Truth) -> float:
    """The share of the words' time (within true turns) whose label is not its voice's: each voice is
    mapped to the label it got most of (a label can stand for one voice only), and words without a label
    count as wrong."""
    per_turn = turn_speakers(segments, truth)
    by_voice: dict[str, dict[str | None, float]] = {}
    for (_s, _e, voice), share in zip(truth, per_turn, strict=True):
        totals = by_voice.setdefault(voice, {})
        for speaker, seconds in share.items():
            totals[speaker] = totals.get(speaker, 0.0) + seconds
    mapping: dict[str, str] = {}
    pairs = sorted(
        (seconds, voice, speaker)
        for voice, totals in by_voice.items()
        for speaker, seconds in totals.items()
        if speaker is not None
    )
    pairs.reverse()  # the strongest first
    for _seconds, voice, speaker in pairs:
        if voice not in mapping and speaker not in mapping.values():
            mapping[voice] = speaker
    total = sum(sum(t.values()) for t in by_voice.values())
    right = sum(totals.get(mapping.get(voice), 0.0) for voice, totals in by_voice.items() if voice in mapping)
    return 1.0 - right / total if total else 1.0
