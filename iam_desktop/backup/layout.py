"""Where each object lives in the bucket, under the target's prefix.

    <prefix>/keys                       the wrapped master key (JSON; nothing secret in the clear)
    <prefix>/data/<2 hex>/<64 hex>      content objects, named by a keyed hash of the content
    <prefix>/snapshots/<32 hex>         one encrypted manifest per backup, a random name
"""

from __future__ import annotations

from dataclasses import dataclass

from iam_desktop.backup.target import normalize_prefix


@dataclass(frozen=True)
class Layout:
    prefix: str

    def _join(self, rest: str) -> str:
        base = normalize_prefix(self.prefix)
        return f"{base}/{rest}" if base else rest

    @property
    def keys(self) -> str:
        return self._join("keys")

    @property
    def data_prefix(self) -> str:
        return self._join("data/")

    @property
    def snapshots_prefix(self) -> str:
        return self._join("snapshots/")

    def data(self, name: str) -> str:
        """The key of the content object `name` (64 hex digits)."""
        return f"{self.data_prefix}{name[:2]}/{name}"

    def snapshot(self, snapshot_id: str) -> str:
        return f"{self.snapshots_prefix}{snapshot_id}"

    def name_of(self, key: str) -> str:
        """The object name (last part) of a key."""
        return key.rsplit("/", 1)[-1]
