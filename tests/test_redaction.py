"""Secret values never leave the process: `redaction` on its own (every escaped form, partial echoes,
threads, log records), and the real `iam-desktop transcribe` with hostile keys (a zero-width space, an
accented letter) against the fake OpenAI server echoing the key back, whose stdout, stderr, data folder
files (the database, the logs) are searched byte by byte for the key."""

from __future__ import annotations

import io
import json
import logging
import os
import re
import subprocess
import threading
import uuid
from pathlib import Path

import numpy as np
import pytest
from fakes.openai_server import FakeOpenAI, Fault
from helpers import iam_desktop_command as _command
from helpers import write_wav

from iam_desktop.redaction import REDACTED, RedactingFilter, redact, remember_secret


def new_secret(prefix: str = "sk-proj-", tail: str = "") -> str:
    return f"{prefix}{uuid.uuid4().hex}{uuid.uuid4().hex[:8]}{tail}"


# -- the module on its own -----------------------------------------------------------------------------


def test_every_escaped_form_of_a_secret_is_redacted():
    secret = new_secret(tail="\u200b")
    remember_secret(secret)
    try:
        ("Bearer " + secret).encode("ascii")
    except UnicodeEncodeError as exc:
        internal = f"internal error: {exc!r}"
    assert "\\u200b" in internal and secret.rstrip("\u200b") in internal  # the leak of the issue
    texts = [
        secret,
        internal,
        repr(internal),
        ascii(secret),
        json.dumps({"error": internal}),
        json.dumps(json.dumps(secret)),
        repr(secret.encode("utf-8")),
        f"key={secret.rstrip(chr(0x200B))};",  # the cleaned value
    ]
    core = secret[8:-1]
    for text in texts:
        out = redact(text)
        assert core not in out and secret[:12] not in out, (text, out)
        assert REDACTED in out
    assert redact(internal) == "internal error: UnicodeEncodeError('ascii', 'Bearer [redacted]', " + \
        internal.rsplit("\\u200b', ", 1)[1]


@pytest.mark.parametrize("echo", [
    "Incorrect API key provided: {k8}********************{k4}. You can find your API key at …",
    "Invalid API Key: {k8}…{k4}",
    "key {k12} was revoked",  # a truncated echo: its first 12 characters
    "bad key '{k4prefix}…{k4}'",  # masked, sharing only 4 leading and 4 trailing characters
    "bad key ****{k4}",
])
@pytest.mark.parametrize("prefix", ["sk-proj-", "gsk_"])
def test_partial_echoes_of_a_secret_are_redacted_whole(echo: str, prefix: str):
    secret = new_secret(prefix)
    remember_secret(secret)
    text = echo.format(k8=secret[:8], k4=secret[-4:], k12=secret[:12], k4prefix=secret[:4])
    out = redact(text)
    assert secret[-4:] not in out and secret[:8] not in out, out
    before = text[: min(i for i in (text.find(secret[:4]), text.find("****")) if i >= 0)]
    assert out.startswith(before + REDACTED), out  # the token goes whole, the words before it stay


def test_ordinary_text_is_left_alone():
    remember_secret(new_secret())
    remember_secret("abc")  # too short to be remembered: would redact ordinary words
    text = ("Transcript: abc... the quick brown fox said '****' and sk- is a prefix; "
            "gsk_ and http://127.0.0.1:9/v1 — café, 12:30. Done.")
    assert redact(text) == text
    assert redact("") == ""


def test_remembering_and_redacting_from_many_threads():
    secrets = [new_secret() for _ in range(40)]
    errors: list[str] = []

    def work(secret: str) -> None:
        remember_secret(secret)
        for _ in range(20):
            out = redact(f"a {secret} b {secrets[0][:10]}")
            if secret in out:
                errors.append(out)

    threads = [threading.Thread(target=work, args=(s,)) for s in secrets]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert all(redact(s) == REDACTED for s in secrets)


def test_the_log_filter_redacts_the_message_its_arguments_and_the_traceback():
    secret = new_secret(tail="\ufeff")
    remember_secret(secret)
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    handler.addFilter(RedactingFilter())
    logger = logging.getLogger("test_redaction.filter")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        logger.warning("using %s and %r", secret, {"key": secret})
        try:
            raise ValueError(f"server said: {secret!r}")
        except ValueError:
            logger.exception("request with %s failed", secret[:14] + "…")
        logger.warning("bad format %s %s", secret)  # a record whose arguments do not fit
    finally:
        logger.removeHandler(handler)
    out = stream.getvalue()
    assert secret[8:-1] not in out and secret[:12] not in out, out
    assert out.count(REDACTED) >= 5
    assert "ValueError: server said: '[redacted]'" in out and "Traceback" in out


