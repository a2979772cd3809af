"""User settings: defaults, round trip, damaged files, wrong types, unknown keys, atomic writes, and no
secrets ever."""

from __future__ import annotations

import dataclasses
import json
import logging
import os
from pathlib import Path

import pytest

from iam_desktop.errors import StorageError
from iam_desktop.paths import DataPaths, data_paths
from iam_desktop.settings import (
    OPENAI_BASE_URL_ENV,
    Settings,
    load_settings,
    local_model_name,
    openai_base_url,
    option_descriptions,
    option_range,
    save_settings,
    settings_file,
)


@pytest.fixture
def paths(data_dir: Path) -> DataPaths:
    return data_paths(data_dir)


def write(paths: DataPaths, content: object) -> Path:
    path = settings_file(paths)
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    return path


def test_defaults_when_there_is_no_file(paths: DataPaths):
    problems: list[str] = []
    settings = load_settings(paths, problems)
    assert settings == Settings() and problems == []
    assert settings.default_engine == "local" and settings.openai_model == "whisper-1"
    assert settings.openai_base_url is None and settings.fallback_to_local is True
    assert settings.local_model is None and settings.extra_model_dirs == []
    assert settings.language is None and settings.transcribe_after_recording is True
    assert settings.input_device is None
    assert not settings_file(paths).exists()  # reading writes nothing


def test_every_option_is_described():
    descriptions = option_descriptions()
    assert list(descriptions) == [f.name for f in dataclasses.fields(Settings)]
    assert all(len(text) > 10 for text in descriptions.values())


def test_defaults_are_not_shared_between_instances():
    first = Settings()
    first.extra_model_dirs.append("/models")
    assert Settings().extra_model_dirs == []


def test_round_trip(paths: DataPaths):
    settings = Settings(
        default_engine="openai", openai_model="gpt-4o-transcribe", openai_base_url="http://localhost:8000/v1",
        fallback_to_local=False, local_model="small", extra_model_dirs=["/opt/models", "~/Modèles"],
        language="fr", transcribe_after_recording=False, input_device="USB Microphone (hw:1,0)",
    )
    save_settings(paths, settings)
    assert load_settings(paths) == settings
    on_disk = json.loads(settings_file(paths).read_text(encoding="utf-8"))
    assert on_disk["default_engine"] == "openai" and on_disk["extra_model_dirs"][1] == "~/Modèles"
    save_settings(paths, Settings())
    assert load_settings(paths) == Settings()


def test_partial_file_fills_in_defaults(paths: DataPaths):
    write(paths, {"language": "de"})
    assert load_settings(paths) == Settings(language="de")


def test_save_leaves_no_temporary_files(paths: DataPaths):
    for engine in ("openai", "local", "openai"):
        save_settings(paths, Settings(default_engine=engine))
    assert sorted(p.name for p in paths.root.iterdir() if p.is_file()) == ["settings.json"]


