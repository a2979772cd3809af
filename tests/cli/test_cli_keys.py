"""`iam-desktop keys set|delete openai` as real subprocesses: the key comes from stdin or a hidden prompt,
lands in the OS keyring, and never shows in the output."""

from __future__ import annotations

import os
import select
import subprocess
import sys
import time
import uuid

import pytest
from helpers import iam_desktop_command as _command
from keyring_fakes import require_secret_service

from iam_desktop.secrets import ALLOW_PLAINTEXT_ENV, OPENAI_API_KEY, OPENAI_API_KEY_ENV, SecretStore

SAVED = "OpenAI API key saved in the OS keyring (SecretService Keyring)"


def keys(*args: str, stdin: str = "", **env: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k not in (OPENAI_API_KEY_ENV, ALLOW_PLAINTEXT_ENV)}
    environment.update(env)
    return subprocess.run(
        [*_command(), "keys", *args], input=stdin, capture_output=True, text=True, encoding="utf-8",
        env=environment, timeout=60, check=False,
    )


@pytest.fixture
def store() -> SecretStore:
    """The real (private) Secret Service, with no OpenAI key before and after the test."""
    require_secret_service()
    secrets = SecretStore()
    secrets.delete(OPENAI_API_KEY)
    yield secrets
    secrets.delete(OPENAI_API_KEY)


def new_key() -> str:
    return f"sk-proj-{uuid.uuid4().hex}"


def test_set_reads_the_first_line_of_stdin(store: SecretStore):
    key = new_key()
    proc = keys("set", "openai", stdin=f"  {key}  \nsecond line is ignored\n")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == SAVED
    assert key not in proc.stdout + proc.stderr
    assert store.get(OPENAI_API_KEY) == key


def test_set_replaces_and_delete_removes(store: SecretStore):
    assert keys("set", "openai", stdin="sk-old-key").returncode == 0
    key = new_key()
    assert keys("set", "openai", stdin=key).returncode == 0  # no trailing newline needed
    assert store.get(OPENAI_API_KEY) == key
    proc = keys("delete", "openai")
    assert (proc.returncode, proc.stdout.strip()) == (0, "OpenAI API key deleted from the OS keyring "
                                                          "(SecretService Keyring)")
    assert store.get(OPENAI_API_KEY) is None
    proc = keys("delete", "openai")
    assert (proc.returncode, proc.stdout.strip()) == (0, "no OpenAI API key was stored")


@pytest.mark.parametrize("stdin", ["", "\n", "   \n sk-on-the-second-line\n"])
def test_empty_key_is_a_usage_error(stdin: str):
    proc = keys("set", "openai", stdin=stdin)
    assert proc.returncode == 2
    assert proc.stderr.startswith("error: no OpenAI API key given")
    assert proc.stdout == "" and "sk-on-the-second-line" not in proc.stderr


def test_empty_key_stores_nothing(store: SecretStore):
    store.set(OPENAI_API_KEY, "sk-kept")
    assert keys("set", "openai", stdin="\n").returncode == 2
    assert store.get(OPENAI_API_KEY) == "sk-kept"


def test_environment_key_is_mentioned_when_it_overrides(store: SecretStore):
    key = new_key()
    proc = keys("set", "openai", stdin=key, **{OPENAI_API_KEY_ENV: "sk-env-value"})
    assert proc.returncode == 0 and store.get(OPENAI_API_KEY) == key
    assert "note: OPENAI_API_KEY is set in the environment" in proc.stderr
    assert "sk-env-value" not in proc.stdout + proc.stderr


@pytest.mark.parametrize("backend", ["keyring.backends.fail.Keyring", "keyring.backends.null.Keyring"])
def test_no_secure_keyring_is_an_error(backend: str):
    for args in (("set", "openai"), ("delete", "openai")):
        proc = keys(*args, stdin="sk-nowhere\n", PYTHON_KEYRING_BACKEND=backend)
        assert proc.returncode == 1, proc.stderr
        assert proc.stderr.startswith("error: no secure OS keyring is available: on Linux install")
        assert "sk-nowhere" not in proc.stdout + proc.stderr


