"""Saving a finished (or interrupted) capture into the library: one lossless FLAC copy, one recording.

Saving is idempotent: the recording carries its capture's ID, so a save that a crash interrupted can be
run again (by recovery) without adding the recording twice. The capture folder is removed only after
the recording is in the library, so at every moment the audio is in one place or the other.

A meeting capture (two tracks) becomes one stereo recording: channel 0 the microphone, channel 1 the
computer's audio aligned onto the microphone's timeline by the tracks' clocks (iam_desktop.meeting.alignment),
marked as such (`recordings.tracks`). If the computer's audio holds nothing, the microphone alone is saved.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from iam_desktop.audio import SPEECH_SAMPLE_RATE
from iam_desktop.audio.store import encode_pcm_flac
from iam_desktop.errors import StorageError
from iam_desktop.library.library import Library
from iam_desktop.library.records import MEETING_TRACKS
from iam_desktop.recording.capture_folder import (
    MICROPHONE,
    SYSTEM,
    CaptureFolder,
    CaptureManifest,
    default_title,
)
from iam_desktop.recording.wav_file import WavInfo, read_frames, repair_wav

log = logging.getLogger(__name__)

RECOVERED_NOTE = (
    "Recovered: IAM Desktop stopped unexpectedly while recording. Everything up to about a second before "
    "that was saved."
)


@dataclass(frozen=True)
class SavedCapture:
    """A capture that is now a recording in the library."""

    recording_id: int
    title: str
    duration: float
    recovered: bool
    manifest: CaptureManifest
    #: recordings.tracks (MEETING_TRACKS for the microphone and the computer's audio), or None
    tracks: str | None = None


def save_capture(library: Library, folder: CaptureFolder, *, recovered: bool = False) -> SavedCapture | None:
    """Put the capture's audio into the library as one recording and remove the folder. Returns None
    (and removes the folder) if it holds no audio at all. Raises StorageError if the library cannot be
    written; the capture folder is then left as it was, to be saved later."""
    parts = _usable_parts(folder)
    manifest = _manifest(folder, parts)
    existing = library.recording_for_capture(manifest.capture_id)
    if existing is not None:  # saved before a crash took the process down; only the folder was left
        folder.remove()
        info = library.get_recording(existing)
        title, duration = (info.title, info.duration) if info else (manifest.title, 0.0)
        return SavedCapture(existing, title, duration, recovered, manifest, info.tracks if info else None)
    frames = sum(info.frames for _, info in parts)
    if frames == 0:
        folder.remove()
        return None
    rate, channels = parts[0][1].sample_rate, parts[0][1].channels
    system_parts = _usable_parts(folder, SYSTEM) if manifest.two_tracks else []
    tracks = MEETING_TRACKS if system_parts else None
    adopted: tuple[Path, Path] | None = None
    try:
        if system_parts:
            channels = 2
            stored = library.store.store_written(
                lambda tmp: encode_pcm_flac(_aligned(folder, parts, system_parts), rate, 2, tmp), ".flac"
            )
        else:
            stored = library.store.store_written(
                lambda tmp: encode_pcm_flac(
                    itertools.chain.from_iterable(read_frames(path) for path, _ in parts), rate, channels, tmp
                ),
                ".flac",
            )
    except StorageError as exc:
        if "disk is full" not in str(exc) or len(parts) != 1 or system_parts:
            raise
        # no room for a compressed copy: the WAV itself moves into the store (a rename needs no space)
        log.warning("disk full while saving %s: keeping its WAV as it is", folder.path)
        stored = library.store.adopt_file(parts[0][0], ".wav")
        adopted = (library.store.path_of(stored.relpath), parts[0][0])
    title = f"{manifest.title} (recovered)" if recovered else manifest.title
    try:
        recording_id = library.add_recording(
            title=title, duration=frames / rate, sample_rate=rate, channels=channels, stored=stored,
            source_path=None, capture_id=manifest.capture_id, notes=RECOVERED_NOTE if recovered else None,
            tracks=tracks,
        )  # fmt: skip
    except BaseException:
        if adopted is not None:  # put the audio back where the next attempt will look for it
            with contextlib.suppress(OSError):
                os.replace(*adopted)
        raise
    folder.remove()
    return SavedCapture(recording_id, title, frames / rate, recovered, manifest, tracks)


def _aligned(
    folder: CaptureFolder, parts: list[tuple[Path, WavInfo]], system_parts: list[tuple[Path, WavInfo]]
) -> Iterator[np.ndarray]:
    """The meeting's two tracks as int16 (n, 2) blocks on the microphone's timeline."""
    from iam_desktop.meeting.alignment import align_capture

    blocks, _frames = align_capture(
        [path for path, _ in parts], folder.clock_path(MICROPHONE),
        [path for path, _ in system_parts], folder.clock_path(SYSTEM),
    )  # fmt: skip
    return blocks


def _usable_parts(folder: CaptureFolder, track: str = MICROPHONE) -> list[tuple[Path, WavInfo]]:
    """A track's parts with audio, repaired; a part cut off before its header was written holds nothing."""
    usable = []
    for path in folder.parts(track):
        try:
            info = repair_wav(path)
        except ValueError:
            log.warning("%s has no usable header (cut off in its first moments); skipped", path)
            continue
        except OSError as exc:
            raise StorageError(f"the recording in {folder.path} could not be read: {exc}") from exc
        if info.frames:
            usable.append((path, info))
    formats = {(info.sample_rate, info.channels) for _, info in usable}
    if len(formats) > 1:  # never written by us; keep the parts that match the first
        first = (usable[0][1].sample_rate, usable[0][1].channels)
        usable = [(p, i) for p, i in usable if (i.sample_rate, i.channels) == first]
    return usable


def _manifest(folder: CaptureFolder, parts: list[tuple[Path, WavInfo]]) -> CaptureManifest:
    """The folder's manifest, or one rebuilt from the folder name and the audio if it is damaged."""
    try:
        return folder.manifest()
    except ValueError as exc:
        log.warning("capture manifest unusable (%s); rebuilding it from the audio", exc)
    rate, channels = (parts[0][1].sample_rate, parts[0][1].channels) if parts else (SPEECH_SAMPLE_RATE, 1)
    return CaptureManifest(
        capture_id=folder.path.name, title=default_title(), started_at="", device="unknown",
        sample_rate=rate, channels=channels, transcribe=True, language=None,
    )  # fmt: skip

