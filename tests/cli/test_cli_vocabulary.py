"""`iam-desktop vocabulary list|add|remove` and `transcribe --vocabulary` as real subprocesses: exit codes,
messages, --json, the effect on the library, and the terms reaching the fake OpenAI server as the prompt."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from fakes.openai_server import FakeOpenAI

from iam_desktop.library import Library
from iam_desktop.paths import data_paths

KEY = "sk-test-cli-vocabulary-42"


def cli(*args: str | os.PathLike[str], env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run the installed `iam-desktop` (IAM_DATA_DIR is the test's own data folder)."""
    script = Path(sys.executable).parent / "iam-desktop"
    command = [str(script)] if script.is_file() else [sys.executable, "-m", "iam_desktop"]
    return subprocess.run(
        [*command, *map(str, args)], capture_output=True, text=True, encoding="utf-8",
        env=env or os.environ.copy(), timeout=180, check=False,
    )  # fmt: skip


def listed() -> list[str]:
    proc = cli("vocabulary", "list", "--json")
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_add_list_and_remove_terms(data_dir):
    proc = cli("vocabulary", "list")
    assert proc.returncode == 0 and proc.stdout == "" and "empty" in proc.stderr
    assert listed() == []

    proc = cli("vocabulary", "add", "Gqeberha, Mbombela", "Nkosazana; gqeberha")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == "added: Gqeberha, Mbombela, Nkosazana\n"
    proc = cli("vocabulary", "add", "MBOMBELA", "Polokwane")
    assert proc.returncode == 0
    assert proc.stdout == "added: Polokwane\nalready in the vocabulary: MBOMBELA\n"

    assert listed() == ["Gqeberha", "Mbombela", "Nkosazana", "Polokwane"]
    proc = cli("vocabulary", "list")
    assert proc.stdout.splitlines() == ["Gqeberha", "Mbombela", "Nkosazana", "Polokwane"]

    proc = cli("vocabulary", "remove", "mbombela, POLOKWANE")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == "removed: Mbombela, Polokwane\n"
    assert listed() == ["Gqeberha", "Nkosazana"]
    # the library the app opens holds the same terms
    library = Library.open(data_paths(data_dir))
    assert library.vocabulary.list() == ["Gqeberha", "Nkosazana"]
    library.close()


def test_removing_a_term_that_is_not_there_fails(data_dir):
    cli("vocabulary", "add", "Gqeberha")
    proc = cli("vocabulary", "remove", "Mbombela")
    assert proc.returncode == 1
    assert proc.stderr.strip() == "error: not in the vocabulary: Mbombela"
    # the terms that are there are removed all the same, the missing one still fails the command
    proc = cli("vocabulary", "remove", "gqeberha", "Mbombela")
    assert proc.returncode == 1 and proc.stdout == "removed: Gqeberha\n"
    assert "not in the vocabulary: Mbombela" in proc.stderr
    assert listed() == []


@pytest.mark.parametrize(
    ("args", "message"),
    [(("add", " , ;"), "no terms given"), (("add", "x" * 101), "at most 100 characters"),
     (("remove", ""), "no terms given")],
)  # fmt: skip
def test_bad_terms_are_usage_errors(data_dir, args, message):
    proc = cli("vocabulary", *args)
    assert proc.returncode == 2 and message in proc.stderr
    assert listed() == []


def test_missing_action_or_term_is_a_usage_error(data_dir):
    assert cli("vocabulary").returncode == 2
    assert cli("vocabulary", "add").returncode == 2


def test_transcribe_sends_the_glossary_and_the_jobs_terms_to_the_cloud(data_dir, speech_wav):
    """A real job through the CLI: the library's glossary (`vocabulary add`) and `--vocabulary` reach the
    fake OpenAI server as the prompt; the job keeps its own terms."""
    assert cli("vocabulary", "add", "Gqeberha, Mbombela").returncode == 0
    with FakeOpenAI(api_key=KEY) as server:
        env = dict(os.environ, OPENAI_API_KEY=KEY, OPENAI_BASE_URL=server.base_url)
        proc = cli("transcribe", "--engine", "openai", "--language", "en", "--json",
                   "--vocabulary", "Nkosazana, Dlamini-Zuma", "--vocabulary", "mbombela", speech_wav,
                   env=env)  # fmt: skip
        requests = server.answered
    assert proc.returncode == 0, proc.stderr
    [result] = json.loads(proc.stdout)
    assert result["status"] == "done"
    assert requests and {r.field("prompt") for r in requests} == {
        "Nkosazana, Dlamini-Zuma, mbombela, Gqeberha."
    }
    library = Library.open(data_paths(data_dir))
    [job] = library.jobs.list_jobs()
    assert job.vocabulary == ["Nkosazana", "Dlamini-Zuma", "mbombela"]
    assert library.vocabulary.list() == ["Gqeberha", "Mbombela"]  # the glossary is unchanged
    library.close()


def test_transcribe_refuses_a_term_too_long(data_dir, speech_wav):
    proc = cli("transcribe", "--vocabulary", "y" * 101, speech_wav)
    assert proc.returncode == 2 and "at most 100 characters" in proc.stderr
    library = Library.open(data_paths(data_dir))
    assert library.jobs.list_jobs() == []
    library.close()
