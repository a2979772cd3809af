"""The in-process local engine with the real models: English by tiny.en, German and translation by base."""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np
import pytest
from helpers import SPEECH_TEXT, make_speech, normalise, wer

from iam_desktop.engines.base import TranscribeOptions
from iam_desktop.engines.local_whisper import LocalWhisperEngine
from iam_desktop.engines.models import MODEL_CACHE_ENV, get_model
from iam_desktop.errors import Cancelled, EngineError

SPEECH_DATA = Path("/work/shared/data/speech")
GERMAN_TEXT = "Der hinter diesem Portal liegenden Raum wurde als Leichenhalle genutzt."


def read_wav(path: Path) -> np.ndarray:
    with wave.open(str(path)) as wav:
        assert (wav.getframerate(), wav.getnchannels(), wav.getsampwidth()) == (16000, 1, 2)
        return np.frombuffer(wav.readframes(wav.getnframes()), "<i2").astype(np.float32) / 32768


@pytest.fixture(scope="module")
def base_engine(tmp_path_factory: pytest.TempPathFactory):
    """Multilingual base, joined into a private cache and loaded once for this module."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(MODEL_CACHE_ENV, str(tmp_path_factory.mktemp("model-cache")))
        engine = LocalWhisperEngine(get_model("base"))
        engine.load()
    return engine


@pytest.fixture(scope="module")
def english_audio(tmp_path_factory: pytest.TempPathFactory) -> np.ndarray:
    return read_wav(make_speech(SPEECH_TEXT, tmp_path_factory.mktemp("speech") / "en.wav"))


@pytest.fixture(scope="module")
def german_audio() -> np.ndarray:
    return read_wav(SPEECH_DATA / "de_leopard_test.wav")


def text_of(result) -> str:
    return " ".join(s.text for s in result.segments)


def test_engine_names():
    engine = LocalWhisperEngine()
    assert (engine.name, engine.model_name) == ("local", "tiny.en")
    assert LocalWhisperEngine(get_model("base")).model_name == "base"


def test_check_refuses_what_an_english_only_model_cannot_do(engine):
    engine.check(TranscribeOptions("en"))
    engine.check(TranscribeOptions(None))  # English-only: None means English
    with pytest.raises(EngineError, match=r"tiny.en understands English only, not German"):
        engine.check(TranscribeOptions("de"))
    with pytest.raises(EngineError, match="cannot translate"):
        engine.check(TranscribeOptions("en", task="translate"))


def test_check_with_a_multilingual_model(base_engine):
    base_engine.check(TranscribeOptions("de", task="translate"))
    base_engine.check(TranscribeOptions(None))
    with pytest.raises(EngineError, match='does not know the language "xx"'):
        base_engine.check(TranscribeOptions("xx"))
    with pytest.raises(EngineError, match="unknown task"):
        base_engine.check(TranscribeOptions("de", task="summarise"))


def test_english_speech_with_tiny_en(engine, english_audio):
    steps: list[float] = []
    result = engine.transcribe(
        english_audio, TranscribeOptions(None, prompt="library"), progress=steps.append
    )
    assert result.language == "en"
    assert wer(SPEECH_TEXT, text_of(result)) < 0.25, text_of(result)
    assert steps and steps[-1] == 1.0 and steps == sorted(steps)
    for segment in result.segments:
        assert segment.words and segment.start <= segment.words[0].start <= segment.words[-1].end
        assert all(isinstance(w.start, float) and 0 <= w.probability <= 1 for w in segment.words)


def test_german_speech_is_detected_and_transcribed_by_base(base_engine, german_audio):
    result = base_engine.transcribe(german_audio, TranscribeOptions(None))
    assert result.language == "de"
    assert wer(GERMAN_TEXT, text_of(result)) < 0.5, text_of(result)


def test_generated_german_speech_is_detected(base_engine, tmp_path: Path):
    text = "Guten Morgen. Heute sprechen wir über das neue Rathaus und die Bibliothek am Marktplatz."
    audio = read_wav(make_speech(text, tmp_path / "de.wav", voice="de"))
    result = base_engine.transcribe(audio, TranscribeOptions(None))
    assert result.language == "de"
    assert wer(text, text_of(result)) < 0.6, text_of(result)


def test_german_is_translated_to_english(base_engine, german_audio):
    result = base_engine.transcribe(german_audio, TranscribeOptions("de", task="translate"))
    words = set(normalise(text_of(result)))
    assert result.language == "de"
    assert text_of(result).isascii(), text_of(result)
    assert len(words & {"the", "this", "room", "was", "used", "as", "hall", "portal", "behind"}) >= 3, words
    assert not words & {"der", "wurde", "raum", "genutzt", "diesem"}, words


def test_silence_gives_no_segments(engine, base_engine, silence_wav):
    audio = read_wav(silence_wav)
    assert engine.transcribe(audio, TranscribeOptions("en")).segments == []
    result = base_engine.transcribe(audio, TranscribeOptions(None))
    assert (result.segments, result.language) == ([], None)  # nothing heard, no language claimed


def test_empty_audio_gives_no_segments(engine):
    result = engine.transcribe(np.zeros(0, dtype=np.float32), TranscribeOptions(None))
    assert (result.segments, result.language) == ([], "en")


def test_cancel_before_and_during_transcription(engine, english_audio):
    with pytest.raises(Cancelled):
        engine.transcribe(english_audio, TranscribeOptions("en"), cancelled=lambda: True)
    seen: list[float] = []
    with pytest.raises(Cancelled):
        engine.transcribe(
            np.tile(english_audio, 4),
            TranscribeOptions("en"),
            progress=seen.append,
            cancelled=lambda: bool(seen),
        )
    assert len(seen) == 1  # stopped right after the first segment
    engine.transcribe(english_audio[:16000], TranscribeOptions("en"))  # still usable: this does not raise
