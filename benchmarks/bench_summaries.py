"""Benchmark of the offline summaries; prints figures, asserts nothing.

An hour of transcript (the test set's interview, product meeting and lecture, shuffled and timed at 2.5
words a second: ~800 segments, ~9 700 words), summarised offline in every preset; the baseline, measured
in the same run, is writing the same transcript as a TXT export. The issue's target: under 2 s for a
one-hour transcript. Also three hours, to see how it grows.

Run: .venv/bin/python benchmarks/bench_summaries.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "summaries"))  # the test transcripts live with the tests


def best_of(runs: int, work) -> float:
    """The fastest of `runs` timings of `work()` (seconds): the least disturbed by other work."""
    best = float("inf")
    for _ in range(runs):
        began = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - began)
    return best


def main() -> None:
    from summary_transcripts import one_hour

    from iam_desktop.export import to_txt
    from iam_desktop.summaries.model import PRESETS
    from iam_desktop.summaries.offline import offline_summary
    from iam_desktop.transcript import Transcript

    for hours in (1, 3):
        segments = []
        for part in range(hours):
            offset = part * 3600.0
            segments += [s.__class__(s.start + offset, s.end + offset, s.text, s.words, s.speaker)
                         for s in one_hour(seed=19 + part)]  # fmt: skip
        words = sum(len(s.text.split()) for s in segments)
        transcript = Transcript(title="bench", duration=segments[-1].end, engine="local", model="m",
                                language="en", segments=segments)  # fmt: skip
        baseline = best_of(3, lambda t=transcript: to_txt(t, timestamps=True))
        print(f"{hours} h: {len(segments)} segments, {words} words; TXT export (baseline)"
              f" {baseline * 1000:.0f} ms")
        for preset in PRESETS:
            took = best_of(3, lambda s=segments, p=preset: offline_summary(s, p, language="en"))
            print(f"  {preset:13s} {took:6.3f} s  ({took / baseline:5.1f}x the export)"
                  + ("  (target < 2 s)" if hours == 1 else ""))


if __name__ == "__main__":
    main()
