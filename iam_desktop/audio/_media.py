"""Shared plumbing: open a file as media, classify what is wrong with it, and decode its audio frames."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import av
import av.error
from av.audio.frame import AudioFrame
from av.audio.stream import AudioStream
from av.container import InputContainer
from av.stream import Disposition, Stream

from iam_desktop.errors import MediaError

NOT_FOUND = "file not found"
IS_FOLDER = "is a folder, not a file"
PERMISSION_DENIED = "permission denied"
EMPTY = "file is empty"
NOT_MEDIA = "not an audio or video file"
NO_AUDIO = "no audio stream"
TRUNCATED = "file is truncated"
SYMLINK_LOOP = "symbolic link loop"

# Demuxers FFmpeg will happily open that are not audio/video: text art, images, subtitles.
_NON_MEDIA_FORMATS = frozenset(
    {
        "tty", "bin", "xbin", "idf", "adf", "image2", "image2pipe", "gif", "apng", "ico", "webp",
        "lrc", "srt", "ass", "webvtt", "microdvd", "mpl2", "mpsub", "pjs", "realtext", "sami",
        "stl", "subviewer", "subviewer1", "vplayer", "jacosub", "aqtitle", "scc", "sup", "vobsub",
    }
)  # fmt: skip
# Raw video elementary streams: never carry audio, and random bytes sometimes "decode" as them.
_RAW_VIDEO_FORMATS = frozenset(
    {
        "h261", "h263", "h264", "hevc", "vvc", "m4v", "mpegvideo", "cavsvideo", "avs2", "avs3",
        "dirac", "vc1", "mjpeg", "mjpeg_2000", "rawvideo", "ingenient", "evc", "lcevc",
    }
)  # fmt: skip
# Video "codecs" that are really still images or text art.
_STILL_CODECS = frozenset(
    {
        "ansi", "bintext", "xbin", "idf", "png", "apng", "bmp", "gif", "webp", "tiff", "qoi",
        "ppm", "pgm", "pgmyuv", "pbm", "pam", "sgi", "targa", "pcx", "xbm", "xpm", "xwd", "sunrast",
        "jpeg2000", "jpegls", "dds", "exr", "hdr", "psd", "svg", "photocd", "jpegxl",
    }
)  # fmt: skip

# Undecodable packets tolerated while looking for a video frame.
_MAX_BAD_PACKETS = 50
# This many undecodable audio packets before the first good frame: the data is not what the
# container claims (random bytes named .mp3/.aac sometimes even yield one lucky frame later).
# Fewer, and then nothing at all, means a real file that simply stops too early.
_GARBAGE_PACKETS = 3


def check_file(path: Path) -> None:
    """Raise MediaError unless ``path`` is an existing, readable, non-empty regular file."""
    try:
        st = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        raise MediaError(path, NOT_FOUND) from None
    except PermissionError:
        raise MediaError(path, PERMISSION_DENIED) from None
    except OSError as exc:
        raise MediaError(path, SYMLINK_LOOP if exc.errno == errno.ELOOP else NOT_FOUND) from None
    except ValueError:  # embedded NUL or similar nonsense in the path
        raise MediaError(path, NOT_FOUND) from None
    if stat.S_ISDIR(st.st_mode):
        raise MediaError(path, IS_FOLDER)
    if not stat.S_ISREG(st.st_mode):  # FIFOs and devices would block or never end
        raise MediaError(path, NOT_MEDIA)
    if st.st_size == 0:
        raise MediaError(path, EMPTY)
    try:
        fd = os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        raise MediaError(path, NOT_FOUND) from None
    except PermissionError:
        raise MediaError(path, PERMISSION_DENIED) from None
    os.close(fd)


def is_real_video(stream: Stream) -> bool:
    """True for a moving-picture stream; False for cover art and still images."""
    if stream.type != "video" or stream.disposition & Disposition.attached_pic:
        return False
    ctx = stream.codec_context
    return ctx is None or ctx.name not in _STILL_CODECS


def _open_container(path: Path) -> InputContainer:
    try:
        return av.open(str(path), metadata_errors="replace")
    except FileNotFoundError:  # also av.error.FileNotFoundError
        raise MediaError(path, NOT_FOUND) from None
    except PermissionError:
        raise MediaError(path, PERMISSION_DENIED) from None
    except (av.error.FFmpegError, OSError, EOFError, ValueError, UnicodeError):
        raise MediaError(path, NOT_MEDIA) from None


def _video_decodes(container: InputContainer, stream: Stream) -> bool:
    """Whether at least one picture of ``stream`` decodes (random bytes sometimes "open" as video)."""
    bad = 0
    try:
        for packet in container.demux(stream):
            try:
                if packet.decode():
                    return True
            except av.error.FFmpegError:
                bad += 1
                if bad >= _MAX_BAD_PACKETS:
                    return False
    except av.error.FFmpegError:
        return False
    return False


def declared_duration(container: InputContainer, stream: AudioStream) -> float | None:
    """Seconds the audio stream (or else the whole container) claims to last; None if unknown."""
    if stream.duration and stream.duration > 0 and stream.time_base is not None:
        return float(stream.duration * stream.time_base)
    if container.duration is not None and container.duration > 0:
        return container.duration / 1_000_000
    return None


@contextmanager
def open_audio(path: Path) -> Iterator[tuple[InputContainer, AudioStream]]:
    """Open ``path`` and yield it with its first audio stream; raise MediaError if it has none.

    The container is closed on exit.
    """
    check_file(path)
    with _open_container(path) as container:
        if container.format.name in _NON_MEDIA_FORMATS or container.format.name.endswith("_pipe"):
            raise MediaError(path, NOT_MEDIA)
        audio = [s for s in container.streams.audio if s.codec_context is not None]
        if not audio:
            videos = [s for s in container.streams.video if is_real_video(s)]
            raw = container.format.name in _RAW_VIDEO_FORMATS
            if videos and not raw and _video_decodes(container, videos[0]):
                raise MediaError(path, NO_AUDIO)
            raise MediaError(path, NOT_MEDIA)
        yield container, audio[0]


class FrameDecoder:
    """Iterate the decoded frames of one audio stream, stopping cleanly where the file is damaged.

    A couple of undecodable packets before the first frame are skipped. After the first frame, a
    demux or decode error ends the iteration and sets ``truncated``. If no frame at all decodes,
    iterating raises MediaError: NOT_MEDIA when the data does not look like the claimed codec
    (several undecodable packets, or no sample rate/channel count known), otherwise TRUNCATED.
    """

    def __init__(self, path: Path, container: InputContainer, stream: AudioStream) -> None:
        self.path = path
        self.container = container
        self.stream = stream
        #: decoding stopped early at an error, after some audio was recovered
        self.truncated = False
        #: number of frames yielded so far
        self.frames = 0

    def __iter__(self) -> Iterator[AudioFrame]:
        bad = 0
        try:
            for packet in self.container.demux(self.stream):
                try:
                    frames = packet.decode()
                except av.error.FFmpegError:
                    if self.frames:
                        self.truncated = True
                        return
                    bad += 1
                    if bad >= _GARBAGE_PACKETS:
                        break
                    continue
                for frame in frames:
                    self.frames += 1
                    yield frame
        except av.error.FFmpegError:
            if self.frames:
                self.truncated = True
                return
        if not self.frames:
            ctx = self.stream.codec_context
            # A real file cut short still has valid stream parameters from its header; FFmpeg
            # opens anything named .flac/.mp3 as such, but then cannot tell the rate or channels.
            garbage = bad >= _GARBAGE_PACKETS or not ctx.sample_rate or not ctx.channels
            raise MediaError(self.path, NOT_MEDIA if garbage else TRUNCATED)
