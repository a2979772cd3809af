"""IAM Desktop: record, transcribe, search and export speech. The package root holds only the version."""

__version__ = "0.1.0"
