"""Exporting many recordings at once from a real library."""

from __future__ import annotations

from dataclasses import replace

from library_helpers import add_recording, machine_transcript

from iam_desktop.export import recording_filename
from iam_desktop.export.bulk import export_recordings


def test_each_recording_gets_its_own_file_and_the_rest_is_reported(library, tmp_path):
    first = add_recording(library, "Interview", content="a")
    library.save_transcript(first, replace(machine_transcript("we met at noon"), title="Interview"))
    second = add_recording(library, "Interview", content="b")  # the same title: the ID tells them apart
    library.save_transcript(second, replace(machine_transcript("the pier is old"), title="Interview"))
    untranscribed = add_recording(library, "Not yet", content="c")
    broken = add_recording(library, "Blocked", content="d")
    library.save_transcript(broken, replace(machine_transcript("nothing"), title="Blocked"))
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / recording_filename("Blocked", broken, "txt")).mkdir()  # a folder where the file should go

    result = export_recordings(library, [first, untranscribed, second, broken], "txt", folder)

    assert result.written == [
        folder / recording_filename("Interview", first, "txt"),
        folder / recording_filename("Interview", second, "txt"),
    ]
    assert "we met at noon" in result.written[0].read_text()
    assert "the pier is old" in result.written[1].read_text()
    assert result.missing == ["Not yet"]
    [failure] = result.failed
    assert failure.startswith("Blocked: ")
    assert result.problems() == ["Not yet: no transcript yet", failure]


def test_the_format_options_reach_the_files(library, tmp_path):
    rid = add_recording(library, "Talk")
    library.save_transcript(rid, replace(machine_transcript("one line"), title="Talk"))
    [plain] = export_recordings(library, [rid], "txt", tmp_path, timestamps=False).written
    assert plain.read_text().strip() == "one line"
    [stamped] = export_recordings(library, [rid], "txt", tmp_path, timestamps=True).written
    assert "00:00" in stamped.read_text() and "one line" in stamped.read_text()
