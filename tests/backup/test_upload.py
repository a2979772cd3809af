"""The uploader against a real S3-compatible server: the object's exact bytes, parts of whole chunks,
bounded memory, resuming from the server's list of unfinished uploads, and retries per part."""

from __future__ import annotations

import hashlib
import io
import os
import threading
import time
import tracemalloc
from pathlib import Path
from typing import Any

import pytest
from s3_helpers import S3Server
from test_run import Requests, new_session

from iam_desktop.backup import crypto, upload
from iam_desktop.backup.client import make_client
from iam_desktop.backup.control import Control
from iam_desktop.backup.credentials import Credentials
from iam_desktop.backup.errors import Cancelled, ConnectionProblem
from iam_desktop.backup.session import BackupSession, open_session, target_from_settings
from iam_desktop.backup.upload import Content, Uploader, content_of, part_count, part_size
from iam_desktop.settings import Settings


def write_random(path: Path, size: int) -> str:
    """A file of `size` random bytes written in pieces; returns its SHA-256."""
    digest = hashlib.sha256()
    with open(path, "wb") as handle:
        left = size
        while left:
            block = os.urandom(min(left, 1 << 20))
            digest.update(block)
            handle.write(block)
            left -= len(block)
    return digest.hexdigest()


def expected_object(session: BackupSession, content: Content) -> bytes:
    """The object as encrypt_stream makes it in one go (content objects are deterministic)."""
    with open(content.path, "rb") as handle:
        nonce = session.keys.content_nonce(content.sha256)
        return b"".join(crypto.encrypt_stream(session.keys, content.name, handle.read, content.size, nonce))


def stored(s3: S3Server, session: BackupSession, content: Content) -> bytes:
    return s3.client().get_object(Bucket=session.bucket, Key=content.key)["Body"].read()


@pytest.fixture
def session(backup_settings: Settings, credentials: Credentials) -> BackupSession:
    return new_session(backup_settings, credentials)


def make_content(session: BackupSession, folder: Path, size: int) -> Content:
    path = folder / f"file-{size}"
    return content_of(session, path, write_random(path, size), size)


def test_a_large_file_goes_in_parts_of_whole_chunks_and_decrypts(
    session: BackupSession, s3_server: S3Server, tmp_path: Path
) -> None:
    content = make_content(session, tmp_path, 20 * crypto.CHUNK_SIZE + 12345)
    requests = Requests(session.client)

    with Uploader(session) as uploader:
        uploader.submit(content)
        stats = uploader.finish()

    parts = [size for op, _key, size in requests.calls if op == "UploadPart"]
    assert part_count(content.size) == 3
    assert sorted(parts) == sorted(part_size(content.size, n) for n in (1, 2, 3))
    per_chunk = crypto.CHUNK_SIZE + crypto.TAG_SIZE
    assert part_size(content.size, 1) == crypto.HEADER_SIZE + 8 * per_chunk
    assert part_size(content.size, 2) == 8 * per_chunk
    blob = stored(s3_server, session, content)
    assert blob == expected_object(session, content)
    assert b"".join(crypto.decrypt_stream(session.keys, content.name, io.BytesIO(blob).read)) == (
        content.path.read_bytes()
    )
    assert (stats.objects, stats.parts, stats.bytes) == (1, 3, content.encrypted_size)


def test_memory_stays_at_a_few_parts_whatever_the_file_size(session: BackupSession, tmp_path: Path) -> None:
    content = make_content(session, tmp_path, 64 * crypto.CHUNK_SIZE)
    tracemalloc.start()
    try:
        with Uploader(session) as uploader:
            uploader.submit(content)
            uploader.finish()
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 48 * crypto.CHUNK_SIZE, f"peak {peak / 2**20:.0f} MiB for a 64 MiB file"


def test_an_interrupted_upload_is_found_on_the_server_and_continued(
    session: BackupSession, s3_server: S3Server, tmp_path: Path
) -> None:
    content = make_content(session, tmp_path, 40 * crypto.CHUNK_SIZE)
    control = Control()
    sent: list[str] = []

    def cancel_after_two_parts(**_kwargs: Any) -> None:
        sent.append("part")
        if len(sent) == 2:
            control.cancel()

    session.client.meta.events.register("after-call.s3.UploadPart", cancel_after_two_parts)
    with pytest.raises(Cancelled), Uploader(session, control) as uploader:  # no journal: the server's list
        uploader.submit(content)
        uploader.finish()
    session.client.meta.events.unregister("after-call.s3.UploadPart", cancel_after_two_parts)
    (pending,) = upload.pending_uploads(session, session.layout.data_prefix)
    assert pending.key == content.key
    before = s3_server.client().list_parts(Bucket=session.bucket, Key=content.key, UploadId=pending.upload_id)
    done = {p["PartNumber"] for p in before["Parts"]}
    assert 1 <= len(done) < part_count(content.size)

    requests = Requests(session.client)
    with Uploader(session) as uploader:
        assert uploader.already_uploaded(content) == sum(p["Size"] for p in before["Parts"])
        uploader.submit(content)
        stats = uploader.finish()

    assert requests.keys("CreateMultipartUpload") == []
    assert len(requests.keys("UploadPart")) == part_count(content.size) - len(done) == stats.parts
    assert stats.reused_parts == len(done)
    assert stored(s3_server, session, content) == expected_object(session, content)
    assert upload.pending_uploads(session, session.layout.data_prefix) == []


