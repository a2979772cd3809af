"""Benchmark of speaker labelling; prints figures, asserts nothing.

A 10-minute conversation of five voices — three of flite's (each built from a different real speaker) and
two real people (the Portuguese and Italian clips of /work/shared/data/speech, cut at word boundaries) —
is transcribed by the app's default local engine (the baseline, measured in the same run), then labelled.
Printed: recognition time, labelling time and their ratio (target: at most 0.25), the number of speakers
found, and the share of speech time given to the wrong speaker (target: at most 10%); then the same on a
3-voice and a 1-voice stretch of it; then the speaker count and the labelling error over 48 conversations
of 1 to 4 people (16 casts of real and flite voices, 3 orderings each).

Run: .venv/bin/python benchmarks/bench_speakers.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "speakers"))  # the conversation builder lives with the tests


CLIPS = ("en_jfk_inaugural", "en_leopard_quilter", "de_leopard_test", "fr_leopard_test", "es_leopard_test",
         "it_leopard_test", "pt_leopard_test")  # fmt: skip
#: who takes part in each conversation of the survey (clip names: real people; short names: flite voices)
CASTS = [
    ("en_jfk_inaugural",), ("slt",), ("rms",), ("en_leopard_quilter",), ("awb",), ("fr_leopard_test",),
    ("en_jfk_inaugural", "fr_leopard_test"), ("awb", "rms"), ("slt", "rms"),
    ("de_leopard_test", "en_leopard_quilter"), ("kal", "slt"), ("pt_leopard_test", "es_leopard_test"),
    ("slt", "awb", "rms"), ("de_leopard_test", "es_leopard_test", "it_leopard_test"),
    ("pt_leopard_test", "it_leopard_test", "fr_leopard_test", "en_jfk_inaugural"),
    ("slt", "awb", "rms", "kal"),
]  # fmt: skip


def survey(folder: Path, clips: dict) -> None:
    """The speaker count and labelling error over every cast, in three orderings each."""
    from conversation import build, labelling_error

    from iam_desktop.speakers.labelling import label_speakers

    right, errors, misses = 0, [], []
    for cast in CASTS:
        for seed in (1, 2, 3):
            talk = build(folder, cast, 6 + 4 * len(cast), seed=seed, clips=clips, name="survey.wav")
            found = label_speakers(talk.path, talk.segments)
            error = labelling_error(found.segments, talk.truth) if len(cast) > 1 else float(found.count != 1)
            right += found.count == len(cast)
            errors.append(error)
            if found.count != len(cast) or error > 0.10:
                misses.append(f"{'+'.join(name[:6] for name in cast)} (ordering {seed}): found {found.count},"
                              f" mislabelled {error:.0%}")  # fmt: skip
    print(f"survey: {len(errors)} conversations of 1-4 people: count right in {right}, mean mislabelled"
          f" {sum(errors) / len(errors):.1%}, over 10% in {sum(e > 0.10 for e in errors)}")
    for miss in misses:
        print(f"  miss: {miss}")


def main() -> None:
    from conversation import build, clip_words, decode, labelling_error

    from iam_desktop.engines.base import TranscribeOptions
    from iam_desktop.engines.local_whisper import LocalWhisperEngine
    from iam_desktop.engines.models import base_model
    from iam_desktop.segmentation import resegment
    from iam_desktop.speakers.labelling import label_speakers

    folder = Path(tempfile.mkdtemp(prefix="bench-speakers-"))
    base = base_model()
    assert base is not None, "the multilingual base model is not installed"
    hearing = LocalWhisperEngine(base)
    hearing.load()
    clips = {name: clip_words(hearing, name) for name in CLIPS}
    voices = ("slt", "awb", "pt_leopard_test", "rms", "it_leopard_test")
    talk = build(folder, voices, 150, seed=17, clips=clips, name="ten-minutes.wav")
    samples = decode(talk.path)
    minutes = len(samples) / 16000 / 60
    print(f"conversation: {minutes:.1f} min, {len(talk.truth)} turns, {talk.speakers} voices")

    engine = LocalWhisperEngine()  # the app's default local model (tiny.en), as a new file gets it
    engine.load()
    started = time.perf_counter()
    result = engine.transcribe(samples, TranscribeOptions("en"))
    recognition = time.perf_counter() - started
    segments = resegment(result.segments, "en")
    seconds = minutes * 60
    print(f"recognition (tiny.en, local): {recognition:6.1f} s  ({recognition / seconds:.3f}x real time)")

    started = time.perf_counter()
    labelled = label_speakers(talk.path, segments)
    labelling = time.perf_counter() - started
    print(f"labelling:                    {labelling:6.1f} s  ({labelling / seconds:.3f}x real time)")
    print(f"labelling / recognition:      {labelling / recognition:6.3f}   (target <= 0.25)")
    error = labelling_error(labelled.segments, talk.truth)
    print(f"speakers found: {labelled.count} of {talk.speakers}; mislabelled: {error:.1%} (target <= 10%)")

    # the truth's own turns (one segment per turn, the model's words for the real clips): the labelling alone
    for people, turns in ((("slt", "rms", "it_leopard_test"), 30), (("awb",), 15)):
        part = build(folder, people, turns, seed=3, clips=clips, name=f"{len(people)}.wav")
        started = time.perf_counter()
        found = label_speakers(part.path, part.segments)
        took = time.perf_counter() - started
        wrong = f", mislabelled {labelling_error(found.segments, part.truth):.1%}" if len(people) > 1 else ""
        print(f"{len(people)} voice(s), {len(part.truth)} turns: found {found.count}{wrong}, {took:.1f} s")
    survey(folder, clips)


if __name__ == "__main__":
    main()
