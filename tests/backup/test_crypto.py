"""The encryption format: round trips, and every kind of tampering is caught."""

from __future__ import annotations

import io
import os

import pytest

from iam_desktop.backup import crypto
from iam_desktop.backup.errors import DamagedObject, WrongPassphrase


@pytest.fixture(scope="module")
def keys() -> crypto.KeySet:
    return crypto.new_keyset()


def _encrypt(keys: crypto.KeySet, name: str, data: bytes, prefix: bytes | None = None) -> bytes:
    return b"".join(crypto.encrypt_stream(keys, name, io.BytesIO(data).read, len(data), prefix))


def _decrypt(keys: crypto.KeySet, name: str, blob: bytes) -> bytes:
    return b"".join(crypto.decrypt_stream(keys, name, io.BytesIO(blob).read))


@pytest.mark.parametrize("size", [0, 1, crypto.CHUNK_SIZE - 1, crypto.CHUNK_SIZE, crypto.CHUNK_SIZE + 1,
                                  3 * crypto.CHUNK_SIZE + 17])
def test_round_trip_at_every_size(keys, size):
    data = os.urandom(size)
    blob = _encrypt(keys, "n" * 64, data)
    assert len(blob) == crypto.encrypted_size(size)
    assert _decrypt(keys, "n" * 64, blob) == data


def test_content_objects_are_deterministic_and_named_by_a_keyed_hash(keys):
    sha = "ab" * 32
    name = keys.content_name(sha)
    assert name != sha and len(name) == 64
    other = crypto.new_keyset()
    assert other.content_name(sha) != name  # another set, another name: nothing to compare across sets
    data = os.urandom(5000)
    nonce = keys.content_nonce(sha)
    assert _encrypt(keys, name, data, nonce) == _encrypt(keys, name, data, nonce)
    assert crypto.encrypt_bytes(keys, name, data) != crypto.encrypt_bytes(keys, name, data)  # random prefix


@pytest.mark.parametrize("tamper", ["flip", "truncate_chunk", "drop_last_chunk", "extend", "swap_chunks",
                                    "header"])
def test_any_change_is_caught(keys, tamper):
    data = os.urandom(3 * crypto.CHUNK_SIZE + 100)
    blob = bytearray(_encrypt(keys, "x" * 64, data))
    sealed = crypto.CHUNK_SIZE + crypto.TAG_SIZE
    h = crypto.HEADER_SIZE
    if tamper == "flip":
        blob[h + sealed + 5] ^= 1
    elif tamper == "truncate_chunk":
        del blob[-10:]
    elif tamper == "drop_last_chunk":
        del blob[h + 3 * sealed:]
    elif tamper == "extend":
        blob += blob[h:h + sealed]
    elif tamper == "swap_chunks":
        first, second = blob[h:h + sealed], blob[h + sealed:h + 2 * sealed]
        blob[h:h + 2 * sealed] = second + first
    elif tamper == "header":
        blob[12] ^= 1  # the nonce prefix
    with pytest.raises(DamagedObject):
        _decrypt(keys, "x" * 64, bytes(blob))


def test_an_object_under_another_name_is_caught(keys):
    blob = crypto.encrypt_bytes(keys, "a" * 64, b"hello")
    with pytest.raises(DamagedObject):
        crypto.decrypt_bytes(keys, "b" * 64, blob)


def test_wrapping_with_a_passphrase(keys, monkeypatch):
    monkeypatch.undo()  # the real cost (the conftest lowers it for speed)
    document = crypto.wrap_keys(keys, "a long passphrase")
    assert document["kdf"] | {"salt": None} == {"name": "scrypt", "n": 1 << 15, "r": 8, "p": 3, "salt": None}
    assert keys.master.hex() not in repr(document)
    opened = crypto.unwrap_keys(document, "a long passphrase")
    assert opened.master == keys.master and opened.set_id == keys.set_id
    with pytest.raises(WrongPassphrase, match="does not open"):
        crypto.unwrap_keys(document, "a long passphrasE")
    damaged = {**document, "wrapped": document["wrapped"][:-4] + "AAA="}
    with pytest.raises((WrongPassphrase, DamagedObject)):
        crypto.unwrap_keys(damaged, "a long passphrase")
    with pytest.raises(DamagedObject):
        crypto.unwrap_keys({"format": "something else"}, "a long passphrase")
    assert "master" not in repr(keys) and keys.master.hex() not in repr(keys)
