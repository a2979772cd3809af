"""The registry of export formats: each format name maps to one function turning a Transcript into text.

Adding a format is writing `to_xxx(transcript) -> str` and adding it to `_RENDERERS`; `FORMATS`,
`render`, `write_export` and `export_filename` pick it up from there.
"""

from __future__ import annotations

from collections.abc import Callable

from iam_desktop.errors import ExportError
from iam_desktop.export.json_format import to_json
from iam_desktop.export.subtitles import to_srt, to_vtt
from iam_desktop.transcript import Transcript


def to_txt(transcript: Transcript) -> str:
    """Plain text: one segment per line (stripped, empty ones skipped), trailing newline; "" if empty."""
    text = transcript.text
    return text + "\n" if text else ""


Renderer = Callable[[Transcript], str]

_RENDERERS: dict[str, Renderer] = {
    "txt": to_txt,
    "srt": to_srt,
    "vtt": to_vtt,
    "json": to_json,
}

#: the format names `render` accepts, which are also the file extensions (without the dot)
FORMATS: tuple[str, ...] = tuple(_RENDERERS)


def render(transcript: Transcript, fmt: str) -> str:
    """The transcript as the text of format `fmt` (one of FORMATS); ExportError for an unknown format."""
    renderer = _RENDERERS.get(fmt) if isinstance(fmt, str) else None
    if renderer is None:
        raise ExportError(f"unknown export format: {fmt}")
    return renderer(transcript)
