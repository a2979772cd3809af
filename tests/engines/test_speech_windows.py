"""Decoding windows from voice activity, the uncovered-speech check and the repair pass of the local engine
(with the real model: a window whose text the first pass lost is decoded again and its words come back)."""

from __future__ import annotations

import numpy as np
import pytest
from helpers import make_speech, wer

from iam_desktop.engines.base import TranscribeOptions
from iam_desktop.engines.local_whisper import LocalWhisperEngine
from iam_desktop.engines.speech_windows import (
    Window,
    speech_windows,
    uncovered_speech,
    window_of,
)


def test_speech_is_grouped_into_windows_of_at_most_thirty_seconds():
    speech = [(0.5, 10.0), (10.5, 20.0), (21.0, 29.0), (29.5, 40.0), (41.0, 45.0), (80.0, 109.0)]
    windows = speech_windows(speech)
    assert [(w.start, w.end) for w in windows] == [(0.5, 29.0), (29.5, 45.0), (80.0, 109.0)]
    assert windows[0].speech == ((0.5, 10.0), (10.5, 20.0), (21.0, 29.0))
    assert all(w.end - w.start <= 30.0 for w in windows)
    assert windows[1].speech_seconds == pytest.approx(14.5)
    assert speech_windows([]) == []


def test_a_window_is_cut_at_its_longest_pause_or_in_the_middle():
    window = Window(0.0, 28.0, ((0.0, 8.0), (8.2, 15.0), (17.0, 28.0)))
    first, second = window.halves()
    assert (first.start, first.end, second.start, second.end) == (0.0, 16.0, 16.0, 28.0)
    assert first.speech == ((0.0, 8.0), (8.2, 15.0)) and second.speech == ((17.0, 28.0),)
    one, two = Window(2.0, 30.0, ((2.0, 30.0),)).halves()
    assert (one.end, two.start) == (16.0, 16.0)


def test_uncovered_speech_counts_speech_no_word_covers():
    window = Window(0.0, 20.0, ((0.0, 10.0), (12.0, 20.0)))
    words = [(0.0, 0.5), (0.6, 1.0), (1.1, 9.8), (12.0, 14.0)]  # nothing from 14 s on
    assert uncovered_speech(window, words, pad=0.0) == pytest.approx(0.2 + 6.0 + 0.1 + 0.1)
    assert uncovered_speech(window, words, pad=0.25) == pytest.approx(5.75)
    assert uncovered_speech(window, [], pad=0.25) == pytest.approx(18.0)
    everything = [(t, t + 0.4) for t in np.arange(0.0, 20.0, 0.5)]
    assert uncovered_speech(window, everything) == 0.0


def test_text_belongs_to_the_window_holding_its_middle():
    windows = [Window(0.0, 21.1, ()), Window(21.1, 49.9, ()), Window(60.0, 70.0, ())]
    assert window_of(windows, 21.05, 49.69) == 1  # starts a hair before the window: its middle decides
    assert window_of(windows, 0.0, 21.02) == 0
    assert window_of(windows, 52.0, 55.0) == 1  # in a pause: the nearest window
    assert window_of(windows, 58.0, 59.0) == 2


TEXT = (
    "The committee met on Tuesday to discuss the new bridge. Everyone agreed that the old one was unsafe. "
    "Work will begin in the spring and should be finished before the winter."
)


@pytest.fixture(scope="module")
def two_sentences(tmp_path_factory: pytest.TempPathFactory) -> np.ndarray:
    from faster_whisper import decode_audio

    return decode_audio(str(make_speech(TEXT, tmp_path_factory.mktemp("repair") / "speech.wav")))


def test_a_window_whose_text_was_lost_is_decoded_again(engine, two_sentences, monkeypatch):
    """The batched decoder sometimes ends a window's text early: here the first pass loses everything
    after the first piece of text; the engine sees speech without words and decodes the window again."""
    real_decode = LocalWhisperEngine._decode
    calls: list[int] = []

    def first_pass_stops_early(self, samples, windows, *args, **kwargs):
        decoded, language = real_decode(self, samples, windows, *args, **kwargs)
        calls.append(len(windows))
        if len(calls) == 1:  # the first pass: keep only the first piece of text of each window
            decoded = [pieces[:1] for pieces in decoded]
            for pieces in decoded:
                kept = pieces[0].segment
                words = [w for w in kept.words if w.end - kept.words[0].start < 3.0]
                pieces[0] = type(pieces[0])(
                    type(kept)(kept.start, words[-1].end, " ".join(w.text for w in words), tuple(words)),
                    pieces[0].compression,
                )
        return decoded, language

    monkeypatch.setattr(LocalWhisperEngine, "_decode", first_pass_stops_early)
    result = engine.transcribe(two_sentences, TranscribeOptions("en"))
    assert result.windows == 1 and result.redecoded == 1
    assert calls == [1, 2]  # the window, then its two halves
    text = " ".join(s.text for s in result.segments)
    assert "spring" in text and "winter" in text, text  # the lost sentences are back
    assert wer(TEXT, text) < 0.35, text  # halves hear less context than the whole window


def test_a_good_first_pass_is_kept(engine, two_sentences):
    result = engine.transcribe(two_sentences, TranscribeOptions("en"))
    assert (result.windows, result.redecoded) == (1, 0)
    assert wer(TEXT, " ".join(s.text for s in result.segments)) < 0.2


def test_the_vocabulary_teaches_the_local_model_names(engine, tmp_path):
    from faster_whisper import decode_audio

    text = "My guest today is Nkosazana Ndlovu, who runs the water board in Gqeberha."
    audio = decode_audio(str(make_speech(text, tmp_path / "names.wav")))
    names = ("Nkosazana", "Ndlovu", "Gqeberha")
    plain = " ".join(s.text for s in engine.transcribe(audio, TranscribeOptions("en")).segments)
    taught = " ".join(
        s.text for s in engine.transcribe(audio, TranscribeOptions("en", vocabulary=names)).segments
    )
    assert sum(name in taught for name in names) >= 2, taught
    assert sum(name in taught for name in names) > sum(name in plain for name in names), (plain, taught)
