"""`iam-desktop FILE…`: what a file manager's "Open with IAM Desktop" (the desktop entry's `Exec=… %U`) runs
opens the window with those files added (given as paths or file:// URLs); an `iam-desktop://activate` link
opens it to activate a licence; anything else is still parsed as a command."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from iam_desktop.cli.main import activation_link, build_parser, files_to_open


def test_existing_files_given_as_paths_are_opened_by_their_absolute_path(tmp_path, monkeypatch, speech_wav):
    monkeypatch.chdir(speech_wav.parent)
    assert files_to_open([speech_wav.name]) == [str(speech_wav)]
    assert files_to_open([str(speech_wav), str(tmp_path)]) == [str(speech_wav), str(tmp_path)]


def test_command_names_and_options_stay_commands_even_beside_a_file_of_that_name(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    commands = [a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction)][0]
    for name in commands.choices:
        Path(name).write_text("not audio")  # a file called `library` in the working folder…
        assert files_to_open([name, "list"]) == []  # …does not turn `iam-desktop library list` into a file
    assert files_to_open(["--version"]) == []


def test_a_path_that_does_not_exist_is_left_to_the_parser(tmp_path, capsys):
    missing = str(tmp_path / "gone.wav")
    assert files_to_open([missing]) == []
    with pytest.raises(SystemExit) as exited:
        build_parser().parse_args([missing])
    assert exited.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


def test_files_given_as_file_urls_are_opened_too(tmp_path):
    talk = tmp_path / "my talk #1.wav"
    talk.write_bytes(b"RIFF")
    url = talk.as_uri()  # file:///…/my%20talk%20%231.wav, what %U may pass
    assert files_to_open([url]) == [str(talk)]
    assert files_to_open(["file://otherhost/share/talk.wav"]) == []  # not a local file: left to the parser


def test_an_activation_link_alone_opens_the_window_to_activate():
    link = "iam-desktop://activate?licence=eyJhbGciOiJFZERTQSJ9.e30.c2ln"
    assert activation_link([link]) == link
    assert activation_link(["IAM-Desktop://activate?licence=x"]) is not None  # schemes ignore case
    assert activation_link([link, "more"]) is None
    assert activation_link(["subscription", "activate", link]) is None  # a command, parsed as one
    assert activation_link(["https://example.com/"]) is None