def _failing(operation: str, failures: int) -> tuple[list[str], Any]:
    """A before-send hook that breaks the connection of the first `failures` requests of `operation`."""
    from botocore.exceptions import ConnectionClosedError

    seen: list[str] = []

    def hook(request: Any, event_name: str, **_kwargs: Any) -> None:
        if event_name.endswith(operation):
            seen.append(operation)
            if len(seen) <= failures:
                raise ConnectionClosedError(endpoint_url=request.url)

    return seen, hook


def single_try_session(backup_settings: Settings, credentials: Credentials) -> BackupSession:
    """A session whose client does not retry by itself (so the uploader's own retries are seen)."""
    target = target_from_settings(backup_settings)
    # NOTE: botocore's max_attempts in the retries dict counts the retries after the first try
    client = make_client(target, credentials.secret_access_key, max_attempts=0)
    return open_session(target, credentials, client=client)


def test_a_part_whose_connection_breaks_is_sent_again(
    session: BackupSession, backup_settings: Settings, credentials: Credentials, s3_server: S3Server,
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setattr(upload, "RETRY_DELAY", 0.01)
    single = single_try_session(backup_settings, credentials)
    content = make_content(single, tmp_path, 17 * crypto.CHUNK_SIZE)
    seen, hook = _failing("UploadPart", 2)
    single.client.meta.events.register("before-send.s3.UploadPart", hook)

    with Uploader(single, parallel=1) as uploader:
        uploader.submit(content)
        stats = uploader.finish()

    assert len(seen) == part_count(content.size) + 2 == 5
    assert stats.parts == 3
    assert stored(s3_server, single, content) == expected_object(single, content)


def test_a_connection_that_stays_down_is_a_plain_error_and_the_upload_can_resume(
    session: BackupSession, backup_settings: Settings, credentials: Credentials, s3_server: S3Server,
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setattr(upload, "RETRY_DELAY", 0.01)
    single = single_try_session(backup_settings, credentials)
    content = make_content(single, tmp_path, 17 * crypto.CHUNK_SIZE)
    seen, hook = _failing("UploadPart", 1000)
    single.client.meta.events.register("before-send.s3.UploadPart", hook)
    journal = tmp_path / "journal.json"

    with (
        pytest.raises(ConnectionProblem, match="broke off or timed out"),
        Uploader(single, journal=journal) as up,
    ):
        up.submit(content)
        up.finish()

    # each part in flight (1, or 1 and 2) was tried ATTEMPTS times; none was sent after the failure
    assert len(seen) in (upload.ATTEMPTS, 2 * upload.ATTEMPTS)
    assert content.key in journal.read_text()
    with Uploader(session, journal=journal) as uploader:
        uploader.submit(content)
        uploader.finish()
    assert stored(s3_server, session, content) == expected_object(session, content)
    assert content.key not in journal.read_text()


def test_a_paused_upload_sends_nothing_until_resumed(session: BackupSession, tmp_path: Path) -> None:
    content = make_content(session, tmp_path, 30 * crypto.CHUNK_SIZE)
    control = Control()
    requests = Requests(session.client)
    seen: dict[str, int] = {}

    def pause_once(**_kwargs: Any) -> None:
        if not seen:
            control.pause()
            seen["paused"] = len(requests.keys("UploadPart"))

    session.client.meta.events.register("after-call.s3.UploadPart", pause_once)
    with Uploader(session, control) as uploader:
        worker = threading.Thread(target=lambda: (uploader.submit(content), uploader.finish()))
        worker.start()
        time.sleep(0.8)
        during = len(requests.keys("UploadPart"))
        assert control.paused and worker.is_alive()
        assert during <= seen["paused"] + upload.PARALLEL, "only the parts already in flight are sent"
        control.resume()
        worker.join(30)
    assert len(requests.keys("UploadPart")) == part_count(content.size) > during
    assert stored_size(session, content) == content.encrypted_size


def stored_size(session: BackupSession, content: Content) -> int:
    return int(session.client.head_object(Bucket=session.bucket, Key=content.key)["ContentLength"])
