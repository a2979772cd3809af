"""A varied English test set for accuracy benchmarks: six synthetic voices of four kinds (flite's voices are
built from four different real speakers; two espeak-ng accents) reading an interview full of names, places
and numbers, and the two real English recordings of ../shared/data/speech/, joined into one file with
short pauses, plus the reference text.

One synthetic voice reading plain prose once hid an accuracy loss that users saw at once: names and
numbers, several voices and real speech are what break a decoder that loses context.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import wave
from dataclasses import dataclass
from pathlib import Path

import numpy as np

RATE = 16000
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))  # the WER helper lives with the tests
SHARED_SPEECH = Path(__file__).resolve().parents[2] / "shared" / "data" / "speech"

#: the names the vocabulary benchmark teaches the engine (they occur in the passages below)
NAMES = ("Gqeberha", "Mbombela", "Nkosazana", "Thandeka", "Siobhan", "Ndlovu", "Oyelaran", "Kowalczyk")

PASSAGES = (
    "Welcome back to the programme. My guest today is Nkosazana Ndlovu, who runs the water board in "
    "Gqeberha. Thank you for coming in. It is a pleasure. We started in 2019 with four engineers, and "
    "today we have 36 people in two offices, one in Gqeberha and one in Mbombela. What changed? The "
    "drought changed everything. In the winter of 2022 the dams were at 12 percent, and we had to cut "
    "supply to 50 litres a person a day.",
    "How did people react to that? At first with anger, which I understand. Then the schools helped "
    "us. Thandeka, a teacher in Mbombela, taught her class to read the meters, and within 3 weeks the "
    "children were reporting leaks on 400 streets. We fixed more than 1,200 leaks that summer. The cost "
    "was about 8 million rand, far less than a new pipeline.",
    "You worked with a team from Dublin on the sensors. Yes, Siobhan Kowalczyk led that work. She had "
    "built flood sensors in Cork, and she came out for 6 months. Her sensors send a reading every 15 "
    "minutes, and the battery lasts for 5 years. We now have 2,750 of them across the city, and the "
    "data goes to a public website that anyone can open.",
    "What about the money? Our budget this year is 94 million, and a quarter of it comes from a loan. "
    "The loan runs for 20 years at 4 percent. Some councillors wanted to spend it on a desalination "
    "plant, but the plant would use a lot of power, and we think repairs come first. The board will "
    "vote on the 14th of March.",
    "Who else should we thank? Doctor Oyelaran from the university in Lagos. He modelled the rainfall "
    "for the next 30 years, and his numbers convinced the minister. He expects the eastern cape to get "
    "about 10 percent less rain by 2050, so we plan for that now, not later.",
    "Last question. What would you tell a young engineer? Go and see the pipes. Walk the streets with "
    "the people who fix them. Listen to the complaints, because every complaint is a free survey. And "
    "write things down. Nkosazana Ndlovu, thank you very much. Thank you. That was our programme for "
    "today; next week we travel to Mbombela.",
)

#: (tool, voice) per passage, in order: flite voices come from different real speakers
VOICES = (
    ("flite", "slt"),
    ("espeak-ng", "en-us"),
    ("flite", "rms"),
    ("flite", "awb"),
    ("espeak-ng", "en-gb-x-rp"),
    ("flite", "kal16"),
)

#: the real English recordings (the shared clips) and their reference texts
REAL_CLIPS = ("en_jfk_inaugural", "en_leopard_quilter")


@dataclass(frozen=True)
class SpeechSet:
    """The joined file, its reference text and duration (s)."""

    path: Path
    reference: str
    duration: float


def _speak(tool: str, voice: str, text: str, out: Path) -> np.ndarray:
    raw = out.with_suffix(".raw.wav")
    if tool == "flite":
        subprocess.run(["flite", "-voice", voice, "-t", text, "-o", str(raw)], check=True)
    else:
        subprocess.run(["espeak-ng", "-v", voice, "-s", "160", "-w", str(raw), text], check=True)
    subprocess.run(["sox", str(raw), "-r", str(RATE), "-c", "1", "-b", "16", str(out)], check=True)
    return read_wav(out)


def read_wav(path: Path) -> np.ndarray:
    with wave.open(str(path)) as w:
        assert w.getframerate() == RATE and w.getnchannels() == 1, path
        return np.frombuffer(w.readframes(w.getnframes()), dtype="<i2").astype(np.float32) / 32768


def write_wav(path: Path, samples: np.ndarray) -> Path:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes((np.clip(samples, -1, 1) * 32767).astype("<i2").tobytes())
    return path


def real_references() -> dict[str, str]:
    rows = (line.split("\t") for line in (SHARED_SPEECH / "refs.tsv").read_text().splitlines() if line)
    return {row[0]: row[2] for row in rows}


def build(folder: Path, repeat: int = 1) -> SpeechSet:
    """The multi-voice interview (the six passages, each in its own voice) with the two real clips after
    the first and the fourth passage (~2.7 minutes), `repeat` times in a row, each time with the voices
    moved on by one passage."""
    for tool in ("flite", "espeak-ng", "sox"):
        if shutil.which(tool) is None:
            raise RuntimeError(f"{tool} is needed (make test installs it)")
    refs = real_references()
    pause = np.zeros(int(0.8 * RATE), dtype=np.float32)
    pieces: list[np.ndarray] = []
    texts: list[str] = []
    for turn in range(repeat):
        for i, passage in enumerate(PASSAGES):
            tool, voice = VOICES[(i + turn) % len(VOICES)]
            pieces += [_speak(tool, voice, passage, folder / f"passage-{turn}-{i}.wav"), pause]
            texts.append(passage)
            if i in (0, 3):
                clip = REAL_CLIPS[0 if i == 0 else 1]
                pieces += [read_wav(SHARED_SPEECH / f"{clip}.wav"), pause]
                texts.append(refs[clip])
    samples = np.concatenate(pieces)
    path = write_wav(folder / f"interview-x{repeat}.wav", samples)
    return SpeechSet(path, " ".join(texts), len(samples) / RATE)


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    made = build(target, int(sys.argv[2]) if len(sys.argv) > 2 else 2)
    print(f"{made.path}: {made.duration:.1f} s")


# --- scoring ----------------------------------------------------------------------------------------

_ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen \
sixteen seventeen eighteen nineteen".split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
#: spellings folded to one form (British and American, titles), so that only real mistakes count
_SAME = {
    "programme": "program", "litres": "liters", "councillors": "councilors", "modelled": "modeled",
    "dr": "doctor", "mr": "mister", "mrs": "missus", "ok": "okay", "percent": "percent", "%": "percent",
}  # fmt: skip


def number_words(n: int) -> str:
    """An integer in English words ("2750" → "two thousand seven hundred fifty")."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + ("" if n % 10 == 0 else " " + _ONES[n % 10])
    for size, name in ((10**9, "billion"), (10**6, "million"), (1000, "thousand"), (100, "hundred")):
        if n >= size:
            rest = n % size
            return f"{number_words(n // size)} {name}" + (f" {number_words(rest)}" if rest else "")
    raise AssertionError(n)


def normalise_english(text: str) -> list[str]:
    """Words for scoring English: case, punctuation, numbers (digits → words, 2,750 = 2750), "%" and a few
    spelling variants folded, as in Whisper's own evaluation."""
    import re
    import unicodedata

    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"(?<=\d),(?=\d{3}\b)", "", text)  # 2,750 → 2750
    text = text.replace("%", " percent ").replace("-", " ")
    text = re.sub(r"\d+", lambda m: f" {number_words(int(m.group()))} ", text)
    text = re.sub(r"[^\w\s']", " ", text)
    return [_SAME.get(word, word) for word in text.split()]


def english_wer(reference: str, hypothesis: str) -> float:
    """Word error rate with normalise_english on both sides (the tests' Levenshtein over words)."""
    from helpers import wer  # tests/helpers.py

    return wer(reference, hypothesis, fold=normalise_english)


def name_hits(hypothesis: str, names: tuple[str, ...] = NAMES) -> tuple[int, int]:
    """How many of the names' occurrences in the reference passages the hypothesis spells right."""
    expected = sum(" ".join(PASSAGES).count(name) for name in names)
    return sum(min(hypothesis.count(n), " ".join(PASSAGES).count(n)) for n in names), expected
