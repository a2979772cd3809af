"""What a file's own header says about its length, for formats whose demuxer hides a cut: WAV (FFmpeg clamps
the data chunk to the bytes present), Ogg (the length is read from the last page present) and MP3 (the
length is exact only when a Xing/Info/VBRI header counts the frames, otherwise guessed from the bitrate)."""

from __future__ import annotations

import struct
from pathlib import Path

#: a WAV data chunk missing at least this much audio counts as cut (seconds)
WAV_MISSING_SECONDS = 0.1
# data sizes that mean "unknown, read to the end" (streamed WAV: 0, 0xFFFFFFFF, or a 2 GiB placeholder)
_WAV_UNKNOWN_SIZE = 0x7FFF0000
# the largest possible Ogg page: 27-byte header, 255 lacing values, 255 segments of 255 bytes
_OGG_MAX_PAGE = 27 + 255 + 255 * 255
_OGG_EOS = 0x04


def wav_missing_seconds(path: Path) -> float:
    """Seconds of audio the WAV's data chunk claims but the file does not hold (0.0 when complete,
    streamed with an unknown size, or not a plain RIFF WAV)."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(12)
            if len(head) < 12 or head[:4] != b"RIFF" or head[8:12] != b"WAVE":
                return 0.0
            byte_rate = 0
            while True:
                chunk = handle.read(8)
                if len(chunk) < 8:
                    return 0.0
                name, size = chunk[:4], struct.unpack("<I", chunk[4:])[0]
                if name == b"fmt ":
                    fmt = handle.read(size + (size & 1))
                    if len(fmt) >= 12:
                        byte_rate = struct.unpack("<I", fmt[8:12])[0]
                    continue
                if name == b"data":
                    if size == 0 or size >= _WAV_UNKNOWN_SIZE:
                        return 0.0
                    present = path.stat().st_size - handle.tell()
                    missing = max(0, size - present)
                    return missing / byte_rate if byte_rate else float(missing > 0)
                handle.seek(size + (size & 1), 1)
    except OSError:
        return 0.0


def ogg_is_cut(path: Path) -> bool:
    """True when an Ogg file ends inside a page, or its last page lacks the end-of-stream mark."""
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            start = max(0, size - _OGG_MAX_PAGE - 4)
            handle.seek(start)
            tail = handle.read()
    except OSError:
        return False
    at = tail.rfind(b"OggS")
    while at >= 0:
        header = tail[at : at + 27]
        if len(header) == 27 and header[4] == 0:  # version 0: a real page header
            segments = header[26]
            table = tail[at + 27 : at + 27 + segments]
            if len(table) < segments:
                return True  # cut inside the page header
            end = at + 27 + segments + sum(table)
            if end > len(tail):
                return True  # cut inside the page's data
            return not header[5] & _OGG_EOS
        at = tail.rfind(b"OggS", 0, at)
    return False


def mp3_counts_frames(path: Path) -> bool:
    """True when the MP3's first frame is a Xing/Info (with a frame count) or VBRI header: then FFmpeg's
    duration is exact, not an estimate from the bitrate."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(10)
            offset = 0
            if head[:3] == b"ID3" and len(head) == 10:
                tag_size = (head[6] << 21) | (head[7] << 14) | (head[8] << 7) | head[9]
                offset = 10 + tag_size + (10 if head[5] & 0x10 else 0)
            handle.seek(offset)
            data = handle.read(4096)
    except OSError:
        return False
    for i in range(len(data) - 1):
        if data[i] == 0xFF and data[i + 1] & 0xE0 == 0xE0:
            frame = data[i : i + 200]
            for tag in (b"Xing", b"Info"):
                at = frame.find(tag, 4, 48)
                if at >= 0 and len(frame) >= at + 8:
                    return bool(struct.unpack(">I", frame[at + 4 : at + 8])[0] & 1)
            return frame[36:40] == b"VBRI"
    return False
