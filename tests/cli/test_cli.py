"""End-to-end tests of the `iam-desktop` command line, run as real subprocesses with the real local model.

Each transcription runs in its own process (model load plus decoding), so the calls that transcribe are
few: one `seeded` library (speech + silence, SRT output) shared by the read-only tests, two mixed calls
of good and bad files against copies of it (text and --json), and one TXT export with --language en.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import pytest
from cli_helpers import cli, error_lines, list_json, ok
from helpers import SPEECH_TEXT, wer

from iam_desktop import __version__
from iam_desktop.export import from_json

MAX_WER = 0.35
TIME_SLACK = 0.5  # seconds a cue or word may run past the end of the audio (rounding, model timing)









def snapshot(data: Path | None = None) -> dict[int, tuple[dict, dict]]:
    """Every item of the library with its whole transcript (the JSON export holds all of it)."""
    return {
        item["id"]: (item, json.loads(ok("library", "show", item["id"], "--format", "json", data=data)))
        for item in list_json(data)
    }




# --- strict subtitle parsing ---------------------------------------------------------------------------

def _time(sep: str) -> str:
    return r"(\d{2,}):([0-5]\d):([0-5]\d)" + sep + r"(\d{3})"

SRT_CUE = re.compile(r"(\d+)\n" + _time(",") + " --> " + _time(",") + r"\n((?:[^\n]+\n)+)\n")
VTT_CUE = re.compile(_time(r"\.") + " --> " + _time(r"\.") + r"\n((?:[^\n]+\n)+)\n")


def _seconds(h: str, m: str, s: str, ms: str) -> float:
    return (int(h) * 60 + int(m)) * 60 + int(s) + int(ms) / 1000


def parse_cues(body: str, cue: re.Pattern[str], duration: float) -> list[tuple[float, float, str]]:
    """(start, end, text) of each cue; fails unless the whole body is well-formed, ordered cues."""
    cues, position = [], 0
    while position < len(body):
        match = cue.match(body, position)
        assert match, f"malformed cue at {position}: {body[position:position + 120]!r}"
        groups = match.groups()
        if cue is SRT_CUE:
            assert int(groups[0]) == len(cues) + 1, "SRT cues are numbered 1, 2, 3…"
            groups = groups[1:]
        start, end = _seconds(*groups[:4]), _seconds(*groups[4:8])
        assert 0 <= start <= end <= duration + TIME_SLACK
        assert not cues or start >= cues[-1][0]
        cues.append((start, end, groups[8].strip()))
        position = match.end()
    return cues


# --- the shared, seeded library -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory, speech_wav: Path, silence_wav: Path) -> dict:
    """A library made by one `transcribe --format srt --output` call of the speech and the silence."""
    root = tmp_path_factory.mktemp("seeded")
    data, out = root / "iam-data", root / "out"
    proc = cli("transcribe", "--format", "srt", "--output", out, speech_wav, silence_wav, data=data)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert len(lines) == 2, proc.stdout
    ids = []
    for line, source in zip(lines, (speech_wav, silence_wav), strict=True):
        rid, name = line.split("\t")
        assert name == str(source)
        assert re.fullmatch(r"\d+", rid), line
        ids.append(int(rid))
    assert len(set(ids)) == 2
    return {"data": data, "out": out, "proc": proc, "speech": ids[0], "silence": ids[1]}


@pytest.fixture
def seeded_copy(seeded: dict, data_dir: Path) -> Path:
    """This test's data folder (IAM_DATA_DIR), holding a copy of the seeded library."""
    shutil.copytree(seeded["data"], data_dir)
    return data_dir


# --- without the model -----------------------------------------------------------------------------------


def test_version():
    proc = cli("--version")
    assert proc.returncode == 0
    assert proc.stdout.strip() == f"iam-desktop {__version__}"
    assert re.fullmatch(r"\d+\.\d+\.\d+", __version__)


