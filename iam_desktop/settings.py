"""User preferences: `settings.json` in the data folder, every option declared once in `Settings`.

Reading never fails: a damaged file is reported and left in place (defaults are used), a value of the
wrong type falls back to that option's default with a warning, and keys this version does not know are
kept when saving (a newer version may have written them). Saving is atomic (temp file, fsync, rename); a
damaged file is first renamed to settings.json.damaged-<timestamp>. Secrets never go here: they belong in
the OS keyring (iam_desktop.secrets), and saving refuses anything whose name looks like one.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import math
import os
import re
import types
import typing
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from iam_desktop.errors import StorageError
from iam_desktop.fsutil import atomic_write
from iam_desktop.paths import DataPaths

log = logging.getLogger(__name__)

SETTINGS_FILE = "settings.json"
#: the environment variable that overrides `openai_base_url` at use time
OPENAI_BASE_URL_ENV = "OPENAI_BASE_URL"


def _option(default: Any, doc: str, *, low: float | None = None, high: float | None = None) -> Any:
    """A field with its description; a number gets the range [low, high] it must lie in (every numeric
    option has one: a stray 0, NaN or 1e9 in the file falls back to the default, never reaches a job)."""
    metadata: dict[str, Any] = {"doc": doc}
    if low is not None and high is not None:
        metadata["range"] = (low, high)
    if isinstance(default, list):
        return field(default_factory=lambda: list(default), metadata=metadata)
    return field(default=default, metadata=metadata)


@dataclass(frozen=True)
class Settings:
    """Every user preference, with its type, default and description (field metadata "doc")."""

    default_engine: Literal["local", "openai"] = _option(
        "local", "Engine for new transcriptions: 'local' (offline, on this computer) or 'openai' (cloud)."
    )
    openai_model: str = _option("whisper-1", "OpenAI transcription model.")
    summary_model: str = _option(
        "gpt-4o-mini", "OpenAI chat model for summaries (any model the OpenAI-compatible server offers)."
    )
    summary_offline: bool = _option(
        False, "Summarise offline (extractive, on this computer) even when an OpenAI key is set."
    )
    openai_base_url: str | None = _option(
        None, "OpenAI-compatible API address; None = OpenAI's. OPENAI_BASE_URL overrides it."
    )
    fallback_to_local: bool = _option(True, "Transcribe locally when the cloud service cannot be reached.")
    local_model: str | None = _option(
        None, "Local model name or folder; None = automatic (tiny.en for English, base otherwise)."
    )
    extra_model_dirs: list[str] = _option([], "More folders to look for local models in.")
    language: str | None = _option(None, "Language spoken, e.g. 'en'; None = detect automatically.")
    transcribe_after_recording: bool = _option(True, "Start transcribing as soon as a recording stops.")
    identify_speakers: bool = _option(
        True,
        "Label who speaks when (Speaker 1, Speaker 2…) after transcribing (offline); one voice: no labels.",
    )
    speaker_count: int = _option(
        0, "How many people speak in new recordings; 0 = find out from the audio.", low=0, high=20
    )
    input_device: str | None = _option(None, "Microphone to record from; None = the system default.")
    record_source: str = _option(
        "microphone",
        "What Record records: 'microphone', 'system' (the computer's audio: what it plays) or 'both' (a call:"
        " the microphone and the computer's audio as two tracks, 'Me' and 'Others').",
    )
    my_name: str = _option("Me", "Your name in the transcript of a recording of both sides (the microphone).")
    local_chunk_seconds: float = _option(
        300.0,
        "Long recordings are transcribed locally in pieces of about this many seconds, cut at pauses; an"
        " interrupted job resumes at its first unfinished piece.",
        low=5.0,
        high=3600.0,
    )
    cloud_chunk_seconds: float = _option(
        1800.0,
        "Audio handed to the cloud engine at a time (it uploads it in parallel pieces of 10 minutes).",
        low=10.0,
        high=14400.0,
    )
    theme: Literal["system", "light", "dark"] = _option(
        "system", "The window's colours: 'system' (the desktop's light or dark look), 'light' or 'dark'."
    )
    interface_language: Literal["system", "en", "af", "zu", "de", "fr", "es", "pt"] = _option(
        "system",
        "The window's language: 'system' (the desktop's, from LANGUAGE/LANG) or en, af, zu, de, fr, es, pt.",
    )
    backup_provider: str | None = _option(
        None, "Backup storage: 'aws', 'wasabi', 'spaces', 'b2', 'r2' or 'custom'; None = no backups."
    )
    backup_bucket: str = _option("", "The bucket backups go to.")
    backup_prefix: str = _option("iam-desktop", "The folder (key prefix) in the bucket backups go under.")
    backup_region: str | None = _option(None, "The bucket's region; None = the provider's default.")
    backup_endpoint: str | None = _option(
        None, "The storage's address (custom servers, Cloudflare R2); None = the provider's own."
    )
    backup_access_id: str = _option(
        "", "The storage's access key ID (not secret; the secret access key lives in the OS keyring)."
    )
    backup_automatic: bool = _option(
        True, "Back up by itself: after new recordings and transcripts settle, and at least once a day."
    )
    backup_keep: int = _option(
        30, "How many backups (snapshots) to keep; older ones and what only they need are pruned.",
        low=1, high=10000,
    )  # fmt: skip
    backup_bandwidth_kbps: int = _option(
        0, "The most a backup may send or receive, in kilobytes per second; 0 = no limit.",
        low=0, high=10_000_000,
    )  # fmt: skip
    billing_service_url: str | None = _option(
        None, "The seller's billing service (checkout and portal pages, licences); None = the plan "
        "catalogue's static payment links. https, or http on this computer only.",
    )
    billing_gateway: Literal["stripe", "paygate", "stitch"] = _option(
        "stripe", "Where to pay: 'stripe' (cards, US dollars), 'paygate' or 'stitch' (South Africa, rand)."
    )
    crash_reports: bool = _option(
        False, "Send crash reports (scrubbed of transcripts, titles, paths and keys) to crash_report_dsn."
    )
    crash_report_dsn: str | None = _option(
        None, "Address (Sentry DSN) of a Sentry-compatible server that receives the crash reports."
    )

    def __post_init__(self) -> None:
        for option in dataclasses.fields(self):
            problem = _out_of_range(option, getattr(self, option.name))
            if problem:
                raise ValueError(f"setting {option.name!r}: {problem}")


def option_range(name: str) -> tuple[float, float] | None:
    """The (lowest, highest) value a numeric option may have (for the settings dialog), None for others."""
    return next((f.metadata.get("range") for f in dataclasses.fields(Settings) if f.name == name), None)


def _out_of_range(option: dataclasses.Field, value: Any) -> str | None:
    """Why `value` is outside the option's range, or None when it fits (or the option has none)."""
    bounds = option.metadata.get("range")
    if bounds is None or not isinstance(value, int | float) or isinstance(value, bool):
        return None
    low, high = bounds
    if not math.isfinite(value) or not low <= value <= high:
        return f"{value!r} is not between {low:g} and {high:g}"
    return None


