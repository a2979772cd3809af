"""Watch folders without transcribing: a file is taken once its copy has finished, its content only once
(another name, the library, a restart, a touch), and the folder configuration is checked and kept."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
from pathlib import Path

import pytest
from slow_copy import SlowCopy

from iam_desktop.audio.probe import probe
from iam_desktop.cli.main import main
from iam_desktop.library import Library
from iam_desktop.paths import data_paths
from iam_desktop.watch import Watcher, WatchFolderError, watch_folder


def scan_until(watcher: Watcher, condition, timeout: float = 10.0):
    """Scan every 0.1 s until `condition(report)` holds; every report on the way."""
    reports = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        reports.append(watcher.scan())
        if condition(reports[-1]):
            return reports
        time.sleep(0.1)
    raise AssertionError(f"nothing happened in {timeout} s: {reports[-1]}")


def test_a_file_still_being_copied_is_taken_only_once_complete(library, watched, speech_wav):
    library.watch.add_folder(watch_folder(watched, "srt"))
    watcher = Watcher(library, settle_seconds=1.5)
    copy = SlowCopy(speech_wav, watched / "interview.wav", pieces=8, pause=0.4)  # pauses < settle time
    assert copy.pause < 1.5
    copy.start()
    queued = []
    while not queued:
        report = watcher.scan()
        finished = copy.done.is_set()  # read after the scan: a file queued while this is False was early
        if report.queued:
            assert finished, "the file was taken while it was still being copied"
            queued = report.queued
        time.sleep(0.1)
    [info] = queued
    data = speech_wav.read_bytes()
    assert info.size == len(data) and info.sha256 == hashlib.sha256(data).hexdigest()
    assert info.path == str(watched / "interview.wav") and info.export_formats == ("srt",)
    [job] = library.jobs.list_jobs()
    assert (job.id, job.source_path, job.status, job.owner) == (info.job_id, info.path, "queued", None)
    for _ in range(5):  # later scans leave it alone
        assert not watcher.scan().queued
        time.sleep(0.25)
    assert len(library.jobs.list_jobs()) == 1


def test_the_same_content_under_another_name_is_not_transcribed_again(library, watched, speech_wav):
    library.watch.add_folder(watch_folder(watched))
    watcher = Watcher(library, settle_seconds=0)
    shutil.copy(speech_wav, watched / "first.wav")
    [first] = scan_until(watcher, lambda r: r.queued)[-1].queued
    (watched / "sub").mkdir()
    shutil.copy(speech_wav, watched / "sub" / "again.wav")
    shutil.copy(speech_wav, watched / "third copy.wav")
    reports = scan_until(watcher, lambda r: len(r.duplicates) == 2)
    assert not any(r.queued for r in reports)
    assert {Path(d.path).name for d in reports[-1].duplicates} == {"again.wav", "third copy.wav"}
    assert all(d.job_id == first.job_id and d.status == "duplicate" for d in reports[-1].duplicates)
    assert [job.source_path for job in library.jobs.list_jobs()] == [first.path]


def test_content_already_in_the_library_is_not_transcribed(library, watched, speech_wav):
    stored = library.store.import_file(speech_wav, probe(speech_wav))
    recording_id = library.add_recording(
        title="imported", duration=1.0, sample_rate=16000, channels=1, stored=stored, source_path=None
    )
    library.watch.add_folder(watch_folder(watched))
    shutil.copy(speech_wav, watched / "same.wav")
    [dup] = scan_until(Watcher(library, settle_seconds=0), lambda r: r.duplicates)[-1].duplicates
    assert dup.recording_id == recording_id and library.jobs.list_jobs() == []


def test_after_a_restart_nothing_is_queued_twice_and_new_content_is(
    data_dir, watched, speech_wav, silence_wav
):
    first = Library.open(data_paths(data_dir))
    first.watch.add_folder(watch_folder(watched, ["txt"]))
    shutil.copy(speech_wav, watched / "talk.wav")
    scan_until(Watcher(first, settle_seconds=0), lambda r: r.queued)
    first.close()

    library = Library.open(data_paths(data_dir))  # the app started again
    try:
        assert library.watch.folders()[0].export_formats == ("txt",)
        watcher = Watcher(library, settle_seconds=0)
        for _ in range(3):
            report = watcher.scan()
            assert not report.queued and not report.duplicates
        later = time.time() + 5
        os.utime(watched / "talk.wav", (later, later))  # touched, not changed
        for _ in range(3):
            report = watcher.scan()
            assert not report.queued and not report.duplicates
        assert len(library.watch.files()) == 1
        shutil.copy(silence_wav, watched / "talk.wav")  # the same name with new content is new
        assert len(scan_until(watcher, lambda r: r.queued)[-1].queued) == 1
        assert [job.source_path for job in library.jobs.list_jobs()] == [str(watched / "talk.wav")] * 2
    finally:
        library.close()


def test_hidden_other_and_empty_files_are_ignored_and_a_missing_folder_is_told(library, watched, speech_wav):
    library.watch.add_folder(watch_folder(watched))
    shutil.copy(speech_wav, watched / ".hidden.wav")
    (watched / "notes.txt").write_text("not media")
    (watched / "empty.wav").write_bytes(b"")
    (watched / "download.wav.part").write_bytes(speech_wav.read_bytes())
    watcher = Watcher(library, settle_seconds=0)
    for _ in range(3):
        report = watcher.scan()
        assert not report.queued and not report.duplicates and not report.problems
    shutil.rmtree(watched)
    assert watcher.scan().problems == [f"watched folder is missing: {watched}"]


def test_a_folder_to_watch_is_checked(tmp_path, watched):
    with pytest.raises(WatchFolderError, match="folder does not exist"):
        watch_folder(tmp_path / "nowhere")
    (tmp_path / "file.wav").write_bytes(b"x")
    with pytest.raises(WatchFolderError, match="not a folder"):
        watch_folder(tmp_path / "file.wav")
    with pytest.raises(WatchFolderError, match="unknown export format mp3"):
        watch_folder(watched, "srt,mp3")
    with pytest.raises(WatchFolderError, match="export folder does not exist"):
        watch_folder(watched, "srt", tmp_path / "missing")
    folder = watch_folder(watched, " SRT, txt,srt ", tmp_path)
    assert (folder.path, folder.export_formats) == (str(watched), ("srt", "txt"))
    assert folder.export_dir == str(tmp_path)


def test_cli_add_list_remove(watched, tmp_path, capsys, data_dir):
    out = tmp_path / "exports"
    out.mkdir()
    assert main(["watch", "add", str(watched), "--export-format", "srt,txt", "--export-to", str(out)]) == 0
    assert main(["watch", "add", str(tmp_path)]) == 0
    capsys.readouterr()
    assert main(["watch", "list"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"{tmp_path}\t-\tnext to the file",
        f"{watched}\tsrt,txt\t{out}",
    ]
    assert main(["watch", "add", str(watched), "--export-format", "json"]) == 0  # new options
    assert main(["watch", "remove", str(tmp_path)]) == 0
    capsys.readouterr()
    assert main(["watch", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed == [{"path": str(watched), "formats": ["json"], "export_to": None}]
    library = Library.open(data_paths(data_dir))  # kept in the library
    assert [f.path for f in library.watch.folders()] == [str(watched)]
    library.close()


def test_cli_bad_folders_are_usage_errors(tmp_path, capsys):
    assert main(["watch", "add", str(tmp_path / "nowhere")]) == 2
    assert f"folder does not exist: {tmp_path / 'nowhere'}" in capsys.readouterr().err
    assert main(["watch", "add", str(tmp_path), "--export-format", "mp3"]) == 2
    assert "unknown export format mp3" in capsys.readouterr().err
    assert main(["watch", "remove", str(tmp_path)]) == 2
    assert "not a watched folder" in capsys.readouterr().err
    assert main(["watch", "run", "--once"]) == 2
    assert "no folder is watched" in capsys.readouterr().err
    assert main(["watch", "list", "--json"]) == 0 and capsys.readouterr().out.strip() == "[]"
