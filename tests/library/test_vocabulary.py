"""Vocabulary: parsing, merging and the cloud prompt; the library's glossary on a real SQLite file; a job's
own terms and the glossary reaching the cloud engine through the job pipeline (the fake OpenAI server)."""

from __future__ import annotations

import sqlite3

import numpy as np
import pytest
from fakes.openai_server import FakeOpenAI
from helpers import write_wav

from iam_desktop.engines.openai_engine import OpenAIEngine
from iam_desktop.engines.provider import SingleEngine
from iam_desktop.jobs.pipeline import run_transcription_job
from iam_desktop.library import Library
from iam_desktop.paths import data_paths
from iam_desktop.vocabulary import (
    MAX_TERM_LENGTH,
    MAX_TERMS,
    PROMPT_TOKEN_BUDGET,
    VocabularyError,
    estimate_tokens,
    merge,
    parse_terms,
    whisper_prompt,
)

KEY = "sk-test-vocabulary-0123"

# ---- parsing, merging, the prompt ---------------------------------------------------------------


def test_terms_are_split_at_commas_semicolons_and_line_breaks():
    assert parse_terms("A, B; C\nD") == ["A", "B", "C", "D"]
    assert parse_terms("  Gqeberha ,, Mbombela;\n\n Nkosazana  Dlamini-Zuma ,") == [
        "Gqeberha", "Mbombela", "Nkosazana Dlamini-Zuma",
    ]  # fmt: skip
    assert parse_terms(["Gqeberha, gqeberha", "GQEBERHA", "Mbombela"]) == ["Gqeberha", "Mbombela"]
    assert parse_terms(" , ;\n") == [] and parse_terms([]) == []


def test_terms_are_normalised_so_that_one_spelling_is_one_term():
    decomposed = "Zu\u0308rich"  # u + combining diaeresis: the same word as "Zürich"
    assert parse_terms([decomposed, "zürich", "ZÜRICH"]) == ["Zürich"]
    assert parse_terms("Straße, STRASSE") == ["Straße"]  # casefold: ß is ss


def test_a_term_too_long_is_refused():
    assert parse_terms("x" * MAX_TERM_LENGTH) == ["x" * MAX_TERM_LENGTH]
    with pytest.raises(VocabularyError, match=f"at most {MAX_TERM_LENGTH} characters"):
        parse_terms("ok, " + "y" * (MAX_TERM_LENGTH + 1))


def test_merge_puts_the_jobs_terms_first_and_keeps_each_term_once():
    merged = merge(["Mbombela", "nkosazana"], ["Gqeberha", "Nkosazana", "MBOMBELA", " ", "Polokwane"])
    assert merged == ("Mbombela", "nkosazana", "Gqeberha", "Polokwane")
    assert merge([], []) == ()


def test_whisper_prompt_lists_the_vocabulary_after_the_users_prompt():
    assert whisper_prompt((), None) is None and whisper_prompt((), "  ") is None
    assert whisper_prompt(("Gqeberha", "Mbombela"), None) == "Gqeberha, Mbombela."
    assert whisper_prompt((), "An interview about water.") == "An interview about water."
    assert (
        whisper_prompt(("Gqeberha", "Mbombela"), "An interview about water.")
        == "An interview about water. Gqeberha, Mbombela."
    )


@pytest.fixture(scope="module")
def whisper_tokens():
    """How many tokens a text takes in Whisper's own multilingual tokenizer (the bundled base model's)."""
    from tokenizers import Tokenizer

    from iam_desktop.engines.models import base_model

    spec = base_model()
    if spec is None:
        pytest.skip("the multilingual base model is not installed")
    tokenizer = Tokenizer.from_file(str(spec.files_dir / "tokenizer.json"))
    return lambda text: len(tokenizer.encode(" " + text).ids)


NAMES = {
    "latin": [f"{a}{b}" for a in ("Gqeb", "Mbomb", "Nkos", "Dlam", "Polok", "Msund") for b in
              ("erha", "ela", "azana", "ini", "wane", "uzi", "kwane", "handa")] * 6,
    "accented": ["Ærøskøbing", "Łódź", "Brzęczyszczykiewicz", "Zürich", "Škofja Loka", "Tromsø"] * 30,
    "cyrillic": ["Санкт-Петербург", "Новосибирск", "Екатеринбург", "Москва"] * 40,
    "cjk": ["東京", "名古屋", "札幌", "福岡", "新宿区", "大阪"] * 40,
}  # fmt: skip


@pytest.mark.parametrize("script", sorted(NAMES))
def test_whisper_prompt_fits_whispers_224_tokens(whisper_tokens, script):
    """Far too many terms and a long free text: what is sent fits in the 224 tokens Whisper reads, and the
    terms kept are the first ones (a job's own lead)."""
    terms = [f"{name} {i}" for i, name in enumerate(NAMES[script])]
    story = " ".join(f"word{i}" for i in range(400))
    prompt = whisper_prompt(terms, story)
    assert whisper_tokens(prompt) <= 224
    kept = prompt.rstrip(".").split(", ")
    assert kept == terms[: len(kept)] and 10 <= len(kept) < len(terms)
    assert "word" not in prompt  # no room left for the free text: the vocabulary matters more
    assert whisper_tokens(prompt) >= 224 * 0.5  # and the window is not wasted either


