"""A backup taken while the app keeps working: a recording is added and transcription jobs import and
store transcripts meanwhile; everything succeeds and the snapshot's database is whole."""

from __future__ import annotations

import dataclasses
import hashlib
import sqlite3
import threading
from pathlib import Path

import numpy as np
from backup_builders import add_audio_recording
from helpers import write_wav
from s3_helpers import S3Server
from test_run import add_recordings, decrypt_object, manifests, new_session

from iam_desktop.backup import crypto
from iam_desktop.backup.control import Control
from iam_desktop.backup.credentials import Credentials
from iam_desktop.backup.run import run_backup
from iam_desktop.engines.base import EngineResult
from iam_desktop.engines.provider import SingleEngine
from iam_desktop.jobs.pipeline import run_transcription_job
from iam_desktop.library import Library
from iam_desktop.paths import data_paths
from iam_desktop.settings import Settings
from iam_desktop.transcript import Segment


class QuickEngine:
    """An engine that hears the same sentence in any audio at once (the job's library writes are real)."""

    name = "stub"
    model_name = "stub"
    chunk_seconds = 300.0

    def check(self, options: object) -> None:
        pass

    def transcribe(self, audio: object, options: object, *, progress: object = None,
                   cancelled: object = None) -> EngineResult:  # fmt: skip
        return EngineResult(segments=[Segment(0.0, 1.0, "the harbour pilot came aboard", ())], language="en")


def test_a_backup_runs_while_recordings_and_transcripts_are_added(
    data_dir: Path, backup_settings: Settings, credentials: Credentials, s3_server: S3Server, bucket: str,
    tmp_path: Path,
) -> None:  # fmt: skip
    paths = data_paths(data_dir)
    add_recordings(paths, [4 * crypto.CHUNK_SIZE, 3000])
    session = new_session(backup_settings, credentials)
    slow = dataclasses.replace(backup_settings, backup_bandwidth_kbps=2500)  # ~2 s for the audio
    working = threading.Event()
    backup_done = threading.Event()
    failures: list[BaseException] = []
    written = {"recordings": 0, "jobs": 0}
    wavs = [write_wav(tmp_path / f"call {n}.wav", np.sin(np.arange(8000) * (0.01 + n / 100)) * 0.3)
            for n in range(40)]  # fmt: skip

    def keep_working() -> None:
        library = Library.open(paths)
        try:
            n = 0
            while not backup_done.is_set() or n < 3:
                add_audio_recording(library, f"Pilot log {n}", np.random.bytes(2000 + n), "pilot")
                written["recordings"] += 1
                job = library.jobs.create(str(wavs[n % len(wavs)]), engine="local", language="en")
                outcome = run_transcription_job(library, SingleEngine(QuickEngine()), job)
                assert outcome.status == "done", outcome
                written["jobs"] += 1
                n += 1
                working.set()
        except BaseException as exc:
            failures.append(exc)
        finally:
            library.close()

    stages: list[str] = []
    worker = threading.Thread(target=keep_working)
    worker.start()
    try:
        assert working.wait(30), failures
        result = run_backup(paths, slow, session, Control(lambda p: stages.append(p.stage)))
    finally:
        backup_done.set()
        worker.join(60)
    assert not failures, failures
    assert written["jobs"] >= 3 and result.seconds > 1 and "uploading" in stages

    (manifest,) = manifests(session)
    snapshot = tmp_path / "snapshot.sqlite3"
    snapshot.write_bytes(
        decrypt_object(s3_server, bucket, session, session.layout.data(manifest.database.name))
    )
    assert hashlib.sha256(snapshot.read_bytes()).hexdigest() == manifest.database.sha256
    connection = sqlite3.connect(snapshot)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        recordings = connection.execute("SELECT count(*) FROM recordings").fetchone()[0]
        orphans = connection.execute(
            "SELECT count(*) FROM transcripts t LEFT JOIN recordings r ON r.id = t.recording_id "
            "WHERE r.id IS NULL"
        ).fetchone()[0]
    finally:
        connection.close()
    assert recordings == manifest.recordings and 4 <= recordings and orphans == 0

    later = run_backup(paths, backup_settings, session)
    newest = manifests(session)[-1]
    assert newest.snapshot_id == later.snapshot_id
    assert newest.recordings == 2 + written["recordings"] + written["jobs"]
    assert later.files_uploaded >= 1
