"""Summaries of transcripts: presets, the offline (extractive) summary, the cloud one, chapters."""
