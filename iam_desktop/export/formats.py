"""The registry of export formats: text formats (`render` -> str) and documents (`render_bytes` -> bytes).

Options every format takes (and ignores where they make no sense):
- `timestamps`: start each paragraph with its (first) segment's start as HH:MM:SS. None means the format's
  default: off for TXT, on for DOCX and PDF; SRT/VTT always have timings and JSON always has everything.
- `speakers`: show who speaks ("Ann: text"); on by default. TXT, DOCX and PDF then read like a script:
  a speaker's consecutive segments make one paragraph with the name once (document.turns). Off means no
  names and no grouping: one paragraph per segment.
- `summaries`: summaries (iam_desktop.summaries.model.Summary) shown before the transcript, in the order
  given: a section each in TXT, DOCX and PDF (see document.SummarySection), a "summaries" list in JSON;
  SRT and VTT leave them out. None given (the default): every format is exactly as without summaries.

Adding a text format is writing `to_xxx(transcript, *, timestamps, speakers) -> str` and adding it to
`_TEXT` (whose entries also pass on the summaries, to a format that shows them); a document format goes
into `_DOCUMENTS` with a loader that imports its module (only when used, since python-docx and reportlab
take a while to load).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from iam_desktop.errors import ExportError
from iam_desktop.export.document import TRANSCRIPT_HEADING, summary_section, turns
from iam_desktop.export.json_format import to_json
from iam_desktop.export.subtitles import to_srt, to_vtt
from iam_desktop.summaries.model import Summary
from iam_desktop.timefmt import timestamp as stamp
from iam_desktop.transcript import Transcript


def to_txt(
    transcript: Transcript,
    *,
    timestamps: bool = False,
    speakers: bool = True,
    summaries: Sequence[Summary] = (),
) -> str:
    """Plain text: one line per turn (see document.turns), trailing newline; "" if empty.

    A turn is a segment (stripped, empty ones skipped) or, with `speakers`, a speaker's consecutive
    segments joined: "Ann: First sentence. Second sentence.". With timestamps a line starts with the
    turn's first start: "[00:01:02] Ann: text". Without any speaker this is one line per segment.

    With `summaries`, each comes first: its heading line ("Key points (offline summary)"), the user's
    instruction ("Instruction: …") if any, its text, a blank line; then "Transcript" and the turns.
    """
    lines = []
    for section in (summary_section(summary) for summary in summaries):
        lines.append(section.title)
        if section.instruction:
            lines.append(f"Instruction: {section.instruction}")
        lines += [*section.lines, ""]
    if lines:
        lines.append(TRANSCRIPT_HEADING)
    for turn in turns(transcript.segments, speakers=speakers, language=transcript.language):
        text = turn.text if turn.speaker is None else f"{turn.speaker}: {turn.text}"
        if timestamps:
            text = f"[{stamp(turn.start)}] {text}"
        lines.append(text)
    return "".join(line + "\n" for line in lines)


#: a text writer: (transcript, timestamps, speakers, summaries) -> its text
TextRenderer = Callable[[Transcript, bool, bool, Sequence[Summary]], str]

_TEXT: dict[str, TextRenderer] = {
    "txt": lambda t, timestamps, speakers, summaries: to_txt(
        t, timestamps=timestamps, speakers=speakers, summaries=summaries
    ),
    "srt": lambda t, _timestamps, speakers, _summaries: to_srt(t, speakers=speakers),
    "vtt": lambda t, _timestamps, speakers, _summaries: to_vtt(t, speakers=speakers),
    "json": lambda t, _timestamps, _speakers, summaries: to_json(t, summaries=summaries),
}


class DocumentRenderer(Protocol):
    """A document writer: `to_xxx(transcript, *, timestamps, speakers, summaries) -> bytes`."""

    def __call__(
        self, transcript: Transcript, *, timestamps: bool, speakers: bool, summaries: Sequence[Summary]
    ) -> bytes: ...


def _load_docx() -> DocumentRenderer:
    from iam_desktop.export.docx_format import to_docx

    return to_docx


def _load_pdf() -> DocumentRenderer:
    from iam_desktop.export.pdf_format import to_pdf

    return to_pdf


#: document formats: name -> (a loader importing the writer, the package it needs)
_DOCUMENTS: dict[str, tuple[Callable[[], DocumentRenderer], str]] = {
    "docx": (_load_docx, "python-docx"),
    "pdf": (_load_pdf, "reportlab"),
}

#: the text formats `render` accepts, which are also the file extensions (without the dot)
FORMATS: tuple[str, ...] = tuple(_TEXT)
#: the document (binary) formats, which only `render_bytes` and `write_export` produce
DOCUMENT_FORMATS: tuple[str, ...] = tuple(_DOCUMENTS)
#: every format `render_bytes`, `write_export` and `export_filename` accept
EXPORT_FORMATS: tuple[str, ...] = FORMATS + DOCUMENT_FORMATS


def render(
    transcript: Transcript,
    fmt: str,
    *,
    timestamps: bool | None = None,
    speakers: bool = True,
    summaries: Sequence[Summary] = (),
) -> str:
    """The transcript as the text of format `fmt` (one of FORMATS); ExportError for any other format."""
    renderer = _TEXT.get(fmt) if isinstance(fmt, str) else None
    if renderer is None:
        raise ExportError(f"unknown export format: {fmt}")
    return renderer(transcript, bool(timestamps), speakers, tuple(summaries))


def render_bytes(
    transcript: Transcript,
    fmt: str,
    *,
    timestamps: bool | None = None,
    speakers: bool = True,
    summaries: Sequence[Summary] = (),
) -> bytes:
    """The file content of format `fmt` (one of EXPORT_FORMATS): UTF-8 for text, the document for DOCX/PDF.

    ExportError for an unknown format, a missing library or a document that cannot be laid out.
    """
    if isinstance(fmt, str) and fmt in _TEXT:
        text = render(transcript, fmt, timestamps=timestamps, speakers=speakers, summaries=summaries)
        return text.encode("utf-8")
    spec = _DOCUMENTS.get(fmt) if isinstance(fmt, str) else None
    if spec is None:
        raise ExportError(f"unknown export format: {fmt}")
    load, package = spec
    try:
        writer = load()
    except ImportError as exc:
        raise ExportError(f"{fmt.upper()} export needs {package}, which is not installed ({exc})") from None
    return writer(
        transcript,
        timestamps=True if timestamps is None else timestamps,
        speakers=speakers,
        summaries=tuple(summaries),
    )
