"""A 3-hour recording is labelled with bounded memory: the audio is read once, a region at a time, and only
the voice prints are kept (a 3-hour file is 660 MiB as samples; the labelling stays far below that)."""

from __future__ import annotations

import tracemalloc
import wave

import numpy as np
import pytest
from conversation import RATE, flite_turn

from iam_desktop.speakers.labelling import label_speakers
from iam_desktop.transcript import Segment, Word

HOURS = 3
#: the most the labelling may allocate at once, whatever the length (the samples of 3 h are 660 MiB)
MOST_MIB = 120


@pytest.mark.slow
def test_three_hours_are_labelled_in_bounded_memory(tmp_path):
    text = "We should look at the numbers again before the board meets on Friday."
    voices = {v: flite_turn(v, text, tmp_path) for v in ("slt", "rms")}
    path = tmp_path / "three-hours.wav"
    segments: list[Segment] = []
    every = 60.0  # a turn a minute, the rest silence (the file is full length all the same)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        for minute in range(int(HOURS * 3600 / every)):
            voice = ("slt", "rms")[minute % 2]
            turn = voices[voice]
            start = minute * every + 1.0
            block = np.zeros(int(every * RATE), dtype=np.float32)
            block[RATE : RATE + len(turn)] = turn
            out.writeframes((block * 32767).astype("<i2").tobytes())
            length = len(turn) / RATE
            step = length / 12
            words = tuple(Word(start + i * step, start + (i + 1) * step, "word") for i in range(12))
            segments.append(Segment(start, start + length, " ".join(w.text for w in words), words))
    tracemalloc.start()
    try:
        result = label_speakers(path, segments)
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < MOST_MIB * 2**20, f"peak {peak / 2**20:.0f} MiB"
    assert result.count == 2
    assert [s.speaker for s in result.segments[:4]] == ["Speaker 1", "Speaker 2", "Speaker 1", "Speaker 2"]
    assert len({s.speaker for s in result.segments}) == 2
