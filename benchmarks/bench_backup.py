"""Benchmark: backing up to a loopback S3 server — throughput against plain boto3, peak memory, and an
incremental run with nothing changed.

Starts `rclone serve s3` on loopback (tests/s3_helpers.py), builds a data folder with N audio files of
~25 MB (random bytes: incompressible, like real audio) through the library API, then, alternating and
each in a child process of its own:
  - plain boto3 `upload_file` of the same files (default TransferConfig: 8 MB parts, 10 threads), into
    another bucket, no encryption;
  - the app's `run_backup` (encrypts, hashes, uploads, writes the manifest) into a new backup set.
Prints both throughputs, their ratio (target >= 0.8) and the backup child's peak RSS (target < 150 MB;
the child imports the app, boto3 and cryptography and derives the key with scrypt, 32 MiB). Then builds a
library of 1,000 small recordings with transcripts, backs it up once, and times a second run with nothing
changed (target < 2 s). Prints figures; asserts nothing.

Run: .venv/bin/python benchmarks/bench_backup.py [--files 40] [--size-mb 25] [--small 1000] [--rounds 2]
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from s3_helpers import S3Server, start_server  # noqa: E402

PASSPHRASE = "benchmark passphrase"

#: the child that runs one backup and reports its figures (JSON on stdout)
BACKUP_CHILD = """
import json, resource, sys, time
from iam_desktop.backup.run import run_backup
from iam_desktop.backup.session import session_from_settings
from iam_desktop.paths import data_paths
from iam_desktop.settings import load_settings

