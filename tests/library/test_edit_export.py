"""Edits reach every export: correct a transcript in the library, export it, read the files back."""

from __future__ import annotations

import subprocess

import docx

from iam_desktop.audio.store import StoredAudio
from iam_desktop.export import from_json, render, write_export
from iam_desktop.transcript import Segment, Transcript, Word


def _recording(library):
    stored = StoredAudio(sha256="cd" * 32, relpath=f"cd/{'cd' * 32}.wav", size=10)
    rid = library.add_recording(
        title="Board meeting", duration=20.0, sample_rate=16000, channels=1, stored=stored, source_path=None
    )
    segments = [
        Segment(0.0, 4.0, "Welcome to the bord meeting.", (Word(0.0, 0.5, "Welcome", 0.9),)),
        Segment(4.5, 9.0, "The budget is aproved.", ()),
        Segment(9.5, 14.0, "Thank you all for coming today.", ()),
    ]
    library.save_transcript(
        rid,
        Transcript(
            title="t", duration=20.0, engine="local", model="tiny.en", language="en", segments=segments
        ),
    )
    return rid


def test_edits_reach_txt_json_docx_and_pdf(library, tmp_path):
    rid = _recording(library)
    library.edits.edit_text(rid, 0, "Welcome to the board meeting.")
    library.edits.replace_all(rid, "aproved", "approved")
    library.edits.set_speaker(rid, [0, 1], "Ann")
    library.edits.split(rid, 2, len("Thank you all."))
    library.items.set_notes(rid, "Minutes for the café team — draft")
    transcript = library.get_transcript(rid)
    assert transcript.edited and len(transcript.segments) == 4

    # Ann's two segments are one turn: her name once, both sentences in one paragraph
    first_line = render(transcript, "txt").splitlines()[0]
    assert first_line == "Ann: Welcome to the board meeting. The budget is approved."
    parsed = from_json(render(transcript, "json"))
    assert [s.speaker for s in parsed.segments][:2] == ["Ann", "Ann"] and parsed.notes.startswith("Minutes")

    docx_path = write_export(transcript, "docx", tmp_path / "minutes.docx")
    paragraphs = "\n".join(p.text for p in docx.Document(str(docx_path)).paragraphs)
    assert "board meeting" in paragraphs and "bord" not in paragraphs
    assert "approved" in paragraphs and "aproved" not in paragraphs
    assert "Minutes for the café team — draft" in paragraphs

    pdf_path = write_export(transcript, "pdf", tmp_path / "minutes.pdf")
    text = subprocess.run(
        ["pdftotext", str(pdf_path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "board meeting" in text and "approved" in text and "café" in text and "Ann" in text

    # the machine transcript is still there, and restoring it changes what is exported
    library.edits.restore_original(rid)
    assert "bord meeting" in render(library.get_transcript(rid), "txt")