@pytest.mark.parametrize(
    "args",
    [
        ["transcribe", "--bogus", "{speech}"],
        ["transcribe", "--format", "docx", "{speech}"],
        ["transcribe", "--json"],
        ["transcribe", "--language", "xx", "{speech}"],
        ["transcribe", "--model", "tiny.en", "--language", "fr", "--json", "{speech}"],
        ["transcribe", "--model", "tiny.en", "--translate", "{speech}"],
        ["transcribe", "--model", "no-such-model", "{speech}"],
        ["transcribe", "--engine", "openai", "--model", "gpt-5-ultra", "{speech}"],
        ["library"],
        ["library", "show", "one"],
        ["library", "show", "1", "--format", "docx"],
        ["frobnicate"],
    ],
    ids=lambda args: " ".join(args),
)
def test_usage_errors_exit_2(args, speech_wav: Path):
    proc = cli(*(a.format(speech=speech_wav) for a in args))
    assert proc.returncode == 2, (proc.stdout, proc.stderr)
    assert proc.stdout == ""
    assert proc.stderr.strip(), "a usage error says what is wrong"
    assert "Traceback" not in proc.stderr
    if "xx" in args:
        assert 'unknown language code "xx"' in proc.stderr
    elif "tiny.en" in args:
        assert "English only" in proc.stderr
    if "transcribe" in args:
        assert list_json() == [], "a refused request leaves nothing in the library"


def test_show_missing_id_exits_1():
    proc = cli("library", "show", "4242")
    assert proc.returncode == 1
    assert proc.stdout == ""
    assert error_lines(proc.stderr) == ["error: no recording with ID 4242"]


def test_empty_library():
    assert ok("library", "list") == ""
    assert list_json() == []
    assert json.loads(ok("library", "search", "anything", "--json")) == []
    assert ok("library", "search", "anything") == ""


# --- a real transcription -----------------------------------------------------------------------------


@pytest.mark.slow
def test_transcribe_speech_and_silence(seeded: dict, speech_wav: Path, silence_wav: Path):
    data = seeded["data"]
    assert error_lines(seeded["proc"].stderr) == []
    text = ok("library", "show", seeded["speech"], data=data)
    assert wer(SPEECH_TEXT, text) <= MAX_WER, text
    assert text.endswith("\n")

    items = {item["id"]: item for item in list_json(data)}
    assert set(items) == {seeded["speech"], seeded["silence"]}
    assert items[seeded["speech"]]["title"] == "speech"
    assert items[seeded["silence"]]["title"] == "silence"
    assert all(item["status"] == "done" for item in items.values())
    assert 8 < items[seeded["speech"]]["duration"] < 13
    assert items[seeded["silence"]]["duration"] == pytest.approx(5.0, abs=0.05)

    # silence: done, with an empty transcript in every format
    assert ok("library", "show", seeded["silence"], data=data) == ""
    document = json.loads(ok("library", "show", seeded["silence"], "--format", "json", data=data))
    assert document["segments"] == [] and document["text"] == ""
    assert ok("library", "show", seeded["silence"], "--format", "srt", data=data) == ""
    assert ok("library", "show", seeded["silence"], "--format", "vtt", data=data) == "WEBVTT\n\n"

    # --output --format srt wrote <stem>.srt for both files, nothing else
    out = seeded["out"]
    assert sorted(p.name for p in out.iterdir()) == ["silence.srt", "speech.srt"]
    assert (out / "silence.srt").read_text(encoding="utf-8") == ""
    body = (out / "speech.srt").read_text(encoding="utf-8")
    cues = parse_cues(body, SRT_CUE, items[seeded["speech"]]["duration"])
    assert cues
    assert wer(SPEECH_TEXT, " ".join(c[2] for c in cues)) <= MAX_WER
    assert body == ok("library", "show", seeded["speech"], "--format", "srt", data=data)


@pytest.mark.slow
def test_library_list_json_schema(seeded: dict):
    items = list_json(seeded["data"])
    assert [item["id"] for item in items] == [seeded["silence"], seeded["speech"]], "newest first"
    for item in items:
        assert set(item) == {"id", "title", "duration", "created_at", "status"}
        assert type(item["id"]) is int
        assert isinstance(item["title"], str) and item["title"]
        assert isinstance(item["duration"], float) and item["duration"] > 0
        assert isinstance(item["status"], str)
        created = datetime.fromisoformat(item["created_at"])
        assert created.tzinfo is not None
    plain = ok("library", "list", data=seeded["data"]).splitlines()
    assert [line.split("\t")[0] for line in plain] == [str(item["id"]) for item in items]


