"""A file copied slowly, in pieces, as a slow disk or network gives (for the watch-folder tests)."""

from __future__ import annotations

import threading
import time
from pathlib import Path


class SlowCopy(threading.Thread):
    """Writes `source` to `target` in `pieces` parts with `pause` seconds between them (flushed each
    time, so the size and time on disk change as they would during a real copy). `done` is set once
    the last byte is written and the file closed."""

    def __init__(self, source: Path, target: Path, pieces: int = 8, pause: float = 0.4) -> None:
        super().__init__(daemon=True)
        self.data = source.read_bytes()
        self.target = target
        self.pieces = pieces
        self.pause = pause
        self.done = threading.Event()

    def run(self) -> None:
        size = -(-len(self.data) // self.pieces)
        with open(self.target, "wb") as out:
            for start in range(0, len(self.data), size):
                out.write(self.data[start : start + size])
                out.flush()
                time.sleep(self.pause)
        self.done.set()
