""""Test connection": check step by step that a target can hold backups, and say plainly what is wrong.

The steps, each needing the one before: the server answers, the key signs requests it accepts, the bucket
exists, the key may list it, and may write, read back and delete a small probe object under the prefix
(removed again at once). Nothing else in the bucket is touched.
"""

from __future__ import annotations

import secrets
from typing import Any

from iam_desktop.backup.client import explain, is_clock_skew, make_client
from iam_desktop.backup.credentials import clean_secret_key
from iam_desktop.backup.errors import BackupNotConfigured, ConnectionProblem
from iam_desktop.backup.target import BackupTarget, check_target, normalize_prefix
from iam_desktop.secrets import InvalidSecret

#: a test gives up sooner than a backup: two attempts, shorter waits
ATTEMPTS = 2
CONNECT_TIMEOUT = 8.0
READ_TIMEOUT = 30.0
#: what the probe object holds (it says what it is, should one ever be left behind)
PROBE_BODY = b"IAM Desktop connection test; safe to delete\n"


def test_connection(target: BackupTarget, secret_access_key: str, *, client: Any = None) -> list[str]:
    """The checks that passed, in plain words ("reached …", "signed in", "bucket … exists", "can list",
    "can write, read back and delete"). ConnectionProblem saying what is wrong at the first step that
    fails (bad key, clock skew, no such bucket, no permission, unreachable, TLS); BackupNotConfigured when
    the target or the key cannot be right as entered. `client`: use this boto3 client (tests)."""
    check_target(target)
    try:
        secret = clean_secret_key(secret_access_key)
    except InvalidSecret as exc:
        raise BackupNotConfigured(str(exc)) from None
    from botocore.exceptions import BotoCoreError, ClientError

    if client is None:
        client = make_client(target, secret, max_attempts=ATTEMPTS, connect_timeout=CONNECT_TIMEOUT,
                             read_timeout=READ_TIMEOUT)  # fmt: skip
    where = target.endpoint_url or f"Amazon S3 ({target.region_name})"
    passed: list[str] = []
    try:
        try:
            client.list_buckets()
        except ClientError as exc:
            if not _signed_in_anyway(exc):
                raise
        passed += [f"reached {where}", "signed in"]
        client.head_bucket(Bucket=target.bucket)
        passed.append(f"bucket {target.bucket} exists")
        prefix = normalize_prefix(target.prefix)
        client.list_objects_v2(Bucket=target.bucket, Prefix=f"{prefix}/" if prefix else "", MaxKeys=1)
        passed.append("can list")
        _probe(client, target.bucket, prefix)
        passed.append("can write, read back and delete")
    except (ClientError, BotoCoreError) as exc:
        raise ConnectionProblem(explain(exc, target)) from exc
    return passed


def _signed_in_anyway(exc: Any) -> bool:
    """Whether a refused ListBuckets still shows the key was accepted: a key limited to its bucket may not
    list all buckets (AccessDenied, HTTP 403), which is fine; a skewed clock is not."""
    code = str(exc.response.get("Error", {}).get("Code", ""))
    status = exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode")
    return code in ("AccessDenied", "Forbidden") and status == 403 and not is_clock_skew(exc)


def _probe(client: Any, bucket: str, prefix: str) -> None:
    """Write a small object under the prefix, read it back, and delete it (also when reading fails)."""
    name = f"connection-test-{secrets.token_hex(8)}"
    key = f"{prefix}/{name}" if prefix else name
    client.put_object(Bucket=bucket, Key=key, Body=PROBE_BODY)
    try:
        body = client.get_object(Bucket=bucket, Key=key)["Body"].read()
    except BaseException:
        try:
            client.delete_object(Bucket=bucket, Key=key)
        except Exception:  # the first failure is the one to report
            pass
        raise
    client.delete_object(Bucket=bucket, Key=key)
    if body != PROBE_BODY:
        raise ConnectionProblem(
            f"the bucket {bucket!r} returned other bytes than were written (a test object of "
            f"{len(PROBE_BODY)} bytes came back as {len(body)}): the storage cannot be trusted with backups"
        )
