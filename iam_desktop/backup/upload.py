"""Encrypted uploads of content objects: bounded memory, multipart for large files, resumable part by
part, with retries.

An object of up to one part (PART_CHUNKS sealed chunks, 8 MiB of plaintext) is sent whole. A larger one
goes as a multipart upload whose parts are whole numbers of sealed chunks (part 1 also carries the
header), so any part can be sealed again on its own: content objects have a nonce derived from their
content, hence a resumed upload produces byte-identical parts. An upload cut off (the app killed, the
network gone) is found again on the next run, through a small journal in the data folder and the
server's list of unfinished uploads; its parts are listed and only the missing ones are sent.

The caller's thread reads, hashes and seals; a few worker threads send (at most `parallel` parts in
flight, so memory stays at a few parts whatever the file size). The SHA-256 a file is named by is checked
while it is read: a file whose content does not match is never completed under that name.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import random
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_all
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from iam_desktop.backup import crypto
from iam_desktop.backup.client import explain
from iam_desktop.backup.control import Control
from iam_desktop.backup.errors import BackupError, ConnectionProblem
from iam_desktop.backup.session import BackupSession
from iam_desktop.fsutil import atomic_write

log = logging.getLogger(__name__)

#: sealed chunks per part (8 MiB of plaintext; S3 wants parts of at least 5 MiB but the last)
PART_CHUNKS = 8
#: S3 allows at most this many parts: parts grow for files above ~80 GB
MAX_PARTS = 10_000
#: attempts per request on top of botocore's own retries (connection errors, 5xx, throttling)
ATTEMPTS = 4
#: first pause between attempts (seconds); doubled each time, with jitter
RETRY_DELAY = 1.0
#: parts (or small objects) being sent at once
PARALLEL = 2
_TRANSIENT_CODES = ("SlowDown", "RequestTimeout", "InternalError", "ServiceUnavailable", "Throttling",
                    "RequestLimitExceeded", "TooManyRequests")  # fmt: skip


class LocalFileDamaged(BackupError):
    """A local file's content does not match the SHA-256 it is named by (or cannot be read): it is not
    uploaded."""


@dataclass(frozen=True)
class Content:
    """A local file to store as the content object `name` under `key`."""

    path: Path
    sha256: str
    size: int
    name: str
    key: str

    @property
    def encrypted_size(self) -> int:
        return crypto.encrypted_size(self.size)


def content_of(session: BackupSession, path: Path, sha256: str, size: int) -> Content:
    """The Content for a file of `size` bytes whose SHA-256 is `sha256`."""
    name = session.keys.content_name(sha256)
    return Content(path, sha256, size, name, session.layout.data(name))


def part_chunks(plain_size: int) -> int:
    """Sealed chunks per part for an object of `plain_size` bytes."""
    return max(PART_CHUNKS, -(-crypto.chunk_count(plain_size) // MAX_PARTS))


def part_count(plain_size: int) -> int:
    """Parts of the object (1: sent whole with one request)."""
    return -(-crypto.chunk_count(plain_size) // part_chunks(plain_size))


def part_size(plain_size: int, number: int) -> int:
    """The encrypted size of part `number` (1-based)."""
    per = part_chunks(plain_size)
    first = (number - 1) * per * crypto.CHUNK_SIZE
    plain = max(0, min(plain_size, first + per * crypto.CHUNK_SIZE) - first)
    chunks = min(per, crypto.chunk_count(plain_size) - (number - 1) * per)
    return plain + chunks * crypto.TAG_SIZE + (crypto.HEADER_SIZE if number == 1 else 0)


@dataclass(frozen=True)
class PendingUpload:
    """A multipart upload the server holds unfinished."""

    key: str
    upload_id: str
    initiated: datetime | None


def pending_uploads(session: BackupSession, prefix: str) -> list[PendingUpload]:
    """Every unfinished multipart upload under `prefix` (an empty list where the server keeps none or
    cannot list them: the journal still knows this computer's own)."""
    from botocore.exceptions import BotoCoreError, ClientError

    found: list[PendingUpload] = []
    markers: dict[str, str] = {}
    try:
        while True:
            page = session.client.list_multipart_uploads(Bucket=session.bucket, Prefix=prefix, **markers)
            for item in page.get("Uploads") or []:
                found.append(PendingUpload(item["Key"], item["UploadId"], item.get("Initiated")))
            if not page.get("IsTruncated"):
                return found
            markers = {"KeyMarker": page.get("NextKeyMarker", ""),
                       "UploadIdMarker": page.get("NextUploadIdMarker", "")}  # fmt: skip
    except ClientError as exc:
        if _code(exc) not in ("NoSuchUpload", "NotImplemented", "NoSuchKey"):
            log.warning("unfinished uploads cannot be listed: %s", explain(exc, session.target))
        return found
    except BotoCoreError as exc:
        raise ConnectionProblem(explain(exc, session.target)) from exc


def _code(exc: Any) -> str:
    return str(getattr(exc, "response", {}).get("Error", {}).get("Code", ""))


def _transient(exc: BaseException) -> bool:
    from botocore import exceptions as bx

    if isinstance(exc, bx.ClientError):
        status = exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode") or 0
        return int(status) >= 500 or _code(exc) in _TRANSIENT_CODES
    return isinstance(exc, bx.ConnectionError | bx.HTTPClientError | bx.IncompleteReadError)


class UploadJournal:
    """This computer's unfinished multipart uploads (object key → upload id), in a small private JSON file
    of the data folder, so a run killed half-way finds its upload again even where the server cannot
    list them. Thread-safe."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._entries: dict[str, str] = {}
        if path is not None:
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                if isinstance(data, dict):
                    self._entries = {str(k): str(v) for k, v in data.items()}
            except (OSError, ValueError):
                self._entries = {}

    def get(self, key: str) -> str | None:
        return self._entries.get(key)

    def set(self, key: str, upload_id: str) -> None:
        with self._lock:
            self._entries[key] = upload_id
            self._save()

    def remove(self, key: str) -> None:
        with self._lock:
            if self._entries.pop(key, None) is not None:
                self._save()

    def _save(self) -> None:
        if self.path is not None:
            try:
                atomic_write(self.path, json.dumps(self._entries, indent=1))
            except OSError as exc:  # only a help for resuming: the server's list is the other one
                log.warning("the upload journal cannot be written: %s", exc)


@dataclass
class UploadStats:
    """What the uploader sent: objects completed, parts (and whole objects) sent, encrypted bytes sent,
    and parts found already uploaded by an earlier, interrupted run."""

    objects: int = 0
    parts: int = 0
    bytes: int = 0
    reused_parts: int = 0
    reused_bytes: int = 0


@dataclass
class _Multipart:
    content: Content
    upload_id: str
    etags: dict[int, str]
    futures: list[Future[None]] = field(default_factory=list)
    read_done: bool = False
    damaged: bool = False


@dataclass(frozen=True)
class _Resume:
    upload_id: str
    #: part number → (ETag, size)
    parts: dict[int, tuple[str, int]]


def _usable_parts(content: Content, resume: _Resume) -> dict[int, tuple[str, int]]:
    """The parts of an unfinished upload that can be kept: those of the size this content's part has
    (a part of another size came from something else and is sent again)."""
    count = part_count(content.size)
    return {number: (etag, size) for number, (etag, size) in resume.parts.items()
            if number <= count and size == part_size(content.size, number)}  # fmt: skip


class Uploader:
    """Uploads content objects for one run. Use as a context manager; `submit` each file (in the caller's
    thread), then `finish()` to wait for all of them. Raises ConnectionProblem (after retries), Cancelled,
    LocalFileDamaged (from submit, for that file only; the run goes on) and FileNotFoundError (a file
    that vanished meanwhile)."""

    def __init__(self, session: BackupSession, control: Control | None = None, *,
                 journal: Path | None = None, parallel: int | None = None) -> None:  # fmt: skip
        self.session = session
        self.control = control or Control()
        self.stats = UploadStats()
        self._journal = UploadJournal(journal)
        parallel = parallel or PARALLEL
        self._pool = ThreadPoolExecutor(parallel, thread_name_prefix="backup-upload")
        #: completes (or aborts) multipart uploads, so the server's assembling of one does not hold up
        #: the reading and sending of the next file
        self._finisher = ThreadPoolExecutor(2, thread_name_prefix="backup-complete")
        self._slots = threading.Semaphore(parallel)
        self._lock = threading.Lock()
        self._open: list[_Multipart] = []
        self._loose: list[Future[None]] = []
        self._listed: dict[str, list[PendingUpload]] | None = None
        self._resumes: dict[str, _Resume | None] = {}

    def __enter__(self) -> Uploader:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Wait for the requests in flight (a few parts at most) and stop the workers. Unfinished
        multipart uploads stay on the server for the next run."""
        self._pool.shutdown(wait=True, cancel_futures=True)
        self._finisher.shutdown(wait=True, cancel_futures=True)

    # --- resuming ---------------------------------------------------------------------------------
    def _listed_uploads(self) -> dict[str, list[PendingUpload]]:
        if self._listed is None:
            self._listed = {}
            uploads = pending_uploads(self.session, self.session.layout.data_prefix)
            for upload in sorted(uploads, key=lambda u: u.initiated.timestamp() if u.initiated else 0,
                                 reverse=True):  # fmt: skip
                self._listed.setdefault(upload.key, []).append(upload)
        return self._listed

    def _resume(self, content: Content) -> _Resume | None:
        """The unfinished upload of `content` to continue, with its parts (None: start afresh)."""
        if content.key in self._resumes:
            return self._resumes[content.key]
        found = None
        candidates = [self._journal.get(content.key)]
        candidates += [u.upload_id for u in self._listed_uploads().get(content.key, [])]
        for upload_id in dict.fromkeys(c for c in candidates if c):
            parts = self._list_parts(content.key, upload_id)
            if parts is not None:
                found = _Resume(upload_id, parts)
                break
        if found is None:
            self._journal.remove(content.key)
        self._resumes[content.key] = found
        return found

    def _list_parts(self, key: str, upload_id: str) -> dict[int, tuple[str, int]] | None:
        from botocore.exceptions import ClientError

        parts: dict[int, tuple[str, int]] = {}
        marker: dict[str, int] = {}
        while True:
            try:
                page = self._call(self.session.client.list_parts, Bucket=self.session.bucket, Key=key,
                                  UploadId=upload_id, raw=True, **marker)  # fmt: skip
            except ClientError as exc:
                if _code(exc) in ("NoSuchUpload", "NoSuchKey", "404") or "NoSuchUpload" in str(exc):
                    return None
                raise ConnectionProblem(explain(exc, self.session.target)) from exc
            for part in page.get("Parts") or []:
                parts[int(part["PartNumber"])] = (str(part["ETag"]), int(part["Size"]))
            if not page.get("IsTruncated"):
                return parts
            marker = {"PartNumberMarker": int(page["NextPartNumberMarker"])}

    def already_uploaded(self, content: Content) -> int:
        """Encrypted bytes of `content` an interrupted run already sent (whole parts that will be kept)."""
        if part_count(content.size) == 1:
            return 0
        resume = self._resume(content)
        if resume is None:
            return 0
        return sum(size for _etag, size in _usable_parts(content, resume).values())

    # --- sending ----------------------------------------------------------------------------------
    def submit(self, content: Content) -> None:
        """Read, check and seal `content` here, and send it in the background."""
        self.control.checkpoint()
        self._poll()
        if part_count(content.size) == 1:
            pieces = list(self._sealed_parts(content, set()))
            body = pieces[0][1]
            assert body is not None
            self._send(self._loose, self._put, content, body)
            return
        resume = self._resume(content)
        if resume is None:
            created = self._call(self.session.client.create_multipart_upload, Bucket=self.session.bucket,
                                 Key=content.key, ContentType="application/octet-stream")  # fmt: skip
            resume = _Resume(str(created["UploadId"]), {})
            self._journal.set(content.key, resume.upload_id)
        keep = {number: etag for number, (etag, _size) in _usable_parts(content, resume).items()}
        upload = _Multipart(content, resume.upload_id, dict(keep))
        self._open.append(upload)
        try:
            for number, part in self._sealed_parts(content, set(keep)):
                if part is None:
                    self.stats.reused_parts += 1
                    self.stats.reused_bytes += part_size(content.size, number)
                else:
                    self._send(upload.futures, self._send_part, upload, number, part)
        except LocalFileDamaged:
            upload.damaged = upload.read_done = True
            raise
        upload.read_done = True
        self._poll()

    def finish(self) -> UploadStats:
        """Wait until everything submitted is stored; raises the first failure."""
        self._poll(wait=True)
        wait_all(self._loose)
        self._raise_failed()
        return self.stats

    def _send(self, futures: list[Future[None]], fn: Callable[..., None], *args: Any) -> None:
        while not self._slots.acquire(timeout=0.2):
            self._raise_failed()
            self.control.checkpoint()
        try:
            self._raise_failed()  # a slot freed by a request that failed for good: send nothing more
        except BaseException:
            self._slots.release()
            raise

        def run() -> None:
            try:
                fn(*args)
            finally:
                self._slots.release()

        futures.append(self._pool.submit(run))

    def _raise_failed(self) -> None:
        for future in [*self._loose, *(f for u in self._open for f in u.futures)]:
            if future.done() and future.exception() is not None:
                raise future.exception()  # type: ignore[misc]

    def _poll(self, wait: bool = False) -> None:
        """Complete (or, for a damaged file, abort) the multipart uploads whose parts are all sent."""
        self._raise_failed()
        self._loose = [f for f in self._loose if not f.done()]
        for upload in list(self._open):
            if not upload.read_done:
                continue
            if wait:
                wait_all(upload.futures)
            if not all(f.done() for f in upload.futures):
                continue
            self._open.remove(upload)
            if upload.damaged:
                self._loose.append(self._finisher.submit(self._abort, upload.content.key, upload.upload_id))
                continue
            for future in upload.futures:
                if future.exception() is not None:
                    raise future.exception()  # type: ignore[misc]
            self._loose.append(self._finisher.submit(self._complete, upload))

    def _sealed_parts(self, content: Content, skip: set[int]) -> Iterator[tuple[int, bytes | None]]:
        """(part number, sealed part) in order, None for the parts in `skip` (read and hashed all the
        same); LocalFileDamaged at the end when the content is not what its name says."""
        keys, size = self.session.keys, content.size
        cipher = keys.cipher(content.name, size, keys.content_nonce(content.sha256))
        per = part_chunks(size)
        digest = hashlib.sha256()
        try:
            with open(content.path, "rb") as handle:
                for number in range(1, part_count(size) + 1):
                    sealing = number not in skip
                    pieces = [cipher.header] if sealing and number == 1 else []
                    first = (number - 1) * per
                    for index in range(first, min(first + per, cipher.chunks)):
                        self.control.checkpoint()
                        want = min(crypto.CHUNK_SIZE, size - index * crypto.CHUNK_SIZE)
                        data = handle.read(want)
                        if len(data) != want:
                            raise self._damaged(content, "it is shorter than when it was stored")
                        digest.update(data)
                        if sealing:
                            pieces.append(cipher.seal(index, data))
                            self.control.transferred(
                                len(pieces[-1]) + (len(cipher.header) if index == 0 else 0)
                            )
                    yield number, (b"".join(pieces) if sealing else None)
                    del pieces
                if handle.read(1):
                    raise self._damaged(content, "it is longer than when it was stored")
        except FileNotFoundError:
            raise
        except OSError as exc:
            raise self._damaged(content, f"it cannot be read ({exc.strerror or exc})") from exc
        if digest.hexdigest() != content.sha256:
            raise self._damaged(content, "its content no longer matches its checksum")

    @staticmethod
    def _damaged(content: Content, why: str) -> LocalFileDamaged:
        return LocalFileDamaged(
            f"the audio file {content.path.name} is damaged ({why}), so it was not "
            "backed up; restore it from an older backup or import it again"
        )

    def _put(self, content: Content, body: bytes) -> None:
        self._call(self.session.client.put_object, Bucket=self.session.bucket, Key=content.key, Body=body,
                   ContentType="application/octet-stream")  # fmt: skip
        with self._lock:
            self.stats.objects += 1
            self.stats.parts += 1
            self.stats.bytes += len(body)
        self.control.file_done()

    def _send_part(self, upload: _Multipart, number: int, body: bytes) -> None:
        reply = self._call(self.session.client.upload_part, Bucket=self.session.bucket,
                           Key=upload.content.key, UploadId=upload.upload_id, PartNumber=number,
                           Body=body)  # fmt: skip
        with self._lock:
            upload.etags[number] = str(reply["ETag"])
            self.stats.parts += 1
            self.stats.bytes += len(body)

    def _complete(self, upload: _Multipart) -> None:
        numbers = range(1, part_count(upload.content.size) + 1)
        missing = [n for n in numbers if n not in upload.etags]
        if missing:  # a defect: every part was either kept or sent
            raise BackupError(f"the upload of {upload.content.name[:16]}… lacks parts {missing[:5]}")
        parts = [{"PartNumber": n, "ETag": upload.etags[n]} for n in numbers]
        self._call(self.session.client.complete_multipart_upload, Bucket=self.session.bucket,
                   Key=upload.content.key, UploadId=upload.upload_id,
                   MultipartUpload={"Parts": parts})  # fmt: skip
        self._journal.remove(upload.content.key)
        with self._lock:
            self.stats.objects += 1
        self.control.file_done()

    def _abort(self, key: str, upload_id: str) -> None:
        with contextlib.suppress(BackupError):
            self._call(self.session.client.abort_multipart_upload, Bucket=self.session.bucket, Key=key,
                       UploadId=upload_id)  # fmt: skip
        self._journal.remove(key)

    def _call(self, fn: Callable[..., Any], *, raw: bool = False, **kwargs: Any) -> Any:
        """fn(**kwargs), tried again with backoff after connection errors and 5xx/throttling replies; a
        failure at the end becomes ConnectionProblem (or is raised as it is with `raw`)."""
        from botocore.exceptions import BotoCoreError, ClientError

        for attempt in range(ATTEMPTS):
            try:
                return fn(**kwargs)
            except (ClientError, BotoCoreError) as exc:
                if attempt == ATTEMPTS - 1 or not _transient(exc):
                    if raw and isinstance(exc, ClientError):
                        raise
                    raise ConnectionProblem(explain(exc, self.session.target)) from exc
                log.info("storage request failed (%s); trying again", exc)
            self._sleep(RETRY_DELAY * 2**attempt * random.uniform(0.5, 1.0))
        raise AssertionError("unreachable")

    def _sleep(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            self.control.checkpoint()
            time.sleep(min(0.2, left))
