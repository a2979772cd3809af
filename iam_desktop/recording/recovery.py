"""Recovering recordings interrupted by a crash, a kill or a power cut, on the next start of the app.

Every start (the window, or any CLI command) looks for capture folders that no living process holds
(iam_desktop.recording.capture_folder) and saves each into the library as a recovered recording, which
is then queued for transcription like any other. A folder some process still holds is a recording in
progress elsewhere (the window while a CLI command runs) and is left alone.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path

from iam_desktop.errors import IamError
from iam_desktop.library.library import Library
from iam_desktop.recording.capture_folder import capture_folders
from iam_desktop.recording.saving import SavedCapture, save_capture

log = logging.getLogger(__name__)

#: a folder without a manifest this old was abandoned before recording began (seconds)
ABANDONED_AFTER = 60.0

QueueTranscription = Callable[[SavedCapture], None]


def recover_captures(
    library: Library,
    queue_transcription: QueueTranscription | None = None,
    problems: list[str] | None = None,
) -> list[SavedCapture]:
    """Save every interrupted capture into the library (as "… (recovered)"), oldest first, and hand
    each one that asked for a transcription to `queue_transcription`. Never raises for one bad capture:
    its folder is kept for the next start and the reason goes to `problems` (and the log)."""
    recovered = []
    for folder in capture_folders(library.paths.captures):
        if not folder.manifest_path.exists() and not folder.parts():
            if _age(folder.path) > ABANDONED_AFTER and folder.try_lock():
                folder.remove()  # created, then the process died before it recorded anything
            continue
        if not folder.try_lock():
            continue  # a living process is recording into it
        try:
            saved = save_capture(library, folder, recovered=True)
        except (IamError, OSError) as exc:
            message = f"an interrupted recording in {folder.path} could not be recovered yet: {exc}"
            log.warning("%s", message)
            if problems is not None:
                problems.append(message)
            continue
        finally:
            folder.unlock()
        if saved is None:
            continue
        log.info("recovered recording %d (%s, %.1f s)", saved.recording_id, saved.title, saved.duration)
        recovered.append(saved)
        if queue_transcription is not None and saved.manifest.transcribe:
            try:
                queue_transcription(saved)
            except IamError as exc:
                log.warning("could not queue the transcription of recording %d: %s", saved.recording_id, exc)
    return recovered


def queue_unowned(library: Library, engine: str = "local") -> QueueTranscription:
    """A `queue_transcription` for processes without a job runner of their own (CLI commands): the job
    waits in the queue, unowned, for the window (which adopts it) or `iam-desktop jobs resume`."""

    def queue(saved: SavedCapture) -> None:
        audio = library.audio_file(saved.recording_id)
        if audio is not None:
            library.jobs.create(
                str(audio), engine=engine, language=saved.manifest.language, recording_id=saved.recording_id
            )

    return queue


def _age(path: Path) -> float:
    try:
        return time.time() - path.stat().st_mtime
    except OSError:
        return 0.0
