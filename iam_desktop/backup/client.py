"""The S3 client for a target, and the translation of its failures into plain words.

boto3 is imported only here and only when a backup runs (it costs ~0.3 s to import).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from typing import Any

from iam_desktop.backup.errors import ConnectionProblem, MissingObject
from iam_desktop.backup.target import BackupTarget, check_target
from iam_desktop.redaction import remember_secret

#: seconds to wait for a connection and for a reply
CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = 60.0
#: retries per request after the first try (botocore's "standard" mode: backoff with jitter on throttling,
#: 5xx replies and dropped connections)
MAX_ATTEMPTS = 5


def make_client(
    target: BackupTarget, secret_access_key: str, *, max_attempts: int = MAX_ATTEMPTS,
    connect_timeout: float = CONNECT_TIMEOUT, read_timeout: float = READ_TIMEOUT,
) -> Any:  # fmt: skip
    """A boto3 S3 client for `target` (SigV4; path-style addressing for custom servers; checksums only
    where the request needs them, as not every S3-compatible server accepts the newer ones)."""
    import boto3
    from botocore.config import Config

    check_target(target)
    remember_secret(secret_access_key)
    config = Config(
        signature_version="s3v4",
        s3={"addressing_style": "path" if target.preset.path_style else "auto"},
        retries={"mode": "standard", "max_attempts": max_attempts},
        connect_timeout=connect_timeout, read_timeout=read_timeout,
        request_checksum_calculation="when_required", response_checksum_validation="when_required",
        user_agent_appid="iam-desktop",
    )  # fmt: skip
    session = boto3.session.Session()
    return session.client(
        "s3", endpoint_url=target.endpoint_url, region_name=target.region_name,
        aws_access_key_id=target.access_key_id, aws_secret_access_key=secret_access_key, config=config,
    )  # fmt: skip


_BAD_KEY = ("InvalidAccessKeyId", "SignatureDoesNotMatch", "InvalidToken", "AuthorizationHeaderMalformed",
            "InvalidSignature", "Unauthorized")  # fmt: skip
_SKEW = ("RequestTimeTooSkewed", "RequestExpired")
_NO_BUCKET = ("NoSuchBucket",)
_DENIED = ("AccessDenied", "AllAccessDisabled", "Forbidden", "403", "AccountProblem")
_MISSING = ("NoSuchKey", "404", "NotFound")
#: how servers that answer a skewed clock with a generic code (e.g. AccessDenied) word it
_SKEW_WORDS = re.compile(r"request time.{0,40}(server|current)('s)? time|time.{0,20}skew", re.IGNORECASE)


def is_clock_skew(exc: BaseException) -> bool:
    """True when the storage refused a request because this computer's clock is off (RequestTimeTooSkewed,
    or a server that says so in the message of another code)."""
    from botocore.exceptions import ClientError

    if not isinstance(exc, ClientError):
        return False
    error = exc.response.get("Error", {})
    return str(error.get("Code", "")) in _SKEW or bool(_SKEW_WORDS.search(str(error.get("Message", ""))))


def explain(exc: BaseException, target: BackupTarget) -> str:
    """What went wrong, in plain words, for a failure of boto3/botocore talking to `target`."""
    from botocore import exceptions as bx

    where = target.endpoint_url or f"Amazon S3 ({target.region_name})"
    if isinstance(exc, bx.ClientError):
        code = str(exc.response.get("Error", {}).get("Code", ""))
        status = exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode")
        if code in _BAD_KEY:
            return ("the storage refused the access key: check the access key ID and the secret access key "
                    f"(code {code})")
        if is_clock_skew(exc):
            return ("this computer's clock is too far from the storage's: set the date and time "
                    "automatically in the system settings, then try again")
        if code in _NO_BUCKET or (exc.operation_name == "HeadBucket" and status == 404):
            return f"there is no bucket called {target.bucket!r} at {where}: check its name and region"
        if code in _DENIED or status == 403:
            return (f"the access key may not use the bucket {target.bucket!r} (permission denied): give it "
                    "read, write, list and delete rights on the bucket")
        if code == "PermanentRedirect" or status == 301:
            return f"the bucket {target.bucket!r} is in another region: set the bucket's region"
        if code in ("SlowDown", "ServiceUnavailable", "503", "InternalError", "500"):
            return f"the storage is busy or failing ({code}); the backup will try again later"
        message = exc.response.get("Error", {}).get("Message", "")
        return f"the storage refused the request ({code or status}: {message})"
    if isinstance(exc, bx.SSLError):
        return (f"the secure connection to {where} failed (TLS certificate or protocol): check the address "
                "(https:// or http://) and the server's certificate")
    if isinstance(exc, bx.EndpointConnectionError | bx.ConnectTimeoutError):
        return f"cannot reach {where}: check the address and the network connection"
    if isinstance(exc, bx.ReadTimeoutError | bx.ConnectionClosedError):
        return f"the connection to {where} broke off or timed out; the next run continues where this stopped"
    if isinstance(exc, bx.NoCredentialsError | bx.PartialCredentialsError):
        return "no access key is set: enter the access key ID and the secret access key"
    if isinstance(exc, bx.ParamValidationError):
        return f"the storage settings are not valid: {exc}"
    if isinstance(exc, bx.BotoCoreError):
        return f"the storage could not be used: {exc}"
    return f"the storage could not be used: {exc}"


def is_missing(exc: BaseException) -> bool:
    """True for "no such object" replies."""
    from botocore.exceptions import ClientError

    if not isinstance(exc, ClientError):
        return False
    code = str(exc.response.get("Error", {}).get("Code", ""))
    return code in _MISSING or exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode") == 404


@contextlib.contextmanager
def storage_errors(target: BackupTarget, missing: str | None = None) -> Iterator[None]:
    """Turn boto3's failures inside the block into ConnectionProblem (or MissingObject with the message
    `missing`, when given and the object is not there), in plain words."""
    from botocore.exceptions import BotoCoreError, ClientError

    try:
        yield
    except (ClientError, BotoCoreError) as exc:
        if missing is not None and is_missing(exc):
            raise MissingObject(missing) from None
        raise ConnectionProblem(explain(exc, target)) from exc
