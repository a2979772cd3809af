"""Conversations with known turns for the speaker tests: real human voices (the clips in
/work/shared/data/speech, each a different person) and flite's voices (each built from a different real
speaker), with the word timings a real model gives, and the labelling error measured against the truth."""

from __future__ import annotations

import itertools
import random
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from iam_desktop.transcript import Segment, Word

SPEECH = Path("/work/shared/data/speech")
RATE = 16000
SENTENCES = [
    "The quarterly numbers came in on Tuesday and revenue rose by twelve percent.",
    "I think we should move the launch to March, after the trade show in Berlin.",
    "Can you send me the contract before Friday? Jonathan needs to sign it.",
    "We interviewed forty two customers and most of them asked for offline mode.",
    "That sounds reasonable, but the budget for the second quarter is already tight.",
    "Let me check with Priya in accounting and get back to you tomorrow morning.",
    "The server went down twice last week, both times around three in the morning.",
    "Honestly, I would rather hire one more engineer than buy another tool.",
    "Our competitors in Johannesburg charge nearly double for the same service.",
    "Sure. I will write it up and share the document with the whole team.",
]


@dataclass(frozen=True)
class Conversation:
    """A conversation on disk: the audio file, its segments (one per turn, with word timings) and the
    truth: (start, end, who) per turn."""

    path: Path
    segments: list[Segment]
    truth: list[tuple[float, float, str]]

    @property
    def speakers(self) -> int:
        return len({who for _s, _e, who in self.truth})


def decode(path: Path) -> np.ndarray:
    from iam_desktop.audio.decode import decode_pcm

    return decode_pcm(path).samples


def write_wav(path: Path, samples: np.ndarray) -> Path:
    import wave

    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes((np.clip(samples, -1, 1) * 32767).astype("<i2").tobytes())
    return path


def flite_turn(voice: str, text: str, folder: Path) -> np.ndarray:
    wav = folder / f"turn-{voice}.wav"
    subprocess.run(["flite", "-voice", voice, "-t", text, "-o", str(wav)], check=True)
    samples = decode(wav)
    loud = np.flatnonzero(np.abs(samples) > 0.01)
    return samples[loud[0] : loud[-1]]


def clip_words(engine, name: str) -> tuple[np.ndarray, list[Word]]:
    """A real clip's samples and the words a real model hears in it (times from the clip's start)."""
    from iam_desktop.engines.base import TranscribeOptions

    samples = decode(SPEECH / f"{name}.wav")
    result = engine.transcribe(samples, TranscribeOptions(None))
    return samples, [w for s in result.segments for w in s.words]


def build(
    folder: Path,
    voices: Sequence[str],
    turns: int,
    *,
    seed: int = 1,
    clips: dict[str, tuple[np.ndarray, list[Word]]] | None = None,
    name: str = "conversation.wav",
) -> Conversation:
    """Turns taken by `voices` (flite voice names, or clip names found in `clips`: then each turn is a
    stretch of 2–6 s of that clip cut at word boundaries, with the model's word timings), mostly in turn
    order, 0.3–0.9 s apart; flite turns get evenly spread words (their timing inside a turn does not
    matter: the whole turn is one voice)."""
    rng = random.Random(seed)
    audio = [np.zeros(RATE // 2, dtype=np.float32)]
    position = 0.5
    segments: list[Segment] = []
    truth: list[tuple[float, float, str]] = []
    for turn in range(turns):
        who = voices[turn % len(voices)] if rng.random() < 0.8 else rng.choice(list(voices))
        if clips is not None and who in clips:
            samples, clip = clips[who]
            first = rng.randrange(len(clip))
            last = first
            wanted = rng.uniform(2.0, 6.0)
            while last + 1 < len(clip) and clip[last + 1].end - clip[first].start < wanted:
                last += 1
            lo, hi = max(0.0, clip[first].start - 0.1), min(len(samples) / RATE, clip[last].end + 0.1)
            piece = samples[int(lo * RATE) : int(hi * RATE)]
            words = tuple(
                Word(position + w.start - lo, position + w.end - lo, w.text) for w in clip[first : last + 1]
            )
        else:
            text = rng.choice(SENTENCES)
            piece = flite_turn(who, text, folder)
            length = len(piece) / RATE
            tokens = text.split()
            words = tuple(
                Word(position + i * length / len(tokens), position + (i + 1) * length / len(tokens) - 0.02, t)
                for i, t in enumerate(tokens)
            )
        length = len(piece) / RATE
        segments.append(Segment(words[0].start, words[-1].end, " ".join(w.text for w in words), words))
        truth.append((position, position + length, who))
        gap = rng.uniform(0.3, 0.9)
        audio += [piece, np.zeros(int(gap * RATE), dtype=np.float32)]
        position += length + gap
    path = write_wav(folder / name, np.concatenate(audio))
    return Conversation(path, segments, truth)


def labelling_error(segments: Sequence[Segment], truth: Sequence[tuple[float, float, str]]) -> float:
    """The share of speech time (word time) given to the wrong speaker, under the best one-to-one mapping
    of found speakers to true ones (a word without a speaker counts as wrong)."""

    def who(t: float) -> str:
        def distance(span: tuple[float, float, str]) -> float:
            return 0.0 if span[0] <= t <= span[1] else min(abs(t - span[0]), abs(t - span[1]))

        return min(truth, key=distance)[2]

    pairs = [(w.end - w.start, who((w.start + w.end) / 2), s.speaker) for s in segments for w in s.words]
    total = sum(d for d, _t, _f in pairs)
    people = sorted({t for _d, t, _f in pairs})
    found = sorted({f for _d, _t, f in pairs if f is not None})
    best = 1.0
    slots: list[str | None] = [*found, *([None] * len(people))]
    for mapping in set(itertools.permutations(slots, len(people))):
        chosen = dict(zip(people, mapping, strict=True))
        wrong = sum(d for d, t, f in pairs if f is None or chosen[t] != f)
        best = min(best, wrong / total)
    return best