def test_unknown_service_is_a_usage_error():
    proc = keys("set", "dropbox", stdin="x")
    assert proc.returncode == 2 and "invalid choice" in proc.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_terminal_prompt_hides_the_key(store: SecretStore):
    import pty

    key = new_key()
    command = [*_command(), "keys", "set", "openai"]
    env = {k: v for k, v in os.environ.items() if k != OPENAI_API_KEY_ENV}
    pid, fd = pty.fork()
    if pid == 0:  # the child: stdin, stdout and stderr are the terminal
        try:
            os.execvpe(command[0], command, env)
        finally:
            os._exit(127)
    output = b""
    deadline = time.monotonic() + 60
    sent = False
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 1)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # EIO: the child closed the terminal
                break
            if not chunk:
                break
            output += chunk
        if not sent and b"OpenAI API key: " in output:
            os.write(fd, key.encode() + b"\r")
            sent = True
    os.close(fd)
    _, status = os.waitpid(pid, 0)
    text = output.decode(errors="replace")
    assert sent, text
    assert os.waitstatus_to_exitcode(status) == 0, text
    assert SAVED in text
    assert key not in text  # not echoed
    assert store.get(OPENAI_API_KEY) == key


@pytest.mark.parametrize(("pasted", "stored"), [
    ("{key}\u200b\n", "{key}"),  # a zero-width space picked up by the copy
    ("\ufeff {key}\u2060 \r\n", "{key}"),  # a byte-order mark, a word joiner, a Windows line end
])
def test_invisible_characters_are_dropped_before_the_key_is_stored(
    store: SecretStore, pasted: str, stored: str
):
    key = new_key()
    proc = keys("set", "openai", stdin=pasted.format(key=key))
    assert proc.returncode == 0, proc.stderr
    assert store.get(OPENAI_API_KEY) == stored.format(key=key)
    assert key not in proc.stdout + proc.stderr


@pytest.mark.parametrize(("pasted", "reason"), [
    ("sk-proj-café{hex}", "contains a character that is not plain ASCII (U+00E9 at character 12)"),
    ("sk-proj-{hex}\x07", "contains a control character (U+0007"),
    ("sk-proj- {hex}", "contains a space or a line break"),
    ("sk-{short}", "is too short"),
    ("sk-{hex}" * 20, "is too long"),
])
def test_a_key_that_cannot_be_one_is_refused_without_showing_it(store: SecretStore, pasted: str, reason: str):
    hexpart = uuid.uuid4().hex
    key = pasted.format(hex=hexpart, short=hexpart[:3])
    store.set(OPENAI_API_KEY, "sk-kept-before")
    proc = keys("set", "openai", stdin=key + "\n")
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.startswith(f"error: the OpenAI API key {reason}"), proc.stderr
    assert "nothing was stored" in proc.stderr
    assert len(proc.stderr.splitlines()) == 1 and proc.stdout == ""
    assert hexpart[:8] not in proc.stderr and key not in proc.stderr
    assert store.get(OPENAI_API_KEY) == "sk-kept-before"


@pytest.mark.parametrize("backend", ["no_such_module.Keyring", "keyring.backends.fail.NoSuchClass", ""])
def test_an_unknown_keyring_backend_is_a_plain_error(backend: str):
    for args in (("set", "openai"), ("delete", "openai")):
        proc = keys(*args, stdin=f"{new_key()}\n", PYTHON_KEYRING_BACKEND=backend)
        assert proc.returncode == 1, proc.stderr
        assert proc.stderr.startswith(
            f"error: the keyring backend named by PYTHON_KEYRING_BACKEND={backend!r} cannot be loaded"
        ), proc.stderr
        assert "Traceback" not in proc.stderr and len(proc.stderr.splitlines()) == 1