@pytest.mark.slow
def test_library_search(seeded: dict):
    data = seeded["data"]
    duration = next(i["duration"] for i in list_json(data) if i["id"] == seeded["speech"])
    segments = json.loads(ok("library", "show", seeded["speech"], "--format", "json", data=data))["segments"]
    for query in ("COFFEE", "Morning"):  # the transcript has "coffee" and "morning": case does not matter
        hits = json.loads(ok("library", "search", query, "--json", data=data))
        assert [hit["id"] for hit in hits] == [seeded["speech"]], query
        hit = hits[0]
        assert set(hit) == {"id", "title", "start", "snippet"}
        assert hit["title"] == "speech"
        assert isinstance(hit["start"], int | float) and 0 <= hit["start"] < duration
        assert query.casefold() in hit["snippet"].casefold()
        # start is the start of a segment that holds the word
        holding = [s["start"] for s in segments if query.casefold() in s["text"].casefold()]
        assert hit["start"] in holding

    plain = ok("library", "search", "coffee", data=data).splitlines()
    assert len(plain) == 1 and plain[0].startswith(f"{seeded['speech']}\t")


@pytest.mark.slow
def test_library_search_without_hits(seeded: dict):
    assert json.loads(ok("library", "search", "xylophone", "--json", data=seeded["data"])) == []
    assert ok("library", "search", "xylophone", data=seeded["data"]) == ""


# --- good and bad files in one call -------------------------------------------------------------------


def _mixed_inputs(speech_wav: Path, bad_files: dict, unicode_speech: Path) -> list[tuple[Path, str | None]]:
    """(file, reason) in input order: speech first, every bad kind, the unicode-named speech last."""
    return [(speech_wav, None), *bad_files.values(), (unicode_speech, None)]


def _check_library_after(before: dict, good_ids: list[int]):
    after = snapshot()
    assert set(after) == set(before) | set(good_ids), "only the good files were added"
    assert not set(before) & set(good_ids)
    for rid, old in before.items():
        assert after[rid] == old, f"existing item {rid} changed"
    for rid in good_ids:
        item, document = after[rid]
        assert item["status"] == "done"
        assert document["id"] == rid
        assert wer(SPEECH_TEXT, document["text"]) <= MAX_WER


@pytest.mark.slow
def test_transcribe_mixed_files(
    seeded_copy: Path, tmp_path: Path, speech_wav: Path, bad_files: dict, unicode_speech: Path
):
    before = snapshot()
    assert len(before) == 2
    inputs = _mixed_inputs(speech_wav, bad_files, unicode_speech)
    out = tmp_path / "out" / "nested"  # created on demand
    proc = cli("transcribe", "--output", out, "--format", "vtt", *(f for f, _ in inputs))
    assert proc.returncode == 1, proc.stderr

    lines = proc.stdout.splitlines()
    good = [f for f, reason in inputs if reason is None]
    assert [line.split("\t", 1)[1] for line in lines] == [str(f) for f in good]
    assert all(re.fullmatch(r"\d+\t.+", line) for line in lines)
    good_ids = [int(line.split("\t", 1)[0]) for line in lines]
    assert len(set(good_ids)) == len(good)

    assert error_lines(proc.stderr) == [f"error: {f}: {reason}" for f, reason in inputs if reason]

    # outputs named after each good file's stem (spaces and non-ASCII kept), none for the bad ones
    assert sorted(p.name for p in out.iterdir()) == sorted(["speech.vtt", f"{unicode_speech.stem}.vtt"])
    assert f"{unicode_speech.stem}.vtt" == "Café interview — №1 ünïcode.vtt"
    duration = next(i["duration"] for i in list_json() if i["id"] == good_ids[0])
    for name in ("speech.vtt", f"{unicode_speech.stem}.vtt"):
        body = (out / name).read_text(encoding="utf-8")
        assert body.startswith("WEBVTT\n\n")
        cues = parse_cues(body[len("WEBVTT\n\n"):], VTT_CUE, duration)
        assert cues
        assert wer(SPEECH_TEXT, " ".join(c[2] for c in cues)) <= MAX_WER

    titles = {i["id"]: i["title"] for i in list_json()}
    assert [titles[rid] for rid in good_ids] == ["speech", unicode_speech.stem]
    _check_library_after(before, good_ids)