started = time.monotonic()
paths = data_paths()
settings = load_settings(paths)
session = session_from_settings(settings, create=True)
ready = time.monotonic()
result = run_backup(paths, settings, session)
done = time.monotonic()
print(json.dumps({"backup": done - ready, "process": done - started, "bytes": result.bytes_total,
                  "sent": result.bytes_uploaded, "files": result.files_uploaded,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

#: the child that uploads the same files with plain boto3
BOTO_CHILD = """
import json, resource, sys, time, boto3
from botocore.config import Config
endpoint, key_id, secret, bucket, *files = sys.argv[1:]
client = boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1", aws_access_key_id=key_id,
                      aws_secret_access_key=secret,
                      config=Config(s3={"addressing_style": "path"}, signature_version="s3v4",
                                    request_checksum_calculation="when_required"))
started = time.monotonic()
for n, name in enumerate(files):
    client.upload_file(name, bucket, f"plain/{n}")
done = time.monotonic()
print(json.dumps({"upload": done - started,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def child(code: str, *args: str, env: dict[str, str]) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, check=True, capture_output=True, text=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def make_data_folder(folder: Path, sizes: list[int], transcripts: bool) -> list[Path]:
    """A library in `folder` with one recording per size (random audio); returns the audio files."""
    from iam_desktop.audio.store import StoredAudio
    from iam_desktop.library import Library
    from iam_desktop.paths import DataPaths
    from iam_desktop.transcript import Segment, Transcript

    paths = DataPaths(folder).ensure()
    library = Library.open(paths)
    files = []
    try:
        for n, size in enumerate(sizes):
            data = os.urandom(size)
            sha = hashlib.sha256(data).hexdigest()
            stored = StoredAudio(sha256=sha, relpath=f"{sha[:2]}/{sha}.flac", size=size)
            path = library.store.path_of(stored.relpath)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            files.append(path)
            rid = library.add_recording(title=f"Recording {n}", duration=60.0, sample_rate=16000, channels=1,
                                        stored=stored, source_path=None)  # fmt: skip
            if transcripts:
                line = f"of recording {n} about the harbour"
                segments = [Segment(k * 5.0, k * 5.0 + 4.0, f"line {k} {line}", ()) for k in range(10)]
                library.save_transcript(rid, Transcript(title="t", duration=60.0, engine="local", model="m",
                                                        language="en", segments=segments))  # fmt: skip
    finally:
        library.close()
    return files


def configure(folder: Path, server: S3Server, bucket: str) -> None:
    from iam_desktop.paths import DataPaths
    from iam_desktop.settings import load_settings, save_settings

    paths = DataPaths(folder).ensure()
    settings = dataclasses.replace(
        load_settings(paths), backup_provider="custom", backup_endpoint=server.endpoint, backup_bucket=bucket,
        backup_access_id=server.key_id, backup_prefix="bench",
    )  # fmt: skip
    save_settings(paths, settings)


def environment(folder: Path, server: S3Server) -> dict[str, str]:
    return {**os.environ, "IAM_DATA_DIR": str(folder), "IAM_S3_SECRET_ACCESS_KEY": server.secret,
            "IAM_BACKUP_PASSPHRASE": PASSPHRASE}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=40)
    parser.add_argument("--size-mb", type=float, default=25.0)
    parser.add_argument("--small", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-backup-") as temp:
        tmp = Path(temp)
        server = start_server(tmp / "s3")
        try:
            size = int(args.size_mb * 1_000_000)
            print(f"building {args.files} files of {args.size_mb:g} MB …", flush=True)
            big = tmp / "big"
            files = make_data_folder(big, [size + n * 4099 for n in range(args.files)], transcripts=False)
            total = sum(f.stat().st_size for f in files)
            plain_times, backup_times, rss, plain_rss = [], [], [], []
            for round_ in range(args.rounds):
                bucket = server.new_bucket()
                plain = child(BOTO_CHILD, server.endpoint, server.key_id, server.secret, bucket,
                              *map(str, files), env=dict(os.environ))  # fmt: skip
                plain_times.append(plain["upload"])
                plain_rss.append(plain["rss_mb"])
                configure(big, server, server.new_bucket())
                for leftover in ("backup-state.json", "backup-uploads.json"):
                    (big / leftover).unlink(missing_ok=True)
                backup = child(BACKUP_CHILD, env=environment(big, server))
                backup_times.append(backup["backup"])
                rss.append(backup["rss_mb"])
                print(
                    f"round {round_ + 1}: boto3 upload_file {total / plain['upload'] / 1e6:.0f} MB/s, "
                    f"run_backup {total / backup['backup'] / 1e6:.0f} MB/s "
                    f"({backup['files']:.0f} objects, {backup['sent'] / 1e6:.0f} MB sent), "
                    f"peak RSS {backup['rss_mb']:.0f} MB (boto3 child {plain['rss_mb']:.0f} MB)",
                    flush=True,
                )
            plain_rate = total / statistics.median(plain_times) / 1e6
            backup_rate = total / statistics.median(backup_times) / 1e6
            print(f"\n{total / 1e9:.2f} GB in {args.files} files (median of {args.rounds} rounds)")
            print(f"  plain boto3 upload_file : {plain_rate:6.0f} MB/s")
            print(
                f"  run_backup (encrypted)  : {backup_rate:6.0f} MB/s   ratio {backup_rate / plain_rate:.2f} "
                "(target >= 0.8)"
            )
            print(
                f"  peak RSS of the backup  : {max(rss):6.0f} MB      (target < 150 MB; boto3 child "
                f"{max(plain_rss):.0f} MB)"
            )

            print(f"\nbuilding {args.small} small recordings with transcripts …", flush=True)
            small = tmp / "small"
            make_data_folder(small, [20_000 + 37 * n for n in range(args.small)], transcripts=True)
            configure(small, server, server.new_bucket())
            first = child(BACKUP_CHILD, env=environment(small, server))
            again = [child(BACKUP_CHILD, env=environment(small, server)) for _ in range(3)]
            best = min(r["backup"] for r in again)
            runs = ", ".join(f"{r['backup']:.2f}" for r in again)
            whole = min(r["process"] for r in again)
            print(
                f"  first backup of {args.small} recordings: {first['backup']:.2f} s "
                f"({first['files']:.0f} objects)"
            )
            print(
                f"  incremental, nothing changed: {best:.2f} s best of 3 "
                f"(runs {runs}; "
                f"{max(r['sent'] for r in again) / 1e3:.0f} kB sent) (target < 2 s)"
            )
            print(f"  whole process incl. imports and unlocking (scrypt): {whole:.2f} s")
        finally:
            server.stop()


if __name__ == "__main__":
    main()
