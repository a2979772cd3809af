"""The JSON export: a stable, documented schema that `from_json` reads back into a Transcript.

Schema (version 1), written with indent=2, UTF-8 text (ensure_ascii=False) and a trailing newline:

    {
      "format": "iam-desktop-transcript",      # always this string
      "version": 1,                            # bumped on incompatible changes
      "id": 12 | null,                         # Transcript.recording_id
      "title": "Interview",
      "duration": 61.25,                       # seconds
      "language": "en" | null,
      "language_probability": 0.97 | null,     # how sure detection was; null when the user named it
      "engine": "local",
      "model": "tiny.en",
      "created_at": "2024-05-01T12:00:00Z" | null,   # ISO-8601, UTC
      "notes": "..." | null,                   # the user's notes (optional when reading)
      "edited": false,                         # the user's edited version? (optional when reading)
      "summaries": [                           # only when the export includes summaries; not read back
        {"preset": "key-points", "engine": "offline" | "openai", "model": "gpt-4o-mini" | null,
         "instruction": "..." | null, "created_at": "2024-05-01T12:30:00Z" | null,
         "edited": false, "stale": false,      # stale: made before the transcript changed much
         "text": "- ...", "chapters": [{"start": 65.0, "title": "Budget"}, ...]},
        ...
      ],
      "text": "...",                           # Transcript.text, for convenience; ignored when reading
      "segments": [
        {"start": 0.0, "end": 2.5, "text": "Hello there.", "speaker": "Ann" | null,   # speaker optional
         "words": [{"start": 0.0, "end": 0.4, "word": "Hello", "probability": 0.981}, ...]},
        ...
      ]
    }

Every number of seconds and every probability is rounded to 3 decimals; a value that is not a finite
number is written as null and read back as NaN. A naive `created_at` is taken to be UTC already;
`from_json` always returns an aware UTC datetime. "notes", "edited" and "speaker" were added without a
version bump: files written before them read back with None / False / None; so was
"language_probability" (None), and "summaries" (written only when summaries are exported, in the order
given; `from_json` ignores it).
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from iam_desktop.errors import ExportError
from iam_desktop.summaries.model import Summary
from iam_desktop.transcript import Segment, Transcript, Word

JSON_FORMAT = "iam-desktop-transcript"
JSON_VERSION = 1


def _num(value: float) -> float | None:
    """A plain Python float rounded to 3 decimals (numpy scalars included), or None if not finite."""
    number = float(value)
    return round(number, 3) if math.isfinite(number) else None


def _iso_utc(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    moment = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    return moment.isoformat().replace("+00:00", "Z")


def _word_dict(word: Word) -> dict[str, Any]:
    return {
        "start": _num(word.start),
        "end": _num(word.end),
        "word": str(word.text),
        "probability": _num(word.probability),
    }


def _segment_dict(segment: Segment) -> dict[str, Any]:
    return {
        "start": _num(segment.start),
        "end": _num(segment.end),
        "text": str(segment.text),
        "speaker": None if segment.speaker is None else str(segment.speaker),
        "words": [_word_dict(w) for w in segment.words],
    }


def _summary_dict(summary: Summary) -> dict[str, Any]:
    return {
        "preset": str(summary.preset),
        "engine": str(summary.engine),
        "model": None if summary.model is None else str(summary.model),
        "instruction": None if summary.instruction is None else str(summary.instruction),
        "created_at": _iso_utc(summary.created_at),
        "edited": bool(summary.edited),
        "stale": bool(summary.stale),
        "text": str(summary.text),
        "chapters": [{"start": _num(c.start), "title": str(c.title)} for c in summary.chapters],
    }


def to_json(transcript: Transcript, *, summaries: Sequence[Summary] = ()) -> str:
    """The transcript as a JSON document of the schema above (with "summaries" when any are given)."""
    rid = transcript.recording_id
    document: dict[str, Any] = {
        "format": JSON_FORMAT,
        "version": JSON_VERSION,
        "id": None if rid is None else int(rid),
        "title": str(transcript.title),
        "duration": _num(transcript.duration),
        "language": None if transcript.language is None else str(transcript.language),
        "language_probability": (
            None if transcript.language_probability is None else _num(transcript.language_probability)
        ),
        "engine": str(transcript.engine),
        "model": str(transcript.model),
        "created_at": _iso_utc(transcript.created_at),
        "notes": None if transcript.notes is None else str(transcript.notes),
        "edited": bool(transcript.edited),
    }
    if summaries:
        document["summaries"] = [_summary_dict(summary) for summary in summaries]
    document["text"] = transcript.text
    document["segments"] = [_segment_dict(s) for s in transcript.segments]
    return json.dumps(document, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


# --- reading -------------------------------------------------------------------------------------------


class _Damaged(Exception):
    """A field is missing or of the wrong type; turned into an ExportError by from_json."""


def _field(obj: dict[str, Any], key: str) -> Any:
    if key not in obj:
        raise _Damaged(f'missing "{key}"')
    return obj[key]


def _get_str(obj: dict[str, Any], key: str) -> str:
    value = _field(obj, key)
    if not isinstance(value, str):
        raise _Damaged(f'"{key}" is not a string')
    return value


def _get_opt_str(obj: dict[str, Any], key: str) -> str | None:
    return None if _field(obj, key) is None else _get_str(obj, key)


def _get_optional_str(obj: dict[str, Any], key: str) -> str | None:
    """A string or null that older files may lack altogether (read as None)."""
    return _get_opt_str(obj, key) if key in obj else None


def _get_optional_bool(obj: dict[str, Any], key: str) -> bool:
    """A boolean that older files may lack altogether (read as False)."""
    value = obj.get(key, False)
    if not isinstance(value, bool):
        raise _Damaged(f'"{key}" is not true or false')
    return value


def _get_optional_float(obj: dict[str, Any], key: str) -> float | None:
    """A number or null that older files may lack altogether (read as None)."""
    if obj.get(key) is None:
        return None
    return _get_float(obj, key)


def _get_float(obj: dict[str, Any], key: str) -> float:
    value = _field(obj, key)
    if value is None:
        return math.nan
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _Damaged(f'"{key}" is not a number')
    return float(value)


def _get_list(obj: dict[str, Any], key: str) -> list[dict[str, Any]]:
    value = _field(obj, key)
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise _Damaged(f'"{key}" is not a list of objects')
    return value


def _parse_word(obj: dict[str, Any]) -> Word:
    return Word(
        start=_get_float(obj, "start"),
        end=_get_float(obj, "end"),
        text=_get_str(obj, "word"),
        probability=_get_float(obj, "probability"),
    )


def _parse_segment(obj: dict[str, Any]) -> Segment:
    return Segment(
        start=_get_float(obj, "start"),
        end=_get_float(obj, "end"),
        text=_get_str(obj, "text"),
        words=tuple(_parse_word(w) for w in _get_list(obj, "words")),
        speaker=_get_optional_str(obj, "speaker"),
    )


def _parse_id(obj: dict[str, Any]) -> int | None:
    value = _field(obj, "id")
    if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
        raise _Damaged('"id" is not an integer')
    return value


def _parse_created_at(obj: dict[str, Any]) -> datetime | None:
    text = _get_opt_str(obj, "created_at")
    if text is None:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise _Damaged('"created_at" is not an ISO-8601 date') from None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def from_json(data: str) -> Transcript:
    """Read a document written by `to_json` back; ExportError if it is not one or is damaged."""
    try:
        document = json.loads(data)
    except (ValueError, TypeError) as exc:
        raise ExportError(f"not a valid JSON document: {exc}") from None
    if not isinstance(document, dict) or document.get("format") != JSON_FORMAT:
        raise ExportError("not an IAM Desktop transcript (JSON export) file")
    version = document.get("version")
    if type(version) is not int or version != JSON_VERSION:
        raise ExportError(f"unsupported IAM Desktop transcript version: {version}")
    try:
        return Transcript(
            title=_get_str(document, "title"),
            duration=_get_float(document, "duration"),
            engine=_get_str(document, "engine"),
            model=_get_str(document, "model"),
            language=_get_opt_str(document, "language"),
            segments=[_parse_segment(s) for s in _get_list(document, "segments")],
            recording_id=_parse_id(document),
            created_at=_parse_created_at(document),
            notes=_get_optional_str(document, "notes"),
            edited=_get_optional_bool(document, "edited"),
            language_probability=_get_optional_float(document, "language_probability"),
        )
    except _Damaged as exc:
        raise ExportError(f"damaged IAM Desktop transcript file: {exc}") from None
