"""Encrypted, incremental, resumable backups of the library to S3-compatible storage (Qt-free).

The bucket holds, under the chosen prefix: `keys` (the backup set's master key, wrapped by a key derived
from the user's passphrase), `data/..` (every file as an encrypted object named by a keyed hash of its
content) and `snapshots/..` (one encrypted manifest per backup, listing what the library held then).
Without the passphrase the bucket tells nothing: not titles, not file names, not content hashes.
"""
