"""probe(): every real format is described; every bad input gets its exact plain reason."""

from __future__ import annotations

import os
import shutil

import numpy as np
import pytest

from iam_desktop.audio.probe import NOT_FOUND, MediaInfo, probe
from iam_desktop.errors import MediaError

AUDIO = ["tone.wav", "tone.mp3", "tone.m4a", "tone.ogg", "tone.flac", "tone.webm", "stereo44k.wav"]
VIDEO = ["video.mp4", "video.mov", "video.mkv", "video.webm"]


def reason_of(path) -> str:
    with pytest.raises(MediaError) as caught:
        probe(path)
    assert caught.value.path is not None
    return caught.value.reason


@pytest.mark.parametrize("name", AUDIO + VIDEO)
def test_real_media_probes(media, name):
    info = probe(media[name])
    assert isinstance(info, MediaInfo)
    assert info.path == media[name]
    assert info.duration == pytest.approx(3.0, abs=0.1)
    assert info.has_video == (name in VIDEO)
    assert info.sample_rate in (44100, 48000)
    assert info.channels == (2 if name.startswith("stereo") else 1)
    assert info.codec in {"pcm_s16le", "mp3", "aac", "opus", "flac"}
    assert info.format_name


def test_probe_accepts_str_paths(media):
    assert probe(str(media["tone.mp3"])).codec == "mp3"


def test_missing_file(tmp_path):
    assert reason_of(tmp_path / "nope.mp3") == NOT_FOUND == "file not found"


def test_missing_parent_is_not_found(tmp_path, media):
    assert reason_of(media["tone.wav"] / "inside.wav") == "file not found"


def test_folder(tmp_path):
    assert reason_of(tmp_path) == "is a folder, not a file"


def test_empty_file(tmp_path):
    (tmp_path / "empty.mp3").touch()
    assert reason_of(tmp_path / "empty.mp3") == "file is empty"


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads anything")
def test_unreadable_file(tmp_path, media):
    path = tmp_path / "locked.mp3"
    shutil.copy(media["tone.mp3"], path)
    path.chmod(0)
    try:
        assert reason_of(path) == "permission denied"
    finally:
        path.chmod(0o600)


def test_permission_denied_when_open_fails(tmp_path, media, monkeypatch):
    path = tmp_path / "locked.mp3"
    shutil.copy(media["tone.mp3"], path)

    def deny(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "open", deny)
    assert reason_of(path) == "permission denied"


@pytest.mark.parametrize("size", [3_000, 200_000])  # small: nothing opens it; large: "opens" as mp3
@pytest.mark.parametrize("suffix", [".wav", ".mp3", ".m4a", ".ogg", ".flac", ".aac", ""])
def test_random_bytes(tmp_path, suffix, size):
    path = tmp_path / f"noise{suffix}"
    path.write_bytes(np.random.default_rng(size).bytes(size))
    assert reason_of(path) == "not an audio or video file"


@pytest.mark.parametrize("suffix", [".mp3", ".wav", ".txt", ""])
@pytest.mark.parametrize(
    "text",
    ["hello\n", "Meeting notes\n" * 5000, "x" * 100_000, "[00:01.00]lyrics\n" * 50],
    ids=["short", "lines", "one-char", "lrc-lyrics"],
)
def test_text_files(tmp_path, suffix, text):
    path = tmp_path / f"notes{suffix}"
    path.write_text(text)
    assert reason_of(path) == "not an audio or video file"


def test_subtitles(tmp_path):
    path = tmp_path / "talk.srt"
    path.write_text("1\n00:00:01,000 --> 00:00:02,000\nHello\n\n2\n00:00:03,000 --> 00:00:04,000\nBye\n")
    assert reason_of(path) == "not an audio or video file"


def test_image(media):
    assert reason_of(media["picture.png"]) == "not an audio or video file"


def test_video_without_audio(media):
    assert reason_of(media["silent-video.mp4"]) == "no audio stream"


def test_header_only_wav(header_only_wav):
    assert reason_of(header_only_wav) == "file is truncated"


def test_unicode_name_with_spaces(tmp_path, media):
    path = tmp_path / "Café interview — №1.mp3"
    shutil.copy(media["tone.mp3"], path)
    assert probe(path).path == path
