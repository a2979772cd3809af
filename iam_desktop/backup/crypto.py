"""The backup set's keys and the format of every encrypted object (AES-256-GCM, in chunks).

Keys: a random 32-byte master key per backup set; the encryption key and the naming key are derived from
it (HKDF-SHA256). The master key is stored in the bucket wrapped (AES-256-GCM) by a key derived from the
user's passphrase with scrypt (N=2^15, r=8, p=3: one of OWASP's recommended settings, 32 MiB), so a new
passphrase re-wraps that one small object and nothing else.

An encrypted object is a header (magic, version, chunk size, an 8-byte nonce prefix) followed by the
plaintext in chunks of CHUNK_SIZE bytes, each sealed on its own: nonce = prefix + chunk index; the
associated data binds the header, the object's name, the chunk's index and whether it is the last one,
so an object swapped for another, reordered, truncated or extended fails to open. The plaintext is read
and written in bounded memory, and any range of chunks can be sealed again on its own (a resumed
multipart upload seals only the parts it still needs).

Content objects use a nonce prefix derived from the content (HMAC of its SHA-256): the same content
always gives the same bytes, so an upload interrupted half-way can be continued part by part. Objects
that change (manifests) use a random prefix.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import io
import os
import secrets
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from iam_desktop.backup.errors import DamagedObject, WrongPassphrase

#: plaintext bytes per sealed chunk
CHUNK_SIZE = 1 << 20
#: bytes the AES-GCM tag adds to each chunk
TAG_SIZE = 16
MAGIC = b"IAMB"
VERSION = 1
#: magic (4) + version (1) + chunk size (4) + nonce prefix (8)
HEADER_SIZE = 17
#: scrypt's settings for new key files (stored with each key file, so they can be raised later)
SCRYPT_N, SCRYPT_R, SCRYPT_P = 1 << 15, 8, 3
KEYS_FORMAT = "iam-backup-keys"

Reader = Callable[[int], bytes]


def _hkdf(master: bytes, salt: bytes, info: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(master)


def _aesgcm(key: bytes) -> Any:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return AESGCM(key)


@dataclass(frozen=True, repr=False)
class KeySet:
    """The unlocked keys of one backup set. Never printed (repr shows the set's id only)."""

    set_id: str
    master: bytes

    def __repr__(self) -> str:
        return f"KeySet(set_id={self.set_id!r})"

    @property
    def enc_key(self) -> bytes:
        return _hkdf(self.master, bytes.fromhex(self.set_id), b"iam-backup v1 encryption")

    @property
    def mac_key(self) -> bytes:
        return _hkdf(self.master, bytes.fromhex(self.set_id), b"iam-backup v1 naming")

    def content_name(self, sha256_hex: str) -> str:
        """The object name of content with this SHA-256: a keyed hash, so the bucket never shows the
        content's own hash (which would tell whoever holds a copy of a file that it is backed up)."""
        return hmac.new(self.mac_key, b"content:" + bytes.fromhex(sha256_hex), hashlib.sha256).hexdigest()

    def content_nonce(self, sha256_hex: str) -> bytes:
        """The nonce prefix of a content object (deterministic: same content, same ciphertext)."""
        return hmac.new(self.mac_key, b"nonce:" + bytes.fromhex(sha256_hex), hashlib.sha256).digest()[:8]

    def cipher(self, name: str, plain_size: int, nonce_prefix: bytes | None = None) -> ChunkCipher:
        """A ChunkCipher for the object `name` of `plain_size` bytes (random nonce prefix if None)."""
        return ChunkCipher(self.enc_key, name, plain_size, nonce_prefix or secrets.token_bytes(8))


def new_keyset() -> KeySet:
    """A new backup set: a random id and a random master key."""
    return KeySet(set_id=secrets.token_hex(16), master=secrets.token_bytes(32))


def _normalize(passphrase: str) -> bytes:
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text, validate=True)


