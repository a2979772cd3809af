"""The JSON export: schema checks through json.loads and lossless round trips through from_json."""

from __future__ import annotations

import json
import math
from datetime import UTC, datetime, timedelta, timezone

import numpy as np
import pytest

from iam_desktop.errors import ExportError
from iam_desktop.export import from_json, to_json
from iam_desktop.transcript import Segment, Transcript, Word

TOP_KEYS = [
    "format",
    "version",
    "id",
    "title",
    "duration",
    "language",
    "language_probability",
    "engine",
    "model",
    "created_at",
    "notes",
    "edited",
    "text",
    "segments",
]


def test_schema_keys_and_types(sample):
    doc = json.loads(to_json(sample))
    assert list(doc) == TOP_KEYS
    assert doc["format"] == "iam-desktop-transcript"
    assert doc["version"] == 1
    assert doc["id"] == 12
    assert doc["title"] == "Interview"
    assert doc["duration"] == 3725.5
    assert (doc["language"], doc["engine"], doc["model"]) == ("en", "local", "tiny.en")
    assert doc["language_probability"] is None  # the language was not detected
    assert doc["created_at"] == "2024-05-01T12:30:15Z"
    assert doc["notes"] is None and doc["edited"] is False
    assert doc["text"] == sample.text
    assert len(doc["segments"]) == 3
    for seg in doc["segments"]:
        assert list(seg) == ["start", "end", "text", "speaker", "words"]
        assert seg["speaker"] is None
        assert type(seg["start"]) is float and type(seg["end"]) is float
        assert isinstance(seg["text"], str) and isinstance(seg["words"], list)
        for word in seg["words"]:
            assert list(word) == ["start", "end", "word", "probability"]
            assert all(type(word[k]) is float for k in ("start", "end", "probability"))
            assert isinstance(word["word"], str)
    assert doc["segments"][0]["words"][1] == {"start": 0.5, "end": 1.1, "word": "there.", "probability": 0.87}


def test_nulls(make_transcript):
    doc = json.loads(to_json(make_transcript(language=None)))
    assert doc["id"] is None and doc["created_at"] is None and doc["language"] is None
    assert doc["segments"] == [] and doc["text"] == ""


def test_text_layout(sample):
    out = to_json(sample)
    assert "Ngiyabonga — café €" in out  # ensure_ascii=False
    assert out.splitlines()[1] == '  "format": "iam-desktop-transcript",'  # indent=2
    assert out.endswith("}\n")


def test_floats_rounded_and_numpy_converted(make_transcript):
    t = make_transcript(
        Segment(
            np.float32(1.23456),
            np.float64(2.34567),
            "x",
            (Word(np.float32(1.2344), 1.9999, "x", np.float32(0.9)),),
        ),
        duration=np.float64(10.00049),
        recording_id=np.int64(5),
    )
    doc = json.loads(to_json(t))
    assert doc["duration"] == 10.0 and doc["id"] == 5
    assert doc["segments"][0]["start"] == 1.235 and doc["segments"][0]["end"] == 2.346
    assert doc["segments"][0]["words"][0] == {"start": 1.234, "end": 2.0, "word": "x", "probability": 0.9}


def test_round_trip_lossless(sample):
    assert from_json(to_json(sample)) == sample
    assert to_json(from_json(to_json(sample))) == to_json(sample)


def test_round_trip_up_to_3_decimals(make_transcript):
    t = make_transcript(
        Segment(0.12345, 1.98765, "a", (Word(0.12345, 0.5556, "a", 0.87654),)),
        Segment(2.0, 3.0, "", ()),
        duration=3.14159,
        language=None,
        recording_id=None,
        created_at=None,
    )
    expected = make_transcript(
        Segment(0.123, 1.988, "a", (Word(0.123, 0.556, "a", 0.877),)),
        Segment(2.0, 3.0, "", ()),
        duration=3.142,
        language=None,
    )
    back = from_json(to_json(t))
    assert back == expected
    assert isinstance(back, Transcript) and isinstance(back.segments, list)


def test_created_at_is_utc():
    aware = datetime(2024, 5, 1, 14, 30, 15, 250000, tzinfo=timezone(timedelta(hours=2)))
    t = Transcript("t", 1.0, "local", "tiny", "en", created_at=aware)
    doc = json.loads(to_json(t))
    assert doc["created_at"] == "2024-05-01T12:30:15.250000Z"
    back = from_json(to_json(t)).created_at
    assert back == aware and back.tzinfo == UTC
    naive = Transcript("t", 1.0, "local", "tiny", "en", created_at=datetime(2024, 5, 1, 12, 0))
    assert json.loads(to_json(naive))["created_at"] == "2024-05-01T12:00:00Z"
    assert from_json(to_json(naive)).created_at == datetime(2024, 5, 1, 12, 0, tzinfo=UTC)


def test_non_finite_numbers_become_null(make_transcript):
    t = make_transcript(
        Segment(0, float("inf"), "x", (Word(0, 1, "x", float("nan")),)), duration=float("nan")
    )
    out = to_json(t)
    json.loads(out)  # still valid JSON (no NaN/Infinity tokens)
    assert "NaN" not in out and "Infinity" not in out
    back = from_json(out)
    assert math.isnan(back.duration) and math.isnan(back.segments[0].end)
    assert math.isnan(back.segments[0].words[0].probability)


def _doc(sample, **changes):
    doc = json.loads(to_json(sample))
    for key, value in changes.items():
        if value is ...:
            del doc[key]
        else:
            doc[key] = value
    return json.dumps(doc)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("not json", "not a valid JSON document"),
        ("[1, 2]", "not an IAM Desktop transcript"),
        ('{"format": "other", "version": 1}', "not an IAM Desktop transcript"),
        ('{"version": 1}', "not an IAM Desktop transcript"),
    ],
)
def test_from_json_rejects_other_documents(data, message):
    with pytest.raises(ExportError, match=message):
        from_json(data)


@pytest.mark.parametrize("version", [2, 0, "1", 1.0, True, None, ...])
def test_from_json_rejects_other_versions(sample, version):
    with pytest.raises(ExportError, match="unsupported IAM Desktop transcript version"):
        from_json(_doc(sample, version=version))


@pytest.mark.parametrize(
    "changes",
    [
        {"title": ...},
        {"title": 3},
        {"duration": "long"},
        {"duration": True},
        {"engine": None},
        {"language": 1},
        {"id": "12"},
        {"id": 1.5},
        {"created_at": "yesterday"},
        {"segments": ...},
        {"segments": {"a": 1}},
        {"segments": [1]},
        {"segments": [{"start": 0, "end": 1, "text": "x"}]},
        {"segments": [{"start": 0, "end": 1, "text": "x", "words": [{"start": 0, "end": 1, "word": 2}]}]},
    ],
)
def test_from_json_rejects_damaged(sample, changes):
    with pytest.raises(ExportError, match="damaged IAM Desktop transcript file"):
        from_json(_doc(sample, **changes))


def test_from_json_ignores_text_field(sample):
    assert from_json(_doc(sample, text="something else")) == sample


def test_detected_language_probability_round_trips(sample):
    from dataclasses import replace

    detected = replace(sample, language_probability=0.96666)
    doc = json.loads(to_json(detected))
    assert doc["language_probability"] == 0.967
    assert from_json(to_json(detected)).language_probability == 0.967
    old = dict(doc)
    del old["language_probability"]  # a file written before the field existed
    assert from_json(json.dumps(old)).language_probability is None
