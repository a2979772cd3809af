"""The PDF export, laid out with reportlab's platypus from the neutral `Document` of document.py.

Same content as the DOCX: title, details table, notes, the summaries given (a section each, "- " items
as bullets), then one wrapped paragraph per turn (bold grey
timestamp, bold speaker, text; see document.turns), split across pages when long; A4 pages with
"Page N of M" in the footer. Text is set in DejaVu Sans, a TrueType font embedded (subset) in the file,
so any Latin, Greek or Cyrillic text comes out right and can be copied or searched; the core PDF fonts
could not show even "—" or "€" reliably.

NOTE: scripts DejaVu Sans lacks (CJK, for one) show as blank boxes, and right-to-left scripts are not
shaped; reportlab needs extra fonts and libraries for those.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle
from reportlab.platypus.doctemplate import LayoutError

from iam_desktop.errors import ExportError
from iam_desktop.export.document import (
    EMPTY_TRANSCRIPT,
    TRANSCRIPT_HEADING,
    Document,
    Entry,
    SummarySection,
    build_document,
)
from iam_desktop.resource_files import resource_path
from iam_desktop.summaries.model import Summary
from iam_desktop.transcript import Transcript

FONT, BOLD_FONT = "IamSans", "IamSans-Bold"
FONT_FILES = {FONT: "DejaVuSans.ttf", BOLD_FONT: "DejaVuSans-Bold.ttf"}
#: the fonts shipped with the app (in its resources: a checkout, a wheel or a frozen bundle alike)
BUNDLED_FONTS = resource_path("fonts")
#: where Linux distributions (and users who installed DejaVu) keep the same fonts
SYSTEM_FONT_DIRS = (
    Path("/usr/share/fonts/truetype/dejavu"),  # Debian, Ubuntu
    Path("/usr/share/fonts/dejavu-sans-fonts"),  # Fedora
    Path("/usr/share/fonts/TTF"),  # Arch
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/local/share/fonts"),
    Path.home() / "Library" / "Fonts",  # macOS, installed by the user
    Path("/Library/Fonts"),
)
TIMESTAMP_COLOR = "#808080"
MARGIN = 2 * cm
#: an entry longer than this many characters (about a page and a half) is laid out a page at a time
LONG_PARAGRAPH = 7000


def font_dirs() -> list[Path]:
    """Folders searched for the DejaVu fonts, the app's own first."""
    return [BUNDLED_FONTS, *SYSTEM_FONT_DIRS]


def find_fonts() -> dict[str, Path]:
    """The regular and bold font files of the first folder that has both; ExportError if none has."""
    for folder in font_dirs():
        files = {name: folder / file_name for name, file_name in FONT_FILES.items()}
        if all(path.is_file() for path in files.values()):
            return files
    raise ExportError("PDF export needs the DejaVu Sans font, which was not found (reinstall the app)")


@lru_cache(maxsize=1)
def register_fonts() -> None:
    """Register the fonts with reportlab once per process (bold maps to `<b>` in paragraphs)."""
    for name, path in find_fonts().items():
        try:
            pdfmetrics.registerFont(TTFont(name, str(path)))
        except Exception as exc:  # reportlab raises its own TTFError or plain errors for bad files
            raise ExportError(f"PDF export cannot read the font {path}: {exc}") from None
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD_FONT, italic=FONT, boldItalic=BOLD_FONT)


def _styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("Body", fontName=FONT, fontSize=10.5, leading=14.5, spaceAfter=5)
    return {
        "title": ParagraphStyle("Title", body, fontName=BOLD_FONT, fontSize=20, leading=25, spaceAfter=12),
        "heading": ParagraphStyle(
            "Heading", body, fontName=BOLD_FONT, fontSize=13.5, leading=17, spaceBefore=12, spaceAfter=6
        ),
        "body": body,
        "detail": ParagraphStyle("Detail", body, spaceAfter=0),
        "item": ParagraphStyle("Item", body, leftIndent=14, bulletIndent=3, spaceAfter=3),
    }


