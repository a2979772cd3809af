"""Cheap check of a media file before import: is it there, is it media, does its audio decode."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from iam_desktop.audio._media import (
    EMPTY,
    IS_FOLDER,
    NO_AUDIO,
    NOT_FOUND,
    NOT_MEDIA,
    PERMISSION_DENIED,
    SYMLINK_LOOP,
    TRUNCATED,
    FrameDecoder,
    declared_duration,
    is_real_video,
    open_audio,
)
from iam_desktop.errors import MediaError

__all__ = [
    "EMPTY",
    "IS_FOLDER",
    "NOT_FOUND",
    "NOT_MEDIA",
    "NO_AUDIO",
    "PERMISSION_DENIED",
    "SYMLINK_LOOP",
    "TRUNCATED",
    "MediaInfo",
    "probe",
]


@dataclass(frozen=True)
class MediaInfo:
    """What probe() learned about a usable media file."""

    path: Path
    #: FFmpeg demuxer name, e.g. "wav", "mp3", "mov,mp4,m4a,3gp,3g2,mj2"
    format_name: str
    #: seconds, as declared by the stream or container; None if unknown
    duration: float | None
    #: the file has a moving-picture stream (cover art does not count)
    has_video: bool
    #: codec of the audio stream that will be used, e.g. "mp3", "aac", "pcm_s16le"
    codec: str
    #: native sample rate and channel count of that stream
    sample_rate: int
    channels: int


def probe(path: str | os.PathLike[str]) -> MediaInfo:
    """Check that ``path`` is a media file whose first audio frame decodes; describe it.

    Raises MediaError with one of the plain reasons in this module (NOT_FOUND, IS_FOLDER,
    PERMISSION_DENIED, SYMLINK_LOOP, EMPTY, NOT_MEDIA, NO_AUDIO, TRUNCATED).
    """
    p = Path(path)
    with open_audio(p) as (container, stream):
        frames = iter(FrameDecoder(p, container, stream))
        try:
            first = next(frames)
        except StopIteration:  # pragma: no cover - FrameDecoder raises instead of ending empty
            raise MediaError(p, TRUNCATED) from None
        finally:
            frames.close()  # type: ignore[attr-defined]
        ctx = stream.codec_context
        return MediaInfo(
            path=p,
            format_name=container.format.name,
            duration=declared_duration(container, stream),
            has_video=any(is_real_video(s) for s in container.streams.video),
            codec=ctx.codec.canonical_name,
            sample_rate=first.sample_rate or ctx.sample_rate,
            channels=len(first.layout.channels) or ctx.channels,
        )
