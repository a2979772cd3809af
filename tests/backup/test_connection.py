""""Test connection" against a real S3-compatible server: the checks it passes, and each failure it can
meet (wrong key, missing bucket, unreachable, TLS to a plain-HTTP port, a skewed clock) named plainly.
Refusals rclone cannot produce (permission denied, another region) are checked on explain() with errors of
the shape the S3 documentation gives."""

from __future__ import annotations

import socket
from dataclasses import replace
from datetime import timedelta
from urllib.parse import urlsplit

import botocore.auth
import pytest
from botocore.exceptions import ClientError

from iam_desktop.backup import connection
from iam_desktop.backup.client import explain, is_clock_skew, make_client
from iam_desktop.backup.errors import BackupNotConfigured, ConnectionProblem
from iam_desktop.backup.target import BackupTarget

ALL_PASSED = ["reached {endpoint}", "signed in", "bucket {bucket} exists", "can list",
              "can write, read back and delete"]  # fmt: skip


@pytest.fixture
def target(s3_server, bucket) -> BackupTarget:
    return BackupTarget("custom", bucket, s3_server.key_id, prefix="iam", endpoint=s3_server.endpoint)


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])  # nothing listens there once the socket is closed


def test_every_check_passes_and_the_probe_is_removed(s3_server, bucket, target):
    s3_server.client().put_object(Bucket=bucket, Key="iam/keys", Body=b"{}")
    passed = connection.test_connection(target, s3_server.secret)
    assert passed == [line.format(endpoint=s3_server.endpoint, bucket=bucket) for line in ALL_PASSED]
    listed = s3_server.client().list_objects_v2(Bucket=bucket).get("Contents", [])
    assert [item["Key"] for item in listed] == ["iam/keys"]  # the probe is gone, nothing else touched


def test_a_bucket_without_prefix_works_too(s3_server, target):
    passed = connection.test_connection(replace(target, prefix=""), s3_server.secret)
    assert passed[-1] == "can write, read back and delete"
    assert s3_server.client().list_objects_v2(Bucket=target.bucket).get("Contents", []) == []


def test_a_wrong_secret_key_is_named_and_not_shown(s3_server, target):
    wrong = "Wrong-Secret-0123456789abcdef"
    with pytest.raises(ConnectionProblem, match="refused the access key.*SignatureDoesNotMatch") as caught:
        connection.test_connection(target, wrong)
    assert wrong not in str(caught.value) and s3_server.secret not in str(caught.value)


def test_an_unknown_access_key_id_is_named(s3_server, target):
    other = replace(target, access_key_id="NOSUCHKEYID00001")
    with pytest.raises(ConnectionProblem, match="refused the access key"):
        connection.test_connection(other, s3_server.secret)


def test_a_missing_bucket_is_named(s3_server, target):
    missing = replace(target, bucket="no-such-bucket")
    with pytest.raises(ConnectionProblem, match=f"no bucket called 'no-such-bucket' at {s3_server.endpoint}"):
        connection.test_connection(missing, s3_server.secret)


def test_an_unreachable_server_is_named(s3_server, target):
    address = f"http://127.0.0.1:{closed_port()}"
    with pytest.raises(ConnectionProblem, match=f"cannot reach {address}: check the address"):
        connection.test_connection(replace(target, endpoint=address), s3_server.secret)


def test_tls_to_a_plain_http_port_is_named(s3_server, target):
    port = urlsplit(s3_server.endpoint).port
    tls = BackupTarget(**{**target.__dict__, "endpoint": f"https://127.0.0.1:{port}"})
    with pytest.raises(ConnectionProblem, match=r"secure connection to https://127\.0\.0\.1:\d+ failed"):
        connection.test_connection(tls, s3_server.secret)


def test_a_skewed_clock_is_named(s3_server, target, monkeypatch: pytest.MonkeyPatch):
    """This computer's clock two hours behind: the real server refuses the signed date."""
    real_now = botocore.auth.get_current_datetime
    monkeypatch.setattr(botocore.auth, "get_current_datetime",
                        lambda *args, **kwargs: real_now(*args, **kwargs) - timedelta(hours=2))  # fmt: skip
    with pytest.raises(ConnectionProblem, match="clock is too far from the storage's") as caught:
        connection.test_connection(target, s3_server.secret)
    assert is_clock_skew(caught.value.__cause__)


def test_a_target_or_key_that_cannot_be_right_is_refused_before_connecting(s3_server, target):
    with pytest.raises(BackupNotConfigured, match="secret access key contains a space"):
        connection.test_connection(target, "two words-0123456789")
    with pytest.raises(BackupNotConfigured, match="needs the server's address"):
        connection.test_connection(BackupTarget("custom", "b", "id"), s3_server.secret)


def test_a_given_client_is_used(s3_server, target):
    client = make_client(target, s3_server.secret, max_attempts=1)
    assert connection.test_connection(target, s3_server.secret, client=client)[1] == "signed in"


def refusal(code: str, status: int, operation: str = "PutObject", message: str = "") -> ClientError:
    """A refusal as botocore builds it from an S3 error reply (HEAD replies have no body: the code is the
    status)."""
    return ClientError({"Error": {"Code": code, "Message": message},
                        "ResponseMetadata": {"HTTPStatusCode": status}}, operation)  # fmt: skip


@pytest.mark.parametrize(("error", "expected"), [
    (refusal("AccessDenied", 403, message="Access Denied"), "may not use the bucket 'b' (permission denied)"),
    (refusal("403", 403, "HeadBucket", "Forbidden"), "may not use the bucket 'b' (permission denied)"),
    (refusal("404", 404, "HeadBucket", "Not Found"), "no bucket called 'b' at https://s3.example.com"),
    (refusal("NoSuchBucket", 404, "ListObjectsV2"), "no bucket called 'b'"),
    (refusal("RequestTimeTooSkewed", 403, message="The difference between the request time and the current "
             "time is too large."), "clock is too far"),
    (refusal("AccessDenied", 400, "ListBuckets", "The difference between the request time and the server's "
             "time exceeds the maximum allowed."), "clock is too far"),
    (refusal("InvalidAccessKeyId", 403), "refused the access key"),
    (refusal("PermanentRedirect", 301), "the bucket 'b' is in another region"),
    (refusal("SlowDown", 503), "busy or failing (SlowDown)"),
])  # fmt: skip
def test_explain_names_each_refusal(error: ClientError, expected: str):
    target = BackupTarget("custom", "b", "id", endpoint="https://s3.example.com")
    assert expected in explain(error, target)


def test_a_key_that_may_not_list_all_buckets_still_signed_in():
    """A key limited to its bucket gets AccessDenied from ListBuckets: signed in all the same."""
    assert connection._signed_in_anyway(refusal("AccessDenied", 403, "ListBuckets", "Access Denied"))
    assert not connection._signed_in_anyway(refusal("SignatureDoesNotMatch", 403, "ListBuckets"))
    assert not connection._signed_in_anyway(refusal(
        "AccessDenied", 403, "ListBuckets", "The difference between the request time and the server's time "
        "exceeds the maximum allowed."))  # fmt: skip
