"""Export of transcripts to files: plain text, SRT/VTT subtitles, JSON that reads back, DOCX and PDF.

Use `render` to get the text of a text format, `render_bytes` for the content of any format (documents
too), `write_export` to write it to disk atomically and `export_filename` / `recording_filename` to turn
a recording title into a safe file name. `FORMATS` lists the text formats, `DOCUMENT_FORMATS` the
documents and `EXPORT_FORMATS` both. python-docx and reportlab are imported only when a document is made.
"""

from iam_desktop.export.formats import DOCUMENT_FORMATS, EXPORT_FORMATS, FORMATS, render, render_bytes, to_txt
from iam_desktop.export.json_format import JSON_FORMAT, JSON_VERSION, from_json, to_json
from iam_desktop.export.subtitles import to_srt, to_vtt
from iam_desktop.export.writer import export_filename, recording_filename, write_export

__all__ = [
    "DOCUMENT_FORMATS",
    "EXPORT_FORMATS",
    "FORMATS",
    "JSON_FORMAT",
    "JSON_VERSION",
    "export_filename",
    "from_json",
    "recording_filename",
    "render",
    "render_bytes",
    "to_json",
    "to_srt",
    "to_txt",
    "to_vtt",
    "write_export",
]
