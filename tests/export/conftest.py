"""Fixtures shared by the export tests: small transcripts and strict SRT/VTT parsers (as fixtures,
so the tests work under any pytest import mode)."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from iam_desktop.transcript import Segment, Transcript, Word


def _timing(sep: str) -> re.Pattern[str]:
    time = r"(\d{2,}):([0-5]\d):([0-5]\d)" + sep + r"(\d{3})"
    return re.compile(f"^{time} --> {time}$")


SRT_TIMING = _timing(",")
VTT_TIMING = _timing(r"\.")


def _ms(groups: tuple[str, ...]) -> int:
    h, m, s, ms = (int(g) for g in groups)
    return ((h * 60 + m) * 60 + s) * 1000 + ms


def _parse_blocks(body: str, timing: re.Pattern[str], numbered: bool) -> list[tuple[int, int, str]]:
    if body == "":
        return []
    assert body.endswith("\n\n"), "every cue ends with a blank line"
    cues = []
    for number, block in enumerate(body[:-2].split("\n\n"), 1):
        lines = block.split("\n")
        if numbered:
            assert lines.pop(0) == str(number)
        match = timing.match(lines.pop(0))
        assert match, f"bad timing line in cue {number}: {block!r}"
        start, end = _ms(match.groups()[:4]), _ms(match.groups()[4:])
        assert lines, "cue without text"
        assert all(line.strip() for line in lines), "blank line inside a cue"
        assert not any("-->" in line for line in lines)
        assert end >= start
        cues.append((start, end, "\n".join(lines)))
    return cues


def _parse_srt(text: str) -> list[tuple[int, int, str]]:
    """(start ms, end ms, text) of every cue; asserts the file is strictly well-formed."""
    return _parse_blocks(text, SRT_TIMING, numbered=True)


def _parse_vtt(text: str) -> list[tuple[int, int, str]]:
    """(start ms, end ms, text) of every cue; asserts the file is strictly well-formed."""
    assert text.startswith("WEBVTT\n\n")
    return _parse_blocks(text[len("WEBVTT\n\n") :], VTT_TIMING, numbered=False)


def _make_transcript(*segments: Segment, **fields: object) -> Transcript:
    values: dict[str, object] = {
        "title": "Interview",
        "duration": 3725.5,
        "engine": "local",
        "model": "tiny.en",
        "language": "en",
    }
    values.update(fields)
    return Transcript(segments=list(segments), **values)  # type: ignore[arg-type]


@pytest.fixture
def sample() -> Transcript:
    return _make_transcript(
        Segment(0.0, 2.5, " Hello there. ", (Word(0.0, 0.4, "Hello", 0.98), Word(0.5, 1.1, "there.", 0.87))),
        Segment(2.5, 5.25, "Ngiyabonga — café €"),
        Segment(3725.5, 3727.125, "Past the hour."),
        recording_id=12,
        created_at=datetime(2024, 5, 1, 12, 30, 15, tzinfo=UTC),
    )


@pytest.fixture
def make_transcript():
    """Factory: make_transcript(*segments, **transcript_fields) with sensible defaults."""
    return _make_transcript


@pytest.fixture
def parse_srt():
    return _parse_srt


@pytest.fixture
def parse_vtt():
    return _parse_vtt
