"""The folder of one recording in progress: its description (capture.json), its audio parts and a lock.

A capture lives in `<data folder>/captures/<capture id>/` from its first second until it has been saved
into the library. The process recording it holds an OS lock (via `filelock`) on the folder's `lock`
file for all that time; the OS drops the lock when the process dies, however it dies. A capture folder
whose lock can be taken therefore belongs to nobody: it was interrupted, and recovery saves it
(iam_desktop.recording.recovery).

A meeting capture holds two tracks: the microphone's parts (`part-NNNN.wav`, as any capture) and the
computer's audio (`system-NNNN.wav`), each with a clock file of anchors (`clock-<track>.txt`: a frame and
the moment it was captured) from which saving aligns them.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import uuid
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from iam_desktop.fsutil import atomic_write, fsync_folder

if TYPE_CHECKING:  # imported when a lock is taken (its import costs ~0.05 s of the window's start)
    from filelock import FileLock

MANIFEST = "capture.json"
LOCK = "lock"
#: the tracks of a capture, and the prefix of their parts' file names
MICROPHONE = "microphone"
SYSTEM = "system"
_PART_PREFIX = {MICROPHONE: "part", SYSTEM: "system"}


@dataclass(frozen=True)
class CaptureManifest:
    """What is known about a capture when it starts (written once, atomically).

    Attributes:
        capture_id: unique ID; also stored with the recording, so a capture is never saved twice.
        title: the recording's title in the library.
        started_at: when recording began (UTC, ISO 8601).
        device: the input's name.
        sample_rate, channels: the format of every part.
        transcribe: queue a transcription once it is saved (also after a recovery).
        language: the language to transcribe in (None: detect).
        system_device, system_sample_rate, system_channels: the computer's audio, recorded as a second
            track (None: a capture of one track).
        source: what the capture records: MICROPHONE, SYSTEM (the computer's audio alone, as the one
            track) or "both".
    """

    capture_id: str
    title: str
    started_at: str
    device: str
    sample_rate: int
    channels: int
    transcribe: bool = True
    language: str | None = None
    system_device: str | None = None
    system_sample_rate: int | None = None
    system_channels: int | None = None
    source: str = MICROPHONE

    @property
    def two_tracks(self) -> bool:
        """The capture holds the microphone and the computer's audio as two tracks."""
        return self.system_device is not None


def default_title(when: datetime | None = None) -> str:
    """'Recording 2026-11-26 14:03' in local time."""
    local = (when or datetime.now(UTC)).astimezone()
    return f"Recording {local:%Y-%m-%d %H:%M}"


def new_manifest(
    *, device: str, sample_rate: int, channels: int, transcribe: bool = True, language: str | None = None,
    title: str | None = None, system: tuple[str, int, int] | None = None, source: str = MICROPHONE,
) -> CaptureManifest:  # fmt: skip
    """A new capture's manifest; `system`: (name, rate, channels) of the computer's audio, a second track."""
    now = datetime.now(UTC)
    system_device, system_rate, system_channels = system if system is not None else (None, None, None)
    return CaptureManifest(
        capture_id=uuid.uuid4().hex, title=title or default_title(now), started_at=now.isoformat(),
        device=device, sample_rate=int(sample_rate), channels=int(channels), transcribe=transcribe,
        language=language, system_device=system_device, system_sample_rate=system_rate,
        system_channels=system_channels, source=source,
    )  # fmt: skip


class CaptureFolder:
    """One capture's folder. Create a new one with `create`, or `open` an existing one (recovery)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock: FileLock | None = None

    @classmethod
    def create(cls, root: Path, manifest: CaptureManifest) -> CaptureFolder:
        """Make the folder, take its lock, then write the manifest (in that order: a folder with a
        manifest is always locked while its recording process lives)."""
        root.mkdir(parents=True, exist_ok=True)
        folder = cls(root / manifest.capture_id)
        folder.path.mkdir()
        if not folder.try_lock():
            raise RuntimeError(f"could not lock the new capture folder {folder.path}")
        _write_json(folder.path / MANIFEST, asdict(manifest))
        fsync_folder(root)
        return folder

    @property
    def manifest_path(self) -> Path:
        return self.path / MANIFEST

    def manifest(self) -> CaptureManifest:
        """Read capture.json. Raises ValueError if it is missing or damaged."""
        try:
            data = json.loads(self.manifest_path.read_text(encoding="utf-8"))
            known = CaptureManifest.__dataclass_fields__  # a newer version's fields are ignored
            return CaptureManifest(**{key: value for key, value in data.items() if key in known})
        except (OSError, ValueError, TypeError) as exc:
            raise ValueError(f"{self.manifest_path}: {exc}") from exc

    def part_path(self, number: int, track: str = MICROPHONE) -> Path:
        return self.path / f"{_PART_PREFIX[track]}-{number:04d}.wav"

    def parts(self, track: str = MICROPHONE) -> list[Path]:
        """The audio parts of a track, in recording order."""
        return sorted(self.path.glob(f"{_PART_PREFIX[track]}-*.wav"))

    def clock_path(self, track: str) -> Path:
        """The track's clock anchors (`<frame> <seconds>` per line)."""
        return self.path / f"clock-{track}.txt"

    def try_lock(self) -> bool:
        """Take the folder's lock without waiting; False if another process holds it."""
        if self._lock is not None:
            return True
        lock = _new_lock(self.path / LOCK)
        try:
            lock.acquire()
        except OSError:  # Timeout (another process holds it) is an OSError too
            return False
        self._lock = lock
        return True

    def unlock(self) -> None:
        lock, self._lock = self._lock, None
        if lock is not None:
            with contextlib.suppress(OSError):
                lock.release(force=True)

    @property
    def locked(self) -> bool:
        """This process holds the lock."""
        return self._lock is not None

    def remove(self) -> None:
        """Delete the folder (after its recording has been saved into the library)."""
        self.unlock()  # Windows cannot delete an open file; the folder goes at once below
        shutil.rmtree(self.path, ignore_errors=True)
        with contextlib.suppress(OSError):
            fsync_folder(self.path.parent)


def capture_folders(root: Path) -> list[CaptureFolder]:
    """Every capture folder under `root`, oldest first (by the folder's modification time)."""
    try:
        entries = [entry for entry in root.iterdir() if entry.is_dir()]
    except OSError:
        return []
    return [CaptureFolder(entry) for entry in sorted(entries, key=_mtime)]


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def _write_json(path: Path, data: dict[str, Any]) -> None:
    atomic_write(path, json.dumps(data, ensure_ascii=False, indent=2))


def _new_lock(path: Path) -> FileLock:
    """An OS lock on `path` (flock on POSIX, a byte-range lock on Windows), which the OS drops when the
    holding process dies; never a "soft" lock (a file whose presence is the lock), which a dead process
    would leave held. Not tied to a thread: the lock may be released by another thread than took it."""
    from filelock import FileLock

    return FileLock(path, timeout=0, mode=0o600, thread_local=False, fallback_to_soft=False)