def option_descriptions() -> dict[str, str]:
    """Each option's name and description, in declaration order."""
    return {f.name: f.metadata.get("doc", "") for f in dataclasses.fields(Settings)}


def settings_file(paths: DataPaths) -> Path:
    return paths.root / SETTINGS_FILE


def load_settings(paths: DataPaths, problems: list[str] | None = None) -> Settings:
    """The saved settings, defaults for anything missing or unusable. Never raises for a bad file:
    each problem is logged and, if `problems` is given, appended to it in plain words."""

    def report(message: str) -> None:
        log.warning("%s", message)
        if problems is not None:
            problems.append(message)

    path = settings_file(paths)
    data, damage = _read(path)
    if damage:
        report(f"settings file {path} is damaged ({damage}); using the default settings")
        return Settings()
    values: dict[str, Any] = {}
    hints = typing.get_type_hints(Settings)
    defaults = Settings()
    for option in dataclasses.fields(Settings):
        if option.name not in data:
            continue
        default = getattr(defaults, option.name)
        raw = data[option.name]
        # (the default itself is always fine: e.g. the empty backup bucket of a library never backed up)
        value = default if raw == default and type(raw) is type(default) else _coerce(raw, hints[option.name])
        problem = "an unusable value" if value is _INVALID else _out_of_range(option, value)
        if problem:
            report(
                f"setting {option.name!r} in {path} has {problem}; "
                f"using the default ({getattr(defaults, option.name)!r})"
            )
        else:
            values[option.name] = value
    for key in data:
        if _looks_secret(key):  # the value is not shown: it may be a real secret
            report(f"{path} contains {key!r}, which looks like a secret; it is ignored (secrets belong "
                   "in the OS keyring: iam-desktop keys set …)")
    return Settings(**values)