def _kek(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(_normalize(passphrase))


def wrap_keys(keys: KeySet, passphrase: str) -> dict[str, Any]:
    """The key file (JSON-ready) holding `keys`' master key wrapped by the passphrase."""
    if not passphrase:
        raise ValueError("the passphrase is empty")
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    kek = _kek(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    aad = f"{KEYS_FORMAT} {VERSION} {keys.set_id}".encode()
    wrapped = _aesgcm(kek).encrypt(nonce, keys.master, aad)
    return {
        "format": KEYS_FORMAT, "version": VERSION, "set_id": keys.set_id,
        "kdf": {"name": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P, "salt": _b64(salt)},
        "nonce": _b64(nonce), "wrapped": _b64(wrapped),
    }  # fmt: skip


def unwrap_keys(document: dict[str, Any], passphrase: str) -> KeySet:
    """The keys in a key file. WrongPassphrase when the passphrase does not open it; DamagedObject when
    the file is not a key file of a version this app reads."""
    from cryptography.exceptions import InvalidTag

    try:
        if document.get("format") != KEYS_FORMAT or document.get("version") != VERSION:
            raise ValueError("not a key file of this version")
        set_id = str(document["set_id"])
        bytes.fromhex(set_id)
        kdf = document["kdf"]
        if kdf.get("name") != "scrypt":
            raise ValueError(f"unknown key derivation {kdf.get('name')!r}")
        n, r, p = int(kdf["n"]), int(kdf["r"]), int(kdf["p"])
        if not (1 << 10 <= n <= 1 << 22 and 1 <= r <= 32 and 1 <= p <= 16):
            raise ValueError("key derivation settings out of range")
        salt, nonce, wrapped = _unb64(kdf["salt"]), _unb64(document["nonce"]), _unb64(document["wrapped"])
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise DamagedObject(f"the backup's key file is damaged or from a newer version ({exc})") from None
    kek = _kek(passphrase, salt, n, r, p)
    try:
        master = _aesgcm(kek).decrypt(nonce, wrapped, f"{KEYS_FORMAT} {VERSION} {set_id}".encode())
    except InvalidTag:
        raise WrongPassphrase(
            "the passphrase does not open this backup: check it (it is case-sensitive); without the right "
            "passphrase the backup cannot be read by anyone"
        ) from None
    return KeySet(set_id=set_id, master=master)


def chunk_count(plain_size: int) -> int:
    """How many chunks an object of `plain_size` bytes has (an empty one has one, empty)."""
    return max(1, -(-plain_size // CHUNK_SIZE))


def encrypted_size(plain_size: int) -> int:
    """The size of the encrypted object holding `plain_size` bytes."""
    return HEADER_SIZE + plain_size + chunk_count(plain_size) * TAG_SIZE


class ChunkCipher:
    """Seals and opens the chunks of one object. `seal(i, data)` / `open(i, data)` work on any chunk in
    any order; the header comes first in the object."""

    def __init__(self, key: bytes, name: str, plain_size: int, nonce_prefix: bytes) -> None:
        if len(nonce_prefix) != 8:
            raise ValueError("the nonce prefix has 8 bytes")
        self._aead = _aesgcm(key)
        self.name = name
        self.chunks = chunk_count(plain_size)
        self.header = MAGIC + bytes([VERSION]) + CHUNK_SIZE.to_bytes(4, "big") + nonce_prefix
        self._prefix = nonce_prefix
        self._name = name.encode()

    def _nonce_aad(self, index: int, last: bool) -> tuple[bytes, bytes]:
        position = index.to_bytes(4, "big")
        return self._prefix + position, self.header + self._name + position + (b"\x01" if last else b"\x00")

    def seal(self, index: int, plaintext: bytes) -> bytes:
        nonce, aad = self._nonce_aad(index, index == self.chunks - 1)
        return bytes(self._aead.encrypt(nonce, plaintext, aad))

    def open(self, index: int, sealed: bytes, last: bool) -> bytes:
        from cryptography.exceptions import InvalidTag

        nonce, aad = self._nonce_aad(index, last)
        try:
            return bytes(self._aead.decrypt(nonce, sealed, aad))
        except InvalidTag:
            where = f"object {self.name[:16]}…"
            raise DamagedObject(f"{where} was altered or damaged (chunk {index + 1})") from None


def encrypt_stream(keys: KeySet, name: str, read: Reader, plain_size: int,
                   nonce_prefix: bytes | None = None) -> Iterator[bytes]:  # fmt: skip
    """The encrypted object, piece by piece (the header, then one sealed chunk at a time), reading
    `plain_size` bytes through `read`. OSError from `read` passes through; ValueError when `read` gives
    fewer bytes than announced (the file changed while it was read)."""
    cipher = keys.cipher(name, plain_size, nonce_prefix)
    yield cipher.header
    for index in range(cipher.chunks):
        want = min(CHUNK_SIZE, plain_size - index * CHUNK_SIZE)
        data = read(want) if want > 0 else b""
        if len(data) != want:
            raise ValueError(f"the file changed while it was read ({len(data)} bytes of {want})")
        yield cipher.seal(index, data)


def decrypt_stream(keys: KeySet, name: str, read: Reader) -> Iterator[bytes]:
    """The plaintext of the encrypted object `name` read through `read`, chunk by chunk; raises
    DamagedObject when anything in it was altered, truncated, extended or belongs to another object."""
    header = _read_exactly(read, HEADER_SIZE)
    if len(header) != HEADER_SIZE or header[:4] != MAGIC or header[4] != VERSION:
        raise DamagedObject(f"object {name[:16]}… is not an IAM Desktop backup object or is damaged")
    if int.from_bytes(header[5:9], "big") != CHUNK_SIZE:
        raise DamagedObject(f"object {name[:16]}… has an unknown chunk size")
    cipher = ChunkCipher(keys.enc_key, name, 0, header[9:17])
    sealed = CHUNK_SIZE + TAG_SIZE
    current = _read_exactly(read, sealed)
    index = 0
    while True:
        following = _read_exactly(read, sealed) if len(current) == sealed else b""
        last = not following
        if len(current) < TAG_SIZE:
            raise DamagedObject(f"object {name[:16]}… is truncated")
        yield cipher.open(index, current, last)
        if last:
            return
        current, index = following, index + 1


def _read_exactly(read: Reader, size: int) -> bytes:
    parts: list[bytes] = []
    left = size
    while left > 0:
        data = read(left)
        if not data:
            break
        parts.append(data)
        left -= len(data)
    return b"".join(parts)


def encrypt_bytes(keys: KeySet, name: str, data: bytes) -> bytes:
    """A small object (a manifest) encrypted whole, with a random nonce prefix."""
    return b"".join(encrypt_stream(keys, name, io.BytesIO(data).read, len(data)))


def decrypt_bytes(keys: KeySet, name: str, blob: bytes) -> bytes:
    """The plaintext of a small encrypted object; DamagedObject when it was altered."""
    return b"".join(decrypt_stream(keys, name, io.BytesIO(blob).read))


def random_id() -> str:
    """A random object id (snapshots): 32 hex digits that tell nothing."""
    return os.urandom(16).hex()
