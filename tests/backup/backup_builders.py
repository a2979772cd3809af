"""Helpers of the restore, verify and snapshot tests: a library with real content-addressed audio, one
backup of it made by the real runner, a full listing of a folder, and objects damaged through the S3 API."""

from __future__ import annotations

import contextlib
import hashlib
import os
import socket
import threading
from pathlib import Path

from library_helpers import machine_transcript
from s3_helpers import S3Server

from iam_desktop.audio.store import StoredAudio
from iam_desktop.backup import crypto
from iam_desktop.backup.run import BackupResult, run_backup
from iam_desktop.backup.session import BackupSession
from iam_desktop.library import Library
from iam_desktop.paths import DataPaths
from iam_desktop.settings import load_settings

#: each recording's transcript holds its own word, so a search tells them apart
WORDS = ("lighthouse", "harbour", "anchor", "compass")


def add_audio_recording(library: Library, title: str, data: bytes, word: str) -> int:
    """A recording whose audio copy really holds `data` under its SHA-256, with a transcript of `word`s."""
    sha = hashlib.sha256(data).hexdigest()
    stored = StoredAudio(sha256=sha, relpath=f"{sha[:2]}/{sha}.wav", size=len(data))
    path = library.store.path_of(stored.relpath)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    rid = library.add_recording(title=title, duration=30.0, sample_rate=16000, channels=1, stored=stored,
                                source_path=None)  # fmt: skip
    lines = [f"the {word} keeper counted ships line {k}" for k in range(40)]
    library.save_transcript(rid, machine_transcript(*lines))
    return rid


def make_library(paths: DataPaths) -> None:
    """Four recordings; the first one's audio spans three encrypted chunks (2.5 MiB)."""
    library = Library.open(paths)
    try:
        for n, word in enumerate(WORDS):
            size = 5 * crypto.CHUNK_SIZE // 2 if n == 0 else 1000 + n
            add_audio_recording(library, f"Harbour meeting {n}", os.urandom(size), word)
    finally:
        library.close()


def folder_state(root: Path) -> dict[str, bytes | None]:
    """Every folder (None) and file (its bytes) under `root`, by relative path."""
    return {
        path.relative_to(root).as_posix(): (path.read_bytes() if path.is_file() else None)
        for path in sorted(root.rglob("*"))
    }


def library_contents(paths: DataPaths) -> tuple[object, ...]:
    """Recordings, transcripts and search results of the library in `paths`."""
    library = Library.open(paths)
    try:
        recordings = library.list_recordings()
        infos = [library.get_recording(r.id) for r in recordings]
        transcripts = [library.get_transcript(r.id) for r in recordings]
        searches = [[(h.id, h.start, h.snippet) for h in library.search(word)] for word in WORDS]
    finally:
        library.close()
    return recordings, infos, transcripts, searches


def rewrite_object(s3: S3Server, bucket: str, key: str, how: str) -> None:
    """Damage one object through the S3 API: "flip" a byte in its middle, "truncate" it, "delete" it."""
    client = s3.client()
    if how == "delete":
        client.delete_object(Bucket=bucket, Key=key)
        return
    body = client.get_object(Bucket=bucket, Key=key)["Body"].read()
    if how == "flip":
        middle = len(body) // 2
        body = body[:middle] + bytes([body[middle] ^ 0x01]) + body[middle + 1 :]
    elif how == "truncate":
        body = body[: len(body) - 100]
    else:
        raise ValueError(how)
    client.put_object(Bucket=bucket, Key=key, Body=body)


def back_up(paths: DataPaths, session: BackupSession) -> BackupResult:
    """One backup of `paths` by the real runner, with the folder's saved settings."""
    return run_backup(paths, load_settings(paths), session)


class CuttingProxy:
    """A TCP proxy in front of the S3 server that breaks off a connection once it has sent `cut_after`
    bytes to the client, `cuts` times in all (a network that drops in the middle of a download)."""

    def __init__(self, upstream: str, cut_after: int, cuts: int) -> None:
        host, port = upstream.removeprefix("http://").split(":")
        self._upstream = (host, int(port))
        self.cut_after, self.cuts_left, self.cuts_done = cut_after, cuts, 0
        self._lock = threading.Lock()
        self._server = socket.create_server(("127.0.0.1", 0))
        self.endpoint = f"http://127.0.0.1:{self._server.getsockname()[1]}"
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._server.accept()
            except OSError:
                return
            upstream = socket.create_connection(self._upstream)
            threading.Thread(target=self._pipe, args=(client, upstream, False), daemon=True).start()
            threading.Thread(target=self._pipe, args=(upstream, client, True), daemon=True).start()

    def _pipe(self, source: socket.socket, sink: socket.socket, downstream: bool) -> None:
        sent = 0
        try:
            while data := source.recv(65536):
                if downstream and sent + len(data) > self.cut_after:
                    with self._lock:
                        cut = self.cuts_left > 0
                        if cut:
                            self.cuts_left -= 1
                            self.cuts_done += 1
                    if cut:
                        sink.sendall(data[: self.cut_after - sent])
                        break
                sink.sendall(data)
                sent += len(data)
        except OSError:
            pass
        for end in (source, sink):
            with contextlib.suppress(OSError):
                end.shutdown(socket.SHUT_RDWR)
            end.close()

    def close(self) -> None:
        self._server.close()