def test_whisper_prompt_gives_the_free_text_what_the_vocabulary_leaves(whisper_tokens):
    story = " ".join(f"word{i}" for i in range(400))
    prompt = whisper_prompt(["Gqeberha", "Mbombela"], story)
    assert prompt.endswith("word399 Gqeberha, Mbombela.")  # the end of the text, nearest the audio
    assert prompt.split(" ")[0].startswith("word") and not prompt.startswith("word0 ")  # whole words
    assert whisper_tokens(prompt) <= 224
    assert estimate_tokens(prompt) <= PROMPT_TOKEN_BUDGET + 1


# ---- the library's glossary ---------------------------------------------------------------------


def test_glossary_adds_each_term_once_whatever_its_case(library):
    store = library.vocabulary
    assert store.list() == []
    assert store.add("Mbombela, Gqeberha") == ["Mbombela", "Gqeberha"]
    assert store.add(["gqeberha", "Nkosazana; MBOMBELA", "  "]) == ["Nkosazana"]
    assert store.list() == ["Gqeberha", "Mbombela", "Nkosazana"]  # sorted without regard to case
    assert store.add("GQEBERHA") == []
    assert store.count() == 3


def test_glossary_removes_in_any_case_and_ignores_what_is_not_there(library):
    store = library.vocabulary
    store.add("Gqeberha, Mbombela, Nkosazana")
    assert store.remove(["MBOMBELA", "Polokwane"]) == ["Mbombela"]
    assert store.remove("polokwane") == []
    assert store.list() == ["Gqeberha", "Nkosazana"]


def test_glossary_replace_sets_exactly_the_given_terms(library):
    store = library.vocabulary
    store.add("Gqeberha, Mbombela")
    assert store.replace("gqeberha, Polokwane") == ["gqeberha", "Polokwane"]  # a new spelling is kept
    assert store.replace([]) == []


def test_glossary_refuses_bad_terms_and_too_many_without_changing_anything(library):
    store = library.vocabulary
    store.add("Gqeberha")
    with pytest.raises(VocabularyError):
        store.add(["Mbombela", "z" * (MAX_TERM_LENGTH + 1)])
    with pytest.raises(VocabularyError, match=f"at most {MAX_TERMS} terms"):
        store.add([f"term {i}" for i in range(MAX_TERMS)])
    with pytest.raises(VocabularyError):
        store.replace([f"term {i}" for i in range(MAX_TERMS + 1)])
    assert store.list() == ["Gqeberha"]


def test_glossary_is_kept_in_the_database_file(data_dir):
    paths = data_paths(data_dir)
    first = Library.open(paths)
    first.vocabulary.add("Gqeberha, Mbombela")
    first.close()
    second = Library.open(paths)
    assert second.vocabulary.list() == ["Gqeberha", "Mbombela"]
    assert second.vocabulary.add("gqeberha") == []
    second.close()
    # the database itself refuses a second spelling of a term (a unique case-folded key)
    with sqlite3.connect(paths.database) as db:
        with pytest.raises(sqlite3.IntegrityError):
            db.execute(
                "INSERT INTO vocabulary_terms (term, term_key, created_at) "
                "VALUES ('GQEBERHA', 'gqeberha', '')"
            )


def test_a_jobs_own_terms_are_stored_with_it(library):
    job = library.jobs.create("/tmp/a.wav", engine="local", vocabulary=["Gqeberha", "Mbombela"])
    assert library.jobs.get(job).vocabulary == ["Gqeberha", "Mbombela"]
    assert library.jobs.get(library.jobs.create("/tmp/b.wav", engine="local")).vocabulary is None


# ---- through a real job to the cloud ------------------------------------------------------------


@pytest.mark.parametrize("model", ["whisper-1", "gpt-4o-transcribe"])
def test_the_jobs_terms_and_the_glossary_reach_the_cloud_in_every_upload(library, tmp_path, model):
    """A job through the pipeline: every uploaded piece carries the prompt with both kinds of terms."""
    rate = 16000
    t = np.arange(int(24 * rate)) / rate
    audio = 0.002 * np.random.default_rng(0).normal(size=t.size)
    for start in (2, 9, 17):  # three tones with quiet between: cut into pieces of at most 8 s
        span = (t >= start) & (t < start + 1)
        audio[span] += 0.3 * np.sin(2 * np.pi * 440 * t[span])
    path = write_wav(tmp_path / "tones.wav", audio)
    library.vocabulary.add("Gqeberha, Mbombela")
    job = library.jobs.create(
        str(path), engine="openai", model=model, language="en", prompt="A talk on towns.",
        vocabulary=["Nkosazana", "mbombela"],
    )  # fmt: skip
    with FakeOpenAI(api_key=KEY) as server:
        engine = OpenAIEngine(
            KEY, model=model, base_url=server.base_url, piece_seconds=8, sleep=lambda _s: None
        )
        outcome = run_transcription_job(library, SingleEngine(engine), job)
        requests = server.answered
    assert outcome.status == "done", outcome
    assert len(requests) >= 3
    # the job's terms first (its spelling of a term wins), then the glossary's; the free text before them
    assert {r.field("prompt") for r in requests} == {"A talk on towns. Nkosazana, mbombela, Gqeberha."}
