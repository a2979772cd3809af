"""Fixtures for every test: a private data folder, Qt offscreen, one shared local model, speech files."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["HF_HUB_OFFLINE"] = "1"

import numpy as np
import pytest
from helpers import SPEECH_TEXT, make_speech, write_wav

from iam_desktop.paths import DATA_DIR_ENV, data_paths

#: fixtures kept beside their helpers (full_library)
pytest_plugins = ["library_helpers"]

#: the model cache this session made (the joined multilingual model, 142 MB), removed at its end
_session_model_cache: list[str] = []


def pytest_sessionstart(session: pytest.Session) -> None:
    """Join the multilingual model into a cache of this test session, never the user's real cache (a cache
    given through IAM_MODEL_CACHE is used and left alone)."""
    if not os.environ.get("IAM_MODEL_CACHE"):
        folder = tempfile.mkdtemp(prefix="iam-model-cache-")
        os.environ["IAM_MODEL_CACHE"] = folder
        _session_model_cache.append(folder)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Remove the model cache this session made: no run leaves it in the temp folder."""
    while _session_model_cache:
        shutil.rmtree(_session_model_cache.pop(), ignore_errors=True)


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own empty data folder through IAM_DATA_DIR."""
    folder = tmp_path / "iam-data"
    monkeypatch.setenv(DATA_DIR_ENV, str(folder))
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL"):  # a developer's own key never reaches a test
        monkeypatch.delenv(name, raising=False)
    return folder


@pytest.fixture(autouse=True)
def forget_secrets():
    """Secrets remembered for redaction by one test are not redacted in the next one's messages."""
    yield
    from iam_desktop.redaction import forget_secrets

    forget_secrets()


@pytest.fixture
def library(data_dir: Path):
    from iam_desktop.library import Library

    lib = Library.open(data_paths(data_dir))
    yield lib
    lib.close()


@pytest.fixture(scope="session")
def engine():
    """The real local engine with the bundled model, loaded once for the whole session."""
    from iam_desktop.engines.local_whisper import LocalWhisperEngine

    eng = LocalWhisperEngine()
    eng.load()
    return eng


@pytest.fixture(scope="session")
def media_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("media")


@pytest.fixture(scope="session")
def speech_wav(media_dir: Path) -> Path:
    """About ten seconds of generated English speech (text: helpers.SPEECH_TEXT)."""
    return make_speech(SPEECH_TEXT, media_dir / "speech.wav")


@pytest.fixture(scope="session")
def silence_wav(media_dir: Path) -> Path:
    """Five seconds of near-silence (faint noise, as a real quiet room gives)."""
    rng = np.random.default_rng(1)
    return write_wav(media_dir / "silence.wav", rng.normal(0, 1e-4, 16000 * 5))


@pytest.fixture(scope="session")
def bad_files(media_dir: Path) -> dict[str, tuple[Path, str]]:
    """Each kind of bad input with the reason the app must give for it."""
    folder = media_dir / "bad"
    folder.mkdir()
    empty = folder / "empty.wav"
    empty.write_bytes(b"")
    noise = folder / "random.mp3"
    noise.write_bytes(np.random.default_rng(7).bytes(50_000))
    text = folder / "notes.mp3"
    text.write_text("These are meeting notes, not audio.\n" * 50)
    header_only = folder / "header-only.wav"
    good = write_wav(folder / "tmp.wav", np.zeros(16000))
    header_only.write_bytes(good.read_bytes()[:44])
    good.unlink()
    a_folder = folder / "a folder"
    a_folder.mkdir()
    return {
        "empty": (empty, "file is empty"),
        "random": (noise, "not an audio or video file"),
        "text": (text, "not an audio or video file"),
        "header-only": (header_only, "file is truncated"),
        "missing": (folder / "missing.wav", "file not found"),
        "folder": (a_folder, "is a folder, not a file"),
    }


@pytest.fixture
def unicode_speech(tmp_path: Path, speech_wav: Path) -> Path:
    """The speech file under a name with spaces and non-ASCII characters."""
    target = tmp_path / "Café interview — №1 ünïcode.wav"
    shutil.copy(speech_wav, target)
    return target


@pytest.fixture
def computer_audio(virtual_mic: None) -> Iterator[str]:
    """The virtual sound server's virt_out (48 kHz stereo) as the default output for the test, so "the
    computer's audio" is what `helpers.play_into_output` plays, apart from the microphone (fed by virt_sink,
    the default again afterwards). Yields the output's name."""
    from helpers import COMPUTER_OUTPUT, MIC_OUTPUT, set_default_output

    set_default_output(COMPUTER_OUTPUT)
    try:
        yield COMPUTER_OUTPUT
    finally:
        set_default_output(MIC_OUTPUT)


@pytest.fixture(scope="session")
def virtual_mic() -> None:
    """The virtual microphone of scripts/run-tests.sh: skips where there is none, fails where the test
    command promised one (IAM_TEST_VIRTUAL_SOUND=1) and it does not work."""
    from helpers import virtual_mic_missing

    missing = virtual_mic_missing()
    if missing and os.environ.get("IAM_TEST_VIRTUAL_SOUND") == "1":
        pytest.fail(f"run-tests.sh started a virtual microphone but: {missing}")
    if missing:
        pytest.skip(missing)


@pytest.fixture(scope="session")
def long_speech_wav(media_dir: Path) -> Path:
    """About 20 seconds of generated English speech (text: helpers.LONG_SPEECH_TEXT)."""
    from helpers import LONG_SPEECH_TEXT

    return make_speech(LONG_SPEECH_TEXT, media_dir / "long-speech.wav")


@pytest.fixture(scope="session")
def real_transcripts(engine, media_dir: Path) -> dict:
    """The engine's own segments (not re-segmented) of espeak-ng speech, transcribed once: "news" (about a
    minute, many sentences), "no-punctuation" (half a minute without a pause), "long-sentence" (one
    sentence of about 35 s); texts in tests/segment_checks.py."""
    from segment_checks import LONG_SENTENCE_TEXT, NEWS_TEXT, NO_PUNCTUATION_TEXT

    from iam_desktop.audio.decode import decode_pcm
    from iam_desktop.engines.base import TranscribeOptions

    texts = {"news": NEWS_TEXT, "no-punctuation": NO_PUNCTUATION_TEXT, "long-sentence": LONG_SENTENCE_TEXT}
    result = {}
    for name, text in texts.items():
        audio = decode_pcm(make_speech(text, media_dir / f"{name}.wav")).samples
        result[name] = engine.transcribe(audio, TranscribeOptions("en")).segments
    return result