def _markup(text: str) -> str:
    """Plain text as paragraph markup: XML special characters escaped, line breaks kept."""
    return escape(text).replace("\n", "<br/>")


def _prefix_markup(entry: Entry) -> str:
    """The bold grey timestamp and the bold speaker's name that start an entry's paragraph, as markup."""
    parts = []
    if entry.timestamp is not None:
        parts.append(f'<font color="{TIMESTAMP_COLOR}"><b>{entry.timestamp}</b></font>&nbsp;&nbsp;')
    if entry.speaker is not None:
        parts.append(f"<b>{_markup(entry.speaker)}:</b> ")
    return "".join(parts)


_WORD = re.compile(r"\S+")


class _LongParagraph(Flowable):
    """One paragraph of many pages (a long monologue), laid out a page at a time.

    A reportlab Paragraph split over pages lays the whole rest out again for every page, so its time grows
    with the square of its length (a two-hour monologue took 12 s). This flowable only ever lays out about
    a page and a half. To split, it finds the most words that fit on the lines the page has room for;
    lines are filled word by word, so those are exactly the words one Paragraph of the whole text would put
    there, and the page looks the same. Those words become a Paragraph, the rest a new _LongParagraph.
    """

    def __init__(self, prefix: str, text: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.style = style  # for the space before and after (Flowable.getSpaceBefore/After)
        self._prefix = prefix
        self._text = text
        self._heads: dict[tuple[float, float], tuple[Paragraph, int]] = {}
        self._wrapped: Flowable = Flowable()

    def _paragraph(self, end: int) -> Paragraph:
        return Paragraph(self._prefix + _markup(self._text[:end]), self.style)

    def _lines(self, end: int, width: float) -> int:
        """How many lines the prefix and the text up to `end` take."""
        _, height = self._paragraph(end).wrap(width, 1e9)
        return round(height / self.style.leading)

    def _head(self, width: float, height: float) -> tuple[Paragraph, int]:
        """A Paragraph of the prefix and the text's first words, two lines taller than `height` or more
        (or all of the text), and where its text ends."""
        key = (width, height)
        if key not in self._heads:
            size = LONG_PARAGRAPH
            while True:
                end = len(self._text)
                if size < end:
                    cut = self._text.rfind(" ", 0, size)
                    end = cut if cut > 0 else size
                head = self._paragraph(end)
                _, head_height = head.wrap(width, height)
                if end == len(self._text) or head_height > height + 2 * self.style.leading:
                    break
                size *= 2
            self._heads[key] = (head, end)
        return self._heads[key]

    def _most_words(self, ends: list[int], room: int, head: Paragraph, width: float) -> int:
        """How many of the head's words (ending at `ends`, two or more) fit in `room` lines (0 if not even
        one does). The search starts from the head's words per line, moves a line's worth at a time, then
        halves."""
        per_line = max(1, len(ends) // max(1, round(head.height / self.style.leading)))
        fits, too_many = 0, len(ends)  # 0 words always "fit"; all the head's words never do

        def probe(count: int) -> None:
            nonlocal fits, too_many
            if self._lines(ends[count - 1], width) <= room:
                fits = count
            else:
                too_many = count

        probe(min(max(1, per_line * room), len(ends) - 1))
        while too_many - fits > per_line:  # gallop towards the answer a line at a time
            probe(fits + per_line if fits else max(1, too_many - per_line))
        while too_many - fits > 1:
            probe((fits + too_many) // 2)
        return fits

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        head, end = self._head(availWidth, availHeight)
        if end == len(self._text):
            head.wrap(availWidth, availHeight)  # again: a split that found no room drops its layout
        self._wrapped = head
        self.width, self.height = head.width, head.height
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        head, end = self._head(availWidth, availHeight)
        if end == len(self._text):
            return list(head.split(availWidth, availHeight))
        room = int(availHeight / self.style.leading)  # whole lines that fit, as Paragraph.split counts them
        if room < 2:
            return []  # no orphan line: the paragraph starts on the next page
        ends = [word.end() for word in _WORD.finditer(self._text, 0, end)]
        fits = self._most_words(ends, room, head, availWidth) if len(ends) > 1 else 0
        if fits == 0:  # text without spaces (Chinese, say) or a word of many lines: reportlab's own way
            return list(self._paragraph(len(self._text)).split(availWidth, availHeight))
        rest = self._text[ends[fits - 1] :].lstrip()
        return [self._paragraph(ends[fits - 1]), _LongParagraph("", rest, self.style)]

    def draw(self) -> None:
        # the frame draws what fitted whole after wrap(); a head of only part of the text never fits
        self._wrapped.drawOn(self.canv, 0, 0)


def _entry_flowable(entry: Entry, style: ParagraphStyle) -> Flowable:
    """The paragraph of one entry: timestamp, speaker and text."""
    if len(entry.text) > LONG_PARAGRAPH:
        return _LongParagraph(_prefix_markup(entry), entry.text, style)
    return Paragraph(_prefix_markup(entry) + _markup(entry.text), style)


def _details_table(document: Document, styles: dict[str, ParagraphStyle], width: float) -> Table:
    rows = [
        [Paragraph(f"<b>{_markup(label)}</b>", styles["detail"]), Paragraph(_markup(value), styles["detail"])]
        for label, value in document.details
    ]
    table = Table(rows, colWidths=[4 * cm, width - 4 * cm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table


def _summary_flowables(section: SummarySection, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    """A summary's section: its heading, the instruction in italics, its lines ("- " items as bullets)."""
    story: list[Flowable] = [Paragraph(_markup(section.title), styles["heading"])]
    if section.instruction:
        story.append(Paragraph(f"<i>{_markup('Instruction: ' + section.instruction)}</i>", styles["body"]))
    for text, item in section.paragraphs:
        if item:
            story.append(Paragraph(_markup(text), styles["item"], bulletText="•"))
        else:
            story.append(Paragraph(_markup(text), styles["body"]))
    return story


def _story(document: Document, width: float) -> list[Flowable]:
    styles = _styles()
    story: list[Flowable] = [Paragraph(_markup(document.title), styles["title"])]
    if document.details:
        story.append(_details_table(document, styles, width))
    if document.notes:
        story.append(Paragraph("Notes", styles["heading"]))
        blocks = [block.strip("\n") for block in document.notes.split("\n\n") if block.strip()]
        story += [Paragraph(_markup(block), styles["body"]) for block in blocks]
    for section in document.summaries:
        story += _summary_flowables(section, styles)
    story.append(Paragraph(TRANSCRIPT_HEADING, styles["heading"]))
    story += [_entry_flowable(entry, styles["body"]) for entry in document.entries]
    if not document.entries:
        story.append(Paragraph(f"<i>{_markup(EMPTY_TRANSCRIPT)}</i>", styles["body"]))
    return story


class _NumberedCanvas(Canvas):
    """A canvas that holds every page back until the end, so each footer can say "Page N of M"."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # reportlab's own page reset, absent from its stubs

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, 1):
            self.__dict__.update(state)
            self.setFont(FONT, 8.5)
            self.setFillColor(colors.grey)
            self.drawCentredString(A4[0] / 2, MARGIN / 2, f"Page {number} of {total}")
            super().showPage()
        super().save()


def to_pdf(
    transcript: Transcript,
    *,
    timestamps: bool = True,
    speakers: bool = True,
    summaries: Sequence[Summary] = (),
) -> bytes:
    """The transcript as the bytes of an A4 PDF file (`summaries` in sections before the transcript)."""
    register_fonts()
    document = build_document(transcript, timestamps=timestamps, speakers=speakers, summaries=summaries)
    buffer = io.BytesIO()
    template = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=document.title,
        author="IAM Desktop",
        creator="IAM Desktop",
    )
    try:
        template.build(_story(document, template.width), canvasmaker=_NumberedCanvas)
    except LayoutError as exc:
        raise ExportError(f"the PDF could not be laid out: {exc}") from None
    return buffer.getvalue()
