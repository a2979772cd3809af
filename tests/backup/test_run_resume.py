"""A backup killed (SIGKILL) half-way through a large file: the next run sends only the missing parts, and
the object it completes decrypts to the file byte for byte."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from s3_helpers import S3Server
from test_run import Requests, add_recordings, decrypt_object, manifests, new_session

from iam_desktop.backup import crypto
from iam_desktop.backup.credentials import Credentials
from iam_desktop.backup.run import JOURNAL_FILE, run_backup
from iam_desktop.backup.upload import part_count, part_size
from iam_desktop.paths import data_paths
from iam_desktop.settings import Settings

#: the backup in the child process, slowed to 20 MB/s so that it can be killed half-way; prints progress
CHILD = """
import sys
from iam_desktop.backup.control import Control
from iam_desktop.backup.run import run_backup
from iam_desktop.backup.session import session_from_settings
from iam_desktop.paths import data_paths
from iam_desktop.settings import load_settings

paths = data_paths()
settings = load_settings(paths)
report = lambda p: print(p.stage, p.done_bytes, flush=True)
run_backup(paths, settings, session_from_settings(settings), Control(report, limit_bytes_per_second=20e6))
"""


def test_a_killed_backup_resumes_with_only_the_missing_parts(
    data_dir: Path, backup_settings: Settings, credentials: Credentials, s3_server: S3Server, bucket: str
) -> None:
    paths = data_paths(data_dir)
    (audio,) = add_recordings(paths, [40_000_000])
    session = new_session(backup_settings, credentials)
    name = session.keys.content_name(hashlib.sha256(audio).hexdigest())
    key = session.layout.data(name)

    child = subprocess.Popen(
        [sys.executable, "-c", CHILD], stdout=subprocess.PIPE, text=True, env=os.environ.copy()
    )
    assert child.stdout is not None
    deadline = time.monotonic() + 30
    for line in child.stdout:
        stage, done = line.split()
        # sealing part 4 (of 5): part 3 was handed to a sender, so at least one part is stored
        if stage == "uploading" and int(done) >= 30_000_000:
            child.send_signal(signal.SIGKILL)
            break
        assert time.monotonic() < deadline, "the child backup did not get going"
    child.wait(10)
    assert child.returncode == -signal.SIGKILL

    assert not manifests(session), "a killed backup leaves no snapshot"
    journal = json.loads((paths.root / JOURNAL_FILE).read_text())
    upload_id = journal[key]
    sent_before = s3_server.client().list_parts(Bucket=bucket, Key=key, UploadId=upload_id).get("Parts", [])
    total = part_count(len(audio))
    assert total == 5 and 1 <= len(sent_before) < total, f"killed after {len(sent_before)} of {total} parts"
    kept_bytes = sum(p["Size"] for p in sent_before)

    requests = Requests(session.client)
    result = run_backup(paths, backup_settings, session)

    assert requests.keys("CreateMultipartUpload") == []
    assert len(requests.keys("UploadPart")) == total - len(sent_before)
    sent_parts = [size for op, _key, size in requests.calls if op == "UploadPart"]
    assert sum(sent_parts) == crypto.encrypted_size(len(audio)) - kept_bytes
    assert (
        sorted(p["PartNumber"] for p in sent_before) == [n for n in range(1, total + 1)][: len(sent_before)]
    )
    assert all(p["Size"] == part_size(len(audio), p["PartNumber"]) for p in sent_before)
    (manifest,) = manifests(session)
    assert manifest.snapshot_id == result.snapshot_id
    assert decrypt_object(s3_server, bucket, session, key) == audio
    assert json.loads((paths.root / JOURNAL_FILE).read_text()) == {}
    assert not s3_server.client().list_multipart_uploads(Bucket=bucket).get("Uploads")
