"""How long each speaker talks: the one count the labelling, the window's speakers bar and the CLI share."""

from __future__ import annotations

from collections.abc import Sequence

from iam_desktop.transcript import Segment


def talk_seconds(segments: Sequence[Segment]) -> dict[str | None, float]:
    """The seconds each speaker talks (the length of their segments), in order of first appearance; the
    key None holds the segments nobody is named for."""
    seconds: dict[str | None, float] = {}
    for segment in segments:
        seconds[segment.speaker] = seconds.get(segment.speaker, 0.0) + max(0.0, segment.end - segment.start)
    return seconds