def test_failed_save_keeps_the_old_file_and_no_temporary(paths: DataPaths, monkeypatch):
    save_settings(paths, Settings(language="en"))
    before = settings_file(paths).read_bytes()

    def broken_replace(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(StorageError, match="could not save the settings.*No space left"):
        save_settings(paths, Settings(language="fr"))
    monkeypatch.undo()
    assert settings_file(paths).read_bytes() == before
    assert [p.name for p in paths.root.iterdir() if p.is_file()] == ["settings.json"]


@pytest.mark.parametrize(("content", "reason"), [
    ('{"language": "en",', "not valid JSON"),
    ("[1, 2, 3]", "not a JSON object"),
    (b"\xff\xfe\x00garbage", "not UTF-8"),
    ("", "not valid JSON"),
])
def test_damaged_file_is_reported_kept_and_set_aside_on_save(paths: DataPaths, content, reason, caplog):
    path = settings_file(paths)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        write(paths, content)
    original = path.read_bytes()
    problems: list[str] = []
    assert load_settings(paths, problems) == Settings()
    assert len(problems) == 1 and "is damaged" in problems[0] and reason in problems[0]
    assert problems[0] in caplog.text
    assert path.read_bytes() == original  # left in place by reading
    save_settings(paths, Settings(language="it"))
    aside = list(paths.root.glob("settings.json.damaged-*"))
    assert len(aside) == 1 and aside[0].read_bytes() == original
    assert load_settings(paths) == Settings(language="it")


def test_wrong_types_fall_back_to_each_default(paths: DataPaths, caplog):
    write(paths, {
        "default_engine": "cloud", "fallback_to_local": "yes", "extra_model_dirs": "/one/folder",
        "language": 5, "openai_model": "", "transcribe_after_recording": 0,
        "input_device": ["a"], "local_model": "small", "openai_base_url": "",
    })
    problems: list[str] = []
    with caplog.at_level(logging.WARNING):
        settings = load_settings(paths, problems)
    assert settings == Settings(local_model="small")  # the valid one kept, "" counts as None
    bad = {"default_engine", "fallback_to_local", "extra_model_dirs", "language", "openai_model",
           "transcribe_after_recording", "input_device"}
    assert len(problems) == len(bad)
    for name in bad:
        assert any(repr(name) in p for p in problems), name
        assert repr(name) in caplog.text


def test_list_with_a_wrong_item_falls_back(paths: DataPaths):
    write(paths, {"extra_model_dirs": ["/ok", 3]})
    assert load_settings(paths).extra_model_dirs == []


def test_unknown_keys_are_ignored_and_kept(paths: DataPaths):
    write(paths, {"from_a_newer_version": {"nested": [1, 2]}, "language": "es"})
    problems: list[str] = []
    settings = load_settings(paths, problems)
    assert settings == Settings(language="es") and problems == []
    save_settings(paths, dataclasses.replace(settings, language="pt"))
    on_disk = json.loads(settings_file(paths).read_text(encoding="utf-8"))
    assert on_disk["from_a_newer_version"] == {"nested": [1, 2]} and on_disk["language"] == "pt"


@pytest.mark.parametrize("name", ["api_key", "openai_api_key", "s3SecretAccessKey", "licence_token",
                                  "proxy_password", "aws_credentials", "key"])
def test_save_refuses_secret_fields(paths: DataPaths, name: str):
    leaky = dataclasses.make_dataclass("Leaky", [(name, str, dataclasses.field(default="sk-123"))],
                                       bases=(Settings,), frozen=True)
    with pytest.raises(ValueError, match="must not hold secrets"):
        save_settings(paths, leaky())
    assert not settings_file(paths).exists()


def test_save_accepts_names_that_only_resemble_secrets(paths: DataPaths):
    fine = dataclasses.make_dataclass("Fine", [("keyboard_layout", str, dataclasses.field(default="us")),
                                               ("hotkey", str, dataclasses.field(default="F9"))],
                                      bases=(Settings,), frozen=True)
    save_settings(paths, fine())
    assert json.loads(settings_file(paths).read_text())["hotkey"] == "F9"


def test_secret_in_the_file_is_ignored_unshown_and_dropped_on_save(paths: DataPaths, caplog):
    write(paths, {"openai_api_key": "sk-hand-written", "language": "en"})
    problems: list[str] = []
    settings = load_settings(paths, problems)
    assert settings == Settings(language="en")
    assert len(problems) == 1 and "'openai_api_key'" in problems[0] and "keyring" in problems[0]
    assert "sk-hand-written" not in caplog.text + problems[0]
    save_settings(paths, settings)
    assert "sk-hand-written" not in settings_file(paths).read_text()


def test_openai_base_url_environment_overrides(monkeypatch):
    monkeypatch.delenv(OPENAI_BASE_URL_ENV, raising=False)
    assert openai_base_url(Settings()) is None
    assert openai_base_url(Settings(openai_base_url="http://a/v1")) == "http://a/v1"
    monkeypatch.setenv(OPENAI_BASE_URL_ENV, "http://b/v1")
    assert openai_base_url(Settings(openai_base_url="http://a/v1")) == "http://b/v1"
    monkeypatch.setenv(OPENAI_BASE_URL_ENV, " ")
    assert openai_base_url(Settings(openai_base_url="http://a/v1")) == "http://a/v1"


def test_local_model_is_automatic_by_language():
    assert local_model_name(Settings()) == "base"  # language to be detected
    assert local_model_name(Settings(language="en")) == "tiny.en"
    assert local_model_name(Settings(language="fr")) == "base"
    assert local_model_name(Settings(), "en-GB") == "tiny.en"
    assert local_model_name(Settings(language="en"), "de") == "base"
    assert local_model_name(Settings(local_model="small", language="en")) == "small"


@pytest.mark.parametrize(
    "value",
    ["0", "-30", "1e9", "NaN", "Infinity", "-Infinity", "0.001", "1" + "0" * 400],
    ids=["zero", "negative", "huge", "nan", "inf", "-inf", "tiny", "beyond-float"],
)
def test_out_of_range_numbers_keep_the_default_with_one_warning(paths: DataPaths, value: str, caplog):
    """Written by hand as JSON text (json.loads reads NaN and Infinity): each falls back, never crashes."""
    settings_file(paths).write_text(
        f'{{"local_chunk_seconds": {value}, "cloud_chunk_seconds": 600, "language": "de"}}', encoding="utf-8"
    )
    problems: list[str] = []
    with caplog.at_level(logging.WARNING):
        settings = load_settings(paths, problems)
    assert settings == Settings(cloud_chunk_seconds=600.0, language="de")  # the rest is kept
    [problem] = problems
    assert "'local_chunk_seconds'" in problem and "using the default (300.0)" in problem
    assert caplog.text.count("local_chunk_seconds") == 1


def test_every_numeric_option_has_a_range_and_settings_refuse_values_outside_it():
    hints = {f.name: f.type for f in dataclasses.fields(Settings)}
    numeric = [name for name, hint in hints.items() if hint in ("float", "int", "float | None", "int | None")]
    assert numeric, "the numeric options were not found"
    for name in numeric:
        low, high = option_range(name)
        assert 0 <= low <= getattr(Settings(), name) <= high and low < high
        zero = (0.0,) if low > 0 else ()  # 0 is allowed only where it means "off" (backup_bandwidth_kbps)
        for bad in (*zero, -1.0, high * 2, float("nan"), float("inf")):
            with pytest.raises(ValueError, match=name):
                Settings(**{name: bad})
            with pytest.raises(ValueError, match=name):
                dataclasses.replace(Settings(), **{name: bad})  # what the settings dialog does
    assert option_range("language") is None


@pytest.mark.slow
def test_a_tiny_chunk_length_in_the_file_does_not_give_an_empty_transcript(paths: DataPaths, speech_wav):
    """The reported fault: local_chunk_seconds 0.001 made `transcribe` store an empty transcript as done."""
    from cli_helpers import cli
    from helpers import SPEECH_TEXT, wer

    write(paths, {"local_chunk_seconds": 0.001})
    result = cli("transcribe", "--language", "en", "--json", speech_wav)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "setting 'local_chunk_seconds'" in result.stderr and "using the default (300.0)" in result.stderr
    [item] = json.loads(result.stdout)
    text = cli("library", "show", str(item["id"])).stdout
    assert wer(SPEECH_TEXT, text) < 0.35


def test_saved_defaults_load_back_without_a_warning(data_dir, caplog):
    """Every default is a usable value, even the empty bucket and access ID of a library never backed up
    (they used to come back as "an unusable value" warnings on every start)."""
    paths = data_paths().ensure()
    save_settings(paths, Settings())
    problems: list[str] = []
    with caplog.at_level(logging.WARNING):
        assert load_settings(paths, problems) == Settings()
    assert problems == [] and not caplog.records