# -- the real CLI ----------------------------------------------------------------------------------------



def run_cli(data: Path, key: str, *args: str, base_url: str) -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENAI_")}
    env.update(IAM_DATA_DIR=str(data), OPENAI_API_KEY=key, OPENAI_BASE_URL=base_url)
    return subprocess.run([*_command(), *args], capture_output=True, env=env, timeout=240, check=False)


def leaks(secret: str, blob: bytes) -> list[str]:
    """Which written forms of `secret` (or telling parts of it) appear in `blob`."""
    core = secret.strip().replace("\u200b", "").replace("\ufeff", "")
    body = core[8:-4]  # the random middle: never shown even by a masked echo
    forms = {secret, core, repr(secret)[1:-1], ascii(secret)[1:-1], json.dumps(secret)[1:-1], body,
             body[:12], body[-12:], core[:12]}
    found = [form for form in forms if form.encode("utf-8") in blob]
    if re.search(rb"\*{3,}" + re.escape(core[-4:].encode()), blob):
        found.append(f"masked …{core[-4:]}")
    return found


def data_folder_bytes(data: Path) -> dict[str, bytes]:
    """Every file under the data folder (the database and its journal, logs, settings, audio copies), and a
    full SQL dump of the database made by the sqlite3 shell."""
    files = {str(p.relative_to(data)): p.read_bytes() for p in data.rglob("*") if p.is_file()}
    database = data / "library.sqlite3"
    if database.exists():
        dump = subprocess.run(["sqlite3", str(database), ".dump"], capture_output=True, check=True)
        files["<sqlite3 .dump>"] = dump.stdout
    return files


@pytest.fixture
def tone(tmp_path: Path) -> Path:
    t = np.arange(2 * 16000) / 16000
    return write_wav(tmp_path / "tone.wav", (0.3 * np.sin(2 * np.pi * 440 * t)).astype(np.float32))


@pytest.mark.parametrize(("prefix", "invisible", "masked"), [
    ("sk-proj-", "\u200b", False),
    ("sk-proj-", "\ufeff", True),
    ("gsk_", "\u2060", False),
    ("gsk_", "\u200b", True),
    ("gsk_", "", False),  # a plain key of another provider, echoed whole
])
def test_a_pasted_key_with_an_invisible_character_works_and_never_shows(
    tmp_path: Path, tone: Path, prefix: str, invisible: str, masked: bool
):
    secret = new_secret(prefix, tail=invisible)
    clean = secret.replace(invisible, "") if invisible else secret
    data = tmp_path / "data"
    with FakeOpenAI(api_key=clean) as server:
        server.fail_next(Fault.echo(401, masked=masked))  # the provider repeats the key it received
        proc = run_cli(data, f" {secret}\n", "transcribe", "--engine", "openai", str(tone),
                       base_url=server.base_url)
        requests = server.requests
    stderr = proc.stderr.decode("utf-8")
    assert proc.returncode == 1, stderr
    assert "OpenAI refused the API key (401)" in stderr and REDACTED in stderr
    assert "Traceback" not in stderr and "internal error" not in stderr
    # the invisible character was dropped: the cleaned key went out, as plain ASCII
    assert [r.auth for r in requests] == [f"Bearer {clean}"]
    assert leaks(secret, proc.stdout + proc.stderr) == []
    stored = data_folder_bytes(data)
    assert "library.sqlite3" in stored and b"OpenAI refused the API key" in stored["<sqlite3 .dump>"]
    assert {name: leaks(secret, blob) for name, blob in stored.items() if leaks(secret, blob)} == {}


def test_a_key_with_an_accented_letter_is_refused_without_showing_it(tmp_path: Path, tone: Path):
    secret = new_secret(tail="é" + uuid.uuid4().hex[:6])
    data = tmp_path / "data"
    with FakeOpenAI(api_key=secret.encode("utf-8").decode("latin-1")) as server:
        proc = run_cli(data, secret, "transcribe", "--engine", "openai", str(tone), base_url=server.base_url)
        requests = server.requests
    stderr = proc.stderr.decode("utf-8")
    assert proc.returncode == 1, stderr
    assert stderr.startswith("error: the key in OPENAI_API_KEY contains a character that is not plain ASCII")
    assert len(stderr.strip().splitlines()) == 1 and "Traceback" not in stderr
    assert requests == []  # never sent
    assert leaks(secret, proc.stdout + proc.stderr) == []
    assert {name: leaks(secret, blob) for name, blob in data_folder_bytes(data).items()
            if leaks(secret, blob)} == {}
