"""The secret store: a real Secret Service round trip, the environment override, refusal of keyrings that
store in the clear or not at all, and no secret leaking into the data folder or the logs."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import uuid
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail, null
from keyring.backends.chainer import ChainerBackend
from keyring.errors import KeyringLocked, PasswordSetError
from keyring_fakes import PlaintextKeyring, RaisingKeyring, require_secret_service

from iam_desktop.errors import IamError, SecretsUnavailable
from iam_desktop.paths import data_paths
from iam_desktop.redaction import REDACTED, redact
from iam_desktop.secrets import (
    ALLOW_PLAINTEXT_ENV,
    OPENAI_API_KEY,
    OPENAI_API_KEY_ENV,
    SERVICE,
    InvalidSecret,
    SecretStore,
    clean_key,
    openai_api_key,
    save_openai_api_key,
)
from iam_desktop.settings import Settings, save_settings


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ALLOW_PLAINTEXT_ENV, raising=False)
    monkeypatch.delenv(OPENAI_API_KEY_ENV, raising=False)


@pytest.fixture
def use_keyring():
    """Make keyring's default backend the one given, restoring the previous one afterwards."""
    previous = keyring.get_keyring()
    yield keyring.set_keyring
    keyring.set_keyring(previous)


@pytest.fixture
def secret_service() -> SecretStore:
    require_secret_service()
    store = SecretStore()
    assert "SecretService" in store.backend_name(), store.backend_name()
    return store


def unique_name() -> str:
    return f"test-{uuid.uuid4().hex}"


# ---- the real Secret Service -------------------------------------------------------------------------

def test_secret_service_round_trip(secret_service: SecretStore):
    name, value = unique_name(), f"sk-test-{uuid.uuid4().hex}-ünïcode"
    assert secret_service.get(name) is None
    secret_service.set(name, value)
    assert SecretStore().get(name) == value  # a new store finds it: it is in the keyring, not in memory
    assert keyring.get_password(SERVICE, name) == value
    secret_service.set(name, "replaced")
    assert secret_service.get(name) == "replaced"
    assert secret_service.delete(name) is True
    assert secret_service.get(name) is None
    assert secret_service.delete(name) is False


def test_openai_key_from_keyring_and_environment(secret_service: SecretStore, monkeypatch):
    secret_service.delete(OPENAI_API_KEY)
    assert openai_api_key(secret_service) == (None, "none")
    secret_service.set(OPENAI_API_KEY, "sk-from-keyring")
    try:
        assert openai_api_key(secret_service) == ("sk-from-keyring", "keyring")
        assert openai_api_key() == ("sk-from-keyring", "keyring")
        monkeypatch.setenv(OPENAI_API_KEY_ENV, "  sk-from-env \n")
        assert openai_api_key(secret_service) == ("sk-from-env", "environment")
    finally:
        secret_service.delete(OPENAI_API_KEY)


def test_chainer_uses_its_secure_member_even_after_a_plaintext_one(secret_service: SecretStore):
    from keyring.backends.SecretService import Keyring as SecretServiceKeyring

    plaintext = PlaintextKeyring()

    class Chain(ChainerBackend):
        backends = [plaintext, SecretServiceKeyring()]

    store, name = SecretStore(Chain()), unique_name()
    assert "SecretService" in store.backend_name()
    store.set(name, "value")
    try:
        assert plaintext.stored == {}
        assert secret_service.get(name) == "value"
    finally:
        store.delete(name)


def test_secret_never_reaches_the_data_folder_or_logs(secret_service: SecretStore, data_dir: Path, caplog):
    paths = data_paths(data_dir)
    from iam_desktop.library import Library

    Library.open(paths).close()  # the SQLite library exists and could have been written to
    save_settings(paths, Settings(default_engine="openai"))
    key = f"sk-leak-check-{uuid.uuid4().hex}"
    caplog.set_level(logging.DEBUG)
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "iam_desktop", "keys", "set", "openai"], input=key + "\n",
            capture_output=True, text=True, timeout=60, check=False,
        )
        assert proc.returncode == 0, proc.stderr
        assert secret_service.get(OPENAI_API_KEY) == key
        secret_service.get(OPENAI_API_KEY)  # in-process use logs nothing secret either
    finally:
        secret_service.delete(OPENAI_API_KEY)
    assert key not in proc.stdout + proc.stderr + caplog.text
    files = [p for p in data_dir.rglob("*") if p.is_file()]
    assert paths.database in files and data_dir / "settings.json" in files
    for path in files:
        assert key.encode() not in path.read_bytes(), path


# ---- backends that must be refused ----------------------------------------------------------------------

def test_plaintext_backend_is_refused_with_a_fix(use_keyring):
    plaintext = PlaintextKeyring()
    use_keyring(plaintext)
    store = SecretStore()
    with pytest.raises(SecretsUnavailable) as caught:
        store.set("name", "value")
    message = str(caught.value)
    assert message.startswith("no secure OS keyring is available")
    assert "gnome-keyring or KWallet" in message and f"{ALLOW_PLAINTEXT_ENV}=1" in message
    assert isinstance(caught.value, IamError)
    assert plaintext.stored == {}
    for call in (lambda: store.get("name"), lambda: store.delete("name"), store.backend_name):
        with pytest.raises(SecretsUnavailable):
            call()


