"""The Word (DOCX) export, written with python-docx from the neutral `Document` of document.py.

Layout: the title (Title style), a two-column details table, a "Notes" section when there are notes,
a section per summary given (heading "Key points (offline summary)", the instruction in italics, its
lines as paragraphs, "- " items as a bulleted list), then a "Transcript" section with one paragraph per
turn (a speaker's consecutive segments, see document.turns), like a script: the timestamp in bold grey,
the speaker's name in bold, then the text (line breaks kept).
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from docx import Document as new_docx
from docx.document import Document as DocxDocument
from docx.shared import Pt, RGBColor
from docx.text.paragraph import Paragraph

from iam_desktop.export.document import (
    EMPTY_TRANSCRIPT,
    TRANSCRIPT_HEADING,
    Document,
    Entry,
    SummarySection,
    build_document,
)
from iam_desktop.summaries.model import Summary
from iam_desktop.transcript import Transcript

TIMESTAMP_COLOR = RGBColor(0x80, 0x80, 0x80)


def _add_lines(paragraph: Paragraph, text: str, *, italic: bool = False) -> None:
    """Text as a run of `paragraph`; python-docx turns each "\\n" into a line break, "\\t" into a tab."""
    run = paragraph.add_run(text)
    if italic:
        run.italic = True


def _add_details(docx: DocxDocument, document: Document) -> None:
    if not document.details:
        return
    table = docx.add_table(rows=0, cols=2)
    for label, value in document.details:
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(label).bold = True
        _add_lines(cells[1].paragraphs[0], value)


def _add_entry(docx: DocxDocument, entry: Entry) -> None:
    paragraph = docx.add_paragraph()
    if entry.timestamp is not None:
        run = paragraph.add_run(entry.timestamp)
        run.bold = True
        run.font.color.rgb = TIMESTAMP_COLOR
        paragraph.add_run("  ")
    if entry.speaker is not None:
        paragraph.add_run(f"{entry.speaker}:").bold = True
        paragraph.add_run(" ")
    _add_lines(paragraph, entry.text)


def _add_summary(docx: DocxDocument, section: SummarySection) -> None:
    docx.add_heading(section.title, level=1)
    if section.instruction:
        _add_lines(docx.add_paragraph(), f"Instruction: {section.instruction}", italic=True)
    for text, item in section.paragraphs:
        _add_lines(docx.add_paragraph(style="List Bullet" if item else None), text)


def _build(document: Document) -> DocxDocument:
    docx = new_docx()
    docx.styles["Normal"].font.size = Pt(11)
    properties = docx.core_properties
    properties.title = document.title
    properties.author = "IAM Desktop"
    properties.last_modified_by = "IAM Desktop"
    properties.comments = ""
    docx.add_heading(document.title, level=0)
    _add_details(docx, document)
    if document.notes:
        docx.add_heading("Notes", level=1)
        for block in document.notes.split("\n\n"):
            if block.strip():
                _add_lines(docx.add_paragraph(), block.strip("\n"))
    for section in document.summaries:
        _add_summary(docx, section)
    docx.add_heading(TRANSCRIPT_HEADING, level=1)
    for entry in document.entries:
        _add_entry(docx, entry)
    if not document.entries:
        _add_lines(docx.add_paragraph(), EMPTY_TRANSCRIPT, italic=True)
    return docx


def to_docx(
    transcript: Transcript,
    *,
    timestamps: bool = True,
    speakers: bool = True,
    summaries: Sequence[Summary] = (),
) -> bytes:
    """The transcript as the bytes of a .docx file (`summaries` in sections before the transcript)."""
    buffer = io.BytesIO()
    document = build_document(transcript, timestamps=timestamps, speakers=speakers, summaries=summaries)
    _build(document).save(buffer)
    return buffer.getvalue()
