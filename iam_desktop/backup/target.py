"""Where backups go: the provider presets and the target the settings describe (no secrets here)."""

from __future__ import annotations

from dataclasses import dataclass

from iam_desktop.backup.errors import BackupNotConfigured


@dataclass(frozen=True)
class Provider:
    """A storage provider's preset. `endpoint` is a pattern with {region} (None: boto3's own AWS
    endpoints); `needs_endpoint`: the user gives the address (custom servers, R2's per-account one)."""

    key: str
    label: str
    endpoint: str | None
    default_region: str
    needs_endpoint: bool = False
    path_style: bool = False
    hint: str = ""


PROVIDERS: dict[str, Provider] = {p.key: p for p in (
    Provider("aws", "Amazon S3", None, "us-east-1", hint="Region of the bucket, e.g. eu-central-1."),
    Provider("wasabi", "Wasabi", "https://s3.{region}.wasabisys.com", "us-east-1",
             hint="Wasabi region, e.g. eu-central-1 (the endpoint s3.<region>.wasabisys.com is used)."),
    Provider("spaces", "DigitalOcean Spaces", "https://{region}.digitaloceanspaces.com", "nyc3",
             hint="Spaces region, e.g. ams3, fra1, nyc3."),
    Provider("b2", "Backblaze B2", "https://s3.{region}.backblazeb2.com", "us-west-004",
             hint="The region in the bucket's S3 endpoint, e.g. eu-central-003."),
    Provider("r2", "Cloudflare R2", None, "auto", needs_endpoint=True,
             hint="The account's S3 API address, https://<account id>.r2.cloudflarestorage.com."),
    Provider("custom", "Other S3-compatible (MinIO, Ceph, a company server)", None, "us-east-1",
             needs_endpoint=True, path_style=True, hint="The server's address, e.g. https://minio.example.com:9000."),
)}  # fmt: skip


@dataclass(frozen=True)
class BackupTarget:
    """A bucket on a provider. `access_key_id` identifies the key (not secret); the secret access key
    lives in the keyring only."""

    provider: str
    bucket: str
    access_key_id: str
    prefix: str = "iam-desktop"
    region: str | None = None
    endpoint: str | None = None

    @property
    def preset(self) -> Provider:
        return PROVIDERS[self.provider]

    @property
    def region_name(self) -> str:
        return self.region or self.preset.default_region

    @property
    def endpoint_url(self) -> str | None:
        """The address requests go to (None: AWS's own, chosen by boto3 from the region)."""
        if self.endpoint:
            return self.endpoint.rstrip("/")
        if self.preset.endpoint:
            return self.preset.endpoint.format(region=self.region_name)
        return None

    def describe(self) -> str:
        """e.g. "Wasabi, bucket my-backups (eu-central-1)"; never a key."""
        where = self.endpoint_url or self.region_name
        return f"{self.preset.label.split(' (')[0]}, bucket {self.bucket} ({where})"


def check_target(target: BackupTarget) -> BackupTarget:
    """`target` when it is complete; BackupNotConfigured saying what is missing or wrong otherwise."""
    if target.provider not in PROVIDERS:
        known = ", ".join(PROVIDERS)
        raise BackupNotConfigured(f"unknown storage provider {target.provider!r}; choose one of {known}")
    if not target.bucket.strip():
        raise BackupNotConfigured("no bucket is set: enter the bucket's name")
    if not target.access_key_id.strip():
        raise BackupNotConfigured("no access key ID is set: enter the storage's access key ID")
    if target.preset.needs_endpoint and not target.endpoint:
        raise BackupNotConfigured(f"{target.preset.label} needs the server's address (endpoint)")
    if target.endpoint and not target.endpoint.startswith(("https://", "http://")):
        raise BackupNotConfigured(f"the endpoint {target.endpoint!r} must start with https:// or http://")
    if "/" in target.bucket or " " in target.bucket:
        raise BackupNotConfigured(f"{target.bucket!r} is not a bucket name (no slashes or spaces)")
    return target


def normalize_prefix(prefix: str | None) -> str:
    """The prefix without leading/trailing slashes ("" for the bucket's top)."""
    return (prefix or "").strip().strip("/")