def test_plaintext_backend_allowed_when_the_user_opts_in(use_keyring, monkeypatch, caplog):
    monkeypatch.setenv(ALLOW_PLAINTEXT_ENV, "1")
    plaintext = PlaintextKeyring()
    use_keyring(plaintext)
    store = SecretStore()
    store.set(OPENAI_API_KEY, "sk-opted-in")
    assert plaintext.stored == {(SERVICE, OPENAI_API_KEY): "sk-opted-in"}
    assert openai_api_key(store) == ("sk-opted-in", "keyring")
    assert store.backend_name() == "file PlaintextKeyring"
    assert "unencrypted" in caplog.text and "sk-opted-in" not in caplog.text
    assert store.delete(OPENAI_API_KEY) is True and plaintext.stored == {}


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()], ids=["fail", "null"])
@pytest.mark.parametrize("opt_in", [False, True])
def test_keyrings_that_store_nothing_are_always_refused(backend, opt_in, use_keyring, monkeypatch):
    if opt_in:
        monkeypatch.setenv(ALLOW_PLAINTEXT_ENV, "1")
    use_keyring(backend)
    with pytest.raises(SecretsUnavailable, match="no secure OS keyring is available: on Linux install"):
        SecretStore().set("name", "value")


def test_chainer_with_nothing_secure_is_refused(monkeypatch):
    plaintext = PlaintextKeyring()

    class Chain(ChainerBackend):
        backends = [plaintext, fail.Keyring()]

    with pytest.raises(SecretsUnavailable, match="PlaintextKeyring"):
        SecretStore(Chain()).set("name", "value")
    monkeypatch.setenv(ALLOW_PLAINTEXT_ENV, "1")
    SecretStore(Chain()).set("name", "value")
    assert plaintext.stored == {(SERVICE, "name"): "value"}


@pytest.mark.parametrize(("error", "expected"), [
    (KeyringLocked("Failed to unlock the collection!"), "is locked: unlock it"),
    (PasswordSetError("Prompt dismissed"), "failed: Prompt dismissed"),
    (ConnectionRefusedError("D-Bus went away"), "failed: D-Bus went away"),
])
def test_keyring_failures_become_secrets_unavailable(error, expected, monkeypatch):
    monkeypatch.setenv(ALLOW_PLAINTEXT_ENV, "1")
    store = SecretStore(RaisingKeyring(error))
    for call in (lambda: store.set("name", "sk-secret-value"), lambda: store.get("name")):
        with pytest.raises(SecretsUnavailable, match=expected) as caught:
            call()
        assert "sk-secret-value" not in str(caught.value)


def test_bugs_are_not_disguised_as_keyring_problems(monkeypatch):
    monkeypatch.setenv(ALLOW_PLAINTEXT_ENV, "1")
    with pytest.raises(ZeroDivisionError):
        SecretStore(RaisingKeyring(ZeroDivisionError())).get("name")


def test_empty_names_and_values_are_rejected(monkeypatch):
    monkeypatch.setenv(ALLOW_PLAINTEXT_ENV, "1")
    store = SecretStore(PlaintextKeyring())
    with pytest.raises(ValueError):
        store.set("name", "")
    with pytest.raises(ValueError):
        store.get(" ")


def test_environment_key_wins_without_touching_the_keyring(monkeypatch, use_keyring):
    use_keyring(fail.Keyring())  # any keyring access would raise
    monkeypatch.setenv(OPENAI_API_KEY_ENV, "sk-env-key")
    assert openai_api_key(SecretStore()) == ("sk-env-key", "environment")
    assert openai_api_key() == ("sk-env-key", "environment")
    monkeypatch.setenv(OPENAI_API_KEY_ENV, "   ")  # blank counts as unset
    with pytest.raises(SecretsUnavailable):
        openai_api_key()