def save_settings(paths: DataPaths, settings: Settings) -> None:
    """Write `settings` atomically, keeping keys unknown to this version (but never secret-looking
    ones). Raises ValueError if an option's name looks like a secret, StorageError if it cannot write."""
    data = dataclasses.asdict(settings)
    secret_like = sorted(k for k in data if _looks_secret(k))
    if secret_like:
        raise ValueError(f"settings must not hold secrets ({', '.join(secret_like)}); use the OS keyring")
    path = settings_file(paths)
    existing, damage = _read(path)
    if damage:
        _set_aside(path)
    merged = {k: v for k, v in existing.items() if k not in data and not _looks_secret(k)}
    merged.update(data)
    _write_atomically(path, json.dumps(merged, ensure_ascii=False, indent=2, sort_keys=True) + "\n")


def openai_base_url(settings: Settings) -> str | None:
    """The OpenAI API address to use: OPENAI_BASE_URL if set, else the setting (None = OpenAI's)."""
    return os.environ.get(OPENAI_BASE_URL_ENV, "").strip() or settings.openai_base_url


def local_model_name(settings: Settings, language: str | None = None) -> str:
    """The local model to use: the setting, or automatically tiny.en for English and base otherwise
    (also when the language is to be detected). `language` defaults to the setting."""
    if settings.local_model:
        return settings.local_model
    language = language if language is not None else settings.language
    return "tiny.en" if language and language.lower().split("-")[0] == "en" else "base"


# ---- reading and writing -------------------------------------------------------------------------------

_INVALID = object()
_SECRET_WORDS = ("secret", "token", "password", "passwd", "credential")
_SECRET_PARTS = frozenset({"key", "keys", "apikey", "pwd"})


def _looks_secret(name: str) -> bool:
    lowered = name.lower()
    parts = re.split(r"[^a-z0-9]+", re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name).lower())
    return any(word in lowered for word in _SECRET_WORDS) or any(p in _SECRET_PARTS for p in parts)


def _read(path: Path) -> tuple[dict[str, Any], str | None]:
    """(the file's JSON object, None), ({}, None) if there is no file, or ({}, what is wrong)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}, None
    except UnicodeDecodeError:
        return {}, "not UTF-8 text"
    except OSError as exc:
        return {}, f"cannot be read: {exc.strerror or exc}"
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        return {}, f"not valid JSON: {exc.msg} at line {exc.lineno}"
    if not isinstance(data, dict):
        return {}, "not a JSON object"
    return data, None


def _coerce(value: Any, hint: Any) -> Any:
    """`value` if it fits the type `hint` (empty text counts as None where None is allowed), else _INVALID."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        if value is None or (value == "" and type(None) in args):
            return None if type(None) in args else _INVALID
        for arg in args:
            if arg is not type(None) and (coerced := _coerce(value, arg)) is not _INVALID:
                return coerced
        return _INVALID
    if origin is Literal:
        return value if any(value == a and type(value) is type(a) for a in args) else _INVALID
    if origin is list:
        (item,) = args
        if not isinstance(value, list):
            return _INVALID
        items = [_coerce(v, item) for v in value]
        return _INVALID if any(v is _INVALID for v in items) else items
    if hint is bool:
        return value if isinstance(value, bool) else _INVALID
    if hint is str:
        return value if isinstance(value, str) and value.strip() else _INVALID
    if hint in (int, float):
        if not isinstance(value, int | float) or isinstance(value, bool):
            return _INVALID
        try:
            return hint(value)
        except (OverflowError, ValueError):  # an integer too large for a float, NaN or infinity as int
            return _INVALID
    raise TypeError(f"settings: unsupported option type {hint!r}")  # a defect in Settings


def _set_aside(path: Path) -> None:
    target = path.with_name(f"{path.name}.damaged-{datetime.now():%Y%m%d-%H%M%S}")
    try:
        os.replace(path, target)
    except OSError as exc:
        raise StorageError(f"could not move the damaged settings file {path} aside: {exc}") from exc
    log.warning("damaged settings file kept as %s", target)


def _write_atomically(path: Path, text: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, text)
    except OSError as exc:
        raise StorageError(f"could not save the settings to {path}: {exc}") from exc


def speaker_option(settings: Settings) -> int | None:
    """What new jobs are told about speakers: None = do not label them, 0 = label as many as are found,
    N = label N speakers."""
    return max(0, settings.speaker_count) if settings.identify_speakers else None