@pytest.mark.slow
def test_transcribe_mixed_files_json(
    seeded_copy: Path, tmp_path: Path, speech_wav: Path, bad_files: dict, unicode_speech: Path
):
    before = snapshot()
    inputs = _mixed_inputs(speech_wav, bad_files, unicode_speech)
    out = tmp_path / "out"
    proc = cli("transcribe", "--json", "--output", out, "--format", "json", *(f for f, _ in inputs))
    assert proc.returncode == 1, proc.stderr

    results = json.loads(proc.stdout)
    assert isinstance(results, list) and len(results) == len(inputs)
    for result, (source, reason) in zip(results, inputs, strict=True):
        assert set(result) == {"id", "file", "status", "error"}
        assert result["file"] == str(source)
        if reason is None:
            assert result["status"] == "done"
            assert type(result["id"]) is int
            assert result["error"] is None
        else:
            assert result["status"] == "failed"
            assert result["id"] is None
            assert result["error"] == reason
    assert error_lines(proc.stderr) == [f"error: {f}: {reason}" for f, reason in inputs if reason]
    good_ids = [r["id"] for r in results if r["status"] == "done"]

    # JSON exports read back, with word timings, named after the stems
    assert sorted(p.name for p in out.iterdir()) == sorted(["speech.json", f"{unicode_speech.stem}.json"])
    for rid, stem in zip(good_ids, ["speech", unicode_speech.stem], strict=True):
        transcript = from_json((out / f"{stem}.json").read_text(encoding="utf-8"))
        assert transcript.recording_id == rid
        assert transcript.title == stem
        assert transcript.language == "en"
        assert wer(SPEECH_TEXT, transcript.text) <= MAX_WER
        assert transcript.segments
        for segment in transcript.segments:
            assert segment.words, f"segment without word timings: {segment}"
            assert 0 <= segment.start <= segment.end <= transcript.duration + TIME_SLACK
            for word in segment.words:
                assert word.text
                assert 0 <= word.start <= word.end <= transcript.duration + TIME_SLACK
                assert 0 <= word.probability <= 1
    _check_library_after(before, good_ids)


# --- TXT output, --language en --------------------------------------------------------------------------


@pytest.mark.slow
def test_transcribe_txt_output_with_language(tmp_path: Path, unicode_speech: Path):
    out = tmp_path / "txt out"
    proc = cli("transcribe", "--language", "en", "--output", out, unicode_speech)
    assert proc.returncode == 0, proc.stderr
    assert error_lines(proc.stderr) == []
    rid, name = proc.stdout.rstrip("\n").split("\t")
    assert name == str(unicode_speech)
    target = out / "Café interview — №1 ünïcode.txt"
    assert [p.name for p in out.iterdir()] == [target.name], "txt is the default format"
    text = target.read_text(encoding="utf-8")
    assert wer(SPEECH_TEXT, text) <= MAX_WER
    assert text == ok("library", "show", rid)
    assert text.endswith("\n") and "-->" not in text and not text.lstrip().startswith("{")
    item = list_json()[0]
    assert (item["id"], item["title"], item["status"]) == (int(rid), unicode_speech.stem, "done")


@pytest.mark.slow
def test_damaged_file_warns_but_succeeds(tmp_path: Path, speech_wav: Path):
    flac = tmp_path / "cut.flac"
    subprocess.run(["sox", str(speech_wav), str(flac)], check=True)
    flac.write_bytes(flac.read_bytes()[: flac.stat().st_size // 2])
    result = cli("transcribe", "--json", flac)
    assert result.returncode == 0, result.stderr
    [item] = json.loads(result.stdout)
    assert (item["status"], item["error"]) == ("done", None)
    assert f"warning: {flac}: file is truncated: only the first" in result.stderr
