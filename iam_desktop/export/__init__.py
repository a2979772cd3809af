"""Export of transcripts to files: plain text, SRT/VTT subtitles and a JSON document that reads back.

Use `render` to get the text of a format, `write_export` to write it to disk atomically and
`export_filename` to turn a recording title into a safe file name. `FORMATS` lists what is supported.
"""

from iam_desktop.export.formats import FORMATS, render, to_txt
from iam_desktop.export.json_format import JSON_FORMAT, JSON_VERSION, from_json, to_json
from iam_desktop.export.subtitles import to_srt, to_vtt
from iam_desktop.export.writer import export_filename, write_export

__all__ = [
    "FORMATS",
    "JSON_FORMAT",
    "JSON_VERSION",
    "export_filename",
    "from_json",
    "render",
    "to_json",
    "to_srt",
    "to_txt",
    "to_vtt",
    "write_export",
]