def test_store_construction_is_cheap_and_lazy():
    code = ("import sys; from iam_desktop.secrets import SecretStore; SecretStore(); "
            "print('keyring' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert out.stdout.strip() == "False"


# ---- keys as entered: cleaned, checked, remembered for redaction -------------------------------------

@pytest.mark.parametrize("pasted", [
    "{k}", "  {k}\n", "{k}\u200b", "\ufeff{k}", "{a}\u200b{b}", "\u2060 {k} \u00a0\r\n",
    "{a}\u00ad{b}",  # a soft hyphen is a format character too
])
def test_clean_key_drops_whitespace_and_invisible_characters(pasted: str):
    key = f"sk-proj-{uuid.uuid4().hex}"
    assert clean_key(pasted.format(k=key, a=key[:10], b=key[10:])) == key


@pytest.mark.parametrize(("value", "reason"), [
    ("sk-proj-caf\u00e9{h}", "not plain ASCII (U+00E9 at character 12)"),
    ("sk-proj-\u043a{h}", "not plain ASCII (U+043A at character 9)"),  # a Cyrillic look-alike
    ("sk-proj-{h}\x00", "control character (U+0000"),
    ("sk-proj-{h}\x1b[0m", "control character (U+001B"),
    ("sk-proj-{h}\x7f", "control character (U+007F"),
    ("sk-proj-{h}\nsecond-line", "a space or a line break"),
    ("sk-proj {h}", "a space or a line break"),
    ("", "is empty"),
    (" \u200b\t", "is empty"),
    ("sk-{h:.4}", "too short (7 characters)"),
    ("sk-{h}" * 15, "too long (525 characters, at most 512)"),
    ("sk-{h}" * 100, "far too long"),
])
def test_clean_key_refuses_what_cannot_be_a_key_without_showing_it(value: str, reason: str):
    h = uuid.uuid4().hex
    with pytest.raises(InvalidSecret) as raised:
        clean_key(value.format(h=h), label="the test key")
    message = str(raised.value)
    assert message.startswith("the test key ") and reason in message, message
    assert h[:6] not in message and "sk-" not in message
    assert isinstance(raised.value, IamError)


def test_a_hostile_environment_key_is_cleaned_or_refused(monkeypatch):
    key = f"sk-proj-{uuid.uuid4().hex}"
    monkeypatch.setenv(OPENAI_API_KEY_ENV, f"{key}\u200b")
    assert openai_api_key() == (key, "environment")
    assert redact(f"used {key}\u200b and {key}") == f"used {REDACTED} and {REDACTED}"
    monkeypatch.setenv(OPENAI_API_KEY_ENV, f"{key}\u00e9")
    with pytest.raises(InvalidSecret, match="^the key in OPENAI_API_KEY contains a character"):
        openai_api_key()


def test_secrets_read_from_a_keyring_are_redacted_everywhere(monkeypatch):
    monkeypatch.setenv(ALLOW_PLAINTEXT_ENV, "1")
    backend = PlaintextKeyring()
    value = f"gsk_{uuid.uuid4().hex}"
    backend.stored[(SERVICE, OPENAI_API_KEY)] = value  # stored by some other means
    assert redact(f"echo: {value}") != f"echo: {REDACTED}"  # not known yet
    assert openai_api_key(SecretStore(backend)) == (value, "keyring")
    assert redact(f"echo: {value}") == f"echo: {REDACTED}"
    assert redact(f"echo: {value[:10]}…****{value[-4:]}") == f"echo: {REDACTED}"


def test_save_openai_api_key_cleans_and_refuses(monkeypatch):
    monkeypatch.setenv(ALLOW_PLAINTEXT_ENV, "1")
    backend = PlaintextKeyring()
    key = f"sk-proj-{uuid.uuid4().hex}"
    save_openai_api_key(f" \ufeff{key}\u200b\n", SecretStore(backend))
    assert backend.stored == {(SERVICE, OPENAI_API_KEY): key}
    with pytest.raises(InvalidSecret, match="^the OpenAI API key contains a character that is not plain"):
        save_openai_api_key(f"{key}é", SecretStore(backend))
    assert backend.stored == {(SERVICE, OPENAI_API_KEY): key}  # unchanged


def test_a_key_stored_with_an_invisible_character_is_cleaned_when_read(secret_service: SecretStore):
    key = f"sk-proj-{uuid.uuid4().hex}"
    keyring.set_password(SERVICE, OPENAI_API_KEY, f"{key}\u200b")  # as an older version stored a paste
    try:
        assert openai_api_key(secret_service) == (key, "keyring")
    finally:
        secret_service.delete(OPENAI_API_KEY)


def test_without_a_keyring_the_openai_error_says_the_environment_variable_works(use_keyring):
    use_keyring(fail.Keyring())
    with pytest.raises(SecretsUnavailable) as raised:
        openai_api_key()
    assert "no secure OS keyring is available" in str(raised.value)
    assert "or set OPENAI_API_KEY in the environment, which is used without any keyring" in str(raised.value)


def _cli(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k not in (OPENAI_API_KEY_ENV, ALLOW_PLAINTEXT_ENV)}
    environment.update(env)
    return subprocess.run([sys.executable, "-m", "iam_desktop", *args], capture_output=True, text=True,
                          timeout=120, check=False, env=environment)


@pytest.mark.parametrize(("backend", "expected"), [
    ("keyring.backends.fail.Keyring", "error: no secure OS keyring is available"),
    ("keyring.backends.null.Keyring", "error: no secure OS keyring is available"),
    ("no_such_package.Keyring", "error: the keyring backend named by PYTHON_KEYRING_BACKEND='no_such_"),
])
def test_openai_without_a_usable_keyring_is_one_plain_error(tmp_path: Path, backend: str, expected: str):
    audio = tmp_path / "a.wav"
    audio.write_bytes(b"RIFF")  # never read: the engine is refused first
    proc = _cli("transcribe", "--engine", "openai", str(audio), PYTHON_KEYRING_BACKEND=backend)
    assert proc.returncode == 1, proc.stderr
    assert proc.stderr.startswith(expected), proc.stderr
    assert "Traceback" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    assert "OPENAI_API_KEY" in proc.stderr
